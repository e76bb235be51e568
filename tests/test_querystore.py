"""A large Turtle export is parsed once into a store kept beside it (kg.querystore), never answered stale.

The seeds' export stands in for a large one: ``MIN_BYTES`` is lowered to 0
for these tests, so every file is "large".
"""

from __future__ import annotations

import io
import shutil
import tempfile
from pathlib import Path

import pytest

import kg
from kg import querystore
from kg.cli import main
from kg.errors import KgError
from kg.sparql import Result, query

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))


@pytest.fixture(autouse=True)
def _every_file_is_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(querystore, "MIN_BYTES", 0)


@pytest.fixture(scope="module")
def seeds_ttl(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return kg.build(ROOT / "seeds").turtle().encode("utf-8")


@pytest.fixture
def export(tmp_path: Path, seeds_ttl: bytes) -> Path:
    path = tmp_path / "out" / "graph.ttl"
    path.parent.mkdir()
    path.write_bytes(seeds_ttl)
    return path


def _rows(result: Result) -> list[tuple[tuple[str, tuple[str, str, str, str]], ...]]:
    """The rows as comparable values, in a fixed order (a query without ORDER BY may list them in any)."""
    unbound = ("", "", "", "")
    return sorted(tuple(sorted((k, v.key() if v is not None else unbound) for k, v in row.items())) for row in result)


def _stores(path: Path) -> list[str]:
    folder = path.parent / querystore.STORE_DIR
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_the_kept_store_answers_every_saved_query_as_memory_does(export: Path) -> None:
    assert _stores(export) == []
    for q in QUERIES:
        text = q.read_text(encoding="utf-8")
        kept = query(export, text)
        assert _stores(export) == [f"graph.ttl-{querystore.store_key(export)}"]
        assert _rows(kept) == _rows(query(export, text, keep_store=False)), q.name
        assert kept.form == query(export, text, keep_store=False).form


def test_a_second_query_opens_the_store_without_parsing(export: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    query(export, "ASK { ?s ?p ?o }")

    def no_new_store(*args: object, **kwargs: object) -> str:
        raise AssertionError("a store was made again for the same bytes")

    monkeypatch.setattr(querystore.tempfile, "mkdtemp", no_new_store)
    result = query(export, "SELECT (COUNT(*) AS ?n) WHERE { ?s a pb:District }")
    assert int(result[0]["n"]) > 0


def test_changed_bytes_get_a_new_store_and_the_old_one_goes(export: Path) -> None:
    ask = "ASK { <https://w3id.org/pbkg/id/place/x> a pb:District }"
    assert query(export, ask).boolean is False
    first = _stores(export)
    with export.open("a", encoding="utf-8") as f:
        f.write("\n<https://w3id.org/pbkg/id/place/x> a <https://w3id.org/pbkg/ontology#District> .\n")
    assert query(export, ask).boolean is True  # never the old store's answer
    second = _stores(export)
    assert len(second) == 1 and second != first


def test_a_folder_that_cannot_hold_a_store_is_queried_in_memory(export: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(querystore.tempfile, "mkdtemp", refused)
    assert query(export, "ASK { ?s a pb:District }").boolean is True
    assert not any(p.suffix == ".tmp" for p in (export.parent / querystore.STORE_DIR).iterdir())


def test_a_file_that_is_not_turtle_leaves_nothing_behind(tmp_path: Path) -> None:
    bad = tmp_path / "graph.ttl"
    bad.write_text("<a> <b> this is not Turtle .\n", encoding="utf-8")
    with pytest.raises(KgError, match="cannot read as Turtle"):
        query(bad, "ASK { ?s ?p ?o }")
    assert _stores(bad) == []


def test_two_queries_making_the_store_at_once_read_one(export: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = tempfile.mkdtemp

    def other_query_finishes_first(*args: object, **kwargs: object) -> str:
        made = real(*args, **kwargs)  # type: ignore[call-overload]
        monkeypatch.setattr(querystore.tempfile, "mkdtemp", real)
        querystore.kept_store(export)  # the other query, start to finish, while this one parses
        return made

    monkeypatch.setattr(querystore.tempfile, "mkdtemp", other_query_finishes_first)
    assert query(export, "ASK { ?s a pb:District }").boolean is True
    assert _stores(export) == [f"graph.ttl-{querystore.store_key(export)}"]  # one store, no half-made ones


def test_cli_no_store_and_a_new_build_clears_the_stores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ROOT / "seeds" / sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))[0], src / "a.txt")
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out), "--no-progress"]) == 0
    graph = out / "graph.ttl"
    assert main(["query", "--no-store", str(graph), "ASK { ?s ?p ?o }"]) == 0
    assert _stores(graph) == []
    assert main(["query", str(graph), "ASK { ?s ?p ?o }"]) == 0
    assert len(_stores(graph)) == 1
    assert main(["build", str(src), "-o", str(out), "--no-progress", "--force"]) == 0
    assert not (out / querystore.STORE_DIR).exists()
    capsys.readouterr()


def _ask_new_triple(where: Path | object) -> bool:
    return bool(query(where, "ASK { <https://w3id.org/pbkg/id/place/x> a pb:District }").boolean)


NEW_TRIPLE = "\n<https://w3id.org/pbkg/id/place/x> a <https://w3id.org/pbkg/ontology#District> .\n"


@pytest.mark.parametrize("damage", ["tables gone", "CURRENT garbled", "a block garbled"])
def test_a_damaged_store_gives_way_to_the_file_and_is_made_again(export: Path, damage: str) -> None:
    everything = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"  # reads every block of the store
    expected = _rows(query(export, everything, keep_store=False))
    query(export, "ASK { ?s ?p ?o }")
    [name] = _stores(export)
    store = export.parent / querystore.STORE_DIR / name
    if damage == "tables gone":
        for sst in store.glob("*.sst"):
            sst.unlink()
    elif damage == "a block garbled":  # the store opens, and fails as the query reads it
        for sst in store.glob("*.sst"):
            data = bytearray(sst.read_bytes())
            if len(data) > 10_000:  # a table of triples, not the small one of names
                for i in range(len(data) // 3, len(data) // 3 + 64):
                    data[i] ^= 0xFF
                sst.write_bytes(bytes(data))
    else:
        (store / "CURRENT").write_text("MANIFEST-999999\n")
    assert _rows(query(export, everything)) == expected
    query(export, "ASK { ?s ?p ?o }")
    assert querystore.kept_store(export) is not None  # a sound store again


def test_a_file_replaced_while_its_store_is_made_is_not_stored_under_its_old_name(
        export: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = export.read_bytes()
    real_key = querystore._key

    def then_replaced(f: object) -> str:
        key = real_key(f)  # type: ignore[arg-type]
        fresh = export.with_name("fresh.tmp")
        fresh.write_bytes(old + NEW_TRIPLE.encode("utf-8"))
        fresh.replace(export)  # as kg build and --update replace an export
        return key

    monkeypatch.setattr(querystore, "_key", then_replaced)
    store = querystore.kept_store(export)
    monkeypatch.setattr(querystore, "_key", real_key)
    assert store is not None and _ask_new_triple(store) is False  # the bytes its name says: the old ones
    assert _stores(export) == [f"graph.ttl-{real_key(io.BytesIO(old))}"]
    assert _ask_new_triple(export) is True  # the file as it is now, through a store of its own


def test_a_store_that_cannot_be_made_leaves_the_file_to_answer(export: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyoxigraph

    class NoRoom:
        def __init__(self, path: str) -> None:
            raise OSError(28, "No space left on device")

        read_only = staticmethod(pyoxigraph.Store.read_only)

    shim = type("ox", (), {"Store": NoRoom, "RdfFormat": pyoxigraph.RdfFormat, "__version__": pyoxigraph.__version__})
    monkeypatch.setattr(querystore, "ox", shim)
    assert query(export, "ASK { ?s a pb:District }").boolean is True
    assert _stores(export) == []  # no half-made store left


def test_a_file_whose_name_is_not_utf8_is_queried_in_memory(tmp_path: Path, seeds_ttl: bytes) -> None:
    import os

    path = Path(os.fsdecode(tmp_path / os.fsdecode(b"gr\xffaph.ttl")))
    path.write_bytes(seeds_ttl)
    assert query(path, "ASK { ?s a pb:District }").boolean is True
