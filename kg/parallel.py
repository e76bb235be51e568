"""Where per-document extraction runs: in this process, in a pool of processes, or on a Dask cluster.

Extraction is a pure function of a document's bytes and file name, so it can
run anywhere, in any order. Work goes out in chunks of documents (one task
per document would spend more on messages than on work for short articles).
A worker of this machine's pool writes each document's entry to the build's
store itself and sends back where; a Dask worker, which need not share the
disk, sends the entry's pickled bytes for the parent to write as they are.
Either way the parent never holds more than a window of in-flight chunks,
whatever the corpus size.

The parent puts results back in input order itself, so the runner and the
order in which workers finish cannot change the output. A pool of this
machine's processes also serves the corpus pass after extraction
(``ProcessRunner.ordered``), which reads the build's files on this disk.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Protocol, TypeVar

from kg.cache import Entry, FactStore, Location, encode_entry, entry_key, extractor_version
from kg.errors import DocumentError, KgError
from kg.model import Mention

T = TypeVar("T")
R = TypeVar("R")

# A chunk is cut when it holds this many bytes of input or this many documents.
CHUNK_BYTES = 96_000
CHUNK_DOCS = 32
# Chunks in flight per worker: enough to keep workers busy, few enough to bound memory.
WINDOW_PER_WORKER = 3


@dataclass(frozen=True)
class WorkItem:
    """One document to extract: its position in the input, its cache key, name and bytes."""

    index: int
    key: str
    file_name: str
    data: bytes


@dataclass
class Extracted:
    """What a worker sends back for one document."""

    index: int
    key: str
    entry: Entry | None = None  # the store entry (header and DocFacts pickles), unless the worker wrote it
    programs: list[Mention] = field(default_factory=list)
    generic: frozenset[str] = frozenset()  # which of the programs' names are generic
    error: str | None = None  # DocumentError.reason when the document could not be read
    where: Location | None = None  # where the worker wrote it, in the build's store (``FactStore.adopt``)


@dataclass
class ChunkResult:
    version: str  # the worker's extractor version: a worker running other code must not fill the cache
    items: list[Extracted]


@lru_cache(maxsize=1)
def warm_up() -> None:
    """Load jieba's dictionary, its tag table, the lexicon and the gazetteer once per worker process.

    Done up front so the first chunk of every worker does not pay for it
    while holding up the window, and so it is paid once, not per task.
    """
    from kg.gazetteer import load_gazetteer
    from kg.lexicon import lexicon, word_freq, word_tag

    word_freq("党建")
    word_tag("党建")
    lexicon()
    load_gazetteer()


def extract_item(item: WorkItem, store: FactStore | None = None) -> Extracted:
    """Decode, read metadata and extract one document (the per-document stages of a build)."""
    from kg.documents import make_document
    from kg.extract import extract_document, generic_names
    from kg.metadata import read_metadata

    try:
        doc = make_document(item.file_name, item.data)
    except DocumentError as exc:
        return Extracted(item.index, item.key, error=exc.reason)
    try:
        read_metadata(doc)
        facts = extract_document(doc)
    except Exception as exc:
        return Extracted(item.index, item.key, error=f"extraction failed ({type(exc).__name__}: {exc}); "
                                                    "please report this file")
    programs = [m for m in facts.mentions if m.cls == "Program"]
    generic = generic_names(programs)
    entry = encode_entry(programs, facts, generic)
    if store is None:
        return Extracted(item.index, item.key, entry, programs, generic)
    return Extracted(item.index, item.key, programs=programs, generic=generic, where=store.put(item.key, entry))


def extract_chunk(chunk: list[WorkItem], store: FactStore | None = None) -> ChunkResult:
    """A chunk's documents extracted; with ``store`` (a worker on the parent's machine), written there too.

    A worker that writes its own entries spares the parent the pickled facts
    coming through the pipe and the writing, which the parent otherwise did
    for every document while the workers waited on it.
    """
    warm_up()
    version = extractor_version()
    if store is not None and not store.writable_by(version):
        store = None  # not into a cache of another version; the parent refuses this chunk anyway (``_checked``)
    return ChunkResult(version, [extract_item(item, store) for item in chunk])


def _data_size(item: WorkItem) -> int:
    return len(item.data)


def chunked(items: Iterable[T], *, max_bytes: int = CHUNK_BYTES, max_docs: int = CHUNK_DOCS,
            size: Callable[[T], int] = _data_size) -> Iterator[list[T]]:
    """Items in order, a chunk cut once it holds ``max_docs`` items or ``size`` of them reaches ``max_bytes``."""
    chunk: list[T] = []
    total = 0
    for item in items:
        chunk.append(item)
        total += size(item)
        if total >= max_bytes or len(chunk) >= max_docs:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


class Runner(Protocol):
    name: str
    workers: int

    def run(self, chunks: Iterable[list[WorkItem]], store: FactStore | None = None) -> Iterator[list[Extracted]]:
        """Each chunk's results; ``store``: where a worker on this machine may write its entries itself."""
        ...

    def close(self) -> None: ...


def _checked(result: ChunkResult) -> list[Extracted]:
    if result.version != extractor_version():
        raise KgError("a worker runs a different version of kg (its extractor version differs): "
                      "install the same kg on every worker")
    return result.items


class SerialRunner:
    """Extraction in this process: no start-up cost, for small builds and ``--jobs 1``."""

    name = "serial"
    workers = 1

    def run(self, chunks: Iterable[list[WorkItem]], store: FactStore | None = None) -> Iterator[list[Extracted]]:
        for chunk in chunks:
            yield _checked(extract_chunk(chunk, store))

    def close(self) -> None:
        pass


_WORKER_DIED = ("a worker process stopped unexpectedly (killed, or out of memory?): "
                "run again, with fewer --jobs if memory is short")


@contextmanager
def _worker_deaths() -> Iterator[None]:
    """A worker that died (killed, out of memory) stops the build with a one-line reason.

    The pool reports it from the next ``result()`` or ``submit()``, whichever comes first.
    """
    try:
        yield
    except BrokenProcessPool as exc:
        raise KgError(_WORKER_DIED) from exc


def _start_method() -> str | None:
    """``fork`` on Linux: workers start at once, inherit what the parent loaded, and a caller's script
    needs no ``if __name__ == "__main__"`` guard. Elsewhere the platform's default (spawn on macOS,
    where forking is unsafe, and on Windows).
    """
    return "fork" if sys.platform.startswith("linux") else None


class ProcessRunner:
    """A pool of worker processes on this machine, each warmed up once."""

    name = "processes"

    def __init__(self, workers: int) -> None:
        self.workers = workers
        ctx = multiprocessing.get_context(_start_method())
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=warm_up)

    def run(self, chunks: Iterable[list[WorkItem]], store: FactStore | None = None) -> Iterator[list[Extracted]]:
        pending: set[Future[ChunkResult]] = set()
        source = iter(chunks)
        window = self.workers * WINDOW_PER_WORKER
        target = store.part(()) if store is not None else None  # the folder, not what the parent knows of it

        def fill() -> None:
            while len(pending) < window:
                chunk = next(source, None)
                if chunk is None:
                    return
                pending.add(self.pool.submit(extract_chunk, chunk, target))

        try:
            with _worker_deaths():
                fill()
                while pending:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in done:
                        pending.discard(fut)
                        yield _checked(fut.result())
                    fill()
        finally:
            for fut in pending:  # a consumer that stopped early (an error, Ctrl-C): no more work for nothing
                fut.cancel()

    def ordered(self, fn: Callable[[T], R], tasks: Iterable[T]) -> Iterator[R]:
        """``fn`` over ``tasks`` in the pool, results in the tasks' order, a window of them in flight.

        For work after extraction that reads the build's own files (the
        corpus pass): a worker of this pool shares the parent's disk, which a
        Dask worker need not.
        """
        pending: deque[Future[R]] = deque()
        window = self.workers * WINDOW_PER_WORKER
        try:
            with _worker_deaths():
                for task in tasks:
                    pending.append(self.pool.submit(fn, task))
                    if len(pending) >= window:
                        yield pending.popleft().result()
                while pending:
                    yield pending.popleft().result()
        finally:
            for fut in pending:
                fut.cancel()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskRunner:
    """Chunks as tasks on a dask.distributed cluster (``address``), or on a new local cluster ("local").

    Every worker must have the same ``kg`` installed: each chunk's result says
    which extractor made it, and a mismatch stops the build rather than
    mixing two versions' facts in one graph and one cache.
    """

    name = "dask"

    def __init__(self, address: Any, workers: int | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise KgError("--dask needs dask.distributed: pip install 'kg[dask]'") from exc
        self._own_client = False
        self._cluster = None
        if isinstance(address, Client):
            self.client = address
        elif address == "local":
            n = workers or os.cpu_count() or 1
            self._cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                         dashboard_address=None)
            self.client = Client(self._cluster)
            self._own_client = True
        else:
            self.client = Client(address)
            self._own_client = True
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))

    def run(self, chunks: Iterable[list[WorkItem]], store: FactStore | None = None) -> Iterator[list[Extracted]]:
        """The cluster's workers need not share this disk: their entries come back, ``store`` is not used."""
        from distributed import as_completed

        source = iter(chunks)
        window = self.workers * WINDOW_PER_WORKER
        first = [self.client.submit(extract_chunk, c, pure=False) for c in _take(source, window)]
        queue = as_completed(first)
        for fut in queue:
            result = fut.result()
            fut.release()
            yield _checked(result)
            nxt = next(source, None)
            if nxt is not None:
                queue.add(self.client.submit(extract_chunk, nxt, pure=False))

    def close(self) -> None:
        if self._own_client:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def can_fork() -> bool:
    """Whether this process may fork a helper: Linux, one thread, and not itself a daemon.

    A fork copies only the calling thread; a lock another thread held (the
    ones of a notebook's kernel, or of a C library) would stay held in the
    copy for good. The kernel's own count of the process's threads sees
    those ``threading`` does not. A daemonic process may not have children.
    """
    if not sys.platform.startswith("linux") or multiprocessing.current_process().daemon:
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return threading.active_count() == 1


def die_with_parent(parent: int) -> None:
    """Ask Linux to kill this forked helper if the parent dies first, so it never outlives its build.

    A sandbox may refuse the request; a helper that reads from the parent
    also ends when its pipe reads end of file.
    """
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the request took hold
        os._exit(1)


class Scout:
    """One worker forked before a rebuild's scan, warming up while the parent reads the cached files.

    After one new article, most of a rebuild's extract stage was the parent
    loading jieba and its tables (half a second) once the scan had found the
    article missing, with the second core idle. The scout loads them while the
    scan runs, and the scan hands it the first misses it finds (``offer``, up
    to a chunk's worth; the runner, sized on the rest, takes any others). Each
    goes by position and path, not bytes, so the parent's messages are small
    and never wait on the scout: it reads the file itself, keys it by the bytes
    it read (as ``_Plan.work`` does, in case it changed since the scan),
    extracts it and writes the entry to the build's store. No thread is started
    in the parent, so it may still fork its pool and its export writer.
    """

    def __init__(self, store: FactStore, *, max_bytes: int = CHUNK_BYTES, max_docs: int = CHUNK_DOCS) -> None:
        """``store``: where the build's entries go (the scout writes there itself, in a segment of its own)."""
        ctx = multiprocessing.get_context("fork")
        self._conn, child = ctx.Pipe(duplex=True)
        self._process = ctx.Process(target=_scout_main, args=(child, self._conn, store.part(()), os.getpid()),
                                    daemon=True)
        try:
            self._process.start()
        finally:
            child.close()
        self._room_bytes, self._room_docs = max_bytes, max_docs
        self.given: list[int] = []  # indices handed over, in order
        self._answered = self._closed = False

    def offer(self, index: int, path: Path, file_name: str, size: int, max_bytes: int) -> bool:
        """Hand over a miss if there is room for it; whether it was taken.

        A scout that is gone (its warm-up failed, or it was killed) takes
        nothing more, and the runner extracts the rest; those it took already
        stop the build when their results are asked for, as a pool's would.
        """
        if self._room_docs <= 0 or self._room_bytes <= 0:
            return False
        try:
            self._conn.send((index, str(path), file_name, max_bytes))
        except OSError:  # its end of the pipe is closed: it is gone
            self._room_docs = 0
            return False
        self.given.append(index)
        self._room_docs -= 1
        self._room_bytes -= size
        return True

    def results(self) -> Iterator[tuple[int, Extracted | None, str | None]]:
        """(index, what came back, or the file's read error) for each miss handed over, in order."""
        if not self.given:
            return
        self._pipe(self._conn.send, None)  # no more: the scout ends after the last
        for _ in self.given:
            reply = self._pipe(self._conn.recv)
            if reply[0] == "raised":  # what the runner's worker would have raised (a full disk…)
                raise reply[1]
            if reply[0] == "unread":
                yield reply[1], None, reply[2]
            else:
                result = _checked(ChunkResult(reply[1], [reply[2]]))[0]
                yield result.index, result, None
        self._answered = True

    @staticmethod
    def _pipe(call: Callable[..., R], *args: Any) -> R:
        """A call on the pipe; its end of file or a broken pipe is the scout gone, said as a pool says it."""
        try:
            return call(*args)
        except (EOFError, OSError) as exc:
            raise KgError(_WORKER_DIED) from exc

    def close(self) -> None:
        """Stop the scout: it ends by itself once all is answered; else (nothing handed over, or an error) at once."""
        if self._closed:
            return
        self._closed = True
        self._conn.close()
        if not self._answered:
            self._process.kill()
        self._process.join()


def _scout_main(conn: Connection, parents_end: Connection, store: FactStore, parent: int) -> None:
    """The scout's loop: one reply per message, in order, until the parent says no more or is gone.

    An error of its own (loading the extractor, writing an entry) goes back
    as the reply, for the parent to raise as it would its runner's. Ctrl-C
    is left to the parent, which stops the scout itself.
    """
    import signal

    from kg.documents import read_bytes

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parents_end.close()  # the fork's copy: else the pipe could never read end of file when the parent dies
    die_with_parent(parent)
    failure: Exception | None = None
    try:
        warm_up()
        version = extractor_version()
        target = store if store.writable_by(version) else None
    except Exception as exc:
        failure = exc
    try:
        while (message := conn.recv()) is not None:
            index, path, file_name, max_bytes = message
            try:
                if failure is not None:
                    raise failure
                try:
                    data = read_bytes(Path(path), max_bytes=max_bytes)
                except DocumentError as exc:
                    conn.send(("unread", index, str(exc)))
                    continue
                key = entry_key(file_name, hashlib.sha256(data).hexdigest())
                reply = ("done", version, extract_item(WorkItem(index, key, file_name, data), target))
            except Exception as exc:
                reply = ("raised", _sendable(exc))
            conn.send(reply)
    except (EOFError, OSError):  # the parent is gone, or has stopped listening
        pass
    finally:
        conn.close()


def _sendable(exc: Exception) -> Exception:
    """The exception itself where it survives pickling (an OSError keeps its file name), else its message."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return KgError(f"{type(exc).__name__}: {exc}")
    return exc


def _take(source: Iterator[list[WorkItem]], n: int) -> list[list[WorkItem]]:
    out = []
    for _ in range(n):
        chunk = next(source, None)
        if chunk is None:
            break
        out.append(chunk)
    return out
