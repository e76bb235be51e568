"""GraphML export of the entity network, for Gephi, Cytoscape, yEd and networkx.

The same nodes and edges as ``KnowledgeGraph.networkx``: entities (places,
programs, tiers, organisations, people) and the relations between them
(partOf, implements, subTierOf, hasTier). Every attribute is declared as a
string, because Gephi and Cytoscape disagree on the other GraphML types and
list-valued attributes have no GraphML type at all: lists are joined with
`` | ``. ``label`` carries the Chinese name, which both tools show by default.

Node ids are ``n0``, ``n1`` … in entity-id order (GraphML ids must be XML
name tokens, which our entity ids with ``/`` are not); the full IRI is the
``iri`` attribute. Written by hand, sorted, with characters XML 1.0 cannot
hold removed, so the bytes depend on the graph only.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from kg.atomic import write_atomic
from kg.graph import KnowledgeGraph
from kg.vocab import PREFIXES

NODE_KEYS = ("label", "class", "iri", "adminCode", "altLabels", "documents", "mentions")
EDGE_KEYS = ("label", "relation")
SEPARATOR = " | "

# Characters XML 1.0 does not allow in a document, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("", value))


def graphml_text(kg: KnowledgeGraph) -> str:
    edges = kg.edges()
    # An edge end that is not an entity still becomes a node, as in ``KnowledgeGraph.networkx``.
    loose = sorted({x for s, o, _ in edges for x in (s, o)} - kg.entities.keys())
    ids = {eid: f"n{i}" for i, eid in enumerate([*kg.entities, *loose])}
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ]
    for k in NODE_KEYS:
        out.append(f'  <key id="v_{k}" for="node" attr.name="{k}" attr.type="string"/>')
    for k in EDGE_KEYS:
        out.append(f'  <key id="e_{k}" for="edge" attr.name="{k}" attr.type="string"/>')
    out.append('  <graph id="pbkg" edgedefault="directed">')
    for eid, e in kg.entities.items():
        attrs = {
            "label": e.label,
            "class": e.cls,
            "iri": PREFIXES["pbr"] + eid,
            "adminCode": e.code or "",
            "altLabels": SEPARATOR.join(sorted(e.alt_labels)),
            "documents": SEPARATOR.join(sorted(e.documents)),
            "mentions": str(e.mentions),
        }
        out.append(f"    <node id={quoteattr(ids[eid])}>")
        out += [f'      <data key="v_{k}">{_text(v)}</data>' for k, v in attrs.items() if v]
        out.append("    </node>")
    for eid in loose:
        out.append(f"    <node id={quoteattr(ids[eid])}>")
        out.append(f'      <data key="v_iri">{_text(PREFIXES["pbr"] + eid)}</data>')
        out.append("    </node>")
    for i, (s, o, rel) in enumerate(edges):
        out.append(f'    <edge id="e{i}" source="{ids[s]}" target="{ids[o]}">')
        out.append(f'      <data key="e_label">{_text(rel)}</data>')
        out.append(f'      <data key="e_relation">{_text(rel)}</data>')
        out.append("    </edge>")
    out += ["  </graph>", "</graphml>"]
    return "\n".join(out) + "\n"


def write_graphml(kg: KnowledgeGraph, path: Path) -> Path:
    return write_atomic(path, graphml_text(kg))


__all__ = ["graphml_text", "write_graphml"]
