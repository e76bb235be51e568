"""The view of a large graph in headless Chromium: how long until it can be used, and each click after.

Writing graph.html fast is half of the view's cost at scale; the other half
is the browser's, paid by every reader on every visit. This opens a page in
Debian's ``chromium`` (never a downloaded browser) and times what a reader
waits for: the page drawn and its layout frozen, a search that selects a
node and dims the rest, a second search that moves the selection, and
clearing it.

    python bench/view.py GRAPH.html [GRAPH.html ...]

Prints one line per page; ``run.py`` calls ``measure`` for its rows.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
READY_TIMEOUT_S = 600


def missing() -> str | None:
    """Why the view cannot be measured here, or None."""
    if not os.access(CHROMIUM, os.X_OK):
        return f"{CHROMIUM} is not installed (apt-get install chromium)"
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is not installed (pip install playwright)"
    return None


def _two_labels(path: Path) -> tuple[str, str]:
    """The labels of the page's two best-ranked nodes of classes shown when it opens (what a reader looks up)."""
    text = path.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.DOTALL)
    if not m:
        raise SystemExit(f"bench: {path} is not a kg view")
    data = json.loads(m.group(1))
    on = {c["name"] for c in data["classes"] if c["on"]}
    ranked = sorted((n for n in data["nodes"] if n["kgClass"] in on), key=lambda n: n["kgRank"])
    if len(ranked) < 2:
        raise SystemExit(f"bench: {path} has fewer than two nodes to select")
    return ranked[0]["label"], ranked[1]["label"]


def _timed_search(page: Any, query: str) -> float:
    started = time.perf_counter()
    page.fill("#kg-search", query)
    page.evaluate("() => window.kgNetwork.getSelectedNodes()")  # returns once the page's handlers have run
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")  # drawn
    return time.perf_counter() - started


def measure(path: Path) -> dict[str, Any]:
    """Seconds to a usable page and per interaction, and how much of the graph the page opened on."""
    from playwright.sync_api import sync_playwright

    first, second = _two_labels(path)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            started = time.perf_counter()
            page.goto(path.resolve().as_uri(), wait_until="load", timeout=READY_TIMEOUT_S * 1000)
            loaded = time.perf_counter() - started
            while not page.evaluate("() => window.kgPhysicsOff === true"):
                if errors or time.perf_counter() - started > READY_TIMEOUT_S:
                    raise SystemExit(f"bench: {path} never became ready: {errors or 'timed out'}")
                page.wait_for_timeout(50)
            ready = time.perf_counter() - started
            shown = page.evaluate("() => [window.kgNetwork.body.data.nodes.length, "
                                  "window.kgNetwork.body.data.edges.length]")
            totals = page.locator("#kg-totals").inner_text()
            select = _timed_search(page, first)
            move = _timed_search(page, second)
            clear = _timed_search(page, "")
            if errors:
                raise SystemExit(f"bench: {path}: the page failed: {errors}")
        finally:
            browser.close()
    return {"mb": path.stat().st_size / 1e6, "loaded": loaded, "ready": ready, "nodes": shown[0],
            "edges": shown[1], "totals": totals, "select": select, "move": move, "clear": clear}


def describe(r: dict[str, Any]) -> str:
    return (f"drawn and frozen {r['ready']:.1f} s (page loaded {r['loaded']:.1f} s); "
            f"first selection {r['select']:.2f} s, moved {r['move']:.2f} s, cleared {r['clear']:.2f} s")


def main() -> None:
    reason = missing()
    if reason:
        raise SystemExit(f"bench: cannot measure the view: {reason}")
    for arg in sys.argv[1:]:
        r = measure(Path(arg))
        print(f"{arg} ({r['mb']:.0f} MB; opens on {r['nodes']:,} nodes, {r['edges']:,} relations of "
              f"{r['totals']}): {describe(r)}")


if __name__ == "__main__":
    main()
