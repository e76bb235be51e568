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
from itertools import groupby, islice
from operator import eq, itemgetter
from pathlib import Path
from typing import NamedTuple

from kg import __version__
from kg.atomic import write_atomic
from kg.collector import collector_paused
from kg.graph import KnowledgeGraph
from kg.model import Evidence
from kg.resolve import document_id, person_id
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


_US = "\x1f"  # the unit separator between the parts of a hashed IRI


def _h(*parts: object) -> str:
    return hashlib.sha1(_US.join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _number(v: int | float) -> tuple[str, str]:
    """A count's value as its lexical form and datatype."""
    if isinstance(v, int) or float(v).is_integer():
        return str(int(v)), XSD + "integer"
    return repr(float(v)), XSD + "decimal"


def triples(kg: KnowledgeGraph) -> list[Triple]:
    """The distinct triples of the export, in the Turtle's order (subject, rdf:type first, predicate, object)."""
    return [(s, p, a if kind == 0 else Lit(a, b, c))
            for s, block in _blocks(kg) for _, p, kind, a, b, c in _pairs(block)]


# A subject's triple as one flat tuple that sorts natively in the export's order:
# (predicate is not rdf:type, predicate, 0 for an IRI object | 1 for a literal,
#  IRI or lexical form, datatype or "", language or "").
Pair = tuple[bool, str, int, str, str, str]


class EvidenceNode(NamedTuple):
    """An evidence node's block as its values. Most of a large export's blocks are records like this.

    Evidence, implementation and statistic nodes always carry the same
    predicates, so ``_text`` writes their blocks from a template instead of
    making, sorting and walking a ``Pair`` per triple; ``_record_pairs``
    gives the same triples as pairs wherever a template does not fit.
    """

    document: str  # the document's IRI
    quote: str
    start: int
    end: int


class ImplementationNode(NamedTuple):
    agent: str  # IRIs
    program: str
    evidence: tuple[str, ...]


class StatisticNode(NamedTuple):
    about: str  # IRI
    thing: str
    value: str  # the lexical form
    datatype: str  # its datatype
    unit: str
    approximate: bool
    count_of: str  # IRI, or "" for none
    evidence: tuple[str, ...]


class EntityNode(NamedTuple):
    """An entity's own triples as values, and the pairs other facts add to it (``links``: implements, …).

    A large export has tens of thousands of entities, each with a list of
    documents that mention it; written from these values, an entity's block
    needs neither a ``Pair`` per document nor a sort of them.
    """

    cls: str  # IRI
    label: str
    alt_labels: tuple[str, ...]  # sorted, distinct
    code: str  # or ""
    part_of: str  # IRI, or ""
    documents: tuple[str, ...]  # IRIs, sorted, distinct
    mentions: int
    links: list[Pair]


class DocumentNode(NamedTuple):
    """A document's triples as values, and the pairs other facts add to it (as ``EntityNode``)."""

    file_names: tuple[str, ...]  # sorted, distinct
    sha256: str
    label: str
    title: str  # or ""
    date: str  # or ""
    publishers: tuple[str, ...]  # sorted, distinct
    creators: tuple[str, ...]  # IRIs, sorted, distinct
    contributors: tuple[str, ...]  # IRIs, sorted, distinct
    links: list[Pair]


Record = EvidenceNode | ImplementationNode | StatisticNode | EntityNode | DocumentNode
_LINKED = (EntityNode, DocumentNode)  # records that other facts add pairs to (their links), named by IRIs of any form
Block = tuple[str, "list[Pair] | Record"]  # a subject and its pairs (sorted and distinct), or its record


def _record_pairs(r: Record) -> list[Pair]:
    """A record's triples as pairs (unsorted)."""
    integer, boolean = XSD + "integer", XSD + "boolean"
    if isinstance(r, EntityNode):
        pairs = [(False, RDF_TYPE, 0, r.cls, "", ""), (True, RDFS_LABEL, 1, r.label, "", "zh")]
        pairs += [(True, SKOS_ALT, 1, a, "", "zh") for a in r.alt_labels]
        if r.code:
            pairs.append((True, _pb("adminCode"), 1, r.code, "", ""))
        if r.part_of:
            pairs.append((True, _pb("partOf"), 0, r.part_of, "", ""))
        pairs += [(True, _pb("mentionedIn"), 0, d, "", "") for d in r.documents]
        if r.mentions:
            pairs.append((True, _pb("mentionCount"), 1, str(int(r.mentions)), integer, ""))
        return pairs + r.links
    if isinstance(r, DocumentNode):
        pairs = [(False, RDF_TYPE, 0, _pb("Document"), "", "")]
        pairs += [(True, _pb("fileName"), 1, name, "", "") for name in r.file_names]
        pairs += [(True, _pb("sha256"), 1, r.sha256, "", ""), (True, _pb("extractorVersion"), 1, __version__, "", ""),
                  (True, RDFS_LABEL, 1, r.label, "", "zh")]
        if r.title:
            pairs.append((True, DCT + "title", 1, r.title, "", "zh"))
        if r.date:
            pairs.append((True, DCT + "date", 1, r.date, XSD + "date", ""))
        pairs += [(True, DCT + "publisher", 1, p, "", "zh") for p in r.publishers]
        pairs += [(True, DCT + "creator", 0, c, "", "") for c in r.creators]
        pairs += [(True, DCT + "contributor", 0, c, "", "") for c in r.contributors]
        return pairs + r.links
    if isinstance(r, EvidenceNode):
        return [
            (False, RDF_TYPE, 0, _pb("Evidence"), "", ""),
            (True, _pb("document"), 0, r.document, "", ""),
            (True, _pb("quote"), 1, r.quote, "", ""),
            (True, _pb("charStart"), 1, str(int(r.start)), integer, ""),
            (True, _pb("charEnd"), 1, str(int(r.end)), integer, ""),
        ]
    if isinstance(r, ImplementationNode):
        pairs = [
            (False, RDF_TYPE, 0, _pb("Implementation"), "", ""),
            (True, _pb("agent"), 0, r.agent, "", ""),
            (True, _pb("program"), 0, r.program, "", ""),
        ]
    else:
        pairs = [
            (False, RDF_TYPE, 0, _pb("Statistic"), "", ""),
            (True, _pb("about"), 0, r.about, "", ""),
            (True, _pb("countedThing"), 1, r.thing, "", "zh"),
            (True, _pb("value"), 1, r.value, r.datatype, ""),
            (True, _pb("unit"), 1, r.unit, "", "zh"),
            (True, _pb("approximate"), 1, "true" if r.approximate else "false", boolean, ""),
        ]
        if r.count_of:
            pairs.append((True, _pb("countOf"), 0, r.count_of, "", ""))
    pairs += [(True, _pb("evidence"), 0, e, "", "") for e in r.evidence]
    return pairs


def _pairs(block: list[Pair] | Record) -> list[Pair]:
    return block if type(block) is list else _distinct_sorted(_record_pairs(block))  # type: ignore[arg-type]


def _pair(p: str, o: Obj) -> Pair:
    if isinstance(o, str):
        return (p != RDF_TYPE, p, 0, o, "", "")
    return (p != RDF_TYPE, p, 1, o.lexical, o.datatype, o.lang)


def _people(names: list[str]) -> tuple[str, ...]:
    """The IRIs of people credited by name, sorted and distinct."""
    return tuple(sorted({_iri(person_id(n)) for n in names}))


def _blocks(kg: KnowledgeGraph) -> list[Block]:
    """The export's triples by subject: subjects sorted, each one's distinct ``Pair`` tuples sorted.

    Sorting a million (s, p, Lit) triples by a key function took most of the
    export's time. Here the triples are collected per subject as flat tuples
    of strings, built without object construction, and sorted per subject by
    the C comparison: the same order as sorting them all by (subject, rdf:type
    first, predicate, object), since subjects are sorted first.
    """
    docs = {d.file_name: _iri(document_id(d)) for d in kg.documents}
    blocks: dict[str, list[Pair] | Record] = {}

    def block(s: str) -> list[Pair]:
        """The subject's pairs, to add to (a record's triples become pairs when more are added)."""
        found = blocks.get(s)
        if found is None:
            found = blocks[s] = []
        elif type(found) in _LINKED:
            return found.links  # type: ignore[union-attr]
        elif type(found) is not list:
            found = blocks[s] = _record_pairs(found)  # type: ignore[arg-type]
        return found  # type: ignore[return-value]

    def record(s: str, r: Record) -> None:
        if s in blocks:  # a second fact with the same IRI: merged, as any triples of one subject
            block(s).extend(_record_pairs(r))
        else:
            blocks[s] = r

    for d in kg.documents:
        record(docs[d.file_name], DocumentNode(
            tuple(sorted({d.file_name, *d.copies})),  # the same bytes under several names: one document
            d.sha256, d.title or d.file_name, d.title, d.date, tuple(sorted(set(d.publishers))),
            _people(d.creators), _people(d.contributors), []))
    type_, integer = RDF_TYPE, XSD + "integer"
    pb = {name: _pb(name) for name in (  # the terms of the blocks made here as pairs (records: _record_pairs)
        "implements", "evidence",
        "hasTierStructure", "levelCount", "hasLevel", "rank", "tier", "subTierOf", "TierStructure", "TierLevel")}

    # One IRI string per entity, shared by its block and every fact that names it: the writer looks each
    # up in its names many times, and a shared string is found by identity, without comparing its text.
    iris = {eid: PBR + eid for eid in kg.entities}

    def iri(eid: str) -> str:
        found = iris.get(eid)
        return PBR + eid if found is None else found

    for e in kg.entities.values():
        record(iris[e.id], EntityNode(
            _pb(e.cls), e.label, tuple(sorted(e.alt_labels)), e.code or "", iri(e.part_of) if e.part_of else "",
            tuple(sorted({docs[f] for f in e.documents if f in docs})), int(e.mentions), []))

    evidence_nodes: dict[tuple[str, int, int], str] = {}
    sha1 = hashlib.sha1

    def evidence(evs: list[Evidence]) -> tuple[str, ...]:
        """The nodes of a fact's sentences. One sentence is the evidence of many facts: its node is made once."""
        nodes = []
        for ev in evs:
            where = (ev.file_name, ev.start, ev.end)
            node = evidence_nodes.get(where)
            if node is None:  # as _h(file name, start, end), inline: this runs for every sentence of the export
                node = evidence_nodes[where] = \
                    f"{PBR}evidence/{sha1(f'{where[0]}{_US}{where[1]}{_US}{where[2]}'.encode()).hexdigest()[:16]}"
                record(node, EvidenceNode(docs[ev.file_name], ev.quote, ev.start, ev.end))
            nodes.append(node)
        return tuple(nodes)

    implements = pb["implements"]
    for imp in kg.implementations:
        agent, program = imp.agent, imp.program
        node = f"{PBR}implementation/{sha1(f'{agent}{_US}{program}'.encode()).hexdigest()[:16]}"
        agent, program = iri(agent), iri(program)
        block(agent).append((True, implements, 0, program, "", ""))
        record(node, ImplementationNode(agent, program, evidence(imp.evidence)))

    for st in kg.statistics:
        ev0 = st.evidence[0]
        key = f"{st.about}{_US}{st.thing}{_US}{st.value}{_US}{st.unit}{_US}{ev0.file_name}{_US}{ev0.start}"
        node = f"{PBR}statistic/{sha1(key.encode()).hexdigest()[:16]}"  # _h(about, …, start), inline as above
        record(node, StatisticNode(iri(st.about), st.thing, *_number(st.value), st.unit, bool(st.approximate),
                                   iri(st.count_of) if st.count_of else "", evidence(st.evidence)))

    for ts in kg.structures:
        sid = f"structure/{_h(ts.owner, *ts.levels)}"
        node = PBR + sid
        block(iri(ts.owner)).append((True, pb["hasTierStructure"], 0, node, "", ""))
        put = block(node).append
        put((False, type_, 0, pb["TierStructure"], "", ""))
        put((True, pb["levelCount"], 1, str(int(ts.level_count)), integer, ""))
        for rank, tier in enumerate(ts.levels, start=1):
            level = PBR + f"{sid}/level/{rank}"
            put((True, pb["hasLevel"], 0, level, "", ""))
            block(level).extend((
                (False, type_, 0, pb["TierLevel"], "", ""),
                (True, pb["rank"], 1, str(rank), integer, ""),
                (True, pb["tier"], 0, iri(tier), "", ""),
            ))
        for node in evidence(ts.evidence):
            put((True, pb["evidence"], 0, node, "", ""))
    for child, parent in kg.sub_tier_pairs():
        block(iri(child)).append((True, pb["subTierOf"], 0, iri(parent), "", ""))
    written: list[Block] = [(s, _distinct_sorted(b) if type(b) is list else b)  # type: ignore[arg-type]
                            for s, b in blocks.items()]
    written.sort(key=itemgetter(0))
    return written


def _distinct_sorted(pairs: list[Pair]) -> list[Pair]:
    """``sorted(set(pairs))``, without hashing every new string when (as nearly always) nothing repeats."""
    if len(pairs) < 2:
        return pairs
    ordered = sorted(pairs)
    if any(map(eq, ordered, islice(ordered, 1, None))):  # a repeat sorts next to itself
        return sorted(set(pairs))
    return ordered


# ------------------------------------------------------------------ syntax

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r\t\b\f\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]')


def _escape_one(m: re.Match[str]) -> str:
    c = m.group(0)
    if c in _ESCAPES:
        return _ESCAPES[c]
    if "\ud800" <= c <= "\udfff":
        return "\\uFFFD"  # a lone surrogate cannot be encoded: replace it visibly
    return f"\\u{ord(c):04X}"


def escape_literal(text: str) -> str:
    """The text as a Turtle string's body.

    Every character the pattern escapes is unprintable, a quote or a
    backslash, so most text (printable, neither) is returned as it is without
    the pattern's scan: a table lookup per character instead of a
    character-class test, on every quote and label of a large export.
    """
    if text.isprintable() and '"' not in text and "\\" not in text:
        return text
    return _NEEDS_ESCAPE.sub(_escape_one, text)


# The characters an IRIREF may not hold, all ASCII: found by deleting them from the IRI's UTF-8 (in which
# no other character has an ASCII byte), a table lookup per byte where a regular expression's character
# class cost ten times as much on the hundred thousand IRIs of a large export.
_IRI_BAD = bytes(range(0x21)) + b'<>"{}|^`\\'


def iri_ref(iri: str) -> str:
    raw = iri.encode("utf-8", "surrogatepass")
    if len(raw.translate(None, _IRI_BAD)) != len(raw):
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
        if iri.startswith(ns) and _LOCAL.fullmatch(iri, len(ns)):
            return f"{name}:{iri[len(ns):]}"
    return iri_ref(iri)


def serialize(ts: list[Triple]) -> str:
    return "".join(iter_serialize(ts))


def iter_serialize(ts: list[Triple]) -> Iterator[str]:
    """The Turtle text of sorted triples in pieces, so a large export is streamed to its file."""
    return _text((s, [_pair(p, o) for _, p, o in group]) for s, group in groupby(ts, key=itemgetter(0)))


class _Names(dict[str, str]):
    """IRI → as written (prefixed name or <IRI>), each worked out once per export.

    A prefixed name's local part holds no ``/`` or ``#``, and every bound
    namespace ends in one, so the only namespace that can name an IRI is the
    IRI up to its last ``/`` or ``#``: one lookup instead of a scan of the
    prefixes for each of a hundred thousand subjects.
    """

    def __missing__(self, iri: str) -> str:
        if not _PREFIX_OF:
            q = self[iri] = _qname(iri, _PREFIX_ITEMS)
            return q
        cut = max(iri.rfind("/"), iri.rfind("#")) + 1
        name = _PREFIX_OF.get(iri[:cut])
        q = self[iri] = f"{name}:{iri[cut:]}" if name is not None and _LOCAL.fullmatch(iri, cut) else iri_ref(iri)
        return q


_PREFIX_ITEMS = list(PREFIXES.items())
# namespace → its (first) prefix; none if a namespace ending otherwise could name an IRI the shortcut would miss
_PREFIX_OF = {ns: name for name, ns in reversed(_PREFIX_ITEMS)} \
    if all(ns.endswith(("/", "#")) for _, ns in _PREFIX_ITEMS) else {}
# A record's subject (an evidence, implementation or statistic node) is pbr:{kind}/{hex hash}: no bound
# namespace can shorten it (its local part would hold a "/") and it holds nothing to escape, so it is written
# <IRI> without asking _Names, unless a namespace inside pbr: is bound (then _Names decides, as for any IRI).
_RECORDS_BRACKETED = not any(ns.startswith(PBR) and ns != PBR for _, ns in _PREFIX_ITEMS)
_BATCH = 128  # subject blocks per piece (about 40,000 characters): few enough for a piece, its UTF-8 and the
# file buffer to stay in the processor's cache; with 2,048 a piece, the export waited on memory a tenth longer


def _text(blocks: Iterator[Block] | list[Block]) -> Iterator[str]:
    """The document: the prefixes, then a blank line and each subject's block (one line per predicate).

    Consecutive pairs of a predicate make its object list. Every IRI is named
    once (predicates, classes and shared objects recur), and each piece holds
    a batch of blocks.
    """
    prefixes = list(PREFIXES.items())
    yield "".join(f"@prefix {name}: <{ns}> .\n" for name, ns in prefixes)
    names = _Names()
    integers: dict[str, str] = {}
    integer, boolean = XSD + "integer", XSD + "boolean"
    escape = escape_literal

    def literal(lexical: str, datatype: str) -> str:  # as _term writes a literal without a language
        if datatype == integer:
            written = integers.get(lexical)
            if written is None:
                written = integers[lexical] = lexical if _INTEGER.fullmatch(lexical) else \
                    f'"{escape(lexical)}"^^{names[datatype]}'
            return written
        body = f'"{escape(lexical)}"'
        if datatype == boolean:
            return lexical
        if datatype:
            return f"{body}^^{names[datatype]}"
        return body

    heads = _Names({RDF_TYPE: "a"})  # predicates as written: rdf:type is "a" there (and only there)
    pb = _pb
    evidence_block = _template(pb("Evidence"), {pb("document"): "{1}", pb("quote"): '"{2}"',
                                                pb("charStart"): "{3}", pb("charEnd"): "{4}"}, names, heads).format
    implementation_block = _template(pb("Implementation"), {pb("agent"): "{1}", pb("program"): "{2}",
                                                            pb("evidence"): "{3}"}, names, heads).format
    statistic_fields = {pb("about"): "{1}", pb("countedThing"): '"{2}"@zh', pb("value"): "{3}",
                        pb("unit"): '"{4}"@zh', pb("approximate"): "{5}", pb("evidence"): "{6}"}
    statistic_block = _template(pb("Statistic"), statistic_fields, names, heads).format
    counting_block = _template(pb("Statistic"), {**statistic_fields, pb("countOf"): "{7}"}, names, heads).format

    label_p, alt_p, code_p, part_p, in_p, count_p = \
        RDFS_LABEL, SKOS_ALT, pb("adminCode"), pb("partOf"), pb("mentionedIn"), pb("mentionCount")
    file_p, sha_p, version_p, title_p, date_p, publisher_p, creator_p, contributor_p = \
        pb("fileName"), pb("sha256"), pb("extractorVersion"), DCT + "title", DCT + "date", DCT + "publisher", \
        DCT + "creator", DCT + "contributor"
    version, date_type, document_cls = literal(__version__, ""), XSD + "date", pb("Document")

    def zh(text: str) -> str:
        return f'"{escape(text)}"@zh'

    def entity_lines(r: EntityNode) -> list[tuple[str, str]]:
        _, label, alts, code, part_of, documents, mentions, _ = r
        lines = [(label_p, zh(label))]
        if alts:
            lines.append((alt_p, ", ".join([zh(a) for a in alts])))
        if code:
            lines.append((code_p, literal(code, "")))
        if part_of:
            lines.append((part_p, names[part_of]))
        if documents:
            lines.append((in_p, ", ".join([names[d] for d in documents])))
        if mentions:
            lines.append((count_p, literal(str(int(mentions)), integer)))
        return lines

    def document_lines(r: DocumentNode) -> list[tuple[str, str]]:
        file_names, sha256, label, title, date, publishers, creators, contributors, _ = r
        lines = [(file_p, ", ".join([literal(f, "") for f in file_names])), (sha_p, literal(sha256, "")),
                 (version_p, version), (label_p, zh(label))]
        if title:
            lines.append((title_p, zh(title)))
        if date:
            lines.append((date_p, literal(date, date_type)))
        if publishers:
            lines.append((publisher_p, ", ".join([zh(p) for p in publishers])))
        if creators:
            lines.append((creator_p, ", ".join([names[c] for c in creators])))
        if contributors:
            lines.append((contributor_p, ", ".join([names[c] for c in contributors])))
        return lines

    def lines_block(subject: str, cls: str, lines: list[tuple[str, str]], links: list[Pair]) -> str | None:
        """A block from its lines (predicate, objects as written) and its links' pairs."""
        if links:
            own = {p for p, _ in lines}
            pairs = _distinct_sorted(links)
            if any(p in own or p == RDF_TYPE for _, p, *_ in pairs):  # another fact on a predicate of its own
                return None
            for p, group in groupby(pairs, key=itemgetter(1)):
                lines.append((p, ", ".join([names[a] if kind == 0 else f'"{escape(a)}"@{c}' if c
                                            else literal(a, b) for _, _, kind, a, b, c in group])))
        lines.sort(key=itemgetter(0))  # a block's predicates in the sorted pairs' order: rdf:type, then by IRI
        return f"\n{subject} a {names[cls]}" + "".join([f" ;\n    {heads[p]} {text}" for p, text in lines]) + " .\n"

    def record_block(s: str, r: Record) -> str | None:
        """The block of a record, subject ``s`` included, or None where the general path must write it.

        Records are unpacked as tuples, not read by field name: this runs for every fact of the export.
        """
        kind = type(r)
        if kind is EntityNode:
            return lines_block(names[s], r[0], entity_lines(r), r[-1])  # type: ignore[arg-type]
        if kind is DocumentNode:
            return lines_block(names[s], document_cls, document_lines(r), r[-1])  # type: ignore[arg-type]
        # An evidence, implementation or statistic node is pbr:{kind}/{hash}: see _RECORDS_BRACKETED
        if kind is EvidenceNode:  # named here, as _Names would name it, slower: it is the object of other records
            subject = names[s] = f"<{s}>" if _RECORDS_BRACKETED else names[s]
            document, quote, start, end = r  # type: ignore[misc]
            return evidence_block(subject, names[document], escape(quote), int(start), int(end))
        evidence = r[-1]
        if not evidence:
            return None
        subject = f"<{s}>" if _RECORDS_BRACKETED else names[s]
        objects = names[evidence[0]] if len(evidence) == 1 else ", ".join([names[e] for e in sorted(set(evidence))])
        if kind is ImplementationNode:
            return implementation_block(subject, names[r[0]], names[r[1]], objects)
        about, thing, value, datatype, unit, approximate, count_of, _ = r  # type: ignore[misc]
        return (counting_block if count_of else statistic_block)(
            subject, names[about], escape(thing), literal(value, datatype),
            escape(unit), "true" if approximate else "false", objects,
            names[count_of] if count_of else "")

    out: list[str] = []  # the text of a batch of blocks, in pieces
    put = out.append
    blocks_in_batch = 0
    for s, pairs in blocks:
        if blocks_in_batch >= _BATCH:
            yield "".join(out)
            out.clear()
            blocks_in_batch = 0
        blocks_in_batch += 1
        if type(pairs) is not list:
            written = record_block(s, pairs)  # type: ignore[arg-type]
            if written is not None:
                put(written)
                continue
            pairs = _pairs(pairs)
        put("\n")
        put(names[s])  # a subject is most often an object too (of partOf, evidence, …): named once
        pred = None
        for _, p, kind, a, b, c in pairs:
            if p != pred:  # a new predicate line, or the object list of this one goes on
                put(" " if pred is None else " ;\n    ")
                put(heads[p])
                put(" ")
                pred = p
            else:
                put(", ")
            if kind == 0:
                put(names[a])
            elif c:
                put(f'"{escape(a)}"@{c}')
            else:
                put(literal(a, b))
        put(" .\n")
    if out:
        yield "".join(out)


_INTEGER = re.compile(r"-?\d+")


def _template(cls: str, fields: dict[str, str], names: _Names, heads: _Names) -> str:
    """A record's block, as the general path writes it, with ``str.format`` fields: {0} is its subject.

    ``fields`` maps each predicate to its object(s) as written (a field,
    with the literal's quotes and tag around it). The predicates come in the
    order of a block's sorted pairs: rdf:type first, then by IRI.
    """
    def literal_braces(text: str) -> str:
        return text.replace("{", "{{").replace("}", "}}")

    lines = [f"{heads[RDF_TYPE]} {literal_braces(names[cls])}"]
    lines += [f"{literal_braces(heads[p])} {fields[p]}" for p in sorted(fields)]
    return "\n{0} " + " ;\n    ".join(lines) + " .\n"


def turtle_text(kg: KnowledgeGraph) -> str:
    with collector_paused():
        return "".join(_text(_blocks(kg)))


def write_turtle(kg: KnowledgeGraph, path: Path) -> Path:
    """Stream the export to its file: the triples are held once, the text never whole."""
    with collector_paused():
        return write_atomic(path, _text(_blocks(kg)))
