"""kg: knowledge graphs of Chinese grassroots party-building articles.

The library API mirrors the CLI: ``kg.build(paths)`` returns a
``KnowledgeGraph`` (``kg build``) and ``kg.export(graph, outdir, formats)``
writes its files; ``kg.query(graph_or_path, sparql)`` returns rows (``kg
query``); ``kg.validate(path)`` returns a SHACL report (``kg validate``);
``kg.make_server(path)`` returns a SPARQL endpoint to ``serve_forever`` (``kg
serve``). Heavy dependencies load on first use, not at import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "__version__", "build", "export", "make_server", "query", "validate"]

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph


def build(paths: Any, **options: Any) -> KnowledgeGraph:
    from kg.pipeline import build as _build

    return _build(paths, **options)


def query(graph_or_path: Any, sparql: str, **options: Any) -> Any:
    from kg.sparql import query as _query

    return _query(graph_or_path, sparql, **options)


def export(graph: KnowledgeGraph, outdir: Any, formats: Any = ("ttl", "html"), **options: Any) -> Any:
    from kg.exporters import export as _export

    return _export(graph, outdir, formats, **options)


def validate(graph_or_path: Any, **options: Any) -> Any:
    from kg.shacl import validate as _validate

    return _validate(graph_or_path, **options)


def make_server(graph_path: Any, **options: Any) -> Any:
    from kg.server import make_server as _make_server

    return _make_server(graph_path, **options)


def __getattr__(name: str) -> Any:
    if name == "KnowledgeGraph":
        from kg.graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(name)
