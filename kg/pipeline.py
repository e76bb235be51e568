"""The ordered stages of a build: read → normalise → extract → corpus pass → resolve.

``build`` is what ``kg build`` and a notebook call. Each document is read and
extracted on its own, so one bad file costs only itself: its error is
recorded on the graph and the others still build.

Scale shapes the rest:

- Per-document extraction is the bulk of the work and a pure function of
  (bytes, file name, extractor), so it runs in worker processes or on a Dask
  cluster (``kg.parallel``) and its results are cached (``kg.cache``): a
  rebuild extracts only new or changed documents.
- The corpus pass (program names learnt anywhere, linked everywhere) needs
  every document's facts, so it runs after extraction: in the extraction
  pool's workers when there is one (a serial stage in the parent was what
  kept two processes far from twice as fast), else here. Until then each
  document's facts wait on disk, not in memory; each is read back once,
  linked, and folded into the graph as it comes (``kg.resolve.Resolver``),
  so memory holds the graph but never the corpus, nor every document's
  facts (the text goes to a ``TextStore`` on disk, where the view reads
  the sentences it shows). With a cache, the pass itself is
  kept for the next build (``kg.passcache``), which links again only the
  documents a change of the known names reaches.
- Results are folded in input order, whatever order they were made in: the same
  input gives the same bytes whatever the number of workers, the runner,
  the cache's state or the hash seed.
- A rebuild (a cache that holds entries) with more than one process forks
  one worker first (``kg.parallel.Scout``): it loads jieba while the scan
  reads and looks up every file, and extracts the first misses the scan
  finds, while this process reads the last build's resolver (``_preload``).
"""

from __future__ import annotations

import hashlib
import operator
import os
import pickle
import tempfile
import time
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.cache import ExtractionCache, FactStore, entry_key, extractor_version
from kg.digests import Digests
from kg.documents import MAX_BYTES, InputFile, Inputs, find_inputs, load_document, read_bytes
from kg.errors import DocumentError, KgError, NoDocumentsError
from kg.graph import KnowledgeGraph
from kg.model import DocFacts, Document, Mention
from kg.nameindex import NameIndex
from kg.progress import Progress
from kg.texts import TextStore

if TYPE_CHECKING:
    from kg.parallel import Extracted, ProcessRunner, Scout
    from kg.passcache import NewNames, Previous
    from kg.resolve import Resolver

STAGES = ("read", "metadata", "extract", "link", "resolve")

# Below this much text to extract, starting worker processes costs more than it saves.
AUTO_PARALLEL_MIN_BYTES = 400_000
# A rebuild forks a worker before its scan, to extract the first misses found (``kg.parallel.Scout``).
SCOUT = True


@dataclass
class BuildStats:
    """What a build did: how many documents were extracted, taken from the cache, or failed."""

    files: int = 0
    documents: int = 0  # distinct documents in the graph
    extracted: int = 0  # documents run through the extractor in this build
    cached: int = 0  # documents whose facts came from the cache
    duplicates: int = 0  # files with the same bytes as an earlier file (counted once)
    skipped: list[str] = field(default_factory=list)  # files in the folders given that are not documents
    failed: int = 0
    bytes_read: int = 0
    relinked: int = 0  # documents the corpus pass linked again (the others' links held from the last build)
    resumed: int = 0  # documents taken in as the last build had folded them (its resolver, kept in the cache)
    link_workers: int = 1  # processes the corpus pass linked in (the extraction pool's, when it had one)
    runner: str = "serial"
    workers: int = 1
    # wall time per stage: "extract" (listing, reading, extraction), "link" (the corpus pass, which also
    # folds each document into the graph) and "resolve" (the graph finished: program groups, labels, facts)
    seconds: dict[str, float] = field(default_factory=dict)


def process_file(path: Path, *, max_bytes: int = MAX_BYTES) -> DocFacts:
    """One file through every per-document stage (in this process, uncached)."""
    from kg.extract import extract_document
    from kg.metadata import read_metadata

    doc = load_document(path, max_bytes=max_bytes)
    read_metadata(doc)
    return extract_document(doc)


def build(paths: str | Path | Iterable[str | Path], *, max_bytes: int = MAX_BYTES, jobs: int | None = 1,
          cache: str | Path | None = None, dask: Any = None, progress: bool | None = False) -> KnowledgeGraph:
    """Build a knowledge graph from files or folders of .txt, .md and .html articles.

    ``jobs``: worker processes for extraction (None: all cores, or none for a
    small build); ``cache``: a folder for the extraction cache (None: no
    cache); ``dask``: a dask.distributed address, "local", or a Client;
    ``progress``: draw a bar on stderr (None: when stderr is a terminal).
    """
    return build_with_stats(paths, max_bytes=max_bytes, jobs=jobs, cache=cache, dask=dask, progress=progress)[0]


def build_with_stats(paths: str | Path | Iterable[str | Path] | Inputs, *, max_bytes: int = MAX_BYTES,
                     jobs: int | None = 1, cache: str | Path | None = None, dask: Any = None,
                     progress: bool | None = False, exclude: Iterable[str | Path] = ()
                     ) -> tuple[KnowledgeGraph, BuildStats]:
    """``build``, also returning what it did (documents extracted, cached, failed; time per stage).

    ``exclude``: folders never read as input (``kg build`` passes its output
    folder, so a graph.html written inside the articles' folder is not an article next time).
    ``paths`` may also be what ``find_inputs`` listed (``exclude`` then already applied): ``kg build`` lists
    the inputs first to see whether its output folder is up to date (``kg.uptodate``), and a large
    corpus is not listed twice.
    """
    from kg import extract  # noqa: F401  (before the scout forks: it inherits the extractor's modules)
    from kg.collector import objects_settled

    with objects_settled():  # the last build's resolver, then this one's, made once, walked by no collection
        return _build_with_stats(paths, max_bytes=max_bytes, jobs=jobs, cache=cache, dask=dask, progress=progress,
                                 exclude=exclude)


def _build_with_stats(paths: str | Path | Iterable[str | Path] | Inputs, *, max_bytes: int, jobs: int | None,
                      cache: str | Path | None, dask: Any, progress: bool | None, exclude: Iterable[str | Path]
                      ) -> tuple[KnowledgeGraph, BuildStats]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    stats = BuildStats()
    clock = time.perf_counter()
    scout = _scout(jobs, dask, Path(cache) if cache is not None else None)  # first: it warms up meanwhile
    try:
        with tempfile.TemporaryDirectory(prefix="kg-build-") as spill:
            inputs = paths if isinstance(paths, Inputs) else find_inputs(paths, exclude=exclude)
            files = inputs.files
            stats.files, stats.skipped = len(files), inputs.skipped
            resolver, texts, plan, order, errors = _build(files, spill, stats, clock, scout, max_bytes=max_bytes,
                                                          jobs=jobs, cache=cache, dask=dask, progress=progress)
    finally:
        if scout is not None:
            scout.close()

    clock = time.perf_counter()
    graph = resolver.graph()
    graph.errors, graph.skipped = errors, inputs.skipped
    graph.texts = texts
    graph.sources = {plan.file_name(i): files[i].path for i, _ in order}
    stats.seconds["resolve"] = time.perf_counter() - clock
    return graph, stats


def _build(files: list[InputFile], spill: str, stats: BuildStats, clock: float, scout: Scout | None, *,
           max_bytes: int, jobs: int | None, cache: str | Path | None, dask: Any, progress: bool | None
           ) -> tuple[Resolver, TextStore, _Plan, list[tuple[int, str]], list[str]]:
    """Extraction and the corpus pass: the resolver with every document folded in, and what the graph takes."""
    from kg.collector import collector_paused
    from kg.extract import known_program_names
    from kg.parallel import ProcessRunner

    store: FactStore = ExtractionCache(Path(cache)) if cache is not None else FactStore(Path(spill))
    plan = _Plan(files, store, max_bytes, Digests(Path(cache)) if cache is not None else None)
    bar = Progress(len(files), "extracting", enabled=progress)
    pool: ProcessRunner | None = None
    previous: Previous | None = None
    try:
        plan.scan(bar, scout)
        if plan.digests is not None:
            plan.digests.save()
        previous = _previous(store)
        runner = _runner(jobs, dask, plan)
        stats.runner, stats.workers = runner.name, runner.workers
        if scout is not None and scout.given:
            stats.runner, stats.workers = "processes", max(runner.workers if runner.name == "processes" else 0, 1)
        pool = runner if isinstance(runner, ProcessRunner) else None  # kept for the corpus pass (same disk)
        try:
            preloaded = None
            if scout is not None and scout.given and previous is not None:
                with collector_paused():  # the scout is at work: the last build's resolver is read meanwhile
                    preloaded = _preload(previous)
            plan.run(runner, bar)
            if scout is not None:
                plan.take_scouted(scout, bar)
        finally:
            bar.close()
            if scout is not None:
                scout.close()
            if pool is None:
                runner.close()  # a Dask cluster, or none: done with after extraction
        stats.extracted, stats.cached, stats.bytes_read = plan.extracted, plan.cached, plan.bytes_read
        stats.seconds["extract"] = time.perf_counter() - clock

        clock = time.perf_counter()
        order = plan.documents()  # (index, key) of each distinct readable document, in input order
        errors = plan.errors()
        stats.duplicates, stats.failed, stats.documents = plan.duplicates(), len(errors), len(order)
        if not order:
            reason = "; ".join(errors) if errors else "no .txt, .md or .html files found"
            raise NoDocumentsError(f"nothing to build: {reason}")
        names = known_program_names([_program_stub(plan.file_name(i), plan.programs[i]) for i, _ in order],
                                    generic=frozenset().union(*(plan.generic[i] for i, _ in order)))
        bar = Progress(len(order), "linking", enabled=progress)
        spare = 0 if pool is not None else _link_workers(jobs, dask)
        with bar, collector_paused():  # unpickling makes many small objects and no cycles (see resolve)
            resolver, texts, stats.relinked, stats.resumed, stats.link_workers = _corpus_pass(
                plan, store, order, names, bar, pool, previous, preloaded, spare)
        stats.seconds["link"] = time.perf_counter() - clock
    finally:
        if previous is not None:
            previous.close()
        if pool is not None:
            pool.close()
    return resolver, texts, plan, order, errors


# --------------------------------------------------------------------- extraction plan


class _Plan:
    """Which files need extracting, and what came back: the parent's bookkeeping for one build.

    ``scan`` reads and hashes every file once and looks it up in the store,
    keeping no text; ``work`` reads the misses again, one at a time, as the
    runner asks for work. Exact duplicates (same bytes) are extracted once;
    the first file in input order names them.
    """

    def __init__(self, files: list[InputFile], store: FactStore, max_bytes: int,
                 digests: Digests | None = None) -> None:
        self.files, self.store, self.max_bytes, self.digests = files, store, max_bytes, digests
        self.keys: list[str | None] = [None] * len(files)
        self.duplicate_of: dict[int, int] = {}
        self.failures: dict[int, str] = {}  # index → DocumentError message
        self.reasons: dict[int, str] = {}  # index → DocumentError reason (copies of it fail the same way)
        self.programs: dict[int, list[Mention]] = {}
        self.generic: dict[int, frozenset[str]] = {}  # which names of the programs are generic
        self.misses: list[int] = []
        self.sizes: dict[int, int] = {}  # index → bytes of the file as last read
        self.miss_bytes = self.extracted = self.cached = self.bytes_read = 0

    def file_name(self, i: int) -> str:
        return self.files[i].name

    def _read(self, i: int) -> bytes | None:
        try:
            return read_bytes(self.files[i].path, max_bytes=self.max_bytes)
        except DocumentError as exc:
            self.failures[i] = str(exc)
            return None

    def scan(self, bar: Progress, scout: Scout | None = None) -> None:
        """Each file read and hashed once (or its hash taken from the cache's record when its status is
        unchanged: ``kg.digests``) and looked up in the store; a miss is handed to ``scout`` if it takes it,
        else kept for the runner."""
        first: dict[str, int] = {}  # sha256 → index of the first file with those bytes
        for i, input_file in enumerate(self.files):
            sha, st = self._known_digest(i)
            if sha is None:
                data = self._read(i)
                if data is None:
                    bar.advance()
                    continue
                self.sizes[i] = len(data)
                sha = hashlib.sha256(data).hexdigest()
                if self.digests is not None and st is not None:
                    self.digests.record(input_file.path, st, sha)
            self.bytes_read += self.sizes[i]
            if sha in first:
                self.duplicate_of[i] = first[sha]
                bar.advance()
                continue
            first[sha] = i
            key = self.keys[i] = entry_key(input_file.name, sha)
            header = self.store.header(key)
            if header is None:
                size = self.sizes[i]
                if scout is None or not scout.offer(i, input_file.path, input_file.name, size, self.max_bytes):
                    self.misses.append(i)
                    self.miss_bytes += size
            else:
                self.programs[i], self.generic[i] = header
                self.cached += 1
                bar.advance()

    def _known_digest(self, i: int) -> tuple[str | None, os.stat_result | None]:
        """(the file's hash as the cache recorded it, if its status is unchanged: ``kg.digests``, its size then
        noted; its status, taken before it is read, to record with the hash its bytes give)."""
        if self.digests is None:
            return None, None
        try:
            st = os.stat(self.files[i].path)
        except OSError:
            return None, None  # _read says why
        if st.st_size > self.max_bytes:
            return None, None
        sha = self.digests.known(self.files[i].path, st)
        if sha is not None:
            self.sizes[i] = st.st_size
        return sha, st

    def work(self, bar: Progress) -> Iterator[Any]:
        """A WorkItem per miss, reading each file only when the runner asks for more work."""
        from kg.parallel import WorkItem

        for i in self.misses:
            data = self._read(i)
            if data is None:
                self.keys[i] = None
                bar.advance()
                continue
            key = self.keys[i] = entry_key(self.file_name(i), hashlib.sha256(data).hexdigest())  # changed since?
            self.sizes[i] = len(data)
            yield WorkItem(i, key, self.file_name(i), data)

    def run(self, runner: Any, bar: Progress) -> None:
        from kg.parallel import chunked

        for batch in runner.run(chunked(self.work(bar)), self.store):
            for r in batch:
                self._took(r)
            bar.advance(len(batch))

    def take_scouted(self, scout: Scout, bar: Progress) -> None:
        """What the scout made of the misses the scan handed it (``work`` and ``run``, done there)."""
        for i, r, unread in scout.results():
            if r is None:  # unreadable since the scan, as ``_read`` would have said
                self.failures[i] = unread or ""
                self.keys[i] = None
            else:
                self.keys[i] = r.key  # as read there: changed since the scan?
                self._took(r)
            bar.advance()

    def _took(self, r: Extracted) -> None:
        if r.error is not None:
            self.reasons[r.index] = r.error
            self.failures[r.index] = str(DocumentError(self.file_name(r.index), r.error))
            self.keys[r.index] = None
        else:
            if r.where is not None:
                self.store.adopt(r.key, r.where)
            elif r.entry is not None:
                self.store.put(r.key, r.entry)
            self.programs[r.index], self.generic[r.index] = r.programs, r.generic
            self.extracted += 1

    def documents(self) -> list[tuple[int, str]]:
        """(index, store key) of each distinct readable document, in input order."""
        return [(i, k) for i, k in enumerate(self.keys) if k is not None and i not in self.failures]

    def copies(self) -> dict[int, list[str]]:
        """Index of each document kept → the names of the later files with its bytes."""
        out: dict[int, list[str]] = {}
        for i in sorted(self.duplicate_of):
            out.setdefault(self.duplicate_of[i], []).append(self.file_name(i))
        return out

    def duplicates(self) -> int:
        return sum(1 for j in self.duplicate_of.values() if j not in self.failures)

    def errors(self) -> list[str]:
        """One line per failed file, in input order; a copy of a failed file fails the same way, and a copy of a
        file that could not be read again after the scan (gone, changed into something unreadable) says so: its
        bytes were to be built under the first file's name, and are not built at all this time."""
        out = dict(self.failures)
        for i, j in self.duplicate_of.items():
            if j in self.reasons:
                out[i] = str(DocumentError(self.file_name(i), self.reasons[j]))
            elif j in self.failures:
                out[i] = str(DocumentError(self.file_name(i), f"not built: the same bytes as {self.file_name(j)}, "
                                                              "which could not be read again; run again"))
        return [out[i] for i in sorted(out)]


def _scout(jobs: int | None, dask: Any, cache: Path | None) -> Scout | None:
    """A worker forked now, to extract the first misses while the scan reads the rest (``kg.parallel.Scout``).

    For a rebuild: a cache that holds entries of this extractor already, where
    most files are found, so the scan is long and the misses few; and only
    where more than one process may run and forking is safe (see ``can_fork``).
    """
    from kg.cache import SEGMENT_GLOB, entries_folder
    from kg.parallel import Scout, can_fork

    if dask is not None or cache is None or not SCOUT or (jobs if jobs is not None else os.cpu_count() or 1) < 2:
        return None
    folder = entries_folder(cache)
    if next(folder.glob(SEGMENT_GLOB), None) is None or not can_fork():  # (Linux only: the pool forks there too)
        return None
    try:
        return Scout(FactStore(folder, version=extractor_version()))
    except OSError:  # no fork to be had now (EAGAIN, ENOMEM): the runner extracts every miss
        return None


def _runner(jobs: int | None, dask: Any, plan: _Plan) -> Any:
    """The runner for this build: Dask if asked, else processes when there is enough to extract."""
    from kg.parallel import DaskRunner, ProcessRunner, SerialRunner

    if dask is not None:
        return DaskRunner(dask, workers=jobs)
    if jobs is None:
        jobs = 1 if plan.miss_bytes < AUTO_PARALLEL_MIN_BYTES else os.cpu_count() or 1
    if jobs < 1:
        raise KgError(f"--jobs must be at least 1 (got {jobs})")
    jobs = min(jobs, len(plan.misses))  # no idle workers (and none at all when everything is cached)
    return ProcessRunner(jobs) if jobs > 1 else SerialRunner()


# --------------------------------------------------------------------- corpus pass


def _link_workers(jobs: int | None, dask: Any) -> int:
    """Processes the corpus pass may start for itself where extraction had no pool (few misses, or the
    scout took them): a new name can send thousands of cached articles to be linked again."""
    if dask is not None:
        return 0  # a Dask worker need not share this disk
    return jobs if jobs is not None else os.cpu_count() or 1


def _program_stub(file_name: str, programs: list[Mention]) -> DocFacts:
    """Just enough of a document's facts for ``known_program_names``: its name and Program mentions."""
    return DocFacts(Document(file_name, "", "", ""), mentions=programs)


class _Linker:
    """``link_known_programs`` for one document at a time, given only the names that occur in it.

    The corpus pass matches every known program name (thousands in a large
    corpus) in every document. ``link_known_programs`` builds one regular
    expression of all names per call, which costs time in the number of
    names for each document: quadratic in the corpus. A name can only match
    where it occurs literally, so passing each document just the names it
    contains gives the same links; the names a document contains are found
    through an index of their first characters (``kg.nameindex``).
    """

    def __init__(self, names: dict[str, Mention]) -> None:
        self.names = names
        self.index = NameIndex(names)

    def present(self, text: str) -> dict[str, Mention]:
        if not self.names:
            return {}
        return {n: self.names[n] for n in self.index.present(text)}

    def link(self, facts: DocFacts, present: dict[str, Mention]) -> None:
        from kg.extract import link_known_programs

        if present:
            link_known_programs(facts, present)


# A task of the pool's corpus pass holds at most this many documents, or this many bytes of their input:
# what comes back (text records, linked records) grows with the documents, and a window of tasks is in flight.
LINK_CHUNK_DOCS = 64
LINK_CHUNK_BYTES = 512_000


def _corpus_pass(plan: _Plan, store: FactStore, order: list[tuple[int, str]], names: dict[str, Mention],
                 bar: Progress, pool: ProcessRunner | None = None, previous: Previous | None = None,
                 preloaded: Preloaded | None = None, spare: int = 0
                 ) -> tuple[Resolver, TextStore, int, int, int]:
    """Each document linked to the corpus's known program names, its text set aside, folded into a resolver.

    With a cache, the last build's pass is kept there (``kg.passcache``) and a
    document whose links still hold is taken from it as it is; when the
    documents begin with those the last build folded, each kept, its resolver
    is taken too and only the documents after them are folded in. With a
    ``pool`` (the build's extraction workers), the documents to link again
    are linked in it, a window ahead, and come back as the records the pack
    keeps; this process only reads them and writes the pack, in input order.
    The documents are folded in input order, each dropped once folded (the
    graph, not the corpus, stays in memory). Returns the resolver, the texts,
    how many documents were linked again, how many the resolver held and the processes that linked.
    ``spare``: processes a pool of the pass's own may have, where there is none and enough to link again
    (as much text as extraction would start a pool for, ``AUTO_PARALLEL_MIN_BYTES``).
    ``previous``: the last build's pack, opened by the caller (``_previous``), who closes it;
    ``preloaded``: its resolver, read while the build waited on extraction (``_preload``).
    """
    from kg.parallel import ProcessRunner
    from kg.passcache import Pack, Previous, decode_linked
    from kg.resolve import Resolver

    copies = plan.copies()
    linker = _Linker(names)
    if previous is None:
        previous = Previous()
    keep = _keeps_pass(store)
    pack: Pack | None = None
    relinked = 0
    own: ProcessRunner | None = None  # a pool started for this pass, closed by it
    try:
        pack = Pack.create(store.folder) if keep else None
        texts = pack.texts if pack is not None else TextStore()
        changed, added = previous.changes(names)
        folded = [(key, plan.file_name(i), tuple(copies.get(i, ()))) for i, key in order]
        resolver, resumed, blob = (_resumed(previous, folded, changed, added, preloaded) if pack is not None
                                   else (None, 0, None))
        ahead: set[int] = set()  # documents the pool links, in the order it gives them back
        linked_ahead: Generator[tuple[bytes, bytes, tuple[str, ...]], None, None] | None = None
        if pool is not None or spare > 1:
            todo = [(i, key) for i, key in order[resumed:]
                    if previous.reusable(key, plan.file_name(i), changed, added) is None]
            if pool is None and sum(plan.sizes.get(i, 0) for i, _ in todo) >= AUTO_PARALLEL_MIN_BYTES:
                pool = own = ProcessRunner(min(spare, len(todo)))
            if pool is not None:
                ahead = {i for i, _ in todo}
                linked_ahead = _link_in_pool(pool, store, names, todo, plan.sizes)
        if resolver is None:
            resolver = Resolver()
        for at, (i, key) in enumerate(order):
            file_name = plan.file_name(i)
            if at < resumed:  # in the resolver already: its records are copied into the new pack, no more
                kept = previous.records(key)  # as _resumed found them, in this same read-only pack
                if kept is None or pack is None:
                    raise KgError(f"the corpus pass's records changed while read ({file_name}): run again")
                pack.add(key, file_name, texts.put_record(file_name, kept.text), kept.text, kept.linked,
                         kept.entry.names, kept.entry.crc)
                bar.advance()
                continue
            kept = None if i in ahead else previous.reusable(key, file_name, changed, added)
            if kept is not None:
                try:
                    facts, forms = decode_linked(kept.linked)
                except Exception:  # checked, yet unreadable (another Python?): linked again below
                    kept = None
            if kept is not None:
                text, record, found = kept.text, kept.linked, kept.entry.names
            elif linked_ahead is not None and i in ahead:
                text, record, found = next(linked_ahead)
                facts, forms = decode_linked(record)
                relinked += 1
            else:
                facts, forms, found, text, record = _link_one(store, key, linker, record=pack is not None)
                relinked += 1
            where = texts.put_record(file_name, text)
            if pack is not None:
                pack.add(key, file_name, where, text, record, found, kept.entry.crc if kept is not None else None)
            facts.doc.copies = copies.get(i, [])
            resolver.add(facts, forms)
            bar.advance()
        if pack is not None:
            if blob is not None and len(order) - resumed <= _tail_allowed(resumed):
                pack.keep_resolver(blob, folded[:resumed])  # the last build's, as it was: see KEEP_RESUMED_TAIL
            else:
                pack.keep_resolver(resolver.snapshot(), folded)
            pack.finish(names)
    except BaseException:
        if pack is not None:
            pack.discard()
        raise
    finally:
        if linked_ahead is not None:
            linked_ahead.close()  # after an error: the pool's tasks not yet started are cancelled
        if own is not None:
            own.close()
    return resolver, texts, relinked, resumed, pool.workers if pool is not None else 1


# A build that resumed the last build's resolver keeps that resolver's record as it was (no pickling), not
# its own, while the documents folded in after it number at most this many, or one in this many of those
# it holds: the next build folds them again from their kept records (about a third of a millisecond each),
# where pickling the resolver anew cost about 0.2 s at 10 MB, most of what remained of the pass after one
# new article. Past that, the build keeps its own resolver, holding every document.
KEEP_RESUMED_TAIL = 16
KEEP_RESUMED_FRACTION = 64


def _tail_allowed(resumed: int) -> int:
    return max(KEEP_RESUMED_TAIL, resumed // KEEP_RESUMED_FRACTION)


def _keeps_pass(store: FactStore) -> bool:
    """Whether this build keeps its corpus pass for the next (``kg.passcache``): with a cache, where packs can be
    renamed while read."""
    from kg import passcache

    return isinstance(store, ExtractionCache) and passcache.SUPPORTED


def _previous(store: FactStore) -> Previous | None:
    """The last build's corpus pass, where a build keeps one (``kg.passcache``); the caller closes it."""
    from kg.passcache import Previous

    return Previous.open(store.folder) if _keeps_pass(store) else None


Preloaded = tuple[int, "Resolver"]  # (how many documents it holds, the resolver unpickled)


def _preload(previous: Previous) -> Preloaded | None:
    """The last build's resolver unpickled ahead of the pass, whichever documents this build turns out to
    have (``_resumed`` still checks that it may go on from it); None if there is none, or it is unreadable."""
    from kg.resolve import Resolver

    kept = previous.resumable
    found = previous.resolver(kept.folded) if kept is not None else None
    if found is None:
        return None
    try:
        return found[0], Resolver.resumed(found[1])
    except Exception:
        return None


def _resumed(previous: Previous, folded: list[tuple[str, str, tuple[str, ...]]], changed: frozenset[str],
             added: NewNames, preloaded: Preloaded | None = None) -> tuple[Resolver | None, int, bytes | None]:
    """The last build's resolver, how many documents it holds and its record, if this build can go on from it.

    It can when this build's documents begin with those it folded (same keys,
    names and copies, in the same order) and each of them is kept as it is.
    ``preloaded``: that resolver, already unpickled (the pack holds one: it is the same).
    """
    from kg.resolve import Resolver

    found = previous.resolver(folded)
    if found is None:
        return None, 0, None
    count, blob = found
    if any(previous.reusable(key, name, changed, added) is None for key, name, _ in folded[:count]):
        return None, 0, None
    if preloaded is not None and preloaded[0] == count:
        return preloaded[1], count, blob
    try:
        return Resolver.resumed(blob), count, blob
    except Exception:  # checked, yet unreadable (another Python?): every document is folded again
        return None, 0, None


Relinked = tuple[DocFacts, dict[tuple[str, int, int], str], tuple[str, ...], bytes, bytes]


def _link_one(store: FactStore, key: str, linker: _Linker, *, record: bool) -> Relinked:
    """One document through the pass: (facts, written forms, known names found, text record, linked record).

    The facts come back slimmed; the linked record (what the pack keeps) is
    made only when asked for.
    """
    from kg.passcache import encode_linked
    from kg.texts import text_record

    facts, forms, found = _linked(store, key, linker)
    text = text_record(facts.doc)
    _slim(facts)
    return facts, forms, found, text, encode_linked((facts, forms)) if record else b""


@dataclass(frozen=True)
class _LinkTask:
    """Documents for a pool worker to link: the store they wait in, the known names (pickled once), keys."""

    store: FactStore
    names: bytes
    keys: list[str]


def _link_in_pool(pool: ProcessRunner, store: FactStore, names: dict[str, Mention], todo: list[tuple[int, str]],
                  sizes: dict[int, int]) -> Generator[tuple[bytes, bytes, tuple[str, ...]], None, None]:
    """(text record, linked record, names found) of each (index, key) of ``todo``, in order, linked in the pool."""
    if not todo:
        return
    from kg.parallel import chunked

    blob = pickle.dumps(names, protocol=pickle.HIGHEST_PROTOCOL)
    chunks = chunked(todo, max_bytes=LINK_CHUNK_BYTES, max_docs=LINK_CHUNK_DOCS, size=lambda t: sizes.get(t[0], 0))
    results = pool.ordered(_link_task, (_LinkTask(store.part(key for _, key in c), blob, [key for _, key in c])
                                        for c in chunks))
    try:
        for chunk in results:
            yield from chunk
    finally:
        results.close()


def _link_task(task: _LinkTask) -> list[tuple[bytes, bytes, tuple[str, ...]]]:
    from kg.collector import collector_paused

    linker = _worker_linker(task.names)
    out = []
    with collector_paused():
        for key in task.keys:
            _, _, found, text, record = _link_one(task.store, key, linker, record=True)
            out.append((text, record, found))
    return out


@lru_cache(maxsize=1)
def _worker_linker(names: bytes) -> _Linker:
    """The linker of a build's known names, made once per worker (every task carries the same names)."""
    return _Linker(pickle.loads(names))


def _linked(store: FactStore, key: str,
            linker: _Linker) -> tuple[DocFacts, dict[tuple[str, int, int], str], tuple[str, ...]]:
    """One document's facts linked: the facts, the written forms of their mentions, the known names found."""
    from kg.resolve import written_forms

    facts = store.facts(key)
    if facts is None:
        raise KgError(f"the extraction store lost an entry ({store.path(key)}): run again")
    present = linker.present(facts.doc.norm)
    linker.link(facts, present)
    return facts, written_forms(facts), tuple(sorted(present))


def _slim(facts: DocFacts) -> None:
    """Keep what resolution and the exports need; drop the text, sentences and per-sentence context.

    Resolution compares each mention with its span as written, so those
    spans are kept (``written_forms``); evidence quotes are already copies;
    the view reads the sentences it shows from the ``TextStore`` the text
    was set aside in, one article at a time.
    """
    facts.doc = replace(facts.doc, text="", norm="", blocks=[], sentences=[], source_at=None)
    facts.context = None
    _share(facts)


def _share(facts: DocFacts) -> None:
    """Equal values of one document's facts made one object, so they are pickled and held once.

    A fact may carry its own copy of a mention it takes part in, or of its
    evidence; pickled apart, such copies made most of a linked record and of
    the time the parent spends reading it back, and shared, the graph holds
    each once. Extraction already shares most (one evidence per sentence,
    the same mention in a fact and in the document's list), so a fact is
    rebuilt only where one of its values is not yet the shared one. The
    values are frozen, so sharing them changes nothing else.
    """
    one: dict[Any, Any] = {}
    same = one.setdefault  # the facts themselves are not compared: hashing one hashes all it holds
    facts.mentions = [same(m, m) for m in facts.mentions]

    def shared(fact: Any, *names: str) -> Any:
        changed = {}
        for name in names:
            value = getattr(fact, name)
            if (kept := same(value, value)) is not value:
                changed[name] = kept
        return replace(fact, **changed) if changed else fact

    facts.implementations = [shared(f, "agent", "program", "evidence") for f in facts.implementations]
    facts.counts = [shared(f, "about", "evidence") for f in facts.counts]
    structures = []
    for f in facts.structures:
        f = shared(f, "owner", "evidence")
        levels = tuple(same(m, m) for m in f.levels)
        structures.append(f if all(map(operator.is_, levels, f.levels)) else replace(f, levels=levels))
    facts.structures = structures
