"""Whether any of many [start, end) spans holds an offset or a span: found by offset, not by a scan.

Extraction asks it of every name in a document (is it inside a sentence, a
paragraph, a zone, a longer name?). Scanning every span each time made a
long report, with thousands of names and spans, cost the square of its
length. The spans are sorted once; the furthest end reached by the spans
starting at or before an offset answers each question with one search.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate

from kg.model import Mention


class Spans:
    """A fixed set of [start, end) spans (any: nested, overlapping, empty, unsorted)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach = list(accumulate((b for _, b in ordered), max))  # furthest end of the spans so far

    def furthest(self, pos: int) -> int | None:
        """The furthest end of a span starting at or before ``pos`` (None if none does)."""
        i = bisect_right(self._starts, pos) - 1
        return self._reach[i] if i >= 0 else None

    def holds(self, pos: int) -> bool:
        """Whether some span has ``start <= pos < end``."""
        reach = self.furthest(pos)
        return reach is not None and reach > pos

    def contains(self, start: int, end: int) -> bool:
        """Whether some span has ``span.start <= start`` and ``end <= span.end``."""
        reach = self.furthest(start)
        return reach is not None and reach >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span starts before ``end`` and ends after ``start``."""
        reach = self.furthest(end - 1)
        return reach is not None and reach > start

    def encloses(self, start: int, end: int) -> bool:
        """Whether some span other than [start, end) itself contains it.

        Such a span reaches past ``end``, or starts before ``start`` and reaches ``end``.
        """
        reach = self.furthest(start)
        return reach is not None and (reach > end or self.contains(start - 1, end))


class ByStart:
    """Mentions found by where they start (a sentence's, a heading's), not by a scan of all of them."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._mentions = mentions
        self._order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
        self._starts = [mentions[k].start for k in self._order]

    def starting_in(self, lo: int, hi: int) -> list[Mention]:
        """The mentions with ``lo <= start < hi``, in the order given."""
        mine = self._order[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]
        return [self._mentions[k] for k in sorted(mine)]
