"""kg: knowledge graphs of Chinese grassroots party-building articles.

The library API mirrors the CLI: ``kg.build(paths)`` returns a
``KnowledgeGraph`` (``kg build``), ``kg.query(graph_or_path, sparql)`` returns
rows (``kg query``). Heavy dependencies load on first use, not at import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "__version__", "build", "query"]

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph


def build(paths: Any, **options: Any) -> KnowledgeGraph:
    from kg.pipeline import build as _build

    return _build(paths, **options)


def query(graph_or_path: Any, sparql: str, **options: Any) -> Any:
    from kg.sparql import query as _query

    return _query(graph_or_path, sparql, **options)


def __getattr__(name: str) -> Any:
    if name == "KnowledgeGraph":
        from kg.graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(name)
