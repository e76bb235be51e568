"""Independent Turtle parsers read our Turtle files the same way.

Users load the export into whatever they have: rdflib, Oxigraph, or tools
built on Raptor (``rapper``). A file one of them rejects, or reads as a
different number of triples (an escaping or IRI edge case that one parser
accepts leniently), is a broken export for those users even if rdflib is
happy. So each file is parsed by all three and their triple counts compared.
Raw counts are compared, not distinct ones, so a duplicated statement in the
export shows up as a disagreement with rdflib (which drops duplicates).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent

FILES = [
    pytest.param(ROOT / "ontology" / "pbkg.ttl", id="ontology"),
    pytest.param(ROOT / "exports" / "graph.ttl", id="export"),
]

_RAPPER_COUNT = re.compile(r"returned (\d+) triples?")


def _existing(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path.relative_to(ROOT)} does not exist yet; build it to check it parses everywhere")
    return path


def rdflib_count(path: Path) -> int:
    return len(Graph().parse(path, format="turtle"))


def pyoxigraph_counts(path: Path) -> tuple[int, int]:
    """(raw, distinct) triple counts as pyoxigraph parses ``path``."""
    triples = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    return len(triples), len(set(triples))


def rapper_count(rapper: str, path: Path) -> int:
    """Triples that ``rapper -c`` counts in ``path``; fails on any parse error."""
    result = subprocess.run(
        [rapper, "-i", "turtle", "-c", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0 and "Error" not in result.stderr, (
        f"rapper rejected {path.name} (exit {result.returncode}):\n{result.stderr}"
    )
    match = _RAPPER_COUNT.search(result.stderr)
    assert match, f"no triple count in rapper's output:\n{result.stderr}"
    return int(match.group(1))


@pytest.mark.parametrize("path", FILES)
def test_rdf_parsers_rdflib_and_pyoxigraph_agree(path: Path) -> None:
    path = _existing(path)
    by_rdflib = rdflib_count(path)
    raw, distinct = pyoxigraph_counts(path)
    assert by_rdflib > 0, f"{path.name} parsed to an empty graph"
    assert raw == distinct, f"{path.name} states {raw - distinct} triple(s) more than once"
    assert by_rdflib == raw, f"rdflib read {by_rdflib} triples, pyoxigraph {raw}"


@pytest.mark.parametrize("path", FILES)
def test_rdf_parsers_rapper_agrees(path: Path, need_tool: Callable[[str, str], str]) -> None:
    path = _existing(path)
    rapper = need_tool("rapper", "raptor2-utils")
    by_rapper = rapper_count(rapper, path)
    by_rdflib = rdflib_count(path)
    raw, _ = pyoxigraph_counts(path)
    assert by_rapper == by_rdflib == raw, f"rapper {by_rapper}, rdflib {by_rdflib}, pyoxigraph {raw}"
