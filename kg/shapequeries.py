"""SHACL shapes compiled into SPARQL queries that oxigraph runs over the whole graph at once.

pyshacl validates focus node by focus node in Python over rdflib: 35 s at
62k triples, and 318-352 s at 544k (the 10 MB benchmark corpus's export). Here
each constraint of a shape becomes one SELECT whose rows are its violations,
so a constraint costs one pass over its targets inside oxigraph: 6-7 s for
the same export, and the same report.

The compiler covers the SHACL Core and SHACL-SPARQL that shapes such as
``ontology/shapes.ttl`` use: the four kinds of target and implicit class
targets; predicate, inverse, sequence, alternative and repeated paths; value
type, cardinality, range, string, property-pair and logical constraints;
``sh:node``, nested ``sh:property``, and property shapes inside the shapes
that ``sh:node``, ``sh:or`` and the like name; ``sh:in`` and
``sh:hasValue``; SELECT-based SPARQL constraints. A shapes graph that uses anything else
raises ``Unsupported``, so ``kg.shacl.validate`` hands it to pyshacl and no
constraint is ever silently skipped. tests/test_shapequeries.py holds the
two engines to the same report.

A SPARQL constraint's query is run once for all focus nodes, with the focus
pattern put first in its WHERE group. That is what pre-binding ``$this``
means only where ``$this`` sits in that group, an OPTIONAL directly in it, or
an EXISTS (``kg.sparqltext.prebinding_holds``); other queries, and those whose meaning
would change (LIMIT, OFFSET, aggregates), go to pyshacl.

Where the engines still differ, oxigraph follows the specifications and
pyshacl does not: regular expressions are XPath's (``$`` does not match
before a final newline; the flags ``s``, ``x`` and ``q`` work), lexical forms
are XSD 1.1's (``"1e5"^^xsd:decimal`` is ill-formed, ``"24:00:00"^^xsd:time``
is not), and a comparison SPARQL cannot make (text against a number, a date
with a time zone against one without) is a violation, as SHACL says. Blank
nodes are shown as ``[]`` on both sides, but a message naming one (``{?x}``)
carries each engine's own label.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

from kg.sparqltext import NOT_PER_FOCUS, anti_joined, blanked, prebinding_holds

SH = "http://www.w3.org/ns/shacl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = RDF + "type"
OWL_CLASS = "http://www.w3.org/2002/07/owl#Class"

# XSD datatypes whose lexical forms oxigraph checks when casting: a literal of one of them is
# well-formed if it casts. (Others, e.g. xsd:string or xsd:anyURI, count as well-formed.)
_CASTABLE = frozenset(XSD + t for t in ("boolean", "integer", "decimal", "float", "double", "date", "dateTime",
                                        "time", "duration", "dayTimeDuration", "yearMonthDuration"))
_NODE_KINDS = {
    "IRI": "isIRI({v})", "BlankNode": "isBlank({v})", "Literal": "isLiteral({v})",
    "BlankNodeOrIRI": "!isLiteral({v})", "BlankNodeOrLiteral": "!isIRI({v})", "IRIOrLiteral": "!isBlank({v})",
}
_COMPARISONS = {"minInclusive": ">=", "minExclusive": ">", "maxInclusive": "<=", "maxExclusive": "<"}
# Constraints on each value node, which compile to a boolean expression of it.
_VALUE_TESTS = frozenset({"class", "datatype", "nodeKind", *_COMPARISONS, "minLength", "maxLength", "pattern",
                          "languageIn", "in", "node", "not", "and", "or", "xone"})
_ANNOTATIONS = frozenset({"message", "severity", "deactivated", "name", "description", "order", "group",
                          "defaultValue", "flags", "declare", "prefixes"})
_TARGETS = frozenset({"targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf"})
_SHAPE_KEYS = _VALUE_TESTS | _ANNOTATIONS | _TARGETS | {"path", "property", "sparql", "minCount", "maxCount",
                                                       "hasValue", "equals", "disjoint", "lessThan",
                                                       "lessThanOrEquals"}
_SPARQL_KEYS = frozenset({"select", "message", "prefixes", "deactivated", "severity"})
class Unsupported(Exception):
    """The shapes use a SHACL feature this compiler does not translate (pyshacl then validates them)."""


_FOCUS = "\x00focus\x00"  # where a check's query binds ?this to its focus nodes, until they are known


@dataclass(frozen=True)
class Check:
    """One constraint of one shape as a SELECT whose rows are its violations.

    Rows bind ``?this`` (the focus node) and, where there is one, ``?value``.
    A SPARQL-based check's rows may also bind ``?path`` and the variables its
    messages name as ``{?var}``. The query is kept in two pieces around its
    focus pattern, so that shapes sharing a constraint (ten node shapes share
    the label's property shape) run it once, over the union of their foci.
    """

    before: str
    after: str
    path: str  # the shape's path as shown (pb:rank, ^pb:hasLevel), "" for a node shape
    messages: tuple[str, ...]
    severity: str  # Violation, Warning or Info
    sparql: bool = False
    default_value: bool = False  # a row without ?value reports the focus node as its value
    foci: tuple[str, ...] = ()  # group-pattern elements that bind ?this; their union is the focus

    @property
    def query(self) -> str:
        if len(self.foci) == 1:
            focus = self.foci[0]
        else:
            focus = _union(self.foci)
        return self.before + focus + self.after

    def key(self) -> tuple[object, ...]:
        return (self.before, self.after, self.path, self.messages, self.severity, self.sparql, self.default_value)


def _union(patterns: Iterable[str]) -> str:
    """A group-pattern element binding ``?this`` once to each node any of ``patterns`` binds it to."""
    return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(f"{{ {p} }}" for p in patterns) + " } }"


def _check(query: str, path: str, messages: tuple[str, ...], severity: str, **kw: bool) -> Check:
    before, found, after = query.partition(_FOCUS)
    if not found or _FOCUS in after:
        raise Unsupported("a query holding a NUL character")
    return Check(before, after, path, messages, severity, **kw)


@dataclass(frozen=True)
class Result:
    """One violation as the engine found it: RDF terms, not yet text."""

    focus: Any
    path: str
    message: str
    value: Any
    severity: str


class _Shapes:
    """Read access to the shapes graph (a pyoxigraph ``Store``) by IRI strings."""

    def __init__(self, store: Any) -> None:
        import pyoxigraph as ox

        self.store, self.ox = store, ox

    def objects(self, s: Any, p: str) -> list[Any]:
        if isinstance(s, self.ox.Literal):  # where a shape or a list belongs: ill-formed, and nothing to read
            return []
        return sorted((q.object for q in self.store.quads_for_pattern(s, self.ox.NamedNode(p), None)), key=str)

    def one(self, s: Any, p: str) -> Any | None:
        found = self.objects(s, p)
        return found[0] if found else None

    def subjects(self, p: str, o: Any = None) -> list[Any]:
        return sorted({q.subject for q in self.store.quads_for_pattern(None, self.ox.NamedNode(p), o)}, key=str)

    def predicates(self, s: Any) -> set[str]:
        if isinstance(s, self.ox.Literal):
            raise Unsupported(f"the literal {s} where a shape belongs")
        return {q.predicate.value for q in self.store.quads_for_pattern(s, None, None)}

    def items(self, node: Any) -> list[Any]:
        """The members of an RDF list."""
        return _list(node, self.one, lambda n: n.value if isinstance(n, self.ox.NamedNode) else None)

    def deactivated(self, s: Any) -> bool:
        flag = self.one(s, SH + "deactivated")
        return flag is not None and getattr(flag, "value", "") in ("true", "1")


def _targeted(g: _Shapes) -> tuple[set[Any], set[Any]]:
    """The shapes with targets, and those among them that are classes (their instances are their targets)."""
    shapes = {s for t in _TARGETS for s in g.subjects(SH + t)}
    classes = {*g.subjects(RDF_TYPE, g.ox.NamedNode(RDFS + "Class")),  # owl:Class too, as pyshacl reads it
               *g.subjects(RDF_TYPE, g.ox.NamedNode(OWL_CLASS))}
    implicit = classes & ({*g.subjects(RDF_TYPE, g.ox.NamedNode(SH + "NodeShape")),
                          *g.subjects(RDF_TYPE, g.ox.NamedNode(SH + "PropertyShape"))})
    return shapes | implicit, implicit


def targeted_shapes(shapes: Any) -> set[Any]:
    """The shapes of a shapes graph (a pyoxigraph ``Store``) that have targets: what validation checks."""
    g = _Shapes(shapes)
    return _targeted(g)[0] | set(g.subjects(SH + "target"))


def compile_shapes(shapes: Any, *, subclasses: bool) -> list[Check]:
    """The checks of every targeted shape; ``subclasses`` says whether the data has rdfs:subClassOf to follow."""
    return _Compiler(_Shapes(shapes), subclasses).checks()


class _Compiler:
    def __init__(self, shapes: _Shapes, subclasses: bool) -> None:
        self.g = shapes
        self.type_path = f"<{RDF_TYPE}>/<{RDFS}subClassOf>*" if subclasses else f"<{RDF_TYPE}>"
        self.subclasses = subclasses
        self.fresh = 0

    def var(self) -> str:
        self.fresh += 1
        return f"?kg_{self.fresh}"

    def checks(self) -> list[Check]:
        g = self.g
        if g.subjects(RDF_TYPE, g.ox.NamedNode(SH + "ConstraintComponent")):
            raise Unsupported("custom constraint components")
        if g.subjects(SH + "target"):
            raise Unsupported("sh:target (SPARQL-based targets)")
        shapes, implicit = _targeted(g)
        merged: dict[tuple[object, ...], list[Check]] = {}
        for shape in sorted(shapes, key=str):
            if not g.deactivated(shape):
                self.fresh = 0  # a constraint shared by shapes gets the same text in each, so it is merged
                focus = self.focus(shape, implicit_class=shape in implicit)
                for c in self.shape(shape, _FOCUS, ()):
                    merged.setdefault(c.key(), []).append(replace(c, foci=(focus,)))
        return [replace(cs[0], foci=tuple(sorted({f for c in cs for f in c.foci})))
                for cs in merged.values()]

    # -------------------------------------------------------------- focus nodes

    def focus(self, shape: Any, *, implicit_class: bool) -> str:
        """A group-pattern element binding ``?this`` to each focus node once, and no other variable."""
        g = self.g
        classes = g.objects(shape, SH + "targetClass") + ([shape] if implicit_class else [])
        parts = [f"?this {self.type_path} {_term(c)} ." for c in classes]
        parts += [f"VALUES ?this {{ {_term(n)} }}" for n in g.objects(shape, SH + "targetNode")]
        parts += [f"?this {_term(p)} ?kg_o ." for p in g.objects(shape, SH + "targetSubjectsOf")]
        parts += [f"?kg_s {_term(p)} ?this ." for p in g.objects(shape, SH + "targetObjectsOf")]
        if len(parts) == 1 and classes and not self.subclasses:
            return parts[0]
        return _union(parts)

    # -------------------------------------------------------------- shapes

    def shape(self, shape: Any, focus: str, stack: tuple[Any, ...]) -> list[Check]:
        g = self.g
        if shape in stack:
            raise Unsupported(f"a shape that reaches itself through sh:property ({_shown(shape)})")
        self.known(shape, _SHAPE_KEYS, "the shape")
        path_node = g.one(shape, SH + "path")
        path = self.path(path_node) if path_node is not None else ""
        nullable = path_node is not None and self.nullable(path_node)
        values = self.reach("?this", path, nullable, "?value") if path else "BIND (?this AS ?value)"
        shown = self.path_text(path_node) if path_node is not None else ""
        messages = tuple(sorted(str(m.value) for m in g.objects(shape, SH + "message")))
        severity_node = g.one(shape, SH + "severity")
        severity = severity_node.value.rsplit("#", 1)[-1] if severity_node is not None else "Violation"

        def check(query: str, *, name: str = "", **kw: bool) -> Check:
            """The check of one query; without a message of the shape's own, it names constraint ``name``."""
            if messages:
                return _check(query, shown, messages, severity, **kw)
            parameters = [show_term(o) for o in g.objects(shape, SH + name) if not isinstance(o, g.ox.BlankNode)]
            return _check(query, shown, (default_message(name, parameters),), severity, **kw)

        # The checks of one shape share its path, message and severity, so its value tests (all kept by a
        # value node, or it is reported) run as one query, and its counts as another. Without a message of
        # its own, each constraint is named in its violations, so each is a query of its own.
        out: list[Check] = []
        tests: dict[str, list[str]] = {}
        counts: dict[str, list[str]] = {}
        for pred in sorted(g.predicates(shape)):
            name = pred[len(SH):] if pred.startswith(SH) else ""
            for obj in g.objects(shape, pred) if name else ():
                if name in _VALUE_TESTS:
                    tests.setdefault(name, []).append(self.test(name, obj, "?value", shape))
                elif name in ("minCount", "maxCount"):
                    if not path:
                        raise Unsupported(f"sh:{name} on a node shape ({_shown(shape)})")
                    op = "<" if name == "minCount" else ">"
                    counts.setdefault(name, []).append(f"COUNT(DISTINCT ?value) {op} {_integer(obj)}")
                elif name == "hasValue":
                    if path:
                        x, itself = self.var(), f"sameTerm(?this, {_term(obj)}) || " if nullable else ""
                        out.append(check(f"SELECT DISTINCT ?this WHERE {{ {focus} FILTER (!({itself}EXISTS "
                                         f"{{ ?this {path} {x} FILTER (sameTerm({x}, {_term(obj)})) }})) }}",
                                         name=name))
                    else:
                        tests.setdefault(name, []).append(f"sameTerm(?value, {_term(obj)})")
                elif name in ("equals", "disjoint", "lessThan", "lessThanOrEquals"):
                    out += [check(q, name=name) for q in self.pair(name, _iri(obj), focus, values, path, nullable)]
                elif name == "property":
                    if g.deactivated(obj):
                        continue
                    inner = focus if not path else self.values_as_focus(focus, path, nullable)
                    out += self.shape(obj, inner, (*stack, shape))
                elif name == "sparql":
                    if not g.deactivated(obj):
                        out.append(self.sparql(obj, focus, path, shown, messages, severity))
        counted = values if nullable else f"OPTIONAL {{ {values} }}"  # a nullable path reaches the focus node

        def value_query(kept: str) -> str:
            return f"SELECT DISTINCT ?this ?value WHERE {{ {focus} {values} FILTER (!({kept})) }}"

        def count_query(broken: str) -> str:
            return f"SELECT ?this WHERE {{ {focus} {counted} }} GROUP BY ?this HAVING ({broken})"

        for make, found, join in ((value_query, tests, " && "), (count_query, counts, " || ")):
            if messages and found:
                out.append(check(make(join.join(t for ts in found.values() for t in ts))))
            elif found:
                out += [check(make(join.join(ts)), name=name) for name, ts in found.items()]
        return out

    def known(self, node: Any, keys: frozenset[str], what: str) -> None:
        unknown = sorted(p for p in self.g.predicates(node) if p.startswith(SH) and p[len(SH):] not in keys)
        if unknown:
            raise Unsupported(f"sh:{unknown[0][len(SH):]} (in {what} {_shown(node)})")

    def reach(self, subject: str, path: str, nullable: bool, obj: str) -> str:
        """A pattern binding ``obj`` to each node ``path`` reaches from ``subject`` (bound before it).

        A path that can have length zero reaches its start even where that node
        is absent from the graph (a target node, a literal), which oxigraph's
        ``p*`` does not find: the start is added by hand.
        """
        if not nullable:
            return f"{subject} {path} {obj} ."
        reached, start = self.var(), self.var()
        return (f"{{ {subject} {path} {reached} }} UNION {{ BIND (1 AS {start}) }} "
                f"BIND (COALESCE({reached}, {subject}) AS {obj})")

    def nullable(self, node: Any) -> bool:
        """Whether a SHACL path matches with length zero (then it reaches its start)."""
        g = self.g
        if isinstance(node, g.ox.NamedNode):
            return False
        if g.one(node, RDF + "first") is not None:
            return all(self.nullable(n) for n in g.items(node))
        if g.one(node, SH + "zeroOrMorePath") is not None or g.one(node, SH + "zeroOrOnePath") is not None:
            return True
        for key in ("inversePath", "oneOrMorePath"):
            inner = g.one(node, SH + key)
            if inner is not None:
                return self.nullable(inner)
        alternatives = g.one(node, SH + "alternativePath")
        return alternatives is not None and any(self.nullable(n) for n in g.items(alternatives))

    def values_as_focus(self, focus: str, path: str, nullable: bool) -> str:
        """The value nodes of a property shape as the focus nodes of the shapes nested in it."""
        outer = self.var()
        return (f"{{ SELECT DISTINCT ?this WHERE {{ {{ SELECT (?this AS {outer}) WHERE {{ {focus} }} }} "
                f"{self.reach(outer, path, nullable, '?this')} }} }}")

    def pair(self, name: str, other: str, focus: str, values: str, path: str, nullable: bool) -> list[str]:
        """Property-pair constraints: the shape's values against the focus node's values of ``other``."""
        head = f"SELECT DISTINCT ?this ?value WHERE {{ {focus} "
        if name == "disjoint":
            return [f"{head}{values} ?this <{other}> ?value . }}"]
        if name == "equals":
            if not path:
                mine = "sameTerm(?this, ?value)"
            else:
                mine = ("sameTerm(?this, ?value) || " if nullable else "") + f"EXISTS {{ ?this {path} ?value }}"
            return [f"{head}{values} FILTER NOT EXISTS {{ ?this <{other}> ?value }} }}",
                    f"{head}?this <{other}> ?value . FILTER (!({mine})) }}"]
        op, o = "<" if name == "lessThan" else "<=", self.var()
        return [f"{head}{values} ?this <{other}> {o} . FILTER (!COALESCE(?value {op} {o}, false)) }}"]

    def sparql(self, node: Any, focus: str, path: str, shown: str, messages: tuple[str, ...],
               severity: str) -> Check:
        g = self.g
        self.known(node, _SPARQL_KEYS, "the SPARQL constraint")
        select = g.one(node, SH + "select")
        if select is None:
            raise Unsupported(f"a SPARQL constraint without sh:select ({_shown(node)})")
        text = str(select.value)
        code = blanked(text)  # the query with its strings, IRIs and comments blanked, offsets kept
        declared = re.match(r"\s*(?:(?:PREFIX\s+[\w.-]*:|BASE)\s+)*", code, re.I)
        start = declared.end() if declared else 0
        if NOT_PER_FOCUS.search(code):
            raise Unsupported(f"a SPARQL constraint with LIMIT, OFFSET, aggregates, SERVICE, MINUS or VALUES "
                              f"({_shown(node)})")
        head = re.compile(r"\s*SELECT\s+((?:DISTINCT|REDUCED)\s+)?([^{]*?)\s*(?:WHERE\s*)?\{", re.I | re.S
                          ).match(code, start)
        if head is None:
            raise Unsupported(f"a SPARQL constraint that is not a SELECT ({_shown(node)})")
        if not prebinding_holds(code[head.end():]):
            raise Unsupported(f"a SPARQL constraint naming $this where running it for all focus nodes at once "
                              f"would change its answer (a nested group, a union, a subquery) ({_shown(node)})")
        projection = text[head.start(2):head.end(2)]
        if projection != "*" and not re.search(r"[?$]this\b", projection):  # SHACL says it must
            raise Unsupported(f"a SPARQL constraint whose SELECT does not name $this ({_shown(node)})")
        body = anti_joined(text[head.end():], code[head.end():])
        if path:
            body = body.replace("$PATH", path)
        elif "$PATH" in body:
            raise Unsupported(f"$PATH in a SPARQL constraint of a node shape ({_shown(node)})")
        prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in self.prefixes(node)) + text[:start]
        query = f"{prefixes}SELECT {head.group(1) or ''}{projection} WHERE {{ {focus} {body}"
        own = {str(m.value) for m in g.objects(node, SH + "message")}
        said = tuple(sorted({*messages, *own})) or (default_message("sparql", []),)
        return _check(query, shown, said, severity, sparql=True, default_value=not path)

    def prefixes(self, node: Any) -> list[tuple[str, str]]:
        g = self.g
        found = {}
        for where in g.objects(node, SH + "prefixes"):
            for declared in g.objects(where, SH + "declare"):
                prefix, ns = g.one(declared, SH + "prefix"), g.one(declared, SH + "namespace")
                if prefix is not None and ns is not None:
                    found[str(prefix.value)] = str(ns.value)
        return sorted(found.items())

    # -------------------------------------------------------------- value tests

    def test(self, name: str, obj: Any, v: str, shape: Any, stack: tuple[Any, ...] = ()) -> str:
        """A constraint on one value node ``v`` as a SPARQL expression that is never an error.

        ``stack`` holds the shapes that led here, so a shape that names itself is refused, not followed.
        """
        g = self.g
        if name == "class":
            return f"EXISTS {{ {v} {self.type_path} {_term(obj)} }}"
        if name == "datatype":
            dt = _iri(obj)
            if dt == RDF + "langString":
                return f'COALESCE(isLiteral({v}) && lang({v}) != "", false)'
            well_formed = f" && isLiteral(<{dt}>(STR({v})))" if dt in _CASTABLE else ""
            return f"COALESCE(isLiteral({v}) && sameTerm(datatype({v}), <{dt}>){well_formed}, false)"
        if name == "nodeKind":
            kind = _iri(obj)[len(SH):] if _iri(obj).startswith(SH) else ""
            if kind not in _NODE_KINDS:
                raise Unsupported(f"sh:nodeKind {_shown(obj)}")
            return _NODE_KINDS[kind].format(v=v)
        if name in _COMPARISONS:
            return f"COALESCE({v} {_COMPARISONS[name]} {_term(obj)}, false)"
        if name in ("minLength", "maxLength"):
            op = ">=" if name == "minLength" else "<="
            return f"COALESCE(!isBlank({v}) && STRLEN(STR({v})) {op} {_integer(obj)}, false)"
        if name == "pattern":
            flags = g.one(shape, SH + "flags")
            extra = f", {_string(str(flags.value))}" if flags is not None else ""
            compiles = next(iter(g.store.query(f'SELECT (REGEX("", {_string(str(obj.value))}{extra}) AS ?ok) {{}}')))
            if compiles["ok"] is None:  # oxigraph's regex engine cannot read it (a backreference, say)
                raise Unsupported(f"sh:pattern {_string(str(obj.value))}, which oxigraph cannot read")
            return f"COALESCE(!isBlank({v}) && REGEX(STR({v}), {_string(str(obj.value))}{extra}), false)"
        if name == "languageIn":
            tags = " || ".join(f"langMatches(lang({v}), {_string(str(t.value))})" for t in g.items(obj))
            return f"COALESCE(isLiteral({v}) && ({tags or 'false'}), false)"
        if name == "in":
            members = g.items(obj)
            return "(" + (" || ".join(f"sameTerm({v}, {_term(m)})" for m in members) or "false") + ")"
        assert name in ("node", "not", "and", "or", "xone")
        nested = [obj] if name in ("node", "not") else g.items(obj)
        parts = [self.conforms(s, v, (*stack, shape)) for s in nested]
        if name == "node":
            return parts[0]
        if name == "not":
            return f"!{parts[0]}"
        if name == "and":
            return "(" + (" && ".join(parts) or "true") + ")"
        if name == "or":
            return "(" + (" || ".join(parts) or "false") + ")"
        return "(" + (" + ".join(f"IF({p}, 1, 0)" for p in parts) or "0") + " = 1)"

    def conforms(self, shape: Any, v: str, stack: tuple[Any, ...]) -> str:
        """Whether ``v`` conforms to ``shape`` (named by sh:node, sh:or, …), as an expression.

        The shape's own tests apply to ``v``; a property shape's (one with a
        path, or one under sh:property) apply to the nodes its path reaches
        from ``v``, with its counts as EXISTS of so many distinct nodes.
        """
        g = self.g
        if shape in stack:
            raise Unsupported(f"a shape that refers to itself ({_shown(shape)})")
        if g.deactivated(shape):
            return "true"
        self.known(shape, _VALUE_TESTS | _ANNOTATIONS | _TARGETS | {"hasValue", "path", "property", "minCount",
                                                                    "maxCount"}, "the shape used as a value test")
        path_node = g.one(shape, SH + "path")
        if path_node is not None:
            return self.property_conforms(shape, path_node, v, stack)
        tests = []
        for pred in sorted(g.predicates(shape)):
            name = pred[len(SH):] if pred.startswith(SH) else ""
            for obj in g.objects(shape, pred) if name else ():
                if name == "hasValue":
                    tests.append(f"sameTerm({v}, {_term(obj)})")
                elif name in _VALUE_TESTS:
                    tests.append(self.test(name, obj, v, shape, stack))
                elif name == "property":
                    tests.append(self.conforms(obj, v, (*stack, shape)))
                elif name in ("minCount", "maxCount"):
                    raise Unsupported(f"sh:{name} on a node shape ({_shown(shape)})")
        return "(" + (" && ".join(tests) or "true") + ")"

    def property_conforms(self, shape: Any, path_node: Any, v: str, stack: tuple[Any, ...]) -> str:
        """Whether the nodes ``shape``'s path reaches from ``v`` keep its constraints, as an expression."""
        g = self.g
        if self.nullable(path_node):
            raise Unsupported(f"a path that can have length zero in a shape used as a value test ({_shown(shape)})")
        path, w = self.path(path_node), self.var()
        tests, parts = [], []
        for pred in sorted(g.predicates(shape)):
            name = pred[len(SH):] if pred.startswith(SH) else ""
            for obj in g.objects(shape, pred) if name else ():
                if name in _VALUE_TESTS:
                    tests.append(self.test(name, obj, w, shape, stack))
                elif name == "hasValue":
                    x = self.var()
                    parts.append(f"EXISTS {{ {v} {path} {x} FILTER (sameTerm({x}, {_term(obj)})) }}")
                elif name == "minCount":
                    parts.append(self.at_least(v, path, _integer(obj)))
                elif name == "maxCount":
                    parts.append(f"!{self.at_least(v, path, _integer(obj) + 1)}")
                elif name == "property":
                    x = self.var()
                    parts.append(f"NOT EXISTS {{ {v} {path} {x} FILTER (!{self.conforms(obj, x, (*stack, shape))}) }}")
        if tests:
            parts.append(f"NOT EXISTS {{ {v} {path} {w} FILTER (!({' && '.join(tests)})) }}")
        return "(" + (" && ".join(parts) or "true") + ")"

    def at_least(self, v: str, path: str, n: int) -> str:
        """That ``path`` reaches ``n`` distinct nodes from ``v`` (sh:minCount inside an expression)."""
        if n <= 0:
            return "true"
        if n > 8:
            raise Unsupported(f"a count of {n} in a shape used as a value test")
        reached = [self.var() for _ in range(n)]
        distinct = " && ".join(f"!sameTerm({a}, {b})" for i, a in enumerate(reached) for b in reached[i + 1:])
        return f"EXISTS {{ {v} {path} {', '.join(reached)} . {f'FILTER ({distinct})' if distinct else ''} }}"

    # -------------------------------------------------------------- paths

    def path(self, node: Any) -> str:
        """A SHACL path as a SPARQL property path."""
        return path_expression(node, self.g.one, self.iri_of, shown=False)

    def path_text(self, node: Any) -> str:
        """A SHACL path as a report shows it."""
        return path_expression(node, self.g.one, self.iri_of, shown=True)

    def iri_of(self, node: Any) -> str | None:
        if isinstance(node, self.g.ox.NamedNode):
            return str(node.value)
        if isinstance(node, self.g.ox.Literal):
            raise Unsupported(f"a literal as a path ({_shown(node)})")
        return None


def path_expression(node: Any, one: Callable[[Any, str], Any], iri_of: Callable[[Any], str | None], *,
                    shown: bool) -> str:
    """A SHACL path as a SPARQL property path, or (``shown``) as a report shows it: ``^pb:hasLevel``.

    ``one(node, predicate)`` reads the graph the path is in (an object or
    None) and ``iri_of`` gives a node's IRI (None for a blank node), so the
    same reading serves the shapes in oxigraph and pyshacl's report in rdflib.
    """
    from kg.results import compact

    def walk(n: Any, depth: int) -> str:
        if depth > 64:
            raise Unsupported("a path nested more than 64 deep, or a cyclic one")
        iri = iri_of(n)
        if iri is not None:
            return compact(iri) if shown else f"<{iri}>"
        if one(n, RDF + "first") is not None:
            return "(" + "/".join(walk(m, depth + 1) for m in _list(n, one, iri_of)) + ")"
        for key, form in (("inversePath", "^{}"), ("zeroOrMorePath", "{}*"), ("oneOrMorePath", "{}+"),
                          ("zeroOrOnePath", "{}?")):
            inner = one(n, SH + key)
            if inner is not None:
                text = walk(inner, depth + 1)
                return form.format(text if iri_of(inner) is not None else f"({text})")
        alternatives = one(n, SH + "alternativePath")
        if alternatives is not None:
            return "(" + "|".join(walk(m, depth + 1) for m in _list(alternatives, one, iri_of)) + ")"
        raise Unsupported(f"a path this compiler does not know ({_shown(n)})")

    return walk(node, 0)


def _list(node: Any, one: Callable[[Any, str], Any], iri_of: Callable[[Any], str | None]) -> list[Any]:
    """The members of an RDF list."""
    out: list[Any] = []
    while node is None or iri_of(node) != RDF + "nil":
        first = one(node, RDF + "first") if node is not None else None
        if first is None or len(out) > 10_000:
            raise Unsupported(f"a malformed or cyclic RDF list at {_shown(node)}")
        out.append(first)
        node = one(node, RDF + "rest")
    return out


def default_message(constraint: str, parameters: list[str]) -> str:
    """The message of a violation whose shape has none: the constraint, and its parameter if it has one.

    Both engines write the same (pyshacl's own default messages are its own),
    so a report does not depend on the engine that made it.
    """
    if len(parameters) != 1:
        return f"violates sh:{constraint}"
    plain = re.fullmatch(r'"([-+]?[0-9.]+|true|false)"\^\^xsd:(?:integer|decimal|boolean)', parameters[0])
    return f"violates sh:{constraint} {plain.group(1) if plain else parameters[0]}"


def show_term(term: Any) -> str:
    """A pyoxigraph term as a report shows it: ``pbr:place/350103``, ``"台江"@zh``, ``"5"^^xsd:integer``.

    A blank node's label differs from one reading of a file to the next, so every one is ``[]``.
    """
    from kg.results import compact

    kind = type(term).__name__
    if kind == "NamedNode":
        return compact(term.value)
    if kind == "Literal":
        if term.language:
            return f'"{term.value}"@{term.language}'  # oxigraph lowers language tags as it reads them
        datatype = term.datatype.value
        return f'"{term.value}"' if datatype == XSD + "string" else f'"{term.value}"^^{compact(datatype)}'
    return "[]"


# ------------------------------------------------------------------ running


def run(store: Any, checks: list[Check], *, threads: int | None = None) -> list[Result]:
    """The violations of every check in the data ``store``, one per row (repeats included).

    oxigraph lets go of the GIL while it evaluates a query, so the checks run
    side by side on ``threads`` threads (by default one per core): 2.1 times
    faster on two cores. The caller sorts what they find.
    """
    def violations(c: Check) -> list[Result]:
        solutions = store.query(c.query)
        names = [v.value for v in solutions.variables]
        return [_result(c, row, names) for row in solutions]

    workers = min(threads or os.cpu_count() or 1, len(checks))
    if workers <= 1:
        return [r for c in checks for r in violations(c)]
    with ThreadPoolExecutor(workers) as pool:
        return [r for found in pool.map(violations, checks) for r in found]


def _result(c: Check, row: Any, names: list[str]) -> Result:
    focus, value = row["this"], row["value"]
    path = c.path
    messages = c.messages
    if c.sparql:
        if value is None and c.default_value:
            value = focus
        if row["path"] is not None:
            path = show_term(row["path"])
        bound = {name: row[name] for name in names if row[name] is not None}
        bound["value"] = value
        messages = tuple(sorted(_substitute(m, bound) for m in messages))
    return Result(focus, path, messages[0], value, c.severity)  # every check has a message


def _substitute(message: str, bound: dict[str, Any]) -> str:
    """``{?var}`` and ``{$var}`` in a message replaced by the value bound to ``var`` (a blank node by ``[]``)."""
    for name, term in bound.items():
        if term is not None:
            text = "[]" if type(term).__name__ == "BlankNode" else str(term.value)
            message = re.sub(r"\{[?$]" + re.escape(name) + r"\}", lambda _m, t=text: t, message)
    return message


# ------------------------------------------------------------------ terms


def _shown(node: Any) -> str:
    """A shapes-graph node in a message: blank node labels differ from load to load, so they are not shown."""
    from kg.results import compact

    kind = type(node).__name__
    if kind == "NamedNode":
        return compact(node.value)
    return "[]" if kind == "BlankNode" else str(node)


def _iri(node: Any) -> str:
    value = getattr(node, "value", None)
    if type(node).__name__ != "NamedNode" or not isinstance(value, str):
        raise Unsupported(f"{_shown(node)} where an IRI is expected")
    return value


def _term(node: Any) -> str:
    """A shapes-graph term as SPARQL (pyoxigraph writes IRIs and literals in N-Triples form)."""
    if type(node).__name__ == "BlankNode":
        raise Unsupported(f"a blank node where a constant is expected ({_shown(node)})")
    return str(node)


def _string(text: str) -> str:
    import pyoxigraph as ox

    return str(ox.Literal(text))


def _integer(node: Any) -> int:
    try:
        return int(node.value)
    except (AttributeError, ValueError):
        raise Unsupported(f"{_shown(node)} where an integer is expected") from None
