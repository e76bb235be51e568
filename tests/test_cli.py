"""The CLI's contract: exit codes, one-line errors naming the file, library parity."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main

ARTICLE = "成都市武侯区推行“红色管家”工作法，全区共建立小区党支部120个。\n"


def _write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def test_cli_build_writes_both_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    _write(src, "a.txt", ARTICLE.encode("utf-8"))
    assert main(["build", str(src), "-o", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0
    assert (tmp_path / "out" / "graph.html").stat().st_size > 0
    out = capsys.readouterr().out
    assert "documents read: 1" in out
    assert "District 1" in out


def test_cli_build_bad_file_exits_1_and_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    _write(src, "good.txt", ARTICLE.encode("utf-8"))
    _write(src, "broken.txt", b"\x00\x01\x02binary")
    assert main(["build", str(src), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert any(line.startswith("kg: failed: broken.txt: ") for line in err)
    assert not any("Traceback" in line for line in err)
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_cli_build_nothing_buildable_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    _write(src, "empty.txt", b"   \n")
    assert main(["build", str(src), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "nothing to build" in err and "empty.txt" in err
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_cli_build_missing_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(tmp_path / "nope"), "-o", str(tmp_path / "out")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


@pytest.fixture
def built(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    _write(src, "a.txt", ARTICLE.encode("utf-8"))
    assert main(["build", str(src), "-o", str(tmp_path / "out")]) == 0
    return tmp_path / "out" / "graph.ttl"


def test_cli_query_table_lists_the_district(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code = main(["query", str(built), "SELECT ?l WHERE { ?d a pb:District ; rdfs:label ?l }"])
    assert code == 0
    out = capsys.readouterr().out
    assert "武侯区" in out and "(1 row)" in out


def test_cli_query_reads_file_and_prints_csv(built: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?v WHERE { ?s pb:value ?v }", encoding="utf-8")
    capsys.readouterr()
    assert main(["query", str(built), f"@{rq}", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["v", "120"]


def test_cli_query_refuses_update(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code = main(["query", str(built), "INSERT DATA { <urn:a> <urn:b> <urn:c> }"])
    assert code == 2
    assert "UPDATE refused" in capsys.readouterr().err


def test_cli_query_missing_graph_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", str(tmp_path / "none.ttl"), "SELECT * WHERE { ?s ?p ?o }"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "none.ttl" in err[0]


def test_cli_library_parity(built: Path) -> None:
    """kg.query gives the same rows the CLI prints."""
    import kg

    rows = kg.query(built, "PREFIX pb: <https://w3id.org/pbkg/ontology#> "
                           "SELECT ?v WHERE { ?s pb:value ?v }")
    assert rows == [{"v": "120"}]


@pytest.mark.parametrize("argv", [["--help"], ["build", "--help"], ["query", "--help"], ["validate", "--help"],
                                  ["serve", "--help"]])
def test_cli_help_everywhere(argv: list[str]) -> None:
    proc = subprocess.run([sys.executable, "-m", "kg.cli", *argv], capture_output=True, text=True, check=False)
    assert proc.returncode == 0
    assert "usage: kg" in proc.stdout


def test_cli_version() -> None:
    import kg

    proc = subprocess.run([sys.executable, "-m", "kg.cli", "--version"], capture_output=True, text=True,
                          check=False)
    assert proc.stdout.strip() == f"kg {kg.__version__}"


def test_cli_help_imports_no_heavy_library() -> None:
    code = ("import sys\nfrom kg.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('rdflib', 'pyoxigraph', 'pyshacl', 'networkx', 'pyvis', 'jieba', 'opencc')"
            " if m in sys.modules]\nprint(heavy)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_cli_build_writes_the_formats_asked_for(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    _write(src, "a.txt", ARTICLE.encode("utf-8"))
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out), "--format", "ttl,nt,jsonld,graphml,csv"]) == 0
    written = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))  # .kg-cache is the build's own
    assert written == ["edges.csv", "graph.graphml", "graph.jsonld", "graph.nt", "graph.ttl", "nodes.csv"]
    assert "graph.nt" in capsys.readouterr().out


def test_cli_build_unknown_format_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    _write(src, "a.txt", ARTICLE.encode("utf-8"))
    assert main(["build", str(src), "-o", str(tmp_path / "out"), "--format", "ttl,rdfxml"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unknown export format: rdfxml" in err[0]
    assert not (tmp_path / "out").exists()


def test_cli_query_json_types_every_term(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    capsys.readouterr()
    q = "SELECT ?d ?l ?v ?code WHERE { ?d a pb:District ; rdfs:label ?l ; pb:adminCode ?code . ?s pb:value ?v }"
    assert main(["query", str(built), q, "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["head"]["vars"] == ["d", "l", "v", "code"]
    (b,) = doc["results"]["bindings"]
    assert b["d"] == {"type": "uri", "value": "https://w3id.org/pbkg/id/place/510107"}
    assert b["l"] == {"type": "literal", "value": "武侯区", "xml:lang": "zh"}
    assert b["v"] == {"type": "literal", "value": "120", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    assert b["code"] == {"type": "literal", "value": "510107"}  # a simple literal carries no datatype


def test_cli_query_json_leaves_unbound_out_and_keeps_the_header(built: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    import json

    capsys.readouterr()
    q = "SELECT ?d ?missing WHERE { ?d a pb:District OPTIONAL { ?d pb:nothing ?missing } }"
    assert main(["query", str(built), q, "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["head"]["vars"] == ["d", "missing"] and "missing" not in doc["results"]["bindings"][0]
    assert main(["query", str(built), "SELECT ?x WHERE { ?x a pb:Nothing }", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"head": {"vars": ["x"]}, "results": {"bindings": []}}


def test_cli_query_tsv_is_lossless_and_csv_plain(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    q = "SELECT ?d ?l WHERE { ?d a pb:District ; rdfs:label ?l }"
    capsys.readouterr()
    assert main(["query", str(built), q, "--format", "tsv"]) == 0
    assert capsys.readouterr().out == '?d\t?l\n<https://w3id.org/pbkg/id/place/510107>\t"武侯区"@zh\n'
    assert main(["query", str(built), q, "--format", "csv"]) == 0
    assert capsys.readouterr().out == "d,l\r\nhttps://w3id.org/pbkg/id/place/510107,武侯区\r\n"


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_cli_query_ask_and_construct(built: Path, capsys: pytest.CaptureFixture[str], engine: str) -> None:
    capsys.readouterr()
    assert main(["query", str(built), "ASK { ?d a pb:District }", "--engine", engine]) == 0
    assert capsys.readouterr().out == "true\n"
    assert main(["query", str(built), "ASK { ?d a pb:Township }", "--format", "json", "--engine", engine]) == 0
    assert capsys.readouterr().out == '{"head": {}, "boolean": false}\n'
    q = "CONSTRUCT { ?d rdfs:label ?l } WHERE { ?d a pb:District ; rdfs:label ?l }"
    assert main(["query", str(built), q, "--engine", engine]) == 0
    assert capsys.readouterr().out == ('<https://w3id.org/pbkg/id/place/510107> '
                                       '<http://www.w3.org/2000/01/rdf-schema#label> "武侯区"@zh .\n')


def test_cli_query_nt_only_for_graphs(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", str(built), "SELECT * WHERE { ?s ?p ?o }", "--format", "nt"]) == 2
    assert "CONSTRUCT" in capsys.readouterr().err


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_cli_query_update_only_with_flag(built: Path, capsys: pytest.CaptureFixture[str], engine: str) -> None:
    import kg

    update = 'INSERT DATA { <https://w3id.org/pbkg/id/x> <http://www.w3.org/2000/01/rdf-schema#label> "x" }'
    before = built.read_bytes()
    assert main(["query", str(built), update, "--engine", engine]) == 2
    assert built.read_bytes() == before
    capsys.readouterr()
    assert main(["query", str(built), update, "--update", "--engine", engine]) == 0
    assert "triples before" in capsys.readouterr().out
    assert kg.query(built, 'ASK { ?s rdfs:label "x" }').boolean is True
    assert kg.query(built, "SELECT ?v WHERE { ?s pb:value ?v }") == [{"v": "120"}]


def test_cli_every_command_has_a_library_function() -> None:
    """build, export, query, validate and serve are all callable from Python, not only from the shell."""
    # Loading the modules must not shadow the functions of the same job (kg.export, kg.validate).
    import kg
    import kg.exporters
    import kg.server
    import kg.shacl
    import kg.sparql

    for name in ("build", "export", "query", "validate", "make_server"):
        assert callable(getattr(kg, name)), name
        assert not isinstance(getattr(kg, name), type(kg)), f"kg.{name} is a module, not the function"
