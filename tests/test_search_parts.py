"""The search index in parts of whole councils: planned, merged by the search page, reused by rebuilds.

A large site's minutes are indexed by Pagefind in parts (redaction/search_index.py); here the part
size is made small (`sumi.search_pages_per_part: 1`) so that a 20-document corpus of two councils
gets two parts.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.generate import generate
from bench.rank_parts import council_of
from bench.search_eval import api_results, ground_truth, serve, staged_minutes
from redaction.search_index import PART_STEP, PRIMARY, Part, plan_parts
from tests.conftest import CONFIG, build, config_variant, tree_bytes

# --- planning ------------------------------------------------------------------------------


def test_when_everything_fits_then_the_whole_site_is_one_part() -> None:
    assert plan_parts({"b": 700, "a": 600}, 2000) == [Part((), 1300, PRIMARY)]
    assert plan_parts({}, 2000) == [Part((), 0, PRIMARY)]


def test_when_councils_are_many_then_whole_councils_are_packed_in_name_order() -> None:
    parts = plan_parts({"d": 300, "a": 900, "c": 2500, "b": 1000}, 2000)
    assert parts == [Part(("a", "b"), 1900, PRIMARY), Part(("c",), 2500, "pagefind-parts/2"),
                     Part(("d",), 300, "pagefind-parts/3")]
    assert [p.glob for p in parts] == ["{a,b}/**/*.html", "c/**/*.html", "d/**/*.html"]


def test_when_parts_are_needed_then_they_are_as_even_as_whole_councils_allow_and_stay_put() -> None:
    counts = {"a": 1000, "b": 1000, "c": 100}
    assert plan_parts(counts, 2000) == [Part(("a",), 1000, PRIMARY), Part(("b", "c"), 1100, "pagefind-parts/2")]
    for more in ({"c": 101}, {"a": 1001}, {"b": 1050}):  # a page or a few more: the same councils in each part
        assert [p.councils for p in plan_parts(counts | more, 2000)] == [("a",), ("b", "c")]
    sizes = [p.pages for p in plan_parts({f"c{i:02d}": 77 for i in range(42)}, 2000)]
    assert len(sizes) == 2 and max(sizes) - min(sizes) <= PART_STEP + 77  # as few as fit, even within a step


# --- a site in two parts -------------------------------------------------------------------


WORDS = ("個人情報", "委託", "暗号化")


@dataclass(frozen=True)
class Corpus:
    content: Path
    out: Path
    pages: dict[str, str]
    config: Path          # the shipped configuration with parts of at most one page


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    root = tmp_path_factory.mktemp("search-parts")
    config = config_variant(root / "config", search_pages_per_part=1)
    generate(root / "content", 20, seed=5, config=CONFIG)
    assert build(root / "content", root, "--config", str(config)) == 0
    return Corpus(root / "content", root, staged_minutes(root / ".sumi-work" / "public"), config)


def test_when_the_site_is_in_parts_then_each_part_indexes_one_council(corpus: Corpus) -> None:
    site = corpus.out / "site"
    listed = json.loads((site / PRIMARY / "sumi-parts.json").read_text(encoding="utf-8"))
    assert listed == {"parts": ["pagefind-parts/2/"]}
    councils = sorted({council_of(url) for url in corpus.pages})
    assert len(councils) == 2, "premise: the corpus has two councils"
    counts = []
    for folder in (site / PRIMARY, site / "pagefind-parts/2"):
        entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
        counts.append(entry["languages"]["ja"]["page_count"])
    assert counts == [sum(1 for url in corpus.pages if council_of(url) == c) for c in councils]
    assert (site / PRIMARY / "pagefind.js").is_file()
    assert not [p.name for p in (site / "pagefind-parts/2").iterdir() if p.suffix in {".js", ".css"}]


def test_when_a_word_is_searched_then_every_part_answers(corpus: Corpus, browser) -> None:
    with serve(corpus.out / "site") as base:
        found = api_results(browser, base, WORDS)
    truth = ground_truth(corpus.pages, WORDS)
    for word in WORDS:
        assert {council_of(url) for url in truth[word]} == {council_of(url) for url in corpus.pages}, \
            f"premise: {word} is in both councils"
        assert found[word] == truth[word], word


def test_when_one_council_changes_then_only_its_part_is_indexed_again(
        corpus: Corpus, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = tmp_path / "content"
    shutil.copytree(corpus.content, content)
    out = tmp_path / "out"
    shutil.copytree(corpus.out / "site", out / "site")
    shutil.copytree(corpus.out / "archive", out / "archive")
    shutil.copytree(corpus.out / ".sumi-work", out / ".sumi-work")
    last_council = sorted({council_of(url) for url in corpus.pages})[-1]
    live = sorted(url for url in corpus.pages if council_of(url) == last_council)[0]
    edited = content / (live.strip("/") + ".md")
    edited.write_text(edited.read_text(encoding="utf-8") + "\n委員：会議録の索引を分けて作る件は了承した。\n",
                      encoding="utf-8")
    capsys.readouterr()
    assert build(content, out, "--config", str(corpus.config)) == 0
    log = capsys.readouterr()
    text = log.out + log.err
    assert "1/2" in text and "2/2" in text
    first = next(line for line in text.splitlines() if "検索索引" in line and "1/2" in line)
    second = next(line for line in text.splitlines() if "検索索引" in line and "2/2" in line)
    assert "reused" in first and "reused" not in second

    fresh = tmp_path / "fresh"
    assert build(content, fresh, "--config", str(corpus.config)) == 0
    assert tree_bytes(out / "site") == tree_bytes(fresh / "site")



def test_when_the_site_is_indexed_as_one_index_for_comparison_then_it_finds_what_the_parts_find(
        corpus: Corpus, tmp_path: Path, browser) -> None:
    """bench.rank_parts' reference: the same site, its minutes in one Pagefind index, finds the same pages
    for every word as the parts together (the ranking of the first screen is what the tool compares)."""
    from bench.rank_parts import first_screens, one_index_copy

    one_index_copy(corpus.out / "site", tmp_path / "one")
    assert not (tmp_path / "one" / "pagefind-parts").exists()
    entry = json.loads((tmp_path / "one" / PRIMARY / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["ja"]["page_count"] == len(corpus.pages)
    with serve(tmp_path / "one") as one_base, serve(corpus.out / "site") as parts_base:
        assert api_results(browser, one_base, WORDS) == api_results(browser, parts_base, WORDS)
        screens = first_screens(browser, one_base, WORDS, 5)
    assert all(len(urls) == 5 and len(set(urls)) == 5 for urls in screens.values())
