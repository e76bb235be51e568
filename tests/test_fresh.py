"""Ninety-two real pages nobody annotated (tests/fresh/): what a build must hold on any input, read back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kg
from kg.documents import decode, read_bytes

FRESH = Path(__file__).resolve().parent / "fresh"
_SENTENCE_MARKS = re.compile("[。！？；]")


@pytest.mark.parametrize("batch", ["a", "b", "c", "d"])
def test_fresh_pages_build_whole_and_cite_what_they_say(tmp_path: Path, batch: str) -> None:
    """Every page builds (GB18030 and Traditional script among them); every fact's evidence is the text at
    its offsets in the file as decoded; no entity's name runs across a sentence; the shapes accept it."""
    folder = FRESH / batch / "docs"
    graph = kg.build(folder)
    assert graph.errors == []
    assert len(graph.documents) == len(list(folder.glob("*.txt")))
    texts = {p.name: decode(read_bytes(p), p.name) for p in folder.glob("*.txt")}
    titled = [doc for doc in graph.documents if doc.title]  # (a page opening with its body or clutter has none)
    assert titled
    for doc in titled:  # decoded, whatever the encoding
        assert "\ufffd" not in doc.title and re.search("[\u4e00-\u9fff]", doc.title), doc.file_name
    facts = [*graph.implementations, *graph.statistics, *graph.structures]
    assert facts
    for fact in facts:
        for ev in fact.evidence:
            assert texts[ev.file_name][ev.start:ev.end] == ev.quote, (ev.file_name, ev.start)
    for entity in graph.entities.values():
        assert entity.label and not _SENTENCE_MARKS.search(entity.label), entity.label
    graph.to_turtle(tmp_path / "graph.ttl")
    report = kg.validate(tmp_path / "graph.ttl")
    assert report.conforms, report.text()
