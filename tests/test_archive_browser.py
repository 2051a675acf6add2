"""An unzipped archive bundle opened from disk (file://) in headless Chromium: styles load, links work,
the marks are black ink that a screen reader reads as words, the pages print, axe finds nothing serious."""

from __future__ import annotations

import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.archive_corpus import REPO, run_build, write_config, write_minutes

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"


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
            page = browser.new_page(viewport={"width": 1000, "height": 900})
            failed: list[str] = []
            requested: list[str] = []
            # axe-core fetches the stylesheets again by XHR, which a file:// page refuses it; the page itself sends no XHR.
            # (Told apart by the request's kind, not by when the failure arrives: under load it came after the audit.)
            page.on("requestfailed", lambda request: request.resource_type == "xhr"
                    or failed.append(f"{request.url} {request.failure}"))
            page.on("request", lambda request: requested.append(request.url))
            page.goto((unzipped / "index.html").as_uri())
            page.wait_for_load_state("load")
            # The bundle's stylesheet: the header's rule, Japanese fonts first.
            assert page.eval_on_selector(".bundle-header", "e => getComputedStyle(e).borderBottomStyle") == "solid"
            assert page.evaluate("getComputedStyle(document.documentElement).fontFamily").startswith(
                '"Noto Sans CJK JP"')
            assert page.get_attribute("html", "lang") == "ja"
            assert page.locator("table.bundle-index tbody tr").count() == 2
            assert _serious(page) == []
            page.screenshot(path=str(tmp_path / "bundle-index.png"), full_page=True)

            page.click("article a[href='2022-01-20.html']")                 # from the bundle's index…
            page.wait_for_load_state("load")
            assert page.url.endswith("/joho-kokai-fy2021/2022-01-20.html")
            assert "第2回情報公開運営審議会" in page.inner_text("article h1")
            # The theme's stylesheet (copied as it is): the redaction mark is black ink of fixed width…
            assert page.eval_on_selector(".sumi-mark", "e => getComputedStyle(e).display") == "inline-flex"
            assert page.eval_on_selector(".sumi-ink", "e => getComputedStyle(e).backgroundColor") == "rgb(0, 0, 0)"
            # …which a screen reader reads as words: an image named 非公開（個人情報）, its ink hidden from it.
            assert page.get_by_role("img", name="非公開（個人情報）").count() == 1
            assert page.get_attribute(".sumi-ink", "aria-hidden") == "true"
            assert _serious(page) == []
            page.screenshot(path=str(tmp_path / "bundle-page.png"), full_page=True)

            page.emulate_media(media="print")                                  # on paper: no pager, the ink stays
            assert page.eval_on_selector(".bundle-pager", "e => getComputedStyle(e).display") == "none"
            assert page.eval_on_selector(".sumi-ink", "e => getComputedStyle(e).backgroundColor") == "rgb(0, 0, 0)"
            assert page.eval_on_selector(".sumi-label", "e => getComputedStyle(e).display") != "none"
            page.screenshot(path=str(tmp_path / "bundle-print.png"), full_page=True)
            page.emulate_media(media="screen")

            page.click("nav a[rel='prev']")                                    # …to the meeting before…
            page.wait_for_load_state("load")
            assert "第1回情報公開運営審議会" in page.inner_text("article h1")
            page.click("nav a[href='index.html']")                             # …and back
            page.wait_for_load_state("load")
            assert page.url.endswith("/joho-kokai-fy2021/index.html")
        finally:
            browser.close()
    assert failed == []
    assert [url for url in requested if not url.startswith("file://")] == []
    assert any(url.endswith("/assets/sumi.css") for url in requested)
    assert any(url.endswith("/assets/bundle.css") for url in requested)


def _serious(page) -> list[tuple[str, str]]:
    """axe-core's serious and critical findings on the open page (WCAG 2.2 AA and best practice)."""
    if not AXE.exists():
        pytest.fail("node_modules/axe-core is missing: run `npm ci` at the repository root")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""() => axe.run(document, {runOnly: {type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}})""")
    return [(v["id"], v["impact"]) for v in result["violations"] if v["impact"] in ("serious", "critical")]
