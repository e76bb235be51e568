"""JSON-LD export, with the vocabulary's ``@context`` published as ``ontology/context.jsonld``.

JSON-LD is the format web developers and document stores read: with the
context, a node looks like plain JSON (``{"@id": "pbr:place/350103", "@type":
"District", "label": "台江区", "partOf": "pbr:place/350100"}``) and is still
exactly the RDF of the Turtle export. ``CONTEXT`` below is the one source of
the context; ``ontology/context.jsonld`` is its published copy (a test keeps
the two equal), and every export embeds it, so reading an export never needs
the network.

The writer walks the Turtle writer's sorted triples: a value that fits its
term's coercion (a ``@zh`` label, an ``xsd:integer`` rank, an IRI) is written
as a plain JSON string; anything else in expanded form (``{"@value": …,
"@type": …}``), so every triple round-trips, whatever it holds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kg.atomic import write_atomic
from kg.graph import KnowledgeGraph
from kg.model import ENTITY_CLASSES
from kg.turtle import RDF_TYPE, Obj, triples
from kg.vocab import PREFIXES

PB = PREFIXES["pb"]
XSD = PREFIXES["xsd"]
_CONTEXT_PREFIXES = ("pb", "pbr", "rdf", "rdfs", "skos", "dcterms", "xsd")

# term -> (property IRI, coercion): "@id" for IRIs, "@zh" for Chinese text,
# an xsd datatype IRI, or "" for a plain string.
TERMS: dict[str, tuple[str, str]] = {
    "label": (PREFIXES["rdfs"] + "label", "@zh"),
    "altLabel": (PREFIXES["skos"] + "altLabel", "@zh"),
    "mentionedIn": (PB + "mentionedIn", "@id"),
    "mentionCount": (PB + "mentionCount", XSD + "integer"),
    "partOf": (PB + "partOf", "@id"),
    "adminCode": (PB + "adminCode", ""),
    "implements": (PB + "implements", "@id"),
    "subTierOf": (PB + "subTierOf", "@id"),
    "hasTierStructure": (PB + "hasTierStructure", "@id"),
    "levelCount": (PB + "levelCount", XSD + "integer"),
    "hasLevel": (PB + "hasLevel", "@id"),
    "rank": (PB + "rank", XSD + "integer"),
    "tier": (PB + "tier", "@id"),
    "about": (PB + "about", "@id"),
    "countedThing": (PB + "countedThing", "@zh"),
    "countOf": (PB + "countOf", "@id"),
    "value": (PB + "value", XSD + "integer"),
    "unit": (PB + "unit", "@zh"),
    "approximate": (PB + "approximate", XSD + "boolean"),
    "agent": (PB + "agent", "@id"),
    "program": (PB + "program", "@id"),
    "evidence": (PB + "evidence", "@id"),
    "document": (PB + "document", "@id"),
    "quote": (PB + "quote", ""),
    "charStart": (PB + "charStart", XSD + "integer"),
    "charEnd": (PB + "charEnd", XSD + "integer"),
    "title": (PREFIXES["dcterms"] + "title", "@zh"),
    "date": (PREFIXES["dcterms"] + "date", XSD + "date"),
    "publisher": (PREFIXES["dcterms"] + "publisher", "@zh"),
    "creator": (PREFIXES["dcterms"] + "creator", "@id"),
    "contributor": (PREFIXES["dcterms"] + "contributor", "@id"),
    "fileName": (PB + "fileName", ""),
    "sha256": (PB + "sha256", ""),
    "extractorVersion": (PB + "extractorVersion", ""),
}
CLASSES = ("Document", *ENTITY_CLASSES, "TierStructure", "TierLevel", "Statistic", "Implementation", "Evidence")

_BY_IRI = {iri: (term, coercion) for term, (iri, coercion) in TERMS.items()}
_CLASS_TERMS = {PB + c: c for c in CLASSES}


def _compact(iri: str) -> str:
    """``pbr:place/350103`` for an IRI in a context prefix (JSON-LD expands it back)."""
    for prefix in _CONTEXT_PREFIXES:
        ns = PREFIXES[prefix]
        local = iri[len(ns):]
        if iri.startswith(ns) and local and not local.startswith("/"):
            return f"{prefix}:{local}"
    return iri


def _definition(iri: str, coercion: str) -> str | dict[str, str]:
    if coercion == "":
        return _compact(iri)
    if coercion == "@zh":
        return {"@id": _compact(iri), "@language": "zh"}
    return {"@id": _compact(iri), "@type": coercion if coercion == "@id" else _compact(coercion)}


def context() -> dict[str, Any]:
    """The ``@context`` object: prefixes, class names, then property terms with their coercions."""
    ctx: dict[str, Any] = {p: PREFIXES[p] for p in _CONTEXT_PREFIXES}
    ctx.update({c: f"pb:{c}" for c in CLASSES})
    ctx.update({term: _definition(iri, coercion) for term, (iri, coercion) in TERMS.items()})
    return ctx


def context_document() -> str:
    """The published ``ontology/context.jsonld``, byte for byte."""
    return json.dumps({"@context": context()}, ensure_ascii=False, indent=2) + "\n"


def _value(o: Obj, coercion: str | None) -> Any:
    if isinstance(o, str):
        return _compact(o) if coercion == "@id" else {"@id": _compact(o)}
    if coercion == "@zh" and o.lang == "zh":
        return o.lexical
    if coercion == "" and not o.lang and not o.datatype:
        return o.lexical
    if coercion and coercion.startswith(XSD) and o.datatype == coercion and not o.lang:
        return o.lexical
    if o.lang:
        return {"@value": o.lexical, "@language": o.lang}
    if o.datatype:
        return {"@value": o.lexical, "@type": _compact(o.datatype)}
    return {"@value": o.lexical}


def document(kg: KnowledgeGraph) -> dict[str, Any]:
    """The JSON-LD document: the context and one node object per subject, in subject order."""
    nodes: list[dict[str, Any]] = []
    by_subject: dict[str, dict[str, list[Any]]] = {}
    for s, p, o in triples(kg):
        props = by_subject.get(s)
        if props is None:
            props = by_subject[s] = {}
        if p == RDF_TYPE and isinstance(o, str):
            props.setdefault("@type", []).append(_CLASS_TERMS.get(o, _compact(o)))
            continue
        term, coercion = _BY_IRI.get(p, (_compact(p), None))
        props.setdefault(term, []).append(_value(o, coercion))
    for s, props in by_subject.items():
        node: dict[str, Any] = {"@id": _compact(s)}
        for key in sorted(props, key=lambda k: (k != "@type", k)):
            values = props[key]
            node[key] = values[0] if len(values) == 1 else values
        nodes.append(node)
    return {"@context": context(), "@graph": nodes}


def jsonld_text(kg: KnowledgeGraph) -> str:
    return json.dumps(document(kg), ensure_ascii=False, indent=1) + "\n"


def write_jsonld(kg: KnowledgeGraph, path: Path) -> Path:
    return write_atomic(path, jsonld_text(kg))

