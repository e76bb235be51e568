"""SPARQL over an export or a built graph, on pyoxigraph (fast) or rdflib.

Queries are read-only unless the caller asks otherwise: an UPDATE is refused,
so a saved query can never change the data it reads. With ``allow_update`` an
UPDATE is applied to the graph *file* and the changed graph is written back
(atomically); a built ``KnowledgeGraph`` is never changed by SPARQL.

Results keep the RDF type of every value. Each value is a ``Term``: a ``str``
(so ``row["v"] == "120"`` still holds for callers that only want text) that
also knows whether it is an IRI, a literal or a blank node, and a literal's
datatype and language. The result formats (SPARQL 1.1 JSON, CSV, TSV) are
written from these terms by ``kg.results``, the same way for either engine.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.errors import QueryError, first_line
from kg.graph import KnowledgeGraph

_UPDATE = re.compile(r"^\s*(?:PREFIX\s+\S*\s*<[^>]*>\s*|BASE\s*<[^>]*>\s*)*"
                     r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
_FORM = re.compile(r"^\s*(?:PREFIX\s+\S*\s*<[^>]*>\s*|BASE\s*<[^>]*>\s*)*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
ENGINES = ("oxigraph", "rdflib")

PREFIXES = {
    "pb": "https://w3id.org/pbkg/ontology#",
    "pbr": "https://w3id.org/pbkg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class Term(str):
    """One RDF term of a result: its plain value as a ``str``, plus what kind of term it is.

    ``kind`` is ``"uri"``, ``"literal"`` or ``"bnode"`` (the names SPARQL 1.1
    JSON uses). A simple literal has neither ``datatype`` nor ``lang``
    (``xsd:string`` is dropped, as RDF 1.1 makes the two the same), so terms
    from pyoxigraph and rdflib compare equal.
    """

    kind: str
    datatype: str | None
    lang: str | None

    def __new__(cls, value: str, kind: str = "literal", datatype: str | None = None,
                lang: str | None = None) -> Term:
        self = super().__new__(cls, value)
        self.kind = kind
        self.lang = lang.lower() if lang else None
        self.datatype = None if (datatype in (XSD_STRING, RDF_LANGSTRING) or self.lang) else datatype
        return self

    def __repr__(self) -> str:
        extra = f"@{self.lang}" if self.lang else (f"^^{self.datatype}" if self.datatype else "")
        return f"Term({str(self)!r}, {self.kind}{extra})"

    def key(self) -> tuple[str, str, str, str]:
        """A comparable identity: kind, value, datatype, language (equal terms, equal keys)."""
        return (self.kind, str(self), self.datatype or "", self.lang or "")


class Result(list):  # list[dict[str, Term | None]]
    """The rows of a query (dicts keyed by variable; an unbound variable is ``None``).

    ``form`` is SELECT, ASK, CONSTRUCT or DESCRIBE (or UPDATE after an
    allowed update). ``vars`` lists the variables in the query's order, so a
    result with no rows still has its header. An ASK gives one row
    ``{"result": "true"|"false"}`` and ``boolean``; a CONSTRUCT or DESCRIBE
    gives rows of ``subject``, ``predicate`` and ``object``.
    """

    def __init__(self, rows: list[dict[str, Term | None]] | None = None, *, vars: list[str] | None = None,
                 form: str = "SELECT", boolean: bool | None = None) -> None:
        super().__init__(rows or [])
        self.vars = list(vars or [])
        self.form = form
        self.boolean = boolean

    @property
    def is_graph(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")


def with_prefixes(sparql: str) -> str:
    """Predeclare the vocabulary's prefixes that a query uses but does not declare."""
    declared = {m.lower() for m in re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", sparql)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p not in declared]
    return "\n".join([*lines, sparql])


def _strip_comments(q: str) -> str:
    """Drop comment lines, so a leading ``# question`` does not hide the query form."""
    return re.sub(r"(?m)^\s*#.*$", "", q)


def is_update(sparql: str) -> bool:
    return bool(_UPDATE.match(_strip_comments(sparql)))


def query_form(sparql: str) -> str | None:
    """SELECT, ASK, CONSTRUCT, DESCRIBE or UPDATE, read from the query text (None if unknown)."""
    if is_update(sparql):
        return "UPDATE"
    m = _FORM.match(_strip_comments(sparql))
    return m.group(1).upper() if m else None


# ------------------------------------------------------------------ loading

def load_store(source: KnowledgeGraph | str | Path) -> Any:
    """A pyoxigraph ``Store`` holding the graph; load it once to run many queries (``kg serve``)."""
    import pyoxigraph as ox

    store = ox.Store()
    if isinstance(source, KnowledgeGraph):
        store.load(source.turtle().encode("utf-8"), format=ox.RdfFormat.TURTLE)
        return store
    path = _existing(source)
    try:
        store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"{path}: cannot read as Turtle ({first_line(exc)})") from exc
    return store


def _kept_store(source: str | Path, making: Callable[[Path], None] | None) -> Any | None:
    """The store kept beside a large Turtle file, or None (then the file is parsed, and any error in it said)."""
    from kg.querystore import kept_store

    return kept_store(_existing(source), making=making)


def load_rdflib(source: KnowledgeGraph | str | Path) -> Any:
    """An rdflib ``Graph`` holding the graph (the slower engine, for comparison)."""
    import rdflib

    g = rdflib.Graph()
    if isinstance(source, KnowledgeGraph):
        g.parse(data=source.turtle(), format="turtle")
        return g
    path = _existing(source)
    try:
        g.parse(str(path), format="turtle")
    except Exception as exc:  # rdflib's parsers raise many unrelated exception types
        raise QueryError(f"{path}: cannot read as Turtle ({first_line(exc)})") from exc
    return g


def _existing(source: str | Path) -> Path:
    path = Path(source)
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file")
    return path



# ------------------------------------------------------------------ queries

def query(source: Any, sparql: str, *, engine: str = "oxigraph", allow_update: bool = False,
          keep_store: bool = True, making_store: Callable[[Path], None] | None = None) -> Result:
    """Run SPARQL over a graph file, a ``KnowledgeGraph``, or an already loaded store.

    ``source`` may be a path to Turtle, a ``KnowledgeGraph``, a pyoxigraph
    ``Store`` (from ``load_store``) or an rdflib ``Graph``; the engine follows
    a loaded store. An UPDATE is refused unless ``allow_update``; then it is
    applied to the graph file (see ``update``) and an empty UPDATE result is
    returned. A large Turtle file is queried through the on-disk store kept
    beside it (``kg.querystore``), made by the first query (which calls
    ``making_store`` with its folder first), unless ``keep_store`` is false.
    """
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r} (oxigraph or rdflib)")
    if is_update(sparql):
        if not allow_update:
            raise QueryError("UPDATE refused: queries are read-only (pass --update / allow_update to change the file)")
        if not isinstance(source, (str, Path)):
            raise QueryError("UPDATE needs a graph file; a built graph or a loaded store is not changed")
        update(source, sparql, engine=engine)
        return Result(form="UPDATE")
    full = with_prefixes(sparql)
    if isinstance(source, (str, Path, KnowledgeGraph)):
        if engine == "rdflib":
            return _query_rdflib(load_rdflib(source), full)
        kept = _kept_store(source, making_store) if keep_store and not isinstance(source, KnowledgeGraph) else None
        if kept is None:
            return _query_oxigraph(load_store(source), full)
        try:
            return _query_oxigraph(kept, full)
        except QueryError as exc:
            if isinstance(exc.__cause__, SyntaxError):
                raise
        # the store failed, perhaps by its own fault (damaged, removed meanwhile): the file decides, and
        # raises the query's own error if it has one
        result = _query_oxigraph(load_store(source), full)
        from kg.querystore import drop_store

        drop_store(Path(source))  # the file answered where its store failed: made again by the next query
        return result
    import pyoxigraph as ox

    if isinstance(source, ox.Store):
        return _query_oxigraph(source, full)
    import rdflib

    if isinstance(source, rdflib.Graph):
        return _query_rdflib(source, full)
    raise QueryError(f"cannot query a {type(source).__name__}: give a Turtle file, a KnowledgeGraph, "
                     "a pyoxigraph Store or an rdflib Graph")


def _query_oxigraph(store: Any, sparql: str) -> Result:
    import pyoxigraph as ox

    try:
        result = store.query(sparql)
        if isinstance(result, (bool, ox.QueryBoolean)):
            value = bool(result)
            return Result([{"result": _bool_term(value)}], vars=["result"], form="ASK", boolean=value)
        if isinstance(result, ox.QuerySolutions):  # solutions are computed as they are read: inside the try
            names = [v.value for v in result.variables]
            rows = [{n: _ox_term(sol[n]) for n in names} for sol in result]
            return Result(rows, vars=names)
        rows = [{"subject": _ox_term(t.subject), "predicate": _ox_term(t.predicate), "object": _ox_term(t.object)}
                for t in result]
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {first_line(exc)}") from exc
    except (ValueError, OSError, RuntimeError) as exc:
        raise QueryError(f"SPARQL error: {first_line(exc)}") from exc
    return Result(rows, vars=["subject", "predicate", "object"], form=_graph_form(sparql))


def _ox_term(term: Any) -> Term | None:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term(term.value, "uri")
    if isinstance(term, ox.BlankNode):
        return Term(term.value, "bnode")
    if isinstance(term, ox.Literal):
        return Term(term.value, "literal", term.datatype.value, term.language)
    return Term(str(term), "literal")  # an RDF-star triple term: shown as text


def _query_rdflib(graph: Any, sparql: str) -> Result:
    try:
        result = graph.query(sparql)
    except Exception as exc:  # rdflib raises pyparsing errors of many kinds
        raise QueryError(f"SPARQL error: {first_line(exc)}") from exc
    if result.type == "ASK":
        value = bool(result.askAnswer)
        return Result([{"result": _bool_term(value)}], vars=["result"], form="ASK", boolean=value)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        rows = [{"subject": _rdflib_term(s), "predicate": _rdflib_term(p), "object": _rdflib_term(o)}
                for s, p, o in result.graph]
        return Result(rows, vars=["subject", "predicate", "object"], form=result.type)
    names = [str(v) for v in result.vars]
    rows = [{n: _rdflib_term(row[i]) for i, n in enumerate(names)} for row in result]
    return Result(rows, vars=names)


def _rdflib_term(term: Any) -> Term | None:
    from rdflib import BNode, Literal

    if term is None:
        return None
    if isinstance(term, Literal):
        return Term(str(term), "literal", str(term.datatype) if term.datatype else None, term.language)
    if isinstance(term, BNode):
        return Term(str(term), "bnode")
    return Term(str(term), "uri")


def _bool_term(value: bool) -> Term:
    return Term("true" if value else "false", "literal", XSD + "boolean")


def _graph_form(sparql: str) -> str:
    return "DESCRIBE" if query_form(sparql) == "DESCRIBE" else "CONSTRUCT"


# ------------------------------------------------------------------ updates

def update(path: str | Path, sparql: str, *, engine: str = "oxigraph") -> tuple[int, int]:
    """Apply a SPARQL UPDATE to a Turtle file and write the result back atomically.

    Returns the number of triples before and after. The file is rewritten by
    the engine's own Turtle serializer, so it is no longer byte-identical to
    a ``kg build`` export; that is the price of changing it.
    """
    from kg.atomic import write_atomic

    path = _existing(path)
    full = with_prefixes(sparql)
    if engine == "rdflib":
        g = load_rdflib(path)
        before = len(g)
        try:
            g.update(full)
        except Exception as exc:  # rdflib raises pyparsing errors of many kinds
            raise QueryError(f"SPARQL UPDATE error: {first_line(exc)}") from exc
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns, override=True)
        write_atomic(path, g.serialize(format="turtle"))
        return before, len(g)
    import pyoxigraph as ox

    store = load_store(path)
    before = len(store)
    try:
        store.update(full)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {first_line(exc)}") from exc
    except (ValueError, OSError, RuntimeError) as exc:
        raise QueryError(f"SPARQL UPDATE error: {first_line(exc)}") from exc
    data = store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
    write_atomic(path, data)
    return before, len(store)
