// The network view's page script. Runs under a CSP that allows only this
// script and vis-network (by hash). Every string that comes from a document
// reaches the page through textContent or a text node, never through the HTML parser.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var DIM_NODE = "rgba(200,204,208,0.35)";
  var DIM_EDGE = "rgba(200,204,208,0.25)";
  var DIM_FONT = "rgba(87,96,106,0.25)";
  var FONT = data.options.nodes.font.color;
  var EDGE_FONT = data.options.edges.font.color;
  var LIST_MAX = 40;

  var byId = {}, classes = {}, relations = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  data.classes.forEach(function (c) { classes[c.name] = c; });
  data.relations.forEach(function (r) { relations[r.name] = r; });
  // The data gives each edge its ends and relation by index; its id and looks follow from them.
  data.edges.forEach(function (e, i) {
    var r = data.relations[e.r];
    e.from = data.nodes[e.f].id;
    e.to = data.nodes[e.t].id;
    e.kgRelation = r.name;
    e.id = "e" + i;
    e.label = r.edgeLabel;
    e.color = { color: r.color, highlight: r.color, hover: r.color };
    if (r.dashes) { e.dashes = true; }
  });
  var outEdges = {}, inEdges = {};
  data.nodes.forEach(function (n) { outEdges[n.id] = []; inEdges[n.id] = []; });
  data.edges.forEach(function (e) { outEdges[e.from].push(e); inEdges[e.to].push(e); });
  var edgeById = {};
  data.edges.forEach(function (e) { edgeById[e.id] = e; });
  var ranked = data.nodes.slice().sort(function (a, b) { return a.kgRank - b.kgRank; });

  // ------------------------------------------------------------------ DOM helpers

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function swatch(color, kind) {
    var i = el("i", kind);
    i.style.background = color;
    return i;
  }

  function docName(i) {
    var d = data.documents[i];
    return d ? (d[1] ? d[1] + " (" + d[0] + ")" : d[0]) : "?";
  }

  function className(name) {
    var c = classes[name];
    return (c && c.zh ? c.zh + " " : "") + name;
  }

  function relationName(name) {
    var r = relations[name];
    return (r && r.zh ? r.zh + " " : "") + name;
  }

  // A sentence with the mention(s) marked: text nodes and <mark> elements only.
  function quote(ref) {
    var text = data.sentences[ref[0]][1];
    var q = el("blockquote", "kg-quote");
    var at = 0;
    ref[1].forEach(function (span) {
      if (span[0] > at) { q.appendChild(document.createTextNode(text.slice(at, span[0]))); }
      q.appendChild(el("mark", "", text.slice(span[0], span[1])));
      at = span[1];
    });
    if (at < text.length) { q.appendChild(document.createTextNode(text.slice(at))); }
    return q;
  }

  function evidenceItem(ref) {
    var box = el("div", "kg-ev");
    box.appendChild(el("div", "kg-ev-doc", docName(data.sentences[ref[0]][0])));
    box.appendChild(quote(ref));
    return box;
  }

  // ------------------------------------------------------------------ search folding

  // NFKC folds full-width forms, the map folds Traditional characters to
  // Simplified; names and queries go through the same function.
  var t2s = data.t2s;
  function fold(s) {
    s = String(s).normalize("NFKC").toLowerCase();
    var out = "";
    for (var i = 0; i < s.length; i++) {
      var ch = s[i];
      out += Object.prototype.hasOwnProperty.call(t2s, ch) ? t2s[ch] : ch;
    }
    return out;
  }

  // ------------------------------------------------------------------ network

  var state = {
    classOn: {},
    capOn: true,
    revealed: {},
    visible: {},
    laidOut: {},
    sizeMode: 1,
    layout: "force",
    forcePositions: null,
    selected: null
  };
  data.classes.forEach(function (c) { state.classOn[c.name] = c.on; });

  // The best-connected nodes of the classes switched on, until there are
  // maxVisible of them or the relations among them would pass maxVisibleEdges
  // (kg.html._default_visible states the same rule in Python).
  function computeVisible() {
    var vis = {}, count = 0, eligible = 0, drawn = 0, full = false;
    ranked.forEach(function (n) {
      if (!state.classOn[n.kgClass]) { return; }
      eligible++;
      if (state.capOn) {
        if (full) { return; }
        var more = 0;
        outEdges[n.id].forEach(function (e) { if (vis[e.to] || e.to === n.id) { more++; } });
        inEdges[n.id].forEach(function (e) { if (vis[e.from] && e.from !== n.id) { more++; } });
        if (count >= data.maxVisible || drawn + more > data.maxVisibleEdges) { full = true; return; }
        drawn += more;
      }
      vis[n.id] = true;
      count++;
    });
    Object.keys(state.revealed).forEach(function (id) { vis[id] = true; });
    return { visible: vis, capped: state.capOn && count < eligible, shown: count, eligible: eligible };
  }

  function tooltip(n) {
    var box = el("div", "kg-tip");
    box.appendChild(el("b", "", n.label));
    box.appendChild(el("div", "kg-tip-class", className(n.kgClass)));
    if (n.kgAliases.length) {
      var shown = n.kgAliases.slice(0, 5).join("、") + (n.kgAliases.length > 5 ? "…" : "");
      box.appendChild(el("div", "", "别名：" + shown));
    }
    box.appendChild(el("div", "", "提及 " + n.kgMentions + " · 连接 " + n.kgDegree));
    box.appendChild(el("div", "kg-tip-hint", "点击查看事实与证据"));
    return box;
  }

  // vis holds only what is shown: a hidden item still costs vis its label
  // measurements and the page a tooltip element, and a corpus of ten
  // thousand articles has a hundred thousand relations, most of them hidden.
  // A node taken out keeps its place in the force layout (placed) for when it comes back.
  var placed = {};
  var lit = { nodes: {}, edges: {} };  // as vis draws each item now: lit (true) or dimmed (false)
  function nodeItem(n) {
    lit.nodes[n.id] = true;
    var at = placed[n.id] || n;
    var item = {
      id: n.id, label: n.label, color: n.color, x: at.x, y: at.y,
      size: n.kgSizes[state.sizeMode], title: tooltip(n)
    };
    if (n.shape) { item.shape = n.shape; }
    return item;
  }
  function edgeItem(e) {
    var a = byId[e.from], b = byId[e.to];
    lit.edges[e.id] = true;
    return {
      id: e.id, from: e.from, to: e.to, label: e.label, color: e.color, dashes: !!e.dashes,
      title: el("div", "kg-tip", a.label + " —" + relationName(e.kgRelation) + "→ " + b.label)
    };
  }
  function isShown(n) { return !!state.visible[n.id]; }
  function edgeShown(e) { return !!(state.visible[e.from] && state.visible[e.to]); }

  var first = computeVisible();
  state.visible = first.visible;
  var nodes = new vis.DataSet(data.nodes.filter(isShown).map(nodeItem));
  var edges = new vis.DataSet(data.edges.filter(edgeShown).map(edgeItem));

  var container = $("kg-network");
  var progress = $("kg-progress");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.kgNetwork = network;
  window.kgPhysicsOff = false;
  window.kgView = {
    visibleNodeIds: function () { return Object.keys(state.visible).sort(); },
    visibleEdgeCount: function () { return data.edges.filter(edgeShown).length; },
    select: function (id) { select(id, true); }
  };

  function setState(s) { document.body.setAttribute("data-kg-state", s); }

  var layoutStart = performance.now();
  function settle() {
    network.setOptions({ physics: false });
    window.kgLayoutMs = Math.round(performance.now() - layoutStart);
    Object.keys(state.visible).forEach(function (id) { state.laidOut[id] = true; });
    state.forcePositions = network.getPositions();
    window.kgPhysicsOff = true;
    progress.hidden = true;
    setState("stable");
  }

  function iterationsFor(n) {
    var s = data.stabilization;
    return Math.max(s.min, Math.min(s.max, Math.floor(s.budget / Math.max(n, 1))));
  }

  // Bounded re-run of the force layout over the visible nodes, then freeze.
  function relayout() {
    var n = Object.keys(state.visible).length;
    window.kgPhysicsOff = false;
    setState("layout");
    progress.hidden = false;
    progress.textContent = "布局计算中…";
    var iterations = iterationsFor(n);
    layoutStart = performance.now();
    network.setOptions({ physics: { enabled: true, stabilization: { iterations: iterations } } });
    network.once("stabilizationIterationsDone", settle);
    network.stabilize(iterations);
  }

  network.on("stabilizationProgress", function (p) {
    progress.textContent = "布局计算中 " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", settle);
  if (!Object.keys(state.visible).length) { settle(); }

  // ------------------------------------------------------------------ filtering

  function updateCounts(result) {
    var perClass = {}, shownNodes = 0;
    Object.keys(state.visible).forEach(function (id) {
      var c = byId[id].kgClass;
      perClass[c] = (perClass[c] || 0) + 1;
      shownNodes++;
    });
    var shownEdges = data.edges.filter(edgeShown).length;
    document.querySelectorAll("#kg-legend-classes li").forEach(function (li) {
      var c = li.getAttribute("data-class");
      var span = li.querySelector(".kg-count");
      span.textContent = (perClass[c] || 0) + " / " + span.getAttribute("data-total");
    });
    $("kg-visible").textContent = "显示 " + shownNodes + " / " + data.nodes.length + " 个节点 · " +
      shownEdges + " / " + data.edges.length + " 条关系";
    var note = $("kg-note");
    if (result.capped) {
      $("kg-note-text").textContent = "符合筛选的节点共 " + result.eligible + " 个，为保持流畅，当前只显示连接最多的 " +
        result.shown + " 个（至多 " + data.maxVisible + " 个节点、" + data.maxVisibleEdges + " 条关系）。";
      note.hidden = false;
    } else {
      note.hidden = true;
    }
  }

  function applyVisibility() {
    var result = computeVisible();
    var old = state.visible;
    state.visible = result.visible;
    var nodesIn = [], nodesOut = [], edgesIn = [], edgesOut = [], fresh = false;
    data.nodes.forEach(function (n) {
      var now = !!result.visible[n.id];
      if (now && !old[n.id]) {
        nodesIn.push(n);
        if (!state.laidOut[n.id]) { fresh = true; }
      } else if (!now && old[n.id]) {
        nodesOut.push(n.id);
      }
    });
    data.edges.forEach(function (e) {
      var now = edgeShown(e), before = !!(old[e.from] && old[e.to]);
      if (now && !before) { edgesIn.push(e); } else if (!now && before) { edgesOut.push(e.id); }
    });
    if (state.layout === "force") {  // a place in the layered grid is not one to come back to in the force layout
      var leaving = network.getPositions(nodesOut);
      Object.keys(leaving).forEach(function (id) { placed[id] = leaving[id]; });
    }
    edges.remove(edgesOut);
    nodes.remove(nodesOut);
    edgesOut.forEach(function (id) { delete lit.edges[id]; });
    nodesOut.forEach(function (id) { delete lit.nodes[id]; });
    nodes.add(nodesIn.map(nodeItem));
    edges.add(edgesIn.map(edgeItem));
    updateCounts(result);
    if (state.selected && !result.visible[state.selected]) { clearSelection(); }
    if (state.layout === "layers") {
      applyLayers();
    } else if (fresh && window.kgPhysicsOff) {
      relayout();  // nodes never placed by the force layout would sit in their start discs
    }
    if (state.selected) { highlight(state.selected); }
  }

  document.querySelectorAll("input.kg-filter").forEach(function (box) {
    box.addEventListener("change", function () {
      state.classOn[box.value] = box.checked;
      state.revealed = {};
      applyVisibility();
    });
  });
  $("kg-show-all").addEventListener("click", function () {
    state.capOn = false;
    applyVisibility();
  });

  // ------------------------------------------------------------------ size and layout

  $("kg-size").addEventListener("change", function () {
    state.sizeMode = Number($("kg-size").value);
    nodes.update(data.nodes.filter(isShown).map(function (n) { return { id: n.id, size: n.kgSizes[state.sizeMode] }; }));
  });

  // Layered layout: layers and in-layer order come from Python; rows wrap so a
  // layer of hundreds of programs stays readable.
  function applyLayers() {
    var byLayer = {};
    Object.keys(state.visible).forEach(function (id) {
      var n = byId[id];
      (byLayer[n.kgLayer] = byLayer[n.kgLayer] || []).push(n);
    });
    var updates = [], y = 0, L = data.layer;
    Object.keys(byLayer).map(Number).sort(function (a, b) { return a - b; }).forEach(function (k) {
      var members = byLayer[k].sort(function (a, b) { return a.kgOrder - b.kgOrder; });
      for (var start = 0; start < members.length; start += L.rowMax) {
        var row = members.slice(start, start + L.rowMax);
        row.forEach(function (n, i) {
          updates.push({ id: n.id, x: (i - (row.length - 1) / 2) * L.dx, y: y + (i % 2) * L.dy * 0.25 });
        });
        y += L.dy * 0.6;
      }
      y += L.dy * 0.6;
    });
    nodes.update(updates);
    network.fit({ animation: false });
  }

  $("kg-layout").addEventListener("change", function () {
    var mode = $("kg-layout").value;
    if (mode === state.layout) { return; }
    if (mode === "layers") {
      if (window.kgPhysicsOff) { state.forcePositions = network.getPositions(); }
      state.layout = "layers";
      applyLayers();
    } else {
      state.layout = "force";
      var saved = state.forcePositions || {}, back = [];
      Object.keys(saved).forEach(function (id) { if (!state.visible[id]) { placed[id] = saved[id]; } });
      Object.keys(state.visible).forEach(function (id) {
        var at = saved[id] || placed[id];  // where the force layout left it, before or while it was hidden
        if (at) { back.push({ id: id, x: at.x, y: at.y }); } else { state.laidOut[id] = false; }
      });
      nodes.update(back);
      var fresh = Object.keys(state.visible).some(function (id) { return !state.laidOut[id]; });
      if (fresh) { relayout(); } else { network.fit({ animation: false }); }
    }
    setState(window.kgPhysicsOff ? "stable" : "layout");
  });
  $("kg-relayout").addEventListener("click", function () {
    if (state.layout === "layers") { applyLayers(); } else { relayout(); }
  });

  // ------------------------------------------------------------------ highlight

  function neighbourhood(id) {
    var near = {};
    near[id] = true;
    outEdges[id].forEach(function (e) { near[e.to] = true; });
    inEdges[id].forEach(function (e) { near[e.from] = true; });
    return near;
  }

  // Each item vis draws is lit or dimmed; only those whose look changes are
  // sent to vis, which spends tens of microseconds on each: moving the
  // selection from one node to the next (typing a search, say) touches two
  // neighbourhoods, not every relation on the canvas.
  function relook(nodeLit, edgeLit) {
    var nodeUpdates = [], edgeUpdates = [];
    data.nodes.forEach(function (n) {
      if (!state.visible[n.id]) { return; }
      var on = nodeLit(n);
      if (lit.nodes[n.id] !== on) {
        lit.nodes[n.id] = on;
        nodeUpdates.push({ id: n.id, color: on ? n.color : DIM_NODE, font: { color: on ? FONT : DIM_FONT } });
      }
    });
    data.edges.forEach(function (e) {
      if (!edgeShown(e)) { return; }
      var on = edgeLit(e);
      if (lit.edges[e.id] !== on) {
        lit.edges[e.id] = on;
        edgeUpdates.push({ id: e.id, color: on ? e.color : { color: DIM_EDGE, highlight: DIM_EDGE, hover: DIM_EDGE },
                           font: { color: on ? EDGE_FONT : "rgba(0,0,0,0)" } });
      }
    });
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
  }

  function highlight(id) {
    var near = neighbourhood(id);
    relook(function (n) { return !!near[n.id]; }, function (e) { return e.from === id || e.to === id; });
    document.body.setAttribute("data-kg-focus", id);
  }

  function unhighlight() {
    relook(function () { return true; }, function () { return true; });
    document.body.removeAttribute("data-kg-focus");
  }

  // ------------------------------------------------------------------ side panel

  var info = $("kg-info");
  var infoBody = $("kg-info-body");

  function nodeButton(id) {
    var n = byId[id];
    var b = el("button", "kg-link", n ? n.label : id);
    b.type = "button";
    if (n) { b.insertBefore(swatch(n.color, "kg-dot"), b.firstChild); }
    b.addEventListener("click", function () { select(id, true); });
    return b;
  }

  function section(parent, title) {
    parent.appendChild(el("h3", "", title));
    var box = el("div", "kg-section");
    parent.appendChild(box);
    return box;
  }

  function fact(dl, name, value) {
    dl.appendChild(el("dt", "", name));
    var dd = el("dd");
    if (typeof value === "string") { dd.textContent = value; } else { dd.appendChild(value); }
    dl.appendChild(dd);
  }

  function relationList(parent, list, otherEnd, arrow) {
    var groups = {};
    list.forEach(function (e) { (groups[e.kgRelation] = groups[e.kgRelation] || []).push(e); });
    Object.keys(groups).sort().forEach(function (rel) {
      var row = el("div", "kg-rel");
      var head = el("div", "kg-rel-head");
      head.appendChild(swatch(relations[rel] ? relations[rel].color : "#999", "kg-bar"));
      head.appendChild(document.createTextNode(arrow(relationName(rel)) + " (" + groups[rel].length + ")"));
      row.appendChild(head);
      var ul = el("ul", "kg-rel-list");
      groups[rel].slice(0, LIST_MAX).forEach(function (e) {
        var li = el("li");
        li.appendChild(nodeButton(otherEnd(e)));
        if (e.kgEvidence.length) {
          var ev = el("button", "kg-ev-link", "证据 " + e.kgEvidence.length);
          ev.type = "button";
          ev.addEventListener("click", function () { showEdge(e.id); });
          li.appendChild(ev);
        }
        ul.appendChild(li);
      });
      if (groups[rel].length > LIST_MAX) { ul.appendChild(el("li", "kg-more", "… 另有 " + (groups[rel].length - LIST_MAX) + " 个")); }
      row.appendChild(ul);
      parent.appendChild(row);
    });
  }

  function showNode(id) {
    var n = byId[id];
    var box = el("div", "kg-panel");
    var h = el("h2", "", n.label);
    box.appendChild(h);
    var cls = el("div", "kg-panel-class");
    cls.appendChild(swatch(n.color, "kg-dot"));
    cls.appendChild(document.createTextNode(className(n.kgClass)));
    box.appendChild(cls);

    var dl = el("dl");
    if (n.kgAliases.length) { fact(dl, "别名 Aliases", n.kgAliases.join("、")); }
    if (n.kgCode) { fact(dl, "代码 Code", n.kgCode); }
    fact(dl, "提及 Mentions", String(n.kgMentions));
    fact(dl, "连接 Degree", String(n.kgDegree));
    if (n.kgDocs.length) {
      var docs = el("ul", "kg-docs");
      n.kgDocs.forEach(function (i) { docs.appendChild(el("li", "", docName(i))); });
      fact(dl, "来源 Sources (" + n.kgDocs.length + ")", docs);
    }
    box.appendChild(dl);

    if (n.kgStats.length) {
      var stats = section(box, "计数 Counts (" + n.kgStats.length + ")");
      n.kgStats.forEach(function (s) {
        var item = el("div", "kg-stat");
        item.appendChild(el("div", "kg-stat-value", s[0] + "：" + (s[3] ? "约 " : "") + s[1] + " " + s[2]));
        if (s[4]) { item.appendChild(quote(s[4])); }
        stats.appendChild(item);
      });
    }
    if (n.kgStructures.length) {
      var structs = section(box, "层级结构 Tier structures");
      n.kgStructures.forEach(function (st) {
        var chain = el("div", "kg-chain");
        st[0].forEach(function (tier, i) {
          if (i) { chain.appendChild(document.createTextNode(" → ")); }
          chain.appendChild(nodeButton(tier));
        });
        chain.appendChild(el("span", "kg-muted", " （" + st[1] + " 级）"));
        structs.appendChild(chain);
        if (st[2]) { structs.appendChild(quote(st[2])); }
      });
    }
    if (n.kgEvidence.length) {
      var ev = section(box, "证据 Evidence (" + n.kgEvidenceTotal + ")");
      ev.id = "kg-evidence";
      n.kgEvidence.forEach(function (ref) { ev.appendChild(evidenceItem(ref)); });
      if (n.kgEvidenceTotal > n.kgEvidence.length) {
        ev.appendChild(el("div", "kg-more", "… 另有 " + (n.kgEvidenceTotal - n.kgEvidence.length) + " 句"));
      }
    }
    if (outEdges[id].length || inEdges[id].length) {
      var rel = section(box, "关系 Relations");
      relationList(rel, outEdges[id], function (e) { return e.to; }, function (r) { return r + " →"; });
      relationList(rel, inEdges[id], function (e) { return e.from; }, function (r) { return "← " + r; });
    }
    infoBody.replaceChildren(box);
    info.hidden = false;
    infoBody.scrollTop = 0;
  }

  function showEdge(id) {
    var e = edgeById[id];
    var box = el("div", "kg-panel");
    var h = el("h2");
    h.appendChild(nodeButton(e.from));
    h.appendChild(document.createTextNode(" —" + relationName(e.kgRelation) + "→ "));
    h.appendChild(nodeButton(e.to));
    box.appendChild(h);
    if (e.kgEvidence.length) {
      var ev = section(box, "证据 Evidence (" + e.kgEvidence.length + ")");
      ev.id = "kg-evidence";
      e.kgEvidence.forEach(function (ref) { ev.appendChild(evidenceItem(ref)); });
    } else {
      box.appendChild(el("p", "kg-muted", "此关系没有单独的证据句。"));
    }
    infoBody.replaceChildren(box);
    info.hidden = false;
  }

  function select(id, focus) {
    if (!byId[id]) { return; }
    if (!state.visible[id]) {
      state.revealed[id] = true;
      applyVisibility();
    }
    state.selected = id;
    network.selectNodes([id]);
    highlight(id);
    showNode(id);
    if (focus) {
      network.focus(id, { scale: Math.max(network.getScale(), 1), animation: false });
    }
  }

  function clearSelection() {
    state.selected = null;
    network.unselectAll();
    unhighlight();
    info.hidden = true;
  }

  $("kg-info-close").addEventListener("click", clearSelection);
  network.on("click", function (p) {
    if (p.nodes.length) { select(p.nodes[0], false); }
    else if (p.edges.length) { state.selected = null; unhighlight(); showEdge(p.edges[0]); }
    else { clearSelection(); }
  });

  // ------------------------------------------------------------------ search

  // Label and aliases, folded, substring. Ranked: exact name, label prefix,
  // label substring, alias substring; within a rank the shorter label (the
  // closer match) first, then node (id) order.
  var haystacks = data.nodes.map(function (n) {
    return { id: n.id, label: fold(n.label), aliases: n.kgAliases.map(fold) };
  });
  var input = $("kg-search");
  var status = $("kg-search-status");
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
    var q = fold(input.value.trim());
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
      if (state.selected) { clearSelection(); }
      status.textContent = q ? "无匹配" : "";
      return;
    }
    show();
  }

  function show() {
    select(matches[cursor], true);
    status.textContent = (cursor + 1) + " / " + matches.length;
  }

  // While an input method composes (pinyin, zhuyin) the box holds Latin
  // letters that are no one's name: search once the characters are chosen.
  input.addEventListener("input", function (ev) { if (!ev.isComposing) { search(); } });
  input.addEventListener("compositionend", search);
  input.addEventListener("keydown", function (ev) {
    if (ev.isComposing) { return; }  // Enter and Escape then belong to the input method
    if (ev.key === "Enter" && matches.length) {
      cursor = (cursor + (ev.shiftKey ? matches.length - 1 : 1)) % matches.length;
      show();
    } else if (ev.key === "Escape") {
      input.value = "";
      search();
    }
  });

  updateCounts(first);
})();
