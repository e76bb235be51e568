"""jieba's prefix dictionary, loaded from kg's own copy: the same table as jieba's, and never a copy that
someone else could have written."""

from __future__ import annotations

import os
from pathlib import Path

import jieba
import pytest

from kg.lexicon import load_dictionary, two_word_verb


@pytest.fixture(scope="module")
def reference() -> tuple[dict[str, int], int]:
    dt = jieba.Tokenizer()
    dt.initialize()  # jieba's own loading
    return dt.FREQ, dt.total


def _loaded(folder: Path, monkeypatch: pytest.MonkeyPatch, *, jieba_may_load: bool) -> jieba.Tokenizer:
    """A fresh tokenizer loaded by kg; ``jieba_may_load``: whether the word list itself must be read."""
    calls = []
    generate = jieba.Tokenizer.gen_pfdict

    def counted(f: object) -> tuple[dict[str, int], int]:
        calls.append(1)
        return generate(f)

    monkeypatch.setattr(jieba.Tokenizer, "gen_pfdict", staticmethod(counted))
    dt = jieba.Tokenizer()
    load_dictionary(dt, folder)
    monkeypatch.undo()
    assert bool(calls) == jieba_may_load
    assert dt.initialized
    return dt


def _copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("jieba-*.pickle"))


def test_lexicon_dictionary_copy_is_made_once_and_holds_jiebas_table(tmp_path: Path, reference: tuple,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "kg"
    first = _loaded(folder, monkeypatch, jieba_may_load=True)
    (copy,) = _copies(folder)
    assert not os.stat(folder).st_mode & 0o077 and not os.stat(copy).st_mode & 0o022
    second = _loaded(folder, monkeypatch, jieba_may_load=False)  # from the copy alone
    assert (first.FREQ, first.total) == (second.FREQ, second.total) == reference
    text = "福州市鼓楼区推行近邻党建工作法"
    assert second.lcut(text, HMM=False) == first.lcut(text, HMM=False)


@pytest.mark.parametrize("trouble", ["others can write the copy", "others can write the folder", "torn copy",
                                     "not a table"])
def test_lexicon_dictionary_copy_not_trusted_is_not_read(tmp_path: Path, reference: tuple, trouble: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import pickle

    folder = tmp_path / "kg"
    _loaded(folder, monkeypatch, jieba_may_load=True)
    (copy,) = _copies(folder)
    if trouble == "others can write the copy":
        os.chmod(copy, 0o666)
    elif trouble == "others can write the folder":
        os.chmod(folder, 0o777)
    elif trouble == "torn copy":
        copy.write_bytes(copy.read_bytes()[:1000])
    else:
        copy.write_bytes(pickle.dumps(("not", "a table")))
    dt = _loaded(folder, monkeypatch, jieba_may_load=True)
    assert (dt.FREQ, dt.total) == reference


def test_lexicon_dictionary_copy_is_never_made_from_jiebas_shared_cache(tmp_path: Path, reference: tuple,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """jieba reads its cache in the shared temporary folder whoever wrote it: kg's copy is made from the
    word list, so a table planted there is neither used nor kept."""
    import marshal
    import tempfile

    shared = tmp_path / "shared"
    shared.mkdir()
    with (shared / "jieba.cache").open("wb") as f:
        marshal.dump(({"示范": 1}, 1), f)
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(shared))
    dt = jieba.Tokenizer()
    load_dictionary(dt, tmp_path / "kg")
    assert (dt.FREQ, dt.total) == reference


def test_lexicon_custom_dictionary_is_left_to_jieba(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    words = tmp_path / "dict.txt"
    words.write_text("近邻党建 5 n\n工作法 3 n\n", encoding="utf-8")
    dt = jieba.Tokenizer(str(words))
    dt.tmp_dir = str(tmp_path)  # jieba's own cache of it, out of the shared temporary folder
    load_dictionary(dt, tmp_path / "kg")
    assert dt.initialized and dt.FREQ["近邻党建"] == 5
    assert not (tmp_path / "kg").exists()


@pytest.mark.parametrize(("token", "verb"), [
    ("大力发展", True), ("建立健全", True), ("积极开展", True),  # entries of jieba's for verb phrases
    ("发展壮大", True), ("大力开展", True),  # (tagged l and nt)
    ("充分发挥", True),  # an adverb and a verb, though jieba tags the entry a noun
    ("综合执法", False),  # a noun of jieba's
    ("城市管理", False),  # no single entry
    ("发展", False),  # a verb, but one word
])
def test_lexicon_two_word_verb(token: str, verb: bool) -> None:
    assert two_word_verb(token) is verb
