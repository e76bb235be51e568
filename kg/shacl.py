"""SHACL validation of an export against ``ontology/shapes.ttl``, with a report people can read.

Two engines give the same report. By default each constraint of the shapes is
compiled into one SPARQL query that oxigraph runs over the whole graph
(``kg.shapequeries``): seconds where pyshacl, validating node by node over
rdflib, takes minutes (a 544k-triple export: past five minutes). pyshacl,
the reference implementation, checks shapes that use a SHACL feature the
compiler does not translate, and is there on request (``engine="pyshacl"``).

Either way the report is one line per violation — the node (with its label),
the property, the offending value and the shape's own message — sorted, so
two runs over the same graph print the same report. ``kg validate`` prints
``ValidationReport.text()`` and exits 1 when the graph does not conform.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.graph import KnowledgeGraph

SHAPES = Path(__file__).resolve().parent / "data" / "shapes.ttl"  # packaged copy of ontology/shapes.ttl
SH = "http://www.w3.org/ns/shacl#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
ENGINES = ("oxigraph", "pyshacl")


class ValidationError(KgError):
    """The graph or the shapes could not be read, so nothing was validated."""


@dataclass(frozen=True, order=True)
class Violation:
    focus: str  # the node that breaks a shape, compacted (pbr:place/350103)
    path: str  # the property, compacted, or "" for a node-level constraint
    message: str
    value: str = ""
    severity: str = "Violation"
    label: str = ""  # rdfs:label of the focus node, if it has one

    def line(self) -> str:
        who = f"{self.focus} ({self.label})" if self.label else self.focus
        where = f" {self.path}:" if self.path else ":"
        value = f" [value: {self.value}]" if self.value else ""
        return f"{self.severity}: {who}{where} {self.message}{value}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    source: str = ""
    engine: str = "oxigraph"
    note: str = ""  # why the engine is not the one asked for, if it is not

    def text(self) -> str:
        if self.conforms:
            return f"{self.source}: conforms to the SHACL shapes\n"
        lines = [v.line() for v in self.violations]
        head = f"{self.source}: does not conform: {len(self.violations)} violation(s)"
        return "\n".join([head, *lines]) + "\n"


def validate(source: Any, *, shapes: str | Path | None = None, engine: str | None = None) -> ValidationReport:
    """Check a graph against the SHACL shapes; never raises on a violation.

    ``source`` is a Turtle file, a built ``KnowledgeGraph`` or an rdflib ``Graph``
    (which is copied, never changed). ``engine`` is "oxigraph", "pyshacl", or
    None: oxigraph, unless the shapes use a feature only pyshacl checks (the
    report's ``note`` then says which).
    """
    from kg.shapequeries import Unsupported, compile_shapes, run

    if engine not in (None, *ENGINES):
        raise ValidationError(f"unknown SHACL engine {engine!r}: use one of {', '.join(ENGINES)}")
    if engine == "pyshacl":
        return _validate_pyshacl(source, shapes)
    shapes_path = Path(shapes) if shapes else SHAPES
    shapes_store = _load_oxigraph(shapes_path, "shapes")
    data, name = _data_oxigraph(source)
    subclasses = any(True for _ in data.quads_for_pattern(None, _named("http://www.w3.org/2000/01/rdf-schema#"
                                                                         "subClassOf"), None))
    try:
        checks = compile_shapes(shapes_store, subclasses=subclasses)
    except Unsupported as exc:
        if engine == "oxigraph":
            raise ValidationError(f"{shapes_path}: the shapes use {exc}, which only pyshacl checks "
                                  "(engine pyshacl)") from exc
        report = _validate_pyshacl(source, shapes)
        report.note = f"{shapes_path}: the shapes use {exc}, so pyshacl checked them"
        return report
    label = _named(RDFS_LABEL)
    violations = set()
    for r in run(data, checks):
        labels = data.quads_for_pattern(r.focus, label, None) if type(r.focus).__name__ != "Literal" else ()
        violations.add(Violation(
            focus=_show_oxigraph(r.focus), path=r.path, message=r.message,
            value="" if r.value is None or r.value == r.focus else _show_oxigraph(r.value),
            severity=r.severity, label=min((str(q.object.value) for q in labels), default="")))
    return ValidationReport(conforms=not violations, violations=sorted(violations), source=name)


def _validate_pyshacl(source: Any, shapes: str | Path | None) -> ValidationReport:
    """The reference engine: pyshacl over rdflib, node by node."""
    import rdflib
    from pyshacl import validate as shacl_validate

    data = _query_caching_graph()
    if isinstance(source, KnowledgeGraph):
        name = "graph"
        data.parse(data=source.turtle(), format="turtle")
    elif isinstance(source, rdflib.Graph):
        name = "graph"
        for triple in source:
            data.add(triple)
    else:
        path = Path(source)
        name = str(path)
        _parse(data, path, "graph")
    shapes_graph = rdflib.Graph()
    _parse(shapes_graph, Path(shapes) if shapes else SHAPES, "shapes")
    # inplace: validate our graph object itself (no inference runs, so nothing is added to it),
    # so that its cached query parsing is used.
    conforms, results, _text = shacl_validate(data, shacl_graph=shapes_graph, inference="none", inplace=True,
                                              abort_on_first=False, allow_warnings=False)
    violations = sorted(set(_violations(results, data)))  # one line per distinct problem
    return ValidationReport(conforms=bool(conforms), violations=violations, source=name, engine="pyshacl")


def _named(iri: str) -> Any:
    import pyoxigraph as ox

    return ox.NamedNode(iri)


def _load_oxigraph(path: Path, what: str) -> Any:
    import pyoxigraph as ox

    if not path.is_file():
        raise ValidationError(f"{path}: no such {what} file")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri())
    except (SyntaxError, ValueError, OSError) as exc:
        raise ValidationError(f"{path}: cannot read {what} as Turtle ({_first_line(exc)})") from exc
    return store


def _data_oxigraph(source: Any) -> tuple[Any, str]:
    """The graph to validate in a pyoxigraph store, and its name for the report."""
    import sys

    import pyoxigraph as ox

    if isinstance(source, KnowledgeGraph):
        store = ox.Store()
        store.bulk_load(source.turtle().encode("utf-8"), format=ox.RdfFormat.TURTLE)
        return store, "graph"
    rdflib = sys.modules.get("rdflib")  # an rdflib Graph can only come from a program that imported rdflib
    if rdflib is not None and isinstance(source, rdflib.Graph):
        store = ox.Store()
        store.bulk_load(source.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        return store, "graph"
    path = Path(source)
    return _load_oxigraph(path, "graph"), str(path)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _show_oxigraph(term: Any) -> str:
    """A pyoxigraph term as ``_show`` writes an rdflib one."""
    from kg.results import compact

    kind = type(term).__name__
    if kind == "NamedNode":
        return compact(term.value)
    if kind == "BlankNode":
        return f"_:{term.value}"
    if kind == "Literal":
        if term.language:
            return f'"{term.value}"@{term.language}'
        datatype = term.datatype.value
        return f'"{term.value}"' if datatype == XSD_STRING else f'"{term.value}"^^{compact(datatype)}'
    return str(term)


def _query_caching_graph() -> Any:
    """An rdflib ``Graph`` that parses each distinct SPARQL text once.

    pyshacl runs every SHACL-SPARQL constraint once per focus node, sending the
    same query text each time; parsing it (pyparsing) took three quarters of
    the validation time. Caching the parsed query changes nothing else.
    """
    import rdflib
    from rdflib.plugins.sparql import prepareQuery

    class QueryCachingGraph(rdflib.Graph):
        _prepared: dict[str, Any]

        def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(query_object, str):
                cache = self.__dict__.setdefault("_prepared", {})
                if query_object not in cache:
                    cache[query_object] = prepareQuery(query_object)
                query_object = cache[query_object]
            return super().query(query_object, *args, **kwargs)

    return QueryCachingGraph()


def _parse(graph: Any, path: Path, what: str) -> None:
    if not path.is_file():
        raise ValidationError(f"{path}: no such {what} file")
    try:
        graph.parse(str(path), format="turtle")
    except Exception as exc:  # rdflib's parsers raise many unrelated exception types
        raise ValidationError(f"{path}: cannot read {what} as Turtle ({_first_line(exc)})") from exc


def _show(term: Any) -> str:
    """A term as a reader wants it: ``pbr:place/350103``, ``"台江"@zh``, ``"x"^^xsd:integer``.

    A plain literal and an ``xsd:string`` one are the same in RDF 1.1, and show the same.
    """
    from rdflib import BNode, Literal

    from kg.results import compact

    if term is None:
        return ""
    if isinstance(term, Literal):
        if term.language:
            return f'"{term}"@{term.language}'
        datatype = str(term.datatype) if term.datatype else XSD_STRING
        return f'"{term}"' if datatype == XSD_STRING else f'"{term}"^^{compact(datatype)}'
    if isinstance(term, BNode):
        return f"_:{term}"
    return compact(str(term))


def _show_path(results: Any, path: Any) -> str:
    """``pb:rank``, ``^pb:hasLevel``, ``(pb:a|pb:b)*``: the path as kg.shapequeries shows it."""
    from rdflib import URIRef

    from kg.shapequeries import Unsupported, path_expression

    if path is None:
        return ""
    try:
        return path_expression(path, lambda n, p: results.value(n, URIRef(p)),
                               lambda n: str(n) if isinstance(n, URIRef) else None, shown=True)
    except Unsupported:
        return "(complex path)"


def _violations(results: Any, data: Any) -> list[Violation]:
    from rdflib import RDFS, Namespace

    sh = Namespace(SH)
    out = []
    # the report's own results: pyshacl also types the nested results of sh:node (sh:detail) as ValidationResults
    for result in results.objects(None, sh.result):
        focus = results.value(result, sh.focusNode)
        value = results.value(result, sh.value)
        messages = sorted(str(m) for m in results.objects(result, sh.resultMessage))
        component = results.value(result, sh.sourceConstraintComponent)
        severity = results.value(result, sh.resultSeverity)
        labels = sorted(str(x) for x in data.objects(focus, RDFS.label)) if focus is not None else []
        out.append(Violation(
            focus=_show(focus),
            path=_show_path(results, results.value(result, sh.resultPath)),
            message=messages[0] if messages else (_show(component) or "constraint violated"),
            value="" if value == focus else _show(value),
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            label=labels[0] if labels else "",
        ))
    return out
