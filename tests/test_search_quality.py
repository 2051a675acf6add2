"""Search quality in headless Chromium: Pagefind's results against grep of the staged public text.

One generated corpus (30 documents, about 10 live) is built once for the module. For each word,
the documents the search page lists as holding it (all of them, through the page's own
`window.sumiSearch.find`) are compared with the staged public Markdown pages that contain the word
(NFKC, whitespace removed): recall and precision must be at least 95 %. Where plain Pagefind
falls short (its index and its queries segment Japanese with different tokenizers), a premise
assertion shows the gap, so each test proves what the page adds.
The measuring code is shared with `python -m bench.search_eval` (see README, "Search at scale").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.generate import generate
from bench.search_eval import (
    MAX_FIRST_RESULT_MS,
    MAX_QUERY_BYTES,
    Quality,
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

# Words of the generator's vocabulary that occur in 3–9 of the corpus's live pages.
WORDS = ("個人情報", "委託", "暗号化", "誓約書", "検診", "介護保険", "粗大ごみ", "納税通知書")
# Compounds that a plain query over-matches (its parts anywhere on the page) but an exact
# phrase ("…") finds precisely.
PHRASES = ("再委託", "目的外利用")
# Compounds whose plain Pagefind query matches its pieces anywhere on a page (入退室 → 入 + 退室):
# the search page checks each result's text and lists apart the pages holding only pieces.
OVER_MATCHED = ("入退室",)
# Words that Pagefind's index cuts differently from the query: （課税課） is indexed 課/税/課, so the
# phrase "課税" misses those pages; the page also searches the phrase "課 税" (its pieces side by side).
# クラウド is typed クラ + ウド but indexed whole, and its phrase finds nothing; the page also runs the
# plain word and its first two characters クラ. (On this small corpus the plain word already finds it;
# at 1,000 and 10,000 documents only the prefix did: bench.search_eval measures that.)
SPLIT_IN_INDEX = ("課税", "クラウド")
CLOUD_PAGES = {  # added to the generated corpus, which has no クラウド
    "2025-09-01": "（情報政策課）庁内の文書管理をクラウドサービスへ移す計画を報告します。",
    "2025-09-02": "委員：クラウド事業者との契約で、個人情報を含むデータの保存場所はどう定めているのか。",
    "2025-09-03": "（情報政策課）バックアップはクラウドの別の地域に置きます。",
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
    for day, sentence in CLOUD_PAGES.items():
        write(root / "content", f"kojin-joho/2025/{day}.md", f"---\ntitle: 令和7年度クラウド利用の報告（{day}）\n"
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
    """Every query of the module, searched once through Pagefind's JS API."""
    queries = [*WORDS, *OVER_MATCHED, *SPLIT_IN_INDEX, *(f'"{p}"' for p in PHRASES)]
    return api_results(browser, base_url, queries)


def _quality(corpus: Corpus, word: str, returned: frozenset[str]) -> Quality:
    expected = ground_truth(corpus.pages, [word])[word]
    assert expected, f"{word} is on no live page: the test would prove nothing"
    return Quality(word, expected, returned)


@pytest.mark.parametrize("word", WORDS)
def test_when_a_word_is_searched_then_recall_and_precision_are_at_least_95_percent(corpus, found, word) -> None:
    quality = _quality(corpus, word, found[word])
    assert quality.recall >= 0.95, sorted(quality.missed)
    assert quality.precision >= 0.95, sorted(quality.extra)


@pytest.mark.parametrize("word", PHRASES)
def test_when_a_compound_is_searched_as_a_phrase_then_it_is_found_precisely(corpus, found, word) -> None:
    quality = _quality(corpus, word, found[f'"{word}"'])
    assert quality.recall >= 0.95, sorted(quality.missed)
    assert quality.precision >= 0.95, sorted(quality.extra)


_PLAIN_PAGEFIND = """async (word) => {
  const r = await window.sumiSearch.pagefind.search(word);
  return (await Promise.all(r.results.map(x => x.data()))).map(d => d.url);
}"""


def _raw_pagefind(browser, base_url: str, query: str) -> frozenset[str]:
    """URLs of every result of Pagefind's own JS API for `query`, without the page's checks."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base_url + "search/", wait_until="load")
        page.wait_for_function("() => window.sumiSearch !== undefined")
        return frozenset(page.evaluate(_PLAIN_PAGEFIND, query))
    finally:
        context.close()


def _assert_page_finds_exactly(corpus: Corpus, found: dict[str, frozenset[str]], word: str) -> None:
    quality = _quality(corpus, word, found[word])
    assert quality.recall >= 0.95, sorted(quality.missed)
    assert quality.precision == 1.0, sorted(quality.extra)


@pytest.mark.parametrize("word", OVER_MATCHED)
def test_when_pagefind_over_matches_a_compound_then_the_page_lists_only_pages_holding_it(
        corpus, found, browser, base_url, word) -> None:
    plain = _raw_pagefind(browser, base_url, word)
    assert _quality(corpus, word, plain).precision < 0.95, "premise: plain Pagefind over-matches this word"
    _assert_page_finds_exactly(corpus, found, word)


@pytest.mark.parametrize("word", SPLIT_IN_INDEX)
def test_when_the_index_cuts_a_word_apart_then_the_page_still_finds_every_page(
        corpus, found, browser, base_url, word) -> None:
    phrase = _raw_pagefind(browser, base_url, f'"{word}"')
    assert _quality(corpus, word, phrase).recall < 0.95, "premise: Pagefind's phrase search misses pages"
    _assert_page_finds_exactly(corpus, found, word)


def test_when_a_withheld_text_is_searched_then_nothing_holding_it_is_found(corpus, browser, base_url) -> None:
    staged = corpus.site.parent / ".sumi-work" / "public"
    secrets = withheld_texts(corpus.content, staged, dt.date.fromisoformat(TODAY), 5)
    assert len(secrets) == 5
    # A control: a sentence of a public page, searched the same way, is found and held.
    url = sorted(corpus.pages)[0]
    control = next(line for line in (staged / url.strip("/")).with_suffix(".md").read_text(
        encoding="utf-8").splitlines() if line.startswith("（") and len(line) > 30)[:24]
    results = withheld_results(browser, base_url, [*secrets, control])
    assert results[-1].found and url in results[-1].holding
    assert [w.text for w in results[:-1] if w.found] == []


def test_when_a_word_is_typed_then_results_appear_within_1_s_and_under_1_mb(browser, base_url) -> None:
    typed = type_query(browser, base_url, "個人情報")
    assert typed.shown >= 1
    assert typed.ms <= MAX_FIRST_RESULT_MS
    assert 0 < typed.bytes <= MAX_QUERY_BYTES


@dataclass(frozen=True)
class Shown:
    """What the search page shows for an address, once both passes are in."""

    status: str
    listed: list[str]      # paths of the result list
    partial: list[str]     # paths listed apart (only pieces of the word)
    partial_heading: str
    more_hidden: bool      # the 「さらに読み込む」 button


def _shown(browser, base_url: str, word: str) -> Shown:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base_url + f"search/?q={word}", wait_until="load")
        page.wait_for_function("() => /件|見つかりません/.test(document.getElementById('sumi-status').textContent)")
        page.wait_for_function("() => !document.getElementById('sumi-results').hasAttribute('aria-busy')")
        paths = "as => as.map(a => a.pathname)"
        return Shown(page.locator("#sumi-status").inner_text(),
                     page.locator("#sumi-results .sumi-result__title a").evaluate_all(paths),
                     page.locator("#sumi-partial-results .sumi-result__title a").evaluate_all(paths),
                     page.locator("#sumi-partial-heading").inner_text(),
                     page.locator("#sumi-more").is_hidden())
    finally:
        context.close()


def test_when_a_compound_is_typed_then_pages_holding_only_its_pieces_are_listed_apart(corpus, browser, base_url) -> None:
    word = OVER_MATCHED[0]
    expected = ground_truth(corpus.pages, [word])[word]
    shown = _shown(browser, base_url, word)
    assert f"「{word}」を含む会議録：{len(expected)}件" in shown.status
    assert sorted(shown.listed) == sorted(expected)
    assert shown.partial and not set(shown.partial) & expected
    assert shown.partial_heading == f"言葉の一部だけが一致した会議録：{len(shown.partial)}件"
    assert shown.more_hidden


def _evaluate(browser, base_url: str, script: str, argument: object) -> object:
    """Run `script` (a JS function of `argument`) in a fresh search page once it is ready."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base_url + "search/", wait_until="load")
        page.wait_for_function("() => window.sumiSearch !== undefined")
        return page.evaluate(script, argument)
    finally:
        context.close()


def _first_pass_count(browser, base_url: str, word: str) -> int:
    """How many pages the page's first pass (the phrase and the word as typed) lists as holding `word`."""
    return _evaluate(browser, base_url, """async (word) => {
      const found = await window.sumiSearch.find(word, {}, 1000, true);
      return found.holding.length + found.unchecked.length;
    }""", word)


def test_when_the_index_cuts_a_word_apart_then_the_second_pass_adds_its_pages(corpus, browser, base_url) -> None:
    word = SPLIT_IN_INDEX[0]
    expected = ground_truth(corpus.pages, [word])[word]
    shown = _shown(browser, base_url, word)
    assert _first_pass_count(browser, base_url, word) < len(expected), \
        "premise: the phrase and the word as typed miss pages"
    assert sorted(shown.listed) == sorted(expected)
    assert f"「{word}」を含む会議録：{len(expected)}件" in shown.status


def test_when_fewer_results_are_loaded_then_the_rest_wait_for_more(browser, base_url) -> None:
    """With a load limit of 1, one result is checked; the other phrase hits are counted but
    unchecked, and the other plain hits wait for 「さらに読み込む」."""
    sizes = _evaluate(browser, base_url, """async (words) => {
      const out = [];
      for (const word of words) {
        const one = await window.sumiSearch.find(word, {}, 1);
        const all = await window.sumiSearch.find(word, {}, 1000);
        out.push([one.holding.length + one.partial.length, one.unchecked.length, one.more.length,
                  all.holding.length + all.partial.length]);
      }
      return out;
    }""", [WORDS[0], OVER_MATCHED[0]])
    for loaded, unchecked, waiting, everything in sizes:
        assert loaded == 1
        assert loaded + unchecked + waiting == everything
    assert sizes[0][1] >= 1, "phrase hits beyond the limit are counted, unchecked"
    assert sizes[1][2] >= 1, "plain hits beyond the limit wait for more"


def test_when_a_word_is_typed_then_its_index_chunks_load_before_the_search_runs(browser, base_url) -> None:
    """The 250 ms typing pause is held back here, so no search runs: only the preload can fetch
    the word's index chunks."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script("""(() => {
          const original = window.setTimeout;
          window.setTimeout = (callback, delay, ...rest) => delay === 250 ? 0 : original(callback, delay, ...rest);
        })()""")
        page.goto(base_url + "search/", wait_until="load")
        page.wait_for_function("() => window.sumiSearch !== undefined")
        with page.expect_request(lambda request: "/pagefind/index/" in request.url, timeout=10_000):
            page.locator("#sumi-q").fill(WORDS[0])
        page.wait_for_timeout(500)
        assert page.locator("#sumi-status").inner_text() == ""
        assert page.locator("#sumi-results > li").count() == 0
    finally:
        context.close()


# --- what a query costs: forms skipped, fragments fetched once ---------------------------------

EVERY_PAGE = "年度"  # in every minutes page's title (令和6年度第1回…, 令和7年度クラウド利用の報告)


def test_when_a_phrase_is_on_every_page_then_no_other_query_form_runs(corpus, browser, base_url) -> None:
    assert ground_truth(corpus.pages, [EVERY_PAGE])[EVERY_PAGE] == frozenset(corpus.pages), \
        "premise: the word is on every live page"
    first, split = _evaluate(browser, base_url, """async (words) => {
      const out = [];
      for (const word of words) {
        const forms = window.sumiSearch.forms(word);
        const found = await window.sumiSearch.find(word, {}, 10, true);
        out.push([forms.exact.length + forms.loose.length, found.complete,
                  found.holding.length + found.unchecked.length]);
      }
      return out;
    }""", [EVERY_PAGE, SPLIT_IN_INDEX[0]])
    assert first[0] > 2, "premise: the word has forms beyond the phrase and the word as typed"
    assert first[1] is True and first[2] == len(corpus.pages)
    assert split[1] is False, "a word on some pages still runs its other forms"


def test_when_the_phrase_fills_the_screen_then_the_first_pass_skips_the_word_as_typed(browser, base_url) -> None:
    """The word as typed (Pagefind's slower scored search) waits for the second pass."""
    first, both = _evaluate(browser, base_url, """async (word) => {
      const first = await window.sumiSearch.find(word, {}, 1, true);
      const both = await window.sumiSearch.find(word, {}, 1);
      return [[first.complete, first.more.length], [both.complete, both.more.length]];
    }""", PHRASES[0])
    assert both == [True, both[1]] and both[1] >= 1, "premise: the word as typed adds plain hits"
    assert first == [False, 0]


def test_when_a_word_is_cut_then_no_piece_is_a_lone_kana(browser, base_url) -> None:
    forms = _evaluate(browser, base_url, "(words) => words.map(w => window.sumiSearch.forms(w).exact)",
                      ["粗大ごみ", "課税"])
    assert forms[0] == ['"粗大ごみ"', '"粗 大ごみ"', '"粗大 ごみ"']
    assert forms[1] == ['"課税"', '"課 税"']


def test_when_the_second_pass_adds_pages_then_the_first_ones_stay_on_top(browser, base_url) -> None:
    """Pages shown by the first pass keep their places (a reader may already be reading them), so
    the second pass loads only new ones."""
    found = _evaluate(browser, base_url, """async (words) => {
      const ids = found => found.shown.map(r => r.id);
      for (const word of words) {
        const first = await window.sumiSearch.find(word, {}, 2, true);
        const fresh = await window.sumiSearch.find(word, {}, 2);
        const kept = await window.sumiSearch.find(word, {}, 2, false, first.shown);
        const shownFirst = ids(first).length;
        if (JSON.stringify(ids(fresh).slice(0, shownFirst)) !== JSON.stringify(ids(first))) {
          return [ids(first), ids(kept).slice(0, shownFirst)];
        }
      }
      return null;
    }""", [*SPLIT_IN_INDEX, *WORDS])
    assert found, "premise: for some word, the second pass alone would put other pages first"
    first, kept = found
    assert kept == first
