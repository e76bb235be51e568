"""Atomic file output: every export is written to a temporary file beside its target, then renamed.

A build killed half-way (SIGKILL, a full disk, Ctrl-C) therefore leaves the
previous export intact: a reader sees the old file or the new one, never
half of one. The temporary file is hidden (``.graph.ttl.XXXX.tmp``) and in
the same folder, because a rename is only atomic within one filesystem.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

# A write per piece costs more than the pieces: small pieces are joined to about this many characters.
# Kept small, as is the file's buffer, so that a batch, its UTF-8 and the buffer stay in the processor's
# cache: with a quarter of a million characters and a megabyte's buffer, the Turtle export's copies went to
# memory and back (about a third of its cache misses, in cachegrind's simulation).
BATCH_CHARS = 1 << 15


def write_atomic(path: Path, content: str | bytes | Iterable[str]) -> Path:
    """Write ``content`` (text, bytes, or pieces of text streamed) to ``path`` by temporary file and rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb", buffering=1 << 16) as f:
            if isinstance(content, bytes):
                f.write(content)
            elif isinstance(content, str):
                f.write(content.encode("utf-8"))
            else:
                batch: list[str] = []
                size = 0
                for piece in content:
                    batch.append(piece)
                    size += len(piece)
                    if size > BATCH_CHARS:
                        f.write("".join(batch).encode("utf-8"))
                        batch, size = [], 0
                f.write("".join(batch).encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; exports are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
