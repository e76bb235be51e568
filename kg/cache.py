"""The extraction cache: one pickled ``DocFacts`` per document, so rebuilds extract only what changed.

A corpus grows by a few articles a week; re-extracting ten thousand
unchanged ones to add one would waste minutes. What one document yields is
a pure function of its bytes, its file name (offsets and evidence name it)
and the extractor, so that triple is the key:

- the document's sha256 and file name make the entry's name;
- the extractor's version, a hash over every source and data file of the
  ``kg`` package and the versions of jieba and OpenCC, names the folder the
  entries live in. Any change to the code or the reference data therefore
  starts a new, empty folder, and the folders of other versions are removed
  when a cache is opened, so a stale entry can never be read and the cache
  does not grow without bound.

Entries are the facts *before* the corpus pass (``link_known_programs``):
that pass depends on every other document. Its result is kept beside the
entries, one pack per build (``kg.passcache``), and a rebuild relinks only
the documents whose known names changed.
Writes go to a temporary name and are renamed, so a killed build leaves no
torn entry; an entry that cannot be read is treated as missing.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import shutil
import sys
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, BinaryIO

from kg.model import DocFacts, Mention

CACHE_DIR_NAME = ".kg-cache"
ENTRY_FORMAT = 1
_PACKAGE = Path(__file__).resolve().parent
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# kg's extraction cache: safe to delete.\n"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of everything extraction depends on: kg's sources and data, jieba, OpenCC, Python."""
    h = hashlib.sha256(source_hash(_PACKAGE).encode())
    for dist in ("jieba", "opencc"):
        try:
            h.update(f"{dist}={metadata.version(dist)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=none\0".encode())
    h.update(f"python={sys.version_info[0]}.{sys.version_info[1]}\0pickle={pickle.HIGHEST_PROTOCOL}".encode())
    return h.hexdigest()


def source_hash(package: Path) -> str:
    """A hash over the package's .py files and data files, by relative path and content."""
    h = hashlib.sha256()
    for p in sorted(p for p in package.rglob("*") if p.is_file() and _is_source(p)):
        h.update(p.relative_to(package).as_posix().encode("utf-8") + b"\0")
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def _is_source(p: Path) -> bool:
    if "__pycache__" in p.parts:
        return False
    return p.suffix == ".py" or p.parent.name == "data"


def entry_key(file_name: str, sha256: str) -> str:
    """The name of one document's entry: its content and its name (evidence carries the name)."""
    return hashlib.sha256(f"{sha256}\0{file_name}".encode()).hexdigest()


class FactStore:
    """Pickled per-document facts in a folder; the base of both the cache and a build's spill area.

    A build keeps no document text in memory between extracting a document
    and the corpus pass: the facts go to disk here and are read back one at
    a time. ``put_blob`` takes bytes already pickled (by a worker process),
    so the parent never unpickles and re-pickles them.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pkl"

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def put_blob(self, key: str, blob: bytes) -> Location | None:
        """Write an entry; where it went, when that is more than its key says (see ``SpillStore``)."""
        path = self.path(key)
        path.parent.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(blob)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return None

    def adopt(self, key: str, where: Location | None) -> None:
        """Take note of an entry another process of this machine wrote (a worker): here, its key says where."""

    def writable_by(self, version: str) -> bool:
        """Whether a process running extractor ``version`` may write entries here itself."""
        return True

    def part(self, keys: Iterable[str]) -> FactStore:
        """What a worker needs to read ``keys`` (pickled with each of its tasks): here, the folder."""
        return self

    def _open(self, key: str) -> BinaryIO:
        return self.path(key).open("rb")

    def programs(self, key: str) -> list[Mention] | None:
        """The entry's header: its Program mentions (None if the entry is missing or unreadable)."""
        try:
            with self._open(key) as f:
                fmt, programs = pickle.load(f)
        except Exception:  # missing, torn or foreign: extract again rather than fail the build
            return None
        return programs if fmt == ENTRY_FORMAT else None

    def facts(self, key: str) -> DocFacts | None:
        """The entry's facts, or None if the entry is missing or unreadable (then it is re-extracted)."""
        try:
            with self._open(key) as f:
                fmt, _ = pickle.load(f)
                facts = pickle.load(f) if fmt == ENTRY_FORMAT else None
        except Exception:
            return None
        return facts if isinstance(facts, DocFacts) else None


Location = tuple[str, int, int]  # (segment file's name, offset, length) of an entry in a ``SpillStore``


class SpillStore(FactStore):
    """A build's own store when it keeps no cache: entries appended to one segment file per writing process.

    A file per document cost a creation, a rename and a directory entry
    each: 1.6 s per 4,500 articles here, in the parent, while the workers
    waited for it. Nothing outlives the build, so nothing needs a file of
    its own: each process (the parent, or a worker writing what it
    extracted) appends to its own segment, and the parent keeps where
    each entry went.
    """

    def __init__(self, folder: Path, where: dict[str, Location] | None = None) -> None:
        super().__init__(folder)
        self.where: dict[str, Location] = where if where is not None else {}

    def path(self, key: str) -> Path:
        found = self.where.get(key)
        return self.folder / (found[0] if found is not None else "(no entry)")

    def has(self, key: str) -> bool:
        return key in self.where

    def put_blob(self, key: str, blob: bytes) -> Location:
        name = f"segment-{os.getpid()}.bin"  # one writer per segment: a forked worker has its own
        fd = os.open(self.folder / name, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o600)
        try:
            at = os.fstat(fd).st_size
            view = memoryview(blob)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        where = self.where[key] = (name, at, len(blob))
        return where

    def adopt(self, key: str, where: Location | None) -> None:
        if where is None:
            raise ValueError(f"a spilled entry without its location: {key}")
        self.where[key] = where

    def part(self, keys: Iterable[str]) -> SpillStore:
        return SpillStore(self.folder, {k: self.where[k] for k in keys if k in self.where})

    def _open(self, key: str) -> BinaryIO:
        name, at, length = self.where[key]
        fd = os.open(self.folder / name, os.O_RDONLY | os.O_CLOEXEC)
        try:
            data = os.pread(fd, length, at)
        finally:
            os.close(fd)
        if len(data) != length:
            raise EOFError(f"a spilled entry cut short: {key}")
        return io.BytesIO(data)

    def __getstate__(self) -> dict[str, Any]:
        return {"folder": self.folder, "where": self.where}


def encode_entry(programs: list[Mention], facts: DocFacts) -> bytes:
    """An entry: a small header (the Program mentions the corpus pass needs first), then the facts.

    Two pickles back to back, so a build can read every document's program
    names without unpickling every document's facts twice.
    """
    header = pickle.dumps((ENTRY_FORMAT, programs), protocol=pickle.HIGHEST_PROTOCOL)
    return header + pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL)


class ExtractionCache(FactStore):
    """The persistent cache: a ``FactStore`` in a folder named after the extractor's version."""

    def __init__(self, root: Path, version: str | None = None) -> None:
        self.root = root
        self.version = version or extractor_version()
        root.mkdir(parents=True, exist_ok=True)
        tag = root / "CACHEDIR.TAG"  # backup tools skip folders with this tag
        if not tag.exists():
            tag.write_text(_TAG, encoding="utf-8")
        self._prune()
        super().__init__(root / f"v-{self.version[:20]}")

    def writable_by(self, version: str) -> bool:
        return version == self.version  # a worker running other code must not fill this folder

    def _prune(self) -> None:
        """Remove the entries of other extractor versions: they can never be read again."""
        keep = f"v-{self.version[:20]}"
        for child in self.root.iterdir():
            if child.is_dir() and child.name.startswith("v-") and child.name != keep:
                shutil.rmtree(child, ignore_errors=True)
