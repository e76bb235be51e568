"""SHACL: the seeds export conforms to ``ontology/shapes.ttl``; deliberately broken graphs do not.

Each kind of breakage is made by editing the real export (so everything else
about the graph stays valid) and must be reported with the node and the
property at fault, and make ``kg validate`` exit non-zero. Both engines
(the shapes compiled into SPARQL, and pyshacl) must give the same report.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, RDFS, Literal, Namespace, URIRef

import kg
from kg.cli import main
from kg.shacl import SHAPES, ValidationError, validate

ROOT = Path(__file__).resolve().parents[1]
EXPORT = ROOT / "exports" / "graph.ttl"
PB = Namespace("https://w3id.org/pbkg/ontology#")
PBR = Namespace("https://w3id.org/pbkg/id/")
TAIJIANG = PBR["place/350103"]
SH = Namespace("http://www.w3.org/ns/shacl#")
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")


def test_shacl_packaged_shapes_are_the_ontology_shapes() -> None:
    assert SHAPES.read_bytes() == (ROOT / "ontology" / "shapes.ttl").read_bytes(), (
        "kg/data/shapes.ttl differs from ontology/shapes.ttl: copy ontology/shapes.ttl over it")


def test_shacl_every_vocabulary_class_has_a_shape() -> None:
    shapes = rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl")
    targeted = {str(o).rsplit("#", 1)[1] for o in shapes.objects(None, SH.targetClass)}
    assert targeted == {"Document", "Province", "City", "District", "Township", "Community", "Program", "OrgTier",
                        "Organization", "Person", "TierStructure", "TierLevel", "Statistic", "Implementation",
                        "Evidence"}


def test_shacl_seeds_export_conforms() -> None:
    report = validate(EXPORT)
    assert report.conforms, report.text()
    assert report.violations == []


def test_shacl_cli_exits_0_on_the_export(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(EXPORT)]) == 0
    assert "conforms" in capsys.readouterr().out


def test_shacl_library_parity_on_a_built_graph() -> None:
    """kg.validate takes a KnowledgeGraph as well as a file, and stays the function after the module loads."""
    import kg.shacl  # the module of the same job: loading it must not shadow the function kg.validate

    graph = kg.build(ROOT / "seeds" / "000_fc7edbf31b6f7b6a.txt")
    assert callable(kg.validate) and kg.validate(graph).conforms


# ------------------------------------------------------------------ breakages

def _first(g: rdflib.Graph, cls: URIRef) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]


def drop_statistic_evidence(g: rdflib.Graph) -> str:
    g.remove((_first(g, PB.Statistic), PB.evidence, None))
    return "pb:evidence"


def untagged_label(g: rdflib.Graph) -> str:
    g.set((TAIJIANG, RDFS.label, Literal("台江区")))
    return "rdfs:label"


def two_labels(g: rdflib.Graph) -> str:
    g.add((TAIJIANG, RDFS.label, Literal("台江", lang="zh")))
    return "rdfs:label"


def value_as_string(g: rdflib.Graph) -> str:
    st = _first(g, PB.Statistic)
    g.set((st, PB.value, Literal("304")))
    return "pb:value"


def rank_as_string(g: rdflib.Graph) -> str:
    level = _first(g, PB.TierLevel)
    g.set((level, PB.rank, Literal("一")))
    return "pb:rank"


def implements_without_implementation(g: rdflib.Graph) -> str:
    program = next(p for p in sorted(g.subjects(RDF.type, PB.Program)) if (TAIJIANG, PB.implements, p) not in g)
    g.add((TAIJIANG, PB.implements, program))
    return "has no pb:Implementation"


def implementation_without_link(g: rdflib.Graph) -> str:
    impl = _first(g, PB.Implementation)
    g.remove((g.value(impl, PB.agent), PB.implements, g.value(impl, PB.program)))
    return "no direct pb:implements"


def dangling_part_of(g: rdflib.Graph) -> str:
    g.set((TAIJIANG, PB.partOf, PBR["place/999900"]))
    return "pb:partOf"


def wrong_parent_class(g: rdflib.Graph) -> str:
    g.set((TAIJIANG, PB.partOf, PBR["place/350000"]))  # a district directly under a province is fine …
    g.set((PBR["place/350100"], PB.partOf, TAIJIANG))  # … a city under a district is not
    return "pb:partOf"


def two_types(g: rdflib.Graph) -> str:
    g.add((TAIJIANG, RDF.type, PB.City))
    return "rdf:type"


def bad_admin_code(g: rdflib.Graph) -> str:
    g.set((TAIJIANG, PB.adminCode, Literal("35013")))
    return "pb:adminCode"


def offsets_do_not_fit_quote(g: rdflib.Graph) -> str:
    ev = _first(g, PB.Evidence)
    start = int(g.value(ev, PB.charStart))
    g.set((ev, PB.charEnd, Literal(start + 1, datatype=XSD_INTEGER)))
    return "offsets span"


def end_before_start(g: rdflib.Graph) -> str:
    ev = _first(g, PB.Evidence)
    g.set((ev, PB.charStart, Literal(10**9, datatype=XSD_INTEGER)))
    return "pb:charStart"


def evidence_without_document(g: rdflib.Graph) -> str:
    g.remove((_first(g, PB.Evidence), PB.document, None))
    return "pb:document"


def sub_tier_without_structure(g: rdflib.Graph) -> str:
    tiers = sorted(g.subjects(RDF.type, PB.OrgTier))
    g.add((tiers[0], PB.subTierOf, tiers[-1]))
    return "not read from any TierStructure"


def structure_without_owner(g: rdflib.Graph) -> str:
    g.remove((None, PB.hasTierStructure, _first(g, PB.TierStructure)))
    return "^pb:hasTierStructure"


def document_bad_hash(g: rdflib.Graph) -> str:
    doc = _first(g, PB.Document)
    g.set((doc, PB.sha256, Literal("not-a-hash")))
    return "pb:sha256"


def untyped_node(g: rdflib.Graph) -> str:
    g.add((PBR["program/unknown"], RDFS.label, Literal("无类型", lang="zh")))
    return "rdf:type"


BREAKAGES: list[Callable[[rdflib.Graph], str]] = [
    drop_statistic_evidence, untagged_label, two_labels, value_as_string, rank_as_string,
    implements_without_implementation, implementation_without_link, dangling_part_of, wrong_parent_class,
    two_types, bad_admin_code, offsets_do_not_fit_quote, end_before_start, evidence_without_document,
    sub_tier_without_structure, structure_without_owner, document_bad_hash, untyped_node,
]


@pytest.fixture(scope="module")
def export_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(EXPORT, format="turtle")


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__)
def test_shacl_broken_graph_fails(breakage: Callable[[rdflib.Graph], str], export_graph: rdflib.Graph) -> None:
    g = rdflib.Graph()
    for t in export_graph:
        g.add(t)
    expected = breakage(g)
    report = validate(g)
    assert not report.conforms and report.engine == "oxigraph"
    text = report.text()
    assert "does not conform" in text.splitlines()[0]
    assert expected in text, text
    # the shapes compiled into SPARQL report what pyshacl, the reference implementation, reports
    assert report.violations == validate(g, engine="pyshacl").violations


def test_shacl_cli_reports_each_violation_on_one_line(export_graph: rdflib.Graph, tmp_path: Path) -> None:
    g = rdflib.Graph()
    for t in export_graph:
        g.add(t)
    drop_statistic_evidence(g)
    untagged_label(g)
    path = tmp_path / "broken.ttl"
    g.serialize(path, format="turtle")
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "validate", str(path)], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 1
    lines = proc.stdout.strip().splitlines()
    assert lines[0].startswith(f"{path}: does not conform: ")
    assert any(line.startswith("Violation: pbr:place/350103 (台江区) rdfs:label:") for line in lines)
    assert any("pb:evidence: every extracted fact needs at least one pb:evidence" in line for line in lines)
    assert "Traceback" not in proc.stderr


def test_shacl_unreadable_graph_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.ttl" in err[0] and "cannot read graph as Turtle" in err[0]
    with pytest.raises(ValidationError, match="no such graph file"):
        validate(tmp_path / "missing.ttl")


def test_shacl_unseen_articles_build_a_conforming_graph() -> None:
    """The shapes hold on articles the extractor was not tuned on (tests/unseen/docs), not only on the seeds."""
    docs = ROOT / "tests" / "unseen" / "docs"
    if not docs.is_dir():
        pytest.skip("tests/unseen/docs not present")
    report = validate(kg.build(docs))
    assert report.conforms, report.text()
