"""Search quality in headless Chromium: the search page's results against grep of the staged public text.

One generated corpus (30 documents, about 10 live, plus pages written here for the cases a word
segmenter misses) is built once for the module. For each word, the pages the search page counts as
holding it (`window.sumiSearch.match`, the list 「さらに読み込む」 pages through) must be exactly the live
minutes pages whose staged Markdown contains it (NFKC, white space removed): recall and precision
100 %, for words inside longer compounds, katakana inside longer katakana, one character, and
compounds whose pieces stand apart on other pages. Timing is measured by `python -m bench.search_eval`,
not here (docs/dev/search.md).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.generate import generate
from bench.search_eval import (
    MAX_QUERY_BYTES,
    api_results,
    ground_truth,
    serve,
    staged_minutes,
    type_query,
    withheld_results,
    withheld_texts,
)
from tests.conftest import CONFIG, TODAY, build, write

pytestmark = pytest.mark.browser

# Words of the generator's vocabulary that occur in some of the corpus's live pages.
WORDS = ("個人情報", "委託", "暗号化", "誓約書", "検診", "介護保険", "粗大ごみ", "納税通知書", "再委託", "目的外利用")
# Words that stand on some page only inside a longer word, one character, katakana inside katakana,
# and a compound whose pieces stand apart on another page (入退 + 退室 in 入退場 … 退室).
INSIDE = ("課税", "クラウド", "ラウ", "税", "ド", "入退室", "審議会の委員", "情報保護")
EXTRA_PAGES = {
    "2025-09-01": "（情報政策課）庁内の文書管理をガバメントクラウドへ移す計画を報告します。",
    "2025-09-02": "委員：クラウド事業者との契約で、個人情報保護運営審議会の委員として保存場所を伺う。",
    "2025-09-03": "（課税課）入退場の記録と、退室時の施錠を確認しました。",
    "2025-09-04": "（情報政策課）入退室の管理簿を電子化します。住民税の通知は別に扱います。",
}


@dataclass(frozen=True)
class Corpus:
    content: Path
    site: Path
    pages: dict[str, str]    # URL → normalized public text of the live minutes pages


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    root = tmp_path_factory.mktemp("search-quality")
    generate(root / "content", 30, seed=0, config=CONFIG)
    for day, sentence in EXTRA_PAGES.items():
        write(root / "content", f"kojin-joho/2025/{day}.md", f"---\ntitle: 令和7年度の報告（{day}）\n"
              f"council: kojin-joho\ndate: {day}\n---\n\n## 1 報告\n\n{sentence}\n")
    assert build(root / "content", root) == 0
    pages = staged_minutes(root / ".sumi-work" / "public")
    assert len(pages) >= 8
    return Corpus(root / "content", root / "site", pages)


@pytest.fixture(scope="module")
def base_url(corpus: Corpus) -> Iterator[str]:
    with serve(corpus.site) as base:
        yield base


@pytest.fixture(scope="module")
def found(browser, base_url: str) -> dict[str, frozenset[str]]:
    """Every word of the module, searched once through the search page's own `match`."""
    return api_results(browser, base_url, [*WORDS, *INSIDE])


@pytest.mark.parametrize("word", [*WORDS, *INSIDE])
def test_when_a_word_is_searched_then_exactly_the_pages_holding_it_are_found(corpus, found, word) -> None:
    expected = ground_truth(corpus.pages, [word])[word]
    assert expected, f"{word} is on no live page: the test would prove nothing"
    assert found[word] == expected


def test_when_a_word_stands_only_inside_longer_words_then_it_is_still_found(corpus, found) -> None:
    """Premises of INSIDE: what a dictionary segmenter would not cut out, and a compound's pieces apart."""
    texts = corpus.pages
    assert all("ガバメントクラウド" in t or "クラウド事業者" in t for u, t in texts.items() if "ラウ" in t)
    apart = [u for u, t in texts.items() if "入退" in t and "退室" in t and "入退室" not in t]
    assert apart and not set(apart) & found["入退室"]
    assert found["税"] >= found["課税"] and len(found["税"]) > len(found["課税"])


def test_when_a_withheld_text_is_searched_then_nothing_is_found(corpus, browser, base_url) -> None:
    staged = corpus.site.parent / ".sumi-work" / "public"
    secrets = withheld_texts(corpus.content, staged, dt.date.fromisoformat(TODAY), 5)
    assert len(secrets) == 5
    # A control: a sentence of a public page, searched the same way, is found.
    url = sorted(corpus.pages)[0]
    control = next(line for line in (staged / url.strip("/")).with_suffix(".md").read_text(
        encoding="utf-8").splitlines() if line.startswith("（") and len(line) > 30)[:24]
    results = withheld_results(browser, base_url, [*secrets, control])
    assert results[-1].found and url in results[-1].holding
    assert [w.text for w in results[:-1] if w.found] == []


def test_when_a_word_is_typed_then_results_appear_and_cost_under_1_mb(browser, base_url) -> None:
    typed = type_query(browser, base_url, "個人情報")
    assert typed.shown >= 1
    assert 0 < typed.bytes <= MAX_QUERY_BYTES


@dataclass(frozen=True)
class Shown:
    """What the search page shows for an address."""

    status: str
    listed: list[str]      # paths of the result list
    marks: list[str]       # the highlighted words of the snippets
    more_hidden: bool      # the 「さらに読み込む」 button
    excerpts: dict[str, str]  # result path -> its snippet's text


def _shown(browser, base_url: str, query: str) -> Shown:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base_url + f"search/?{query}", wait_until="load")
        page.wait_for_function("() => /件|見つかりません/.test(document.getElementById('sumi-status').textContent)")
        page.wait_for_function("() => !document.getElementById('sumi-results').hasAttribute('aria-busy')")
        paths = "as => as.map(a => a.pathname)"
        return Shown(page.locator("#sumi-status").inner_text(),
                     page.locator("#sumi-results .sumi-result__title a").evaluate_all(paths),
                     page.locator("#sumi-results .sumi-result__excerpt mark").all_inner_texts(),
                     page.locator("#sumi-more").is_hidden(),
                     {item.locator(".sumi-result__title a").evaluate("a => a.pathname"):
                      item.locator(".sumi-result__excerpt").inner_text() for item in page.locator(".sumi-result").all()})
    finally:
        context.close()


def test_when_a_word_inside_a_compound_is_typed_then_the_count_and_marks_are_exact(corpus, browser, base_url) -> None:
    word = "ラウ"
    expected = ground_truth(corpus.pages, [word])[word]
    shown = _shown(browser, base_url, f"q={word}")
    assert f"「{word}」を含む会議録：{len(expected)}件" in shown.status
    assert {f"{p}" for p in shown.listed} == expected
    assert shown.marks and set(shown.marks) == {word}
    assert shown.more_hidden


def test_when_more_pages_hold_a_word_than_a_screen_then_ten_are_shown_newest_first(corpus, browser, base_url) -> None:
    word = "の"
    expected = ground_truth(corpus.pages, [word])[word]
    assert len(expected) > 10, "premise: more pages than one screen"
    shown = _shown(browser, base_url, f"q={word}")
    assert f"「{word}」を含む会議録：{len(expected)}件（新しい順に10件を表示）" in shown.status
    assert len(shown.listed) == 10 and set(shown.listed) <= expected and not shown.more_hidden
    dates = [p.rstrip("/").rsplit("/", 1)[1] for p in shown.listed]
    assert dates == sorted(dates, reverse=True)


def test_when_a_word_is_typed_then_its_shards_load_before_the_search_runs(browser, base_url) -> None:
    """The 250 ms typing pause is held back here, so no search runs: only the preload can fetch the
    word's shard."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script("""(() => {
          const original = window.setTimeout;
          window.setTimeout = (callback, delay, ...rest) => delay === 250 ? 0 : original(callback, delay, ...rest);
        })()""")
        page.goto(base_url + "search/", wait_until="load")
        page.wait_for_function("() => window.sumiSearch !== undefined")
        with page.expect_request(lambda request: re.search(r"/search-index/\d+/g/", request.url), timeout=10_000):
            page.locator("#sumi-q").fill(WORDS[0])
        assert page.locator("#sumi-status").inner_text() == ""
        assert page.locator("#sumi-results > li").count() == 0
    finally:
        context.close()


def test_when_the_title_holds_the_word_then_the_snippet_is_from_the_text(browser, base_url) -> None:
    """A word of the title (the page's heading, the header table's name of the meeting) that the text holds
    too: the snippet shows the text, not the title again under the title."""
    shown = _shown(browser, base_url, "q=報告").excerpts
    assert shown["/kojin-joho/2025/2025-09-01/"] == "1 報告"  # its section heading, then its sentence
    shown = _shown(browser, base_url, "q=個人情報&council=個人情報保護運営審議会").excerpts
    assert len(shown) >= 3 and all(text for text in shown.values())
    generated = {path: text for path, text in shown.items() if "/2025-09-0" not in path}  # EXTRA_PAGES: only the title
    assert generated and [t for t in generated.values() if re.search(r"第\d+回個人情報保護運営審議会", t)] == []
