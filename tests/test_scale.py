"""Scale: parallel extraction, the incremental cache, the corpus pass on slim facts, progress, quick --help.

Every test here compares outputs or counts work done; none times anything
(speed is measured in bench/, not asserted in tests).
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cache import (
    OUTPUT_MODULES,
    ExtractionCache,
    FactStore,
    encode_entry,
    entry_key,
    extraction_source_hash,
    extractor_version,
    source_hash,
)
from kg.errors import KgError
from kg.extract import generic_names, known_program_names, link_known_programs
from kg.model import Mention
from kg.parallel import ChunkResult, WorkItem, _checked, chunked
from kg.pipeline import _Linker, build_with_stats, process_file
from kg.progress import Progress

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
UNSEEN = ROOT / "tests" / "unseen" / "docs"


def _corpus(tmp_path: Path, names: list[str] | None = None) -> Path:
    """Seeds and the unseen articles in one folder (names: only these seeds)."""
    src = tmp_path / "corpus"
    src.mkdir()
    for f in sorted(SEEDS.iterdir()):
        if names is None or f.name in names:
            shutil.copy(f, src / f.name)
    if names is None and UNSEEN.is_dir():
        for f in sorted(UNSEEN.iterdir()):
            if f.is_file():
                shutil.copy(f, src / f.name)
    return src


def _turtle(graph, path: Path) -> bytes:  # type: ignore[no-untyped-def]
    return graph.to_turtle(path).read_bytes()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("scale"))


@pytest.fixture(scope="module")
def serial(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    graph, stats = build_with_stats(corpus, jobs=1)
    assert stats.runner == "serial"
    return _turtle(graph, tmp_path_factory.mktemp("serial") / "graph.ttl")


# ------------------------------------------------------------------ parallel


def test_scale_two_processes_give_the_same_bytes(corpus: Path, serial: bytes, tmp_path: Path) -> None:
    graph, stats = build_with_stats(corpus, jobs=2)
    assert (stats.runner, stats.workers) == ("processes", 2)
    assert stats.extracted == stats.documents > 5
    assert _turtle(graph, tmp_path / "graph.ttl") == serial


def test_scale_chunks_of_one_document_give_the_same_bytes(corpus: Path, serial: bytes, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Results come back out of order when every document is its own task; the output must not care."""
    import kg.parallel

    monkeypatch.setattr(kg.parallel, "CHUNK_DOCS", 1)
    graph, _ = build_with_stats(corpus, jobs=2)
    assert _turtle(graph, tmp_path / "graph.ttl") == serial


def test_scale_link_tasks_cut_by_bytes_give_the_same_bytes(corpus: Path, serial: bytes, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A byte cap below every document makes each pool task of the corpus pass one document; same output."""
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "LINK_CHUNK_BYTES", 1)
    graph, stats = build_with_stats(corpus, jobs=2)
    assert stats.link_workers == 2 and stats.relinked == stats.documents
    assert _turtle(graph, tmp_path / "graph.ttl") == serial


def test_scale_serial_build_matches_the_committed_export() -> None:
    graph, _ = build_with_stats(SEEDS, jobs=1)
    assert graph.turtle().encode("utf-8") == (ROOT / "exports" / "graph.ttl").read_bytes()


def test_scale_chunking_bounds_bytes_and_documents() -> None:
    items = [WorkItem(i, str(i), f"{i}.txt", b"x" * 40) for i in range(10)]
    chunks = list(chunked(items, max_bytes=100, max_docs=2))
    assert [len(c) for c in chunks] == [2, 2, 2, 2, 2]
    chunks = list(chunked(items, max_bytes=100, max_docs=10))
    assert [len(c) for c in chunks] == [3, 3, 3, 1]
    assert [i.index for c in chunks for i in c] == list(range(10))


def test_scale_a_worker_with_other_code_stops_the_build() -> None:
    with pytest.raises(KgError, match="different version"):
        _checked(ChunkResult("not-this-version", []))


def _die(*args: object) -> None:
    os._exit(3)  # as a worker killed by the system (out of memory) ends: no exception, no result


@pytest.mark.parametrize("stage", ["extraction", "corpus pass"])
def test_scale_a_worker_that_dies_stops_the_build_with_a_reason(stage: str, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.parallel
    import kg.pipeline

    if stage == "extraction":
        monkeypatch.setattr(kg.parallel, "extract_chunk", _die)
    else:
        monkeypatch.setattr(kg.pipeline, "_link_task", _die)
    src = _corpus(tmp_path, ["001_71c5d7f6edab117b.txt", "002_df2c1c52512f4de2.txt"])
    with pytest.raises(KgError, match="worker process stopped unexpectedly"):
        build_with_stats(src, jobs=2)


def _die_on_seventh(n: int) -> int:
    if n == 7:
        os._exit(3)
    return n


def test_scale_a_worker_that_dies_while_the_parent_is_busy_is_reported_the_same_way() -> None:
    """The pool may tell of a dead worker when the next task is submitted, not only from a result."""
    import time

    from kg.parallel import ProcessRunner

    runner = ProcessRunner(2)
    try:
        with pytest.raises(KgError, match="worker process stopped unexpectedly"):
            for _ in runner.ordered(_die_on_seventh, range(40)):
                time.sleep(0.3)  # the parent busy with a result while a worker dies
    finally:
        runner.close()


def test_scale_a_document_error_pickles_as_itself() -> None:
    import pickle

    from kg.errors import DocumentError

    err = pickle.loads(pickle.dumps(DocumentError("a.txt", "not UTF-8 or GB18030")))
    assert isinstance(err, DocumentError) and (err.file_name, err.reason, str(err)) == (
        "a.txt", "not UTF-8 or GB18030", "a.txt: not UTF-8 or GB18030")


def test_scale_bad_files_fail_the_same_way_in_parallel(tmp_path: Path) -> None:
    src = _corpus(tmp_path, ["001_71c5d7f6edab117b.txt", "002_df2c1c52512f4de2.txt"])
    (src / "broken.txt").write_bytes(b"\x00\x01binary")
    (src / "broken-copy.txt").write_bytes(b"\x00\x01binary")
    (src / "empty.txt").write_bytes(b"  \n")
    shutil.copy(src / "001_71c5d7f6edab117b.txt", src / "zz-copy.txt")
    outputs = []
    for jobs in (1, 2):
        graph, stats = build_with_stats(src, jobs=jobs)
        outputs.append((graph.errors, graph.turtle(), stats.duplicates, stats.failed, stats.documents))
    assert outputs[0] == outputs[1]
    errors, _, duplicates, failed, documents = outputs[0]
    assert [e.split(":")[0] for e in errors] == ["broken-copy.txt", "broken.txt", "empty.txt"]
    assert (duplicates, failed, documents) == (1, 3, 2)


def _items(names: list[str]) -> list[WorkItem]:
    out = []
    for i, name in enumerate(names):
        data = (SEEDS / name).read_bytes()
        out.append(WorkItem(i, entry_key(name, hashlib.sha256(data).hexdigest()), name, data))
    return out


def test_scale_workers_write_their_entries_where_the_parent_reads_them(tmp_path: Path) -> None:
    """Workers append what they extract to their own segments; the parent reads it by the locations."""
    from kg.parallel import ProcessRunner, extract_item

    names = sorted(f.name for f in SEEDS.iterdir())[:3]
    items = _items(names)
    store = FactStore(tmp_path / "spill")
    runner = ProcessRunner(2)
    try:
        results = [r for batch in runner.run(chunked(items, max_docs=1), store) for r in batch]
    finally:
        runner.close()
    assert sorted(r.index for r in results) == [0, 1, 2]
    assert all(r.entry is None and r.where is not None for r in results)
    assert not store.entries  # the workers wrote; the parent knows nothing until told
    for r in results:
        assert r.where is not None and r.where.segment != f"entries-{store.token}-{os.getpid()}.seg"
        store.adopt(r.key, r.where)
    for item in items:  # each entry read back is what the same extraction in this process gives
        here = extract_item(item)
        assert here.entry is not None
        assert store.programs(item.key) == here.programs
        assert store.facts(item.key) == pickle.loads(here.entry[1])
    part = pickle.loads(pickle.dumps(store.part([items[0].key])))  # what a link task carries
    assert part.facts(items[0].key) == store.facts(items[0].key)
    assert part.facts(items[1].key) is None and not part.has(items[1].key)


def test_scale_a_torn_or_damaged_entry_reads_as_missing_and_the_others_still_count(tmp_path: Path) -> None:
    """A killed build leaves its last record torn; a record damaged since fails its checksum."""
    a, b, c = _items(sorted(f.name for f in SEEDS.iterdir())[:3])
    facts = {i.key: process_file(SEEDS / i.file_name) for i in (a, b, c)}
    cache = ExtractionCache(tmp_path)
    cache.token = "0" * 12  # its segment sorts first, so a later sound record of b must be looked for
    for i in (a, b, c):
        cache.put(i.key, encode_entry([], facts[i.key]))
    where = {i.key: cache.entries[i.key] for i in (a, b, c)}
    assert len({w.segment for w in where.values()}) == 1  # one process, one segment
    segment = cache.folder / where[a.key].segment
    data = bytearray(segment.read_bytes())
    body = where[b.key].at + where[b.key].header
    damaged = data.index(b".txt", body, body + where[b.key].body)
    data[damaged + 3] = ord("s")  # b's facts still unpickle (its file name reads .txs): only the checksum tells
    segment.write_bytes(bytes(data[:where[c.key].at + where[c.key].header + 10]))  # c torn: cut in its facts
    again = ExtractionCache(tmp_path)  # the next build reads the segment back
    assert again.facts(a.key) == facts[a.key] and again.programs(a.key) == []
    assert again.programs(b.key) is None and again.facts(b.key) is None  # its header is whole, its facts not
    assert again.facts(c.key) is None and again.programs(c.key) is None and not again.has(c.key)
    again.token = "f" * 12
    again.put(b.key, encode_entry([], facts[b.key]))  # extracted again, as a build does when programs() fails
    after = ExtractionCache(tmp_path)
    assert after.entries[b.key].segment.startswith("entries-fff")  # the later, sound record
    assert after.facts(b.key) == facts[b.key]
    after.token = "z" * 12  # a third record of b, sorting last, damaged too
    late = after.put(b.key, encode_entry([], facts[b.key]))
    (after.folder / late.segment).write_bytes((after.folder / late.segment).read_bytes()[:-1] + b"?")
    assert ExtractionCache(tmp_path).entries[b.key].segment.startswith("entries-fff")


def test_scale_two_builds_writing_one_cache_at_once_keep_apart_and_both_count(tmp_path: Path) -> None:
    a, b = _items(sorted(f.name for f in SEEDS.iterdir())[:2])
    first, second = ExtractionCache(tmp_path), ExtractionCache(tmp_path)  # opened before either wrote
    first.put(a.key, encode_entry([], process_file(SEEDS / a.file_name)))
    second.put(b.key, encode_entry([], process_file(SEEDS / b.file_name)))
    assert first.entries[a.key].segment != second.entries[b.key].segment
    after = ExtractionCache(tmp_path)
    assert after.facts(a.key) == first.facts(a.key) and after.facts(b.key) == second.facts(b.key)


def test_scale_a_worker_of_another_version_writes_nothing_to_the_cache(tmp_path: Path) -> None:
    from kg.parallel import extract_chunk

    store = ExtractionCache(tmp_path / "cache", version="a" * 64)  # not the version this process runs
    (item,) = _items(sorted(f.name for f in SEEDS.iterdir())[:1])
    result = extract_chunk([item], store.part(()))
    assert result.items[0].where is None and result.items[0].entry  # sent back, for the parent to refuse
    assert not list(store.folder.iterdir())
    mine = ExtractionCache(tmp_path / "mine")
    stored = extract_chunk([item], mine.part(())).items[0]
    assert stored.entry is None and stored.where is not None
    assert ExtractionCache(tmp_path / "mine").facts(item.key) is not None  # there for the next build


# ------------------------------------------------------------------ cache


def test_scale_second_build_extracts_nothing(corpus: Path, serial: bytes, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first, s1 = build_with_stats(corpus, jobs=1, cache=cache)
    second, s2 = build_with_stats(corpus, jobs=2, cache=cache)
    assert (s1.extracted, s1.cached) == (s1.documents, 0)
    assert (s2.extracted, s2.cached) == (0, s2.documents)
    assert s2.runner == "serial"  # nothing to extract: no workers started
    assert _turtle(first, tmp_path / "a.ttl") == _turtle(second, tmp_path / "b.ttl") == serial


def test_scale_adding_one_document_extracts_only_it(tmp_path: Path) -> None:
    names = sorted(f.name for f in SEEDS.iterdir())
    src = _corpus(tmp_path, names[:-1])
    cache = tmp_path / "cache"
    _, before = build_with_stats(src, cache=cache)
    assert before.extracted == len(names) - 1
    shutil.copy(SEEDS / names[-1], src / names[-1])
    graph, after = build_with_stats(src, cache=cache)
    assert (after.extracted, after.cached) == (1, len(names) - 1)
    fresh, _ = build_with_stats(src)
    assert graph.turtle() == fresh.turtle()  # the corpus pass saw the new document's programs everywhere


def test_scale_changed_document_is_extracted_again(tmp_path: Path) -> None:
    src = _corpus(tmp_path, ["001_71c5d7f6edab117b.txt", "002_df2c1c52512f4de2.txt"])
    cache = tmp_path / "cache"
    build_with_stats(src, cache=cache)
    f = src / "002_df2c1c52512f4de2.txt"
    f.write_text(f.read_text(encoding="utf-8") + "\n成都市武侯区推行“红色管家”工作法。\n", encoding="utf-8")
    graph, stats = build_with_stats(src, cache=cache)
    assert (stats.extracted, stats.cached) == (1, 1)
    assert graph.turtle() == build_with_stats(src)[0].turtle()


def test_scale_renamed_document_is_a_new_entry(tmp_path: Path) -> None:
    """Evidence names the file, so the same bytes under another name are not the same facts."""
    src = _corpus(tmp_path, ["001_71c5d7f6edab117b.txt"])
    cache = tmp_path / "cache"
    build_with_stats(src, cache=cache)
    (src / "001_71c5d7f6edab117b.txt").rename(src / "renamed.txt")
    graph, stats = build_with_stats(src, cache=cache)
    assert stats.extracted == 1
    assert graph.turtle() == build_with_stats(src)[0].turtle()


def test_scale_unreadable_cache_entry_is_extracted_again(tmp_path: Path) -> None:
    src = _corpus(tmp_path, ["001_71c5d7f6edab117b.txt", "002_df2c1c52512f4de2.txt"])
    cache = tmp_path / "cache"
    expected = build_with_stats(src, cache=cache)[0].turtle()
    (segment,) = sorted(cache.rglob("entries-*.seg"))  # one process extracted both
    segment.write_bytes(segment.read_bytes()[:-100])  # the last record torn
    graph, stats = build_with_stats(src, cache=cache)
    assert (stats.extracted, stats.cached) == (1, 1)
    assert graph.turtle() == expected


def test_scale_other_extractor_version_is_never_read(tmp_path: Path) -> None:
    doc = process_file(SEEDS / "001_71c5d7f6edab117b.txt")
    key = entry_key(doc.doc.file_name, doc.doc.sha256)
    old = ExtractionCache(tmp_path, version="a" * 64)
    old.put(key, encode_entry([], doc))
    assert old.facts(key) is not None
    new = ExtractionCache(tmp_path, version="b" * 64)
    assert new.facts(key) is None and new.programs(key) is None
    assert not old.folder.exists()  # pruned: it can never be read again
    assert (tmp_path / "CACHEDIR.TAG").exists()


def test_scale_extractor_version_covers_sources_and_data(tmp_path: Path) -> None:
    pkg = tmp_path / "kg"
    shutil.copytree(ROOT / "kg", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    base = source_hash(pkg)
    assert base == source_hash(pkg)
    (pkg / "__pycache__").mkdir(exist_ok=True)
    (pkg / "__pycache__" / "x.pyc").write_bytes(b"compiled")
    assert source_hash(pkg) == base  # bytecode is not source
    (pkg / "places.py").write_text((pkg / "places.py").read_text(encoding="utf-8") + "\n# edit\n", encoding="utf-8")
    edited = source_hash(pkg)
    assert edited != base
    with (pkg / "data" / "lexicon.toml").open("a", encoding="utf-8") as f:
        f.write("\n# edit\n")
    assert source_hash(pkg) != edited
    assert len(extractor_version()) == 64


def test_scale_extractor_version_ignores_the_output_modules(tmp_path: Path) -> None:
    """A release that mends an export or the query engine keeps the users' caches; one that touches a
    stage of the build does not."""
    pkg = tmp_path / "kg"
    shutil.copytree(ROOT / "kg", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    assert all((pkg / f"{name}.py").is_file() for name in OUTPUT_MODULES)  # no stale name in the list
    base, whole = extraction_source_hash(pkg), source_hash(pkg)
    for name in ("turtle", "html", "cli"):
        with (pkg / f"{name}.py").open("a", encoding="utf-8") as f:
            f.write("\n# edit\n")
    assert extraction_source_hash(pkg) == base
    assert source_hash(pkg) != whole  # the edits are there
    for name in ("resolve", "graph", "pipeline"):  # the resolver's snapshot and the corpus pass are cached too
        copy = tmp_path / name / "kg"
        shutil.copytree(pkg, copy)
        with (copy / f"{name}.py").open("a", encoding="utf-8") as f:
            f.write("\n# edit\n")
        assert extraction_source_hash(copy) != base, name


def test_scale_a_build_imports_no_output_module(tmp_path: Path) -> None:
    """What keeps OUTPUT_MODULES honest: a build (two processes, a cache, the corpus pass, a rebuild
    that resumes the resolver) in a fresh interpreter loads none of them, so none can change its facts."""
    code = (
        "import sys\n"
        "from kg.pipeline import build\n"
        "for _ in range(2):\n"
        "    build(sys.argv[1], jobs=2, cache=sys.argv[2])\n"
        "print('\\n'.join(m for m in sys.modules if m.startswith('kg.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(SEEDS), str(tmp_path / "cache")], check=True,
                          capture_output=True, text=True, cwd=ROOT)
    loaded = {m.removeprefix("kg.") for m in done.stdout.split()}
    assert {"extract", "resolve", "pipeline"} <= loaded
    assert not loaded & OUTPUT_MODULES


def test_scale_cache_written_under_one_hash_seed_reads_the_same_under_another(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    outputs = []
    for seed in ("0", "1"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEEDS), "-o", str(out), "--jobs", "2",
                        "--cache", str(cache)], check=True, env=env, capture_output=True)
        outputs.append((out / "graph.ttl").read_bytes())
    assert outputs[0] == outputs[1] == (ROOT / "exports" / "graph.ttl").read_bytes()


# ------------------------------------------------------------------ corpus pass


def test_scale_linker_passes_only_present_names_and_links_the_same(corpus: Path) -> None:
    """The corpus pass given each document's present names equals the pass given all names."""
    files = sorted(corpus.iterdir())
    full = [process_file(f) for f in files]
    names = known_program_names(full)
    assert len(names) > 5
    linker = _Linker(names)
    filtered = [process_file(f) for f in files]
    for facts in full:
        link_known_programs(facts, names)
    for facts in filtered:
        present = linker.present(facts.doc.norm)
        assert all(n in facts.doc.norm for n in present)
        assert set(present) == {n for n in names if n in facts.doc.norm}
        linker.link(facts, present)
    for a, b in zip(full, filtered, strict=True):
        assert a.mentions == b.mentions
        assert a.implementations == b.implementations


def test_scale_generic_names_told_by_the_workers_are_the_ones_told_here(corpus: Path) -> None:
    """The corpus pass's names are the same whether this process tells the generic ones or each
    document's header brought them (``generic_names``, computed where extraction ran)."""
    full = [process_file(f) for f in sorted(corpus.iterdir())]
    told = [generic_names([m for m in f.mentions if m.cls == "Program"]) for f in full]
    assert known_program_names(full, generic=frozenset().union(*told)) == known_program_names(full)


def test_scale_generic_names_are_fields_of_work_and_what_a_noun_does() -> None:
    mention = Mention("Program", "民生服务", "民生 服务", "民生服务", "d.txt", 0, 4, aliases=("红色物业", "乡村振兴"))
    assert generic_names([mention]) == {"民生服务", "乡村振兴"}


def test_scale_a_rebuild_from_the_cache_loads_no_jieba(tmp_path: Path) -> None:
    """Every document cached: the corpus pass reads which program names are generic from the
    entries' headers, so this process does not load jieba's dictionary (0.4 s of a rebuild) for it."""
    code = (
        "import sys\n"
        "from kg.pipeline import build\n"
        "build(sys.argv[1], jobs=1, cache=sys.argv[2])\n"
        "print('jieba' in sys.modules)\n"
    )
    runs = [subprocess.run([sys.executable, "-c", code, str(SEEDS), str(tmp_path / "cache")], check=True,
                           capture_output=True, text=True, cwd=ROOT).stdout.split() for _ in range(2)]
    assert runs == [["True"], ["False"]]  # the first extracted (jieba loaded here), the second only read


def test_scale_built_graph_keeps_no_document_text(corpus: Path) -> None:
    graph, _ = build_with_stats(corpus)
    assert all(d.text == "" and d.norm == "" and not d.sentences and not d.blocks for d in graph.documents)
    assert all(d.sha256 and d.file_name for d in graph.documents)
    assert sorted(graph.sources) == sorted(d.file_name for d in graph.documents)  # where the view reads them


# ------------------------------------------------------------------ progress


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_scale_progress_is_silent_when_not_a_terminal() -> None:
    stream = io.StringIO()
    bar = Progress(10, "extracting", stream=stream, delay=0)
    for _ in range(10):
        bar.advance()
    bar.close()
    assert stream.getvalue() == ""


def test_scale_progress_draws_on_a_terminal_after_its_delay() -> None:
    stream = _Tty()
    bar = Progress(4, "extracting", stream=stream, delay=0)
    bar.advance(2)
    bar.close()
    text = stream.getvalue()
    assert text.startswith("\rextracting [")
    assert "2/4" in text and text.endswith("\n")
    quiet = _Tty()
    slow_to_start = Progress(4, "extracting", stream=quiet, delay=3600)
    slow_to_start.advance(4)
    slow_to_start.close()
    assert quiet.getvalue() == ""  # a build quicker than the delay prints nothing


def test_scale_progress_render() -> None:
    bar = Progress(8, "linking", stream=io.StringIO(), width=8)
    bar.done = 2
    line = bar.render(now=bar.started + 2.0)
    assert line.startswith("linking [##------] 2/8 1.0/s 0:02 elapsed, 0:06 left")


# ------------------------------------------------------------------ quick start-up


@pytest.mark.parametrize("argv", [["--help"], ["build", "--help"], ["query", "--help"]])
def test_scale_help_imports_neither_jieba_nor_rdflib(argv: list[str]) -> None:
    code = (
        "import sys\n"
        "from kg.cli import main\n"
        "try:\n"
        f"    main({argv!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = sorted(m for m in ('jieba', 'rdflib', 'pyoxigraph', 'networkx', 'opencc', 'distributed')"
        " if m in sys.modules)\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY []" in proc.stderr, proc.stderr


# ------------------------------------------------------------------ CLI


def test_scale_cli_build_caches_in_the_output_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main

    src = _corpus(tmp_path, ["001_71c5d7f6edab117b.txt", "002_df2c1c52512f4de2.txt"])
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out), "--jobs", "2"]) == 0
    assert "(2 extracted, 0 from the cache; processes, 2 workers)" in capsys.readouterr().out
    assert (out / ".kg-cache" / "CACHEDIR.TAG").exists()
    assert main(["build", str(src), "-o", str(out), "--force"]) == 0  # --force: not taken as up to date
    assert "(0 extracted, 2 from the cache; serial, 1 worker)" in capsys.readouterr().out


def test_scale_cli_no_cache_writes_no_cache(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main

    src = _corpus(tmp_path, ["001_71c5d7f6edab117b.txt"])
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out), "--no-cache", "--jobs", "1"]) == 0
    assert not (out / ".kg-cache").exists()
    assert main(["build", str(src), "-o", str(out), "--jobs", "0"]) == 2
    assert "--jobs must be at least 1" in capsys.readouterr().err


# ------------------------------------------------------------------ benchmark-sized


@pytest.mark.slow
def test_scale_generated_corpus_same_bytes_serial_parallel_cached(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import generate

    src = tmp_path / "gen"
    generate(src, 1.0)
    serial_ttl = _turtle(build_with_stats(src, jobs=1)[0], tmp_path / "a.ttl")
    assert _turtle(build_with_stats(src, jobs=2, cache=tmp_path / "c")[0], tmp_path / "b.ttl") == serial_ttl
    graph, stats = build_with_stats(src, jobs=2, cache=tmp_path / "c")
    assert stats.extracted == 0
    assert _turtle(graph, tmp_path / "c.ttl") == serial_ttl


def test_scale_cli_one_job_writes_exports_in_turn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--jobs 1`` asks for one core: no forked export writer either; the default may fork one."""
    import kg.exporters
    from kg.cli import main

    forks: list[list[str]] = []
    real = kg.exporters._Child

    class Counted(real):  # type: ignore[misc, valid-type]
        def __init__(self, graph, out, names) -> None:  # type: ignore[no-untyped-def]
            forks.append(names)
            super().__init__(graph, out, names)

    monkeypatch.setattr(kg.exporters, "_Child", Counted)
    monkeypatch.setattr(kg.exporters, "can_fork", lambda: True)  # earlier tests may leave threads behind
    src = _corpus(tmp_path, ["001_71c5d7f6edab117b.txt"])
    assert main(["build", str(src), "-o", str(tmp_path / "one"), "--jobs", "1"]) == 0
    assert forks == []
    assert main(["build", str(src), "-o", str(tmp_path / "any")]) == 0
    assert forks == [["ttl"]] or os.cpu_count() == 1
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (tmp_path / "any" / "graph.ttl").read_bytes()


def test_scale_slimmed_facts_share_equal_values_and_stay_equal() -> None:
    """After ``_slim`` equal evidence and mentions are one object each; every list still holds the same values."""
    import copy
    import pickle

    from kg.pipeline import _slim

    facts = max((process_file(f) for f in sorted(SEEDS.iterdir())), key=lambda f: len(f.implementations))
    # each fact with copies of its own, as facts read back from elsewhere may come (extraction itself
    # already shares a sentence's evidence): what _slim must make one object each
    for name in ("implementations", "counts", "structures"):
        setattr(facts, name, [copy.deepcopy(f) for f in getattr(facts, name)])
    before = copy.deepcopy(facts)
    _slim(facts)
    for name in ("mentions", "implementations", "counts", "structures"):
        assert getattr(facts, name) == getattr(before, name)
    evidence = [f.evidence for f in (*facts.implementations, *facts.counts, *facts.structures)]
    assert len(evidence) > len(set(evidence)) > 1  # the seed reads several facts in one sentence
    assert len({id(e) for e in evidence}) == len(set(evidence))
    agents = [f.agent for f in facts.implementations]
    assert all(any(a is m for m in facts.mentions) for a in agents if a in facts.mentions)
    levels = [m for f in facts.structures for m in f.levels if m in facts.mentions]
    assert levels and all(any(m is x for x in facts.mentions) for m in levels)  # a structure's tiers too
    unshared = pickle.dumps(before.implementations, protocol=pickle.HIGHEST_PROTOCOL)
    assert len(pickle.dumps(facts.implementations, protocol=pickle.HIGHEST_PROTOCOL)) < len(unshared)


def test_scale_a_copy_of_a_file_gone_after_the_scan_is_reported_not_dropped(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """a.txt and b.txt hold the same bytes, so b.txt was to be built as a.txt's copy; a.txt gone before it was
    read again, b.txt has a line of its own among the errors (it was dropped without a word)."""
    import kg.pipeline

    src = tmp_path / "src"
    src.mkdir()
    text = "福州市台江区推行“近邻党建”工作法。\n"
    for name in ("a.txt", "b.txt"):
        (src / name).write_text(text, encoding="utf-8")
    (src / "c.txt").write_text("厦门市思明区召开党建工作会议。\n", encoding="utf-8")
    scan = kg.pipeline._Plan.scan

    def scan_then_lose_a(self, bar, scout=None):  # type: ignore[no-untyped-def]
        scan(self, bar, scout)
        (src / "a.txt").unlink()

    monkeypatch.setattr(kg.pipeline._Plan, "scan", scan_then_lose_a)
    graph, stats = build_with_stats(src)
    assert [e.split(":")[0] for e in graph.errors] == ["a.txt", "b.txt"]
    assert "the same bytes as a.txt" in graph.errors[1]
    assert stats.documents == 1 and stats.failed == 2
