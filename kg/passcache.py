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

A pack is written under a temporary name beside the last one and renamed
when the build is done, so a killed build leaves the previous pack whole;
a pack that cannot be read is ignored (every article is linked again).
"""

from __future__ import annotations

import mmap
import os
import pickle
import struct
import tempfile
from pathlib import Path
from typing import NamedTuple

from kg.model import DocFacts, Mention
from kg.texts import Text, TextStore

PACK_NAME = "corpus-pass.pack"
MAGIC = b"kgpass01"  # the format is in the magic: a pack of another format is not read
_AT = struct.Struct("<Q")  # where the index starts, just before the closing magic

Where = tuple[int, int]  # (offset, length) of a record in the pack
Linked = tuple[DocFacts, dict[tuple[str, int, int], str]]  # slimmed facts, written forms of their mentions


class Entry(NamedTuple):
    file_name: str
    text: Where
    linked: Where
    names: tuple[str, ...]  # the known names found in the article's text, sorted


def stands_for(m: Mention) -> tuple[str, str]:
    """What linking takes from the mention a known name stands for (``link_known_programs``)."""
    return (m.key, m.label)


class Previous:
    """The last build's pack, read-only (memory-mapped: records are read as they are needed)."""

    def __init__(self, data: mmap.mmap | None = None, names: dict[str, tuple[str, str]] | None = None,
                 docs: dict[str, Entry] | None = None) -> None:
        self._data = data
        self.names = names or {}
        self.docs = docs or {}

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
            (at,) = _AT.unpack_from(data, end - _AT.size)
            names, docs = pickle.loads(data[at:end - _AT.size])
            return cls(data, names, docs)
        except Exception:  # torn, foreign or of another format: link everything again
            data.close()
            return cls()

    def close(self) -> None:
        if self._data is not None:
            self._data.close()
            self._data = None

    def changes(self, names: dict[str, Mention]) -> tuple[frozenset[str], list[str]]:
        """(names that went away or now stand for another mention, names newly known) against ``names``."""
        changed = {n for n, was in self.names.items() if n not in names or stands_for(names[n]) != was}
        added = [n for n in names if n not in self.names]
        return frozenset(changed), added

    def record(self, where: Where) -> bytes:
        assert self._data is not None
        return self._data[where[0]:where[0] + where[1]]

    def reusable(self, key: str, file_name: str, changed: frozenset[str], added: list[str]) -> Entry | None:
        """The article's entry if its linked facts hold in this build (see the module's docstring)."""
        entry = self.docs.get(key)
        if entry is None or entry.file_name != file_name or not changed.isdisjoint(entry.names):
            return None
        if added:
            norm = Text(*pickle.loads(self.record(entry.text))).norm
            if any(n in norm for n in added):
                return None
        return entry


class Pack:
    """The pack this build writes: the build's ``TextStore`` file, with the linked records and an index."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        _remove_orphans(folder)
        fd, tmp = tempfile.mkstemp(prefix=f".pass-{os.getpid()}-", suffix=".tmp", dir=folder)
        self._tmp = Path(tmp)
        file = os.fdopen(fd, "w+b")
        file.write(MAGIC)
        self.texts = TextStore(file)
        self.docs: dict[str, Entry] = {}

    def add(self, key: str, file_name: str, text: Where, linked: bytes, names: tuple[str, ...]) -> None:
        self.docs[key] = Entry(file_name, text, self.texts.append(linked), names)

    def finish(self, names: dict[str, Mention]) -> None:
        """Write the index and put the pack in place of the last one."""
        index = pickle.dumps(({n: stands_for(m) for n, m in names.items()}, self.docs),
                             protocol=pickle.HIGHEST_PROTOCOL)
        at, _ = self.texts.append(index)
        self.texts.append(_AT.pack(at) + MAGIC)
        self.texts.flush()
        os.replace(self._tmp, self.folder / PACK_NAME)

    def discard(self) -> None:
        self.texts.close()
        self._tmp.unlink(missing_ok=True)


def _remove_orphans(folder: Path) -> None:
    """Delete the half-written packs of builds that were killed (their process is gone).

    A pack is as large as the corpus's text, and a killed build cannot
    clean up after itself. A pack still being written by a live build (its
    process id is in the name) is left alone. POSIX only: elsewhere
    ``os.kill(pid, 0)`` does not merely ask whether a process exists.
    """
    if os.name != "posix":
        return
    for tmp in folder.glob(".pass-*-*.tmp"):
        pid = tmp.name.split("-")[1]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            tmp.unlink(missing_ok=True)
        except (PermissionError, OverflowError):  # someone else's live process; or no such process id
            continue


def encode_linked(linked: Linked) -> bytes:
    return pickle.dumps(linked, protocol=pickle.HIGHEST_PROTOCOL)


def decode_linked(record: bytes) -> Linked:
    return pickle.loads(record)  # type: ignore[no-any-return]
