"""The audit view in headless Chromium, and the search page's fiscal-year filter on the same site."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest
from audit_corpus import audit, build, write_corpus

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("browser")
    content = write_corpus(root)
    assert audit(content, root / "audit") == 0
    assert build(content, root / "site") == 0
    return root / "audit", root / "site"


def test_when_audit_view_opened_offline_then_columns_and_badges_show(browser, corpus, tmp_path):
    folder, _ = corpus
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((folder / "kojin-joho--2025--2025-06-05.html").as_uri())
    assert page.locator("table.diff thead").inner_text().split() == ["行", "項目", "原稿", "公開される文"]
    row = page.locator("tr", has=page.locator("td.src", has_text="河原崎 美津子 さん"))
    assert row.locator("td.pub").inner_text().count("■■■ 非公開（個人情報）") == 1
    assert "河原崎" not in row.locator("td.pub").inner_text()
    badge = row.locator("td.src a.badge").first
    assert "申出人の氏名" in badge.get_attribute("title")
    assert "kojin-joho/2025/2025-06-05.md:20:13" in badge.get_attribute("title")
    background = row.locator("td.src mark.withheld").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background == "rgb(255, 214, 214)"  # the stylesheet loaded from the folder itself
    badge.click()
    assert page.locator("tr:target").inner_text().startswith("1") or page.url.endswith("#m2")
    assert all(url.startswith("file://") for url in requests)
    page.screenshot(path=str(tmp_path / "audit-view.png"), full_page=True)
    page.close()


def test_when_index_opened_then_flagged_document_is_marked(browser, corpus):
    folder, _ = corpus
    page = browser.new_page()
    page.goto((folder / "index.html").as_uri())
    flagged = page.locator("tr.flagged")
    assert flagged.count() == 1 and "joho-kokai/2025/2025-08-21.md" in flagged.inner_text()
    page.close()


def test_when_a_fiscal_year_is_chosen_then_the_search_page_lists_its_minutes(browser, corpus):
    _, site = corpus
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{server.server_port}/search/")
        page.wait_for_function("() => window.sumiSearch !== undefined")
        years = page.eval_on_selector_all("#sumi-year option", "os => os.map(o => o.value).filter(Boolean)")
        assert sorted(v[:5] for v in years) == ["令和5年度", "令和7年度"]
        page.select_option("#sumi-year", next(v for v in years if v.startswith("令和5年度")))
        page.wait_for_function("() => /件/.test(document.getElementById('sumi-status').textContent)")
        assert page.locator("#sumi-status").inner_text() == "会議録：1件"
        assert page.locator(".sumi-result").count() == 1
        page.close()
    finally:
        server.shutdown()
