"""SPARQL over an export or a built graph, on pyoxigraph (fast) or rdflib.

Queries are read-only unless the caller asks otherwise: an UPDATE is refused,
so a saved query can never change the data it reads.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from kg.errors import QueryError
from kg.graph import KnowledgeGraph

_UPDATE = re.compile(r"^\s*(?:PREFIX\s+\S*\s*<[^>]*>\s*|BASE\s*<[^>]*>\s*)*"
                     r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)


PREFIXES = {
    "pb": "https://w3id.org/pbkg/ontology#",
    "pbr": "https://w3id.org/pbkg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def with_prefixes(sparql: str) -> str:
    """Predeclare the vocabulary's prefixes that a query uses but does not declare."""
    declared = {m.lower() for m in re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", sparql)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p not in declared]
    return "\n".join([*lines, sparql])


def _strip_comments(q: str) -> str:
    return re.sub(r"(?m)^\s*#.*$", "", q)


def is_update(sparql: str) -> bool:
    return bool(_UPDATE.match(_strip_comments(sparql)))


def _load_store(source: KnowledgeGraph | str | Path):
    import pyoxigraph as ox

    store = ox.Store()
    if isinstance(source, KnowledgeGraph):
        store.load(source.turtle().encode("utf-8"), format=ox.RdfFormat.TURTLE)
    else:
        path = Path(source)
        if not path.is_file():
            raise QueryError(f"{path}: no such graph file")
        try:
            store.load(path=str(path), format=ox.RdfFormat.TURTLE)
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"{path}: cannot read as Turtle ({exc})") from exc
    return store


def _value(term: Any) -> str | None:
    if term is None:
        return None
    return str(getattr(term, "value", term))


def query(source: KnowledgeGraph | str | Path, sparql: str, *, engine: str = "oxigraph",
          allow_update: bool = False) -> list[dict[str, str | None]]:
    """Rows of a SELECT (dicts keyed by variable), or one row {"result": "true"} for ASK."""
    if is_update(sparql) and not allow_update:
        raise QueryError("UPDATE refused: queries are read-only (pass allow_update to change the data)")
    sparql = with_prefixes(sparql)
    if engine == "rdflib":
        return _query_rdflib(source, sparql)
    if engine != "oxigraph":
        raise QueryError(f"unknown engine {engine!r} (oxigraph or rdflib)")
    import pyoxigraph as ox

    store = _load_store(source)
    try:
        result = store.query(sparql)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from exc
    if isinstance(result, bool):
        return [{"result": "true" if result else "false"}]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return [{n: _value(sol[n]) for n in names} for sol in result]
    raise QueryError("CONSTRUCT and DESCRIBE are not supported by kg query; use SELECT or ASK")


def _query_rdflib(source: KnowledgeGraph | str | Path, sparql: str) -> list[dict[str, str | None]]:
    import rdflib

    g = rdflib.Graph()
    if isinstance(source, KnowledgeGraph):
        g.parse(data=source.turtle(), format="turtle")
    else:
        g.parse(str(source), format="turtle")
    try:
        result = g.query(sparql)
    except Exception as exc:  # rdflib raises pyparsing errors of many kinds
        raise QueryError(f"SPARQL error: {exc}") from exc
    if result.type == "ASK":
        return [{"result": "true" if result.askAnswer else "false"}]
    names = [str(v) for v in result.vars]
    return [{n: (None if row[i] is None else str(row[i])) for i, n in enumerate(names)} for row in result]
