"""Who acts where: the place a document, section or clause is about.

Chinese reports name the actor once and then drop it: a section under the
heading 鼓楼 is 鼓楼区's doing; "全区" means the district in focus; a clause
that opens with a place or body (御金集团党委搭建…) makes that the actor for
the rest of the sentence. Facts take their actor from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.gazetteer import load_gazetteer
from kg.lexicon import lexicon
from kg.model import Document, Mention, Sentence
from kg.places import Places, section_at, section_starts
from kg.text import clauses

# Words that may precede the subject at the start of a clause.
_LEAD = re.compile(r"(?:[—\-\s]*)(?:如|由|在|同时|此外|另外|其中|目前|近年来|今年以来|据悉|对此|为此)?")


_DEICTIC_WORDS = frozenset(lexicon()["place"]["deictic"])


@dataclass
class Focus:
    """The document's main place and its place-named sections."""

    main: Mention | None
    sections: list[tuple[int, Mention]] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)

    def place_at(self, pos: int) -> Mention | None:
        return section_at(self.sections, pos) or self.main

    def place_of_level(self, pos: int, cls: str) -> Mention | None:
        """The focus place at ``pos``, or its ancestor of class ``cls``."""
        here = self.place_at(pos)
        if here is None:
            return None
        if here.cls == cls:
            return here
        key = here.parent_key
        gaz = load_gazetteer()
        while key:
            found = next((m for m in self.places if m.key == key), None)
            if found is not None and found.cls == cls:
                return found
            div = gaz.get(key) if re.fullmatch(r"\d{6}", key) else None
            if div is not None and div.level == cls:
                return Mention(cls, div.code, div.name, div.name, here.file_name, -1, -1, code=div.code,
                               parent_key=div.parent)
            key = found.parent_key if found is not None else (div.parent if div else None)
        return None


def main_place(doc: Document, places: Places) -> Mention | None:
    """The place an article is about.

    A report with several place-named sections is about their common city;
    otherwise the district or city named most (the headline counts thrice).
    """
    sections = section_starts(doc, places.mentions)
    if len({m.key for _, m in sections}) >= 2:
        parents = {m.parent_key for _, m in sections}
        if len(parents) == 1:
            parent = next(iter(parents))
            found = next((m for m in places.mentions if m.key == parent), None)
            if found is not None:
                return found
    title_block = next((b for b in doc.blocks if b.kind == "heading"), None)
    score: dict[str, float] = {}
    first: dict[str, Mention] = {}
    for m in places.mentions:
        if m.cls not in ("District", "City"):
            continue
        weight = 3.0 if title_block and title_block.start <= m.start < title_block.end else 1.0
        score[m.key] = score.get(m.key, 0) + weight + (0.1 if m.cls == "District" else 0)
        first.setdefault(m.key, m)
    if not score:
        return None
    best = max(sorted(score), key=lambda k: score[k])
    return first[best]


def make_focus(doc: Document, places: Places) -> Focus:
    return Focus(main_place(doc, places), section_starts(doc, places.mentions), places.mentions)


@lru_cache(maxsize=1)
def _deictic_re() -> re.Pattern[str]:
    """Compiled once, not per document."""
    table: dict[str, str] = lexicon()["place"]["deictic"]
    return re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True))))


def deictic_mentions(doc: Document, focus: Focus) -> list[Mention]:
    """全区, 全市 … as mentions of the place in focus (never added as its aliases)."""
    table: dict[str, str] = lexicon()["place"]["deictic"]
    pat = _deictic_re()
    out = []
    for s in doc.sentences:
        for m in pat.finditer(doc.norm, s.start, s.end):
            target = focus.place_of_level(m.start(), table[m.group(0)])
            if target is not None:
                out.append(replace(target, surface=m.group(0), start=m.start(), end=m.end(),
                                   file_name=doc.file_name, aliases=()))
    return out


def clause_actors(doc: Document, sent: Sentence, actors: list[Mention],
                  focus: Focus) -> list[tuple[int, int, Mention | None]]:
    """(clause start, clause end, actor) for each clause of a sentence."""
    out = []
    current = focus.place_at(sent.start)
    for a, b in clauses(doc.norm, sent):
        lead = _LEAD.match(doc.norm, a, b)
        at = lead.end() if lead else a
        subject = next((m for m in actors if m.start in (a, at) and m.end <= b), None)
        locative = lead is not None and lead.group(0).endswith("在")
        if subject is not None and locative:
            # 在三坊七巷社区成立…: the place of this clause only; 在全市…: a scope, not an actor
            out.append((a, b, current if subject.surface in _DEICTIC_WORDS else subject))
            continue
        if subject is not None:
            current = subject
        out.append((a, b, current))
    return out


def actor_at(spans: list[tuple[int, int, Mention | None]], pos: int) -> Mention | None:
    for a, b, m in spans:
        if a <= pos < b:
            return m
    return None
