"""``kg serve``: the SPARQL 1.1 Protocol over HTTP, tested with a real client (urllib) on an ephemeral port.

The endpoint must give the same rows, byte for byte, as ``kg query`` in the
same format; refuse updates with a 4xx and leave the data unchanged; honour
the Accept header; and escape everything it puts into its query page.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg
from kg.cli import main
from kg.server import SparqlServer, make_server, negotiate, serve_in_thread

ROOT = Path(__file__).resolve().parents[1]
EXPORT = ROOT / "exports" / "graph.ttl"
QUESTION = ROOT / "ontology" / "queries" / "02_xiaoqu_branches_per_district.rq"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def server() -> Iterator[SparqlServer]:
    srv = make_server(EXPORT, port=0)
    serve_in_thread(srv)
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def base(server: SparqlServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}"


def fetch(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Status, Content-Type and body text of one request; HTTP errors are answers too."""
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read().decode("utf-8")


def cli_output(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(["query", str(EXPORT), *argv]) == 0
    return capsys.readouterr().out


def test_server_binds_localhost_by_default(server: SparqlServer) -> None:
    assert server.server_address[0] == "127.0.0.1"


@pytest.mark.parametrize("fmt,accept", [("json", "application/sparql-results+json"), ("csv", "text/csv"),
                                        ("tsv", "text/tab-separated-values")])
def test_server_get_gives_the_rows_of_kg_query(base: str, capsys: pytest.CaptureFixture[str], fmt: str,
                                               accept: str) -> None:
    text = QUESTION.read_text(encoding="utf-8")
    status, ctype, body = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": text}),
                                headers={"Accept": accept})
    assert status == 200 and ctype.startswith(accept)
    assert body == cli_output(capsys, f"@{QUESTION}", "--format", fmt)


def test_server_json_rows_match_the_library(base: str) -> None:
    text = QUESTION.read_text(encoding="utf-8")
    _, _, body = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": text}))
    doc = json.loads(body)
    served = [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]
    assert served == [{k: str(v) for k, v in row.items()} for row in kg.query(EXPORT, text)]
    assert ("台江区", "304") in {(r["name"], r["count"]) for r in served}
    assert doc["results"]["bindings"][0]["name"]["xml:lang"] == "zh"


def test_server_post_query_body_and_form(base: str) -> None:
    text = QUESTION.read_text(encoding="utf-8")
    _, _, by_get = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": text}))
    status, _, direct = fetch(f"{base}/sparql", data=text.encode("utf-8"),
                              headers={"Content-Type": "application/sparql-query"})
    assert status == 200 and direct == by_get
    status, _, form = fetch(f"{base}/sparql", data=urllib.parse.urlencode({"query": text}).encode("ascii"),
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and form == by_get


def test_server_ask_and_construct(base: str) -> None:
    _, ctype, body = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": "ASK { ?d a pb:District }"}))
    assert ctype.startswith("application/sparql-results+json") and json.loads(body) == {"head": {}, "boolean": True}
    q = 'CONSTRUCT { ?d pb:partOf ?c } WHERE { ?d rdfs:label "台江区"@zh ; pb:partOf ?c }'
    status, ctype, body = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": q}))
    assert status == 200 and ctype.startswith("application/n-triples")
    assert body == ("<https://w3id.org/pbkg/id/place/350103> <https://w3id.org/pbkg/ontology#partOf> "
                    "<https://w3id.org/pbkg/id/place/350100> .\n")


@pytest.mark.parametrize("how", ["form", "update-body", "get-query", "post-query"])
def test_server_refuses_updates_and_keeps_the_data(base: str, how: str) -> None:
    update = "DELETE WHERE { ?s ?p ?o }"
    before = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": COUNT}))[2]
    if how == "form":
        status, _, body = fetch(f"{base}/sparql", data=urllib.parse.urlencode({"update": update}).encode(),
                                headers={"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "update-body":
        status, _, body = fetch(f"{base}/sparql", data=update.encode(),
                                headers={"Content-Type": "application/sparql-update"})
    elif how == "get-query":
        status, _, body = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": update}))
    else:
        status, _, body = fetch(f"{base}/sparql", data=update.encode(),
                                headers={"Content-Type": "application/sparql-query"})
    assert 400 <= status < 500
    assert "read-only" in body
    assert fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": COUNT}))[2] == before


def test_server_errors_are_4xx_with_a_message(base: str) -> None:
    status, _, body = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE {"}))
    assert status == 400 and "syntax error" in body.lower()
    assert fetch(f"{base}/sparql")[0] == 400
    assert fetch(f"{base}/nothing")[0] == 404
    status, _, _ = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": COUNT}),
                         headers={"Accept": "application/sparql-results+xml"})
    assert status == 406
    status, _, _ = fetch(f"{base}/sparql", data=b"query=x", headers={"Content-Type": "text/plain"})
    assert status == 415


def test_server_accept_negotiation() -> None:
    assert negotiate("", graph=False) == "json"
    assert negotiate("text/csv;q=0.5, text/tab-separated-values", graph=False) == "tsv"
    assert negotiate("application/xml, */*;q=0.1", graph=False) == "json"
    assert negotiate("text/csv;q=0", graph=False) is None
    assert negotiate("text/csv", graph=True) is None
    assert negotiate("*/*", graph=True) == "nt"


def test_server_page_is_offline_and_escapes_everything(base: str) -> None:
    status, ctype, page = fetch(f"{base}/")
    assert status == 200 and ctype.startswith("text/html")
    assert "<form" in page and "<textarea" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", page), "the page must not load anything remotely"
    q = 'SELECT ?x WHERE { BIND("<script>alert(1)</script>&" AS ?x) }'
    status, _, page = fetch(f"{base}/?" + urllib.parse.urlencode({"query": q}))
    assert status == 200
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&amp;" in page
    assert "1 row" in page


def test_server_page_shows_query_errors_escaped(base: str) -> None:
    status, _, page = fetch(f"{base}/?" + urllib.parse.urlencode({"query": "SELECT <oops"}))
    assert status == 200 and 'class="error"' in page and "<oops" not in page


def test_server_cli_serves_until_stopped(tmp_path: Path) -> None:
    """`kg serve --port 0` prints its address and answers on it; the process is ours to stop."""
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(EXPORT), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert match, line + proc.stderr.read() if proc.poll() is not None else line
        status, _, body = fetch(f"http://127.0.0.1:{match.group(1)}/sparql?"
                                + urllib.parse.urlencode({"query": "ASK { ?d a pb:Township }"}))
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_server_missing_graph_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", str(tmp_path / "none.ttl"), "--port", "0"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "none.ttl" in err[0]


def test_server_library_serves_a_built_graph() -> None:
    """kg.make_server takes a KnowledgeGraph too, for a notebook that never writes a file."""
    graph = kg.build(ROOT / "seeds" / "004_d0b45a15d9d766c4.txt")
    srv = kg.make_server(graph, port=0)
    serve_in_thread(srv)
    try:
        host, port = srv.server_address[:2]
        q = 'SELECT ?n WHERE { ?s pb:countedThing "小区党支部"@zh ; pb:value ?n }'
        _, _, body = fetch(f"http://{host}:{port}/sparql?" + urllib.parse.urlencode({"query": q}),
                           headers={"Accept": "text/csv"})
        assert body == "n\r\n588\r\n"  # 004 "建成小区党支部588个"
    finally:
        srv.shutdown()
        srv.server_close()
