"""Take the manual's screenshots from the sample site, in headless Chromium, so that they follow the product.

    python -m docs.tools.screenshots

Builds the sample content (content/, mkdocs.yml) into a temporary folder with a fixed "today",
writes its audit folder beside it, serves the site on 127.0.0.1 and saves PNGs into docs/img/.
Run it again after a change to the theme or the page layout, look at the pictures, commit them.
"""

from __future__ import annotations

import functools
import http.server
import sys
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from redaction.cli import main as build_py

REPO = Path(__file__).resolve().parents[2]
IMG = REPO / "docs" / "img"
TODAY = "2026-11-22"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
MEETING = "kojin-joho/2025/2025-06-05/"       # a meeting page of the sample with marks of several categories
AUDIT_PAGE = "kojin-joho--2025--2025-06-05.html"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _shoot(page: Page, url: str, name: str, *, selector: str | None = None, width: int = 1100,
           height: int = 640) -> None:
    page.set_viewport_size({"width": width, "height": height})
    page.goto(url)
    page.wait_for_load_state("networkidle")
    if selector:
        # One scroll down to a little above the element: scrolling up would show Material's
        # "back to top" button over the page.
        page.evaluate("(s) => window.scrollTo(0, document.querySelector(s).getBoundingClientRect().top"
                      " + window.scrollY - 240)", selector)
    page.wait_for_timeout(800)  # the header's title transition
    page.screenshot(path=str(IMG / name))
    print(f"docs/img/{name}")


def take(out: Path) -> None:
    common = ["--content", str(REPO / "content"), "--today", TODAY, "--config", str(REPO / "mkdocs.yml")]
    if build_py(["build", *common, "--site", str(out / "site"), "--archive", str(out / "archive")]) != 0:
        raise SystemExit("the sample site did not build")
    if build_py(["audit", *common, "--out", str(out / "audit")]) != 0:
        raise SystemExit("the sample audit folder was not written")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(out)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    IMG.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as driver:
            browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(locale="ja-JP")
            _shoot(page, f"{base}/site/{MEETING}", "meeting-page.png", selector=".sumi-mark")
            _shoot(page, f"{base}/site/{MEETING}", "meeting-header.png")
            _shoot(page, f"{base}/audit/{AUDIT_PAGE}", "audit-document.png", selector="a.badge:not(.public):not(.disclosed)")
            _shoot(page, f"{base}/audit/index.html", "audit-index.png")
            browser.close()
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="sumi-screenshots-") as folder:
        take(Path(folder))
    sys.exit(0)
