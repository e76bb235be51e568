"""A rebuild with a cache takes each unchanged file's hash from the cache's record, without reading it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import kg.digests
import kg.pipeline
from kg.digests import FILE_NAME, Digests
from kg.pipeline import build_with_stats

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _corpus(tmp_path: Path, count: int = 3) -> Path:
    src = tmp_path / "corpus"
    src.mkdir()
    for f in sorted(SEEDS.iterdir())[:count]:
        shutil.copy(f, src / f.name)
    return src


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the build's parent reads, in order."""
    seen: list[str] = []
    real = kg.pipeline.read_bytes

    def counted(path: Path, **kw: int) -> bytes:
        seen.append(path.name)
        return real(path, **kw)

    monkeypatch.setattr(kg.pipeline, "read_bytes", counted)
    return seen


def test_digests_an_unchanged_file_is_not_read_again(tmp_path: Path, reads: list[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.digests, "RACY_NS", 0)  # the files were written just now: trust them at once
    src, cache = _corpus(tmp_path), tmp_path / "cache"
    first, _ = build_with_stats(src, cache=cache)
    assert set(reads) == {f.name for f in src.iterdir()}  # (a miss is read again to be extracted)
    reads.clear()
    second, stats = build_with_stats(src, cache=cache)
    assert reads == []
    assert stats.cached == 3 and stats.bytes_read == sum(f.stat().st_size for f in src.iterdir())
    assert second.turtle() == first.turtle()


def test_digests_a_file_rewritten_with_its_old_times_is_read_again(tmp_path: Path, reads: list[str],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The same size and modification time (cp -p, rsync -t), other bytes: the change time tells."""
    monkeypatch.setattr(kg.digests, "RACY_NS", 0)
    src, cache = _corpus(tmp_path), tmp_path / "cache"
    build_with_stats(src, cache=cache)
    f = sorted(src.iterdir())[0]
    st = f.stat()
    data = f.read_bytes()
    f.write_bytes(data.replace("党".encode(), "黨".encode(), 1))  # as many bytes, other ones
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (f.stat().st_size, f.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)
    reads.clear()
    graph, stats = build_with_stats(src, cache=cache)
    assert f.name in reads and stats.extracted == 1
    assert graph.turtle() == build_with_stats(src)[0].turtle()


def test_digests_a_file_changed_around_its_record_is_read_again(tmp_path: Path, reads: list[str]) -> None:
    """Files modified within RACY_NS of the moment their status was taken may change again unseen: read."""
    src, cache = _corpus(tmp_path), tmp_path / "cache"
    build_with_stats(src, cache=cache)
    reads.clear()
    build_with_stats(src, cache=cache)
    assert sorted(reads) == sorted(f.name for f in src.iterdir())  # once each: the scan's reads


@pytest.mark.parametrize("content", [b"", b"not json", b'{"format": 99, "entries": {}}',
                                     b'{"format": 1, "entries": {"/x": [1, 2, 3]}}'])
def test_digests_an_unreadable_record_is_ignored_and_written_again(tmp_path: Path, content: bytes,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.digests, "RACY_NS", 0)
    src, cache = _corpus(tmp_path, 2), tmp_path / "cache"
    expected = build_with_stats(src, cache=cache)[0].turtle()
    (cache / FILE_NAME).write_bytes(content)
    graph, stats = build_with_stats(src, cache=cache)
    assert graph.turtle() == expected and stats.cached == 2
    again = Digests(cache)
    for f in src.iterdir():
        assert again.known(f, f.stat()) is not None  # the record was rewritten


def test_digests_a_new_inode_is_a_new_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.digests, "RACY_NS", 0)
    f = tmp_path / "a.txt"
    f.write_text("一", encoding="utf-8")
    d = Digests(tmp_path)
    d.taken_ns += 10**12  # as if recorded long after the file was written
    d.record(f, f.stat(), "0" * 64)
    assert d.known(f, f.stat()) == "0" * 64
    moved = tmp_path / "b.txt"
    moved.write_text("一", encoding="utf-8")
    os.replace(moved, f)  # replaced by rename: same name and size, another inode
    assert d.known(f, f.stat()) is None
