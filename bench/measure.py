"""One measured build in a fresh process: wall time per stage, peak memory, what was extracted.

Run by ``bench/run.py`` as a subprocess, so every build starts cold (no
jieba already loaded, no warm caches in memory) and its peak RSS is its own.

    python bench/measure.py RESULT.json PATH... [--jobs N] [--cache DIR] [--export OUTDIR]
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("result", type=Path)
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--cache", default=None)
    ap.add_argument("--export", default=None, metavar="OUTDIR",
                    help="also write graph.ttl and graph.html, as kg build does (side by side where it can)")
    ap.add_argument("--time-html", action="store_true", help="then time writing the view alone, once more")
    ap.add_argument("--files-from", default=None, help="read the input file list from this file")
    args = ap.parse_args()
    paths = args.paths
    if args.files_from:
        paths = Path(args.files_from).read_text(encoding="utf-8").split("\n")
    start = time.perf_counter()
    from kg.pipeline import build_with_stats

    graph, stats = build_with_stats(paths, jobs=args.jobs, cache=args.cache)
    seconds = dict(stats.seconds)
    seconds["build"] = time.perf_counter() - start
    if args.export:
        from kg.exporters import export

        out = Path(args.export)
        t = time.perf_counter()
        export(graph, out, ("ttl", "html"))
        seconds["exports"] = time.perf_counter() - t
    seconds["total"] = time.perf_counter() - start  # what `kg build` takes
    if args.export and args.time_html:
        t = time.perf_counter()
        graph.to_html(Path(args.export) / "graph-timed.html")
        seconds["html"] = time.perf_counter() - t
    result = {
        "seconds": seconds,
        "documents": stats.documents,
        "extracted": stats.extracted,
        "cached": stats.cached,
        "relinked": stats.relinked,
        "resumed": stats.resumed,
        "bytes": stats.bytes_read,
        "runner": stats.runner,
        "workers": stats.workers,
        "rss_parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }
    args.result.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
