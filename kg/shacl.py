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

from kg.errors import KgError, first_line
from kg.graph import KnowledgeGraph
from kg.sparql import XSD_STRING

SHAPES = Path(__file__).resolve().parent / "data" / "shapes.ttl"  # packaged copy of ontology/shapes.ttl
SH = "http://www.w3.org/ns/shacl#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDFS_SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
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
    None: oxigraph, unless the shapes use a feature only pyshacl checks or the
    graph holds what oxigraph would read otherwise (the report's ``note`` then
    says which). Shapes that are not well-formed, or that target nothing,
    raise ``ValidationError`` on either engine.
    """
    if engine not in (None, *ENGINES):
        raise ValidationError(f"unknown SHACL engine {engine!r}: use one of {', '.join(ENGINES)}")
    shapes_path = Path(shapes) if shapes else SHAPES
    shapes_store, reason = _oxigraph_shapes(shapes_path)
    if engine == "pyshacl":
        return _validate_pyshacl(source, shapes_path)
    data, name, changed, checks = None, "graph", None, []
    if reason is None:
        data, name, changed, reason = _oxigraph_data(source)
    if reason is None:
        checks, reason = _compiled(shapes_store, data, shapes_path)
    if reason is None and changed and engine is None:  # SHACL compares terms as written (sh:datatype xsd:int)
        reason = f"{name}: holds the literal {_changed(changed)}"
    if reason is not None:
        if engine == "oxigraph":
            raise ValidationError(f"{reason}, which only pyshacl checks (--engine pyshacl)")
        report = _validate_pyshacl(source, shapes_path)
        report.note = f"{reason}, so pyshacl checked it"
        return report
    note = f"{name}: holds the literal {_changed(changed)}, and was checked in that form" if changed else ""
    return _oxigraph_report(data, checks, name, note, shapes_path)


def _oxigraph_shapes(path: Path) -> tuple[Any, str | None]:
    """The shapes in a pyoxigraph store, or why oxigraph cannot judge with them; an error if they check nothing."""
    from kg.shapequeries import Unsupported

    try:
        store, changed = _oxigraph_store(path, "shapes")
    except Unsupported as exc:  # a term too long for oxigraph's parser
        return None, f"{path}: the shapes hold {exc}"
    _require_targets(store, path)
    return store, f"{path}: the shapes use the literal {_changed(changed)}" if changed else None


def _oxigraph_data(source: Any) -> tuple[Any, str, tuple[Any, Any] | None, str | None]:
    """The graph in a pyoxigraph store, its name, a literal changed on the way in, and why oxigraph cannot judge it."""
    from kg.shapequeries import Unsupported

    try:
        return (*_read_data(source), None)
    except Unsupported as exc:
        name = str(source) if isinstance(source, (str, Path)) else "graph"
        return None, name, None, f"{name}: holds {exc}"


def _compiled(shapes: Any, data: Any, path: Path) -> tuple[list[Any], str | None]:
    """The shapes' checks for this data, or why the compiler cannot make them."""
    from kg.shapequeries import Unsupported, compile_shapes

    subclasses = any(True for _ in data.quads_for_pattern(None, _named(RDFS_SUBCLASS), None))
    try:
        return compile_shapes(shapes, subclasses=subclasses), None
    except Unsupported as exc:
        return [], f"{path}: the shapes use {exc}"


def _oxigraph_report(data: Any, checks: list[Any], name: str, note: str, shapes_path: Path) -> ValidationReport:
    from kg.shapequeries import run, show_term

    try:
        found = run(data, checks)
    except SyntaxError as exc:  # a constraint's own query, compiled as written
        raise ValidationError(f"{shapes_path}: not well-formed SHACL (a SPARQL constraint: "
                              f"{first_line(exc)})") from exc
    label = _named(RDFS_LABEL)
    violations = set()
    for r in found:
        labels = data.quads_for_pattern(r.focus, label, None) if type(r.focus).__name__ != "Literal" else ()
        violations.add(Violation(
            focus=show_term(r.focus), path=r.path, message=r.message,
            value="" if r.value is None or r.value == r.focus else show_term(r.value),
            severity=r.severity, label=min((str(q.object.value) for q in labels), default="")))
    return ValidationReport(conforms=not violations, violations=sorted(violations), source=name, note=note)


def _require_targets(shapes: Any, path: Path) -> None:
    """Shapes that target nothing check nothing: say so rather than report that any graph conforms."""
    from kg.shapequeries import SH, targeted_shapes

    if not targeted_shapes(shapes):
        raise ValidationError(f"{path}: holds no SHACL shape with a target ({SH}targetClass, targetNode, …), "
                              "so it would check nothing")


def _changed(pair: tuple[Any, Any]) -> str:
    from kg.shapequeries import show_term

    written, stored = pair
    return f"{show_term(written)}, which oxigraph stores as {show_term(stored)}"


def _validate_pyshacl(source: Any, shapes_path: Path) -> ValidationReport:
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
    _parse(shapes_graph, shapes_path, "shapes")
    # inplace: validate our graph object itself (no inference runs, so nothing is added to it),
    # so that its cached query parsing is used.
    try:
        conforms, results, _text = shacl_validate(data, shacl_graph=shapes_graph, inference="none", inplace=True,
                                                  abort_on_first=False, allow_warnings=False)
    except Exception as exc:  # pyshacl raises many types for shapes it cannot use (and re.error, AssertionError)
        raise ValidationError(f"{shapes_path}: not well-formed SHACL ({first_line(exc)})") from exc
    if not isinstance(results, rdflib.Graph):  # pyshacl hands back the failure of ill-formed shapes
        raise ValidationError(f"{shapes_path}: not well-formed SHACL ({first_line(results)})")
    violations = sorted(set(_violations(results, data, shapes_graph)))  # one line per distinct problem
    return ValidationReport(conforms=bool(conforms), violations=violations, source=name, engine="pyshacl")


def _named(iri: str) -> Any:
    import pyoxigraph as ox

    return ox.NamedNode(iri)


def _oxigraph_store(source: Path | bytes, what: str, *, name: str = "",
                    syntax: str = "turtle") -> tuple[Any, tuple[Any, Any] | None]:
    """RDF in a pyoxigraph store, and a literal oxigraph changed on the way in, if it changed one.

    oxigraph keeps a literal of an XSD datatype it knows in canonical form:
    "01"^^xsd:integer as "1", "5"^^xsd:int as "5"^^xsd:integer. SHACL judges
    terms as written, so the caller must know. Each distinct typed literal
    is read back from a scratch store to find out; reading the triples in
    Python for it makes the load slower than oxigraph's own (2.8 s against
    2.4 s at 544k triples).
    """
    import pyoxigraph as ox

    from kg.shapequeries import Unsupported

    rdf_format = ox.RdfFormat.TURTLE if syntax == "turtle" else ox.RdfFormat.N_TRIPLES
    if isinstance(source, Path):
        _existing(source, what)
        name = str(source)
    typed: set[Any] = set()
    literal, string = ox.Literal, XSD_STRING

    def triples() -> Any:
        if isinstance(source, Path):
            read = ox.parse(path=str(source), format=rdf_format, base_iri=source.resolve().as_uri())
        else:
            read = ox.parse(source, format=rdf_format)
        for t in read:
            o = t.object
            if type(o) is literal and not o.language and o.datatype.value != string:
                typed.add(o)
            yield t

    store = ox.Store()
    try:
        store.bulk_extend(triples())
    except MemoryError as exc:  # oxigraph's parser holds one term in at most 16 MiB; rdflib has no such bound
        raise Unsupported(f"a term longer than oxigraph reads ({first_line(exc)})") from exc
    except (SyntaxError, ValueError, OSError) as exc:
        if not isinstance(source, Path):  # a graph rdflib or kg already holds, which oxigraph reads otherwise
            raise Unsupported(f"a term oxigraph cannot read ({first_line(exc)})") from exc
        raise ValidationError(f"{name}: cannot read {what} as Turtle ({first_line(exc)})") from exc
    return store, _first_changed(typed)


def _existing(path: Path, what: str) -> None:
    if path.is_dir():
        raise ValidationError(f"{path}: is a folder, not a {what} file")
    if not path.is_file():
        raise ValidationError(f"{path}: no such {what} file")


def _first_changed(literals: set[Any]) -> tuple[Any, Any] | None:
    """A literal that a pyoxigraph store keeps in another form, with that form (the first in N-Triples order)."""
    import pyoxigraph as ox

    written = sorted(literals, key=str)
    scratch, p = ox.Store(), ox.NamedNode("urn:kg:literal")
    scratch.bulk_extend(ox.Quad(ox.NamedNode(f"urn:kg:{i}"), p, o) for i, o in enumerate(written))
    changed = sorted((int(q.subject.value[7:]), q.object) for q in scratch
                     if q.object != written[int(q.subject.value[7:])])
    return (written[changed[0][0]], changed[0][1]) if changed else None


def _read_data(source: Any) -> tuple[Any, str, tuple[Any, Any] | None]:
    """The graph to validate in a pyoxigraph store, its name for the report, and a literal changed on the way."""
    import sys

    if isinstance(source, KnowledgeGraph):
        store, changed = _oxigraph_store(source.turtle().encode("utf-8"), "graph", name="graph")
        return store, "graph", changed
    rdflib = sys.modules.get("rdflib")  # an rdflib Graph can only come from a program that imported rdflib
    if rdflib is not None and isinstance(source, rdflib.Graph):
        store, changed = _oxigraph_store(source.serialize(format="nt", encoding="utf-8"), "graph", name="graph",
                                         syntax="nt")
        return store, "graph", changed
    path = Path(source)
    store, changed = _oxigraph_store(path, "graph")
    return store, str(path), changed



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
    _existing(path, what)
    try:
        graph.parse(str(path), format="turtle")
    except Exception as exc:  # rdflib's parsers raise many unrelated exception types
        raise ValidationError(f"{path}: cannot read {what} as Turtle ({first_line(exc)})") from exc


def _show(term: Any) -> str:
    """An rdflib term as ``kg.shapequeries.show_term`` shows a pyoxigraph one, so both engines' reports match."""
    from rdflib import Literal, URIRef

    from kg.results import compact

    if term is None:
        return ""
    if isinstance(term, Literal):
        if term.language:
            return f'"{term}"@{term.language.lower()}'
        datatype = str(term.datatype) if term.datatype else XSD_STRING
        return f'"{term}"' if datatype == XSD_STRING else f'"{term}"^^{compact(datatype)}'
    return compact(str(term)) if isinstance(term, URIRef) else "[]"


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


def _violations(results: Any, data: Any, shapes: Any) -> list[Violation]:
    from rdflib import RDFS, Namespace

    from kg.shapequeries import default_message

    sh = Namespace(SH)
    out = []
    # the report's own results: pyshacl also types the nested results of sh:node (sh:detail) as ValidationResults
    for result in results.objects(None, sh.result):
        focus = results.value(result, sh.focusNode)
        value = results.value(result, sh.value)
        messages = sorted(str(m) for m in results.objects(result, sh.resultMessage))
        shape = results.value(result, sh.sourceShape)
        constraint = results.value(result, sh.sourceConstraint)
        if (shape, sh.message, None) not in shapes and (constraint is None or (constraint, sh.message, None)
                                                        not in shapes):
            messages = [_default_message(results.value(result, sh.sourceConstraintComponent), shape, shapes)]
        severity = results.value(result, sh.resultSeverity)
        labels = sorted(str(x) for x in data.objects(focus, RDFS.label)) if focus is not None else []
        out.append(Violation(
            focus=_show(focus),
            path=_show_path(results, results.value(result, sh.resultPath)),
            message=messages[0] if messages else default_message("sparql", []),
            value="" if value == focus else _show(value),
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            label=labels[0] if labels else "",
        ))
    return out


def _default_message(component: Any, shape: Any, shapes: Any) -> str:
    """``kg.shapequeries.default_message`` for a pyshacl result whose shape has no message of its own."""
    from rdflib import BNode, URIRef

    from kg.shapequeries import default_message

    name = str(component).rsplit("#", 1)[-1].removesuffix("ConstraintComponent")
    name = "sparql" if name == "SPARQL" else name[:1].lower() + name[1:]
    parameters = [_show(o) for o in shapes.objects(shape, URIRef(SH + name)) if not isinstance(o, BNode)]
    return default_message(name, parameters)
