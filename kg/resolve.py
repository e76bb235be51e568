"""Merge what all documents say into one node per real thing, and facts between nodes.

Places resolve by official code or by their parent's key; programs by any
shared name (the quoted core "五事工作法" joins "五事工作法2.0版"); tiers,
organisations and people by canonical name. Every other surface form is kept
as an alias. Identifiers come from content (codes, hashes of keys), never
from the order things were seen, so the same input gives the same graph.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from kg.documents import is_html
from kg.gazetteer import load_gazetteer
from kg.graph import KnowledgeGraph
from kg.model import (
    PLACE_CLASSES,
    DocFacts,
    Document,
    Entity,
    Evidence,
    Implementation,
    Mention,
    Statistic,
    TierStructure,
)
from kg.normalize import as_shown
from kg.places import place_key_id
from kg.text import HAN_RE, clean_label

_PREFIX = {"Program": "program", "OrgTier": "tier", "Organization": "org", "Person": "person"}
_DEICTIC = {"全市", "本市", "我市", "全区", "本区", "我区", "全县", "本县", "我县", "全省", "全镇", "区委", "市委",
            "县委", "省委"}


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def document_id(doc: Document) -> str:
    return f"doc/{doc.sha256[:16]}"


def _has_han(s: str) -> bool:
    """Whether ``s`` has a Chinese character (a regular expression: asked for every alias of every mention)."""
    return HAN_RE.search(s) is not None


# clean_label runs a few regular expressions; labels repeat across thousands of mentions.
_clean = lru_cache(maxsize=1 << 16)(clean_label)


@lru_cache(maxsize=1 << 16)
def _norm_label(s: str) -> str:
    return re.sub(r"\s+", "", _clean(s))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def _program_groups(mentions: list[Mention]) -> dict[str, str]:
    """Program key → the key of its merged group (any shared name merges).

    The groups are the connected parts of the keys linked by shared names,
    each named by its smallest key (``_UnionFind.union`` keeps the smaller
    root): the same whatever order the mentions come in, so they are taken
    as they come, and each distinct set of names is worked out once.
    """
    uf = _UnionFind()
    by_name: dict[str, str] = {}
    names_of: dict[tuple[str, tuple[str, ...]], tuple[tuple[str, bool], ...]] = {}
    for m in mentions:
        key = m.key
        uf.find(key)
        names = names_of.get((m.label, m.aliases))
        if names is None:
            names = names_of[(m.label, m.aliases)] = tuple(_group_name(n) for n in (m.label, *m.aliases))
        for n, local in names:
            if not n:
                continue
            if local:
                n = f"{m.file_name}\x1f{n}"  # "135" names two programs in two documents: merge within one
            first = by_name.setdefault(n, key)
            if first != key:
                uf.union(first, key)
    return {k: uf.find(k) for k in uf.parent}


def _group_name(name: str) -> tuple[str, bool]:
    """A program name as groups compare it, and whether it holds too few Chinese characters to join documents."""
    n = _norm_label(name)
    return n, len(HAN_RE.findall(n)) < 2


def _entity_id(m: Mention, program_group: dict[str, str]) -> str:
    if m.cls in PLACE_CLASSES:
        return place_key_id(m.key)
    key = program_group.get(m.key, m.key) if m.cls == "Program" else m.key
    return f"{_PREFIX[m.cls]}/{_hash(key)}"


def written_forms(facts: DocFacts) -> dict[tuple[str, int, int], str]:
    """Each mention's span as written in the source (cleaned), keyed by (file, start, end).

    Taken while the text is at hand, so a build can drop document texts
    before resolving the whole corpus.
    """
    doc = facts.doc
    page = is_html(doc.file_name)  # markup inside a name is not part of it
    return {(m.file_name, m.start, m.end): _clean(as_shown(doc.text, doc.norm, m.start, m.end, is_html=page)[0])
            for m in facts.mentions if 0 <= m.start < m.end}


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a corpus-wide step makes its objects.

    Resolution and the Turtle export make hundreds of thousands of small
    objects with no cycles among them; that many allocations set off full
    collections that walk every object already in memory (the whole graph),
    again and again. At 10 MB of input this was about a third of each step.
    The collector is switched back on (if it was on) however the step ends.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def resolve(results: list[DocFacts], *, written: dict[tuple[str, int, int], str] | None = None
            ) -> KnowledgeGraph:
    """One graph from every document's facts (``written``: spans as written, if the texts were dropped)."""
    with collector_paused():
        return _resolve(results, written)


def _resolve(results: list[DocFacts], written: dict[tuple[str, int, int], str] | None) -> KnowledgeGraph:
    gaz = load_gazetteer()
    all_mentions = [m for r in results for m in r.mentions]
    if written is None:
        written = {}
        for r in results:
            written.update(written_forms(r))
    program_group = _program_groups([m for m in all_mentions if m.cls == "Program"])

    ids: dict[str, dict[str, str]] = defaultdict(dict)  # class → key → id

    def eid(m: Mention) -> str:  # an id depends on (cls, key) only, and is asked for again and again
        of_class = ids[m.cls]
        i = of_class.get(m.key)
        if i is None:
            i = of_class[m.key] = _entity_id(m, program_group)
        return i

    entities: dict[str, Entity] = {}
    labels: dict[str, list[str]] = {}  # entity → the label each mention proposed (counted at the end)
    names_of: dict[tuple[str, tuple[str, ...], str, str], tuple[str, ...]] = {}
    get_written = written.get
    for m in all_mentions:
        i = eid(m)
        e = entities.get(i)
        if e is None:
            e = entities[i] = Entity(i, m.cls, m.label, code=m.code)
            labels[i] = [m.label]
        else:
            labels[i].append(m.label)
        e.documents.add(m.file_name)
        e.mentions += 1
        shape = (m.surface, m.aliases, get_written((m.file_name, m.start, m.end), ""), m.label)
        names = names_of.get(shape)
        if names is None:  # the same name written the same way recurs across the corpus: worked out once
            names = names_of[shape] = _alt_labels(*shape)
        e.alt_labels.update(names)
        if m.parent_key and e.part_of is None:
            e.part_of = place_key_id(m.parent_key)

    for i, e in entities.items():
        # the canonical label: for places the official or pattern name; otherwise the most used
        if e.cls not in PLACE_CLASSES:
            counts = Counter(labels[i])
            e.label = min(counts, key=lambda lab: (-counts[lab], len(lab), lab))
        e.alt_labels.discard(e.label)

    _add_ancestors(entities, gaz)
    for e in entities.values():  # a parent that was never named is no node: no dangling partOf
        if e.part_of is not None and e.part_of not in entities:
            e.part_of = None

    documents = [r.doc for r in results]
    _add_documents_people(entities, documents)

    implementations = _implementations(results, eid)
    statistics = _statistics(results, eid, entities)
    structures = _structures(results, eid)
    return KnowledgeGraph(
        documents=sorted(documents, key=lambda d: d.file_name),
        entities=dict(sorted(entities.items())),
        implementations=implementations,
        statistics=statistics,
        structures=structures,
    )


def _alt_labels(surface: str, aliases: tuple[str, ...], original: str, label: str) -> tuple[str, ...]:
    """The names a mention adds to its entity: its surface, aliases and form as written, cleaned.

    A deictic word (全市) names nothing; a bare number ("135") is no name of
    its own unless the label has no Chinese either.
    """
    out = []
    for alias in (surface, *aliases, original if original != _clean(surface) else ""):
        a = _clean(alias)
        if a and a not in _DEICTIC and (_has_han(a) or not _has_han(label)):
            out.append(a)
    return tuple(out)


def _add_ancestors(entities: dict[str, Entity], gaz) -> None:
    """Coded places get their administrative ancestors from the gazetteer.

    A place under a coded parent that no document named (a town whose
    county was only implied) gets that parent, and its ancestors, too. Each
    is added as it is met: a province's corpus can imply thousands.
    """

    def chain(e: Entity) -> None:
        child = e
        for div in gaz.ancestors(e.code):
            pid = place_key_id(div.code)
            child.part_of = pid
            parent = entities.get(pid)
            if parent is None:
                parent = entities[pid] = Entity(pid, div.level, div.name, set(div.short), code=div.code)
            child = parent

    for e in list(entities.values()):
        if e.code is not None:
            chain(e)
    for e in list(entities.values()):
        m = re.fullmatch(r"place/(\d{6})", e.part_of or "")
        if e.code is None and m and e.part_of not in entities:
            div = gaz.get(m.group(1))
            if div is not None:
                parent = entities[e.part_of] = Entity(e.part_of, div.level, div.name, set(div.short), code=div.code)
                chain(parent)


def _add_documents_people(entities: dict[str, Entity], documents: list[Document]) -> None:
    for doc in documents:
        for name in doc.creators:
            i = f"person/{_hash(name)}"
            e = entities.setdefault(i, Entity(i, "Person", name))
            e.documents.add(doc.file_name)


def _implementations(results: list[DocFacts], eid) -> list[Implementation]:
    # (agent, program) → its evidence, distinct and in the order first read; an Evidence is keyed by
    # its fields as a plain tuple, which hashes in C (the dataclass's own hash is a Python call)
    found: dict[tuple[str, str], dict[tuple[str, int, int, str], Evidence]] = {}
    for r in results:
        for f in r.implementations:
            pair = (eid(f.agent), eid(f.program))
            ev = f.evidence
            evidence = found.get(pair)
            if evidence is None:
                evidence = found[pair] = {}
            evidence.setdefault((ev.file_name, ev.start, ev.end, ev.quote), ev)
    return [Implementation(a, p, sorted(ev.values(), key=_ev_key)) for (a, p), ev in sorted(found.items())]


def _ev_key(ev: Evidence) -> tuple[str, int, int]:
    return (ev.file_name, ev.start, ev.end)


def _statistics(results: list[DocFacts], eid, entities: dict[str, Entity]) -> list[Statistic]:
    names: dict[str, str] = {}
    for e in sorted(entities.values(), key=lambda x: x.id):
        if e.cls in ("OrgTier", "Program"):
            for n in (e.label, *sorted(e.alt_labels)):
                names.setdefault(_norm_label(n), e.id)
    out: dict[tuple, Statistic] = {}
    for r in results:
        for f in r.counts:
            c = f.count
            about = eid(f.about)
            # one document repeating a figure states one fact; another document may mean another year
            key = (about, c.thing, c.value, c.unit, c.approximate, f.evidence.file_name)
            if key in out:
                if f.evidence not in out[key].evidence:
                    out[key].evidence.append(f.evidence)
                continue
            out[key] = Statistic(about, c.thing, c.value, c.unit, c.approximate, [f.evidence],
                                 count_of=names.get(_norm_label(c.thing)))
    return [out[k] for k in sorted(out, key=lambda k: (k[0], k[5], out[k].evidence[0].start, k[1], str(k[2])))]


def _structures(results: list[DocFacts], eid) -> list[TierStructure]:
    # (owner, levels) → its structure, and its evidence distinct in the order first read (keyed by a
    # plain tuple: a city's standard structure may be stated in thousands of articles)
    found: dict[tuple[str, tuple[str, ...]], tuple[TierStructure, dict[tuple[str, int, int, str], Evidence]]] = {}
    for r in results:
        for f in r.structures:
            owner = eid(f.owner)
            levels = tuple(eid(m) for m in f.levels)
            entry = found.get((owner, levels))
            if entry is None:
                entry = found[(owner, levels)] = (TierStructure(owner, list(levels), f.stated_count or len(levels)), {})
            ev = f.evidence
            entry[1].setdefault((ev.file_name, ev.start, ev.end, ev.quote), ev)
    out = []
    for k in sorted(found):
        st, evidence = found[k]
        st.evidence = sorted(evidence.values(), key=_ev_key)
        out.append(st)
    return out
