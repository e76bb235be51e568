"""N-Triples export: the Turtle writer's sorted triples, one per line, no prefixes.

N-Triples is what bulk loaders (oxigraph, Jena ``tdbloader``, Virtuoso,
``rapper``) stream fastest, and line-oriented, so ``sort``/``diff``/``grep``
work on it. It is written from the same sorted triple list as the Turtle
(``kg.turtle.triples``) by our own code, not by a serializer, so the two
exports always hold the same graph and the bytes depend on the input only.
"""

from __future__ import annotations

from pathlib import Path

from kg.atomic import write_atomic
from kg.graph import KnowledgeGraph
from kg.turtle import Obj, Triple, escape_literal, iri_ref, triples


def nt_object(o: Obj) -> str:
    """One object in N-Triples syntax (datatypes always written out, never abbreviated)."""
    if isinstance(o, str):
        return iri_ref(o)
    body = f'"{escape_literal(o.lexical)}"'
    if o.lang:
        return f"{body}@{o.lang}"
    if o.datatype:
        return f"{body}^^{iri_ref(o.datatype)}"
    return body


def serialize(ts: list[Triple]) -> str:
    return "".join(f"{iri_ref(s)} {iri_ref(p)} {nt_object(o)} .\n" for s, p, o in ts)


def ntriples_text(kg: KnowledgeGraph) -> str:
    return serialize(triples(kg))


def write_ntriples(kg: KnowledgeGraph, path: Path) -> Path:
    return write_atomic(path, ntriples_text(kg))


__all__ = ["nt_object", "ntriples_text", "serialize", "write_ntriples"]
