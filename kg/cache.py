"""The extraction cache: each document's pickled ``DocFacts``, so rebuilds extract only what changed.

A corpus grows by a few articles a week; re-extracting ten thousand
unchanged ones to add one would waste minutes. What one document yields is
a pure function of its bytes, its file name (offsets and evidence name it)
and the extractor, so that triple is the key:

- the document's sha256 and file name make the entry's key;
- the extractor's version, a hash over every source and data file of the
  ``kg`` package but the modules that only write or query a built graph
  (``OUTPUT_MODULES``), and the versions of jieba and OpenCC, names the
  folder the entries live in. Any change to the extraction's code or the
  reference data therefore starts a new, empty folder (a release that only
  mends an export keeps every user's cache), and the folders of other versions are removed
  when a cache is opened, so a stale entry can never be read and the cache
  does not grow without bound.

Entries are the facts *before* the corpus pass (``link_known_programs``):
that pass depends on every other document. Its result is kept beside the
entries, one pack per build (``kg.passcache``), and a rebuild relinks only
the documents whose known names changed.
Entries are appended to segment files, one per process of a build, each
record with its key and checksums: a record torn by a killed build, or
damaged since, is treated as missing, and the records before it still
count. An edited document is a new key, so its old record stays: each
extractor version's folder grows with the corpus and its edits until the
next version starts a fresh one.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import secrets
import shutil
import struct
import sys
import zlib
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

from kg.model import DocFacts, Mention

CACHE_DIR_NAME = ".kg-cache"
ENTRY_FORMAT = 2  # 2: the header also names the program names that are generic
_PACKAGE = Path(__file__).resolve().parent
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# kg's extraction cache: safe to delete.\n"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of everything extraction depends on: kg's sources and data, jieba, OpenCC, Python."""
    h = hashlib.sha256(extraction_source_hash(_PACKAGE).encode())
    h.update(distribution_versions(("jieba", "opencc")))
    h.update(f"python={sys.version_info[0]}.{sys.version_info[1]}\0pickle={pickle.HIGHEST_PROTOCOL}".encode())
    return h.hexdigest()


def distribution_versions(names: Iterable[str]) -> bytes:
    """``name=version\\0`` for each installed distribution named (``none`` for one that is not), to hash."""
    out = []
    for dist in names:
        try:
            out.append(f"{dist}={metadata.version(dist)}\0")
        except metadata.PackageNotFoundError:
            out.append(f"{dist}=none\0")
    return "".join(out).encode()


def source_hash(package: Path, keep: Callable[[Path], bool] | None = None) -> str:
    """A hash over the package's files that ``keep`` keeps (default: .py and data files), by relative path
    and content."""
    keep = keep or _is_source
    h = hashlib.sha256()
    for p in sorted(p for p in package.rglob("*") if p.is_file() and keep(p)):
        h.update(p.relative_to(package).as_posix().encode("utf-8") + b"\0")
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def _is_source(p: Path) -> bool:
    if "__pycache__" in p.parts:
        return False
    return p.suffix == ".py" or p.parent.name == "data"


# Modules that write, query or serve a built graph, which nothing in a build imports (a test builds in a
# fresh process and checks): a change to them leaves the cached facts valid. A new module is hashed
# unless it is named here, so forgetting one costs a re-extraction, never a stale entry.
OUTPUT_MODULES = frozenset({
    "cli", "csvexport", "exporters", "graphml", "html", "jsonld", "ntriples", "querystore", "results",
    "server", "shacl", "shapequeries", "sparql", "sparqltext", "turtle", "uptodate", "vocab",
})


def extraction_source_hash(package: Path) -> str:
    """``source_hash`` of the package without its ``OUTPUT_MODULES``."""
    def keep(p: Path) -> bool:
        return _is_source(p) and not (p.parent == package and p.suffix == ".py" and p.stem in OUTPUT_MODULES)

    return source_hash(package, keep)


def entry_key(file_name: str, sha256: str) -> str:
    """The name of one document's entry: its content and its name (evidence carries the name)."""
    return hashlib.sha256(f"{sha256}\0{file_name}".encode()).hexdigest()


Entry = tuple[bytes, bytes]  # an entry as written: its header pickle (the Program mentions), its DocFacts pickle


class Location(NamedTuple):
    """Where an entry lies: its segment, the offset of its header pickle, both pickles' lengths and checksums."""

    segment: str
    at: int
    header: int
    body: int
    header_crc: int
    body_crc: int


SEGMENT_GLOB = "entries-*.seg"
_RECORD = struct.Struct("<8s32sIIII")  # magic, the key's 32 bytes, header and body lengths, their CRC-32s
_MAGIC = b"kgentry1"


class Header(NamedTuple):
    """What the corpus pass needs of a document before its facts: its Program mentions, and which of their
    names are generic (``kg.extract.generic_names``: told by jieba, which only extraction loads)."""

    programs: list[Mention]
    generic: frozenset[str]


class FactStore:
    """Per-document facts, pickled, appended to segment files in a folder: a build's spill area, or the cache.

    A build keeps no document text in memory between extracting a document
    and the corpus pass: the facts go to disk here and are read back one at
    a time. Each process (the parent, or a pool worker writing what it
    extracted) appends to a segment of its own, named after the store's
    ``token`` and the process, and says where each entry went; a file per
    document cost a creation, a rename and a directory entry each (1.6 s
    per 4,500 articles on this disk, CPU the workers lacked). A record
    carries its key and checksums, so a segment can be read back without
    an index (``ExtractionCache``) and a record torn by a killed build, or
    damaged since, reads as missing.
    """

    def __init__(self, folder: Path, entries: dict[str, Location] | None = None, token: str | None = None,
                 version: str | None = None) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.entries: dict[str, Location] = entries if entries is not None else {}
        self.token = token or secrets.token_hex(6)  # this build's segments: another build's are others
        self.version = version  # the extractor version whose entries these are (None: a build's own spill)

    def path(self, key: str) -> Path:
        """The segment holding ``key`` (for messages)."""
        found = self.entries.get(key)
        return self.folder / (found.segment if found is not None else "(no entry)")

    def has(self, key: str) -> bool:
        return key in self.entries

    def put(self, key: str, entry: Entry) -> Location:
        """Append an entry to this process's segment; where it went (which the parent must ``adopt``)."""
        header, body = entry
        name = f"entries-{self.token}-{os.getpid()}.seg"  # one writer per segment: a forked worker has its own
        header_crc, body_crc = zlib.crc32(header), zlib.crc32(body)
        record = _RECORD.pack(_MAGIC, bytes.fromhex(key), len(header), len(body), header_crc, body_crc)
        with open(self.folder / name, "ab") as f:  # opened at its end
            at = f.tell()
            f.write(b"".join((record, header, body)))
        where = self.entries[key] = Location(name, at + _RECORD.size, len(header), len(body), header_crc, body_crc)
        return where

    def adopt(self, key: str, where: Location) -> None:
        """Take note of an entry another process wrote to this store's folder (a pool worker)."""
        self.entries[key] = where

    def writable_by(self, version: str) -> bool:
        """Whether a process running extractor ``version`` may write entries here itself.

        Not into a cache of another version: its entries would be read as this one's.
        """
        return self.version is None or version == self.version

    def part(self, keys: Iterable[str]) -> FactStore:
        """What a worker needs to read ``keys``, or (no keys) to write: pickled with each of its tasks."""
        return FactStore(self.folder, {k: self.entries[k] for k in keys if k in self.entries}, self.token,
                         self.version)

    def _whole(self, where: Location) -> tuple[memoryview, memoryview] | None:
        """The entry's header and body pickles, if they can be read whole and match their checksums."""
        length = where.header + where.body
        try:
            with open(self.folder / where.segment, "rb") as f:
                f.seek(where.at)
                view = memoryview(f.read(length))
        except OSError:
            return None
        header, body = view[:where.header], view[where.header:]
        if len(view) != length or zlib.crc32(header) != where.header_crc or zlib.crc32(body) != where.body_crc:
            return None
        return header, body

    def _parts(self, key: str) -> tuple[memoryview, memoryview] | None:
        where = self.entries.get(key)
        return None if where is None else self._whole(where)

    def programs(self, key: str) -> list[Mention] | None:
        """The entry's Program mentions (None if the entry is missing or unreadable): ``header``'s first part."""
        header = self.header(key)
        return None if header is None else header.programs

    def header(self, key: str) -> Header | None:
        """The entry's header: its Program mentions and generic names (None if missing or unreadable).

        The body is checked too: an entry whose facts are damaged is extracted
        again now, rather than failing the corpus pass that reads them.
        """
        parts = self._parts(key)
        if parts is None:
            return None
        try:
            fmt, *header = pickle.loads(parts[0])
        except Exception:  # foreign: extract again rather than fail the build
            return None
        return Header(*header) if fmt == ENTRY_FORMAT and len(header) == len(Header._fields) else None

    def facts(self, key: str) -> DocFacts | None:
        """The entry's facts, or None if the entry is missing or unreadable (then it is re-extracted)."""
        parts = self._parts(key)
        if parts is None:
            return None
        try:
            fmt, *_ = pickle.loads(parts[0])
            facts = pickle.loads(parts[1]) if fmt == ENTRY_FORMAT else None
        except Exception:
            return None
        return facts if isinstance(facts, DocFacts) else None

    def read_segments(self) -> None:
        """Learn the entries of every segment in the folder (the cache's, from earlier builds).

        A segment is read record by record up to its end or its first torn
        record. A key recorded more than once (extracted again after its
        record was damaged, or by two builds at once) takes the first record
        that passes its checksums, in the order of the segments' names.
        """
        found: dict[str, list[Location]] = {}
        for seg in sorted(self.folder.glob(SEGMENT_GLOB)):
            try:
                with seg.open("rb", buffering=0) as f:  # a read per record header, not 8 KiB
                    size = os.fstat(f.fileno()).st_size
                    at = 0
                    while at + _RECORD.size <= size:
                        f.seek(at)
                        magic, key, header, body, header_crc, body_crc = _RECORD.unpack(f.read(_RECORD.size))
                        start = at + _RECORD.size
                        if magic != _MAGIC or start + header + body > size:
                            break
                        found.setdefault(key.hex(), []).append(Location(seg.name, start, header, body, header_crc,
                                                                        body_crc))
                        at = start + header + body
            except (OSError, struct.error):  # unreadable, or cut short while read: the records before count
                continue
        for key, places in found.items():
            if len(places) == 1:
                self.entries[key] = places[0]
            else:
                self.entries[key] = next((w for w in places if self._whole(w) is not None), places[0])


def encode_entry(programs: list[Mention], facts: DocFacts, generic: frozenset[str] = frozenset()) -> Entry:
    """An entry: a small header (what the corpus pass needs first: ``Header``), then the facts.

    Two pickles, so a build can read every document's program names without
    unpickling every document's facts twice.
    """
    return (pickle.dumps((ENTRY_FORMAT, programs, generic), protocol=pickle.HIGHEST_PROTOCOL),
            pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))


def entries_folder(root: Path, version: str | None = None) -> Path:
    """The folder of a cache's entries of extractor ``version`` (default: this one's)."""
    return root / f"v-{(version or extractor_version())[:20]}"


class ExtractionCache(FactStore):
    """The persistent cache: a ``FactStore`` in a folder named after the extractor's version.

    Each build that extracts adds its segments; opening the cache reads
    every segment's records (their headers: a seek each) to know its entries.
    """

    def __init__(self, root: Path, version: str | None = None) -> None:
        self.root = root
        version = version or extractor_version()
        root.mkdir(parents=True, exist_ok=True)
        tag = root / "CACHEDIR.TAG"  # backup tools skip folders with this tag
        if not tag.exists():
            tag.write_text(_TAG, encoding="utf-8")
        folder = entries_folder(root, version)
        self._prune(folder.name)
        super().__init__(folder, version=version)
        self.read_segments()

    def _prune(self, keep: str) -> None:
        """Remove the entries of other extractor versions: they can never be read again."""
        for child in self.root.iterdir():
            if child.is_dir() and child.name.startswith("v-") and child.name != keep:
                shutil.rmtree(child, ignore_errors=True)
