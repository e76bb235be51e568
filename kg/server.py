"""A read-only SPARQL 1.1 Protocol endpoint over one export, on the standard library's HTTP server.

``kg serve GRAPH.ttl`` loads the graph once into pyoxigraph and answers:

- ``GET /sparql?query=…`` and ``POST /sparql`` with a body of type
  ``application/sparql-query`` or a form (``application/x-www-form-urlencoded``,
  field ``query``) — the two query operations of the SPARQL 1.1 Protocol;
- results as SPARQL JSON (default), CSV or TSV, chosen by the ``Accept``
  header (or ``format=json|csv|tsv`` for clients that cannot set headers); a
  CONSTRUCT or DESCRIBE answers N-Triples;
- ``GET /`` a small query page (no scripts, no network) that shows results as
  an HTML table, every value escaped.

It is read-only: an update operation (``update=`` form field,
``application/sparql-update``) gets 403, an UPDATE sent as a query 400. It
binds 127.0.0.1 unless told otherwise, so it is not reachable from other
machines by accident. Query text and results are data: they are never
spliced into HTML unescaped. ``make_server`` is the library entry point; the
CLI only prints the address and calls ``serve_forever``.
"""

from __future__ import annotations

import html
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg import __version__
from kg.errors import QueryError
from kg.graph import KnowledgeGraph
from kg.results import MEDIA_TYPES, render
from kg.sparql import Result, is_update, load_store, query

MAX_BODY = 1 << 20  # 1 MiB of query text is far more than any real query
# Accept media types we can answer, mapped to our format names.
_ACCEPT = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/n-triples": "nt",
    "text/plain": "nt",
}
EXAMPLE = "SELECT ?district ?name WHERE {\n  ?district a pb:District ; rdfs:label ?name .\n} ORDER BY ?name"


class SparqlServer(ThreadingHTTPServer):
    """A threading HTTP server holding one loaded, read-only graph."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: Any, name: str) -> None:
        super().__init__(address, SparqlHandler)
        self.store = store
        self.name = name
        self.triples = len(store)


def make_server(graph: str | Path | KnowledgeGraph, *, host: str = "127.0.0.1", port: int = 7878) -> SparqlServer:
    """Load a Turtle file (or a built graph) and bind a server to (host, port); port 0 picks a free one.

    Call ``serve_forever`` on the result (or ``serve_in_thread``).
    """
    store = load_store(graph)
    name = "graph" if isinstance(graph, KnowledgeGraph) else Path(graph).name
    try:
        return SparqlServer((host, port), store, name)
    except OSError as exc:
        raise QueryError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from exc


def serve_in_thread(server: SparqlServer) -> threading.Thread:
    """Run ``server`` in a daemon thread (for notebooks and tests); stop it with ``server.shutdown()``."""
    thread = threading.Thread(target=server.serve_forever, name="kg-serve", daemon=True)
    thread.start()
    return thread


def negotiate(accept: str, *, graph: bool) -> str | None:
    """Our format for an Accept header, honouring q-values; None if nothing acceptable is offered."""
    if not accept.strip():
        return "nt" if graph else "json"
    choices: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            choices.append((-q, i, media))
    for _q, _i, media in sorted(choices):
        if media in ("*/*", "application/*"):
            return "nt" if graph else "json"
        fmt = _ACCEPT.get(media)
        if fmt and (fmt == "nt") == graph:
            return fmt
    return None


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = f"kg-sparql/{__version__}"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet by default: a query log on stderr would drown the CLI's own output."""

    # ------------------------------------------------------------ routing

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path == "/":
            self._page(_one(params, "query"))
        elif url.path == "/sparql":
            if "update" in params:
                self._error(403, "this endpoint is read-only: updates are refused")
            elif "query" not in params:
                self._error(400, "missing query parameter (GET /sparql?query=...)")
            else:
                self._answer(_one(params, "query") or "", params)
        else:
            self._error(404, f"no such page: {url.path} (the endpoint is /sparql)")

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._error(404, f"no such endpoint: {url.path} (the endpoint is /sparql)")
            return
        params = parse_qs(url.query, keep_blank_values=True)
        ctype = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._error(413, f"request body over {MAX_BODY} bytes")
            return
        body = self.rfile.read(length) if length > 0 else b""
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            self._error(400, "request body is not UTF-8")
            return
        if ctype == "application/sparql-update":
            self._error(403, "this endpoint is read-only: updates are refused")
        elif ctype == "application/sparql-query":
            self._answer(text, params)
        elif ctype == "application/x-www-form-urlencoded":
            form = parse_qs(text, keep_blank_values=True)
            if "update" in form:
                self._error(403, "this endpoint is read-only: updates are refused")
            elif "query" not in form:
                self._error(400, "missing query field in the form")
            else:
                self._answer(_one(form, "query") or "", {**params, **form})
        else:
            self._error(415, "send application/sparql-query or application/x-www-form-urlencoded")

    # ------------------------------------------------------------ answers

    def _run(self, text: str) -> Result:
        if is_update(text):
            raise QueryError("UPDATE refused: this endpoint is read-only")
        return query(self.server.store, text)

    def _answer(self, text: str, params: dict[str, list[str]]) -> None:
        try:
            result = self._run(text)
        except QueryError as exc:
            self._error(400, str(exc))
            return
        wanted = _one(params, "format")
        if wanted:
            fmt = wanted if wanted in ("json", "csv", "tsv", "nt") else None
            if fmt and (fmt == "nt") != result.is_graph:
                fmt = None
        else:
            fmt = negotiate(self.headers.get("Accept", ""), graph=result.is_graph)
        if fmt is None:
            offered = "application/n-triples" if result.is_graph else "application/sparql-results+json, text/csv, " \
                                                                     "text/tab-separated-values"
            self._error(406, f"cannot answer in the requested type; offered: {offered}")
            return
        self._send(200, MEDIA_TYPES[fmt], render(result, fmt).encode("utf-8"))

    def _page(self, text: str | None) -> None:
        table = ""
        if text:
            try:
                result = self._run(text)
                table = _html_result(result)
            except QueryError as exc:
                table = f'<p class="error">{html.escape(str(exc))}</p>'
        body = PAGE.format(
            name=html.escape(self.server.name),
            triples=self.server.triples,
            query=html.escape(text if text is not None else EXAMPLE),
            result=table,
        )
        self._send(200, "text/html", body.encode("utf-8"),
                   extra={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                                                     "form-action 'self'"})

    def _error(self, status: int, message: str) -> None:
        self._send(status, "text/plain", (message + "\n").encode("utf-8"))

    def _send(self, status: int, ctype: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _one(params: dict[str, list[str]], key: str) -> str | None:
    values = params.get(key)
    return values[0] if values else None


def _html_result(result: Result) -> str:
    from kg.results import compact

    if result.form == "ASK":
        return f"<p>{'true' if result.boolean else 'false'}</p>"
    head = "".join(f"<th>{html.escape(v)}</th>" for v in result.vars)
    rows = []
    for row in result:
        cells = []
        for v in result.vars:
            t = row.get(v)
            text = "" if t is None else (compact(str(t)) if t.kind == "uri" else str(t))
            cells.append(f"<td>{html.escape(text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    n = len(result)
    return (f"<p>{n} row{'s' if n != 1 else ''}</p><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>kg SPARQL — {name}</title>
<style>
body {{ font-family: system-ui, "Noto Sans CJK SC", sans-serif; margin: 2em; }}
textarea {{ width: 100%; font-family: monospace; font-size: 14px; }}
table {{ border-collapse: collapse; margin-top: 1em; }}
th, td {{ border: 1px solid #ccc; padding: 2px 8px; text-align: left; vertical-align: top; }}
.error {{ color: #a00; white-space: pre-wrap; }}
code {{ background: #f4f4f4; }}
</style>
</head>
<body>
<h1>SPARQL over {name}</h1>
<p>{triples} triples, read-only. Prefixes <code>pb</code>, <code>pbr</code>, <code>rdf</code>, <code>rdfs</code>,
<code>skos</code>, <code>dcterms</code>, <code>xsd</code> are predeclared. Endpoint for SPARQL clients:
<code>/sparql</code> (SPARQL 1.1 Protocol; JSON, CSV or TSV by <code>Accept</code>).</p>
<form method="get" action="/">
<textarea name="query" rows="12">{query}</textarea>
<p><button type="submit">Run</button></p>
</form>
{result}
</body>
</html>
"""
