"""The articles' text, set aside on disk for as long as the graph lives, for the view's evidence.

A build lets go of each article's text after the corpus pass, so its memory
follows the graph, not the corpus. The view still needs the sentences that
name each node. Reading, decoding and normalising every source file again
cost a third of the view's time (5.6 s of 17 s at 18 MB), and fails for a
file edited since the build. So the corpus pass writes each article's text,
normalised text and sentence bounds here as it drops them: one anonymous
temporary file (no name on disk, so nothing is left behind however the
process ends), or, in a build with a cache, the pack that keeps the corpus
pass for the next build (``kg.passcache``); read back one article at a time.
"""

from __future__ import annotations

import os
import pickle
import tempfile
import threading
import weakref
from array import array
from typing import Any, BinaryIO, NamedTuple

from kg.model import Document


class Text(NamedTuple):
    """What the view needs of an article: its text, normalised text, sentence bounds (``array('l')``, the
    normalised text's offsets) and, for a text with pinyin glosses, their map to the source's."""

    text: str
    norm: str
    starts: array
    ends: array
    at: array | None = None  # Document.source_at

    @classmethod
    def of(cls, doc: Document) -> Text:
        return cls(doc.text, doc.norm, array("l", (s.start for s in doc.sentences)),
                   array("l", (s.end for s in doc.sentences)), doc.source_at)


def text_record(doc: Document) -> bytes:
    """The article's ``Text`` as a ``TextStore`` holds it."""
    return pickle.dumps(tuple(Text.of(doc)), protocol=pickle.HIGHEST_PROTOCOL)


class TextStore:
    """File name → the ``Text`` of each article, pickled in one file of records.

    By default the file is an anonymous temporary file. A build with a cache
    gives it the pack it is writing (``kg.passcache``): the texts are then
    kept for the next build, which copies an unchanged article's record
    (``put_record``) instead of pickling its text again, and the pack's
    other records go in between (``append``).
    """

    def __init__(self, file: BinaryIO | None = None) -> None:
        self._file = file if file is not None else tempfile.TemporaryFile(prefix="kg-texts-")
        self._at: dict[str, tuple[int, int]] = {}  # file name → (offset, length) of its record
        self._end = self._file.seek(0, os.SEEK_END)
        self._at_end = True  # the file's position is at its end: an append need not seek (a seek flushes)
        self._lock = threading.Lock()  # one file position: a read and a write must not interleave (kg serve)
        self.close = weakref.finalize(self, self._file.close)  # closed with the store, or when called

    def __len__(self) -> int:
        return len(self._at)

    def __contains__(self, file_name: object) -> bool:
        return file_name in self._at

    def put(self, doc: Document) -> tuple[int, int]:
        """Set the article's text aside; where its record is, (offset, length)."""
        return self.put_record(doc.file_name, text_record(doc))

    def put_record(self, file_name: str, record: bytes) -> tuple[int, int]:
        """A record as ``put`` writes it, taken as it is (from the previous build's pack)."""
        where = self._at[file_name] = self.append(record)
        return where

    def append(self, data: bytes) -> tuple[int, int]:
        """Bytes written at the end of the file, not as any article's text; (offset, length)."""
        with self._lock:
            if not self._at_end:
                self._file.seek(self._end)
                self._at_end = True
            self._file.write(data)
            where = (self._end, len(data))
            self._end += len(data)
        return where

    def flush(self) -> None:
        with self._lock:
            self._file.flush()

    def _record(self, file_name: str) -> bytes | None:
        where = self._at.get(file_name)
        if where is None:
            return None
        with self._lock:
            self._at_end = False
            self._file.seek(where[0])
            return self._file.read(where[1])

    def get(self, file_name: str) -> Text | None:
        """The text the article was built from, or None if this store does not hold it."""
        record = self._record(file_name)
        return None if record is None else Text(*pickle.loads(record))

    # A graph is picklable (a notebook may keep one): the texts travel with it and land in a new file.
    def __getstate__(self) -> dict[str, Any]:
        with self._lock:
            names = list(self._at)
        return {"records": {name: self._record(name) for name in names}}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__()  # type: ignore[misc]
        for name, record in state["records"].items():
            self.put_record(name, record)
