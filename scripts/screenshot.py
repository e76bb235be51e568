"""Screenshot of the network view for the README (``make screenshot`` → docs/view.png).

Builds the seeds, opens the page in Debian's headless ``chromium`` through
Playwright (the system browser, never a downloaded one), waits until the
layout has frozen, selects a node so the side panel and the dimmed
neighbourhood show, and saves a PNG. ``tests/test_html_browser.py`` runs the
same function into a temporary folder, so the picture in the README is one
the suite knows how to regenerate.

    .venv/bin/python scripts/screenshot.py [--out docs/view.png] [--select 台江区]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
VIEWPORT = {"width": 1400, "height": 860}
SETTLE_TIMEOUT_S = 30.0


def screenshot(html_path: Path, out: Path, select: str | None = "台江区") -> Path:
    """Open ``html_path``, wait for physics to stop, search ``select``, write the PNG to ``out``."""
    from playwright.sync_api import sync_playwright

    out.parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1)
            # the page is offline by construction; refuse anything else anyway
            context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page = context.new_page()
            page.goto(html_path.resolve().as_uri(), wait_until="load")
            deadline = time.monotonic() + SETTLE_TIMEOUT_S
            while not page.evaluate("() => window.kgPhysicsOff === true"):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"layout did not settle within {SETTLE_TIMEOUT_S} s")
                page.wait_for_timeout(100)
            if select:
                page.fill("#kg-search", select)
                page.wait_for_timeout(300)
            page.screenshot(path=str(out))
        finally:
            browser.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "view.png")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--select", default="台江区", help="node to search for and open in the panel ('' for none)")
    args = parser.parse_args(argv)

    import kg

    graph = kg.build(args.seeds)
    with tempfile.TemporaryDirectory() as tmp:
        page = graph.to_html(Path(tmp) / "graph.html")
        screenshot(page, args.out, args.select or None)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
