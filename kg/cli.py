"""The ``kg`` command: a thin layer over ``kg.build`` and ``kg.query``.

Only argument parsing, messages and exit codes live here (0: all built;
1: built, but some documents failed; 2: usage error or nothing built).
Heavy libraries are imported inside the commands, so ``kg --help`` is quick.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from kg import __version__
from kg.errors import KgError

EXAMPLES = """examples:
  kg build seeds -o exports
  kg query exports/graph.ttl 'SELECT ?d WHERE { ?d a pb:District }'
  kg query exports/graph.ttl @my-question.rq --format csv
"""



def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg",
        description="Build knowledge graphs of Chinese party-building articles, and query them with SPARQL.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", help="build graph.ttl and graph.html from articles",
                       description="Read .txt, .md and .html articles (UTF-8 or GB18030, Simplified or "
                                   "Traditional) and write OUTDIR/graph.ttl and OUTDIR/graph.html.")
    b.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles")
    b.add_argument("-o", "--output", default="exports", metavar="OUTDIR",
                   help="folder for graph.ttl and graph.html (default: exports)")
    b.add_argument("--max-bytes", type=int, default=None, metavar="N",
                   help="skip files larger than N bytes (default: 20 MB)")
    b.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                   help="extract in N processes (default: one per core; one for a small build)")
    b.add_argument("--cache", default=None, metavar="DIR",
                   help="cache of extracted documents, so a rebuild extracts only new or changed ones "
                        "(default: OUTDIR/.kg-cache)")
    b.add_argument("--no-cache", action="store_true", help="extract every document; read and write no cache")
    b.add_argument("--dask", default=None, metavar="ADDRESS",
                   help="extract on a dask.distributed cluster (scheduler address, or 'local' for one on "
                        "this machine); needs pip install 'kg[dask]'")
    b.add_argument("--no-progress", action="store_true",
                   help="no progress bar (it is drawn on stderr only when stderr is a terminal)")

    q = sub.add_parser("query", help="run a SPARQL query over a Turtle export",
                       description="Run SPARQL (SELECT or ASK) over GRAPH.ttl and print the rows. The "
                                   "prefixes pb, pbr, rdf, rdfs, skos, dcterms and xsd are predeclared.")
    q.add_argument("graph", metavar="GRAPH.ttl", help="a Turtle export, e.g. exports/graph.ttl")
    q.add_argument("sparql", metavar="QUERY", help="SPARQL text, or @file.rq to read it from a file")
    q.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table",
                   help="output format (default: table)")
    q.add_argument("--engine", choices=["oxigraph", "rdflib"], default="oxigraph",
                   help="query engine (default: oxigraph)")
    q.add_argument("--update", action="store_true", help="allow SPARQL UPDATE (refused by default)")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "build":
            return _build(args)
        return _query(args)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 2


def _build(args: argparse.Namespace) -> int:
    from kg.cache import CACHE_DIR_NAME
    from kg.pipeline import build_with_stats

    out = Path(args.output)
    options: dict[str, object] = {} if args.max_bytes is None else {"max_bytes": args.max_bytes}
    if args.jobs is not None and args.jobs < 1:
        print("kg: error: --jobs must be at least 1", file=sys.stderr)
        return 2
    cache = None if args.no_cache else Path(args.cache) if args.cache else out / CACHE_DIR_NAME
    graph, stats = build_with_stats(args.paths, jobs=args.jobs, cache=cache, dask=args.dask,
                                    progress=False if args.no_progress else None, **options)
    ttl = graph.to_turtle(out / "graph.ttl")
    html = graph.to_html(out / "graph.html")
    counts = graph.counts()
    print(f"documents read: {len(graph.documents)} ({stats.extracted} extracted, {stats.cached} from the cache; "
          f"{stats.runner}, {stats.workers} worker{'s' if stats.workers != 1 else ''})")
    print("entities: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(f"facts: {len(graph.implementations)} implementations, {len(graph.statistics)} statistics, "
          f"{len(graph.structures)} tier structures, {len(graph.part_of_pairs())} partOf links")
    print(f"wrote {ttl} and {html}")
    print(f"open {html} in a browser; query with: kg query {ttl} 'SELECT ?p WHERE {{ ?p a pb:Program }}'")
    for line in graph.errors:
        print(f"kg: failed: {line}", file=sys.stderr)
    if graph.errors:
        print(f"kg: {len(graph.errors)} document(s) failed", file=sys.stderr)
        return 1
    return 0


def _query(args: argparse.Namespace) -> int:
    import kg

    text = args.sparql
    if text.startswith("@"):
        path = Path(text[1:])
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            print(f"kg: error: {path}: cannot read query ({exc.strerror})", file=sys.stderr)
            return 2
    rows = kg.query(args.graph, text, engine=args.engine, allow_update=args.update)
    _print_rows(rows, args.format)
    return 0


def _print_rows(rows: list[dict[str, str | None]], fmt: str) -> None:
    names = list(rows[0].keys()) if rows else []
    if fmt == "json":
        bindings = [{k: {"type": "literal", "value": v} for k, v in r.items() if v is not None} for r in rows]
        print(json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False))
        return
    if fmt in ("csv", "tsv"):
        w = csv.writer(sys.stdout, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(names)
        for r in rows:
            w.writerow(["" if r[n] is None else r[n] for n in names])
        return
    table = [names] + [["" if r[n] is None else str(r[n]) for n in names] for r in rows]
    widths = [max(_width(row[i]) for row in table) for i in range(len(names))]
    for k, row in enumerate(table):
        print("  ".join(c + " " * (widths[i] - _width(c)) for i, c in enumerate(row)).rstrip())
        if k == 0:
            print("  ".join("-" * w for w in widths))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def _width(s: str) -> int:
    """Display width: CJK characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


if __name__ == "__main__":
    sys.exit(main())
