"""Turtle export in the public vocabulary, written directly and deterministically.

rdflib's serializer is too slow for large exports (41 s per million triples
here) and orders output by its own rules; this writer sorts subjects,
predicates and objects itself, uses no blank nodes, and escapes every
literal, so the same graph gives the same bytes on any machine. Files are
written to a temporary name and renamed, so an export is never half-written.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg import __version__
from kg.atomic import write_atomic
from kg.graph import KnowledgeGraph
from kg.model import Evidence
from kg.resolve import document_id
from kg.vocab import PB, PREFIXES

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
PBR = PREFIXES["pbr"]


@dataclass(frozen=True, order=True)
class Lit:
    lexical: str
    datatype: str = ""
    lang: str = ""


Obj = str | Lit
Triple = tuple[str, str, Obj]


@cache
def _pb(name: str) -> str:
    """A term of the pb: ontology as a string (rdflib's namespace lookup is slow in a loop of a million)."""
    return str(PB[name])


def _iri(path: str) -> str:
    return PBR + path


def _h(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _int(n: int) -> Lit:
    return Lit(str(int(n)), XSD + "integer")


def _num(v: int | float) -> Lit:
    if isinstance(v, int) or float(v).is_integer():
        return _int(int(v))
    return Lit(repr(float(v)), XSD + "decimal")


def _zh(text: str) -> Lit:
    return Lit(text, "", "zh")


def _str(text: str) -> Lit:
    return Lit(text)


def triples(kg: KnowledgeGraph) -> list[Triple]:
    out: list[Triple] = []
    add = out.append
    docs = {d.file_name: _iri(document_id(d)) for d in kg.documents}

    for d in kg.documents:
        s = docs[d.file_name]
        add((s, RDF_TYPE, _pb("Document")))
        for name in (d.file_name, *d.copies):  # the same bytes under several names: one document
            add((s, _pb("fileName"), _str(name)))
        add((s, _pb("sha256"), _str(d.sha256)))
        add((s, _pb("extractorVersion"), _str(__version__)))
        add((s, RDFS_LABEL, _zh(d.title or d.file_name)))
        if d.title:
            add((s, DCT + "title", _zh(d.title)))
        if d.date:
            add((s, DCT + "date", Lit(d.date, XSD + "date")))
        for p in d.publishers:
            add((s, DCT + "publisher", _zh(p)))
        for c in d.creators:
            add((s, DCT + "creator", _iri("person/" + hashlib.sha1(c.encode("utf-8")).hexdigest()[:16])))

    for e in kg.entities.values():
        s = _iri(e.id)
        add((s, RDF_TYPE, _pb(e.cls)))
        add((s, RDFS_LABEL, _zh(e.label)))
        for a in sorted(e.alt_labels):
            add((s, SKOS_ALT, _zh(a)))
        if e.code:
            add((s, _pb("adminCode"), _str(e.code)))
        if e.part_of:
            add((s, _pb("partOf"), _iri(e.part_of)))
        for f in sorted(e.documents):
            if f in docs:
                add((s, _pb("mentionedIn"), docs[f]))
        if e.mentions:
            add((s, _pb("mentionCount"), _int(e.mentions)))

    evidence_nodes: dict[tuple[str, int, int], str] = {}

    def evidence(ev: Evidence) -> str:
        where = (ev.file_name, ev.start, ev.end)
        node = evidence_nodes.get(where)
        if node is not None:  # one sentence is the evidence of many facts: its node is written once
            return node
        node = evidence_nodes[where] = _iri(f"evidence/{_h(ev.file_name, ev.start, ev.end)}")
        add((node, RDF_TYPE, _pb("Evidence")))
        add((node, _pb("document"), docs[ev.file_name]))
        add((node, _pb("quote"), _str(ev.quote)))
        add((node, _pb("charStart"), _int(ev.start)))
        add((node, _pb("charEnd"), _int(ev.end)))
        return node

    for imp in kg.implementations:
        node = _iri(f"implementation/{_h(imp.agent, imp.program)}")
        add((_iri(imp.agent), _pb("implements"), _iri(imp.program)))
        add((node, RDF_TYPE, _pb("Implementation")))
        add((node, _pb("agent"), _iri(imp.agent)))
        add((node, _pb("program"), _iri(imp.program)))
        for ev in imp.evidence:
            add((node, _pb("evidence"), evidence(ev)))

    for st in kg.statistics:
        ev0 = st.evidence[0]
        node = _iri(f"statistic/{_h(st.about, st.thing, st.value, st.unit, ev0.file_name, ev0.start)}")
        add((node, RDF_TYPE, _pb("Statistic")))
        add((node, _pb("about"), _iri(st.about)))
        add((node, _pb("countedThing"), _zh(st.thing)))
        add((node, _pb("value"), _num(st.value)))
        add((node, _pb("unit"), _zh(st.unit)))
        add((node, _pb("approximate"), Lit("true" if st.approximate else "false", XSD + "boolean")))
        if st.count_of:
            add((node, _pb("countOf"), _iri(st.count_of)))
        for ev in st.evidence:
            add((node, _pb("evidence"), evidence(ev)))

    for ts in kg.structures:
        sid = f"structure/{_h(ts.owner, *ts.levels)}"
        node = _iri(sid)
        add((_iri(ts.owner), _pb("hasTierStructure"), node))
        add((node, RDF_TYPE, _pb("TierStructure")))
        add((node, _pb("levelCount"), _int(ts.level_count)))
        for rank, tier in enumerate(ts.levels, start=1):
            level = _iri(f"{sid}/level/{rank}")
            add((node, _pb("hasLevel"), level))
            add((level, RDF_TYPE, _pb("TierLevel")))
            add((level, _pb("rank"), _int(rank)))
            add((level, _pb("tier"), _iri(tier)))
        for ev in ts.evidence:
            add((node, _pb("evidence"), evidence(ev)))
    for child, parent in kg.sub_tier_pairs():
        add((_iri(child), _pb("subTierOf"), _iri(parent)))
    return _sorted_triples(out)


def _sorted_triples(out: list[Triple]) -> list[Triple]:
    """Distinct triples in ``_sort_key`` order: grouped by subject first, a faster sort of the same order."""
    by_subject: dict[str, set[Triple]] = {}
    for t in out:
        group = by_subject.get(t[0])
        if group is None:
            group = by_subject[t[0]] = set()
        group.add(t)
    result: list[Triple] = []
    for s in sorted(by_subject):
        group = by_subject[s]
        result.extend(sorted(group, key=_sort_key) if len(group) > 1 else group)
    return result


def _sort_key(t: Triple) -> tuple:
    s, p, o = t
    obj = (0, o, "", "") if isinstance(o, str) else (1, o.lexical, o.datatype, o.lang)
    return (s, p != RDF_TYPE, p, obj)


# ------------------------------------------------------------------ syntax

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r\t\b\f\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]')


def escape_literal(text: str) -> str:
    def sub(m: re.Match[str]) -> str:
        c = m.group(0)
        if c in _ESCAPES:
            return _ESCAPES[c]
        if "\ud800" <= c <= "\udfff":
            return "\\uFFFD"  # a lone surrogate cannot be encoded: replace it visibly
        return f"\\u{ord(c):04X}"

    return _NEEDS_ESCAPE.sub(sub, text)


_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def iri_ref(iri: str) -> str:
    if _IRI_BAD.search(iri):
        raise ValueError(f"not a valid IRI: {iri!r}")
    return f"<{iri}>"


def _term(o: Obj, prefixes: list[tuple[str, str]]) -> str:
    if isinstance(o, str):
        return _qname(o, prefixes)
    body = f'"{escape_literal(o.lexical)}"'
    if o.lang:
        return f"{body}@{o.lang}"
    if o.datatype == XSD + "integer" and re.fullmatch(r"-?\d+", o.lexical):
        return o.lexical
    if o.datatype == XSD + "boolean":
        return o.lexical
    if o.datatype:
        return f"{body}^^{_qname(o.datatype, prefixes)}"
    return body


_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")


def _qname(iri: str, prefixes: list[tuple[str, str]]) -> str:
    for name, ns in prefixes:
        if iri.startswith(ns) and _LOCAL.fullmatch(iri[len(ns):]):
            return f"{name}:{iri[len(ns):]}"
    return iri_ref(iri)


def serialize(ts: list[Triple]) -> str:
    return "".join(iter_serialize(ts))


def iter_serialize(ts: list[Triple]) -> Iterator[str]:
    """The Turtle text in pieces (one subject block each), so a large export is streamed to its file."""
    first = True
    for piece in _pieces(ts):
        yield piece if first else "\n" + piece
        first = False


def _pieces(ts: list[Triple]) -> Iterator[str]:
    """The lines of the document: prefixes, a blank line, then each subject's block and a blank line."""
    prefixes = list(PREFIXES.items())
    for name, ns in prefixes:
        yield f"@prefix {name}: <{ns}> ."
    yield ""
    names: dict[str, str] = {}

    def qname(iri: str) -> str:  # predicates, classes and shared objects recur: name each IRI once
        q = names.get(iri)
        if q is None:
            q = names[iri] = _qname(iri, prefixes)
        return q

    i = 0
    n = len(ts)
    while i < n:
        s = ts[i][0]
        j = i
        while j < n and ts[j][0] == s:
            j += 1
        parts = []
        k = i
        while k < j:
            p = ts[k][1]
            objs = []
            while k < j and ts[k][1] == p:
                o = ts[k][2]
                objs.append(qname(o) if isinstance(o, str) else _term(o, prefixes))
                k += 1
            pred = "a" if p == RDF_TYPE else qname(p)
            parts.append(f"{pred} " + ", ".join(objs))
        yield _qname(s, prefixes) + " " + " ;\n    ".join(parts) + " ."
        yield ""
        i = j


def turtle_text(kg: KnowledgeGraph) -> str:
    return serialize(triples(kg))


def write_turtle(kg: KnowledgeGraph, path: Path) -> Path:
    """Stream the export to its file: the triples are held once, the text never whole."""
    return write_atomic(path, iter_serialize(triples(kg)))
