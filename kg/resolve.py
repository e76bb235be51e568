"""Merge what all documents say into one node per real thing, and facts between nodes.

Places resolve by official code or by their parent's key; programs by any
shared name (the quoted core "五事工作法" joins "五事工作法2.0版"); tiers,
organisations and people by canonical name. Every other surface form is kept
as an alias. Identifiers come from content (codes, hashes of keys), never
from the order things were seen, so the same input gives the same graph.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from kg.collector import collector_paused
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
from kg.normalize import as_shown, to_simplified
from kg.organizations import level_without_place, names_in_context
from kg.places import place_key_id
from kg.text import HAN_RE, clean_label

_PREFIX = {"Program": "program", "OrgTier": "tier", "Organization": "org", "Person": "person"}
_DEICTIC = {"全市", "本市", "我市", "全区", "本区", "我区", "全县", "本县", "我县", "全省", "全镇", "区委", "市委",
            "县委", "省委"}


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def document_id(doc: Document) -> str:
    return f"doc/{doc.sha256[:16]}"


def person_id(name: str) -> str:
    """A credited person's id, by name (the exports name the document's creators and contributors so)."""
    return f"person/{_hash(name)}"


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


class _ProgramGroups:
    """Program key → the key of its merged group (any shared name merges), learnt one mention at a time.

    The groups are the connected parts of the keys linked by shared names,
    each named by its smallest key (``_UnionFind.union`` keeps the smaller
    root): the same whatever order the mentions come in, so a build adds
    them as it reads its documents, and each distinct set of names is
    worked out once.
    """

    def __init__(self) -> None:
        self._uf = _UnionFind()
        self._by_name: dict[str, str] = {}
        self._names_of: dict[tuple[str, tuple[str, ...]], tuple[tuple[str, bool], ...]] = {}

    def add(self, m: Mention) -> None:
        key = m.key
        self._uf.find(key)
        names = self._names_of.get((m.label, m.aliases))
        if names is None:
            names = self._names_of[(m.label, m.aliases)] = tuple(_group_name(n) for n in (m.label, *m.aliases))
        for n, local in names:
            if not n:
                continue
            if local:
                n = f"{m.file_name}\x1f{n}"  # "135" names two programs in two documents: merge within one
            first = self._by_name.setdefault(n, key)
            if first != key:
                self._uf.union(first, key)

    def groups(self) -> dict[str, str]:
        return {k: self._uf.find(k) for k in self._uf.parent}


_COUNTING = frozenset("一二三四五六七八九十两双百千万")


def _group_name(name: str) -> tuple[str, bool]:
    """A program name as groups compare it, and whether it says too little to join documents: fewer than two
    Chinese characters (135); a joint left open (党建+, 网格+: the start of many models' names, “党建+”邻里中心
    and “党建+”法官工作室 in two places are two programs); two characters that count (三微, 五联, 双进: each
    place's own abbreviation). Within one document it still joins its mentions."""
    n = _norm_label(name)
    han = len(HAN_RE.findall(n))
    return n, han < 2 or n.endswith(("+", "＋")) or (han == 2 and len(n) == 2 and n[0] in _COUNTING)


def _entity_id(m: Mention) -> str:
    """The id of what ``m`` names. Not a program's: that is its group's, known at the end (``Resolver``)."""
    if m.cls in PLACE_CLASSES:
        return place_key_id(m.key)
    if m.cls == "Program":
        raise ValueError("a program's id is its group's: ask the Resolver")
    return f"{_PREFIX[m.cls]}/{_hash(m.key)}"


def written_forms(facts: DocFacts) -> dict[tuple[str, int, int], str]:
    """Each mention's span as written in the source (cleaned), keyed by (file, start, end).

    Taken while the text is at hand, so a build can drop document texts
    before resolving the whole corpus.
    """
    doc = facts.doc
    page = is_html(doc.file_name)  # markup inside a name is not part of it
    return {(m.file_name, m.start, m.end): _clean(as_shown(doc.text, doc.norm, m.start, m.end, is_html=page,
                                                                at=doc.source_at)[0])
            for m in facts.mentions if 0 <= m.start < m.end}


def resolve(results: Iterable[DocFacts], *, written: dict[tuple[str, int, int], str] | None = None
            ) -> KnowledgeGraph:
    """One graph from every document's facts (``written``: spans as written, if the texts were dropped)."""
    with collector_paused():
        resolver = Resolver()
        for facts in results:
            resolver.add(facts, written)
        return resolver.graph()


# A program's id waits for the groups of all the corpus's programs: until then it is this and its key.
_PENDING = "\x00"


class Resolver:
    """The graph, folded in one document at a time (``add``) and finished once all are in (``graph``).

    A build holds what the graph will say, not every document's facts: a
    document's mentions are counted into their entities, and its facts are
    kept as ids, values and evidence, as soon as it is read. Only programs
    wait: which names join them is known once every document is in, so
    until then each program key is counted into an entity of its own under
    a pending id (``_PENDING``), and ``graph`` merges the keys of one group.
    The graph is the one all the documents would give read at once, in the
    order they were added (each with its own written forms): first mentions
    keep their label, code and partOf; evidence of equal offsets keeps the
    order it was read in.
    """

    def __init__(self) -> None:
        self.documents: list[Document] = []
        self._programs = _ProgramGroups()
        self._ids: dict[str, dict[str, str]] = defaultdict(dict)  # class → key → id (or pending id)
        self._entities: dict[str, Entity] = {}  # in the order of their first mention
        self._labels: dict[str, list[str]] = {}  # entity → the label each mention proposed (counted at the end)
        self._part_of_at: dict[str, int] = {}  # entity → the mention (its number) that gave its partOf
        self._names_of: dict[tuple[str, tuple[str, ...], str, str], tuple[str, ...]] = {}
        self._mentions = 0
        # (agent, program) → its evidence, distinct, each with when it was first read (a program's keys
        # of one group merge at the end, and ties of equal offsets keep reading order); an Evidence is
        # keyed by its fields as a plain tuple, which hashes in C (the dataclass's own hash is a Python call)
        self._implementations: dict[tuple[str, str], dict[tuple[str, int, int, str], tuple[int, Evidence]]] = {}
        self._read = 0  # implementations read so far
        self._counts: list[tuple[str, str, int | float, str, bool, Evidence]] = []  # about, what the count says
        self._structures: list[tuple[str, tuple[str, ...], int, Evidence]] = []
        self._spent = False

    def _eid(self, m: Mention) -> str:  # an id depends on (cls, key) only, and is asked for again and again
        of_class = self._ids[m.cls]
        i = of_class.get(m.key)
        if i is None:
            i = of_class[m.key] = _PENDING + m.key if m.cls == "Program" else _entity_id(m)
        return i

    def add(self, facts: DocFacts, written: dict[tuple[str, int, int], str] | None = None) -> None:
        """Fold in one document's facts (``written``: its spans as written, if its text was dropped)."""
        if self._spent:
            raise RuntimeError("this Resolver has made its graph already: start a new one")
        if written is None:
            written = written_forms(facts)
        self.documents.append(facts.doc)
        eid, entities, labels, names_of = self._eid, self._entities, self._labels, self._names_of
        get_written = written.get
        for m in facts.mentions:
            if m.cls == "Program":
                self._programs.add(m)
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
                self._part_of_at[i] = self._mentions
            self._mentions += 1
        found = self._implementations
        for f in facts.implementations:
            pair = (eid(f.agent), eid(f.program))
            evidence = found.get(pair)
            if evidence is None:
                evidence = found[pair] = {}
            ev = f.evidence
            evidence.setdefault((ev.file_name, ev.start, ev.end, ev.quote), (self._read, ev))
            self._read += 1
        self._counts += [(eid(f.about), f.count.thing, f.count.value, f.count.unit, f.count.approximate, f.evidence)
                         for f in facts.counts]
        self._structures += [(eid(f.owner), tuple(eid(m) for m in f.levels), f.stated_count or len(f.levels),
                              f.evidence) for f in facts.structures]

    def snapshot(self) -> bytes:
        """The resolver as it stands, pickled, for a later build to go on from (``kg.passcache``)."""
        if self._spent:
            raise RuntimeError("this Resolver has made its graph already: nothing to keep")
        return pickle.dumps(self, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def resumed(cls, blob: bytes) -> Resolver:
        """A resolver as ``snapshot`` kept it: adding the documents after those it holds gives the graph
        that adding them all would."""
        resolver = pickle.loads(blob)
        if not isinstance(resolver, cls) or resolver._spent:
            raise ValueError("not a resolver's snapshot")
        return resolver

    def graph(self) -> KnowledgeGraph:
        """The graph of the documents added, once: the resolver's entities become the graph's."""
        if self._spent:
            raise RuntimeError("this Resolver has made its graph already: start a new one")
        self._spent = True
        with collector_paused():
            return self._graph()

    def _graph(self) -> KnowledgeGraph:
        gaz = load_gazetteer()
        groups = self._programs.groups()
        prefix = _PREFIX["Program"]
        final = {i: f"{prefix}/{_hash(groups.get(key, key))}" for key, i in self._ids["Program"].items()}
        fid = final.get  # pending id → the program's id; fid(i, i): any id as it is in the graph

        entities: dict[str, Entity] = {}
        labels: dict[str, list[str]] = {}
        part_of_at: dict[str, int] = {}
        for pending, e in self._entities.items():  # in the order of first mention: the first one found is kept
            i = fid(pending, pending)
            kept = entities.get(i)
            if kept is None:
                e.id = i
                entities[i], labels[i] = e, self._labels[pending]
                if pending in self._part_of_at:
                    part_of_at[i] = self._part_of_at[pending]
                continue
            labels[i] += self._labels[pending]  # a program's keys of one group: one entity
            kept.documents |= e.documents
            kept.mentions += e.mentions
            kept.alt_labels |= e.alt_labels
            at = self._part_of_at.get(pending)
            if at is not None and at < part_of_at.get(i, at + 1):
                kept.part_of, part_of_at[i] = e.part_of, at
        self._entities, self._labels, self._part_of_at, self._names_of = {}, {}, {}, {}

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

        _add_documents_people(entities, self.documents)

        implementations = _implementations(self._implementations, final)
        self._implementations = {}
        statistics = _statistics(((fid(about, about), *said) for about, *said in self._counts), entities)
        structures = _structures(((fid(o, o), tuple([fid(t, t) for t in levels]), n, ev)
                                  for o, levels, n, ev in self._structures))
        self._counts, self._structures = [], []
        return KnowledgeGraph(
            documents=sorted(self.documents, key=lambda d: d.file_name),
            entities=dict(sorted(entities.items())),
            implementations=implementations,
            statistics=statistics,
            structures=structures,
        )


def _alt_labels(surface: str, aliases: tuple[str, ...], original: str, label: str) -> tuple[str, ...]:
    """The names a mention adds to its entity: its surface, aliases and form as written, cleaned.

    A deictic word (全市) names nothing; a bare number ("135") is no name of
    its own unless the label has no Chinese either. Nor does a body named by
    its level where the label names its place (市委组织部, 市住建局 of
    沅江市委组织部, 天长市住建局), or after a deictic word (我市市委组织部):
    every city's article writes it so, for its own city.
    """
    out = []
    for alias in (surface, *aliases, original if original != _clean(surface) else ""):
        a = _clean(alias)
        if a and a not in _DEICTIC and (_has_han(a) or not _has_han(label)) and not _in_context_only(a, label):
            out.append(a)
    return tuple(out)


_DEICTIC_START = re.compile("|".join(sorted(_DEICTIC, key=len, reverse=True)))


def _in_context_only(alias: str, label: str) -> bool:
    """Whether ``alias`` names the body of ``label`` only in its own article (市委组织部 for 沅江市委组织部)."""
    if alias == label:
        return False
    a = to_simplified(alias)  # the form as written may be Traditional (區委組織部)
    if level_without_place(a, label):
        return False
    return names_in_context(a) or (_DEICTIC_START.match(a) is not None and len(a) > 2)


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
        for name in (*doc.creators, *doc.contributors):
            i = person_id(name)
            e = entities.setdefault(i, Entity(i, "Person", name))
            e.documents.add(doc.file_name)


def _implementations(found: dict[tuple[str, str], dict[tuple[str, int, int, str], tuple[int, Evidence]]],
                     final: dict[str, str]) -> list[Implementation]:
    """The implementations found, a program's keys of one group made one (``final``: pending id → id).

    Each pair's evidence is sorted by place in the corpus, equal offsets in
    the order read (``Resolver``): as if all pairs of one group were read as one.
    """
    merged: dict[tuple[str, str], dict[tuple[str, int, int, str], tuple[int, Evidence]]] = {}
    for (agent, program), evidence in found.items():
        pair = (final.get(agent, agent), final.get(program, program))
        into = merged.get(pair)
        if into is None:
            merged[pair] = evidence
            continue
        for k, (n, ev) in evidence.items():  # the same sentence twice: the one read first
            if n < into.setdefault(k, (n, ev))[0]:
                into[k] = (n, ev)
    return [Implementation(a, p, [ev for _, ev in sorted(evidence.values(), key=_read_ev_key)])
            for (a, p), evidence in sorted(merged.items())]


def _read_ev_key(read: tuple[int, Evidence]) -> tuple[str, int, int, int]:
    n, ev = read
    return (ev.file_name, ev.start, ev.end, n)


def _ev_key(ev: Evidence) -> tuple[str, int, int]:
    return (ev.file_name, ev.start, ev.end)


def _statistics(found_in: Iterable[tuple[str, str, int | float, str, bool, Evidence]],
                entities: dict[str, Entity]) -> list[Statistic]:
    names: dict[str, str] = {}
    for e in sorted(entities.values(), key=lambda x: x.id):
        if e.cls in ("OrgTier", "Program"):
            for n in (e.label, *sorted(e.alt_labels)):
                names.setdefault(_norm_label(n), e.id)
    out: dict[tuple, Statistic] = {}
    for about, thing, value, unit, approximate, evidence in found_in:
        # one document repeating a figure states one fact; another document may mean another year
        key = (about, thing, value, unit, approximate, evidence.file_name)
        if key in out:
            if evidence not in out[key].evidence:
                out[key].evidence.append(evidence)
            continue
        out[key] = Statistic(about, thing, value, unit, approximate, [evidence], count_of=names.get(_norm_label(thing)))
    return [out[k] for k in sorted(out, key=lambda k: (k[0], k[5], out[k].evidence[0].start, k[1], str(k[2])))]


def _structures(found_in: Iterable[tuple[str, tuple[str, ...], int, Evidence]]) -> list[TierStructure]:
    # (owner, levels) → its structure, and its evidence distinct in the order first read (keyed by a
    # plain tuple: a city's standard structure may be stated in thousands of articles)
    found: dict[tuple[str, tuple[str, ...]], tuple[TierStructure, dict[tuple[str, int, int, str], Evidence]]] = {}
    for owner, levels, level_count, ev in found_in:
        entry = found.get((owner, levels))
        if entry is None:
            entry = found[(owner, levels)] = (TierStructure(owner, list(levels), level_count), {})
        entry[1].setdefault((ev.file_name, ev.start, ev.end, ev.quote), ev)
    out = []
    for k in sorted(found):
        st, evidence = found[k]
        st.evidence = sorted(evidence.values(), key=_ev_key)
        out.append(st)
    return out
