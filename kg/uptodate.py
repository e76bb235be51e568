"""Whether an output folder already holds what a build of the same inputs would write.

A researcher's build runs again and again (a cron job, a Makefile, a
notebook cell) mostly when no article has changed; at 50 MB that still cost
half a minute to relink, resolve and write the exports identically. The
exports are a function of the input files (their order, names and bytes),
the options that shape them (formats, the size limit) and the code (kg's
files, the libraries that extract and draw). So after a build ``kg build``
records that *fingerprint* and what each file it wrote looked like in
``OUTDIR/.kg-build.json``; the next build compares, as ``make`` does,
without reading an article:

- the inputs by their status (size, modification and change times, inode),
  not their bytes. A file edited in the same clock tick as the record was
  taken could keep its times, so a file whose times (modified or changed)
  are that recent is never taken as unchanged ("racy", as git calls it);
- the exports by their status too, so one deleted, rewritten, or changed by
  ``kg query --update`` is not mistaken for the build's.

A build in which some document failed is not recorded (the failure may not
be the file's: an I/O error, memory running out), so it is tried again.
Two builds into one folder at once (a cron job and a hand-run build) take
turns: ``locked`` holds the folder from the comparison to the record, since
otherwise one build's record could describe the exports the other wrote in
between, and the second build, once it has the folder, finds it up to date
if both read the same inputs.

Anything different, a record that cannot be read, or ``--force``: the build
runs (with its cache, only what changed is extracted again).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from kg import __version__
from kg.atomic import write_atomic
from kg.cache import distribution_versions, source_hash
from kg.digests import RACY_NS
from kg.digests import status as file_status
from kg.documents import InputFile, Inputs, find_inputs

RECORD_NAME = ".kg-build.json"
LOCK_NAME = ".kg-build.lock"  # left in place: removing a lock file others may hold open would let two builds in
RECORD_FORMAT = 1
# What draws and serialises the exports, beside kg's own files (extraction's inputs are in extractor_version).
_DISTRIBUTIONS = ("jieba", "opencc", "pyvis", "rdflib", "pyoxigraph", "networkx")
_PACKAGE = Path(__file__).resolve().parent


@dataclass
class BuildRecord:
    """What the last completed build of a folder read and wrote, and what it said."""

    fingerprint: str  # of the inputs' statuses, the options and the code
    taken_ns: int  # when the inputs' statuses were taken (wall clock)
    latest_ns: int  # the latest modification or change time among the inputs
    outputs: list[tuple[str, list[int]]]  # (file name in the folder, its status as written), in writing order
    summary: list[str] = field(default_factory=list)  # lines the build printed on stdout
    skipped: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Fingerprint:
    """The inputs' statuses, the options and the code, hashed; taken before the build reads anything."""

    digest: str
    taken_ns: int
    latest_ns: int


def _status(path: Path) -> list[int]:
    return list(file_status(os.stat(path)))  # as a list: JSON's form of it in the record


@lru_cache(maxsize=1)
def code_version() -> str:
    """kg's version, every file of the package (the view's page, script and styles too) and its libraries."""
    h = hashlib.sha256(f"kg={__version__}\0python={sys.version_info[0]}.{sys.version_info[1]}\0".encode())
    h.update(source_hash(_PACKAGE, keep=lambda p: "__pycache__" not in p.parts).encode())
    h.update(distribution_versions(_DISTRIBUTIONS))
    return h.hexdigest()


def fingerprint(files: Sequence[InputFile], skipped: Iterable[str], options: dict[str, object]) -> Fingerprint:
    """The fingerprint of a build of ``files`` (in input order) with ``options`` (formats, size limit)."""
    taken = time.time_ns()
    h = hashlib.sha256(code_version().encode())
    h.update(json.dumps(options, sort_keys=True).encode("ascii"))
    latest = 0
    for f in files:
        try:
            status = _status(f.path)
        except OSError:
            status = [-1, -1, -1, -1]  # gone or unreadable: the build will say so, every time
        latest = max(latest, status[1], status[2])  # ctime too: cp -p and rsync -t write, then set an old mtime
        h.update(json.dumps([f.name, os.path.abspath(f.path), status]).encode("ascii"))  # any name: escaped
    h.update(json.dumps(sorted(skipped)).encode("ascii"))
    return Fingerprint(h.hexdigest(), taken, latest)


def up_to_date(outdir: str | Path, now: Fingerprint) -> BuildRecord | None:
    """The last build's record if ``outdir`` holds exactly what a build with fingerprint ``now`` would write."""
    out = Path(outdir)
    try:
        record = _read(out / RECORD_NAME)
    except Exception:  # unreadable, not JSON, or not a record (edited by hand): build
        return None
    if record is None or record.fingerprint != now.digest or not record.outputs:
        return None
    if now.latest_ns >= record.taken_ns - RACY_NS:  # an input changed around the last record: look again
        return None
    for name, status in record.outputs:
        try:
            if _status(out / name) != status:
                return None
        except OSError:
            return None
    return record


def _read(path: Path) -> BuildRecord | None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or raw.pop("format", None) != RECORD_FORMAT:
        return None
    record = BuildRecord(**raw)
    fine = (isinstance(record.fingerprint, str) and type(record.taken_ns) is int and type(record.latest_ns) is int
            and all(isinstance(x, list) and all(isinstance(line, str) for line in x)
                    for x in (record.summary, record.skipped))
            and isinstance(record.outputs, list)
            and all(isinstance(o, list) and len(o) == 2 and isinstance(o[0], str) and isinstance(o[1], list)
                    and all(type(v) is int for v in o[1]) for o in record.outputs))
    return record if fine else None


def forget(outdir: str | Path) -> None:
    """Drop the folder's record before its exports are rewritten: a build stopped half-way leaves none."""
    try:
        (Path(outdir) / RECORD_NAME).unlink()
    except FileNotFoundError:
        pass


def remember(outdir: str | Path, now: Fingerprint, written: Iterable[Path], *, summary: Sequence[str] = (),
             skipped: Sequence[str] = ()) -> Path:
    """Record the build of ``outdir`` that has just written ``written`` (files in that folder).

    Only a build in which every document was read: a failure to read or
    extract one (an I/O error, memory running out) need not change the
    file's status, and the next build should try it again.
    """
    out = Path(outdir)
    record = BuildRecord(now.digest, now.taken_ns, now.latest_ns,
                         [(p.name, _status(p)) for p in written], list(summary), list(skipped))
    text = json.dumps({"format": RECORD_FORMAT, **asdict(record)}, indent=1, sort_keys=True)  # any name: escaped
    return write_atomic(out / RECORD_NAME, text + "\n")


# Lock files this process holds open. A forked child (an extraction worker, the export writer) gets a copy
# of each descriptor, and flock belongs to the open file, not the process: a worker outliving a killed build
# would hold the folder for good. So a forked child closes its copies at once.
_held: set[int] = set()


def _close_held_in_child() -> None:
    for fd in _held:
        try:
            os.close(fd)
        except OSError:
            pass
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_held_in_child)


@contextmanager
def locked(outdir: str | Path, *, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold ``outdir`` for one build: another build into it waits until this one has left it.

    The lock is the operating system's (``flock`` on ``OUTDIR/.kg-build.lock``),
    so a build that dies releases it with its process (its forked children
    do not keep it); there is no stale lock to clear by hand. ``waiting`` is
    called once if another build holds the folder. Where there is no
    ``flock`` (Windows, a filesystem without locks) or the folder cannot be
    written, builds are not locked.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on Linux or macOS
        fcntl = None
    fd = None
    if fcntl is not None:
        out = Path(outdir)
        out.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:  # a folder that is not ours to write: an up-to-date one is still read, a build fails there
            fd = None
    if fd is None:
        yield
        return
    _held.add(fd)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if waiting is not None:
                waiting()
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:  # a filesystem without locks (some network mounts): build unlocked, as before
            pass
        yield
    finally:
        _held.discard(fd)
        os.close(fd)  # and with it the lock


def check(paths: Iterable[str | Path] | Inputs, outdir: str | Path, options: dict[str, object], *, force: bool = False
          ) -> tuple[Inputs, Fingerprint, BuildRecord | None]:
    """List the inputs (as ``kg.build`` would, ``outdir`` excluded), fingerprint them, and compare.

    ``paths`` may be a listing already made (``find_inputs``), as when the
    CLI lists the inputs before it takes the folder's lock. Returns the
    listing (``build_with_stats`` takes it, so the corpus is listed once),
    the fingerprint to ``remember`` after the build, and the last build's
    record if ``outdir`` is up to date (else None; always None with
    ``force``, which does not read the record).
    """
    inputs = paths if isinstance(paths, Inputs) else find_inputs(paths, exclude=[outdir])
    now = fingerprint(inputs.files, inputs.skipped, options)
    return inputs, now, None if force else up_to_date(outdir, now)
