"""Hostile input and failure (issue 7): nothing crashes, nothing is lost, nothing is injected.

A folder of every kind of bad file builds with exit code 1, names exactly the
files that failed, and exports the rest; a build killed with SIGKILL leaves
the previous export intact; arbitrary Unicode builds, and its Turtle reads
back with exact evidence offsets.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph
import pytest
from hostile_corpus import MAX_BYTES, HostileFolder, make_hostile_folder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, Graph, Literal, URIRef

import kg
import kg.model
from kg.cli import main
from kg.documents import decode
from kg.errors import NoDocumentsError
from kg.normalize import normalise
from kg.ntriples import ntriples_text

ROOT = Path(__file__).resolve().parent.parent
PB = "https://w3id.org/pbkg/ontology#"


def _pb(name: str) -> URIRef:
    return URIRef(PB + name)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> HostileFolder:
    return make_hostile_folder(tmp_path_factory.mktemp("hostile") / "corpus")


@pytest.fixture(scope="module")
def built(hostile: HostileFolder, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str, str]:
    """``kg build`` over the folder, as a user runs it: (output folder, exit code, stdout, stderr)."""
    out = tmp_path_factory.mktemp("hostile-out")
    proc = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(hostile.root), "-o", str(out), "--max-bytes", str(MAX_BYTES),
         "--format", "ttl,nt,html", "--no-progress"],
        capture_output=True, text=True, check=False,
    )
    return out, proc.returncode, proc.stdout, proc.stderr


def _turtle(out: Path) -> Graph:
    return Graph().parse(out / "graph.ttl", format="turtle")


SEED_A, SEED_B = "004_d0b45a15d9d766c4.txt", "002_df2c1c52512f4de2.txt"  # two short seeds with different graphs


def _articles(folder: Path, files: dict[str, str]) -> Path:
    """A folder of articles: file name → the seed whose bytes it holds."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, seed in files.items():
        (folder / name).write_bytes((ROOT / "seeds" / seed).read_bytes())
    return folder


def test_hostile_folder_exits_1_and_lists_exactly_the_failed_files(hostile: HostileFolder,
                                                                   built: tuple[Path, int, str, str]) -> None:
    _, code, _, stderr = built
    assert code == 1, stderr
    failed = dict(re.findall(r"^kg: failed: (.+?): (.+)$", stderr, re.M))
    assert sorted(failed) == sorted(hostile.failed)
    for name, words in hostile.failed.items():
        assert all(w in failed[name] for w in words), (name, failed[name])
    assert f"{len(hostile.failed)} document(s) failed" in stderr
    assert "Traceback" not in stderr


def test_hostile_messages_are_one_line_each_and_name_the_file(built: tuple[Path, int, str, str]) -> None:
    _, _, _, stderr = built
    for line in stderr.splitlines():
        assert line.startswith("kg: "), line


def test_hostile_other_files_are_skipped_with_a_message_and_hidden_ones_ignored(
        hostile: HostileFolder, built: tuple[Path, int, str, str]) -> None:
    _, _, _, stderr = built
    skipped = next(line for line in stderr.splitlines() if "skipped" in line)
    assert f"skipped {len(hostile.skipped)} file(s)" in skipped
    assert all(path in skipped for path in hostile.skipped)
    assert ".hidden" not in stderr and "HEAD" not in stderr


def test_hostile_everything_else_is_exported(hostile: HostileFolder, built: tuple[Path, int, str, str]) -> None:
    out, _, stdout, _ = built
    g = _turtle(out)
    names = {str(o) for o in g.objects(None, _pb("fileName"))}
    assert names == set(hostile.built) | set(hostile.copies)
    assert len(set(g.subjects(RDF.type, _pb("Document")))) == len(hostile.built)
    assert "1 duplicate file counted once" in stdout
    # the articles in every encoding were read: each one's district is in the graph
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    assert {"台江区", "鼓楼区", "仓山区", "晋安区", "马尾区", "长乐区", "闽侯县", "连江县"} <= labels
    assert (out / "graph.nt").stat().st_size > 0 and (out / "graph.html").stat().st_size > 0


def test_hostile_duplicate_is_one_document_with_both_names(hostile: HostileFolder,
                                                            built: tuple[Path, int, str, str]) -> None:
    out, _, _, _ = built
    g = _turtle(out)
    for copy, original in hostile.copies.items():
        doc = g.value(None, _pb("fileName"), Literal(original))
        assert doc is not None
        assert {str(o) for o in g.objects(doc, _pb("fileName"))} == {original, copy}


def test_hostile_same_name_in_two_folders_is_two_documents(built: tuple[Path, int, str, str]) -> None:
    g = _turtle(built[0])
    docs = {str(o): s for s, o in g.subject_objects(_pb("fileName")) if str(o).endswith("index.html")}
    assert sorted(docs) == ["news/index.html", "notice/index.html"]
    assert docs["news/index.html"] != docs["notice/index.html"]


def test_hostile_script_and_style_are_not_text(hostile: HostileFolder, built: tuple[Path, int, str, str]) -> None:
    g = _turtle(built[0])
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    assert "红色领航工作法" in labels  # the page's visible text was read
    assert not any(hostile.script_only[:3] in label for label in labels)
    assert not any("注释里" in label for label in labels)


def test_hostile_turtle_reads_the_same_in_three_parsers(built: tuple[Path, int, str, str], need_tool) -> None:
    out = built[0]
    rapper = need_tool("rapper", "raptor2-utils")
    by_rdflib = len(_turtle(out))
    by_oxigraph = len(list(pyoxigraph.parse(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)))
    proc = subprocess.run([rapper, "-i", "turtle", "-c", str(out / "graph.ttl")], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    by_rapper = int(re.search(r"returned (\d+) triples", proc.stderr).group(1))
    assert by_rdflib == by_oxigraph == by_rapper > 0
    assert Graph().parse(out / "graph.nt", format="nt").isomorphic(_turtle(out))


def test_hostile_names_survive_as_data(built: tuple[Path, int, str, str]) -> None:
    g = _turtle(built[0])
    programs = {str(g.value(p, RDFS.label)) for p in g.subjects(RDF.type, _pb("Program"))}
    # names are normalised (bracketed variants and inner quotes go) but markup stays text
    assert any(p.startswith("<script>") and p.endswith("</script>工作法") for p in programs)
    assert any("\\反斜杠 & 符号" in p and ">" in p for p in programs)
    assert "控制\x01字符\x1b[31m红\x7f机制" in programs
    for s in set(g.subjects()) | {o for o in g.objects() if isinstance(o, URIRef)}:
        assert not re.search(r"[\s<>\"{}|\\^`]", str(s)), s  # IRIs are percent-encoded


def test_hostile_evidence_offsets_index_each_source_exactly(hostile: HostileFolder,
                                                            built: tuple[Path, int, str, str]) -> None:
    g = _turtle(built[0])
    checked = 0
    for ev in g.subjects(RDF.type, _pb("Evidence")):
        doc = g.value(ev, _pb("document"))
        name = str(g.value(doc, _pb("fileName")))
        text = decode((hostile.root / name).read_bytes(), name)
        start, end = int(g.value(ev, _pb("charStart"))), int(g.value(ev, _pb("charEnd")))
        assert text[start:end] == str(g.value(ev, _pb("quote"))), (name, start, end)
        checked += 1
    assert checked >= len(hostile.built)


def test_hostile_html_view_holds_no_live_markup_from_documents(built: tuple[Path, int, str, str]) -> None:
    page = (built[0] / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "<b>粗体</b>" not in page
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert block is not None
    assert "<" not in block.group(1)  # every < of the data is escaped, so nothing in it can close the element
    data = json.dumps(json.loads(block.group(1)), ensure_ascii=False)
    assert "<script>alert" in data  # ... and the name is still there, as data


# ------------------------------------------------------------------ atomic output


def _build_then_kill(src: Path, out: Path, pause_at: str) -> tuple[int, str]:
    """Run ``kg build`` and SIGKILL it when it reaches ``pause_at`` (it waits there to be killed)."""
    code = (
        "import os, sys, time, kg.atomic\n"
        "real = kg.atomic.os.fsync\n"
        f"def pause(fd):\n    print({pause_at!r}, flush=True); time.sleep(60); real(fd)\n"
        "kg.atomic.os.fsync = pause\n"
        "from kg.cli import main\n"
        f"sys.exit(main(['build', {str(src)!r}, '-o', {str(out)!r}, '--no-cache', '--no-progress']))\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    deadline = time.monotonic() + 120
    line = ""
    while time.monotonic() < deadline and pause_at not in line:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            break
    reached = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert pause_at in line, f"the build never reached its export: {proc.stderr.read() if proc.stderr else ''}"
    return proc.returncode, ",".join(reached)


def test_sigkill_during_export_leaves_the_previous_export_intact(tmp_path: Path) -> None:
    src = _articles(tmp_path / "articles", {"a.txt": SEED_A})
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out), "--no-cache", "--no-progress"]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    assert set(before) == {"graph.ttl", "graph.html"}  # besides the folder's lock, .kg-build.lock

    _articles(src, {"b.txt": SEED_B})  # a different graph
    returncode, temporary = _build_then_kill(src, out, "KG-TEST: writing")
    assert returncode == -signal.SIGKILL
    # killed with a new export written, not renamed: the Turtle (in a forked writer) or the view, whichever
    # reached its fsync first (the two race; each pauses there)
    assert temporary and all(t.startswith((".graph.ttl.", ".graph.html.")) for t in temporary.split(",")), temporary
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    assert after == before
    Graph().parse(out / "graph.ttl", format="turtle")  # still a whole file

    assert main(["build", str(src), "-o", str(out), "--no-cache", "--no-progress"]) == 0  # and the next build lands
    assert (out / "graph.ttl").read_bytes() != before["graph.ttl"]


# ------------------------------------------------------------------ property tests

FRAGMENTS = [
    "福建省", "福州市", "台江区", "鼓楼", "瀛洲街道", "社区", "小区", "村", "镇", "县", "高新区", "党委", "党支部",
    "党工委", "楼栋党小组", "党员中心户", "“", "”", "「", "」", "\"", "工作法", "党建", "工程", "机制", "行动",
    "品牌", "推行", "打造", "建立", "304", "三百零四", "1.6万", "个", "余", "多", "。", "，", "、", "-", "→", "—",
    "\n", "\r\n", "\n\n", " ", "\u3000", "记者", "通讯员", "责任编辑：", "<p>", "</p>", "<script>", "&amp;",
    "&#x53F0;", "(", ")", "（", "）", "六级", "格局", "臺江區", "黨建",
]
documents = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join)


def _evidence(g: Graph) -> list[tuple[str, int, int, str]]:
    return [(str(g.value(g.value(ev, _pb("document")), _pb("fileName"))), int(g.value(ev, _pb("charStart"))),
             int(g.value(ev, _pb("charEnd"))), str(g.value(ev, _pb("quote"))))
            for ev in g.subjects(RDF.type, _pb("Evidence"))]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=documents, suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_any_unicode_document_builds_and_reads_back_exactly(text: str, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"doc{suffix}"
        path.write_bytes(text.encode("utf-8"))
        try:
            graph = kg.build(path)
        except NoDocumentsError as exc:  # only a file with no text, or a NUL byte, builds nothing
            visible = normalise(text, is_html=suffix == ".html")
            assert not visible.strip() or "\x00" in text, exc
            return
        assert graph.errors == []
        ttl = graph.turtle()
        g = Graph().parse(data=ttl, format="turtle")
        quads = list(pyoxigraph.parse(ttl.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE))
        assert len(g) == len(quads) > 0
        assert Graph().parse(data=ntriples_text(graph), format="nt").isomorphic(g)  # our two writers agree
        decoded = decode(text.encode("utf-8"), path.name)
        for file_name, start, end, quote in _evidence(g):
            assert file_name == path.name
            assert decoded[start:end] == quote


# ------------------------------------------------------------------ failures of kg's own


def test_an_extractor_crash_costs_only_its_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A bug that one article trips is reported against that article; the build goes on."""
    import kg.extract

    real = kg.extract.extract_document

    def flaky(doc: kg.model.Document) -> kg.model.DocFacts:
        if doc.file_name == "b.txt":
            raise IndexError("string index out of range")
        return real(doc)

    monkeypatch.setattr(kg.extract, "extract_document", flaky)
    src = _articles(tmp_path / "src", {"a.txt": SEED_A, "b.txt": SEED_B})
    assert main(["build", str(src), "-o", str(tmp_path / "out"), "--no-cache", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "kg: failed: b.txt: extraction failed (IndexError: string index out of range)" in err
    g = _turtle(tmp_path / "out")
    assert [str(o) for o in g.objects(None, _pb("fileName"))] == ["a.txt"]


def test_an_unwritable_output_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _articles(tmp_path / "src", {"a.txt": SEED_A})
    blocker = tmp_path / "out"
    blocker.write_text("a file where the output folder should be")
    assert main(["build", str(src), "-o", str(blocker), "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("kg: error: ") and str(blocker) in err


def test_an_output_folder_inside_the_articles_is_never_read_back(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    src = _articles(tmp_path / "articles", {"a.txt": SEED_A})
    for _ in range(2):  # the second build would find the first one's graph.html
        assert main(["build", str(src), "-o", str(src / "out"), "--no-progress", "--force"]) == 0
    reads = [line for line in capsys.readouterr().out.splitlines() if line.startswith("documents read:")]
    assert len(reads) == 2 and all(line.startswith("documents read: 1 ") for line in reads), reads
    g = _turtle(src / "out")
    assert [str(o) for o in g.objects(None, _pb("fileName"))] == ["a.txt"]


def test_a_view_kg_wrote_is_never_read_as_an_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _articles(tmp_path / "articles", {"a.txt": SEED_A})
    assert main(["build", str(src), "-o", str(tmp_path / "out"), "--no-progress"]) == 0
    (src / "old-view.html").write_bytes((tmp_path / "out" / "graph.html").read_bytes())
    capsys.readouterr()
    assert main(["build", str(src), "-o", str(tmp_path / "again"), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "old-view.html" in err and "kg's own views" in err
    g = _turtle(tmp_path / "again")
    assert [str(o) for o in g.objects(None, _pb("fileName"))] == ["a.txt"]


_MARKS = ["“", "”", "服务", "党建", "工作法", "机制", "模式", "、", "等", "个", "—", "+", "社区", "小区", "党委",
          "（", "）", "(", ")", "1", "级", "该县", "全市", "推行", "在", "。", "，", "\n\n"]


def test_hostile_pieces_of_real_articles_with_marks_dropped_in_never_raise() -> None:
    """Slices of every article in the repository, with quotation marks, heads and punctuation dropped in at
    random: extraction must not raise on any (“服务” alone in quotes once lost a whole real article)."""
    import random

    from kg.documents import decode, make_document
    from kg.extract import extract_document
    from kg.metadata import read_metadata

    root = Path(__file__).resolve().parents[1]
    paths = sorted([*root.glob("tests/**/docs/*.txt"), *root.glob("seeds/*")])
    texts = [decode(p.read_bytes(), p.name) for p in paths]  # (tests/fresh holds GB18030 pages too)
    assert len(texts) > 40
    rnd = random.Random(1)
    for _ in range(600):
        text = rnd.choice(texts)
        a = rnd.randrange(len(text))
        chars = list(text[a:a + rnd.randrange(1, 300)])
        for _ in range(rnd.randrange(0, 8)):
            chars.insert(rnd.randrange(len(chars) + 1), rnd.choice(_MARKS))
        piece = "".join(chars)
        try:
            extract_document(read_metadata(make_document("f.txt", f"标题\n\n{piece}\n".encode())))
        except Exception as e:  # any exception is the failure this test is for
            pytest.fail(f"{type(e).__name__}: {e} on {piece!r}")
