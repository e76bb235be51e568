"""Which counties hold a township of a given name: the packaged table of 街道, 镇, 乡 and 苏木.

The place gazetteer stops at the county; below it an article's own words
name its towns and streets. This table (``scripts/make_towns.py``, from the
statistical division codes) adds what the words cannot: which county a town
is in when the article names only its city, or names nothing above it. It
says nothing of whether a run of characters is a town (that is the
extractor's reading), and the codes are of 2021: a town created, renamed or
moved since is absent or listed under its old county, so a county the text
itself writes next to a town always wins over this table.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from kg.gazetteer import read_table
from kg.normalize import forms_in_views


@lru_cache(maxsize=1)
def _rows() -> tuple[list[tuple[str, str]], dict[str, tuple[str, ...]]]:
    """The table's (county, name) rows, and each name's forms in the views a text may be read in."""
    text = resources.files("kg").joinpath("data").joinpath("towns.tsv").read_text(encoding="utf-8")
    rows = read_table(text, ("county", "name"), "towns.tsv")[1]
    return rows, forms_in_views([name for _, name in rows])


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    rows, views = _rows()
    for county, name in rows:
        for form in (name, *views.get(name, ()), *_as_a_township(name)):
            out.setdefault(form, []).append(county)  # 濛江镇 as a text's view has it (蒙江镇; 乾安镇 and, in a
            # Traditional text's, 干安镇)
    return {name: tuple(dict.fromkeys(codes)) for name, codes in out.items()}


def _as_a_township(name: str) -> tuple[str, ...]:
    """The names a text calls an area's office (地区办事处) by: the township it also is, one body under two
    names (朝阳区's 东坝地区 is 东坝乡, 大兴区's 西红门地区 西红门镇, 顺义区's 杨镇地区 杨镇), so either kind."""
    if not name.endswith("地区"):
        return ()
    stem = name[:-2]
    if stem.endswith("街道"):
        return (stem,)
    if not 2 <= len(stem) <= 4:
        return ()
    return (stem + "乡", stem + "镇", *((stem,) if stem.endswith(("乡", "镇")) else ()))  # (良乡地区: 良乡镇)


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    rows, views = _rows()
    names = {name for _, name in rows}
    found: dict[str, set[str]] = {}
    for name in names:
        for form in views.get(name, ()):
            if form not in names:
                found.setdefault(form, set()).add(name)
    return {form: next(iter(own)) for form, own in found.items() if len(own) == 1}


def table_spelling(name: str) -> str | None:
    """The table's own spelling of a township's name as a view wrote it, where that differs (奇干乡, a Traditional
    text's 奇乾鄉 read through OpenCC: 奇乾乡), else None."""
    return _spellings().get(name)


def counties_of(name: str) -> tuple[str, ...]:
    """The codes of the counties with a township called ``name`` (full name, 沙溪镇), in code order."""
    return _table().get(name, ())


def longest_ending(text: str, end: int, floor: int, longest: int = 9) -> str | None:
    """The longest township name in the table that ends at ``end`` and starts at or after ``floor``."""
    table = _table()
    for start in range(max(floor, end - longest), end - 2):
        name = text[start:end]
        if name in table:
            return name
    return None
