"""Which files ``kg build --format`` writes, and the one function that writes them.

Each format is a name, the file(s) it produces in the output folder and the
exporter that writes them; every exporter writes atomically (temporary file,
then rename) and deterministically. ``export`` is what the CLI and
``KnowledgeGraph.export`` call.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.errors import KgError
from kg.graph import KnowledgeGraph

# name -> (files written, what it is for); the order is the order of writing.
FORMATS: dict[str, tuple[tuple[str, ...], str]] = {
    "ttl": (("graph.ttl",), "Turtle RDF in the public vocabulary"),
    "nt": (("graph.nt",), "N-Triples, for bulk loaders and line tools"),
    "jsonld": (("graph.jsonld",), "JSON-LD with the context of ontology/context.jsonld"),
    "graphml": (("graph.graphml",), "GraphML for Gephi, Cytoscape, yEd"),
    "csv": (("nodes.csv", "edges.csv"), "node and relationship CSV for neo4j-admin import"),
    "html": (("graph.html",), "interactive network view (offline)"),
}
DEFAULT_FORMATS = ("ttl", "html")


class FormatError(KgError):
    """An export format name that kg does not know."""


def parse_formats(spec: str | Iterable[str]) -> list[str]:
    """``"ttl,nt"`` or ``["ttl", "nt"]`` → ``["ttl", "nt"]`` in writing order, duplicates dropped."""
    names = [n.strip().lower() for n in (spec.split(",") if isinstance(spec, str) else spec)]
    names = [n for n in names if n]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        what = ", ".join(unknown) if unknown else "none given"
        raise FormatError(f"unknown export format: {what} (choose from {', '.join(FORMATS)})")
    return [n for n in FORMATS if n in names]


def export(graph: KnowledgeGraph, outdir: str | Path, formats: str | Iterable[str] = DEFAULT_FORMATS) -> list[Path]:
    """Write the graph in each format into ``outdir``; return the paths written, in order."""
    out = Path(outdir)
    written: list[Path] = []
    for name in parse_formats(formats):
        if name == "ttl":
            written.append(graph.to_turtle(out / "graph.ttl"))
        elif name == "nt":
            written.append(graph.to_ntriples(out / "graph.nt"))
        elif name == "jsonld":
            written.append(graph.to_jsonld(out / "graph.jsonld"))
        elif name == "graphml":
            written.append(graph.to_graphml(out / "graph.graphml"))
        elif name == "csv":
            written.extend(graph.to_csv(out))
        elif name == "html":
            written.append(graph.to_html(out / "graph.html"))
    return written
