"""The previous build's corpus pass, kept so that a rebuild relinks only the articles a change reaches.

The corpus pass (``kg.pipeline``) links every article against the program
names learnt from the whole corpus. After one new article, redoing it for
every article was a quarter of a rebuild (at 18 MB: unpickling each
article's full facts, searching its text for every known name, pickling its
text again). Yet an article's linked facts depend only on its extracted
facts, fixed by its cache key, and on the known names its text contains,
each with the mention it stands for. So a build with a cache leaves one
pack in the cache's version folder holding, for each article,

- its text record as the ``TextStore`` writes it (the pack *is* the build's
  TextStore file, which the view reads for as long as the graph lives),
- its linked, slimmed facts with the written forms of its mentions,
- the known names found in its text;

and once, the names known to that build with the mention each stood for.
The next build takes an article's records as they are when its key is in
the pack, none of its names changed what it stands for or went away, and no
newly known name occurs in its text; the others go through the pass again.

Once more, the pack keeps the build's ``Resolver`` as it stood after its last
article, with the articles it had folded in, in order (key, name, copies).
Folding in every article again was most of what remained of the pass after
one new article (at 10 MB, 4,500 articles' facts read back and folded: about
1.6 s of the pass's 2.2 s; resumed, the pass took 0.9 s). A build whose articles begin with exactly those, every one
of them kept as it is, resumes from that resolver and folds in only the
articles after them: the same state, since a resolver is a function of the
articles folded, in order. That is the case of a corpus that grows at its end
(articles named by date); an article added in the middle, renamed or copied,
or one whose links change, is folded from the start, as before.

A pack is written under a temporary name beside the last one and renamed
when the build is done, so a killed build leaves the previous pack whole.
Every record carries a checksum: a pack, or a record, that cannot be read
back exactly is ignored and its articles are linked again. The pack is an
optimisation only: where the cache cannot be written (read-only, or the
pack cannot be put in place) the build goes on without one. POSIX only
(``SUPPORTED``): the build reads the pack while renaming it, and
finds the packs of killed builds by their file locks.
"""

from __future__ import annotations

import mmap
import os
import pickle
import struct
import tempfile
import time
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from kg.model import DocFacts, Mention
from kg.nameindex import NameIndex
from kg.texts import Text, TextStore

SUPPORTED = os.name == "posix"  # see the module's docstring
PACK_NAME = "corpus-pass.pack"
MAGIC = b"kgpass03"  # the format is in the magic: a pack of another format is not read
_TAIL = struct.Struct("<QI")  # where the index starts and its checksum, just before the closing magic
ORPHAN_AGE = 60.0  # seconds untouched before an unlocked temporary pack counts as a killed build's

Where = tuple[int, int]  # (offset, length) of a record in the pack
Linked = tuple[DocFacts, dict[tuple[str, int, int], str]]  # slimmed facts, written forms of their mentions


class Entry(NamedTuple):
    file_name: str
    text: Where
    linked: Where
    names: tuple[str, ...]  # the known names found in the article's text, sorted
    crc: int  # of the text record, then the linked record


Folded = tuple[tuple[str, str, tuple[str, ...]], ...]  # (key, file name, names of its copies) per article, in order


class Resumable(NamedTuple):
    """The build's resolver after its last article, and the articles it holds."""

    folded: Folded
    where: Where
    crc: int


class Kept(NamedTuple):
    """An article's records taken from the last pack, checked against their checksum."""

    entry: Entry
    text: bytes
    linked: bytes


def stands_for(m: Mention) -> tuple[str, str]:
    """What linking takes from the mention a known name stands for (``link_known_programs``)."""
    return (m.key, m.label)


def checksum(text: bytes, linked: bytes) -> int:
    return zlib.crc32(linked, zlib.crc32(text))


class Previous:
    """The last build's pack, read-only (memory-mapped: records are read as they are needed)."""

    def __init__(self, data: mmap.mmap | None = None, names: dict[str, tuple[str, str]] | None = None,
                 docs: dict[str, Entry] | None = None, resumable: Resumable | None = None) -> None:
        self._data = data
        self.names = names or {}
        self.docs = docs or {}
        self.resumable = resumable

    @classmethod
    def open(cls, folder: Path) -> Previous:
        try:
            with (folder / PACK_NAME).open("rb") as f:
                data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # no pack yet (or an empty file, which cannot be mapped)
            return cls()
        try:
            end = len(data) - len(MAGIC)
            if data[:len(MAGIC)] != MAGIC or data[end:] != MAGIC:
                raise ValueError("not a pack")
            at, crc = _TAIL.unpack_from(data, end - _TAIL.size)
            index = data[at:end - _TAIL.size]
            if zlib.crc32(index) != crc:
                raise ValueError("torn index")
            names, docs, resumable = pickle.loads(index)
            return cls(data, names, docs, resumable)
        except Exception:  # torn, foreign or of another format: link everything again
            data.close()
            return cls()

    def close(self) -> None:
        if self._data is not None:
            self._data.close()
            self._data = None

    def changes(self, names: dict[str, Mention]) -> tuple[frozenset[str], NewNames]:
        """(names that went away or now stand for another mention, names newly known) against ``names``."""
        changed = {n for n, was in self.names.items() if n not in names or stands_for(names[n]) != was}
        added = NewNames(n for n in names if n not in self.names)
        return frozenset(changed), added

    def resolver(self, folded: Folded) -> tuple[int, bytes] | None:
        """(how many articles it holds, the pickled resolver) if ``folded`` begins with the articles it holds.

        Whether each of those articles is kept as it is in this build, the
        caller asks (``reusable``); a record that fails its checksum is none.
        """
        kept = self.resumable
        if kept is None or len(kept.folded) > len(folded) or tuple(folded[:len(kept.folded)]) != kept.folded:
            return None
        try:
            blob = self._record(kept.where)
        except ValueError:
            return None
        return (len(kept.folded), blob) if zlib.crc32(blob) == kept.crc else None

    def _record(self, where: Where) -> bytes:
        assert self._data is not None
        if where[0] < len(MAGIC) or where[0] + where[1] > len(self._data):
            raise ValueError("a record outside the pack")
        return self._data[where[0]:where[0] + where[1]]

    def reusable(self, key: str, file_name: str, changed: frozenset[str], added: NewNames) -> Kept | None:
        """The article's records if its linked facts hold in this build (see the module's docstring)."""
        entry = self.docs.get(key)
        if entry is None or entry.file_name != file_name or not changed.isdisjoint(entry.names):
            return None
        try:
            text, linked = self._record(entry.text), self._record(entry.linked)
            if checksum(text, linked) != entry.crc:
                return None
            if added.occur_in(text):
                return None
        except Exception:  # a damaged record: the article is linked again
            return None
        return Kept(entry, text, linked)

    def records(self, key: str) -> Kept | None:
        """The records of an article ``reusable`` accepted earlier in this build, read without checking them
        again (a record damaged since fails its checksum in the next build, which links the article again)."""
        entry = self.docs.get(key)
        if entry is None:
            return None
        try:
            return Kept(entry, self._record(entry.text), self._record(entry.linked))
        except ValueError:
            return None


class NewNames:
    """The names newly known to a build, and whether an article's text record holds one of them."""

    FEW = 64  # up to this many, each is first looked for in the record's bytes

    def __init__(self, names: Iterable[str]) -> None:
        self.names = tuple(names)
        self._bytes = [n.encode("utf-8", "surrogatepass") for n in self.names] if len(self.names) <= self.FEW else []
        self._index = NameIndex(self.names)

    def __bool__(self) -> bool:
        return bool(self.names)

    def occur_in(self, record: bytes) -> bool:
        """Whether the text of ``record`` (a ``TextStore`` record) contains one of the names.

        A text record pickles (protocol 3 or later) the normalised text as
        UTF-8: a name not in its bytes is not in the text, and most articles
        contain none of a rebuild's few new names, so only the others are
        read. After a large addition (thousands of new names) the text is
        read and searched through the names' index instead.
        """
        if not self.names:
            return False
        if self._bytes and not any(b in record for b in self._bytes):
            return False
        return bool(self._index.present(Text(*pickle.loads(record)).norm, first=True))


class Pack:
    """The pack this build writes: the build's ``TextStore`` file, with the linked records and an index.

    Its temporary file is locked for as long as this process lives, so
    another build can tell it from the leftovers of a killed one.
    """

    def __init__(self, folder: Path) -> None:
        import fcntl  # POSIX: the pipeline writes packs nowhere else (this module is imported everywhere)

        self.folder = folder
        _remove_orphans(folder)
        fd, tmp = tempfile.mkstemp(prefix=".pass-", suffix=".tmp", dir=folder)
        self._tmp = Path(tmp)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            file = os.fdopen(fd, "w+b")
        except BaseException:
            os.close(fd)
            self._tmp.unlink(missing_ok=True)
            raise
        file.write(MAGIC)
        self.texts = TextStore(file)
        self.docs: dict[str, Entry] = {}
        self.resumable: Resumable | None = None

    @classmethod
    def create(cls, folder: Path) -> Pack | None:
        """A new pack, or None where the cache folder cannot take one (read-only, full): no reuse then."""
        try:
            return cls(folder)
        except OSError:
            return None

    def add(self, key: str, file_name: str, text: Where, text_record: bytes, linked: bytes,
            names: tuple[str, ...], crc: int | None = None) -> None:
        """``crc``: the records' checksum, if known (a kept article's, checked as it was read)."""
        crc = checksum(text_record, linked) if crc is None else crc
        self.docs[key] = Entry(file_name, text, self.texts.append(linked), names, crc)

    def keep_resolver(self, blob: bytes, folded: Folded) -> None:
        """The build's pickled resolver after its last article, and the articles folded into it."""
        self.resumable = Resumable(tuple(folded), self.texts.append(blob), zlib.crc32(blob))

    def finish(self, names: dict[str, Mention]) -> bool:
        """Write the index and put the pack in place of the last one (False if it could not be)."""
        try:
            index = pickle.dumps(({n: stands_for(m) for n, m in names.items()}, self.docs, self.resumable),
                                 protocol=pickle.HIGHEST_PROTOCOL)
            at, _ = self.texts.append(index)
            self.texts.append(_TAIL.pack(at, zlib.crc32(index)) + MAGIC)
            self.texts.flush()
            os.replace(self._tmp, self.folder / PACK_NAME)
        except OSError:  # a full disk, say: this build still stands, the next one links everything
            self._tmp.unlink(missing_ok=True)
            return False
        return True

    def discard(self) -> None:
        self.texts.close()
        self._tmp.unlink(missing_ok=True)


def _remove_orphans(folder: Path) -> None:
    """Delete the temporary packs that killed builds left behind (each as large as the corpus's text).

    A build holds a lock on its temporary pack until it ends, however it
    ends, so a pack nobody holds, and untouched for a while, is an orphan.
    A lock is the kernel's (or the file server's) word, unlike a process
    id, which says nothing across containers or hosts sharing the cache.
    """
    import fcntl

    now = time.time()
    for tmp in folder.glob(".pass-*.tmp"):
        try:
            fd = os.open(tmp, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if now - os.fstat(fd).st_mtime > ORPHAN_AGE:
                tmp.unlink(missing_ok=True)
        except OSError:  # held: a live build is writing it
            continue
        finally:
            os.close(fd)


def encode_linked(linked: Linked) -> bytes:
    return pickle.dumps(linked, protocol=pickle.HIGHEST_PROTOCOL)


def decode_linked(record: bytes) -> Linked:
    return pickle.loads(record)  # type: ignore[no-any-return]
