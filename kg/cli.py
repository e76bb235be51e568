"""The ``kg`` command: a thin layer over ``kg.build``, ``kg.export``, ``kg.query``,
``kg.validate`` and ``kg.server``.

Only argument parsing, messages and exit codes live here. Exit codes: 0 done;
1 the command ran but found a problem (``build``: some documents failed;
``validate``: the graph does not conform); 2 usage error or nothing done.
Heavy libraries are imported inside the commands, so ``kg --help`` is quick.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg import __version__
from kg.errors import KgError

EXAMPLES = """examples:
  kg build seeds -o exports
  kg build seeds -o exports --format ttl,nt,jsonld,graphml,csv,html
  kg query exports/graph.ttl 'SELECT ?d WHERE { ?d a pb:District }'
  kg query exports/graph.ttl @ontology/queries/01_districts_implementing_jinlin.rq --format csv
  kg validate exports/graph.ttl
  kg serve exports/graph.ttl --port 7878
"""

EXPORT_FORMATS = "ttl,nt,jsonld,graphml,csv,html"
SKIPPED_SHOWN = 5  # skipped files named in the message; a folder of images should not flood the terminal


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg",
        description="Build knowledge graphs of Chinese party-building articles, and query them with SPARQL.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", help="build graph.ttl, graph.html and other exports from articles",
                       description="Read .txt, .md and .html articles (UTF-8 or GB18030, Simplified or "
                                   "Traditional) and write the exports named by --format into OUTDIR.")
    b.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles")
    b.add_argument("-o", "--output", default="exports", metavar="OUTDIR",
                   help="folder for the exports (default: exports)")
    b.add_argument("--format", default="ttl,html", metavar="LIST",
                   help=f"comma-separated exports among {EXPORT_FORMATS}: graph.ttl, graph.nt, graph.jsonld, "
                        "graph.graphml, nodes.csv + edges.csv (neo4j-admin import), graph.html "
                        "(default: ttl,html)")
    b.add_argument("--max-bytes", type=int, default=None, metavar="N",
                   help="skip files larger than N bytes (default: 20 MB)")
    b.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                   help="extract (then link) in N processes (default: one per core; one for a small build); "
                        "with 1, the exports are also written one after the other")
    b.add_argument("--cache", default=None, metavar="DIR",
                   help="cache of extracted documents, so a rebuild extracts only new or changed ones "
                        "(default: OUTDIR/.kg-cache)")
    b.add_argument("--no-cache", action="store_true", help="extract every document; read and write no cache")
    b.add_argument("--dask", default=None, metavar="ADDRESS",
                   help="extract on a dask.distributed cluster (scheduler address, or 'local' for one on "
                        "this machine); needs pip install 'kg[dask]'")
    b.add_argument("--force", action="store_true",
                   help="build even if OUTDIR holds the exports of these very inputs already (OUTDIR/.kg-build.json)")
    b.add_argument("--no-progress", action="store_true",
                   help="no progress bar (it is drawn on stderr only when stderr is a terminal)")

    q = sub.add_parser("query", help="run a SPARQL query over a Turtle export",
                       description="Run SPARQL (SELECT, ASK, CONSTRUCT, DESCRIBE) over GRAPH.ttl and print the "
                                   "result. The prefixes pb, pbr, rdf, rdfs, skos, dcterms and xsd are "
                                   "predeclared. json, csv and tsv are the SPARQL 1.1 result formats; a "
                                   "CONSTRUCT prints N-Triples unless csv, tsv or json is asked for.")
    q.add_argument("graph", metavar="GRAPH.ttl", help="a Turtle export, e.g. exports/graph.ttl")
    q.add_argument("sparql", metavar="QUERY", help="SPARQL text, or @file.rq to read it from a file")
    q.add_argument("--format", choices=["table", "csv", "tsv", "json", "nt"], default="table",
                   help="output format (default: table)")
    q.add_argument("--engine", choices=["oxigraph", "rdflib"], default="oxigraph",
                   help="query engine (default: oxigraph)")
    q.add_argument("--no-store", action="store_true",
                   help="parse GRAPH.ttl for this query alone; by default a large one (16 MB or more) is parsed "
                        "once into a store kept beside it, in .kg-query/, which later queries open at once")
    q.add_argument("--update", action="store_true",
                   help="allow SPARQL UPDATE and write the changed graph back to GRAPH.ttl (refused by default)")

    v = sub.add_parser("validate", help="check a Turtle export against the SHACL shapes",
                       description="Validate GRAPH.ttl against ontology/shapes.ttl (SHACL). Exit 0 if it "
                                   "conforms, 1 with one line per violation if not.")
    v.add_argument("graph", metavar="GRAPH.ttl", help="a Turtle export, e.g. exports/graph.ttl")
    v.add_argument("--shapes", default=None, metavar="SHAPES.ttl",
                   help="SHACL shapes to use instead of the packaged ones")
    v.add_argument("--engine", choices=("oxigraph", "pyshacl"), default=None,
                   help="oxigraph (each constraint compiled into one SPARQL query over the whole graph) or "
                        "pyshacl (the reference implementation, node by node: minutes on a large export). "
                        "Without --engine, oxigraph, and pyshacl for shapes using a feature the compiler does "
                        "not translate (said on stderr); with --engine oxigraph, such shapes are an error")

    s = sub.add_parser("serve", help="serve a Turtle export as a read-only SPARQL endpoint",
                       description="Serve GRAPH.ttl over the SPARQL 1.1 Protocol at http://HOST:PORT/sparql "
                                   "(GET ?query=, POST application/sparql-query or form-encoded; results as "
                                   "JSON, CSV or TSV by Accept header), with a query page at /. Read-only: "
                                   "updates are refused. Ctrl-C stops it.")
    s.add_argument("graph", metavar="GRAPH.ttl", help="a Turtle export, e.g. exports/graph.ttl")
    s.add_argument("--port", type=int, default=7878, metavar="N", help="port (default: 7878; 0 picks a free one)")
    s.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default: 127.0.0.1, this machine only)")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    commands = {"build": _build, "query": _query, "validate": _validate, "serve": _serve}
    try:
        return commands[args.command](args)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # an output folder that cannot be written, a full disk: no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"kg: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2


def _build(args: argparse.Namespace) -> int:
    from kg import uptodate
    from kg.cache import CACHE_DIR_NAME
    from kg.documents import MAX_BYTES, find_inputs
    from kg.exporters import export, parse_formats
    from kg.pipeline import build_with_stats
    from kg.querystore import forget_stores

    formats = parse_formats(args.format)  # a usage error before any work
    out = Path(args.output)
    options: dict[str, object] = {} if args.max_bytes is None else {"max_bytes": args.max_bytes}
    if args.jobs is not None and args.jobs < 1:
        print("kg: error: --jobs must be at least 1", file=sys.stderr)
        return 2
    cache = None if args.no_cache else Path(args.cache) if args.cache else out / CACHE_DIR_NAME
    listed = find_inputs(args.paths, exclude=[out])  # a missing input is an error before OUTDIR is made

    def waiting() -> None:
        print(f"kg: waiting for another build into {_printable(str(out))} to finish", file=sys.stderr, flush=True)

    with uptodate.locked(out, waiting=waiting):
        now = None
        if cache is not None:  # --no-cache: no state kept between builds, this record included
            _, now, last = uptodate.check(listed, out, {
                "formats": formats, "max_bytes": MAX_BYTES if args.max_bytes is None else args.max_bytes},
                force=args.force)
            if last is not None:
                print(f"{out} is up to date: no article, option or version of kg changed since it was built "
                      "(--force builds again)")
                return _report(last.summary, [out / name for name, _ in last.outputs], last.skipped, [])
        uptodate.forget(out)
        graph, stats = build_with_stats(listed, jobs=args.jobs, cache=cache, dask=args.dask,
                                        progress=False if args.no_progress else None, **options)
        written = export(graph, out, formats, parallel=args.jobs != 1)  # one core asked for: one writer too
        forget_stores(out)  # what kg query kept of the exports this build replaced
        counts = graph.counts()
        copies = f", {stats.duplicates} duplicate file{'s' if stats.duplicates != 1 else ''} counted once" \
            if stats.duplicates else ""
        summary = [
            "entities: " + ", ".join(f"{k} {v}" for k, v in counts.items()),
            f"facts: {len(graph.implementations)} implementations, {len(graph.statistics)} statistics, "
            f"{len(graph.structures)} tier structures, {len(graph.part_of_pairs())} partOf links",
        ]
        if now is not None and not graph.errors:  # a failed document is tried again next time (kg.uptodate)
            uptodate.remember(out, now, written, summary=summary, skipped=graph.skipped)
    print(f"documents read: {len(graph.documents)} ({stats.extracted} extracted, {stats.cached} from the cache; "
          f"{stats.runner}, {stats.workers} worker{'s' if stats.workers != 1 else ''}{copies})")
    return _report(summary, written, graph.skipped, graph.errors, wrote=True)


def _report(summary: list[str], exports: list[Path], skipped: list[str], errors: list[str], *,
            wrote: bool = False) -> int:
    """The graph's summary and where to look on stdout, skipped and failed files on stderr; 1 if any failed."""
    for line in summary:
        print(line)
    if wrote:
        print("wrote " + ", ".join(str(p) for p in exports))
    names = {p.name: p for p in exports}
    if "graph.html" in names:
        print(f"open {names['graph.html']} in a browser")
    if "graph.ttl" in names:
        print(f"query with: kg query {names['graph.ttl']} 'SELECT ?p WHERE {{ ?p a pb:Program }}'")
    if skipped:
        shown = ", ".join(map(_printable, skipped[:SKIPPED_SHOWN])) + (", …" if len(skipped) > SKIPPED_SHOWN else "")
        print(f"kg: skipped {len(skipped)} file(s) that are not articles (.txt, .md, .html) "
              f"or are kg's own views: {shown}", file=sys.stderr)
    for line in errors:
        print(f"kg: failed: {_printable(line)}", file=sys.stderr)
    if errors:
        print(f"kg: {len(errors)} document(s) failed", file=sys.stderr)
        return 1
    return 0


def _printable(name: str) -> str:
    """A file name that is not valid UTF-8 (undecodable bytes kept as surrogates) with those bytes as escapes."""
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _query(args: argparse.Namespace) -> int:
    from kg.results import render
    from kg.sparql import is_update, query, update

    text = args.sparql
    if text.startswith("@"):
        path = Path(text[1:])
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8"
            print(f"kg: error: {path}: cannot read query ({reason})", file=sys.stderr)
            return 2
    if is_update(text) and args.update:
        before, after = update(args.graph, text, engine=args.engine)
        print(f"updated {args.graph}: {before} triples before, {after} after")
        return 0
    def making(store: Path) -> None:
        print(f"kg: parsing {_printable(args.graph)} once into {_printable(str(store.parent))}/, so that later "
              "queries of it start at once (--no-store to skip)", file=sys.stderr, flush=True)

    result = query(args.graph, text, engine=args.engine, allow_update=args.update, keep_store=not args.no_store,
                   making_store=making)
    if args.format == "nt" and not result.is_graph:
        print("kg: error: --format nt is for CONSTRUCT and DESCRIBE results; use table, csv, tsv or json",
              file=sys.stderr)
        return 2
    sys.stdout.write(render(result, args.format))
    return 0


def _validate(args: argparse.Namespace) -> int:
    from kg.shacl import validate

    report = validate(args.graph, shapes=args.shapes, engine=args.engine)
    if report.note:
        print(f"kg: {report.note}", file=sys.stderr)
    sys.stdout.write(report.text())
    return 0 if report.conforms else 1


def _serve(args: argparse.Namespace) -> int:
    from kg.server import make_server

    server = make_server(args.graph, host=args.host, port=args.port)
    host, port = server.server_address[:2]
    if host not in ("127.0.0.1", "::1", "localhost"):
        print(f"kg: warning: listening on {host}, so other machines can query this graph", file=sys.stderr)
    print(f"serving {args.graph} ({server.triples} triples) at http://{host}:{port}/  "
          f"(SPARQL endpoint: http://{host}:{port}/sparql; Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
