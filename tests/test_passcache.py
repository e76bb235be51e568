"""The corpus pass kept in the cache: a rebuild relinks only the documents a change reaches, and
gives the same bytes as a build from nothing."""

from __future__ import annotations

import os
import pickle
import shutil
import signal
import time
from pathlib import Path

import pytest

import kg.pipeline
from kg.model import Mention
from kg.parallel import can_fork
from kg.passcache import PACK_NAME, Previous
from kg.pipeline import build_with_stats

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

# b.txt quotes a program; a.txt names it bare, so only the corpus pass links it there.
BARE = "厦门市思明区开展红帆聚力行动，居民纷纷点赞。\n思明区委组织部表示，将继续推进。\n"
QUOTED = "成都市武侯区推行“红帆聚力”工作法，建立小区党支部30个。\n"


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _exports(graph) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    from kg.html import html_text

    return graph.turtle(), html_text(graph)


def _fresh(src: Path):  # type: ignore[no-untyped-def]
    return _exports(build_with_stats(src)[0])


def _links_to_red_sail(graph) -> set[str]:  # type: ignore[no-untyped-def]
    return {ev.file_name for imp in graph.implementations for ev in imp.evidence
            if graph.entities[imp.program].label.startswith("红帆聚力")}


def _packs(cache: Path) -> list[Path]:
    return sorted(cache.rglob(PACK_NAME))


def test_passcache_second_build_relinks_nothing_and_gives_the_same_bytes(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for f in sorted(SEEDS.iterdir()):
        shutil.copy(f, src / f.name)
    cache = tmp_path / "cache"
    first, s1 = build_with_stats(src, cache=cache)
    assert s1.relinked == s1.documents == 5
    assert len(_packs(cache)) == 1
    second, s2 = build_with_stats(src, cache=cache)
    assert (s2.extracted, s2.relinked) == (0, 0)
    assert _exports(second) == _exports(first) == _fresh(src)  # the view's sentences come from the pack
    assert not list(cache.rglob(".pass-*"))  # no temporary pack left behind
    third, s3 = build_with_stats(src, cache=cache)  # the records the second build kept hold for the third
    assert (s3.extracted, s3.relinked) == (0, 0) and _exports(third) == _exports(first)


def test_passcache_a_new_name_relinks_the_documents_it_occurs_in(tmp_path: Path) -> None:
    src = _write(tmp_path / "src", {"a.txt": BARE, "c.txt": "福州市鼓楼区召开党建工作会议。\n"})
    cache = tmp_path / "cache"
    before, _ = build_with_stats(src, cache=cache)
    assert not _links_to_red_sail(before)  # no document has taught the name yet
    _write(src, {"b.txt": QUOTED})
    graph, stats = build_with_stats(src, cache=cache)
    assert (stats.extracted, stats.relinked) == (1, 2)  # b.txt, and a.txt where the new name occurs; not c.txt
    assert _links_to_red_sail(graph) == {"a.txt", "b.txt"}
    assert _exports(graph) == _fresh(src)


def test_passcache_a_name_gone_relinks_the_documents_it_was_linked_in(tmp_path: Path) -> None:
    src = _write(tmp_path / "src", {"a.txt": BARE, "b.txt": QUOTED, "c.txt": "福州市鼓楼区召开党建工作会议。\n"})
    cache = tmp_path / "cache"
    before, _ = build_with_stats(src, cache=cache)
    assert _links_to_red_sail(before) == {"a.txt", "b.txt"}
    (src / "b.txt").unlink()
    graph, stats = build_with_stats(src, cache=cache)
    assert stats.relinked == 1  # a.txt: the name it was linked to is known no more
    assert not _links_to_red_sail(graph)
    assert _exports(graph) == _fresh(src)


def test_passcache_a_name_standing_for_another_mention_is_a_change() -> None:
    def program(key: str, label: str) -> Mention:
        return Mention("Program", key, label, label, "x.txt", 0, len(label))

    previous = Previous(names={"红帆聚力": ("program/1", "红帆聚力工作法"), "近邻党建": ("program/2", "近邻党建")})
    changed, added = previous.changes({
        "红帆聚力": program("program/1", "红帆聚力机制"),  # same key, another label: links would differ
        "百日攻坚": program("program/3", "百日攻坚行动"),
    })
    assert changed == {"红帆聚力", "近邻党建"} and added.names == ("百日攻坚",)
    assert previous.reusable("k", "x.txt", changed, added) is None  # an unknown key is never reused


@pytest.mark.parametrize("damage", [b"", b"kgpass01 torn", b"x" * 100])
def test_passcache_an_unreadable_pack_is_ignored(tmp_path: Path, damage: bytes) -> None:
    src = _write(tmp_path / "src", {"a.txt": BARE, "b.txt": QUOTED})
    cache = tmp_path / "cache"
    expected = _exports(build_with_stats(src, cache=cache)[0])
    (pack,) = _packs(cache)
    pack.write_bytes(damage)
    graph, stats = build_with_stats(src, cache=cache)
    assert stats.relinked == 2
    assert _exports(graph) == expected


def test_passcache_a_failed_pass_keeps_the_last_pack_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _write(tmp_path / "src", {"a.txt": BARE, "b.txt": QUOTED})
    cache = tmp_path / "cache"
    expected = _exports(build_with_stats(src, cache=cache)[0])
    (pack,) = _packs(cache)
    kept = pack.read_bytes()
    _write(src, {"c.txt": "福州市鼓楼区推行“红帆聚力”工作法。\n"})  # a new name's document: everything relinked

    def broken(*args: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(kg.pipeline, "_linked", broken)
    with pytest.raises(OSError, match="disk gone"):
        build_with_stats(src, cache=cache)
    assert pack.read_bytes() == kept
    assert not list(cache.rglob(".pass-*"))
    monkeypatch.undo()
    (src / "c.txt").unlink()
    graph, stats = build_with_stats(src, cache=cache)
    assert stats.relinked == 0 and _exports(graph) == expected


def test_passcache_the_view_of_an_earlier_graph_survives_a_later_build(tmp_path: Path) -> None:
    """A notebook keeps a graph while building again: its texts are in a pack since replaced."""
    from kg.html import html_text

    src = _write(tmp_path / "src", {"a.txt": BARE, "b.txt": QUOTED})
    cache = tmp_path / "cache"
    first, _ = build_with_stats(src, cache=cache)
    view = html_text(first)
    _write(src, {"c.txt": "福州市鼓楼区召开党建工作会议。\n"})
    build_with_stats(src, cache=cache)
    build_with_stats(src, cache=cache)
    for f in src.iterdir():
        f.write_text("改过了。\n", encoding="utf-8")  # nor does the view read the sources again
    assert html_text(first) == view
    assert "红帆聚力" in view


def test_passcache_a_killed_build_leaves_no_pack_for_good(tmp_path: Path) -> None:
    """A killed build cannot remove its half-written pack; the next build does, but not a live build's."""
    import fcntl
    import os

    from kg.passcache import ORPHAN_AGE

    src = _write(tmp_path / "src", {"a.txt": BARE, "b.txt": QUOTED})
    cache = tmp_path / "cache"
    build_with_stats(src, cache=cache)
    (pack,) = _packs(cache)
    old = time.time() - ORPHAN_AGE - 10
    orphan, held, fresh = (pack.parent / f".pass-{name}.tmp" for name in ("orphan", "held", "fresh"))
    for f in (orphan, held, fresh):
        f.write_bytes(b"half a pack")
    for f in (orphan, held):
        os.utime(f, (old, old))
    with held.open("rb") as lock:  # as a live build holds its own, in any process or container
        fcntl.flock(lock, fcntl.LOCK_EX)
        build_with_stats(src, cache=cache)
    assert not orphan.exists()
    assert held.exists() and fresh.exists()  # still being written, or only just created


def test_passcache_a_cache_that_cannot_be_written_still_builds(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.passcache

    src = _write(tmp_path / "src", {"a.txt": BARE, "b.txt": QUOTED})
    cache = tmp_path / "cache"
    expected = _exports(build_with_stats(src, cache=cache)[0])
    (pack,) = _packs(cache)
    kept = pack.read_bytes()

    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(kg.passcache.tempfile, "mkstemp", read_only)
    graph, stats = build_with_stats(src, cache=cache)
    assert stats.relinked == 0 and _exports(graph) == expected  # the last pack is still read
    assert pack.read_bytes() == kept
    monkeypatch.undo()
    monkeypatch.setattr(kg.passcache.os, "replace", read_only)  # the pack cannot be put in place
    graph, stats = build_with_stats(src, cache=cache)
    assert stats.relinked == 0 and _exports(graph) == expected
    assert pack.read_bytes() == kept and not list(cache.rglob(".pass-*"))


@pytest.mark.parametrize("record", ["text", "linked"])
def test_passcache_a_damaged_record_is_linked_again(tmp_path: Path, record: str) -> None:
    src = _write(tmp_path / "src", {"a.txt": BARE, "b.txt": QUOTED, "c.txt": "福州市鼓楼区召开党建工作会议。\n"})
    cache = tmp_path / "cache"
    expected = _exports(build_with_stats(src, cache=cache)[0])
    (pack,) = _packs(cache)
    previous = Previous.open(pack.parent)
    entry = previous.docs[next(k for k, e in previous.docs.items() if e.file_name == "b.txt")]
    previous.close()
    data = bytearray(pack.read_bytes())
    start, length = getattr(entry, record)
    at = start + length // 2
    data[at:at + 4] = bytes(255 - b for b in data[at:at + 4])  # a torn sector in the middle of a record
    pack.write_bytes(bytes(data))
    graph, stats = build_with_stats(src, cache=cache)
    assert stats.relinked == 1 and _exports(graph) == expected
    graph, stats = build_with_stats(src, cache=cache)  # and the pack is whole again
    assert stats.relinked == 0 and _exports(graph) == expected


def test_passcache_not_kept_off_posix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Elsewhere a pack could not be renamed while it is read: builds keep none and link everything."""
    import kg.passcache

    src = _write(tmp_path / "src", {"a.txt": BARE, "b.txt": QUOTED})
    expected = _fresh(src)
    cache = tmp_path / "cache"
    monkeypatch.setattr(kg.passcache, "SUPPORTED", False)  # as os.name != "posix" sets it
    for _ in range(2):
        graph, stats = build_with_stats(src, cache=cache)
        assert stats.relinked == 2 and _exports(graph) == expected
    assert not _packs(cache)


def test_passcache_two_processes_link_in_the_pool_around_kept_documents(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """New documents and an old one a new name reaches are linked by the workers; c.txt is kept; same bytes."""
    monkeypatch.setattr(kg.pipeline, "SCOUT", False)  # else the scout extracts the two, and the parent links
    src = _write(tmp_path / "src", {"a.txt": BARE, "c.txt": "福州市鼓楼区召开党建工作会议。\n"})
    cache = tmp_path / "cache"
    build_with_stats(src, cache=cache)
    _write(src, {"b.txt": QUOTED, "d.txt": "泉州市丰泽区召开党建工作推进会。\n"})
    graph, stats = build_with_stats(src, cache=cache, jobs=2)
    assert (stats.runner, stats.link_workers) == ("processes", 2)
    assert (stats.extracted, stats.relinked) == (2, 3)  # b.txt, d.txt and a.txt; c.txt kept
    assert _links_to_red_sail(graph) == {"a.txt", "b.txt"}
    assert _exports(graph) == _fresh(src)


def test_passcache_a_worker_that_finds_an_entry_gone_stops_the_build(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """An error in the pool's corpus pass reaches the build as itself, and no temporary pack stays."""
    src = _write(tmp_path / "src", {"a.txt": BARE, "b.txt": QUOTED})
    cache = tmp_path / "cache"
    run = kg.pipeline._Plan.run

    def run_then_lose_an_entry(self, runner, bar):  # type: ignore[no-untyped-def]
        run(self, runner, bar)
        self.store.path(self.keys[0]).unlink()

    monkeypatch.setattr(kg.pipeline._Plan, "run", run_then_lose_an_entry)
    with pytest.raises(kg.pipeline.KgError, match="lost an entry"):
        build_with_stats(src, cache=cache, jobs=2)
    assert not list(cache.rglob(".pass-*")) and not _packs(cache)


def test_passcache_a_new_name_reaches_an_article_written_in_traditional_script(tmp_path: Path) -> None:
    """The check for new names reads the normalised text (Simplified), not the text as written."""
    traditional = "廈門市思明區開展紅帆聚力行動，居民紛紛點讚。\n思明區委組織部表示，將繼續推進。\n"
    src = _write(tmp_path / "src", {"a.txt": traditional, "c.txt": "福州市鼓楼区召开党建工作会议。\n"})
    cache = tmp_path / "cache"
    build_with_stats(src, cache=cache)
    _write(src, {"b.txt": QUOTED})
    graph, stats = build_with_stats(src, cache=cache)
    assert (stats.extracted, stats.relinked) == (1, 2)
    assert _links_to_red_sail(graph) == {"a.txt", "b.txt"}
    assert _exports(graph) == _fresh(src)


# ------------------------------------------------------------ the last build's resolver, resumed

OTHER = "福州市鼓楼区召开党建工作会议。\n"
LATER = "泉州市丰泽区推行“红帆聚力”工作法，建立小区党支部12个。\n"  # a name already known: links nothing again


@pytest.mark.parametrize(("jobs", "scout"), [(1, False), (2, False), (2, True)])
def test_passcache_articles_added_at_the_end_resume_the_last_resolver(tmp_path: Path, jobs: int, scout: bool,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The program of b.txt gains mentions from the new articles: the counts are those of a build from nothing."""
    monkeypatch.setattr(kg.pipeline, "SCOUT", scout)
    src = _write(tmp_path / "src", {"a.txt": BARE, "b.txt": QUOTED, "c.txt": OTHER})
    cache = tmp_path / "cache"
    build_with_stats(src, cache=cache)
    _write(src, {"d.txt": LATER, "e.txt": "泉州市鲤城区召开党建工作推进会。\n"})
    graph, stats = build_with_stats(src, cache=cache, jobs=jobs)
    assert (stats.extracted, stats.relinked, stats.resumed) == (2, 2, 3)
    # the scout extracted the two, the parent links them (where this process may fork: a test run's earlier
    # tests may have left threads behind, and then no scout is made; the next test forks in a fresh process)
    assert stats.link_workers == (1 if scout and can_fork() else jobs)
    assert stats.runner == ("serial" if jobs == 1 else "processes")
    assert _links_to_red_sail(graph) == {"a.txt", "b.txt", "d.txt"}
    assert _exports(graph) == _fresh(src)
    # nothing new: the resolver of a.txt to c.txt is kept as it was (two articles after it are few), and
    # d.txt and e.txt are folded in again from their kept records, linked as they were
    graph, stats = build_with_stats(src, cache=cache)
    assert (stats.extracted, stats.relinked, stats.resumed) == (0, 0, 3)
    assert _exports(graph) == _fresh(src)


def test_passcache_a_resolver_kept_past_its_tail_is_the_build_own(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Past KEEP_RESUMED_TAIL articles after the kept resolver, a build keeps its own, holding them all."""
    monkeypatch.setattr(kg.pipeline, "KEEP_RESUMED_TAIL", 1)
    src = _write(tmp_path / "src", {"a.txt": BARE, "b.txt": QUOTED, "c.txt": OTHER})
    cache = tmp_path / "cache"
    build_with_stats(src, cache=cache)
    _write(src, {"d.txt": LATER})
    graph, stats = build_with_stats(src, cache=cache)
    assert (stats.extracted, stats.resumed) == (1, 3)
    graph, stats = build_with_stats(src, cache=cache)  # a.txt to c.txt's resolver, kept: d.txt is one more
    assert stats.resumed == 3
    _write(src, {"e.txt": "泉州市鲤城区召开党建工作推进会。\n"})
    graph, stats = build_with_stats(src, cache=cache)  # two after it: past the tail, this build's is kept
    assert (stats.extracted, stats.resumed) == (1, 3)
    assert _exports(graph) == _fresh(src)
    graph, stats = build_with_stats(src, cache=cache)
    assert (stats.extracted, stats.relinked, stats.resumed) == (0, 0, 5)
    assert _exports(graph) == _fresh(src)


@pytest.mark.parametrize("change", ["added first", "copy of an article", "new name", "renamed", "damaged"])
def test_passcache_the_last_resolver_is_not_resumed_when_its_articles_differ(tmp_path: Path, change: str) -> None:
    src = _write(tmp_path / "src", {"a.txt": BARE, "c.txt": OTHER})
    cache = tmp_path / "cache"
    build_with_stats(src, cache=cache)
    if change == "added first":
        _write(src, {"0.txt": LATER})
    elif change == "copy of an article":  # the same bytes as c.txt, after it: c.txt's document gains a name
        _write(src, {"d.txt": OTHER})
    elif change == "new name":  # z.txt teaches the name a.txt says bare: a.txt is linked again
        _write(src, {"z.txt": QUOTED})
    elif change == "renamed":
        (src / "c.txt").rename(src / "d.txt")
    else:
        (pack,) = _packs(cache)
        previous = Previous.open(pack.parent)
        assert previous.resumable is not None
        start, length = previous.resumable.where
        previous.close()
        data = bytearray(pack.read_bytes())
        data[start + length // 2] ^= 0xFF
        pack.write_bytes(bytes(data))
    graph, stats = build_with_stats(src, cache=cache)
    assert stats.resumed == 0
    assert _exports(graph) == _fresh(src)
    if change == "copy of an article":
        assert any(d.copies == ["d.txt"] for d in graph.documents)
    graph, stats = build_with_stats(src, cache=cache)  # the resolver this build kept is resumed by the next
    assert stats.resumed == stats.documents and _exports(graph) == _fresh(src)


def test_passcache_a_resolver_resumed_is_the_one_kept() -> None:
    from kg.documents import make_document
    from kg.extract import extract_document
    from kg.resolve import Resolver

    facts = [extract_document(make_document(name, text.encode("utf-8")))
             for name, text in (("a.txt", BARE), ("b.txt", QUOTED), ("d.txt", LATER))]
    whole = Resolver()
    for f in facts:
        whole.add(f)
    part = Resolver()
    for f in facts[:2]:
        part.add(f)
    resumed = Resolver.resumed(part.snapshot())
    resumed.add(facts[2])
    assert resumed.graph().turtle() == whole.graph().turtle()
    with pytest.raises(RuntimeError):
        whole.snapshot()  # its graph is made: it holds no state worth keeping
    with pytest.raises(ValueError):
        Resolver.resumed(pickle.dumps({"not": "a resolver"}))


_FILE_GONE = """
import json, sys
from pathlib import Path
import kg.parallel
from kg.pipeline import build_with_stats
src, cache = Path(sys.argv[1]), Path(sys.argv[2])
offer = kg.parallel.Scout.offer

def offer_then_lose_d(self, index, path, file_name, size, max_bytes):
    taken = offer(self, index, path, file_name, size, max_bytes)
    if file_name == "d.txt":
        path.unlink()  # the scout is still warming up: it finds the file gone
    return taken

kg.parallel.Scout.offer = offer_then_lose_d
graph, stats = build_with_stats(src, cache=cache, jobs=2)
graph.to_turtle(Path(sys.argv[3]))
print(json.dumps([stats.runner, stats.extracted, stats.failed, graph.errors]))
"""


def test_passcache_the_scout_extracts_a_rebuild_misses_and_reports_a_file_gone(tmp_path: Path) -> None:
    """A rebuild's new articles go to the worker forked before the scan; one gone before it reads it fails as
    the parent's own read would say; the graph is a fresh build's. (In a process of its own: one the test run
    has left threads in forks no scout.)"""
    import json
    import subprocess
    import sys

    from kg.documents import read_bytes
    from kg.errors import DocumentError

    src = _write(tmp_path / "src", {"a.txt": BARE, "c.txt": OTHER})
    cache = tmp_path / "cache"
    build_with_stats(src, cache=cache)
    _write(src, {"b.txt": QUOTED, "d.txt": LATER})
    out = subprocess.run([sys.executable, "-c", _FILE_GONE, str(src), str(cache), str(tmp_path / "inc.ttl")],
                         check=True, capture_output=True, text=True)
    runner, extracted, failed, errors = json.loads(out.stdout)
    assert (runner, extracted, failed) == ("processes", 1, 1)
    with pytest.raises(DocumentError) as gone:
        read_bytes(src / "d.txt")
    assert errors == [str(gone.value)]  # as the parent's own read says it (``_Plan.work``)
    fresh = tmp_path / "fresh.ttl"
    build_with_stats(src)[0].to_turtle(fresh)
    assert (tmp_path / "inc.ttl").read_bytes() == fresh.read_bytes()


_SCOUTED = """
import sys
from pathlib import Path
from kg.pipeline import build_with_stats
src, cache = Path(sys.argv[1]), Path(sys.argv[2])
graph, stats = build_with_stats(src, cache=cache, jobs=2)
graph.to_turtle(Path(sys.argv[3]))
print(stats.extracted, stats.link_workers)
"""


def test_passcache_a_rebuild_in_a_fresh_process_extracts_the_new_articles_in_its_scout(tmp_path: Path) -> None:
    """In a process of one thread (as ``kg build`` is), the worker forked before the scan extracts the two new
    articles and the parent links them; the graph is a fresh build's, byte for byte."""
    import subprocess
    import sys

    src = _write(tmp_path / "src", {"a.txt": BARE, "b.txt": QUOTED, "c.txt": OTHER})
    cache = tmp_path / "cache"
    build_with_stats(src, cache=cache)
    _write(src, {"d.txt": LATER, "e.txt": "泉州市鲤城区召开党建工作推进会。\n"})
    out = subprocess.run([sys.executable, "-c", _SCOUTED, str(src), str(cache), str(tmp_path / "inc.ttl")],
                         check=True, capture_output=True, text=True)
    assert out.stdout.split() == ["2", "1"]  # two extracted, by the scout: linked in this process alone
    fresh = tmp_path / "fresh.ttl"
    build_with_stats(src)[0].to_turtle(fresh)
    assert (tmp_path / "inc.ttl").read_bytes() == fresh.read_bytes()


def _run_script(script: str, *args: object) -> list[str]:
    """``script`` in a fresh Python (one thread, so it may fork its scout), its output's words."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", script, *map(str, args)], check=True, capture_output=True,
                         text=True, timeout=120)
    return out.stdout.split("\n")[0].split("|")


_SCOUT_FAILS = """
import errno, sys
from pathlib import Path
import kg.parallel
from kg.pipeline import build_with_stats

def disk_full(item, store=None):
    raise OSError(errno.ENOSPC, "No space left on device", str(Path(sys.argv[2]) / "segment"))

kg.parallel.extract_item = disk_full  # what the scout calls to extract and write an entry
try:
    build_with_stats(Path(sys.argv[1]), cache=Path(sys.argv[2]), jobs=2)
except Exception as exc:
    print(type(exc).__name__, exc, sep="|")
"""


def test_passcache_an_error_in_the_scout_stops_the_build_as_itself(tmp_path: Path) -> None:
    """A cache entry the scout cannot write (a full disk) is reported as that, with the file, not as a
    worker that died."""
    src = _write(tmp_path / "src", {"a.txt": BARE})
    cache = tmp_path / "cache"
    build_with_stats(src, cache=cache)
    _write(src, {"b.txt": QUOTED})
    name, message = _run_script(_SCOUT_FAILS, src, cache)
    assert name == "OSError"
    assert "No space left on device" in message and str(cache / "segment") in message


_SCOUT_GONE = """
import sys
from pathlib import Path
from kg.cache import FactStore
from kg.parallel import Scout

scout = Scout(FactStore(Path(sys.argv[1])))
scout._process.kill()
scout._process.join()
taken = scout.offer(0, Path(sys.argv[2]), "a.txt", 10, 1000)
scout.close()
print(taken, scout.given, sep="|")
"""


def test_passcache_a_scout_gone_during_the_scan_takes_nothing(tmp_path: Path) -> None:
    """A scout killed before the scan hands it a miss: the offer is refused (the runner extracts it), not a
    broken pipe stopping the build."""
    article = _write(tmp_path / "src", {"a.txt": BARE}) / "a.txt"
    assert _run_script(_SCOUT_GONE, tmp_path / "store", article) == ["False", "[]"]


_PARENT_DIES = """
import os, sys
from pathlib import Path
import kg.parallel
from kg.cache import FactStore

kg.parallel.die_with_parent = lambda parent: None  # a sandbox that refuses PR_SET_PDEATHSIG
scout = kg.parallel.Scout(FactStore(Path(sys.argv[1])))
print(scout._process.pid, flush=True)
os._exit(0)  # as if killed: nothing closed, no exit handlers
"""


def test_passcache_a_scout_ends_when_its_parent_dies_without_a_word(tmp_path: Path) -> None:
    """Without the kernel's parent-death signal, the scout still sees its pipe end and stops (it held the
    parent's end of the pipe too, and waited for ever, holding the output folder's lock)."""
    (pid,) = _run_script(_PARENT_DIES, tmp_path / "store")
    status = Path(f"/proc/{pid}/status")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            state = next(line for line in status.read_text().splitlines() if line.startswith("State:"))
        except (FileNotFoundError, ProcessLookupError):
            return  # gone, and reaped
        if state.split()[1] in ("Z", "X"):
            return  # ended, waiting for whoever adopted it to reap it
        time.sleep(0.1)
    os.kill(int(pid), signal.SIGKILL)  # not left behind by a failing run
    pytest.fail(f"the orphaned scout {pid} was still running: {state}")


_SCOUT_AND_POOL = """
import sys
from pathlib import Path
import kg.pipeline
from kg.pipeline import build_with_stats

kg.pipeline.AUTO_PARALLEL_MIN_BYTES = 1  # any relinking is enough for a pool of the pass's own
graph, stats = build_with_stats(Path(sys.argv[1]), cache=Path(sys.argv[2]), jobs=2)
graph.to_turtle(Path(sys.argv[3]))
print(stats.extracted, stats.relinked, stats.link_workers, sep="|")
"""


def test_passcache_the_corpus_pass_starts_its_own_pool_when_the_scout_took_the_misses(tmp_path: Path) -> None:
    """The scout extracts the new article, so extraction had no pool; the articles its new name sends to be
    linked again are linked in a pool of the pass's own, and the graph is a fresh build's."""
    src = _write(tmp_path / "src", {"a.txt": BARE, "c.txt": OTHER})
    cache = tmp_path / "cache"
    build_with_stats(src, cache=cache)
    _write(src, {"b.txt": QUOTED})  # teaches the name a.txt says bare
    assert _run_script(_SCOUT_AND_POOL, src, cache, tmp_path / "inc.ttl") == ["1", "2", "2"]
    fresh = tmp_path / "fresh.ttl"
    build_with_stats(src)[0].to_turtle(fresh)
    assert (tmp_path / "inc.ttl").read_bytes() == fresh.read_bytes()
