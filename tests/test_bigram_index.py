"""The bigram index of `bench.bigram_index` against grep of the staged text (`bench.search_eval.ground_truth`).

A tiny staging folder is written by hand: minutes pages (front matter `kind: minutes`) with a word
split across a line break, a word in half-width katakana (NFKC), a page holding a word's bigrams
only apart, and a fiscal-year page that is not a minutes page.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from bench.bigram_index import (
    APPENDED,
    BigramIndex,
    ShardFiles,
    build_index,
    edit_page,
    page_table,
    search,
    write_shards,
)
from bench.search_eval import ground_truth, normalized, staged_minutes

WORDS = ("個人情報", "入退室", "マイナンバー", "委託", "再委託", "生体認証")


def minutes(title: str, body: str) -> str:
    return (f"---\nsumi:\n  council: c\n  kind: minutes\ntitle: {title}\n---\n\n# 見出し{title}\n\n{body}\n")


PAGES = {
    # 個人情報 split by a line break in the Markdown: grep of the normalized text finds it.
    "c/2024/2024-01-10.md": minutes("第1回", "委員：個人\n情報の扱いについて伺います。\n\n入退室の記録は残します。"),
    # 入退 and 退室 apart, never 入退室: a candidate of (a), no match of (b).
    "c/2024/2024-02-10.md": minutes("第2回", "入退場の管理と、退室時の施錠を確認した。業務を委託する。"),
    # Half-width katakana: NFKC makes マイナンバー.
    "d/2025/2025-03-03.md": minutes("第3回", "ﾏｲﾅﾝﾊﾞｰの利用と再委託の条件。"),
    # Not a minutes page: never found.
    "c/2024/index.md": "---\nsumi:\n  kind: fiscal_year\ntitle: 年度\n---\n\n個人情報 入退室 委託\n",
}


@pytest.fixture
def staged(tmp_path: Path) -> Path:
    root = tmp_path / "public"
    for rel, text in PAGES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def indexed(staged: Path, positional: bool, shards: int, folder: Path) -> tuple[list[str], BigramIndex, ShardFiles]:
    pages = staged_minutes(staged)
    urls = list(pages)
    index = build_index([pages[u] for u in urls], positional)
    files, _ = write_shards(index, shards, folder)
    return urls, index, files


@pytest.mark.parametrize("shards", [1, 4, 64])
def test_positions_find_exactly_what_grep_finds(staged: Path, tmp_path: Path, shards: int) -> None:
    urls, _, files = indexed(staged, True, shards, tmp_path / "b")
    expected = ground_truth(staged_minutes(staged), WORDS)
    assert expected["個人情報"] == {"/c/2024/2024-01-10/"}  # premise: the split word counts
    assert expected["マイナンバー"] == {"/d/2025/2025-03-03/"}
    for word in WORDS:
        assert {urls[p] for p in search(files, word, positional=True).pages} == expected[word], word


@pytest.mark.parametrize("shards", [1, 4, 64])
def test_pages_give_a_superset_of_grep(staged: Path, tmp_path: Path, shards: int) -> None:
    urls, _, files = indexed(staged, False, shards, tmp_path / "a")
    expected = ground_truth(staged_minutes(staged), WORDS)
    found = {w: {urls[p] for p in search(files, w, positional=False).pages} for w in WORDS}
    for word in WORDS:
        assert found[word] >= expected[word], word
    assert found["入退室"] == expected["入退室"] | {"/c/2024/2024-02-10/"}  # bigrams apart: a false candidate


def test_one_character_is_not_supported(staged: Path, tmp_path: Path) -> None:
    _, _, files = indexed(staged, True, 4, tmp_path / "b")
    with pytest.raises(ValueError, match="one character"):
        search(files, "委", positional=True)


@pytest.mark.parametrize("positional", [False, True])
def test_an_edit_rewrites_the_shards_a_rebuild_would_write(staged: Path, tmp_path: Path, positional: bool) -> None:
    pages = staged_minutes(staged)
    urls = list(pages)
    texts = [pages[u] for u in urls]
    index = build_index(texts, positional)
    files, _ = write_shards(index, 16, tmp_path / "edited")
    number = urls.index("/c/2024/2024-02-10/")
    edited = texts[number][:5] + normalized(APPENDED) + texts[number][5:]
    update = edit_page(index, files, number, edited, whole_page=False)
    assert 0 < update.shards <= 16
    texts[number] = edited
    _, fresh = write_shards(build_index(texts, positional), 16, tmp_path / "fresh")
    for shard in range(16):
        assert gzip.decompress(files.path(shard).read_bytes()) == \
            gzip.decompress((tmp_path / "fresh" / files.path(shard).name).read_bytes()), shard
    assert {urls[p] for p in search(files, "ズミレ基金", positional).pages} == {"/c/2024/2024-02-10/"}
    assert fresh.gzip_bytes == sum(files.sizes)


def test_page_table_titles(staged: Path) -> None:
    urls = list(staged_minutes(staged))
    assert [p.title for p in page_table(staged, urls)] == ["第1回", "第2回", "第3回"]
