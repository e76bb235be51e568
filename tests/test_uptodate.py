"""``kg build`` into a folder that already holds the exports of the same inputs writes nothing (kg.uptodate).

Every test builds once, then changes one thing and checks whether the
second build runs: by its output, and by whether the exports were written
again. A file changed within ``RACY_NS`` of the record must not pass as
unchanged (its times may not show a change made in the same clock tick),
and a test's articles were all written a moment ago (``os.utime`` can date
a file's modification back, never its change time): outside the one test
of that rule, the window is closed.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kg import uptodate
from kg.cli import main

ARTICLE_A = "成都市武侯区推行“红色管家”工作法，全区共建立小区党支部120个。\n"
ARTICLE_B = "福州市鼓楼区推行“近邻党建”工作模式，全区共建立楼栋党小组85个。\n"
OLD = time.time() - 3600  # an hour ago
REAL_RACY_NS = uptodate.RACY_NS


@pytest.fixture(autouse=True)
def _no_racy_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(uptodate, "RACY_NS", 0)


def _articles(folder: Path, texts: dict[str, str], *, age: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        if age:
            os.utime(path, (OLD, OLD))
    return folder


def _build(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["build", *argv, "--no-progress"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _stamps(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in sorted(out.glob("graph.*"))}


@pytest.fixture
def built(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, str]:
    """A folder of two aged articles built once: (articles, output folder, what the build printed)."""
    src = _articles(tmp_path / "in", {"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    out = tmp_path / "out"
    code, printed, _ = _build(capsys, str(src), "-o", str(out))
    assert code == 0 and "documents read: 2" in printed
    return src, out, printed


def test_nothing_changed_writes_nothing_and_says_so(built: tuple[Path, Path, str],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    src, out, first = built
    before = _stamps(out)
    code, printed, _ = _build(capsys, str(src), "-o", str(out))
    assert code == 0
    assert "is up to date" in printed and "documents read" not in printed
    assert _stamps(out) == before  # neither export was written again
    said = [line for line in first.splitlines() if line.startswith(("entities:", "facts:", "open ", "query "))]
    assert said and all(line in printed.splitlines() for line in said)  # the graph's summary, as the build said it


@pytest.mark.parametrize("change", ["edit", "add", "remove", "rename", "touch"])
def test_a_changed_article_builds_again(built: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str],
                                        change: str) -> None:
    src, out, _ = built
    if change == "edit":
        (src / "b.txt").write_text(ARTICLE_B.replace("85", "86"), encoding="utf-8")
    elif change == "add":
        (src / "c.txt").write_text(ARTICLE_A.replace("武侯区", "锦江区"), encoding="utf-8")
    elif change == "remove":
        (src / "b.txt").unlink()
    elif change == "rename":
        (src / "b.txt").rename(src / "z.txt")
    else:
        os.utime(src / "b.txt", (OLD + 1, OLD + 1))  # same bytes, another time: built again (make's rule)
    for p in src.iterdir():
        os.utime(p, (OLD + 5, OLD + 5))  # out of the racy window again: only the change itself counts
    code, printed, _ = _build(capsys, str(src), "-o", str(out))
    assert code == 0 and "is up to date" not in printed and "documents read:" in printed
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    if change == "edit":
        assert '"86"^^xsd:integer' in ttl or "pb:value 86" in ttl
    if change == "add":
        assert "锦江区" in ttl
    if change == "remove":
        assert "b.txt" not in ttl
    if change == "rename":
        assert '"z.txt"' in ttl and '"b.txt"' not in ttl


@pytest.mark.parametrize("extra", [["--format", "ttl"], ["--format", "ttl,html,nt"], ["--max-bytes", "100000"],
                                   ["--force"]])
def test_other_options_or_force_build_again(built: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str],
                                            extra: list[str]) -> None:
    src, out, _ = built
    code, printed, _ = _build(capsys, str(src), "-o", str(out), *extra)
    assert code == 0 and "is up to date" not in printed and "documents read: 2" in printed


def test_jobs_do_not_count_as_a_change(built: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    src, out, _ = built  # --jobs changes how the exports are made, never what they hold
    code, printed, _ = _build(capsys, str(src), "-o", str(out), "--jobs", "1")
    assert code == 0 and "is up to date" in printed


@pytest.mark.parametrize("tamper", ["delete", "append", "record"])
def test_an_export_or_record_touched_since_builds_again(built: tuple[Path, Path, str],
                                                        capsys: pytest.CaptureFixture[str], tamper: str) -> None:
    src, out, _ = built
    good = (out / "graph.ttl").read_bytes()
    if tamper == "delete":
        (out / "graph.html").unlink()
    elif tamper == "append":  # as kg query --update or an editor would change it
        with (out / "graph.ttl").open("ab") as f:
            f.write(b"# edited\n")
    else:
        (out / uptodate.RECORD_NAME).write_text("{not json", encoding="utf-8")
    code, printed, _ = _build(capsys, str(src), "-o", str(out))
    assert code == 0 and "documents read: 2" in printed
    assert (out / "graph.html").exists() and (out / "graph.ttl").read_bytes() == good


def test_a_new_version_of_kg_builds_again(built: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    src, out, _ = built
    monkeypatch.setattr(uptodate, "code_version", lambda: "another kg")
    code, printed, _ = _build(capsys, str(src), "-o", str(out))
    assert code == 0 and "documents read: 2" in printed


def test_articles_changed_just_before_the_record_are_read_again(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(uptodate, "RACY_NS", REAL_RACY_NS)
    src = _articles(tmp_path / "in", {"a.txt": ARTICLE_A}, age=False)  # written in the racy window
    out = tmp_path / "out"
    assert _build(capsys, str(src), "-o", str(out))[0] == 0
    code, printed, _ = _build(capsys, str(src), "-o", str(out))
    assert code == 0 and "documents read: 1" in printed  # its time cannot vouch for its bytes: built again


def test_a_build_with_failed_documents_is_tried_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _articles(tmp_path / "in", {"a.txt": ARTICLE_A})  # a failure need not be the file's (an I/O error)
    (src / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out"
    for _ in range(2):
        code, printed, err = _build(capsys, str(src), "-o", str(out))
        assert code == 1 and "kg: failed: broken.txt: " in err and "documents read: 1" in printed
    assert not (out / uptodate.RECORD_NAME).exists()


def test_a_file_name_that_is_not_utf8_is_fingerprinted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _articles(tmp_path / "in", {"a.txt": ARTICLE_A})
    try:
        (src / os.fsdecode(b"\xffimg.jpg")).write_bytes(b"\xff\xd8")  # skipped, but listed by name
    except (OSError, UnicodeError):
        pytest.skip("this filesystem takes only UTF-8 names")
    out = tmp_path / "out"
    assert _build(capsys, str(src), "-o", str(out))[0] == 0
    code, printed, _ = _build(capsys, str(src), "-o", str(out))
    assert code == 0 and "is up to date" in printed


@pytest.mark.parametrize("text", ["1", "null", '"x"', "[]", "{not json",
                                  '{"format": 1, "fingerprint": 5}', "KEEP:outputs=\"ab\"", "KEEP:outputs=[[1, [0]]]",
                                  "KEEP:outputs=[[\"graph.ttl\"]]", "KEEP:taken_ns=\"1\"", "KEEP:summary=\"abc\"",
                                  "KEEP:extra=1"])
def test_a_record_edited_by_hand_means_build(built: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str],
                                             text: str) -> None:
    src, out, _ = built
    path = out / uptodate.RECORD_NAME
    if text.startswith("KEEP:"):  # the real record (matching fingerprint) with one field made wrong
        field, value = text[5:].split("=", 1)
        raw = json.loads(path.read_text(encoding="utf-8"))
        raw[field] = json.loads(value)
        text = json.dumps(raw)
    path.write_text(text, encoding="utf-8")
    for extra in ([], ["--force"]):
        path.write_text(text, encoding="utf-8")
        code, printed, err = _build(capsys, str(src), "-o", str(out), *extra)
        assert code == 0 and "documents read: 2" in printed and "Traceback" not in err


def test_no_cache_keeps_no_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _articles(tmp_path / "in", {"a.txt": ARTICLE_A})
    out = tmp_path / "out"
    for _ in range(2):
        code, printed, _ = _build(capsys, str(src), "-o", str(out), "--no-cache")
        assert code == 0 and "documents read: 1" in printed
    assert not (out / uptodate.RECORD_NAME).exists()


def test_a_build_that_fails_leaves_no_record(built: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    src, out, _ = built
    import kg.exporters

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.exporters, "export", broken)
    assert _build(capsys, str(src), "-o", str(out), "--force")[0] == 2
    assert not (out / uptodate.RECORD_NAME).exists()  # the next build cannot take the folder as done
    monkeypatch.undo()
    code, printed, _ = _build(capsys, str(src), "-o", str(out))
    assert code == 0 and "documents read: 2" in printed


def _waiting_build(src: Path, out: Path) -> tuple[subprocess.Popen[str], str]:
    """Start ``kg build`` in another process and return it with its first line on stderr (within a minute)."""
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(src), "-o", str(out), "--no-progress"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stderr, selectors.EVENT_READ)
        ready = sel.select(timeout=60)
    line = proc.stderr.readline() if ready else ""
    return proc, line


def test_a_second_build_into_the_folder_waits_for_the_first(built: tuple[Path, Path, str]) -> None:
    src, out, _ = built
    before = _stamps(out)
    with uptodate.locked(out):  # as a build in progress holds it
        proc, line = _waiting_build(src, out)
        try:
            assert "waiting for another build" in line and str(out) in line
            time.sleep(0.5)
            assert proc.poll() is None, "the second build finished while the first held the folder"
            assert _stamps(out) == before and (out / uptodate.RECORD_NAME).exists()  # it wrote nothing meanwhile
        except BaseException:
            proc.kill()
            proc.communicate()
            raise
    printed, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "documents read: 2" in printed or "is up to date" in printed  # racy window open in that process


def test_a_killed_build_leaves_no_lock_behind(tmp_path: Path) -> None:
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys, time\nfrom kg import uptodate\n"
                               f"with uptodate.locked({str(out)!r}):\n"
                               "    print('held', flush=True)\n    time.sleep(600)\n"],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    waited: list[bool] = []
    holder.kill()
    holder.wait(timeout=60)
    with uptodate.locked(out, waiting=lambda: waited.append(True)):
        pass
    assert not waited  # the operating system released the dead build's lock


def test_a_killed_build_s_workers_do_not_keep_its_lock(tmp_path: Path) -> None:
    """A forked worker that outlives its killed build (as pool workers can) must not hold the folder."""
    out = tmp_path / "out"
    # The worker says it has started before its pid is printed: fork returns in a child only after the
    # fork hooks have run there, so a busy machine that is slow to schedule the child cannot fail the test.
    holder = subprocess.Popen([sys.executable, "-c",
                               "import os, sys, time\nfrom kg import uptodate\n"
                               "started, tell = os.pipe()\n"
                               f"with uptodate.locked({str(out)!r}):\n"
                               "    child = os.fork()\n"
                               "    if child == 0:\n        os.write(tell, b'.')\n        time.sleep(600)\n"
                               "        os._exit(0)\n"
                               "    os.read(started, 1)\n    print(child, flush=True)\n    time.sleep(600)\n"],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    worker = int(holder.stdout.readline())
    try:
        holder.kill()
        holder.wait(timeout=60)
        os.kill(worker, 0)  # the worker lives on

        def held() -> None:
            raise AssertionError("the dead build's worker still holds the folder")

        with uptodate.locked(out, waiting=held):
            pass
    finally:
        os.kill(worker, signal.SIGKILL)


def test_the_lock_admits_one_holder_at_a_time(tmp_path: Path) -> None:
    events: list[str] = []
    asked = threading.Event()

    def second() -> None:
        with uptodate.locked(tmp_path, waiting=asked.set):
            events.append("second in")

    with uptodate.locked(tmp_path):
        events.append("first in")
        thread = threading.Thread(target=second)
        thread.start()
        assert asked.wait(timeout=60), "the second holder did not find the folder taken"
        time.sleep(0.2)
        events.append("first out")
    thread.join(timeout=60)
    assert events == ["first in", "first out", "second in"]



def test_a_folder_that_cannot_be_locked_is_built_unlocked(built: tuple[Path, Path, str],
                                                          capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A lock file that cannot be made (a folder not ours) or locked (a mount without locks) stops nothing."""
    import errno
    import fcntl

    src, out, _ = built
    real_open = os.open

    def no_lock_file(path: object, *args: object, **kwargs: object) -> int:
        if str(path).endswith(uptodate.LOCK_NAME):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    with monkeypatch.context() as m:
        m.setattr(uptodate.os, "open", no_lock_file)
        code, printed, _ = _build(capsys, str(src), "-o", str(out))
    assert code == 0 and "is up to date" in printed

    def no_locks(fd: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    code, printed, _ = _build(capsys, str(src), "-o", str(out), "--force")
    assert code == 0 and "documents read: 2" in printed
