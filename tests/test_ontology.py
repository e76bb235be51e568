"""The ontology file, the DefinedNamespace and the export agree on the vocabulary.

Users' saved SPARQL queries depend on the ``pb:`` terms of the public contract
(``ontology/vocabulary.md``, a verbatim copy of the shared spec). These tests
pin the chain contract → ``ontology/pbkg.ttl`` → ``kg.vocab.PB`` → export, so
a renamed, dropped, misspelt or undeclared term fails here rather than in a
user's query.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as rdflib_namespace
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.vocab import PB, PBR, PREFIXES

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "pbkg.ttl"
VOCABULARY = ROOT / "ontology" / "vocabulary.md"
SHARED_VOCABULARY = Path("/work/shared/spec/vocabulary.md")
EXPORT = ROOT / "exports" / "graph.ttl"

PB_NS = "https://w3id.org/pbkg/ontology#"
ONTOLOGY_IRI = URIRef("https://w3id.org/pbkg/ontology")
# rdflib.namespace.XSD only warns on unknown terms, and pytest probes module
# attributes during collection, so it is not imported by name here.
XSD_NS = str(rdflib_namespace.XSD)
SPEC_PREFIXES = {"xsd": XSD_NS, "rdf": str(RDF)}

# Kinds of declaration; "property" is used for terms the contract names
# outside its tables, where only the naming convention tells class from property.
KIND_TYPES: dict[str, set[URIRef]] = {
    "class": {OWL.Class},
    "object": {OWL.ObjectProperty},
    "datatype": {OWL.DatatypeProperty},
    "property": {OWL.ObjectProperty, OWL.DatatypeProperty},
}
DECLARING_TYPES = {
    OWL.Class,
    RDFS.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDF.Property,
    RDFS.Datatype,
}


# ------------------------------------------------------------ the contract


@dataclass(frozen=True)
class SpecTerm:
    """One ``pb:`` term as the contract states it."""

    name: str
    kind: str  # a key of KIND_TYPES
    source: str = ""  # the "from" side of the property table, as written
    target: str = ""  # the "to" side


_TERM = re.compile(r"`pb:([A-Za-z]\w*)`")
_DATATYPE = re.compile(r"`(xsd|rdf):(\w+)`")


def parse_vocabulary(markdown: str) -> dict[str, SpecTerm]:
    """Read the ``pb:`` terms out of the contract's markdown.

    Rows of the table under "## Classes" are classes; rows under
    "## Properties" are properties, datatype ones when their target names an
    ``xsd:`` or ``rdf:`` datatype. A row listing several terms with as many
    comma-separated targets ("`pb:agent`, `pb:program` | Implementation →
    actor, Program") pairs them up. Any other ``pb:`` term named in the text
    is kept too, its kind told by case (Class vs property).
    """
    terms: dict[str, SpecTerm] = {}
    section = ""
    for line in markdown.splitlines():
        if line.startswith("## "):
            section = line[3:].strip().lower()
            continue
        if not line.lstrip().startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        names = _TERM.findall(cells[0])
        if not names:
            continue  # header, separator, or a row of non-pb terms (dcterms:)
        if section.startswith("classes"):
            for name in names:
                terms[name] = SpecTerm(name, "class")
        elif section.startswith("properties"):
            source, _, target = cells[1].partition("→")
            targets = [part.strip() for part in target.split(",")]
            if len(targets) != len(names):
                targets = [target.strip()] * len(names)
            for name, own_target in zip(names, targets, strict=True):
                kind = "datatype" if _DATATYPE.search(own_target) else "object"
                terms[name] = SpecTerm(name, kind, source.strip(), own_target)
    for name in _TERM.findall(markdown):
        if name not in terms:
            terms[name] = SpecTerm(name, "class" if name[0].isupper() else "property")
    return terms


SPEC = parse_vocabulary(VOCABULARY.read_text(encoding="utf-8"))
SPEC_PROPERTIES = sorted((t for t in SPEC.values() if t.kind in ("object", "datatype")), key=lambda t: t.name)


# ------------------------------------------------------------ the ontology


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def declared_terms(graph: Graph) -> dict[URIRef, set[URIRef]]:
    """``pb:`` IRIs the graph declares, each with the types that declare it."""
    out: dict[URIRef, set[URIRef]] = {}
    for subject, kind in graph.subject_objects(RDF.type):
        if isinstance(subject, URIRef) and subject.startswith(PB_NS) and kind in DECLARING_TYPES:
            out.setdefault(subject, set()).add(kind)  # type: ignore[arg-type]
    return out


def pb_iris(graph: Graph) -> Iterator[URIRef]:
    """Every ``pb:`` IRI in any position of any triple, literal datatypes included."""
    for triple in graph:
        for node in triple:
            if isinstance(node, Literal):
                node = node.datatype
            if isinstance(node, URIRef) and node.startswith(PB_NS):
                yield node


def members(graph: Graph, node: Node) -> set[Node]:
    """The named classes or datatypes a domain/range stands for (unions flattened)."""
    union = graph.value(node, OWL.unionOf) if isinstance(node, BNode) else None
    if union is None:
        return {node}
    return set().union(*(members(graph, m) for m in Collection(graph, union)))


def ancestors(graph: Graph, cls: Node) -> set[Node]:
    """``cls`` and all its named superclasses."""
    seen: set[Node] = set()
    todo = [cls]
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo.extend(graph.objects(current, RDFS.subClassOf))
    return seen


def helper_classes(graph: Graph) -> set[URIRef]:
    """Classes defined as a union of others: for domains and ranges, never a direct type."""
    return {
        cls
        for cls, definition in graph.subject_objects(OWL.equivalentClass)
        if isinstance(cls, URIRef) and (definition, OWL.unionOf, None) in graph
    }


def local(iri: URIRef) -> str:
    return iri[len(PB_NS) :]


# ------------------------------------------------------------ tests


def test_ontology_parses_with_rdflib_and_pyoxigraph(ontology: Graph) -> None:
    oxigraph_triples = list(pyoxigraph.parse(path=str(ONTOLOGY), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(ontology) > 0
    assert len(oxigraph_triples) == len(ontology)


def test_ontology_has_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.title) is not None
    comments = list(ontology.objects(ONTOLOGY_IRI, RDFS.comment))
    assert any(isinstance(c, Literal) and c.language == "en" for c in comments)


def test_ontology_vocabulary_copy_matches_shared_spec() -> None:
    if not SHARED_VOCABULARY.exists():
        pytest.skip(f"{SHARED_VOCABULARY} not present; nothing to compare the copy with")
    assert VOCABULARY.read_bytes() == SHARED_VOCABULARY.read_bytes(), (
        f"{VOCABULARY.relative_to(ROOT)} drifted from {SHARED_VOCABULARY}; copy it again unchanged"
    )


def test_ontology_vocabulary_parser_reads_tables() -> None:
    markdown = """\
## Labels
- `pb:mentionedIn` → `pb:Document`
## Classes
| class | what |
|---|---|
| `pb:Document` | one input article |
## Properties
| property | from → to | meaning |
|---|---|---|
| `pb:partOf` | Place → Place | parent |
| `pb:value` | Statistic → `xsd:integer` or `xsd:decimal` | 304 |
| `pb:agent`, `pb:program` | Implementation → actor, Program | |
| `pb:charStart`, `pb:charEnd` | Evidence → `xsd:integer` | offsets |
| `dcterms:title` | Document → | title |
"""
    assert parse_vocabulary(markdown) == {
        "mentionedIn": SpecTerm("mentionedIn", "property"),
        "Document": SpecTerm("Document", "class"),
        "partOf": SpecTerm("partOf", "object", "Place", "Place"),
        "value": SpecTerm("value", "datatype", "Statistic", "`xsd:integer` or `xsd:decimal`"),
        "agent": SpecTerm("agent", "object", "Implementation", "actor"),
        "program": SpecTerm("program", "object", "Implementation", "Program"),
        "charStart": SpecTerm("charStart", "datatype", "Evidence", "`xsd:integer`"),
        "charEnd": SpecTerm("charEnd", "datatype", "Evidence", "`xsd:integer`"),
    }


def test_ontology_vocabulary_has_the_contract_tables() -> None:
    # Guards the tests below against passing vacuously if the markdown layout changes.
    kinds = Counter(term.kind for term in SPEC.values())
    assert kinds["class"] >= 15
    assert kinds["object"] + kinds["datatype"] >= 24


@pytest.mark.parametrize("term", sorted(SPEC.values(), key=lambda t: t.name), ids=lambda t: f"pb:{t.name}")
def test_ontology_declares_contract_term(ontology: Graph, term: SpecTerm) -> None:
    declared = declared_terms(ontology).get(PB[term.name])
    assert declared, f"pb:{term.name} is in the contract but not declared in {ONTOLOGY.name}"
    assert declared & KIND_TYPES[term.kind], (
        f"pb:{term.name} should be {' or '.join(sorted(map(str, KIND_TYPES[term.kind])))}, "
        f"is declared as {sorted(map(str, declared))}"
    )


def test_ontology_every_term_is_documented(ontology: Graph) -> None:
    problems: list[str] = []
    for term, kinds in sorted(declared_terms(ontology).items()):
        name = f"pb:{local(term)}"
        if len(kinds) != 1:
            problems.append(f"{name}: declared with {len(kinds)} kinds {sorted(map(str, kinds))}")
        labels = [label for label in ontology.objects(term, RDFS.label) if isinstance(label, Literal)]
        for language in ("zh", "en"):
            found = [label for label in labels if label.language == language]
            if len(found) != 1:
                problems.append(f"{name}: {len(found)} rdfs:label @{language}, want exactly 1")
        if not any(re.search(r"[\u4e00-\u9fff]", str(label)) for label in labels if label.language == "zh"):
            problems.append(f"{name}: the @zh label has no Chinese characters")
        comments = [c for c in ontology.objects(term, RDFS.comment) if isinstance(c, Literal)]
        if not any(c.language == "en" for c in comments):
            problems.append(f"{name}: no rdfs:comment @en")
        if kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}:
            for axis in (RDFS.domain, RDFS.range):
                count = len(list(ontology.objects(term, axis)))
                if count != 1:
                    problems.append(f"{name}: {count} {axis.fragment} statements, want exactly 1")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("term", SPEC_PROPERTIES, ids=lambda t: f"pb:{t.name}")
def test_ontology_domain_and_range_match_contract(ontology: Graph, term: SpecTerm) -> None:
    prop = PB[term.name]
    classes = {local(c) for c, kinds in declared_terms(ontology).items() if OWL.Class in kinds}
    domain = members(ontology, ontology.value(prop, RDFS.domain))
    range_ = members(ontology, ontology.value(prop, RDFS.range))

    def covered(named: str, allowed: set[Node]) -> bool:
        return bool(ancestors(ontology, PB[named]) & allowed)

    for word in re.findall(r"\b[A-Z]\w*", term.source):
        if word in classes:
            assert covered(word, domain), f"pb:{term.name}: contract domain {word} not in {sorted(domain)}"
    if term.kind == "datatype":
        wanted = {URIRef(SPEC_PREFIXES[p] + n) for p, n in _DATATYPE.findall(term.target)}
        assert range_ == wanted, f"pb:{term.name}: range {sorted(range_)}, contract says {sorted(wanted)}"
    else:
        for word in re.findall(r"\b[A-Z]\w*", term.target):
            if word in classes:
                assert covered(word, range_), f"pb:{term.name}: contract range {word} not in {sorted(range_)}"


def test_ontology_uses_only_declared_terms(ontology: Graph) -> None:
    undeclared = sorted(
        {f"pb:{local(iri)}" for iri in pb_iris(ontology)}
        - {f"pb:{local(iri)}" for iri in declared_terms(ontology)}
    )
    assert not undeclared, f"{ONTOLOGY.name} uses undeclared terms (typos?): {undeclared}"


def test_ontology_place_is_union_of_place_levels(ontology: Graph) -> None:
    levels = {PB.Province, PB.City, PB.District, PB.Township, PB.Community}
    assert PB.Place in helper_classes(ontology)
    definition = ontology.value(PB.Place, OWL.equivalentClass)
    assert members(ontology, definition) == levels
    for level in sorted(levels):
        assert (level, RDFS.subClassOf, PB.Place) in ontology, f"{level} is not rdfs:subClassOf pb:Place"


def test_ontology_contract_classes_are_not_helpers(ontology: Graph) -> None:
    contract_classes = {PB[t.name] for t in SPEC.values() if t.kind == "class"}
    assert not contract_classes & helper_classes(ontology)


def test_ontology_vocab_mirrors_ontology(ontology: Graph) -> None:
    in_ontology = {local(term) for term in declared_terms(ontology)}
    in_vocab = set(PB.__annotations__)
    assert in_ontology - in_vocab == set(), "declared in pbkg.ttl but missing from kg.vocab.PB"
    assert in_vocab - in_ontology == set(), "listed in kg.vocab.PB but not declared in pbkg.ttl"


@pytest.mark.parametrize("name", ["Foo", "partof", "Organisation", "mentioned_in"])
def test_ontology_misspelt_term_raises(name: str) -> None:
    with pytest.raises(AttributeError, match="not in namespace"):
        getattr(PB, name)


def test_ontology_prefixes_match_namespaces() -> None:
    assert list(PREFIXES) == ["pb", "pbr", "rdf", "rdfs", "skos", "dcterms", "xsd", "owl"]
    assert PREFIXES == {
        "pb": PB_NS,
        "pbr": str(PBR),
        "rdf": str(RDF),
        "rdfs": str(RDFS),
        "skos": str(SKOS),
        "dcterms": str(DCTERMS),
        "xsd": XSD_NS,
        "owl": str(OWL),
    }
    assert str(PB) == PB_NS
    # Plain str, not rdflib Namespace: the writer must not depend on rdflib types.
    assert all(type(value) is str for value in PREFIXES.values())


def _export(message: str) -> Graph:
    if not EXPORT.exists():
        pytest.skip(f"{EXPORT.relative_to(ROOT)} does not exist yet; build the export to {message}")
    return Graph().parse(EXPORT, format="turtle")


def test_ontology_export_uses_only_declared_terms(ontology: Graph) -> None:
    export = _export("check it uses only declared pb: terms")
    declared = set(declared_terms(ontology))
    used = Counter(pb_iris(export))
    undeclared = [f"pb:{local(iri)} (used {n}×)" for iri, n in sorted(used.items()) if iri not in declared]
    assert not undeclared, (
        f"{EXPORT.relative_to(ROOT)} uses pb: terms that {ONTOLOGY.name} does not declare:\n"
        + "\n".join(undeclared)
    )


def test_ontology_export_never_types_with_helper_class(ontology: Graph) -> None:
    export = _export("check no node is typed with a helper class")
    helpers = helper_classes(ontology)
    misuse = sorted(
        f"{subject} a pb:{local(cls)}"  # type: ignore[arg-type]
        for subject, cls in export.subject_objects(RDF.type)
        if cls in helpers
    )
    assert not misuse, "helper classes used as a direct rdf:type:\n" + "\n".join(misuse[:20])
