"""Turtle export in the public vocabulary, written directly and deterministically.

rdflib's serializer is too slow for large exports (41 s per million triples
here) and orders output by its own rules; this writer sorts subjects,
predicates and objects itself, uses no blank nodes, and escapes every
literal, so the same graph gives the same bytes on any machine. Files are
written to a temporary name and renamed, so an export is never half-written.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kg import __version__
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
        add((s, RDF_TYPE, str(PB.Document)))
        add((s, str(PB.fileName), _str(d.file_name)))
        add((s, str(PB.sha256), _str(d.sha256)))
        add((s, str(PB.extractorVersion), _str(__version__)))
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
        add((s, RDF_TYPE, str(PB[e.cls])))
        add((s, RDFS_LABEL, _zh(e.label)))
        for a in sorted(e.alt_labels):
            add((s, SKOS_ALT, _zh(a)))
        if e.code:
            add((s, str(PB.adminCode), _str(e.code)))
        if e.part_of:
            add((s, str(PB.partOf), _iri(e.part_of)))
        for f in sorted(e.documents):
            if f in docs:
                add((s, str(PB.mentionedIn), docs[f]))
        if e.mentions:
            add((s, str(PB.mentionCount), _int(e.mentions)))

    def evidence(ev: Evidence) -> str:
        node = _iri(f"evidence/{_h(ev.file_name, ev.start, ev.end)}")
        add((node, RDF_TYPE, str(PB.Evidence)))
        add((node, str(PB.document), docs[ev.file_name]))
        add((node, str(PB.quote), _str(ev.quote)))
        add((node, str(PB.charStart), _int(ev.start)))
        add((node, str(PB.charEnd), _int(ev.end)))
        return node

    for imp in kg.implementations:
        node = _iri(f"implementation/{_h(imp.agent, imp.program)}")
        add((_iri(imp.agent), str(PB.implements), _iri(imp.program)))
        add((node, RDF_TYPE, str(PB.Implementation)))
        add((node, str(PB.agent), _iri(imp.agent)))
        add((node, str(PB.program), _iri(imp.program)))
        for ev in imp.evidence:
            add((node, str(PB.evidence), evidence(ev)))

    for st in kg.statistics:
        ev0 = st.evidence[0]
        node = _iri(f"statistic/{_h(st.about, st.thing, st.value, st.unit, ev0.file_name, ev0.start)}")
        add((node, RDF_TYPE, str(PB.Statistic)))
        add((node, str(PB.about), _iri(st.about)))
        add((node, str(PB.countedThing), _zh(st.thing)))
        add((node, str(PB.value), _num(st.value)))
        add((node, str(PB.unit), _zh(st.unit)))
        add((node, str(PB.approximate), Lit("true" if st.approximate else "false", XSD + "boolean")))
        if st.count_of:
            add((node, str(PB.countOf), _iri(st.count_of)))
        for ev in st.evidence:
            add((node, str(PB.evidence), evidence(ev)))

    for ts in kg.structures:
        sid = f"structure/{_h(ts.owner, *ts.levels)}"
        node = _iri(sid)
        add((_iri(ts.owner), str(PB.hasTierStructure), node))
        add((node, RDF_TYPE, str(PB.TierStructure)))
        add((node, str(PB.levelCount), _int(ts.level_count)))
        for rank, tier in enumerate(ts.levels, start=1):
            level = _iri(f"{sid}/level/{rank}")
            add((node, str(PB.hasLevel), level))
            add((level, RDF_TYPE, str(PB.TierLevel)))
            add((level, str(PB.rank), _int(rank)))
            add((level, str(PB.tier), _iri(tier)))
        for ev in ts.evidence:
            add((node, str(PB.evidence), evidence(ev)))
    for child, parent in kg.sub_tier_pairs():
        add((_iri(child), str(PB.subTierOf), _iri(parent)))
    return sorted(set(out), key=_sort_key)


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
    prefixes = list(PREFIXES.items())
    lines = [f"@prefix {name}: <{ns}> ." for name, ns in prefixes]
    lines.append("")
    i = 0
    while i < len(ts):
        s = ts[i][0]
        j = i
        while j < len(ts) and ts[j][0] == s:
            j += 1
        block = ts[i:j]
        parts = []
        k = 0
        while k < len(block):
            p = block[k][1]
            objs = []
            while k < len(block) and block[k][1] == p:
                objs.append(_term(block[k][2], prefixes))
                k += 1
            pred = "a" if p == RDF_TYPE else _qname(p, prefixes)
            parts.append(f"{pred} " + ", ".join(objs))
        lines.append(_qname(s, prefixes) + " " + " ;\n    ".join(parts) + " .")
        lines.append("")
        i = j
    return "\n".join(lines)


def turtle_text(kg: KnowledgeGraph) -> str:
    return serialize(triples(kg))


def write_atomic(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_turtle(kg: KnowledgeGraph, path: Path) -> Path:
    return write_atomic(path, turtle_text(kg))
