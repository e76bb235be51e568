"""``make bench``: the scale figures of issue 6, side by side, from one run.

Generates corpora from seeds/ (bench/corpus.py) into bench/.work/ (ignored by
git), then measures, each build in a fresh process (bench/measure.py):

1. pipeline MB/s in one process against ``jieba.lcut`` alone on the same text (each twice, alternating);
2. speed-up with 2 processes;
3. incremental rebuild after one new document against a full build (10 MB and 50 MB), and ``kg build``
   again with nothing changed (10 MB);
4. peak RSS per MB of input;
5. Turtle export triples/s against pyoxigraph's serializer of the same triples;
6. latency of each saved SPARQL query on a ~1M-triple export, pyoxigraph and rdflib, and a whole
   ``kg query`` on it, parsing the export against opening the store kept beside it; ``kg validate``
   on the seeds' and the 10 MB export, the shapes compiled into SPARQL against pyshacl;
7. HTML generation time, and the 10 MB view in headless Chromium (bench/view.py: drawn and frozen,
   a selection, moving it, clearing it); 8. ``kg --help`` start-up;
9. extraction and view of one long report at three sizes (their growth should be linear);
10. the same for long texts of unusual shape (bench/shapes.py) at two sizes.

BENCH_SCALE=small runs a quick version (2 MB, no 50 MB corpus, queries on
the small export); BENCH_LARGE=0 skips the 50 MB corpus in a full run;
BENCH_RDFLIB_TIMEOUT bounds the rdflib query run (seconds, default 900),
BENCH_PYSHACL_TIMEOUT each pyshacl validation (default 600).
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
WORK = Path(os.environ.get("BENCH_DIR", BENCH / ".work"))
SCALE = os.environ.get("BENCH_SCALE", "full")
LARGE = SCALE == "full" and os.environ.get("BENCH_LARGE", "1") != "0"
MAIN_MB = 10.0 if SCALE == "full" else 2.0
LARGE_MB = 50.0
TARGET_TRIPLES = 1_000_000
RDFLIB_TIMEOUT = float(os.environ.get("BENCH_RDFLIB_TIMEOUT", "900"))
PYSHACL_TIMEOUT = float(os.environ.get("BENCH_PYSHACL_TIMEOUT", "600"))

sys.path.insert(0, str(BENCH))
from corpus import Generator, generate  # noqa: E402

rows: list[tuple[str, str, str, str]] = []  # (measure, kg, reference, target)


def kg_command() -> list[str]:
    """The ``kg`` command of this Python: its console script, or ``python -m kg.cli``."""
    kg = Path(sys.executable).parent / "kg"
    return [str(kg)] if kg.exists() else [sys.executable, "-m", "kg.cli"]


def say(text: str) -> None:
    print(text, flush=True)


def row(measure: str, value: str, reference: str = "", target: str = "") -> None:
    rows.append((measure, value, reference, target))
    say(f"  {measure}: {value}" + (f"  |  {reference}" if reference else "") + (f"  [{target}]" if target else ""))


def measure_build(name: str, paths: list[str], *, jobs: int, cache: Path | None = None,
                  export: Path | None = None, files_from: Path | None = None, time_html: bool = False) -> dict:
    result = WORK / f"{name}.json"
    cmd = [sys.executable, str(BENCH / "measure.py"), str(result), *paths, "--jobs", str(jobs)]
    if cache is not None:
        cmd += ["--cache", str(cache)]
    if export is not None:
        cmd += ["--export", str(export)]
    if time_html:
        cmd += ["--time-html"]
    if files_from is not None:
        cmd += ["--files-from", str(files_from)]
    subprocess.run(cmd, check=True)
    data = json.loads(result.read_text(encoding="utf-8"))
    secs = {k: round(v, 2) for k, v in data["seconds"].items()}
    say(f"  [{name}] {data['documents']} docs, {data['extracted']} extracted, {data['cached']} cached, "
        f"{data.get('relinked', '?')} relinked, {data.get('resumed', '?')} resumed, "
        f"{data['runner']} x{data['workers']}; s: {secs}; RSS parent {data['rss_parent_mb']:.0f} MB, "
        f"largest worker {data['rss_worker_mb']:.0f} MB")
    return data


def jieba_mbps(folder: Path) -> tuple[float, float]:
    """jieba.lcut (default mode) over every document of ``folder``: (MB/s, seconds), dictionary preloaded."""
    code = (
        "import sys, time, pathlib, jieba\n"
        "jieba.setLogLevel(60); jieba.initialize()\n"
        "texts = [p.read_text(encoding='utf-8') for p in sorted(pathlib.Path(sys.argv[1]).iterdir())]\n"
        "size = sum(len(t.encode('utf-8')) for t in texts)\n"
        "t = time.perf_counter()\n"
        "for text in texts: jieba.lcut(text)\n"
        "dt = time.perf_counter() - t\n"
        "print(size / 1e6 / dt, dt)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(folder)], check=True, capture_output=True, text=True)
    mbps, secs = map(float, out.stdout.split())
    return mbps, secs


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def cpu_calibration() -> float:
    """What 2 processes of a pure CPU loop gain here: the ceiling for any 2-process speed-up on this machine.

    A shared machine (other sessions' tests on the same cores) gives less
    than 2×, and the pipeline's speed-up is to be read against this.
    """
    from concurrent.futures import ProcessPoolExecutor

    n = 15_000_000
    t = time.perf_counter()
    _burn(n)
    _burn(n)
    serial = time.perf_counter() - t
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_burn, [1000, 1000]))  # start the workers outside the timing
        t = time.perf_counter()
        list(pool.map(_burn, [n, n]))
        parallel = time.perf_counter() - t
    return serial / parallel


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        lines = Path("/proc/meminfo").read_text().splitlines()
        kb = int(next(ln for ln in lines if ln.startswith("MemTotal")).split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} cores, {mem}, Python {platform.python_version()}, {platform.system()}"


def add_new_document(folder: Path) -> Path:
    """One article the corpus has not seen (another generator seed), added as the incremental change."""
    path = folder / "zz_new_article.txt"
    path.write_text(Generator(seed=99).article(), encoding="utf-8")
    return path


def settled(folder: Path) -> None:
    """Wait until the corpus's newest file is older than ``kg.digests.RACY_NS``, as a user's articles are.

    A build trusts a file's recorded hash only if the file had not changed within that span of the moment the
    hash was recorded (a write in the same clock tick could go unseen); a corpus generated just before its full
    build would have every hash distrusted, and the rebuild after it read and hash the whole corpus again.
    """
    from kg.digests import RACY_NS

    newest = max(p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file())
    wait = (newest + RACY_NS - time.time_ns()) / 1e9
    if wait > 0:
        time.sleep(wait + 0.1)


def incremental(name: str, folder: Path, mb: float) -> dict:
    cache = WORK / f"cache-{name}"
    shutil.rmtree(cache, ignore_errors=True)
    settled(folder)  # (the large corpus is generated right before its full build)
    full = measure_build(f"{name}-full", [str(folder)], jobs=2, cache=cache, export=WORK / f"out-{name}",
                         time_html=True)
    new = add_new_document(folder)
    try:
        inc = measure_build(f"{name}-incremental", [str(folder)], jobs=2, cache=cache, export=WORK / f"out-{name}")
    finally:
        new.unlink()
    ratio = inc["seconds"]["total"] / full["seconds"]["total"]
    row(f"incremental rebuild after 1 new document, {mb:.0f} MB ({full['documents']} docs), whole `kg build`",
        f"{inc['seconds']['total']:.1f} s = {ratio:.1%} of full",
        f"full build (2 processes, cold cache) {full['seconds']['total']:.1f} s", "≤ 5 %")
    stages = {k: v for k, v in inc["seconds"].items() if k not in ("build", "total", "html")}
    row(f"  where the incremental {mb:.0f} MB rebuild goes", ", ".join(f"{k} {v:.1f} s" for k, v in stages.items()))
    row(f"peak RSS per MB of input, {mb:.0f} MB, 2 processes",
        f"parent {full['rss_parent_mb'] / mb:.0f} MB/MB ({full['rss_parent_mb']:.0f} MB), "
        f"largest child process (an extraction worker, or the export writer) {full['rss_worker_mb']:.0f} MB")
    return full


def unchanged_rebuild(name: str, folder: Path, mb: float) -> None:
    """``kg build`` again with nothing changed: the folder found up to date, against the same build forced."""
    out = WORK / f"out-{name}-cli"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [*kg_command(), "build", str(folder), "-o", str(out), "--cache", str(WORK / f"cache-{name}"), "--no-progress"]
    subprocess.run(cmd, check=True, capture_output=True)  # writes the exports and the folder's record
    seconds = {}
    for label, extra in (("forced", ["--force"]), ("unchanged", [])):
        t = time.perf_counter()
        done = subprocess.run(cmd + extra, check=True, capture_output=True, text=True)
        seconds[label] = time.perf_counter() - t
        if ("is up to date" in done.stdout) != (label == "unchanged"):
            raise SystemExit(f"bench: the {label} rebuild did not do what it should:\n{done.stdout}")
    row(f"rebuild with nothing changed, {mb:.0f} MB, whole `kg build` (the CLI)",
        f"{seconds['unchanged']:.2f} s (the folder found up to date)",
        f"the same build with --force {seconds['forced']:.1f} s")


def turtle_vs_oxigraph(folder: Path, cache: Path) -> None:
    import statistics

    import pyoxigraph as ox

    from kg.pipeline import build
    from kg.turtle import write_turtle

    graph = build(folder, cache=cache)
    path = WORK / "export-kg.ttl"
    write_turtle(graph, path)  # once untimed: the file pyoxigraph loads
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    n = len(store)
    # kg and pyoxigraph alternate, five rounds, and each keeps its fastest: on this shared machine the
    # speed of the processor drifts by a quarter within a minute, and three of one then three of the
    # other measured the drift as much as the writers
    times, ox_times = [], []
    for _ in range(5):
        t = time.perf_counter()
        write_turtle(graph, path)
        times.append(time.perf_counter() - t)
        t = time.perf_counter()
        store.dump(str(WORK / "export-ox.ttl"), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
        ox_times.append(time.perf_counter() - t)
    triples = [q.triple for q in store]
    ser_times = []
    for _ in range(3):
        t = time.perf_counter()
        ox.serialize(triples, str(WORK / "export-ox2.ttl"), format=ox.RdfFormat.TURTLE)
        ser_times.append(time.perf_counter() - t)
    kg_rate, ox_rate, ser_rate = n / min(times), n / min(ox_times), n / min(ser_times)
    rounds = statistics.median(k / o for k, o in zip(times, ox_times, strict=True))
    row(f"Turtle export ({n:,} triples), graph → file", f"{kg_rate:,.0f} triples/s ({min(times):.2f} s)",
        f"pyoxigraph Store.dump {ox_rate:,.0f}/s ({min(ox_times):.2f} s); pyoxigraph.serialize(list of Triple) "
        f"{ser_rate:,.0f}/s — kg is {ox_rate / kg_rate:.1f}× / {ser_rate / kg_rate:.1f}× slower (fastest of "
        f"five alternating rounds each; the median round {rounds:.1f}×)", "within 2×")


def query_files() -> tuple[Path, list[Path]]:
    saved = ROOT / "ontology" / "queries"
    if saved.is_dir() and list(saved.glob("*.rq")):
        return saved, sorted(saved.glob("*.rq"))
    return BENCH / "queries", sorted((BENCH / "queries").glob("*.rq"))


def queries(ttl: Path) -> None:
    import pyoxigraph as ox

    from kg.sparql import with_prefixes

    folder, files = query_files()
    store = ox.Store()
    t = time.perf_counter()
    store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    load = time.perf_counter() - t
    n = len(store)
    say(f"  queries from {folder.relative_to(ROOT)} on {n:,} triples (pyoxigraph load {load:.1f} s)")
    rdflib = rdflib_queries(ttl, files)
    for f in files:
        q = with_prefixes(f.read_text(encoding="utf-8"))
        times, count = [], 0
        for _ in range(5):
            t = time.perf_counter()
            result = store.query(q)
            count = 1 if isinstance(result, (bool, ox.QueryBoolean)) else len(list(result))  # ASK: one answer
            times.append(time.perf_counter() - t)
        ms = statistics.median(times) * 1000
        row(f"query {f.stem} ({count} rows, {n / 1e6:.2f}M triples)", f"pyoxigraph {ms:.0f} ms",
            f"rdflib {rdflib.get(f.stem, 'not run')}", "≤ 100 ms")


def cli_query(ttl: Path) -> None:
    """A whole ``kg query`` on the export: parsing it for the query, against the store kept beside it."""
    folder = WORK / "query-store"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    graph = folder / "graph.ttl"
    shutil.copyfile(ttl, graph)
    _, files = query_files()
    saved = next(f for f in files if "districts_of" in f.stem)
    cmd = [*kg_command(), "query", str(graph), f"@{saved}"]
    seconds = {}
    for label, extra in (("parsed", ["--no-store"]), ("first", []), ("kept", []), ("kept again", [])):
        t = time.perf_counter()
        subprocess.run(cmd + extra, check=True, capture_output=True)
        seconds[label] = time.perf_counter() - t
    store = sum(p.stat().st_size for p in (folder / ".kg-query").rglob("*") if p.is_file())
    row(f"`kg query` {saved.stem}, whole command, {graph.stat().st_size / 1e6:.0f} MB export",
        f"{seconds['kept']:.2f} s, {seconds['kept again']:.2f} s with the store kept beside it "
        f"({store / 1e6:.0f} MB; the first query, which makes it, {seconds['first']:.1f} s)",
        f"parsing the export for the query (--no-store) {seconds['parsed']:.1f} s")
    shutil.rmtree(folder, ignore_errors=True)


def validate_vs_pyshacl(ttl: Path) -> None:
    """Whole ``kg validate`` commands: the shapes compiled into SPARQL on oxigraph, against pyshacl."""
    for graph in (ROOT / "exports" / "graph.ttl", ttl):
        timed: dict[str, tuple[float, str] | str] = {}  # engine → (seconds, report), or why there is none
        for engine in ("oxigraph", "pyshacl"):
            t = time.perf_counter()
            try:
                done = subprocess.run([*kg_command(), "validate", str(graph), "--engine", engine],
                                      capture_output=True, text=True, timeout=PYSHACL_TIMEOUT)
            except subprocess.TimeoutExpired:
                timed[engine] = f"> {PYSHACL_TIMEOUT:.0f} s budget (not finished)"
                continue
            if done.returncode not in (0, 1) or done.stderr:  # 1 is "does not conform"; anything else failed
                timed[engine] = f"FAILED (exit {done.returncode}: {done.stderr.strip()[-200:]})"
                continue
            timed[engine] = (time.perf_counter() - t, done.stdout.split("\n", 1)[-1])
        ours, theirs = timed["oxigraph"], timed["pyshacl"]
        reference = f"--engine pyshacl {theirs}" if isinstance(theirs, str) else f"--engine pyshacl {theirs[0]:.1f} s"
        if isinstance(ours, tuple) and isinstance(theirs, tuple):
            same = "the same report" if ours[1] == theirs[1] else "REPORTS DIFFER"
            reference += f" = {theirs[0] / ours[0]:.0f}×; {same}"
        row(f"`kg validate`, whole command, {graph.name} of {graph.parent.name} ({_triples(graph):,} triples)",
            ours if isinstance(ours, str) else f"{ours[0]:.2f} s", reference)


def rdflib_queries(ttl: Path, files: list[Path]) -> dict[str, str]:
    """rdflib in a subprocess with a time limit: parsing a million triples takes it minutes."""
    code = (
        "import sys, time, rdflib\n"
        "from kg.sparql import with_prefixes\n"
        "g = rdflib.Graph(); t = time.perf_counter(); g.parse(sys.argv[1], format='turtle')\n"
        "print('LOAD', round(time.perf_counter() - t, 1), flush=True)\n"
        "for f in sys.argv[2:]:\n"
        "    q = with_prefixes(open(f, encoding='utf-8').read())\n"
        "    t = time.perf_counter(); n = len(list(g.query(q)))\n"
        "    print('Q', f.rsplit('/', 1)[-1][:-3], round((time.perf_counter() - t) * 1000), flush=True)\n"
    )
    out: dict[str, str] = {}
    proc = subprocess.Popen([sys.executable, "-c", code, str(ttl), *map(str, files)], stdout=subprocess.PIPE,
                            text=True)
    try:
        stdout, _ = proc.communicate(timeout=RDFLIB_TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        stdout, _ = proc.communicate()
    for line in stdout.splitlines():
        parts = line.split()
        if parts[0] == "LOAD":
            say(f"  rdflib parse {parts[1]} s")
        elif parts[0] == "Q":
            out[parts[1]] = f"{parts[2]} ms"
    for f in files:
        out.setdefault(f.stem, f"> {RDFLIB_TIMEOUT:.0f} s budget (not finished)")
    return out


def long_document(folder: Path) -> None:
    """One long report, the corpus's articles run together: extraction time at ¼, ½ and all of ~2 MB.

    A report of a whole province's year names thousands of places and
    bodies; work that compares each with all the others grows with the
    square of the text. Linear growth doubles the time when the text doubles.
    """
    from kg.documents import make_document
    from kg.extract import extract_document
    from kg.metadata import read_metadata

    def extract(name: str, text: str) -> float:
        doc = read_metadata(make_document(name, text.encode("utf-8")))
        t = time.perf_counter()
        extract_document(doc)
        return time.perf_counter() - t

    texts, total = [], 0
    for p in sorted(folder.glob("*.txt")):
        texts.append(p.read_text(encoding="utf-8"))
        total += len(texts[-1].encode("utf-8"))
        if total >= 2_000_000:
            break
    def view(text: str) -> float:
        """The view of a graph built from the report alone (it names thousands of entities)."""
        from kg import build

        folder = WORK / "long-report"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        (folder / "report.txt").write_text(text, encoding="utf-8")
        graph = build(folder)
        t = time.perf_counter()
        graph.to_html(WORK / "long-report.html")
        return time.perf_counter() - t

    extract("warm-up.txt", texts[0])  # jieba's dictionary and the gazetteer load once, outside the timings
    view(texts[0])  # and the view's code and assets
    runs = []
    for share in (4, 2, 1):
        text = "\n".join(texts[:max(1, len(texts) // share)])
        runs.append((len(text.encode("utf-8")) / 1e6, extract("report.txt", text), view(text)))
    (mb1, s1, v1), (mb2, s2, v2), (mb3, s3, v3) = runs
    growth = f"for text ×{mb2 / mb1:.1f} then ×{mb3 / mb2:.1f}"
    row("one long report (articles run together), extraction",
        f"{mb1:.2f} MB {s1:.2f} s, {mb2:.2f} MB {s2:.2f} s, {mb3:.2f} MB {s3:.2f} s",
        f"time ×{s2 / s1:.1f} then ×{s3 / s2:.1f} {growth}", "linear")
    row("one long report, its view (graph.html)", f"{v1:.2f} s, {v2:.2f} s, {v3:.2f} s",
        f"time ×{v2 / v1:.1f} then ×{v3 / v2:.1f} {growth}", "linear")


def long_text_shapes() -> None:
    """Long texts of unusual shape (bench/shapes.py) at n and 2n lines: linear growth doubles the time.

    In a fresh process, as every build here: inside this one, which by then
    holds a large graph, the same shape read ×2.6 where alone it reads ×2.1.
    """
    out = subprocess.run([sys.executable, str(BENCH / "shapes.py"), "--json"], check=True, capture_output=True,
                         text=True)
    for shape, times, ratio in json.loads(out.stdout):
        row(f"long text: {shape}", times, f"time ×{ratio:.1f} for text ×2", "linear")


def help_time() -> None:
    cmd = [*kg_command(), "--help"]
    times = []
    for _ in range(7):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    row("`kg --help`", f"{statistics.median(times):.3f} s median (min {min(times):.3f} s)", "", "≤ 0.3 s")


def view_in_browser(page: Path, label: str) -> None:
    """What a reader of the view waits for, in headless Chromium (``bench/view.py``)."""
    import view

    reason = view.missing()
    if reason:
        row(f"the view of the {label} graph in Chromium", f"not measured: {reason}")
        return
    r = view.measure(page)
    row(f"the view of the {label} graph in headless Chromium ({r['mb']:.0f} MB page; opens on {r['nodes']:,} "
        f"nodes, {r['edges']:,} relations of {r['totals']})", view.describe(r))


def main() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    say(f"kg benchmark, scale {SCALE}: {machine()}; load average at start {load_average()}")
    main_dir = WORK / f"corpus-{MAIN_MB:g}mb"
    files, size = generate(main_dir, MAIN_MB)
    mb = size / 1e6
    say(f"corpus: {files} articles, {mb:.1f} MB in {main_dir}")

    say("1. throughput, one process")
    # each measured twice, alternating, and the faster of each kept: on a shared machine a burst of other
    # work slowed one of them alone in several runs, which made the ratio say more than it measured
    (jb_a, _), first = jieba_mbps(main_dir), measure_build("main-jobs1", [str(main_dir)], jobs=1)
    (jb_b, _), second = jieba_mbps(main_dir), measure_build("main-jobs1b", [str(main_dir)], jobs=1)
    jb = max(jb_a, jb_b)
    one = min(first, second, key=lambda d: d["seconds"]["build"])
    rate1 = mb / one["seconds"]["build"]
    row(f"pipeline, 1 process, {mb:.0f} MB (read → resolve, no export; start-up included; faster of two)",
        f"{rate1:.3f} MB/s = {rate1 / jb:.2f}× jieba",
        f"jieba.lcut alone {jb:.3f} MB/s (faster of {jb_a:.3f} and {jb_b:.3f}); kg builds "
        f"{first['seconds']['build']:.1f} s and {second['seconds']['build']:.1f} s", "≥ 0.7×")
    per_doc = mb / one["seconds"]["extract"]
    row("  of which the per-document stages (read → extract, start-up included; what each core runs)",
        f"{per_doc:.3f} MB/s = {per_doc / jb:.2f}× jieba",
        f"then the corpus pass, folding each document into the graph, {one['seconds']['link']:.1f} s, and the "
        f"graph's finish {one['seconds']['resolve']:.1f} s, in one process")

    say("2. two processes")
    before = cpu_calibration()
    two = min(measure_build("main-jobs2", [str(main_dir)], jobs=2),
              measure_build("main-jobs2b", [str(main_dir)], jobs=2), key=lambda d: d["seconds"]["build"])
    after = cpu_calibration()
    row(f"speed-up with 2 processes, {mb:.0f} MB (faster of two builds each)",
        f"{one['seconds']['build'] / two['seconds']['build']:.2f}×",
        f"{one['seconds']['build']:.1f} s → {two['seconds']['build']:.1f} s; a pure CPU loop in 2 processes "
        f"gains {before:.2f}× before, {after:.2f}× after (the machine's ceiling now)", "≥ 1.8×")
    ext = one["seconds"]["extract"] / two["seconds"]["extract"]
    row("  of which the extraction stage", f"{ext:.2f}×")

    say("3–4. incremental rebuild, peak memory")
    full = incremental("main", main_dir, mb)
    unchanged_rebuild("main", main_dir, mb)
    row(f"HTML generation, {mb:.0f} MB graph", f"{full['seconds']['html']:.2f} s")
    view_in_browser(WORK / "out-main" / "graph.html", f"{mb:.0f} MB")

    say("5. Turtle export")
    turtle_vs_oxigraph(main_dir, WORK / "cache-main")

    ttl_1m = WORK / "out-main" / "graph.ttl"
    if LARGE:
        large_dir = WORK / f"corpus-{LARGE_MB:g}mb"
        files, size = generate(large_dir, LARGE_MB, seed=7)
        say(f"corpus: {files} articles, {size / 1e6:.1f} MB in {large_dir}")
        incremental("large", large_dir, size / 1e6)
        # ~1M triples: the first articles of the large corpus (all in its cache: no extraction)
        triples_per_mb = _triples(WORK / "out-main" / "graph.ttl") / mb
        want = TARGET_TRIPLES / triples_per_mb * 1e6
        chosen, total = [], 0
        for p in sorted(large_dir.iterdir()):
            if total >= want:
                break
            chosen.append(str(p))
            total += p.stat().st_size
        listing = WORK / "files-1m.txt"
        listing.write_text("\n".join(chosen), encoding="utf-8")
        one_m = measure_build("1m", [], jobs=1, cache=WORK / "cache-large", export=WORK / "out-1m",
                              files_from=listing, time_html=True)
        row(f"HTML generation, ~1M-triple graph ({total / 1e6:.0f} MB)", f"{one_m['seconds']['html']:.2f} s")
        ttl_1m = WORK / "out-1m" / "graph.ttl"

    say("6. saved queries")
    queries(ttl_1m)
    cli_query(ttl_1m)
    validate_vs_pyshacl(WORK / "out-main" / "graph.ttl")
    say("7. start-up")
    help_time()
    say("8. one long document")
    long_document(main_dir)
    say("9. long texts of unusual shape")
    long_text_shapes()

    say("")
    say(f"load average at end {load_average()}; {time.perf_counter() - started:.0f} s in all")
    say("")
    say("| measure | kg | reference | target |")
    say("| --- | --- | --- | --- |")
    for r in rows:
        say("| " + " | ".join(r) + " |")


def _triples(ttl: Path) -> int:
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    return len(store)


if __name__ == "__main__":
    main()
