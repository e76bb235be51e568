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

import os
import pickle
import tempfile
from dataclasses import replace
from typing import Any

from kg.model import Document, Sentence


class TextStore:
    """File name → (text, normalised text, sentences) of each article, pickled in one temporary file."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="kg-texts-")
        self._at: dict[str, tuple[int, int]] = {}  # file name → (offset, length) of its record
        self._end = 0

    def __len__(self) -> int:
        return len(self._at)

    def __contains__(self, file_name: object) -> bool:
        return file_name in self._at

    def put(self, doc: Document) -> None:
        bounds = [x for s in doc.sentences for x in (s.start, s.end, s.block)]
        self._append(doc.file_name, pickle.dumps((doc.text, doc.norm, bounds), protocol=pickle.HIGHEST_PROTOCOL))

    def _append(self, file_name: str, record: bytes) -> None:
        self._file.seek(self._end)
        self._file.write(record)
        self._at[file_name] = (self._end, len(record))
        self._end += len(record)

    def _record(self, file_name: str) -> bytes | None:
        where = self._at.get(file_name)
        if where is None:
            return None
        self._file.flush()
        return os.pread(self._file.fileno(), where[1], where[0])  # no shared seek: safe from any thread

    def get(self, doc: Document) -> Document | None:
        """``doc`` with the text and sentences it was built from, or None if this store does not hold it."""
        record = self._record(doc.file_name)
        if record is None:
            return None
        text, norm, bounds = pickle.loads(record)
        sentences = [Sentence(*bounds[i:i + 3]) for i in range(0, len(bounds), 3)]
        return replace(doc, text=text, norm=norm, sentences=sentences)

    # A graph is picklable (a notebook may keep one): the texts travel with it and land in a new file.
    def __getstate__(self) -> dict[str, Any]:
        return {"records": {name: self._record(name) for name in self._at}}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__()  # type: ignore[misc]
        for name, record in state["records"].items():
            self._append(name, record)
