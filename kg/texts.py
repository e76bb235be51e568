"""The articles' text, set aside on disk for as long as the graph lives, for the view's evidence.

A build lets go of each article's text after the corpus pass, so its memory
follows the graph, not the corpus. The view still needs the sentences that
name each node. Reading, decoding and normalising every source file again
cost a third of the view's time (5.6 s of 17 s at 18 MB), and fails for a
file edited since the build. So the corpus pass writes each article's text,
normalised text and sentence bounds here as it drops them: one anonymous
temporary file (no name on disk, so nothing is left behind however the
process ends), read back one article at a time.
"""

from __future__ import annotations

import pickle
import tempfile
import threading
from array import array
from typing import Any, NamedTuple

from kg.model import Document


class Text(NamedTuple):
    """What the view needs of an article: its text, normalised text and sentence bounds (``array('l')``)."""

    text: str
    norm: str
    starts: array
    ends: array

    @classmethod
    def of(cls, doc: Document) -> Text:
        return cls(doc.text, doc.norm, array("l", (s.start for s in doc.sentences)),
                   array("l", (s.end for s in doc.sentences)))


class TextStore:
    """File name → the ``Text`` of each article, pickled in one temporary file."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="kg-texts-")
        self._at: dict[str, tuple[int, int]] = {}  # file name → (offset, length) of its record
        self._end = 0
        self._lock = threading.Lock()  # one file position: a read and a write must not interleave (kg serve)

    def __len__(self) -> int:
        return len(self._at)

    def __contains__(self, file_name: object) -> bool:
        return file_name in self._at

    def put(self, doc: Document) -> None:
        self._append(doc.file_name, pickle.dumps(tuple(Text.of(doc)), protocol=pickle.HIGHEST_PROTOCOL))

    def _append(self, file_name: str, record: bytes) -> None:
        with self._lock:
            self._file.seek(self._end)
            self._file.write(record)
            self._at[file_name] = (self._end, len(record))
            self._end += len(record)

    def _record(self, file_name: str) -> bytes | None:
        where = self._at.get(file_name)
        if where is None:
            return None
        with self._lock:
            self._file.seek(where[0])
            return self._file.read(where[1])

    def get(self, file_name: str) -> Text | None:
        """The text the article was built from, or None if this store does not hold it."""
        record = self._record(file_name)
        return None if record is None else Text(*pickle.loads(record))

    # A graph is picklable (a notebook may keep one): the texts travel with it and land in a new file.
    def __getstate__(self) -> dict[str, Any]:
        return {"records": {name: self._record(name) for name in self._at}}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__()  # type: ignore[misc]
        for name, record in state["records"].items():
            self._append(name, record)
