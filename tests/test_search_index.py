"""Sumi's search index (redaction/website/search): the text it holds, exact answers, page-by-page updates that
write what a full build writes, and byte-identical builds.

`answer` reads the written files back the way theme/assets/sumi-search.js does (the n-gram posting of
a query of up to four characters, 4-gram positions for longer ones), so that the index itself is checked against a plain substring
test of the same text; the browser tests (tests/test_search_quality.py) check the page's script.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from bench.bigram_index import added, appended, inserted, one_character, same_folders
from redaction.core.normalize import squash
from redaction.website.search import bulk, codec, index
from redaction.website.search.index import (
    PAGES,
    Layout,
    SearchPage,
    build_index,
    decoded_texts,
    forward,
    ordered,
    search_page,
    segment_ids,
    text_file,
    update_index,
)
from redaction.website.search.text import _parsed_segments, _plain_segments, segments


def page(url: str, date: str, body: str, council: str = "個人情報保護運営審議会") -> SearchPage:
    markdown = f"---\ntitle: t\nsumi:\n  kind: minutes\n---\n\n# 第{date}回\n\n{body}\n"
    return search_page(url, f"会議 {date}", council, "令和6年度（2024年度）", date, date, markdown)


PAGES_TEXT = {
    "a/2024/2024-05-01": "委員：個人情報保護運営審議会の委員として伺う。\n\nガバメントクラウドへ移行する。",
    "a/2024/2024-06-01": "入退場の管理と、退室時の施錠を確認した。\n\n| 項目 | 内容 |\n| --- | --- |\n| 欠席者 | なし |",
    "b/2024/2024-07-01": "ﾏｲﾅﾝﾊﾞｰの利用。個人\n情報の扱い。[[■personal]]の件。\n\n!!! sumi-count \"非公開とした箇所\"\n    1か所を非公開としています。",
    "b/2024/2024-08-01": "入退室の記録を残す。クラウド事業者。",
}


@pytest.fixture(autouse=True, params=[(index.TAIL, index.NEWEST), (3, index.NEWEST), (3, 2)],
                ids=["one part", "two parts", "three parts"])
def tail(request, monkeypatch) -> int:
    """Every test with the index in one part, in two (the pages after the last multiple of 3 apart), and in three
    (then the pages after the last multiple of 2 apart, once there are five)."""
    monkeypatch.setattr(index, "TAIL", request.param[0])
    monkeypatch.setattr(index, "NEWEST", request.param[1])
    return request.param[0]


@pytest.fixture
def pages() -> list[SearchPage]:
    return ordered(page(url, url.rsplit("/", 1)[1], body) for url, body in PAGES_TEXT.items())


def answer(folder: Path, word: str) -> set[str]:
    """The pages the index holds for `word`, read from the files as the search page reads them."""
    meta = json.loads((folder / PAGES).read_text(encoding="utf-8"))
    layouts = [Layout(*row) for row in meta["parts"]]
    word = squash(word)

    def posting(key: str, positional: bool) -> dict[int, bytes]:
        found: dict[int, bytes] = {}
        for layout in layouts:
            path = folder / (layout.positional_file(key) if positional else layout.gram_file(key))
            held = codec.decode_shard(path.read_bytes(), positional).get(key, {}) if path.is_file() else {}
            found.update((layout.first + n, spots) for n, spots in held.items())
        return found

    if len(word) <= 4:
        found = set(posting(word, False))
    else:
        offsets = sorted({*range(0, len(word) - 3, 4), len(word) - 4})
        postings = [(d, posting(word[d:d + 4], True)) for d in offsets]
        found = set()
        for number in set.intersection(*(set(p) for _, p in postings)):
            spots = [(d, set(codec.decode_occurrences(p[number]))) for d, p in postings]
            if any(all((sid, offset + d) in where for d, where in spots) for sid, offset in spots[0][1]):
                found.add(number)
    return {meta["pages"][n][0] for n in found}


def grep(pages: list[SearchPage], word: str) -> set[str]:
    return {p.url for p in pages if any(squash(word) in squash(s) for s in p.segments)}


def test_when_markdown_is_read_then_each_paragraph_and_cell_is_a_segment_as_shown() -> None:
    got = segments("---\ntitle: x\n---\n\n# 見出し **太字**\n\n個人\n情報の[[■personal]]件。\n\n"
                   "| 項目 | 内容 |\n| --- | --- |\n| 欠席者 | なし |\n\n"
                   "!!! sumi-count \"非公開とした箇所\"\n    1か所を非公開としています。\n\n- 一つ目\n- 二つ目\n")
    assert got == ("見出し 太字", "個人情報の■■■件。", "項目", "内容", "欠席者", "なし", "非公開とした箇所",
                   "1か所を非公開としています。", "一つ目", "二つ目")


WORDS = ("個人情報", "情報", "報", "ン", "クラウド", "マイナンバー", "入退室", "欠席者なし", "欠席者", "■■■",
         "非公開とした箇所", "委員", "審議会の委員", "の", "。", "ズミレ")


def test_when_words_are_searched_then_the_index_answers_exactly_what_grep_finds(pages, tmp_path) -> None:
    build_index(tmp_path / "i", pages)
    assert grep(pages, "個人情報") == {"a/2024/2024-05-01/", "b/2024/2024-07-01/"}  # split by a line break
    assert grep(pages, "入退室") == {"b/2024/2024-08-01/"}          # 2024-06-01 holds 入退 and 退室 apart
    assert grep(pages, "欠席者なし") == set()                         # two cells: never one word
    for word in WORDS:
        assert answer(tmp_path / "i", word) == grep(pages, word), word


def test_when_random_substrings_are_searched_then_the_index_agrees_with_grep(pages, tmp_path) -> None:
    build_index(tmp_path / "i", pages)
    rng = random.Random(7)
    text = "".join(squash(s) for p in pages for s in p.segments) + "入退場室ンクラ"
    for _ in range(300):
        start = rng.randrange(len(text) - 1)
        word = text[start:start + rng.randint(1, 7)]
        assert answer(tmp_path / "i", word) == grep(pages, word), word


def test_when_segment_hashes_collide_then_the_later_text_takes_the_next_id() -> None:
    first = "あ"
    other = next(t for t in (f"い{i}" for i in range(200_000)) if zlib.crc32(t.encode()) % 65536 == zlib.crc32(first.encode()) % 65536)
    ids = segment_ids([first, other, first])
    assert ids[0] == ids[2] and ids[1] == (ids[0] + 1) % 65536


EDITS = {"appended": appended, "inserted": inserted, "one character": one_character}


@pytest.mark.parametrize("edit", list(EDITS))
def test_when_one_page_is_edited_then_the_update_writes_what_a_full_build_writes(pages, tmp_path, edit) -> None:
    build_index(tmp_path / "old", pages)
    changed = [*pages[:1], EDITS[edit](pages[1]), *pages[2:]]
    build_index(tmp_path / "expected", changed)
    shutil.copytree(tmp_path / "old", tmp_path / "updated")
    written = update_index(tmp_path / "updated", [(p.url, p.digest) for p in pages], changed)
    assert written is not None and not written.full
    assert 0 < written.shards < written.shards_total, "only the shards the edit touches"
    assert same_folders(tmp_path / "updated", tmp_path / "expected")
    assert answer(tmp_path / "updated", "ズミレ基金") == ({pages[1].url} if edit != "one character" else set())


def test_when_a_page_is_added_or_removed_then_the_update_writes_what_a_full_build_writes(pages, tmp_path) -> None:
    build_index(tmp_path / "old", pages)
    state = [(p.url, p.digest) for p in pages]
    for name, changed in (("added", added(pages)), ("removed", pages[1:]), ("middle added", ordered(
            [*pages, replace(page("a/2024/2024-05-15", "2024-05-15", "新しい会議。"))]))):
        build_index(tmp_path / f"expected-{name}", changed)
        shutil.copytree(tmp_path / "old", tmp_path / name)
        assert update_index(tmp_path / name, state, changed) is not None
        assert same_folders(tmp_path / name, tmp_path / f"expected-{name}"), name


def test_when_built_twice_then_every_byte_is_the_same(pages, tmp_path) -> None:
    build_index(tmp_path / "a", pages)
    build_index(tmp_path / "b", ordered(reversed(pages)))
    assert same_folders(tmp_path / "a", tmp_path / "b")
    assert all(p.read_bytes()[:2] == b"\x1f\x8b" for p in (tmp_path / "a").rglob("*.bin"))
    assert gzip.decompress((tmp_path / "a" / text_file(pages[0].url)).read_bytes()).decode().split("\n") == \
        list(pages[0].segments)


def test_when_the_shards_are_decoded_then_they_hold_the_pages_text(pages, tmp_path) -> None:
    """What the positional shards spell together: every segment of four or more characters."""
    build_index(tmp_path / "i", pages)
    texts = decoded_texts(tmp_path / "i")
    for number, p in enumerate(pages):
        held = texts[str(number)].split("\n")
        for segment in p.segments:
            if len(squash(segment)) >= 4:
                assert squash(segment) in held, segment


def test_when_the_index_spells_a_withheld_text_then_the_leak_scan_finds_it(pages, tmp_path) -> None:
    """The leak scan searches the index for every withheld text (redaction.publishing.leakscan.scan_search_index):
    a page whose paragraph holds it is a leak, a page holding only its pieces apart is not."""
    from redaction.publishing.leakscan import LeakScanner, scan_search_index

    build_index(tmp_path / "i", pages)
    row = object()
    needles = [(squash(t), row) for t in ("ガバメントクラウド", "入退室", "報", "存在しない秘密")]
    leaks = scan_search_index(LeakScanner(needles), tmp_path / "i", "site/search-index/")
    assert sorted((leak.needle, leak.file) for leak in leaks) == [
        ("ガバメントクラウド", "site/search-index/a/2024/2024-05-01/"),
        ("入退室", "site/search-index/b/2024/2024-08-01/"),
        ("報", "site/search-index/a/2024/2024-05-01/"),
        ("報", "site/search-index/b/2024/2024-07-01/")]


def test_when_the_shards_a_withheld_text_reads_are_as_a_clean_scan_left_them_then_it_is_not_asked_again(
        pages, tmp_path) -> None:
    """A rebuild's leak scan asks the index again only for the withheld texts whose shard files changed since the
    last clean scan (same bytes at the same paths, same parts: the same answer as then). Here the state given as
    clean is the index's own, so a text in it goes unasked: the test fails if the rule skips too little."""
    from redaction.core.scan_record import file_digests
    from redaction.publishing.leakscan import IndexState, LeakScanner, scan_search_index

    build_index(tmp_path / "i", pages)
    now = IndexState.of(tmp_path / "i", file_digests(tmp_path / "i"))
    assert now is not None and now.files
    scanner = LeakScanner([(squash("ガバメントクラウド"), object()), (squash("報"), object())])
    assert len(scan_search_index(scanner, tmp_path / "i", "s/", now, None)) == 3
    assert scan_search_index(scanner, tmp_path / "i", "s/", now, IndexState.from_json(now.as_json())) == []


@pytest.mark.parametrize("change", ["one of its files", "its file then absent", "the parts"])
def test_when_a_shard_a_withheld_text_reads_changed_since_the_clean_scan_then_it_is_asked_again(
        pages, tmp_path, change: str) -> None:
    from redaction.core.scan_record import file_digests
    from redaction.publishing.leakscan import IndexState, LeakScanner, scan_search_index

    build_index(tmp_path / "i", pages)
    now = IndexState.of(tmp_path / "i", file_digests(tmp_path / "i"))
    assert now is not None
    needle = squash("ガバメントクラウド")
    read = index.IndexReader(tmp_path / "i").files_read(needle)
    files = dict(now.files)
    if change == "one of its files":
        files[[name for name in read if name.startswith("0/")][-1]] = "0" * 64   # in the part holding its page
    elif change == "its file then absent":
        del files[read[0]]
    # "the parts": the first part (which holds the text's page) laid out otherwise then
    clean = IndexState(((0, 1, 1), *now.parts[1:]) if change == "the parts" else now.parts, files)
    leaks = scan_search_index(LeakScanner([(needle, object()), ("存在しない秘密", object())]), tmp_path / "i", "s/",
                              now, clean)
    assert [(leak.needle, leak.file) for leak in leaks] == [(needle, "s/a/2024/2024-05-01/")]


def test_when_only_another_part_changed_since_the_clean_scan_then_a_text_is_asked_in_that_part_alone(
        pages, tmp_path, tail) -> None:
    """A part's answer depends on its own layout and files alone: a rebuild asks a withheld text again only in the
    parts where it may have changed. The clean state given here is the index's own but for the last part (laid
    out otherwise then), with texts in the first part and in the last: the first part's text goes unasked (fails
    when a change of one part asks every part), the last part's is found."""
    from redaction.core.scan_record import file_digests
    from redaction.publishing.leakscan import IndexState, LeakScanner, scan_search_index

    build_index(tmp_path / "i", pages)
    now = IndexState.of(tmp_path / "i", file_digests(tmp_path / "i"))
    assert now is not None
    first, last = squash("ガバメントクラウド"), squash("クラウド事業者")   # pages 0 and 3
    scanner = LeakScanner([(first, object()), (last, object())])
    everywhere = [(leak.needle, leak.file) for leak in scan_search_index(scanner, tmp_path / "i", "s/", now, None)]
    assert everywhere == [(first, "s/a/2024/2024-05-01/"), (last, "s/b/2024/2024-08-01/")]
    clean = IndexState((*now.parts[:-1], (now.parts[-1][0], 1, 1)), now.files)
    leaks = [(leak.needle, leak.file) for leak in scan_search_index(scanner, tmp_path / "i", "s/", now, clean)]
    assert leaks == (everywhere if len(now.parts) == 1 else [(last, "s/b/2024/2024-08-01/")])


def test_when_rebuilt_again_and_again_then_each_index_is_what_a_full_build_writes(pages, tmp_path) -> None:
    """Deterministic whatever the history: a chain of updates (pages added among the newest — the parts' bounds
    crossed —, among the older ones, edited, removed) gives, at every step, the bytes of a full build of the same
    pages."""
    more = [page(f"c/2024/2024-09-{day:02d}", f"2024-09-{day:02d}", f"第{day}回の会議で{'入退室' * day}を確認した。")
            for day in range(1, 8)]
    steps = [ordered([*pages, *more[:n]]) for n in range(1, 8)]
    steps.insert(3, ordered([*steps[2], page("a/2024/2024-04-01", "2024-04-01", "古い会議。")]))
    steps.insert(5, [*steps[4][:2], *steps[4][3:]])
    steps.insert(6, [*steps[5][:-1], appended(steps[5][-1])])
    current = pages
    build_index(tmp_path / "chain", current)
    for n, changed in enumerate(steps):
        update_index(tmp_path / "chain", [(p.url, p.digest) for p in current], changed)
        build_index(tmp_path / f"full-{n}", changed)
        assert same_folders(tmp_path / "chain", tmp_path / f"full-{n}"), n
        current = changed


@pytest.mark.parametrize("how", ["a copy of the newest", "a later meeting"])
def test_when_a_page_is_added_among_the_newest_then_only_the_last_part_is_written(pages, tmp_path, tail, how) -> None:
    """A part kept is kept file by file: each of its files the same inode (the old files are held by hard links
    meanwhile, so that no inode is reused)."""
    build_index(tmp_path / "i", pages)
    (tmp_path / "held").mkdir()
    before = {}
    for n, path in enumerate(sorted((tmp_path / "i").rglob("*.bin"))):
        os.link(path, tmp_path / "held" / str(n))
        before[path] = path.stat().st_ino
    changed = added(pages) if how == "a copy of the newest" else [
        *pages, page("c/2024/2024-09-01", "2024-09-01", "新しい会議。")]
    written = update_index(tmp_path / "i", [(p.url, p.digest) for p in pages], changed)
    build_index(tmp_path / "expected", changed)
    assert same_folders(tmp_path / "i", tmp_path / "expected")
    untouched = {p for p, inode in before.items() if p.is_file() and p.stat().st_ino == inode}
    main = {p for p in before if p.relative_to(tmp_path / "i").parts[0] == "0"}
    middle = {p for p in before if p.relative_to(tmp_path / "i").parts[0] == "3"}
    if tail == 3:
        assert main and main <= untouched, "the first part (pages 0-2) is kept as it was"
        assert written.shards < written.shards_total
    if index.NEWEST == 2 and how == "a later meeting":
        assert middle and middle <= untouched, "the middle part (page 3) is kept as it was: the page went to the last"


PLAIN = ("# 見出し\n\n本文の段落で、\n二行に  わたる。\n\n| 項目 | 内容 |\n| :--- | ---: |\n| 欠席者 |  |\n\n"
         "- 一つ目[[■personal]]\n- 二つ目\n\n　全角の空白で始まる段落。\t\n")
NOT_PLAIN = ("**太字**", "[リンク](a.md)", "<p>タグ</p>", "1. 番号", "> 引用", "見出し\n===", "    コード",
             "- 項目\n  続き", "| a |\n| --- |\n| b | c |", "# 見出し #", "a &amp; b", "`コード`", "- - 入れ子",
             "段落\n| 表 |\n| --- |", "\\*", "___", "+ 項目")


@pytest.mark.parametrize("body", [PLAIN, *NOT_PLAIN, *(PLAIN + "\n\n" + b for b in NOT_PLAIN)])
def test_when_a_body_is_read_line_by_line_then_it_gives_what_markdown_it_gives(body) -> None:
    """The fast reading (`_plain_segments`) takes only what it reads exactly as markdown-it-py does."""
    fast = _plain_segments(body)
    if body == PLAIN:
        assert fast is not None
    assert fast is None or fast == _parsed_segments(body), body
    if body in NOT_PLAIN:
        assert fast is None, body


@pytest.mark.parametrize("spill_pages", [32, 2], ids=["one batch of pages", "batches of two pages"])
@pytest.mark.parametrize("packed", [True, False], ids=["(shard, key) as one integer", "sorted by two keys"])
def test_when_built_in_bulk_then_each_shard_is_what_codec_encodes_key_by_key(pages, tmp_path, monkeypatch, packed,
                                                                             spill_pages) -> None:
    """`bulk` against the reference: every page's keys from `forward`, every shard by `codec.encode_shard`; the
    keys written to files a batch of pages at a time and merged a group at a time, the files removed after."""
    if not packed:
        monkeypatch.setattr(bulk, "SHARD_BITS", 64)  # as for an alphabet of more than 8,191 characters
    monkeypatch.setattr(index, "SPILL_PAGES", spill_pages)
    build_index(tmp_path / "i", pages)
    expected: dict[str, dict[str, dict[int, bytes]]] = {}
    for part in index.parts(len(pages)):
        layout = Layout.of(part)
        for number in part:
            keys = forward(pages[number].segments)
            for key in keys.grams:
                expected.setdefault(layout.gram_file(key), {}).setdefault(key, {})[number - part.start] = b""
            for key, spots in keys.positions.items():
                expected.setdefault(layout.positional_file(key), {}).setdefault(key, {})[number - part.start] = spots
    written = sorted(p.relative_to(tmp_path / "i").as_posix() for p in (tmp_path / "i").rglob("*.bin"))
    assert written == sorted(expected)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["i"], "the spilled keys are removed"
    for name, postings in expected.items():
        positional = name.split("/")[1] == "p"
        raw = codec.encode_shard(((k, v if positional else sorted(v)) for k, v in postings.items()), positional)
        assert (tmp_path / "i" / name).read_bytes() == codec.pack(raw), name


def test_when_the_last_index_was_laid_out_by_another_rule_then_the_next_run_writes_it_anew(
        pages, tmp_path, monkeypatch) -> None:
    """The work folder's index written by code that cut the parts otherwise (an older version): its state does
    not give this code's parts for its pages, so the next run writes every part (fails when a part whose pages
    are the same is kept though its folder holds another range's shards)."""
    monkeypatch.setattr(index, "TAIL", 3)
    monkeypatch.setattr(index, "NEWEST", 64)       # 4 pages: [0, 3) and [3, 4)
    (tmp_path / "site").mkdir()
    index.index_search(tmp_path / "site", pages, tmp_path / "work")
    monkeypatch.setattr(index, "NEWEST", 2)        # then: [0, 3), [3, 4) and [4, 5) — the same first two ranges
    monkeypatch.setattr(index, "TAIL", 2)          # now: [0, 4) and [4, 5): the first range differs
    changed = [*pages, page("c/2024/2024-09-01", "2024-09-01", "新しい会議。")]   # the first four pages as they were
    shutil.rmtree(tmp_path / "site")
    (tmp_path / "site").mkdir()
    index.index_search(tmp_path / "site", changed, tmp_path / "work")
    build_index(tmp_path / "expected", changed)
    assert same_folders(tmp_path / "site" / index.FOLDER, tmp_path / "expected")


def test_when_a_build_stopped_while_indexing_then_the_next_removes_its_batch_files(pages, tmp_path) -> None:
    """A build killed mid-index leaves `build_part`'s batch files (public keys) beside the index: the next run
    removes them."""
    stale = tmp_path / "work" / index.CACHE / f"{index.SPILL_PREFIX}stopped"
    stale.mkdir(parents=True)
    (stale / "0.keys").write_bytes(b"\0")
    (tmp_path / "site").mkdir()
    index.index_search(tmp_path / "site", pages, tmp_path / "work")
    assert sorted(p.name for p in (tmp_path / "work" / index.CACHE).iterdir()) == sorted([index.FOLDER, index.STATE])


@pytest.mark.parametrize("published", ["the clean files", "other bytes", "none"])
def test_when_an_edit_changes_a_shard_then_only_the_texts_whose_keys_changed_are_asked_again(
        pages, tmp_path, published: str) -> None:
    """After an edit, a withheld text whose keys' entries are what the clean index held is not asked again, though
    its shard file changed — when the published index (`before`) holds the clean bytes of that file to compare
    with; else every key of a changed file counts as changed. The clean state given here is the index's own
    before the edit, with texts in it: a text asked again is found, so the test fails if the rule skips too
    little or too much. A text of the edited paragraph is asked again in every case."""
    from redaction.core.scan_record import file_digests
    from redaction.publishing.leakscan import IndexState, LeakScanner, scan_search_index

    build_index(tmp_path / "i", pages)
    clean = IndexState.of(tmp_path / "i", file_digests(tmp_path / "i"))
    shutil.copytree(tmp_path / "i", tmp_path / "published")
    edited = [*pages[:-1], replace(pages[-1], text=pages[-1].markdown + "\n鵺鶫の件を追加した。\n")]
    update_index(tmp_path / "i", [(p.url, p.digest) for p in pages], edited)
    now = IndexState.of(tmp_path / "i", file_digests(tmp_path / "i"))
    assert now is not None and clean is not None and now.parts == clean.parts
    changed_files = {name for name in now.files if now.files[name] != clean.files.get(name)}
    reader = index.IndexReader(tmp_path / "i")
    # a word the edited page held before, whose n-gram shard the edit rewrote (for the keys it added)
    untouched = next(word for segment in pages[-1].segments
                     for word in (squash(segment)[i:i + 2] for i in range(len(squash(segment)) - 1))
                     if set(reader.files_read(word)) & changed_files and word not in squash("鵺鶫の件を追加した。"))
    if published == "other bytes":   # the published folder holds today's files, not those the clean scan read
        for name in changed_files:
            shutil.copyfile(tmp_path / "i" / name, tmp_path / "published" / name)
    scanner = LeakScanner([(untouched, object()), ("鵺鶫", object())])
    leaks = scan_search_index(scanner, tmp_path / "i", "s/", now, clean,
                              tmp_path / "published" if published != "none" else None)
    asked = {leak.needle for leak in leaks}
    assert "鵺鶫" in asked
    assert (untouched in asked) is (published != "the clean files")


@pytest.mark.parametrize("packed", [True, False], ids=["(shard, key) as one integer", "sorted by two keys"])
def test_when_a_batch_is_cut_by_group_at_once_then_each_cut_is_what_cut_gives_group_by_group(
        pages, monkeypatch, packed) -> None:
    """`spill` cuts a batch's keys for every group of a kind at once (`bulk._cuts`): each cut holds the very arrays
    `bulk.cut` gives for that group alone (keys, page numbers, shards, occurrences), with pages left empty in some
    groups and groups left empty."""
    if not packed:
        monkeypatch.setattr(bulk, "SHARD_BITS", 64)
    prepared = [index.distinct_segments(p.markdown, None) for p in pages]
    tables = bulk.Tables(bulk.alphabet(["".join(texts) for _, _, texts in prepared]), 96, 160)
    keys = [bulk.page_keys(texts, ids, tables) for _, ids, texts in prepared]
    keys.insert(1, bulk.page_keys(["あい"], [7], tables))   # a page with few keys: absent from most groups
    for positional in (False, True):
        chosen = [group for kind, group in bulk.groups(tables) if kind == positional]
        at_once = bulk._cuts(keys, 5, tables, positional)
        assert len(at_once) == len(chosen)
        for group, got in zip(chosen, at_once, strict=True):
            expected = bulk.cut(keys, 5, tables, positional, group)
            for field in ("keys", "numbers", "shards", "spot_lengths", "spots"):
                one, other = getattr(got, field), getattr(expected, field)
                assert (one is None) == (other is None), field
                if one is not None:
                    assert one.dtype == other.dtype and one.tobytes() == other.tobytes(), (field, group)


@pytest.mark.parametrize("text", ["", "あ", "議会の会議録（令和6年）", "ab\U00020bb7c\u3000\ue000b", "".join(map(chr, range(0x3000, 0x3100)))[::-1]])
def test_when_a_batch_s_characters_are_listed_then_they_are_its_distinct_characters_in_code_point_order(text) -> None:
    assert bulk.characters(text) == "".join(sorted(set(text)))


def test_when_an_index_file_is_written_fresh_where_one_is_then_it_stops_and_the_old_file_stays(tmp_path) -> None:
    """The full build writes its files in place into an emptied folder: never over a file (the site may hold a
    hard link to it); a missing folder is made."""
    index._write_fresh(tmp_path, "0/g/0001.bin", b"new")
    assert (tmp_path / "0/g/0001.bin").read_bytes() == b"new"
    with pytest.raises(FileExistsError):
        index._write_fresh(tmp_path, "0/g/0001.bin", b"other")
    assert (tmp_path / "0/g/0001.bin").read_bytes() == b"new"


def test_when_keys_are_hashed_in_bulk_then_each_hash_is_codec_s_fnv1a() -> None:
    """`bulk.fnv1a` looks the first character's part up (`fnv_first`) and works out the rest: codec's hash of every
    key, of one to four characters of one to four UTF-8 bytes."""
    chars = "".join(sorted(set("議会の会議録令和年度abcXYZ（）é\U00020bb7")))
    tables = bulk.Tables(bulk.alphabet([chars]), 64, 64)
    codes = tables.alphabet.codes()
    rng = random.Random(3)
    keys = ["".join(rng.choice(chars) for _ in range(rng.randint(1, 4))) for _ in range(3000)]
    packed = bulk.np.array([sum(int(codes[ord(c)]) << (tables.bits * (3 - i)) for i, c in enumerate(key)) for key in keys],
                           dtype=bulk.U64)
    assert [int(h) for h in bulk.fnv1a(packed, tables)] == [codec.fnv1a(key) for key in keys]


def test_when_the_index_changed_then_the_needles_asked_again_are_exactly_those_reading_a_changed_key() -> None:
    """leakscan.reading_any picks the withheld texts whose query reads a changed key without making each one's
    list of keys: the same texts, in the same order, as testing `keys_read` of each (random texts and keys)."""
    import random

    from redaction.publishing.leakscan import reading_any
    from redaction.website.search.index import keys_read

    chance = random.Random(22)
    alphabet = "議会委員長市民説明資料予算あいうかきくアイウ12"
    needles = [("".join(chance.choice(alphabet) for _ in range(chance.randint(1, 14))), object())
               for _ in range(3_000)]
    every_key = sorted({key for needle, _ in needles for key in keys_read(needle)})
    neighbours = sorted({(True, needle[d:d + 4]) for needle, _ in needles for d in range(len(needle) - 3)})
    for size in (0, 1, 5, 40, 400):
        changed = set(chance.sample(every_key, size)) | set(chance.sample(neighbours, min(size, len(neighbours))))
        expected = [(n, r) for n, r in needles if changed and any(key in changed for key in keys_read(n))]
        assert reading_any(needles, changed) == expected                      # type: ignore[arg-type]
        assert size == 0 or expected                                          # the test tests something
