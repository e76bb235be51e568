"""Interactive network view of a ``KnowledgeGraph``: one self-contained HTML file.

pyvis holds the node, edge and option data, but its own templates are not
used: even its ``cdn_resources="in_line"`` mode still loads Bootstrap and
tom-select from CDNs, and the view must open on an air-gapped machine. So the
page is rendered here from pyvis's data, with the vis-network build that pyvis
ships inlined, and nothing in it may reach the network:

* the vis-network JS/CSS are inlined; their ``sourceMappingURL`` comments are
  dropped and the ``http(s)://`` strings in them (licence comments, an error
  text, the SVG namespace) are rewritten with JS escapes (``:\\/\\/``), which
  keep their value but leave no URL in the file;
* every piece of graph data travels as JSON in a non-executed
  ``<script type="application/json">`` block with ``< > & /`` and U+2028/2029
  escaped, and tooltips are built with ``textContent``, so a label such as
  ``</script><img onerror=…>`` is shown, never run;
* a Content-Security-Policy meta tag (``default-src 'none'``, scripts allowed
  only by their sha256) makes the browser refuse any fetch or injected script
  that slipped past the points above.

Output is a pure function of the graph: no timestamps, no random values, and
initial node positions come from a deterministic per-class layout, which also
lets the in-browser physics settle in few iterations before it is switched off.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import os
import re
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.model import ENTITY_CLASSES

if TYPE_CHECKING:
    from pyvis.network import Network

    from kg.graph import KnowledgeGraph
    from kg.model import Entity

__all__ = ["build_network", "html_text", "write_html"]

# Classes that are bookkeeping, not things in the world: never drawn.
HIDDEN_CLASSES = frozenset({"Document"})

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
}
RELATION_COLORS = {
    "partOf": "#9aa5b1",
    "implements": "#c0392b",
    "subTierOf": "#2c7fb8",
    "hasTier": "#2e8b57",
}
RELATION_NAMES_ZH = {
    "partOf": "隶属",
    "implements": "实施",
    "subTierOf": "下级层级",
    "hasTier": "设有层级",
}

# System fonts only: a web font would be a network request.
FONT_STACK = (
    '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",'
    '"Source Han Sans SC","WenQuanYi Micro Hei",sans-serif'
)

NODE_SIZE_MIN = 8.0
NODE_SIZE_MAX = 36.0
LAYOUT_SPACING = 60.0  # distance scale between neighbouring nodes of one class
LAYOUT_GAP = 240.0  # free space between two class clusters
GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))
# Physics work budget, in node-iterations: vis's barnesHut costs roughly
# 15-20 µs per node per iteration in headless Chromium, so the budget keeps
# stabilisation near 2-3 s whatever the size (10k nodes: 15 iterations, about
# 5 s from opening the file to physics off). vis stops earlier once settled.
STABILIZATION_BUDGET = 150_000
STABILIZATION_MIN, STABILIZATION_MAX = 10, 600
TOOLTIP_MAX_DOCS = 8

VIS_DIR = ("templates", "lib", "vis-9.1.2")


# ------------------------------------------------------------------ public API


def html_text(kg: KnowledgeGraph) -> str:
    """The complete, self-contained HTML page for ``kg``."""
    return _render(kg, build_network(kg))


def write_html(kg: KnowledgeGraph, path: str | Path) -> Path:
    """Write the page to ``path`` atomically, so a reader never sees half a file."""
    path = Path(path)
    _write_atomic(path, html_text(kg).encode("utf-8"))
    return path


def build_network(kg: KnowledgeGraph) -> Network:
    """A pyvis ``Network`` holding the drawable nodes, edges and vis options.

    ``net.nodes``/``net.edges`` are assigned directly: pyvis's ``add_node``
    and ``from_nx`` loops cost seconds on large graphs, for the same result.
    """
    from pyvis.network import Network

    entities = _shown_entities(kg)
    documents = _document_table(kg, entities)
    doc_index = {name: i for i, (name, _title) in enumerate(documents)}
    positions = _layout(entities)
    net = Network(height="100%", width="100%", directed=True)
    net.nodes = [_node(e, positions[e.id], doc_index) for e in entities]
    net.node_ids = [e.id for e in entities]
    shown = set(net.node_ids)
    edges = [(s, o, r) for s, o, r in kg.edges() if s in shown and o in shown]
    net.edges = [_edge(i, s, o, r) for i, (s, o, r) in enumerate(edges)]
    net.options = _options(len(net.nodes), len(net.edges))
    return net


# ------------------------------------------------------------------ graph data


def _shown_entities(kg: KnowledgeGraph) -> list[Entity]:
    """Entities to draw, in id order (``kg.entities`` is sorted, but be sure)."""
    return [kg.entities[k] for k in sorted(kg.entities) if kg.entities[k].cls not in HIDDEN_CLASSES]


def _class_order(classes: set[str]) -> list[str]:
    """Public vocabulary order first, then any other class alphabetically."""
    known = [c for c in ENTITY_CLASSES if c in classes]
    return known + sorted(classes - set(ENTITY_CLASSES))


def _document_table(kg: KnowledgeGraph, entities: list[Entity]) -> list[tuple[str, str]]:
    """(file name, title) of every cited document, sorted, so nodes cite by index.

    Titles are stored once instead of once per mentioning node, which keeps
    the page small when a few articles mention thousands of entities.
    """
    titles = {d.file_name: d.title or "" for d in kg.documents}
    names = sorted({name for e in entities for name in e.documents})
    return [(name, titles.get(name, "")) for name in names]


def _node_size(mentions: int) -> float:
    """Grows with the log of mentions, clamped so hubs don't swallow the view."""
    size = NODE_SIZE_MIN + 4.0 * math.log2(1 + max(mentions, 0))
    return round(min(size, NODE_SIZE_MAX), 1)


def _node(e: Entity, pos: tuple[float, float], doc_index: dict[str, int]) -> dict[str, Any]:
    """One vis node; ``kg*`` fields feed the tooltip and the search box."""
    return {
        "id": e.id,
        "label": e.label,
        "color": CLASS_COLORS.get(e.cls, FALLBACK_COLOR),
        "size": _node_size(e.mentions),
        "x": pos[0],
        "y": pos[1],
        "kgClass": e.cls,
        "kgAliases": sorted(a for a in e.alt_labels if a != e.label),
        "kgCode": e.code or "",
        "kgDocs": sorted(doc_index[name] for name in e.documents),
        "kgMentions": e.mentions,
    }


def _edge(index: int, src: str, dst: str, relation: str) -> dict[str, Any]:
    """One vis edge; a fixed id keeps vis from drawing random UUIDs for it."""
    color = RELATION_COLORS.get(relation, FALLBACK_COLOR)
    return {
        "id": f"e{index}",
        "from": src,
        "to": dst,
        "label": relation,
        "color": {"color": color, "highlight": color, "hover": color},
        "kgRelation": relation,
    }


# ---------------------------------------------------------------------- layout


def _layout(entities: list[Entity]) -> dict[str, tuple[float, float]]:
    """Deterministic start positions: one sunflower disc per class on a ring.

    O(n) and seed-free, unlike a spring layout; the most-mentioned entities
    sit in the middle of their class's disc. Physics then only has to pull
    linked nodes together instead of untangling a random start.
    """
    by_class: dict[str, list[Entity]] = {}
    for e in entities:
        by_class.setdefault(e.cls, []).append(e)
    order = _class_order(set(by_class))
    radii = [LAYOUT_SPACING * math.sqrt(len(by_class[c])) for c in order]
    centres = _ring_centres(radii)
    positions: dict[str, tuple[float, float]] = {}
    for cls, (cx, cy) in zip(order, centres, strict=True):
        members = sorted(by_class[cls], key=lambda e: (-e.mentions, e.id))
        for i, e in enumerate(members):
            r = LAYOUT_SPACING * math.sqrt(i + 0.5)
            theta = i * GOLDEN_ANGLE
            positions[e.id] = (round(cx + r * math.cos(theta), 1), round(cy + r * math.sin(theta), 1))
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


# --------------------------------------------------------------------- options


def _stabilization_iterations(n_nodes: int) -> int:
    return max(STABILIZATION_MIN, min(STABILIZATION_MAX, STABILIZATION_BUDGET // max(n_nodes, 1)))


def _options(n_nodes: int, n_edges: int) -> dict[str, Any]:
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
                "iterations": _stabilization_iterations(n_nodes),
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


def _script_json(obj: object) -> str:
    """JSON safe inside ``<script>``: the HTML parser sees no tag and no URL.

    The escapes are all JSON string escapes, and these characters can only
    occur inside strings, so ``JSON.parse`` returns exactly the input.
    """
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in _JSON_ESCAPES:
        text = text.replace(raw, escaped)
    return text


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
    base = resources.files("pyvis").joinpath(*VIS_DIR)
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


def _page_data(kg: KnowledgeGraph, net: Network) -> dict[str, Any]:
    """Everything the page script needs, read back from the pyvis network."""
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    counts: dict[str, int] = {}
    for n in nodes:
        counts[n["kgClass"]] = counts.get(n["kgClass"], 0) + 1
    entities = [kg.entities[n["id"]] for n in nodes]
    return {
        "classes": [_class_entry(c, counts[c]) for c in _class_order(set(counts))],
        "relations": [_relation_entry(r) for r in _relation_order(edges)],
        "documents": [list(d) for d in _document_table(kg, entities)],
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "tooltipMaxDocs": TOOLTIP_MAX_DOCS,
    }


def _class_entry(cls: str, count: int) -> dict[str, Any]:
    return {
        "name": cls,
        "zh": CLASS_NAMES_ZH.get(cls, ""),
        "color": CLASS_COLORS.get(cls, FALLBACK_COLOR),
        "count": count,
    }


def _relation_order(edges: list[dict[str, Any]]) -> list[str]:
    present = {e["kgRelation"] for e in edges}
    return [r for r in RELATION_COLORS if r in present] + sorted(present - set(RELATION_COLORS))


def _relation_entry(relation: str) -> dict[str, Any]:
    return {
        "name": relation,
        "zh": RELATION_NAMES_ZH.get(relation, ""),
        "color": RELATION_COLORS.get(relation, FALLBACK_COLOR),
    }


def _class_chips(classes: list[dict[str, Any]]) -> str:
    """Header counts per class, rendered server-side so they need no script."""
    return "".join(
        f'<span class="kg-chip" data-class="{_escape(c["name"])}">'
        f'<i style="background:{_escape(c["color"])}"></i>'
        f"{_escape(c['zh'] or c['name'])} <b>{c['count']}</b></span>"
        for c in classes
    )


def _legend_items(entries: list[dict[str, Any]], kind: str) -> str:
    return "".join(
        f'<li data-{kind}="{_escape(e["name"])}"><i class="kg-{kind}" '
        f'style="background:{_escape(e["color"])}"></i>'
        f"{_escape(e['name'])}{' ' + _escape(e['zh']) if e['zh'] else ''}</li>"
        for e in entries
    )


def _render(kg: KnowledgeGraph, net: Network) -> str:
    data = _page_data(kg, net)
    vis_js, vis_css = _vis_assets()
    n_nodes, n_edges = len(data["nodes"]), len(data["edges"])
    fields = {
        "CSP": _escape(_csp([vis_js, _APP_JS])),
        "TITLE": _escape(f"知识图谱 · {n_nodes} 个实体"),
        "VIS_CSS": vis_css,
        "APP_CSS": _APP_CSS.replace("@@FONT_STACK@@", FONT_STACK),
        "TOTALS": _escape(f"{n_nodes} 个实体 · {n_edges} 条关系"),
        "CHIPS": _class_chips(data["classes"]),
        "LEGEND_CLASSES": _legend_items(data["classes"], "class"),
        "LEGEND_RELATIONS": _legend_items(data["relations"], "relation"),
        "DATA": _script_json(data),
        "VIS_JS": vis_js,
        "APP_JS": _APP_JS,
    }
    # One pass, so text inserted for one field is never scanned for another.
    return re.sub(r"@@([A-Z_]+)@@", lambda m: fields[m.group(1)], _PAGE)


def _write_atomic(path: Path, payload: bytes) -> None:
    """Temp file in the target folder, then ``os.replace`` (atomic on one filesystem)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; the page is meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ------------------------------------------------------------------- templates

_APP_CSS = """
html,body{margin:0;height:100%;font-family:@@FONT_STACK@@;color:#1f2328;background:#fff}
body{display:flex;flex-direction:column}
#kg-header{display:flex;flex-wrap:wrap;align-items:center;gap:8px 16px;padding:8px 14px;
  border-bottom:1px solid #d0d7de;background:#f6f8fa}
#kg-header h1{font-size:17px;margin:0;font-weight:600}
#kg-totals{font-size:13px;color:#57606a}
#kg-counts{display:flex;flex-wrap:wrap;gap:6px}
.kg-chip{font-size:12px;padding:2px 8px;border:1px solid #d0d7de;border-radius:10px;background:#fff}
.kg-chip i{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:4px}
#kg-search-box{margin-left:auto;display:flex;align-items:center;gap:6px}
#kg-search{font:inherit;font-size:14px;padding:4px 8px;width:220px;border:1px solid #d0d7de;border-radius:6px}
#kg-search-status{font-size:12px;color:#57606a;min-width:4em}
#kg-main{position:relative;flex:1;min-height:0}
#kg-network{position:absolute;inset:0}
#kg-legend{position:absolute;left:10px;bottom:10px;background:rgba(255,255,255,.92);
  border:1px solid #d0d7de;border-radius:6px;padding:6px 10px;font-size:12px}
#kg-legend h2{font-size:12px;margin:4px 0;color:#57606a;font-weight:600}
#kg-legend ul{list-style:none;margin:0;padding:0}
#kg-legend li{margin:2px 0;white-space:nowrap}
#kg-legend i{display:inline-block;margin-right:6px;vertical-align:middle}
i.kg-class{width:11px;height:11px;border-radius:50%}
i.kg-relation{width:18px;height:3px}
#kg-info{position:absolute;right:10px;top:10px;max-width:340px;max-height:calc(100% - 40px);
  overflow:auto;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;
  box-shadow:0 2px 8px rgba(0,0,0,.12);font-size:13px}
#kg-info[hidden]{display:none}
#kg-info-close{float:right;border:0;background:none;font-size:16px;cursor:pointer;color:#57606a}
#kg-progress{position:absolute;left:50%;top:12px;transform:translateX(-50%);font-size:12px;
  background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:3px 10px}
#kg-progress[hidden]{display:none}
.kg-tip{font-size:13px;max-width:320px;white-space:normal}
.kg-tip dl{margin:0}
.kg-tip dt{color:#57606a;font-size:11px;margin-top:4px}
.kg-tip dd{margin:0;overflow-wrap:anywhere}
.kg-tip ul{margin:0;padding-left:16px}
div.vis-tooltip{font-family:@@FONT_STACK@@;white-space:normal}
"""

_APP_JS = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var classes = {};
  data.classes.forEach(function (c) { classes[c.name] = c; });
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = String(text); }
    return e;
  }

  function field(dl, name, value) {
    dl.appendChild(el("dt", "", name));
    var dd = el("dd");
    if (typeof value === "string") { dd.textContent = value; } else { dd.appendChild(value); }
    dl.appendChild(dd);
  }

  function docList(n, limit) {
    var ul = el("ul");
    var shown = limit ? n.kgDocs.slice(0, limit) : n.kgDocs;
    shown.forEach(function (i) {
      var d = data.documents[i];
      ul.appendChild(el("li", "", d[1] ? d[1] + " (" + d[0] + ")" : d[0]));
    });
    if (shown.length < n.kgDocs.length) {
      ul.appendChild(el("li", "", "… 另有 " + (n.kgDocs.length - shown.length) + " 篇"));
    }
    return ul;
  }

  // Text only: every value goes through textContent, never innerHTML.
  function describe(n, docLimit) {
    var box = el("div", "kg-tip");
    var dl = el("dl");
    var c = classes[n.kgClass];
    field(dl, "类别 Class", (c && c.zh ? c.zh + " " : "") + n.kgClass);
    field(dl, "名称 Name", n.label);
    if (n.kgAliases.length) { field(dl, "别名 Aliases", n.kgAliases.join("、")); }
    if (n.kgCode) { field(dl, "代码 Code", n.kgCode); }
    field(dl, "提及 Mentions", String(n.kgMentions));
    if (n.kgDocs.length) { field(dl, "来源 Sources (" + n.kgDocs.length + ")", docList(n, docLimit)); }
    box.appendChild(dl);
    return box;
  }

  function edgeTitle(e) {
    var a = byId[e.from], b = byId[e.to];
    return el("div", "kg-tip", (a ? a.label : e.from) + " —" + e.kgRelation + "→ " + (b ? b.label : e.to));
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return Object.assign({}, n, { title: describe(n, data.tooltipMaxDocs) });
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return Object.assign({}, e, { title: edgeTitle(e) });
  }));
  var container = document.getElementById("kg-network");
  var progress = document.getElementById("kg-progress");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.kgNetwork = network;
  window.kgPhysicsOff = false;

  function settle() {
    network.setOptions({ physics: false });
    window.kgPhysicsOff = true;
    progress.hidden = true;
    document.body.setAttribute("data-kg-state", "stable");
  }
  network.on("stabilizationProgress", function (p) {
    progress.textContent = "布局计算中 " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", settle);
  if (!data.nodes.length) { settle(); }

  var info = document.getElementById("kg-info");
  var infoBody = document.getElementById("kg-info-body");
  function showInfo(id) {
    var n = byId[id];
    if (!n) { info.hidden = true; return; }
    infoBody.replaceChildren(describe(n, 0));
    info.hidden = false;
  }
  document.getElementById("kg-info-close").addEventListener("click", function () {
    info.hidden = true;
  });
  network.on("click", function (p) {
    if (p.nodes.length) { showInfo(p.nodes[0]); } else { info.hidden = true; }
  });

  // Search: label and aliases, substring, case-insensitive. Ranked: exact
  // name, label prefix, label substring, alias substring; within a rank the
  // shorter label (the closer match) first, then node (id) order.
  var haystacks = data.nodes.map(function (n) {
    return { id: n.id, label: n.label.toLowerCase(),
             aliases: n.kgAliases.map(function (a) { return a.toLowerCase(); }) };
  });
  var input = document.getElementById("kg-search");
  var status = document.getElementById("kg-search-status");
  var matches = [];
  var cursor = 0;

  function rank(h, q) {
    if (h.label === q || h.aliases.indexOf(q) >= 0) { return 0; }
    var at = h.label.indexOf(q);
    if (at === 0) { return 1; }
    if (at > 0) { return 2; }
    for (var i = 0; i < h.aliases.length; i++) { if (h.aliases[i].indexOf(q) >= 0) { return 3; } }
    return -1;
  }

  function search() {
    var q = input.value.trim().toLowerCase();
    var hits = [];
    if (q) {
      haystacks.forEach(function (h, i) {
        var r = rank(h, q);
        if (r >= 0) { hits.push([r, h.label.length, i, h.id]); }
      });
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    matches = hits.map(function (hit) { return hit[3]; });
    cursor = 0;
    if (!matches.length) {
      network.unselectAll();
      info.hidden = true;
      status.textContent = q ? "无匹配" : "";
      return;
    }
    show();
  }

  function show() {
    var id = matches[cursor];
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1), animation: { duration: 300 } });
    status.textContent = (cursor + 1) + " / " + matches.length;
    showInfo(id);
  }

  input.addEventListener("input", search);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && matches.length) {
      cursor = (cursor + (ev.shiftKey ? matches.length - 1 : 1)) % matches.length;
      show();
    }
  });
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="@@CSP@@">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>@@TITLE@@</title>
<style>@@VIS_CSS@@</style>
<style>@@APP_CSS@@</style>
</head>
<body data-kg-state="loading">
<header id="kg-header">
<h1>知识图谱</h1>
<span id="kg-totals">@@TOTALS@@</span>
<div id="kg-counts">@@CHIPS@@</div>
<div id="kg-search-box">
<input id="kg-search" type="search" placeholder="搜索名称或别名…" autocomplete="off" aria-label="搜索">
<span id="kg-search-status" aria-live="polite"></span>
</div>
</header>
<main id="kg-main">
<div id="kg-network"></div>
<div id="kg-progress">布局计算中…</div>
<aside id="kg-legend">
<h2>类别 Classes</h2>
<ul id="kg-legend-classes">@@LEGEND_CLASSES@@</ul>
<h2>关系 Relations</h2>
<ul id="kg-legend-relations">@@LEGEND_RELATIONS@@</ul>
</aside>
<aside id="kg-info" hidden><button id="kg-info-close" type="button" aria-label="关闭">×</button>
<div id="kg-info-body"></div></aside>
</main>
<script type="application/json" id="kg-data">@@DATA@@</script>
<script>@@VIS_JS@@</script>
<script>@@APP_JS@@</script>
</body>
</html>
"""
