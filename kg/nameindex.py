"""Which of many known names occur in a text, found through an index of their first characters.

The corpus pass asks it of every article for every program name the corpus
taught (thousands in a province's news), and a rebuild asks it for the
names new to the build. Testing each name against each text costs time in
names × articles: quadratic as a corpus grows. A name can only occur where
its first ``HEAD`` characters do, so the text's own windows of that length
pick the few names worth a look; names sharing a head (党建引领…, 红色领航…)
are then looked up, by length, in the text where that head occurs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Iterator, Sequence
from itertools import pairwise

HEAD = 4  # characters of a name's head; the corpus pass learns names of four characters or more


class NameIndex:
    """Names by their first ``HEAD`` characters; shorter names are kept aside and looked for one by one."""

    def __init__(self, names: Iterable[str]) -> None:
        self.index: dict[str, list[str]] = {}
        self.short: list[str] = []
        for n in sorted(set(names)):
            if len(n) >= HEAD:
                self.index.setdefault(n[:HEAD], []).append(n)
            elif n:
                self.short.append(n)
        # a head shared by several names: those names as a set, and the lengths among them
        self.shared: dict[str, tuple[frozenset[str], tuple[int, ...]]] = {
            h: (frozenset(b), tuple(sorted({len(n) for n in b}))) for h, b in self.index.items() if len(b) > 1}
        # every window of HEAD characters that begins as some head does (overlapping: a lookahead); a
        # third of an article's characters begin a head, so this skips the other two thirds' slicing
        firsts = "".join(re.escape(c) for c in sorted({h[0] for h in self.index}))
        self._windows = re.compile(f"(?=([{firsts}]{'.' * (HEAD - 1)}))", re.DOTALL).findall if firsts else None

    def __bool__(self) -> bool:
        return bool(self.index or self.short)

    def present(self, text: str, *, first: bool = False) -> list[str]:
        """The names that occur in ``text``: the short ones, then by head, each head's in sorted order.

        ``first``: stop at the first name found (whether any occurs is all the caller asks).
        """
        out = [n for n in self.short if n in text]
        if (first and out) or not self.index:
            return out[:1] if first else out
        assert self._windows is not None
        heads = set(self._windows(text)) & self.index.keys()
        if len(heads) >= NAMES_BY_FIND:  # a long report: each name looked for in one pass, not one search each
            here = [n for h in heads for n in self.index[h]]
            seen = {name for _, _, name in occurrences(text, here, [(0, len(text))])}
            for h in sorted(heads):
                found = [n for n in self.index[h] if n in seen]
                if first and found:
                    return found[:1]
                out += found
            return out
        for h in sorted(heads):
            shared = self.shared.get(h)
            if shared is None:
                found = [n for n in self.index[h] if n in text]
            else:  # the names of each length that start where the head occurs: as many looks as lengths
                names, lengths = shared
                found = sorted({text[p:p + k] for p in positions(text, h) for k in lengths} & names)
            if first and found:
                return found[:1]
            out += found
        return out


def positions(text: str, part: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Every offset at which a non-empty ``part`` occurs within ``text[start:end]`` (overlapping ones too)."""
    stop = len(text) if end is None else end
    at = text.find(part, start, stop)
    while at >= 0:
        yield at
        at = text.find(part, at + 1, stop)


# Names searched for one by one below this many; from this many on, the text's own windows are looked up.
NAMES_BY_FIND = 200


def occurrences(text: str, names: Collection[str],
                spans: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """(span index, offset, name) of every occurrence of ``names`` that lies within one of ``spans``.

    ``spans`` (a text's sentences) are sorted and apart; overlapping
    occurrences count (台江 inside 台江区); empty names occur nowhere; the
    order is not defined. A text naming a few names is searched once per
    name with ``str.find``. A long report names thousands, and a search per
    name over all of it cost names × text: there each span's windows that
    begin as some name does (its first two characters) are looked up in the
    names instead, one pass over the text.
    """
    if any(end > start for (_, end), (start, _) in pairwise(spans)):
        raise ValueError("occurrences: the spans must be in order and apart")  # both ways rely on it
    if len(names) < NAMES_BY_FIND:
        yield from _by_find(text, names, spans)
        return
    lengths: dict[str, set[int]] = {}  # first two characters → the lengths of the names that begin so
    for n in names:
        if len(n) >= 2:
            lengths.setdefault(n[:2], set()).add(len(n))
    heads = {h: sorted(ls) for h, ls in lengths.items()}
    wanted = set(names)
    for i, (a, b) in enumerate(spans):
        for at in range(a, b - 1):
            found = heads.get(text[at:at + 2])
            if found is None:
                continue
            for k in found:
                if at + k > b:
                    break
                if text[at:at + k] in wanted:
                    yield i, at, text[at:at + k]
    yield from _by_find(text, [n for n in names if len(n) == 1], spans)


def _by_find(text: str, names: Iterable[str], spans: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    starts = [a for a, _ in spans]
    for name in names:
        if not name:
            continue
        for at in positions(text, name):
            i = bisect_right(starts, at) - 1
            if i >= 0 and at + len(name) <= spans[i][1]:
                yield i, at, name
