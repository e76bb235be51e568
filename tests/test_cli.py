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


@pytest.mark.parametrize("argv", [["--help"], ["build", "--help"], ["query", "--help"]])
def test_cli_help_everywhere(argv: list[str]) -> None:
    proc = subprocess.run([sys.executable, "-m", "kg.cli", *argv], capture_output=True, text=True, check=False)
    assert proc.returncode == 0
    assert "usage: kg" in proc.stdout


def test_cli_version() -> None:
    import kg

    proc = subprocess.run([sys.executable, "-m", "kg.cli", "--version"], capture_output=True, text=True,
                          check=False)
    assert proc.stdout.strip() == f"kg {kg.__version__}"
