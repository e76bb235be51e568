"""The TextStore: the articles' text set aside on disk for the view, read back exactly, from any thread."""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor

from kg.documents import make_document
from kg.texts import Text, TextStore


def _docs(n: int) -> list:
    return [make_document(f"doc{i:03d}.txt", f"第{i}篇。福州市台江区推行“近邻党建”。\n居民{i}人点赞。\n".encode())
            for i in range(n)]


def test_texts_round_trip_each_article_and_know_nothing_else() -> None:
    docs = _docs(20)
    store = TextStore()
    for d in docs:
        store.put(d)
    assert len(store) == 20 and "doc005.txt" in store and "other.txt" not in store
    for d in docs:
        text = store.get(d.file_name)
        assert text == Text.of(d)
        assert text.text == d.text and text.norm == d.norm
        assert list(zip(text.starts, text.ends, strict=True)) == [(s.start, s.end) for s in d.sentences]
    assert store.get("other.txt") is None


def test_texts_written_after_a_read_land_at_the_end() -> None:
    """An append after a read goes to the file's end, not where the read left the file (appends do not seek
    while nothing else moved the file's position: a seek flushes the buffer)."""
    docs = _docs(6)
    store = TextStore()
    for d in docs[:3]:
        store.put(d)
    for d in docs[3:]:
        assert store.get(docs[0].file_name) == Text.of(docs[0])  # the position is now inside the file
        store.put(d)
    assert [store.get(d.file_name) for d in docs] == [Text.of(d) for d in docs]


def test_texts_read_from_many_threads_while_written() -> None:
    """``kg serve`` may draw views from several threads: no read may see another record's bytes."""
    docs = _docs(200)
    store = TextStore()
    for d in docs[:100]:
        store.put(d)

    def read(i: int) -> bool:
        d = docs[i % 100]
        return store.get(d.file_name) == Text.of(d)

    with ThreadPoolExecutor(8) as pool:
        reads = pool.map(read, range(2000))
        for d in docs[100:]:
            store.put(d)
        assert all(reads)
    assert all(store.get(d.file_name) == Text.of(d) for d in docs)


def test_texts_travel_with_a_pickled_graph() -> None:
    docs = _docs(3)
    store = TextStore()
    for d in docs:
        store.put(d)
    copy = pickle.loads(pickle.dumps(store))
    assert [copy.get(d.file_name) for d in docs] == [store.get(d.file_name) for d in docs]
