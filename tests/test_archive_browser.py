"""An unzipped archive bundle opened from disk (file://) in headless Chromium: styles load, links work."""

from __future__ import annotations

import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.archive_corpus import run_build, write_config, write_minutes

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def unzipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bundle")
    write_minutes(root / "content", "2021-06-10", 1)
    write_minutes(root / "content", "2022-01-20", 2)
    write_config(root)
    assert run_build(root, "2026-11-22") == 0
    target = root / "unzipped"
    with zipfile.ZipFile(root / "archive" / "joho-kokai-fy2021.zip") as archive:
        archive.extractall(target)
    return target / "joho-kokai-fy2021"


def test_when_bundle_opened_from_disk_then_styles_load_and_links_work(unzipped: Path, tmp_path: Path) -> None:
    pytest.importorskip("playwright.sync_api")
    # A thread of its own: a session-wide Playwright elsewhere in the suite may hold this thread's event loop.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(_open_bundle, unzipped, tmp_path).result()


def _open_bundle(unzipped: Path, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            failed: list[str] = []
            requested: list[str] = []
            page.on("requestfailed", lambda request: failed.append(request.url))
            page.on("request", lambda request: requested.append(request.url))
            page.goto((unzipped / "index.html").as_uri())
            page.wait_for_load_state("load")
            # Material's stylesheet: the header is sticky; its palette: indigo.
            assert page.eval_on_selector(".md-header", "e => getComputedStyle(e).position") == "sticky"
            assert page.eval_on_selector(".md-header", "e => getComputedStyle(e).backgroundColor") == "rgb(64, 81, 181)"

            page.click("article a[href='2022-01-20.html']")                 # from the bundle's first page…
            page.wait_for_load_state("load")
            assert page.url.endswith("/joho-kokai-fy2021/2022-01-20.html")
            assert "第2回情報公開運営審議会" in page.inner_text("article h1")
            # Sumi's own stylesheet: the redaction mark is black ink of fixed width.
            assert page.eval_on_selector(".sumi-mark", "e => getComputedStyle(e).display") == "inline-flex"
            assert page.eval_on_selector(".sumi-ink", "e => getComputedStyle(e).backgroundColor") == "rgb(0, 0, 0)"
            page.screenshot(path=str(tmp_path / "bundle-page.png"), full_page=True)

            page.click("nav a[href='2021-06-10.html']")                     # …across the nav…
            page.wait_for_load_state("load")
            assert "第1回情報公開運営審議会" in page.inner_text("article h1")
            page.click("nav a[href='index.html']")                          # …and back
            page.wait_for_load_state("load")
            assert page.url.endswith("/joho-kokai-fy2021/index.html")
        finally:
            browser.close()
    assert failed == []
    assert [url for url in requested if not url.startswith("file://")] == []
    assert any(url.endswith("/assets/sumi.css") for url in requested)
