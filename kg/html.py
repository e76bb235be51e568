"""Interactive network view of a ``KnowledgeGraph``: one self-contained HTML file.

The view is meant for an analyst who would rather look than read: a class
filter and colour legend, a search box that understands Traditional script
and aliases, a side panel with every fact and the evidence sentences of a
clicked node, node sizes by degree or mentions, a force or a layered layout,
and graphs of thousands of nodes that settle in seconds.

pyvis's templates are not used: even its ``cdn_resources="in_line"`` mode
still loads Bootstrap and tom-select from CDNs, its select menu garbles
Chinese, and its HTML titles can inject markup. So the page is rendered here
from its own data (``page_data``; ``build_network`` hands the same data to a
notebook as a pyvis ``Network``), with the vis-network build that pyvis ships
inlined, and nothing in it may reach the network:

* the vis-network JS/CSS are inlined; their ``sourceMappingURL`` comments are
  dropped and the ``http(s)://`` strings in them (licence comments, an error
  text, the SVG namespace) are rewritten with JS escapes (``:\\/\\/``), which
  keep their value but leave no URL in the file;
* every piece of graph data travels as JSON in a non-executed
  ``<script type="application/json">`` block with ``< > & /`` and U+2028/2029
  escaped, read with ``textContent`` + ``JSON.parse``; the page script builds
  every visible string with ``textContent`` or text nodes, never ``innerHTML``,
  so a label such as ``</script><img onerror=…>`` is shown, never run;
* a Content-Security-Policy meta tag (``default-src 'none'``, scripts allowed
  only by their sha256) makes the browser refuse any fetch or injected script
  that slipped past the points above.

Everything that can be computed ahead is computed here rather than in the
browser, because Python runs once and deterministically while the page runs
on every open: start positions, the layers of the layered layout, the
evidence sentences and their highlighted spans, and the Traditional →
Simplified character map the search box uses. Output is a pure function of
the graph: no timestamps, no random values, every collection sorted.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import html
import importlib.util
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import islice
from operator import attrgetter, gt, itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg import nameindex
from kg.atomic import write_atomic
from kg.errors import KgError
from kg.model import ENTITY_CLASSES
from kg.nameindex import occurrences, positions

if TYPE_CHECKING:
    from pyvis.network import Network

    from kg.graph import KnowledgeGraph
    from kg.model import Document, Entity, Evidence
    from kg.texts import Text, TextStore

__all__ = ["MAX_VISIBLE", "MAX_VISIBLE_EDGES", "build_network", "html_text", "page_data", "write_html"]

# Entities of these classes are bookkeeping: documents are drawn from
# ``kg.documents`` instead, one node per article, so they are never drawn twice.
HIDDEN_CLASSES = frozenset({"Document"})
DOCUMENT_CLASS = "Document"
MENTIONS = "mentions"  # the relation from a document node to what it mentions

# Colours chosen to stay distinguishable (Tableau 10); one per public class.
CLASS_COLORS = {
    "Province": "#e15759",
    "City": "#f28e2b",
    "District": "#edc948",
    "Township": "#59a14f",
    "Community": "#76b7b2",
    "Program": "#b07aa1",
    "OrgTier": "#4e79a7",
    "Organization": "#9c755f",
    "Person": "#ff9da7",
    DOCUMENT_CLASS: "#8c8c8c",
}
FALLBACK_COLOR = "#bab0ac"
CLASS_NAMES_ZH = {
    "Province": "省",
    "City": "市",
    "District": "区县",
    "Township": "乡镇街道",
    "Community": "社区村",
    "Program": "项目",
    "OrgTier": "组织层级",
    "Organization": "组织",
    "Person": "人物",
    DOCUMENT_CLASS: "文章",
}
# Classes switched off when the page opens: every entity links to the
# articles that mention it, so a few document hubs would pull the whole
# drawing together; the analyst switches them on when wanted.
CLASSES_OFF_BY_DEFAULT = frozenset({DOCUMENT_CLASS})
RELATION_COLORS = {
    "partOf": "#9aa5b1",
    "implements": "#c0392b",
    "subTierOf": "#2c7fb8",
    "hasTier": "#2e8b57",
    MENTIONS: "#c8c8c8",
}
RELATION_NAMES_ZH = {
    "partOf": "隶属",
    "implements": "实施",
    "subTierOf": "下级层级",
    "hasTier": "设有层级",
    MENTIONS: "提及",
}
# Parent → child direction of each relation, for the layered layout: a part
# sits below its whole, a program below who implements it, a tier below the
# tier above it. ``mentions`` is left out: articles are sources, not parents.
_DOWNWARD = {"partOf": False, "subTierOf": False, "hasTier": True, "implements": True}

# System fonts only: a web font would be a network request. Covers Windows
# (YaHei, SimHei), macOS (PingFang, Hiragino, Heiti) and Linux (Noto, Source
# Han, WenQuanYi, Droid) before the generic fallback.
FONT_STACK = (
    '"PingFang SC","Hiragino Sans GB","Heiti SC","Microsoft YaHei","SimHei",'
    '"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","WenQuanYi Micro Hei",'
    '"Droid Sans Fallback",sans-serif'
)

NODE_SIZE_MIN = 8.0
NODE_SIZE_MAX = 36.0
DOC_LABEL_MAX = 16  # characters of a title drawn on the canvas; the panel shows all
LAYOUT_SPACING = 60.0  # distance scale between neighbouring nodes of one class
LAYOUT_GAP = 240.0  # free space between two class clusters
GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))
# Layered layout: horizontal and vertical distances, and the widest row
# before a layer wraps onto another row (160 programs on one line is useless).
LAYER_DX, LAYER_DY, LAYER_ROW_MAX = 110.0, 150.0, 40
# Physics work budget, in node-iterations: vis's barnesHut costs roughly
# 15-20 µs per node per iteration in headless Chromium, so the budget keeps
# stabilisation near 2-3 s whatever the size (5k nodes: 30 iterations).
# vis stops earlier once settled; either way physics is then switched off.
STABILIZATION_BUDGET = 150_000
STABILIZATION_MIN, STABILIZATION_MAX = 10, 600
# Above this many visible nodes the page opens on the best-connected ones,
# with a note and a button to show all, instead of making the browser crawl.
MAX_VISIBLE = 3000
# ... and it stops adding them before the relations among them pass this many:
# vis spends tens of microseconds on each drawn relation whenever a selection
# dims the rest, so 3,000 dense nodes (86,000 relations in a 50 MB corpus)
# took 15 s per click in headless Chromium; at this many, about 1.5-2 s.
MAX_VISIBLE_EDGES = 12_000
TOOLTIP_MAX_DOCS = 8
EVIDENCE_MAX = 12  # evidence sentences stored per node; the panel says how many more exist
EDGE_EVIDENCE_MAX = 6
SHORTEST_NAME = 2  # a one-character name would highlight every other sentence

VIS_DIR = ("templates", "lib", "vis-9.1.2")
ASSETS = "html_assets"


# ------------------------------------------------------------------ public API


def html_text(kg: KnowledgeGraph, *, max_visible: int = MAX_VISIBLE,
              max_visible_edges: int = MAX_VISIBLE_EDGES) -> str:
    """The complete, self-contained HTML page for ``kg``.

    ``max_visible`` is the number of nodes above which the page opens on a
    filtered default view (the best-connected nodes) with a note;
    ``max_visible_edges`` bounds the relations among them. The page's
    tables are hundreds of thousands of small acyclic objects: the cyclic
    collector is paused while they are made (a third of the time otherwise).
    """
    from kg.collector import collector_paused

    with collector_paused():
        return "".join(_render(page_data(kg, max_visible=max_visible, max_visible_edges=max_visible_edges)))


def write_html(kg: KnowledgeGraph, path: str | Path, *, max_visible: int = MAX_VISIBLE,
               max_visible_edges: int = MAX_VISIBLE_EDGES) -> Path:
    """Write the page to ``path`` atomically, so a reader never sees half a file.

    The page is streamed to the file in pieces: held whole, as text and
    then as bytes, it was the largest part of a large build's memory.
    """
    from kg.collector import collector_paused

    path = Path(path)
    with collector_paused():
        write_atomic(path, _render(page_data(kg, max_visible=max_visible, max_visible_edges=max_visible_edges)))
    return path


def build_network(kg: KnowledgeGraph, *, max_visible: int = MAX_VISIBLE,
                  max_visible_edges: int = MAX_VISIBLE_EDGES) -> Network:
    """A pyvis ``Network`` holding the page's nodes, edges and vis options, for a notebook to show or change.

    Edges carry their ends (indices into ``nodes``), relation (an index into
    ``kg_view["relations"]``) and evidence only; the page script gives them
    ids, colours, labels and dashes from the relations table. The page's own
    settings (limits, the search map, the evidence table) ride along in
    ``net.kg_view``, which pyvis ignores. ``net.nodes``/``net.edges`` are
    assigned directly: pyvis's ``add_node`` and ``from_nx`` loops cost
    seconds on large graphs, for the same result.
    """
    from pyvis.network import Network

    data = page_data(kg, max_visible=max_visible, max_visible_edges=max_visible_edges)
    net = Network(height="100%", width="100%", directed=True)
    net.nodes, net.edges, net.options = data.pop("nodes"), data.pop("edges"), data.pop("options")
    net.node_ids = [n["id"] for n in net.nodes]
    net.kg_view = data
    return net


def page_data(kg: KnowledgeGraph, *, max_visible: int = MAX_VISIBLE,
              max_visible_edges: int = MAX_VISIBLE_EDGES) -> dict[str, Any]:
    """Everything the page script reads: the nodes, the edges, the vis options and the side tables.

    Written pages are made from this without pyvis: importing it (with the
    networkx and IPython it imports) cost 0.4 s of every build's view, for
    a data holder the page does not need. Its vis-network build is still
    the one inlined (``_vis_assets``).
    """
    view = _ViewData.of(kg)
    shown = _default_visible(view.nodes, view.edges, max_visible, max_visible_edges)
    return {
        "nodes": view.nodes,
        "edges": view.edges,
        "options": _options(len(shown), len(view.edges)),
        "classes": view.classes,
        "relations": view.relations,
        "documents": view.documents,
        "sentences": view.sentences,
        "t2s": _t2s_map(view.nodes),
        "maxVisible": max_visible,
        "maxVisibleEdges": max_visible_edges,
        "defaultVisible": len(shown),
        "stabilization": {
            "budget": STABILIZATION_BUDGET,
            "min": STABILIZATION_MIN,
            "max": STABILIZATION_MAX,
        },
        "tooltipMaxDocs": TOOLTIP_MAX_DOCS,
        "layer": {"dx": LAYER_DX, "dy": LAYER_DY, "rowMax": LAYER_ROW_MAX},
    }


def default_visible_ids(kg: KnowledgeGraph, *, max_visible: int = MAX_VISIBLE,
                        max_visible_edges: int = MAX_VISIBLE_EDGES) -> list[str]:
    """Ids of the nodes the page shows when it opens, in importance order.

    The page computes the same set in JavaScript; this is the Python
    statement of the rule, for tests and for callers that want to know.
    """
    view = _ViewData.of(kg)
    return [n["id"] for n in _default_visible(view.nodes, view.edges, max_visible, max_visible_edges)]


# ------------------------------------------------------------------ graph data


def _default_visible(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], max_visible: int,
                     max_edges: int) -> list[dict[str, Any]]:
    """Nodes of default-on classes, best-connected first: at most ``max_visible``, and no more once
    the relations among those taken would pass ``max_edges`` (the page's ``computeVisible``)."""
    touching: list[list[int]] = [[] for _ in nodes]  # each edge under both ends, a loop once
    for e in edges:
        touching[e["f"]].append(e["t"])
        if e["t"] != e["f"]:
            touching[e["t"]].append(e["f"])
    order = sorted((i for i, n in enumerate(nodes) if n["kgClass"] not in CLASSES_OFF_BY_DEFAULT),
                   key=lambda i: nodes[i]["kgRank"])
    taken: set[int] = set()
    shown: list[dict[str, Any]] = []
    drawn = 0
    for i in order:
        more = sum(1 for j in touching[i] if j in taken or j == i)
        if len(shown) >= max_visible or drawn + more > max_edges:
            break
        taken.add(i)
        shown.append(nodes[i])
        drawn += more
    return shown


def _class_order(classes: set[str]) -> list[str]:
    """Public vocabulary order first, then any other class alphabetically, documents last."""
    known = [c for c in ENTITY_CLASSES if c in classes]
    rest = sorted(classes - set(ENTITY_CLASSES) - {DOCUMENT_CLASS})
    return known + rest + ([DOCUMENT_CLASS] if DOCUMENT_CLASS in classes else [])


def _relation_order(present: set[str]) -> list[str]:
    return [r for r in RELATION_COLORS if r in present] + sorted(present - set(RELATION_COLORS))


@lru_cache(maxsize=4096)  # degrees and mention counts: a few hundred values, asked of every node twice
def _size(value: int) -> float:
    """Grows with the log of the value, clamped so hubs don't swallow the view."""
    size = NODE_SIZE_MIN + 4.0 * math.log2(1 + max(value, 0))
    return round(min(size, NODE_SIZE_MAX), 1)


def document_node_id(doc: Document) -> str:
    """Same identifier the Turtle export gives the document (``kg.resolve.document_id``)."""
    return f"doc/{doc.sha256[:16]}"


def _document_ids(docs: list[Document]) -> dict[str, str]:
    """File name → node id; a repeated hash (a hand-made graph) gets a numbered id, as vis needs unique ids."""
    out: dict[str, str] = {}
    used: set[str] = set()
    last: dict[str, int] = {}  # base → the number its last copy got: thousands of copies are not recounted
    for d in docs:
        base = node_id = document_node_id(d)
        k = last.get(base, 1)
        if k > 1:
            node_id = f"{base}-{k}"
        while node_id in used:
            k += 1
            node_id = f"{base}-{k}"
        last[base] = k
        used.add(node_id)
        out[d.file_name] = node_id
    return out


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class _ViewData:
    """Nodes, edges and side tables of the page, computed once from the graph."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    classes: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    documents: list[list[str]] = field(default_factory=list)
    sentences: list[list[Any]] = field(default_factory=list)

    @classmethod
    def of(cls, kg: KnowledgeGraph) -> _ViewData:
        entities = [kg.entities[k] for k in sorted(kg.entities) if kg.entities[k].cls not in HIDDEN_CLASSES]
        shown = {e.id for e in entities}
        docs = sorted(kg.documents, key=lambda d: d.file_name)
        doc_ids = _document_ids(docs)
        doc_index = {d.file_name: i for i, d in enumerate(docs)}
        # Entities may cite files the graph holds no Document for (a hand-made
        # graph, a failed read): they are listed by name, but get no node.
        cited = sorted(set().union(*(e.documents for e in entities)) - doc_index.keys())
        table = [[d.file_name, d.title or ""] for d in docs] + [[name, ""] for name in cited]
        doc_index.update({name: len(docs) + i for i, name in enumerate(cited)})

        edges = [edge for edge in kg.edges() if edge[0] in shown and edge[1] in shown]
        # (document, entity, mentions) in order: the documents' ids sorted, each one's entities sorted
        mentioned: dict[str, list[str]] = defaultdict(list)
        for e in entities:
            for f in e.documents:
                if f in doc_ids:
                    mentioned[doc_ids[f]].append(e.id)
        edges += [(d, i, MENTIONS) for d in sorted(mentioned) for i in sorted(mentioned[d])]
        degree = Counter(map(itemgetter(0), edges))
        degree.update(map(itemgetter(1), edges))

        evidence = _Evidence(kg, docs)
        nodes = [_entity_node(e, doc_index, degree[e.id], evidence) for e in entities]
        nodes += [_document_node(d, doc_ids[d.file_name], doc_index, degree[doc_ids[d.file_name]]) for d in docs]
        nodes.sort(key=lambda n: n["id"])
        _add_stats_and_structures(kg, nodes, evidence)
        _place(nodes, edges)
        _rank(nodes)

        view = cls(nodes=nodes, documents=table)
        counts: dict[str, int] = defaultdict(int)
        for n in nodes:
            counts[n["kgClass"]] += 1
        view.classes = [_class_entry(c, counts[c]) for c in _class_order(set(counts))]
        rel_counts = Counter(map(itemgetter(2), edges))
        view.relations = [_relation_entry(r, rel_counts[r]) for r in _relation_order(set(rel_counts))]
        at = {n["id"]: i for i, n in enumerate(nodes)}
        rel_at = {r["name"]: i for i, r in enumerate(view.relations)}
        with_facts = evidence.edge_facts  # the others (every document's mentions) have no evidence
        view.edges = [_edge(at[s], at[o], rel_at[r], evidence.for_edge(s, o, r) if (s, o, r) in with_facts else [])
                      for s, o, r in edges]
        view.sentences = evidence.table()
        return view


def _entity_node(e: Entity, doc_index: dict[str, int], degree: int, evidence: _Evidence) -> dict[str, Any]:
    """One vis node; ``kg*`` fields feed the panel, the filter and the search box."""
    refs, total = evidence.for_entity(e)
    return {
        "id": e.id,
        "label": e.label,
        "color": CLASS_COLORS.get(e.cls, FALLBACK_COLOR),
        "kgClass": e.cls,
        "kgAliases": sorted(a for a in e.alt_labels if a != e.label),
        "kgCode": e.code or "",
        "kgDocs": sorted(map(doc_index.__getitem__, e.documents)),
        "kgMentions": e.mentions,
        "kgDegree": degree,
        "kgSizes": [_size(degree), _size(e.mentions)],
        "kgEvidence": refs,
        "kgEvidenceTotal": total,
    }


def _document_node(doc: Document, node_id: str, doc_index: dict[str, int], degree: int) -> dict[str, Any]:
    """An article as a node: its title on the canvas, its links to what it mentions."""
    title = doc.title or doc.file_name
    return {
        "id": node_id,
        "label": _short(title, DOC_LABEL_MAX),
        "color": CLASS_COLORS[DOCUMENT_CLASS],
        "shape": "square",
        "kgClass": DOCUMENT_CLASS,
        "kgAliases": sorted({title, doc.file_name} - {_short(title, DOC_LABEL_MAX)}),
        "kgCode": "",
        "kgDocs": [doc_index[doc.file_name]],
        "kgMentions": degree,
        "kgDegree": degree,
        "kgSizes": [_size(degree), _size(degree)],
        "kgEvidence": [],
        "kgEvidenceTotal": 0,
    }


def _add_stats_and_structures(kg: KnowledgeGraph, nodes: list[dict[str, Any]], evidence: _Evidence) -> None:
    """Counts stated about a node and the tier structures it declares, each with its sentence."""
    by_id = {n["id"]: n for n in nodes}
    for n in nodes:
        n["kgStats"] = []
        n["kgStructures"] = []
    for st in sorted(kg.statistics, key=lambda s: (s.about, s.thing, str(s.value), s.unit)):
        node = by_id.get(st.about)
        if node is None:
            continue
        ref = evidence.ref(st.evidence[0], (st.about,)) if st.evidence else None
        value = int(st.value) if float(st.value).is_integer() else st.value
        node["kgStats"].append([st.thing, value, st.unit, st.approximate, ref])
    for ts in sorted(kg.structures, key=lambda s: (s.owner, s.levels)):
        node = by_id.get(ts.owner)
        if node is None:
            continue
        ref = evidence.ref(ts.evidence[0], (ts.owner, *ts.levels)) if ts.evidence else None
        node["kgStructures"].append([list(ts.levels), ts.level_count, ref])


def _edge(src: int, dst: int, relation: int, evidence: list[list[Any]]) -> dict[str, Any]:
    """One edge as the page data holds it: its ends and relation by index, and its evidence.

    The page script turns the indices into node ids and a relation name,
    and gives the edge its id (``e`` + its index), colour, label and dashes
    from the relations table (``_relation_entry``): repeated for each of a
    hundred thousand edges, they were most of the page's bytes.
    """
    return {"f": src, "t": dst, "r": relation, "kgEvidence": evidence}


def _class_entry(cls: str, count: int) -> dict[str, Any]:
    return {
        "name": cls,
        "zh": CLASS_NAMES_ZH.get(cls, ""),
        "color": CLASS_COLORS.get(cls, FALLBACK_COLOR),
        "count": count,
        "on": cls not in CLASSES_OFF_BY_DEFAULT,
    }


def _relation_entry(relation: str, count: int) -> dict[str, Any]:
    """A relation's legend entry, and how its edges are drawn (``edgeLabel``, ``dashes``)."""
    return {
        "name": relation,
        "zh": RELATION_NAMES_ZH.get(relation, ""),
        "color": RELATION_COLORS.get(relation, FALLBACK_COLOR),
        "count": count,
        # hundreds of dashed "提及" (mentions) labels would bury the other labels
        "edgeLabel": "" if relation == MENTIONS else RELATION_NAMES_ZH.get(relation, relation),
        "dashes": relation == MENTIONS,
    }


def _rank(nodes: list[dict[str, Any]]) -> None:
    """Importance order for the large-graph default view: degree, then mentions, then id."""
    order = sorted(nodes, key=lambda n: (-n["kgDegree"], -n["kgMentions"], n["id"]))
    for i, n in enumerate(order):
        n["kgRank"] = i


# -------------------------------------------------------------------- evidence


class _Evidence:
    """Evidence sentences of nodes and edges, as references into one sentence table.

    A node's sentences are those of the facts it takes part in, then those of
    its documents that name it (label or alias, matched on the normalised
    text, so a Traditional article counts). Each reference carries the spans
    to highlight, in the coordinates of the text shown, so the page needs no
    string matching of its own.

    Articles are read one at a time (from memory, from the ``TextStore`` the
    build set their text aside in, or again from their source files) and
    only the sentences the page can show are kept: at most ``EVIDENCE_MAX``
    naming sentences per node plus the facts' own, so memory follows the
    graph, not the corpus.
    """

    def __init__(self, kg: KnowledgeGraph, docs: list[Document]) -> None:
        self.doc_order = {d.file_name: i for i, d in enumerate(docs)}
        self.sentence_index: dict[tuple[str, int, int], int] = {}
        self.rows: list[tuple[str, int, int, str]] = []  # file, start, end, text shown
        self.offsets: list[Sequence[int]] = []  # per row: shown index → source offset
        self.names: dict[str, list[str]] = {}
        self._longest: dict[str, list[str]] = {}  # entity → its names, longest first
        for e in kg.entities.values():
            names = self.names[e.id] = _match_names([e.label, *sorted(e.alt_labels)])
            self._longest[e.id] = sorted(names, key=_length_first)
        self.facts: dict[str, list[Evidence]] = defaultdict(list)
        self.edge_facts: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
        for impl in kg.implementations:  # a fact's evidence at once: for_entity reads which sentences, and first quotes
            if impl.evidence:
                self.facts[impl.agent].extend(impl.evidence)
                self.facts[impl.program].extend(impl.evidence)
                self.edge_facts[(impl.agent, impl.program, "implements")].extend(impl.evidence)
        for st in kg.statistics:
            self.facts[st.about].extend(st.evidence)
        for ts in kg.structures:
            for ev in ts.evidence:
                for who in dict.fromkeys((ts.owner, *ts.levels)):
                    self.facts[who].append(ev)
                for tier in dict.fromkeys(ts.levels):
                    self.edge_facts[(ts.owner, tier, "hasTier")].append(ev)
                for parent, child in zip(ts.levels, ts.levels[1:], strict=False):
                    self.edge_facts[(child, parent, "subTierOf")].append(ev)
        self.mentioning: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        self.sentences: dict[tuple[str, int, int], _Sentence] = {}
        self.row_sentences: list[_Sentence | None] = []  # per row: its sentence, for its spans
        # every fact's (start, end) by file: the evidence of the implementations, counts and structures,
        # which the facts above hold (each piece of evidence under each party of its fact)
        fact_keys: dict[str, set[tuple[int, int]]] = defaultdict(set)
        for evs in (*(impl.evidence for impl in kg.implementations), *(st.evidence for st in kg.statistics),
                    *(ts.evidence for ts in kg.structures)):
            for ev in evs:
                fact_keys[ev.file_name].add((ev.start, ev.end))
        # Documents are in file-name order, so where every fact's file is one of them, sorting by the
        # evidence's own (file, start, end) is sorting by _order, without a Python call per evidence
        known = all(name in self.doc_order for name in fact_keys)
        self.order: Callable[[Evidence], Any] = attrgetter("file_name", "start", "end") if known else self._order
        self._read_sentences(kg, docs, fact_keys)

    def _read_sentences(self, kg: KnowledgeGraph, docs: list[Document],
                        fact_keys: dict[str, set[tuple[int, int]]]) -> None:
        """One pass over the articles: the sentences naming each node, and the text of those shown."""
        from kg.documents import is_html

        named_in: dict[str, list[str]] = defaultdict(list)
        for e in kg.entities.values():
            for file_name in e.documents:
                named_in[file_name].append(e.id)
        no_names: list[str] = []
        for d in docs:
            text = _text_of(d, kg.texts, kg.sources.get(d.file_name))
            if text is None:
                continue
            file_name = d.file_name
            keep = set(fact_keys.get(file_name, ()))
            named = sorted(named_in.get(file_name, ()))
            src = text.at  # sentences are keyed as evidence is, by the source's offsets (kg.text.evidence)
            starts, ends = text.starts, text.ends
            naming = _Naming(text, [self.names.get(entity_id, no_names) for entity_id in named])
            for entity_id in named:
                found = self.mentioning[entity_id]
                for i in naming.sentences(self.names.get(entity_id, no_names)):
                    start, end = starts[i], ends[i]
                    if src is not None:
                        start, end = src[start], src[end]
                    if len(found) < EVIDENCE_MAX:
                        keep.add((start, end))
                    found.append((file_name, start, end))
            html_source = is_html(file_name)
            in_view = {} if src is None else {(src[a], src[b]): (a, b) for a, b in zip(starts, ends, strict=True)}
            size = len(text.text)
            for start, end in keep:
                if 0 <= start <= end <= size:
                    a, b = in_view.get((start, end), (start, end))
                    self.sentences[(file_name, start, end)] = _sentence(text, a, b, html_source)

    # -- references

    def _row(self, file_name: str, start: int, end: int, quote: str) -> int:
        key = (file_name, start, end)
        row = self.sentence_index.get(key)
        if row is None:
            sent = self.sentences.get(key)
            if sent is not None and sent.text == quote:
                shown, offsets = sent.shown, sent.offsets
            else:  # no source text to align with: show the quote as recorded
                shown, offsets = quote, range(start, start + len(quote))
            row = self.sentence_index[key] = len(self.rows)
            self.rows.append((file_name, start, end, shown))
            self.offsets.append(offsets)
            self.row_sentences.append(sent)
        return row

    def _spans(self, row: int, names: list[str]) -> list[list[int]]:
        """Non-overlapping [start, end) spans, in shown coordinates, naming any of ``names`` (longest first)."""
        sent = self.row_sentences[row]
        if sent is None:
            return []
        norm = sent.norm
        found: list[tuple[int, int]] = []  # a sentence names a node a few times at most: a list to check
        for name in names:
            if name not in norm:  # as most of an edge's two ends' names are not: no search started
                continue
            width = len(name)
            for at in positions(norm, name):
                end_at = at + width
                for a, b in found:
                    if at < b and a < end_at:
                        break  # inside a longer name already marked (台江 in 台江区)
                else:
                    found.append((at, end_at))
        if not found:
            return []
        if len(found) > 1:
            found.sort()
        offsets = self.offsets[row]
        view_start = sent.view_start
        spans = []
        if type(offsets) is range:  # plain text: each shown char at the next offset, so no search
            first, size = view_start - offsets.start, len(offsets)
            for a, b in found:
                lo, hi = first + a, first + b
                lo = 0 if lo < 0 else size if lo > size else lo
                hi = 0 if hi < 0 else size if hi > size else hi
                if hi > lo:
                    spans.append([lo, hi])
            return spans
        for a, b in found:
            lo = bisect.bisect_left(offsets, view_start + a)
            hi = bisect.bisect_left(offsets, view_start + b)
            if hi > lo:
                spans.append([lo, hi])
        return spans

    def _longest_first(self, ids: tuple[str, ...]) -> list[str]:
        """The names of ``ids``, longest first, so 台江区 is marked before 台江 (each entity's sorted once)."""
        if len(ids) == 1:
            return self._longest.get(ids[0], [])
        if len(ids) == 2:  # an edge's ends: most have a name each, and their two lists are sorted already
            a, b = self._longest.get(ids[0], []), self._longest.get(ids[1], [])
            if not a or not b or a == b:
                return a or b
            if len(a) == 1 and len(b) == 1:
                return [a[0], b[0]] if _length_first(a[0]) < _length_first(b[0]) else [b[0], a[0]]
        return sorted({n for i in ids for n in self._longest.get(i, ())}, key=_length_first)

    def ref(self, ev: Evidence, ids: tuple[str, ...]) -> list[Any]:
        return self._ref(ev, self._longest_first(ids))

    def _ref(self, ev: Evidence, names: list[str]) -> list[Any]:
        row = self._row(ev.file_name, ev.start, ev.end, ev.quote)
        return [row, self._spans(row, names)]

    def for_entity(self, e: Entity) -> tuple[list[list[Any]], int]:
        """(at most ``EVIDENCE_MAX`` references, how many sentences there are in all)."""
        keys: dict[tuple[str, int, int], str] = {}
        for ev in sorted(self.facts.get(e.id, []), key=self.order):
            keys.setdefault((ev.file_name, ev.start, ev.end), ev.quote)
        for key in self.mentioning.get(e.id, []):
            keys.setdefault(key, "")
        out = []
        names = self._longest.get(e.id, [])
        for key, quote in keys.items():
            if len(out) == EVIDENCE_MAX:
                break
            sent = self.sentences.get(key)
            row = self._row(*key, quote or (sent.text if sent else ""))
            out.append([row, self._spans(row, names)])
        return out, len(keys)

    def for_edge(self, src: str, dst: str, relation: str) -> list[list[Any]]:
        evs = self.edge_facts.get((src, dst, relation))
        if not evs:
            return []
        if len(evs) > 1:
            evs = sorted(evs, key=self.order)
        out: list[list[Any]] = []
        seen = set()
        names = self._longest_first((src, dst))  # the ends' names, once per edge
        for ev in evs:
            if len(out) == EDGE_EVIDENCE_MAX:
                break
            key = (ev.file_name, ev.start, ev.end)
            if key in seen:
                continue
            seen.add(key)
            out.append(self._ref(ev, names))
        return out

    def _order(self, ev: Evidence) -> tuple[int, int, int]:
        return (self.doc_order.get(ev.file_name, len(self.doc_order)), ev.start, ev.end)

    def table(self) -> list[list[Any]]:
        """[document index, text shown] per referenced sentence."""
        return [[self.doc_order.get(f, -1), shown] for f, _s, _e, shown in self.rows]


def _length_first(name: str) -> tuple[int, str]:
    return (-len(name), name)


def _match_names(names: list[str]) -> list[str]:
    """Names as they appear in normalised text (Simplified, width-folded), long enough to mean something."""
    from kg.normalize import fold_width, to_simplified

    out = {fold_width(to_simplified(n)).strip() for n in names}
    return sorted(n for n in out if len(n) >= SHORTEST_NAME)


@dataclass(slots=True)
class _Sentence:
    """One sentence the page may show: as written, normalised, and as shown with each char's offset."""

    text: str
    norm: str
    shown: str
    offsets: Sequence[int]  # each shown char's offset in the view: a range, or an array (as_shown)
    view_start: int  # where ``norm`` begins in the view (the source's offset, but where glosses were dropped)


def _sentence(text: Text, start: int, end: int, html_source: bool) -> _Sentence:
    """The sentence as written, and as shown: without markup for an HTML source, each char's offset kept."""
    if text.at is None and not html_source:  # plain text: shown as written (as_shown's own first case)
        written = text.text[start:end]
        return _Sentence(written, text.norm[start:end], written, range(start, end), start)
    from kg.normalize import as_shown

    shown, offsets = as_shown(text.text, text.norm, start, end, is_html=html_source, at=text.at)
    a, b = (start, end) if text.at is None else (text.at[start], text.at[end])
    return _Sentence(text.text[a:b], text.norm[start:end], shown, offsets, start)


class _Naming:
    """The sentences of one article that hold each of some names (normalised text), found once per name.

    An article whose entities have a few names is searched once per name with ``str.find``, as each
    is first asked for, the sentence found by bisection; one whose entities have
    ``kg.nameindex.NAMES_BY_FIND`` names or more is searched once for all of them
    (``kg.nameindex.occurrences``, which looks each sentence's windows up in the names).
    A name's sentences are a sorted list, kept for every entity of the article that has the name.
    """

    def __init__(self, text: Text, names: list[list[str]]) -> None:
        self.norm, self.starts, self.ends = text.norm, text.starts, text.ends
        if len(self.starts) != len(self.ends):
            raise ValueError("the sentences' starts and ends differ in number")
        if any(map(gt, self.ends, islice(self.starts, 1, None))):  # as occurrences would refuse them
            raise ValueError("occurrences: the spans must be in order and apart")
        self.hits: dict[str, list[int]] = {}  # name → the indices of the sentences holding it, in order
        if sum(map(len, names)) >= nameindex.NAMES_BY_FIND:
            wanted = {n for ns in names for n in ns}
            found: dict[str, set[int]] = {n: set() for n in wanted}
            for i, _, name in occurrences(self.norm, wanted, list(zip(self.starts, self.ends, strict=True))):
                found[name].add(i)
            self.hits = {n: sorted(found[n]) for n in wanted}

    def sentences(self, names: list[str]) -> list[int]:
        """The indices of the sentences holding any of ``names``, in order."""
        if len(names) == 1:
            return self._holding(names[0])
        held = [hit for hit in map(self._holding, names) if hit]  # most of an entity's other names are not
        if len(held) == 1:
            return held[0]
        return sorted(set().union(*held))

    def _holding(self, name: str) -> list[int]:
        hit = self.hits.get(name)
        if hit is None:
            hit = self.hits[name] = []
            if name:
                norm, starts, ends, width = self.norm, self.starts, self.ends, len(name)
                at = norm.find(name)
                while at >= 0:
                    i = bisect.bisect_right(starts, at) - 1
                    if i >= 0 and at + width <= ends[i] and (not hit or hit[-1] != i):
                        hit.append(i)
                    at = norm.find(name, at + 1)
        return hit


def _text_of(doc: Document, texts: TextStore | None, source: Path | None) -> Text | None:
    """``doc``'s text and sentences: as held, as set aside by the build, or read again from its file.

    A file is read again only if unchanged since the build (else offsets would not fit; the quotes still show).
    """
    from kg.texts import Text

    if doc.text and doc.sentences:
        return Text.of(doc)
    if texts is not None:
        held = texts.get(doc.file_name)
        if held is not None:
            return held
    if source is None:
        return None
    from kg.documents import make_document
    from kg.errors import DocumentError

    try:
        data = source.read_bytes()
        if hashlib.sha256(data).hexdigest() != doc.sha256:
            return None  # changed since the build: offsets would not fit; the quotes still show
        return Text.of(make_document(doc.file_name, data))
    except (OSError, DocumentError):
        return None


# ---------------------------------------------------------------------- layout


def _place(nodes: list[dict[str, Any]], edges: list[tuple[str, str, str]]) -> None:
    """Start positions for the force layout (``x``/``y``) and the layers of the layered one.

    Both are computed here, deterministically, so the page only has to
    relax the force layout for a bounded number of iterations and can switch
    to the layered layout without running vis's hierarchical solver.
    """
    positions = _class_discs(nodes)
    for n in nodes:
        n["x"], n["y"] = positions[n["id"]]
    layer, order = _layers([n["id"] for n in nodes], edges)
    for n in nodes:
        n["kgLayer"] = layer[n["id"]]
        n["kgOrder"] = order[n["id"]]


def _class_discs(nodes: list[dict[str, Any]]) -> dict[str, tuple[float, float]]:
    """Deterministic start positions: one sunflower disc per class on a ring.

    O(n) and seed-free, unlike a spring layout; the most-connected nodes sit
    in the middle of their class's disc. Physics then only has to pull
    linked nodes together instead of untangling a random start.
    """
    by_class: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n in nodes:
        by_class[n["kgClass"]].append(n)
    order = _class_order(set(by_class))
    radii = [LAYOUT_SPACING * math.sqrt(len(by_class[c])) for c in order]
    centres = _ring_centres(radii)
    positions: dict[str, tuple[float, float]] = {}
    for c, (cx, cy) in zip(order, centres, strict=True):
        members = sorted(by_class[c], key=lambda n: (-n["kgDegree"], -n["kgMentions"], n["id"]))
        for i, n in enumerate(members):
            r = LAYOUT_SPACING * math.sqrt(i + 0.5)
            theta = i * GOLDEN_ANGLE
            positions[n["id"]] = (round(cx + r * math.cos(theta), 1), round(cy + r * math.sin(theta), 1))
    return positions


def _ring_centres(radii: list[float]) -> list[tuple[float, float]]:
    """Centres for discs of the given radii, side by side around one circle."""
    if len(radii) <= 1:
        return [(0.0, 0.0)] * len(radii)
    arcs = [2 * r + LAYOUT_GAP for r in radii]
    ring = sum(arcs) / (2 * math.pi)
    centres = []
    walked = 0.0
    for arc in arcs:
        angle = 2 * math.pi * (walked + arc / 2) / sum(arcs)
        centres.append((ring * math.cos(angle), ring * math.sin(angle)))
        walked += arc
    return centres


def _layers(ids: list[str], edges: list[tuple[str, str, str]]) -> tuple[dict[str, int], dict[str, int]]:
    """(layer, order within layer) of every node, parents above children.

    Layers are longest paths from a root over the parent → child links
    (cycles, which inconsistent articles can state, are collapsed first, so
    every member of a cycle shares a layer). Nodes with no such link go to
    one layer below all others. Within a layer, nodes are ordered by the mean
    order of their parents (one top-down barycentre pass), which keeps a
    tier chain or a place's parts under their parent. A longest path does not
    depend on the order nodes are visited in, so the layers are deterministic.
    """
    children: dict[str, dict[str, None]] = {}
    parents: dict[str, dict[str, None]] = {}
    for s, o, r in edges:
        if r in _DOWNWARD and s != o:
            parent, child = (s, o) if _DOWNWARD[r] else (o, s)
            children.setdefault(parent, {})[child] = None
            parents.setdefault(child, {})[parent] = None
    linked = [n for n in ids if n in children or n in parents]
    component = _cycles_collapsed(linked, children)
    below: dict[int, set[int]] = defaultdict(set)  # component → the components it links down to
    for parent, kids in children.items():
        for child in kids:
            if component[parent] != component[child]:
                below[component[parent]].add(component[child])
    waiting = dict.fromkeys(component.values(), 0)  # component → links into it not yet followed
    for kids in below.values():
        for k in kids:
            waiting[k] += 1
    comp_layer = {c: 0 for c, n in waiting.items() if n == 0}
    ready = list(comp_layer)
    while ready:
        c = ready.pop()
        for k in below.get(c, ()):
            comp_layer[k] = max(comp_layer.get(k, 0), comp_layer[c] + 1)
            waiting[k] -= 1
            if waiting[k] == 0:
                ready.append(k)
    layer = {n: comp_layer[component[n]] for n in linked}
    bottom = max(layer.values(), default=-1) + 1
    for n in ids:
        layer.setdefault(n, bottom)

    order: dict[str, int] = {}
    by_layer: dict[int, list[str]] = defaultdict(list)
    for n in ids:
        by_layer[layer[n]].append(n)
    for k in sorted(by_layer):
        def key(n: str) -> tuple[float, str]:
            ranks = [order[p] for p in parents.get(n, ()) if p in order]
            return (sum(ranks) / len(ranks) if ranks else -1.0, n)

        for i, n in enumerate(sorted(by_layer[k], key=key)):
            order[n] = i
    return layer, order


def _cycles_collapsed(nodes: list[str], children: dict[str, dict[str, None]]) -> dict[str, int]:
    """Node → its strongly connected component (Tarjan's algorithm, iterative: chains can be long)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    component: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components = 0
    for root in nodes:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(children.get(root, ())))]
        while work:
            node, kids = work[-1]
            for kid in kids:
                if kid not in index:
                    index[kid] = low[kid] = len(index)
                    stack.append(kid)
                    on_stack.add(kid)
                    work.append((kid, iter(children.get(kid, ()))))
                    break
                if kid in on_stack:
                    low[node] = min(low[node], index[kid])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:  # node roots a component: pop its members
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component[member] = components
                        if member == node:
                            break
                    components += 1
    return component


# ------------------------------------------------------------------ search map


@lru_cache(maxsize=4)
def _converter(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def _t2s_map(nodes: list[dict[str, Any]]) -> dict[str, str]:
    """Traditional → Simplified, one character each, for the characters the search can meet.

    The page folds the query and every name with this map before comparing,
    so 鄭州 finds 郑州市. Only characters of the graph's names matter (a
    query character absent from them can never match anyway), so the map
    holds, for each such character, its Traditional forms (mainland, Taiwan,
    Hong Kong) and its own Simplified form, instead of all of OpenCC.
    """
    names = "".join(name for n in nodes for name in (n["label"], *n["kgAliases"]))
    chars = sorted(c for c in set(names) if ord(c) > 0x2E7F)
    t2s = _converter("t2s")
    out: dict[str, str] = {}
    for c in chars:
        for config in ("s2t", "s2tw", "s2hk"):
            variant = _converter(config).convert(c)
            for t in (c, variant):
                s = t2s.convert(t)
                if len(t) == 1 and len(s) == 1 and s != t:
                    out[t] = s
    return dict(sorted(out.items()))


# --------------------------------------------------------------------- options


def _stabilization_iterations(n_nodes: int) -> int:
    return max(STABILIZATION_MIN, min(STABILIZATION_MAX, STABILIZATION_BUDGET // max(n_nodes, 1)))


def _options(n_visible: int, n_edges: int) -> dict[str, Any]:
    """vis-network options: bounded barnesHut stabilisation, cheap straight edges."""
    label_font = {"face": FONT_STACK, "strokeWidth": 3, "strokeColor": "#ffffff"}
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "font": {**label_font, "size": 14, "color": "#1f2328"},
            "widthConstraint": {"maximum": 180},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False,
            "width": 1,
            "selectionWidth": 2,
            "font": {**label_font, "size": 10, "color": "#57606a", "align": "middle"},
        },
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "centralGravity": 0.25,
                "springLength": 140,
                "springConstant": 0.03,
                "damping": 0.4,
                "avoidOverlap": 0.1,
                "theta": 0.7,
            },
            "maxVelocity": 60,
            "minVelocity": 1,
            "timestep": 0.5,
            "stabilization": {
                "enabled": True,
                "iterations": _stabilization_iterations(n_visible),
                "updateInterval": 25,
                "fit": True,
            },
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": n_edges > 3000,
            "hideEdgesOnZoom": n_edges > 3000,
            "keyboard": False,
            "navigationButtons": False,
        },
    }


# -------------------------------------------------------------------- escaping


def _escape(text: object) -> str:
    """HTML-escape text for element content or a quoted attribute.

    ``/`` becomes ``&#47;`` as well, so no ``scheme://`` survives into the
    markup even from data that happens to contain a URL.
    """
    return html.escape(str(text), quote=True).replace("/", "&#47;")


_JSON_ESCAPES = (
    ("&", "\\u0026"),
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("/", "\\/"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def _script_json(obj: dict[str, Any]) -> Iterator[str]:
    """JSON safe inside ``<script>``, in pieces: the HTML parser sees no tag and no URL.

    The escapes are all JSON string escapes of single characters, and these
    characters can only occur inside strings, so ``JSON.parse`` returns
    exactly the input, and a piece can be escaped on its own. The text is
    that of ``json.dumps(obj, sort_keys=True)`` with compact separators; a
    long list (the nodes, edges, sentences) is encoded a slice at a time,
    so the page's data is never held whole as text.
    """
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode

    def escaped(text: str) -> str:
        for raw, escape in _JSON_ESCAPES:
            text = text.replace(raw, escape)
        return text

    yield "{"
    for n, key in enumerate(sorted(obj)):
        value = obj[key]
        yield ("," if n else "") + escaped(encode(key)) + ":"
        if type(value) is list and len(value) > _JSON_SLICE:
            yield "["
            for start in range(0, len(value), _JSON_SLICE):
                yield ("," if start else "") + escaped(encode(value[start:start + _JSON_SLICE])[1:-1])
            yield "]"
        else:
            yield escaped(encode(value))
    yield "}"


_JSON_SLICE = 2048  # items of a long list encoded at once


_URL_SCHEME = re.compile(r"(?i)\b(https?):/{2}")
_JS_SOURCEMAP = re.compile(r"^[ \t]*//[#@][ \t]*sourceMappingURL=.*$", re.MULTILINE)
_CSS_SOURCEMAP = re.compile(r"/\*[#@][ \t]*sourceMappingURL=.*?\*/", re.DOTALL)
_CSS_URL = re.compile(r"url\(\s*(?!['\"]?data:)", re.IGNORECASE)


def _defuse_js(js: str) -> str:
    """Library JS with no sourcemap link and no literal ``http(s)://``.

    The URLs sit in comments and string literals, where ``\\/`` is just ``/``,
    so behaviour is unchanged (the SVG namespace still compares equal).
    """
    js = _JS_SOURCEMAP.sub("", js)
    js = _URL_SCHEME.sub(lambda m: m.group(1) + ":\\/\\/", js)
    if re.search(r"(?i)</script|<!--", js):
        raise ValueError("vis-network JS contains a sequence that would end the inline <script>")
    return js


def _defuse_css(css: str) -> str:
    """Library CSS with no sourcemap link; refuse any ``url()`` that isn't data:."""
    css = _CSS_SOURCEMAP.sub("", css)
    if _CSS_URL.search(css) or re.search(r"(?i)@import|</style", css):
        raise ValueError("vis-network CSS would load an external resource or end the <style>")
    return _URL_SCHEME.sub(lambda m: m.group(1) + ":\\/\\/", css)


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """(JS, CSS) of the vis-network copy pyvis ships, made safe to inline."""
    spec = importlib.util.find_spec("pyvis")  # found, not imported (see page_data)
    if spec is None or not spec.submodule_search_locations:
        raise KgError("pyvis is not installed: the view inlines the vis-network build it ships")
    base = Path(next(iter(spec.submodule_search_locations))).joinpath(*VIS_DIR)
    js = base.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = base.joinpath("vis-network.css").read_text(encoding="utf-8")
    return _defuse_js(js), _defuse_css(css)


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _csp(scripts: list[str]) -> str:
    """Policy that lets only our own inline scripts run and forbids every fetch."""
    hashes = " ".join(_csp_hash(s) for s in scripts)
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data: blob:; font-src data:; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


# -------------------------------------------------------------------- rendering


@lru_cache(maxsize=1)
def _app_assets() -> tuple[str, str, str]:
    """(page template, CSS, JS) of the view, kept as files so they read as HTML/CSS/JS."""
    base = resources.files("kg").joinpath(ASSETS)
    return tuple(base.joinpath(name).read_text(encoding="utf-8") for name in ("page.html", "view.css", "view.js"))


def _class_chips(classes: list[dict[str, Any]]) -> str:
    """Header counts per class, rendered server-side so they need no script."""
    return "".join(
        f'<span class="kg-chip" data-class="{_escape(c["name"])}">'
        f'<i style="background:{_escape(c["color"])}"></i>'
        f"{_escape(c['zh'] or c['name'])} <b>{c['count']}</b></span>"
        for c in classes
    )


def _legend_classes(classes: list[dict[str, Any]]) -> str:
    """One filter checkbox per class, with its colour and count."""
    return "".join(
        f'<li data-class="{_escape(c["name"])}"><label>'
        f'<input type="checkbox" class="kg-filter" value="{_escape(c["name"])}"{" checked" if c["on"] else ""}>'
        f'<i class="kg-class" style="background:{_escape(c["color"])}"></i>'
        f"{_escape(c['zh'] or c['name'])} <span class=\"kg-en\">{_escape(c['name'])}</span> "
        f'<span class="kg-count" data-total="{c["count"]}">{c["count"]}</span></label></li>'
        for c in classes
    )


def _legend_relations(relations: list[dict[str, Any]]) -> str:
    return "".join(
        f'<li data-relation="{_escape(r["name"])}"><i class="kg-relation" '
        f'style="background:{_escape(r["color"])}"></i>'
        f"{_escape(r['zh'] or r['name'])} <span class=\"kg-en\">{_escape(r['name'])}</span></li>"
        for r in relations
    )


def _render(data: dict[str, Any]) -> Iterator[str]:
    """The page in pieces: the template's text, with each ``@@FIELD@@`` replaced once."""
    vis_js, vis_css = _vis_assets()
    page, app_css, app_js = _app_assets()
    n_nodes, n_edges = len(data["nodes"]), len(data["edges"])
    fields = {
        "CSP": _escape(_csp([vis_js, app_js])),
        "TITLE": _escape(f"知识图谱 · {n_nodes} 个节点"),
        "VIS_CSS": vis_css,
        "APP_CSS": app_css.replace("@@FONT_STACK@@", FONT_STACK),
        "TOTALS": _escape(f"{n_nodes} 个节点 · {n_edges} 条关系"),
        "CHIPS": _class_chips(data["classes"]),
        "LEGEND_CLASSES": _legend_classes(data["classes"]),
        "LEGEND_RELATIONS": _legend_relations(data["relations"]),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
    }
    # One pass, so text inserted for one field is never scanned for another.
    for n, part in enumerate(re.split(r"@@([A-Z_]+)@@", page)):
        if n % 2 == 0:
            yield part
        elif part == "DATA":
            yield from _script_json(data)
        else:
            yield fields[part]
