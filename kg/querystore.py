"""A large Turtle export kept as an oxigraph store on disk beside it, so ``kg query`` parses it once.

Each ``kg query`` used to parse the whole export first: at 50 MB of articles
(2.5 million triples, a 157 MB file) ten seconds before a query that then
took milliseconds, paid again by every query of a researcher's session or
script. Parsed once into an on-disk store (RocksDB, through pyoxigraph),
the next query opens it in milliseconds. Queries on disk run slower than
in memory (2 to 8 times for the saved ones), which still leaves them far
below the parse they save.

The store lives in ``.kg-query/`` beside the file and is named by a hash of
the file's bytes (and the pyoxigraph version that wrote it), so an export
rewritten by ``kg build`` or ``kg query --update`` is never answered from
the store of its old bytes; hashing costs a fifth of a second per 150 MB.
A store is written to a temporary folder and renamed into place, so a
query never opens half of one, and two queries making it at once both end
up reading one. Files under ``MIN_BYTES`` parse in under a second and are
loaded in memory as before; so is any file whose folder cannot be written
or whose store cannot be made (a full disk). A store that fails while it
answers (damaged, or removed by another process meanwhile) gives way to the
file, and is dropped if the file answers.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

STORE_DIR = ".kg-query"
STORE_FORMAT = 1
MIN_BYTES = 16 << 20  # below this a Turtle file parses in about a second: not worth a store on disk
_CHUNK = 1 << 22


def store_key(path: Path) -> str:
    """What a store of ``path`` is valid for: the file's bytes and the oxigraph that wrote it."""
    with path.open("rb") as f:
        return _key(f)


def _key(f: BinaryIO) -> str:
    h = hashlib.sha256(f"kg-query-store={STORE_FORMAT}\0pyoxigraph={ox.__version__}\0".encode())
    while chunk := f.read(_CHUNK):
        h.update(chunk)
    return h.hexdigest()[:32]


def _open(target: Path) -> Any | None:
    try:
        return ox.Store.read_only(str(target))
    except (OSError, RuntimeError, ValueError):  # damaged ("Corruption: …"), half gone, or not a store
        return None


def kept_store(path: Path, *, making: Callable[[Path], None] | None = None) -> Any | None:
    """A read-only oxigraph store of the Turtle file ``path`` kept beside it, made now if need be.

    None whenever there is none to use (the file is small; its folder cannot
    be written or its path is not UTF-8, as RocksDB needs; making it failed:
    a full disk, or a file that is not Turtle): the caller then parses the
    file in memory, which says what is wrong with it if anything is. The file
    is read once, through one descriptor, for its hash and its triples, so
    a file replaced meanwhile cannot put its new triples under its old name.
    ``making`` is told the store's folder before a store is made (the
    query then takes as long as a parse, and a little more).
    """
    if path.stat().st_size < MIN_BYTES:
        return None
    folder = path.parent / STORE_DIR
    try:
        str(folder.resolve() / path.name).encode("utf-8")
    except (UnicodeEncodeError, OSError):
        return None
    with path.open("rb") as f:
        target = folder / f"{path.name}-{_key(f)}"
        if target.is_dir():
            store = _open(target)
            if store is not None:
                return store
            shutil.rmtree(target, ignore_errors=True)  # made again below
        try:
            folder.mkdir(exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder))
            tmp.chmod(0o755)  # mkdtemp's 0700 would keep a shared export's store from its other readers
        except OSError:
            return None
        if making is not None:
            making(target)
        try:
            f.seek(0)
            store = ox.Store(str(tmp))
            store.bulk_load(input=f, format=ox.RdfFormat.TURTLE)
            store.flush()
            del store  # closes it: only a closed store is moved
            try:
                tmp.rename(target)
            except OSError:  # another query put one there first: read that one
                shutil.rmtree(tmp, ignore_errors=True)
        except Exception:
            shutil.rmtree(tmp, ignore_errors=True)
            return None
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    _drop_others(folder, path.name, keep=target.name)
    return _open(target)


def drop_store(path: Path) -> None:
    """Remove the stores kept for the file ``path`` (one that failed where the file itself answers)."""
    folder = path.parent / STORE_DIR
    if folder.is_dir():
        _drop_others(folder, path.name, keep="")


def _drop_others(folder: Path, file_name: str, *, keep: str) -> None:
    """Stores of earlier bytes of the same file (never read again, each as large as the export), and the
    half-made ones of queries killed more than an hour ago."""
    stale = time.time() - 3600
    for old in folder.iterdir():
        name = old.name
        try:
            done = name.startswith(f"{file_name}-") and len(name) == len(file_name) + 33 and name != keep
            torn = name.startswith(f".{file_name}-") and name.endswith(".tmp") and old.stat().st_mtime < stale
            if (done or torn) and old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
        except OSError:  # renamed or removed by another query meanwhile
            continue


def forget_stores(folder: Path) -> None:
    """Remove the stores kept in ``folder`` (``kg build`` does, having written new exports there)."""
    shutil.rmtree(folder / STORE_DIR, ignore_errors=True)
