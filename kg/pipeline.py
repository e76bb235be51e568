"""The ordered stages of a build: read → normalise → extract → resolve.

``build`` is what ``kg build`` and a notebook call. Each document is read and
extracted on its own, so one bad file costs only itself: its error is
recorded on the graph and the others still build.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.documents import MAX_BYTES, iter_files, load_document
from kg.errors import DocumentError, NoDocumentsError
from kg.extract import extract_document, known_program_names, link_known_programs
from kg.graph import KnowledgeGraph
from kg.metadata import read_metadata
from kg.model import DocFacts
from kg.resolve import resolve

STAGES = ("read", "metadata", "extract", "resolve")


def process_file(path: Path, *, max_bytes: int = MAX_BYTES) -> DocFacts:
    """One file through every per-document stage."""
    doc = load_document(path, max_bytes=max_bytes)
    read_metadata(doc)
    return extract_document(doc)


def build(paths: str | Path | Iterable[str | Path], *, max_bytes: int = MAX_BYTES) -> KnowledgeGraph:
    """Build a knowledge graph from files or folders of .txt, .md and .html articles."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    results: list[DocFacts] = []
    errors: list[str] = []
    seen_hashes: dict[str, str] = {}
    files = list(iter_files(paths))
    for path in files:
        try:
            facts = process_file(path, max_bytes=max_bytes)
        except DocumentError as exc:
            errors.append(str(exc))
            continue
        if facts.doc.sha256 in seen_hashes:
            continue  # the same bytes under another name: counted once
        seen_hashes[facts.doc.sha256] = facts.doc.file_name
        results.append(facts)
    if not results:
        reason = "; ".join(errors) if errors else "no .txt, .md or .html files found"
        raise NoDocumentsError(f"nothing to build: {reason}")
    names = known_program_names(results)
    for facts in results:
        link_known_programs(facts, names)
    graph = resolve(results)
    graph.errors = errors
    return graph
