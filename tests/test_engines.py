"""Three SPARQL engines give the same answers to every saved question on the seeds export.

pyoxigraph (the default engine), rdflib (``--engine rdflib``) and Rasqal's
``roqet`` (Debian ``rasqal-utils``; a third, independent implementation in C)
must agree, so a saved question means the same thing whatever store a user
loads the export into. Results are compared as multisets of normalised terms
(kind, value, datatype, language), so a difference in typing — a count that
comes back as a string, a lost language tag — fails too, not only a
difference in text.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

import kg
from kg.sparql import Result, Term

ROOT = Path(__file__).resolve().parents[1]
EXPORT = ROOT / "exports" / "graph.ttl"
SAVED = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
SR = "{http://www.w3.org/2005/sparql-results#}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XSD = "http://www.w3.org/2001/XMLSchema#"

Normal = tuple[str, object]  # ("ask", bool) or ("rows", Counter of rows)


def _key(t: Term | None) -> tuple[str, str, str, str]:
    if t is None:
        return ("unbound", "", "", "")
    value = str(t)
    if t.kind == "literal" and t.datatype in (XSD + "integer", XSD + "decimal"):
        value = str(float(value))  # 5 and 5.0 are the same number whatever lexical form an engine picks
    return (t.kind, value, t.datatype or "", t.lang or "")


def normalise(result: Result) -> Normal:
    if result.form == "ASK":
        return ("ask", bool(result.boolean))
    rows = Counter(tuple(_key(row.get(v)) for v in result.vars) for row in result)
    return ("rows", (tuple(result.vars), rows))


def roqet_result(roqet: str, query_file: Path, data: Path) -> Result:
    """Run ``roqet`` and read its SPARQL XML results into the same ``Result`` the library returns."""
    # -W 0: roqet counts a warning for every SPARQL 1.1 aggregate and then exits 2 even though the answer is right.
    proc = subprocess.run([roqet, "-q", "-W", "0", "-i", "sparql", "-r", "xml", "-D", str(data), str(query_file)],
                          capture_output=True, check=False)
    assert proc.returncode == 0, f"roqet failed on {query_file.name}: {proc.stderr.decode('utf-8', 'replace')}"
    root = ET.fromstring(proc.stdout)
    boolean = root.find(f"{SR}boolean")
    if boolean is not None:
        value = boolean.text.strip() == "true"
        return Result([{"result": Term("true" if value else "false", "literal", XSD + "boolean")}],
                      vars=["result"], form="ASK", boolean=value)
    names = [v.get("name") for v in root.iter(f"{SR}variable")]
    rows = []
    for res in root.iter(f"{SR}result"):
        row: dict[str, Term | None] = dict.fromkeys(names)
        for b in res.findall(f"{SR}binding"):
            (node,) = list(b)
            kind = node.tag.removeprefix(SR)
            text = node.text or ""
            if kind == "literal":
                row[b.get("name")] = Term(text, "literal", node.get("datatype"), node.get(XML_LANG))
            else:
                row[b.get("name")] = Term(text, kind)
        rows.append(row)
    return Result(rows, vars=names)


@pytest.fixture(scope="module")
def stores() -> dict[str, object]:
    """Load the export once per engine for all the questions."""
    from kg.sparql import load_rdflib, load_store

    return {"oxigraph": load_store(EXPORT), "rdflib": load_rdflib(EXPORT)}


@pytest.mark.parametrize("path", SAVED, ids=lambda p: p.name)
def test_engines_agree_on_saved_question(path: Path, stores: dict[str, object],
                                         need_tool: Callable[[str, str], str]) -> None:
    text = path.read_text(encoding="utf-8")
    oxigraph = normalise(kg.query(stores["oxigraph"], text))
    rdflib = normalise(kg.query(stores["rdflib"], text))
    assert rdflib == oxigraph, f"{path.name}: rdflib and pyoxigraph disagree"
    roqet = need_tool("roqet", "rasqal-utils")
    assert normalise(roqet_result(roqet, path, EXPORT)) == oxigraph, f"{path.name}: roqet and pyoxigraph disagree"


def test_engines_comparison_sees_a_difference(stores: dict[str, object]) -> None:
    """The normalisation keeps what matters: a plain string is not the @zh label it spells."""
    a = kg.query(stores["oxigraph"], 'SELECT ?l WHERE { ?d rdfs:label ?l FILTER(?l = "台江区"@zh) }')
    b = kg.query(stores["oxigraph"], 'SELECT (STR(?l) AS ?l2) WHERE { ?d rdfs:label ?l FILTER(?l = "台江区"@zh) }')
    b.vars = ["l"]
    for row in b:
        row["l"] = row.pop("l2")
    assert len(a) == len(b) == 1
    assert normalise(a) != normalise(b)


def test_engines_python_and_oxigraph_agree_on_a_built_graph() -> None:
    """A KnowledgeGraph queried directly gives what its Turtle export gives."""
    graph = kg.build(ROOT / "seeds")
    text = (ROOT / "ontology" / "queries" / "02_xiaoqu_branches_per_district.rq").read_text(encoding="utf-8")
    assert normalise(kg.query(graph, text)) == normalise(kg.query(EXPORT, text))
    assert normalise(kg.query(graph, text, engine="rdflib")) == normalise(kg.query(EXPORT, text))
