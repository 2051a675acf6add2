"""The public site in headless Chromium: axe-core, search, phones, print. Screenshots go to tmp_path."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from tests.public_site.conftest import AXE

pytestmark = pytest.mark.browser

MEETING = "kojin-joho/2024/2024-07-11/"      # has personal, corporate and security marks
AXE_PAGES = {
    "home": "",
    "council": "kojin-joho/",
    "fiscal-year": "kojin-joho/2024/",
    "meeting": MEETING,
    "search": "search/?q=委託",
}
SEARCH_WORD = "委託"                          # in some sample minutes, not all


def _open(page, base_url: str, path: str) -> None:
    page.goto(base_url + path)
    page.wait_for_load_state("networkidle")


def _axe(page) -> list[dict]:
    if not AXE.exists():
        pytest.fail("node_modules/axe-core is missing: run `npm ci` at the repository root")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""() => axe.run(document, {runOnly: {type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}})""")
    return result["violations"]


# ---- 6. Accessibility ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", list(AXE_PAGES))
def test_when_axe_runs_then_no_serious_or_critical_violations(page, base_url: str, name: str) -> None:
    _open(page, base_url, AXE_PAGES[name])
    if name == "search":
        page.wait_for_selector(".sumi-result")
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in _axe(page)
           if v["impact"] in ("serious", "critical")]
    assert bad == []


def test_when_a_page_has_marks_then_each_has_an_accessible_name(page, base_url: str) -> None:
    _open(page, base_url, MEETING)
    for label in ("非公開（個人情報）", "非公開（法人等情報）", "非公開（情報セキュリティ対策の詳細）"):
        mark = page.get_by_role("img", name=label)
        assert mark.count() >= 1, label
        assert mark.first.is_visible()


@pytest.mark.parametrize("path", list(AXE_PAGES.values()))
def test_when_a_page_is_read_then_headings_are_in_order_and_tables_have_header_cells(page, base_url, path) -> None:
    _open(page, base_url, path)
    levels = page.eval_on_selector_all("article h1, article h2, article h3, article h4, article h5, article h6",
                                       "els => els.map(e => Number(e.tagName[1]))")
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), levels
    headless = page.eval_on_selector_all("table", "ts => ts.filter(t => !t.querySelector('th')).length")
    assert headless == 0
    assert page.get_attribute("html", "lang") == "ja"


# ---- 4 and 8. Search -------------------------------------------------------------------------------

def _expected(built, word: str) -> set[str]:
    return {url for url, text in built.minutes_markdown().items() if word in text}


def _result_paths(page, base_url: str) -> set[str]:
    hrefs = page.eval_on_selector_all(".sumi-result__title a", "as => as.map(a => a.href)")
    return {h.removeprefix(base_url) for h in hrefs}


def _wait_until_searched(page) -> None:
    """Both passes of the search page are in (the result list is no longer aria-busy)."""
    page.wait_for_function("() => !document.getElementById('sumi-results').hasAttribute('aria-busy')")


def _list_all(page, count: int) -> None:
    """Load every result with 「さらに読み込む」 (a screen holds 10) until `count` are listed."""
    page.wait_for_function("() => /件|見つかりません/.test(document.getElementById('sumi-status').textContent)")
    _wait_until_searched(page)
    while page.locator("#sumi-more").is_visible():
        page.locator("#sumi-more").click()
        _wait_until_searched(page)
    page.wait_for_function("n => document.querySelectorAll('.sumi-result').length === n", arg=count)


def test_when_a_japanese_word_is_typed_then_exactly_the_minutes_with_it_are_listed(page, base_url, built,
                                                                                  tmp_path: Path) -> None:
    expected = _expected(built, SEARCH_WORD)
    assert 0 < len(expected) < len(built.minutes_markdown())
    _open(page, base_url, "search/")
    page.get_by_label("検索する言葉").type(SEARCH_WORD)
    page.keyboard.press("End")
    page.wait_for_selector(".sumi-result")
    _list_all(page, len(expected))
    _wait_until_searched(page)
    assert _result_paths(page, base_url) == expected
    assert SEARCH_WORD in page.locator("#sumi-status").inner_text()
    first = page.locator(".sumi-result").first
    assert re.search(r"審議会", first.locator(".sumi-result__council").inner_text())
    assert re.fullmatch(r"令和(元|\d+)年\d+月\d+日（.）", first.locator(".sumi-result__date").inner_text())
    assert SEARCH_WORD in first.locator(".sumi-result__excerpt mark").first.inner_text()
    assert "q=" in page.url
    page.screenshot(path=str(tmp_path / "search.png"), full_page=True)

    target = first.locator(".sumi-result__title a").get_attribute("href")
    first.locator(".sumi-result__title a").click()
    page.wait_for_load_state("networkidle")
    assert page.url.startswith(base_url) and page.url.endswith(target)
    assert SEARCH_WORD in page.locator("article").inner_text()


def test_when_results_are_narrowed_by_council_and_year_then_only_those_are_listed(page, base_url, built) -> None:
    word = "会長"
    everywhere = _expected(built, word)
    in_council = {u for u in everywhere if u.startswith("joho-kokai/")}
    assert in_council and in_council != everywhere
    _open(page, base_url, f"search/?q={word}")
    _list_all(page, len(everywhere))
    page.get_by_label("審議会", exact=True).select_option("情報公開運営審議会")
    _list_all(page, len(in_council))
    _wait_until_searched(page)
    assert _result_paths(page, base_url) == in_council

    years = page.eval_on_selector_all("#sumi-year option", "os => os.map(o => o.value).filter(Boolean)")
    western = [int(re.search(r"（(\d{4})年度）", y).group(1)) for y in years]
    assert western == sorted(western, reverse=True)
    year = next(y for y in years if "2025年度" in y)
    in_year = {u for u in in_council if u.startswith("joho-kokai/2025/")}
    page.get_by_label("年度", exact=True).select_option(year)
    _list_all(page, len(in_year))
    _wait_until_searched(page)
    assert _result_paths(page, base_url) == in_year
    assert "council=" in page.url and "year=" in page.url


def test_when_the_header_box_is_used_then_the_search_page_shows_results(page, base_url, built) -> None:
    _open(page, base_url, MEETING)
    page.get_by_role("searchbox", name="会議録を検索").fill(SEARCH_WORD)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    page.wait_for_selector(".sumi-result")
    _list_all(page, len(_expected(built, SEARCH_WORD)))
    assert page.get_by_label("検索する言葉").input_value() == SEARCH_WORD


# ---- 7. Phones and print ---------------------------------------------------------------------------

def test_when_read_on_a_375px_phone_then_the_meeting_page_fits_and_is_legible(browser, base_url, tmp_path) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 812}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True)
    try:
        page = context.new_page()
        _open(page, base_url, MEETING)
        page.screenshot(path=str(tmp_path / "meeting-375.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        body_px = page.eval_on_selector(".sumi-minutes > p", "p => parseFloat(getComputedStyle(p).fontSize)")
        assert body_px >= 14
        table = page.locator("article table").first.bounding_box()
        assert table and table["x"] >= 0 and table["x"] + table["width"] <= 375
        assert page.get_by_role("img", name="非公開（個人情報）").first.is_visible()
        assert page.get_by_role("searchbox", name="会議録を検索").is_visible()
    finally:
        context.close()


def test_when_a_meeting_page_is_printed_then_header_and_minutes_print_without_navigation(page, base_url,
                                                                                       tmp_path) -> None:
    _open(page, base_url, MEETING)
    page.emulate_media(media="print")
    for hidden in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-path", ".md-footer"):
        assert not page.locator(hidden).first.is_visible(), hidden
    assert page.locator("article table").first.is_visible()
    assert page.get_by_role("heading", name="1 開会").is_visible()
    ink = page.eval_on_selector(".sumi-ink", "e => getComputedStyle(e).backgroundColor")
    assert ink == "rgb(0, 0, 0)"
    label = page.eval_on_selector(".sumi-label", "e => [getComputedStyle(e).color, getComputedStyle(e).display]")
    assert label == ["rgb(0, 0, 0)", "inline"] or (label[0] == "rgb(0, 0, 0)" and label[1] != "none")
    page.screenshot(path=str(tmp_path / "meeting-print.png"), full_page=True)
    pdf = page.pdf(path=str(tmp_path / "meeting.pdf"), format="A4")
    assert pdf[:4] == b"%PDF"
