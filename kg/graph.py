"""The built knowledge graph: resolved entities and facts, plus views of them.

``KnowledgeGraph`` is what ``kg.build`` returns. Everything in it is already
sorted, so every exporter that walks it in order is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.model import Document, Entity, Implementation, Statistic, TierStructure

if TYPE_CHECKING:
    import networkx as nx

    from kg.texts import TextStore


@dataclass
class KnowledgeGraph:
    documents: list[Document] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)  # id -> Entity, sorted by id
    implementations: list[Implementation] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    structures: list[TierStructure] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line per document that failed
    skipped: list[str] = field(default_factory=list)  # files in the folders given that are not documents
    # Where the view finds the sentences it shows, since a built graph does not hold the corpus text
    # (neither is exported; both absent for a graph made by hand): the texts the build set aside on
    # disk, else each file read again, if unchanged since the build.
    texts: TextStore | None = field(default=None, compare=False, repr=False)
    sources: dict[str, Path] = field(default_factory=dict, compare=False, repr=False)

    # ------------------------------------------------------------ derived facts

    def part_of_pairs(self) -> list[tuple[str, str]]:
        return sorted((e.id, e.part_of) for e in self.entities.values() if e.part_of)

    def implements_pairs(self) -> list[tuple[str, str]]:
        return sorted({(i.agent, i.program) for i in self.implementations})

    def sub_tier_pairs(self) -> list[tuple[str, str]]:
        """(child, parent) for each adjacent pair of every stated structure."""
        pairs = set()
        for st in self.structures:
            for parent, child in zip(st.levels, st.levels[1:], strict=False):
                if parent != child:
                    pairs.add((child, parent))
        return sorted(pairs)

    def edges(self) -> list[tuple[str, str, str]]:
        """(source id, target id, relation) between entities, sorted."""
        out = [(s, o, "partOf") for s, o in self.part_of_pairs()]
        out += [(s, o, "implements") for s, o in self.implements_pairs()]
        out += [(s, o, "subTierOf") for s, o in self.sub_tier_pairs()]
        for st in self.structures:
            for tier in dict.fromkeys(st.levels):
                out.append((st.owner, tier, "hasTier"))
        return sorted(set(out))

    def counts(self) -> dict[str, int]:
        by_class: dict[str, int] = {}
        for e in self.entities.values():
            by_class[e.cls] = by_class.get(e.cls, 0) + 1
        return dict(sorted(by_class.items()))

    # ------------------------------------------------------------------ views

    @property
    def networkx(self) -> nx.MultiDiGraph:
        """Entities as nodes (attributes: cls, label, alt_labels, code, documents)."""
        import networkx as nx

        g = nx.MultiDiGraph()
        for e in self.entities.values():
            g.add_node(
                e.id,
                cls=e.cls,
                label=e.label,
                alt_labels=sorted(e.alt_labels),
                code=e.code or "",
                documents=sorted(e.documents),
                mentions=e.mentions,
            )
        for s, o, rel in self.edges():
            g.add_edge(s, o, key=rel, relation=rel)
        return g

    # -------------------------------------------------------------- exporters

    def to_turtle(self, path: str | Path) -> Path:
        from kg.turtle import write_turtle

        return write_turtle(self, Path(path))

    def turtle(self) -> str:
        from kg.turtle import turtle_text

        return turtle_text(self)

    def to_html(self, path: str | Path) -> Path:
        from kg.html import write_html

        return write_html(self, Path(path))

    def to_ntriples(self, path: str | Path) -> Path:
        from kg.ntriples import write_ntriples

        return write_ntriples(self, Path(path))

    def to_jsonld(self, path: str | Path) -> Path:
        from kg.jsonld import write_jsonld

        return write_jsonld(self, Path(path))

    def to_graphml(self, path: str | Path) -> Path:
        from kg.graphml import write_graphml

        return write_graphml(self, Path(path))

    def to_csv(self, folder: str | Path) -> tuple[Path, Path]:
        """``folder/nodes.csv`` and ``folder/edges.csv`` for neo4j-admin import."""
        from kg.csvexport import write_csv

        return write_csv(self, Path(folder))

    def export(self, outdir: str | Path, formats: str | Iterable[str] = ("ttl", "html"), *,
               parallel: bool | None = None) -> list[Path]:
        """Write every format named (``"ttl,nt,jsonld,graphml,csv,html"``) into ``outdir``.

        ``parallel``: the view and the other formats side by side (None: where
        forking is safe; see ``kg.exporters.export``).
        """
        from kg.exporters import export

        return export(self, outdir, formats, parallel=parallel)
