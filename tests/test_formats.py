"""The export formats: every one written by ``kg build --format``, each round-trips, all deterministic.

RDF formats (N-Triples, JSON-LD) must hold exactly the graph of the Turtle
export (checked by graph isomorphism, parsed by two independent parsers);
GraphML must load in networkx with the same nodes and edges as
``KnowledgeGraph.networkx``; the CSV pair must follow neo4j-admin's header
conventions and reference only nodes it declares. The bytes of every format
depend on the input only (checked under different ``PYTHONHASHSEED`` in
fresh interpreters), and every file is written atomically.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

import kg
from kg.errors import KgError
from kg.exporters import FORMATS, parse_formats
from kg.graph import KnowledgeGraph
from kg.jsonld import context, context_document
from kg.model import Document, Entity, Evidence, Implementation, Statistic, TierStructure

ROOT = Path(__file__).resolve().parents[1]
ALL = "ttl,nt,jsonld,graphml,csv,html"
FILES = ["graph.ttl", "graph.nt", "graph.jsonld", "graph.graphml", "nodes.csv", "edges.csv", "graph.html"]


@pytest.fixture(scope="module")
def seeds_graph() -> KnowledgeGraph:
    return kg.build(ROOT / "seeds")


@pytest.fixture(scope="module")
def seeds_out(seeds_graph: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("formats")
    kg.export(seeds_graph, out, ALL)
    return out


def tricky_graph() -> KnowledgeGraph:
    """A hand-made graph whose text exercises every escape: quotes, <>&, ;, newlines, control characters."""
    text = '某区推行"红色<管家>&工作法";\n\t第二行\x01。'
    doc = Document(file_name='a "b" & c.txt', sha256="0" * 64, text=text, norm=text, title="标题\n第二行")
    ev = Evidence(doc.file_name, 0, len(text), text)
    district = Entity("place/aaaa", "District", '某区<"&>', {"某;区", "某\x01区"}, None, None, {doc.file_name}, 2)
    program = Entity("program/bbbb", "Program", "红色管家\n工作法", set(), None, None, {doc.file_name}, 1)
    tier_a = Entity("tier/cccc", "OrgTier", "社区党委", set(), None, None, {doc.file_name}, 1)
    tier_b = Entity("tier/dddd", "OrgTier", "小区党支部", set(), None, None, {doc.file_name}, 1)
    return KnowledgeGraph(
        documents=[doc],
        entities={e.id: e for e in (district, program, tier_a, tier_b)},
        implementations=[Implementation(district.id, program.id, [ev])],
        statistics=[Statistic(district.id, "网格", 1.5, "万个", True, [ev]),
                    Statistic(district.id, "小区党支部", 304, "个", False, [ev], count_of=tier_b.id)],
        structures=[TierStructure(district.id, [tier_a.id, tier_b.id], 2, [ev])],
    )


def turtle_graph(graph: KnowledgeGraph) -> rdflib.Graph:
    return rdflib.Graph().parse(data=graph.turtle(), format="turtle")


# ------------------------------------------------------------------ which files

def test_formats_build_writes_every_format(seeds_out: Path) -> None:
    for name in FILES:
        assert (seeds_out / name).stat().st_size > 0, name
    assert not [p.name for p in seeds_out.iterdir() if p.name.endswith(".tmp")], "temporary files left behind"


def test_formats_default_is_turtle_and_html(tmp_path: Path) -> None:
    graph = tricky_graph()
    written = graph.export(tmp_path)
    assert [p.name for p in written] == ["graph.ttl", "graph.html"]


@pytest.mark.parametrize("spec", ["ttl,xml", "", "ttl,,nope"])
def test_formats_unknown_name_is_an_error(spec: str) -> None:
    from kg.exporters import FormatError

    with pytest.raises(FormatError, match="unknown export format"):
        parse_formats(spec)


def test_formats_order_is_fixed_and_duplicates_dropped() -> None:
    assert parse_formats("csv, NT ,ttl,nt") == ["ttl", "nt", "csv"]
    assert set(FORMATS) == {"ttl", "nt", "jsonld", "graphml", "csv", "html"}


# ------------------------------------------------------------------ RDF round trips

@pytest.mark.parametrize("fmt,file", [("nt", "graph.nt"), ("json-ld", "graph.jsonld")])
def test_formats_rdf_round_trips_isomorphic_to_turtle(seeds_out: Path, fmt: str, file: str) -> None:
    ttl = rdflib.Graph().parse(seeds_out / "graph.ttl", format="turtle")
    other = rdflib.Graph().parse(seeds_out / file, format=fmt)
    assert len(other) == len(ttl) > 1000
    assert isomorphic(ttl, other)


@pytest.mark.parametrize("fmt,file", [(ox.RdfFormat.N_TRIPLES, "graph.nt"), (ox.RdfFormat.JSON_LD, "graph.jsonld")])
def test_formats_pyoxigraph_reads_the_same_triples(seeds_out: Path, fmt: ox.RdfFormat, file: str) -> None:
    """A second, independent parser: the same set of triples as the Turtle."""
    ttl = {str(q) for q in ox.parse(path=str(seeds_out / "graph.ttl"), format=ox.RdfFormat.TURTLE)}
    other = {str(q) for q in ox.parse(path=str(seeds_out / file), format=fmt)}
    assert other == ttl


@pytest.mark.parametrize("fmt", ["nt", "json-ld"])
def test_formats_escapes_round_trip(tmp_path: Path, fmt: str) -> None:
    graph = tricky_graph()
    written = kg.export(graph, tmp_path, "ttl,nt,jsonld")
    path = {"nt": written[1], "json-ld": written[2]}[fmt]
    parsed = rdflib.Graph().parse(path, format=fmt)
    assert isomorphic(parsed, turtle_graph(graph))
    labels = {str(o) for o in parsed.objects(None, rdflib.RDFS.label)}
    assert '某区<"&>' in labels and "红色管家\n工作法" in labels


def test_formats_decimal_value_keeps_its_datatype(tmp_path: Path) -> None:
    graph = tricky_graph()
    (path,) = kg.export(graph, tmp_path, "jsonld")
    parsed = rdflib.Graph().parse(path, format="json-ld")
    values = {(str(o), str(o.datatype)) for o in parsed.objects(None, rdflib.URIRef(
        "https://w3id.org/pbkg/ontology#value"))}
    assert values == {("1.5", "http://www.w3.org/2001/XMLSchema#decimal"),
                      ("304", "http://www.w3.org/2001/XMLSchema#integer")}


def test_formats_ntriples_one_sorted_line_per_triple(seeds_out: Path) -> None:
    lines = (seeds_out / "graph.nt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines)) == len(rdflib.Graph().parse(seeds_out / "graph.ttl"))
    assert all(line.endswith(" .") and line.startswith("<") for line in lines)


def test_formats_ntriples_read_by_rapper(seeds_out: Path, need_tool) -> None:
    rapper = need_tool("rapper", "raptor2-utils")
    proc = subprocess.run([rapper, "-i", "ntriples", "-c", str(seeds_out / "graph.nt")], capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    n = len((seeds_out / "graph.nt").read_text(encoding="utf-8").splitlines())
    assert f"returned {n} triples" in proc.stderr


# ------------------------------------------------------------------ JSON-LD context

def test_formats_jsonld_context_is_the_published_one(seeds_out: Path) -> None:
    published = ROOT / "ontology" / "context.jsonld"
    assert published.read_text(encoding="utf-8") == context_document(), (
        "ontology/context.jsonld differs from kg.jsonld.context(): regenerate it with "
        "`python -c 'import kg.jsonld as j; open(\"ontology/context.jsonld\", \"w\").write(j.context_document())'`")
    doc = json.loads((seeds_out / "graph.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == json.loads(published.read_text(encoding="utf-8"))["@context"] == context()


def test_formats_jsonld_reads_as_plain_json(seeds_out: Path) -> None:
    """With the context, a node is plain JSON: a JavaScript user reads labels without knowing RDF."""
    doc = json.loads((seeds_out / "graph.jsonld").read_text(encoding="utf-8"))
    taijiang = next(n for n in doc["@graph"] if n["@id"] == "pbr:place/350103")
    assert taijiang["@type"] == "District"
    assert taijiang["label"] == "台江区"
    assert taijiang["partOf"] == "pbr:place/350100"
    assert taijiang["adminCode"] == "350103"


def test_formats_context_covers_every_vocabulary_term() -> None:
    """Every class and property the ontology declares has a short name in the context."""
    onto = rdflib.Graph().parse(ROOT / "ontology" / "pbkg.ttl")
    ns = "https://w3id.org/pbkg/ontology#"
    declared = {str(s)[len(ns):] for s in onto.subjects() if str(s).startswith(ns)} - {"Place", "Entity"}
    assert declared <= set(context())


# ------------------------------------------------------------------ GraphML

def test_formats_graphml_loads_in_networkx_with_the_same_counts(seeds_graph: KnowledgeGraph, seeds_out: Path) -> None:
    loaded = nx.read_graphml(seeds_out / "graph.graphml", force_multigraph=True)
    view = seeds_graph.networkx
    assert loaded.number_of_nodes() == view.number_of_nodes() > 100
    assert loaded.number_of_edges() == view.number_of_edges() > 100
    assert Counter(d["relation"] for *_, d in loaded.edges(data=True)) == Counter(
        d["relation"] for *_, d in view.edges(data=True))
    by_iri = {d["iri"]: d for _, d in loaded.nodes(data=True)}
    taijiang = by_iri["https://w3id.org/pbkg/id/place/350103"]
    assert taijiang["label"] == "台江区" and taijiang["class"] == "District"


def test_formats_graphml_attributes_are_all_strings(seeds_out: Path) -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(seeds_out / "graph.graphml").getroot()
    keys = root.findall("{http://graphml.graphdrawing.org/xmlns}key")
    assert keys and all(k.get("attr.type") == "string" for k in keys)
    assert {k.get("attr.name") for k in keys if k.get("for") == "node"} >= {"label"}


def test_formats_graphml_survives_hostile_text(tmp_path: Path) -> None:
    graph = tricky_graph()
    (path,) = kg.export(graph, tmp_path, "graphml")
    loaded = nx.read_graphml(path, force_multigraph=True)
    labels = {d.get("label") for _, d in loaded.nodes(data=True)}
    assert '某区<"&>' in labels
    assert loaded.number_of_edges() == graph.networkx.number_of_edges()


# ------------------------------------------------------------------ Neo4j CSV

def _read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_formats_csv_follows_neo4j_import_headers(seeds_graph: KnowledgeGraph, seeds_out: Path) -> None:
    nodes = _read_csv(seeds_out / "nodes.csv")
    edges = _read_csv(seeds_out / "edges.csv")
    assert list(nodes[0])[:2] == ["id:ID", ":LABEL"]
    assert list(edges[0]) == [":START_ID", ":END_ID", ":TYPE"]
    ids = [n["id:ID"] for n in nodes]
    assert len(ids) == len(set(ids)) == seeds_graph.networkx.number_of_nodes()
    assert len(edges) == seeds_graph.networkx.number_of_edges()
    assert all(e[":START_ID"] in set(ids) and e[":END_ID"] in set(ids) for e in edges)
    assert {e[":TYPE"] for e in edges} <= {"PART_OF", "IMPLEMENTS", "SUB_TIER_OF", "HAS_TIER"}
    taijiang = next(n for n in nodes if n["id:ID"] == "place/350103")
    assert taijiang[":LABEL"].split(";") == ["District", "Place"]
    assert taijiang["name"] == "台江区" and taijiang["adminCode"] == "350103"
    assert all(n["mentions:int"].isdigit() for n in nodes)


def test_formats_csv_arrays_never_split_inside_a_name(tmp_path: Path) -> None:
    graph = tricky_graph()
    nodes_path, _ = graph.to_csv(tmp_path)
    rows = _read_csv(nodes_path)
    district = next(r for r in rows if r["id:ID"] == "place/aaaa")
    assert sorted(district["altLabels:string[]"].split(";")) == sorted(["某；区", "某\x01区"])
    assert all("\n" not in v for r in rows for v in r.values())


# ------------------------------------------------------------------ determinism, atomicity

def test_formats_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    outputs = []
    for seed in ("0", "777"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(ROOT / "seeds"), "-o", str(out),
                        "--format", "ttl,nt,jsonld,graphml,csv"], check=True, env=env, capture_output=True)
        outputs.append({name: (out / name).read_bytes() for name in FILES if name != "graph.html"})
    assert outputs[0] == outputs[1]


def test_formats_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that fails half-way leaves the previous file intact and no temporary file behind."""
    graph = tricky_graph()
    written = kg.export(graph, tmp_path, "nt,jsonld,graphml,csv")
    before = {p.name: p.read_bytes() for p in written}

    def boom(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kg.atomic.os.fsync", boom)
    for fmt in ("nt", "jsonld", "graphml", "csv"):
        with pytest.raises(OSError):
            kg.export(graph, tmp_path, fmt)
    assert {p.name: p.read_bytes() for p in written} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(before)



# ------------------------------------------------------------------ formats side by side

needs_fork = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="exports are forked on Linux only")


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork the writer even here: earlier tests (Dask's) leave threads that would make export write in turn."""
    import kg.exporters

    monkeypatch.setattr(kg.exporters, "can_fork", lambda: True)


@needs_fork
def test_formats_written_side_by_side_are_the_same_bytes(forking: None, seeds_graph: KnowledgeGraph, seeds_out: Path,
                                                          tmp_path: Path) -> None:
    import multiprocessing

    written = kg.export(seeds_graph, tmp_path, ALL, parallel=True)
    assert [p.name for p in written] == FILES  # the order of writing, whoever wrote them
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (seeds_out / name).read_bytes(), name
    assert not multiprocessing.active_children()  # the writer process was waited for


@needs_fork
def test_formats_an_error_in_the_forked_writer_is_raised_here(forking: None, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    graph = tricky_graph()
    before = {p.name: p.read_bytes() for p in kg.export(graph, tmp_path, "ttl,nt,html", parallel=False)}
    real = os.fsync

    def full_disk(fd: int) -> None:
        if ".graph.html." not in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(28, "No space left on device")
        real(fd)

    monkeypatch.setattr("kg.atomic.os.fsync", full_disk)  # the forked copy fails; the view here does not
    with pytest.raises(OSError, match="No space left on device") as failed:
        kg.export(graph, tmp_path, "ttl,nt,html", parallel=True)
    assert failed.value.errno == 28
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # nothing torn, nothing left


def _instead_of_turtle(monkeypatch: pytest.MonkeyPatch, action: Callable[[], object]) -> None:
    """The forked writer runs ``action`` where it would write the Turtle; the other formats are written."""
    import kg.exporters

    real = kg.exporters._write

    def write(graph: KnowledgeGraph, out: Path, name: str) -> list[Path]:
        if name == "ttl":
            action()
        return real(graph, out, name)

    monkeypatch.setattr(kg.exporters, "_write", write)


def _invalid_iri() -> None:
    raise ValueError("not a valid IRI: 'x y'")


@needs_fork
def test_formats_a_forked_writer_that_dies_is_an_error(forking: None, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _instead_of_turtle(monkeypatch, lambda: os._exit(3))
    with pytest.raises(KgError, match="exit code 3"):
        kg.export(tricky_graph(), tmp_path, "ttl,html", parallel=True)


@needs_fork
def test_formats_the_forked_writer_raises_its_own_kind_of_error(forking: None, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _instead_of_turtle(monkeypatch, _invalid_iri)
    with pytest.raises(ValueError, match="not a valid IRI"):  # as it would be written in this process
        kg.export(tricky_graph(), tmp_path, "ttl,html", parallel=True)


@needs_fork
def test_formats_ctrl_c_while_writing_the_view_is_ctrl_c(forking: None, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    import kg.exporters

    real = kg.exporters._write

    def interrupted_view(graph: KnowledgeGraph, out: Path, name: str) -> list[Path]:
        if name == "html":
            raise KeyboardInterrupt
        real(graph, out, name)
        raise OSError(4, "Interrupted system call")  # the copy, interrupted too, fails its own way

    monkeypatch.setattr(kg.exporters, "_write", interrupted_view)
    with pytest.raises(KeyboardInterrupt):  # what this process was told, not the copy's error
        kg.export(tricky_graph(), tmp_path, "ttl,html", parallel=True)
    assert not multiprocessing.active_children()


def _export_in(out: str) -> list[str]:
    return [p.name for p in kg.export(tricky_graph(), out, "ttl,nt,html")]


@needs_fork
def test_formats_export_from_a_daemonic_worker_writes_one_after_the_other(tmp_path: Path) -> None:
    """A pool's worker may not fork a writer of its own: there the formats are written in turn."""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(_export_in, (str(tmp_path),)) == ["graph.ttl", "graph.nt", "graph.html"]


_KILLED_PARENT = """
import os, signal, sys, time
import kg.exporters as E
from tests.test_formats import tricky_graph
real = E._write
def slow(graph, out, name):
    if name == "ttl":  # the forked writer: says who it is, then takes its time
        print(os.getpid(), flush=True)
        time.sleep(60)
    else:
        time.sleep(1)
        os.kill(os.getpid(), signal.SIGKILL)  # the build is killed while its writer works
    return real(graph, out, name)
E._write = slow
print(os.getpid(), flush=True)
E.export(tricky_graph(), sys.argv[1], "ttl,html", parallel=True)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as f:
            return not any(line.startswith("State:") and "Z" in line.split()[1] for line in f)
    except FileNotFoundError:
        return False


@needs_fork
def test_formats_the_forked_writer_dies_with_its_build(tmp_path: Path) -> None:
    """A killed build's writer must not go on writing (over the files of the next build)."""
    import time

    run = subprocess.run([sys.executable, "-c", _KILLED_PARENT, str(tmp_path)], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == -9
    build, writer = map(int, run.stdout.split())
    assert writer != build  # a fresh process with one thread forks its writer
    deadline = time.monotonic() + 10
    while _alive(writer) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(writer)


@needs_fork
def test_formats_no_fork_while_another_thread_runs() -> None:
    import threading

    from kg.exporters import can_fork

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not can_fork()  # a fork would copy this thread alone, and any lock the other holds
    finally:
        stop.set()
        other.join()
