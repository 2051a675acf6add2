"""The leak scan's speed-ups give the same answers as the plain path."""

from __future__ import annotations

import gzip
import html
import re
import unicodedata
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaction.core import cores, normalize
from redaction.core.normalize import squash, squash_plain
from redaction.publishing import leakscan
from redaction.publishing.leakscan import scan_archive
from redaction.source.redact import Redaction

_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_TAG = re.compile(r"<[^>]*>")


def specified_views(text: str) -> list[str]:
    """decoded_views as first specified, the reference the fast views are held equal to: two full decoding
    rounds, markup removed before normalizing, and squash as defined (squash_plain)."""
    decoded = text
    for _ in range(2):
        decoded = html.unescape(unquote(_JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), decoded)))
    return [squash_plain(decoded), squash_plain(_TAG.sub("", decoded))]


ROW = Redaction("a.md", "body", 1, 1, "inline", "personal", None, False, None, "秘密カナリア", False)


def _tree(root: Path) -> None:
    for index in range(12):
        leak = "秘\u200b密<b>カナリア</b>" if index % 5 == 0 else ""
        (root / f"page{index}.html").write_text("<p>公開の文です。</p>\n" * 2000 + leak, encoding="utf-8")


def test_when_the_tree_is_large_then_parallel_scan_finds_what_the_serial_scan_finds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    scanner = leakscan.LeakScanner([("秘密カナリア", ROW)])
    monkeypatch.setattr(leakscan, "PARALLEL_BYTES", 10**12)
    serial = scanner.scan_tree(tmp_path)
    monkeypatch.setattr(leakscan, "PARALLEL_BYTES", 1)
    monkeypatch.setattr(cores.os, "cpu_count", lambda: 2)
    parallel = scanner.scan_tree(tmp_path)
    assert [leak.file for leak in parallel] == [leak.file for leak in serial] == ["page0.html", "page10.html",
                                                                                   "page5.html"]


@pytest.mark.parametrize(("text", "expected"), [
    ("山田　太郎", "山田太郎"),          # ideographic space
    ("山田\u200b太郎", "山田太郎"),      # a zero-width word break
    ("山田\u00ad太\u2060郎\ufeff", "山田太郎"),  # soft hyphen, word joiner, BOM
    ("ＡＢＣ１２３", "ABC123"),          # full-width letters and digits (NFKC)
    ("ｻﾝﾌﾟﾙ", "サンプル"),              # half-width katakana (NFKC)
])
def test_when_squashed_then_spacing_invisible_and_width_variants_compare_equal(text: str, expected: str) -> None:
    assert squash(text) == expected


def test_when_the_archive_folder_is_large_then_parallel_scan_finds_what_the_serial_scan_finds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for index in range(4):
        with zipfile.ZipFile(tmp_path / f"kojin-joho-fy20{10 + index}.zip", "w") as bundle:
            bundle.writestr("assets/theme.css", "body { color: black; }")
            bundle.writestr("index.html", f"<p>公開の文です（{index}）。</p>\n" * 500 + ("秘密<b>カナリア</b>" if index % 2 else ""))
    (tmp_path / "index.html").write_text("<p>一覧</p>秘密カナリア", encoding="utf-8")
    scanner = leakscan.LeakScanner([("秘密カナリア", ROW)])
    monkeypatch.setattr(leakscan, "PARALLEL_BYTES", 10**12)
    serial = scan_archive(scanner, tmp_path, "archive/", set())
    monkeypatch.setattr(leakscan, "PARALLEL_BYTES", 1)
    monkeypatch.setattr(cores.os, "cpu_count", lambda: 2)
    parallel = scan_archive(scanner, tmp_path, "archive/", set())
    assert [leak.file for leak in serial] == [leak.file for leak in parallel] == [
        "archive/index.html", "archive/kojin-joho-fy2011.zip!index.html", "archive/kojin-joho-fy2013.zip!index.html"]


TRICKY = ["<b>", "</b>", "<", ">", "＜", "＞", "﹤", "か", "゙", "ﾞ", "ｶ", "\u0301", "\u0338", "\U0001d165", "=", "e", "\u1100", "\u1161", "\u11a8",
          "%E5%B1%B1", "%E5", "%", "%25", "&amp;", "&lt;b&gt;", "&#x5c71;", "&", "\\u5c71", "\\u0026amp;", "\\",
          " ", "\u3000", "\n", "\u200b", "山", "田", "A"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(TRICKY), max_size=14).map("".join))
def test_when_views_are_built_the_fast_way_then_they_equal_the_specified_ones(text: str) -> None:
    assert list(leakscan.decoded_views(text)) == specified_views(text)


# Characters where NFKC or white-space removal is easy to get wrong: invisible format characters
# (also beyond the Basic Multilingual Plane), unusual white space, compatibility forms that turn
# into white space or several characters, composition exclusions, reorderable combining marks,
# Hangul jamo and syllables, and characters beyond the Basic Multilingual Plane (𠮷, a combining
# musical mark, an excluded musical composition).
NORMALIZING = [*TRICKY, "\u00ad", "\u061c", "\u2060", "\ufeff", "\U000e0020", "\u00a0", "\u2028", "\u1680", "\x1c",
               "\x85", "\u337f", "\ufb01", "\u2460", "\u3231", "\u212b", "\u0958", "\uac00", "\u0323", "\u0308", "\u0344",
               "\u309b", "\u3099", "\uff9e", "\u1e0b", "o", "\U00020bb7", "\U0001d15e", "（", "１", "。"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(NORMALIZING), max_size=24).map("".join))
def test_when_a_long_text_is_squashed_run_by_run_then_it_equals_squash_as_defined(text: str) -> None:
    long = ("あ" + text) * (normalize.LONG_TEXT // (len(text) + 1) + 1)
    bmp = "".join(char for char in long if ord(char) < 0x10000)  # beyond the plane: the plain way
    assert squash(text) == squash_plain(text)
    assert squash(long) == squash_plain(long)
    assert squash(bmp) == squash_plain(bmp)
    assert list(leakscan.decoded_views(bmp)) == specified_views(bmp)


def test_when_a_long_page_is_squashed_then_the_way_through_runs_is_taken() -> None:
    page = "<p>委員（山田　太郎）：ｶﾞｽ\u200b料金について。</p>\n" * 200
    assert len(page) >= normalize.LONG_TEXT and unicodedata.is_normalized("NFKC", page) is False
    assert squash(page) == squash_plain(page) == "<p>委員(山田太郎):ガス料金について。</p>" * 200


def test_when_the_tables_are_built_by_mapping_then_they_hold_what_the_definitions_name() -> None:
    """The tables are built with C functions mapped over every code point; a plain loop gives the same sets."""
    every = range(0x110000)
    assert normalize.ignorable_codes() == tuple(c for c in every if normalize.is_ignorable(chr(c)))
    assert normalize.format_codes() == tuple(c for c in every if unicodedata.category(chr(c)) == "Cf")
    joining = {chr(c) for c in (*range(0x1161, 0x1176), *range(0x11A8, 0x11C3))}
    joining |= {chr(c) for c in every if unicodedata.combining(chr(c))}
    joining |= {chr(int(d.split()[1], 16)) for c in every
                if (d := unicodedata.decomposition(chr(c))) and not d.startswith("<") and len(d.split()) == 2}
    assert normalize.joining_characters() == frozenset(joining)
    brackets, _ = leakscan._context_patterns()
    assert brackets == tuple(chr(c) for c in every if chr(c) not in "<>"
                             and ("<" in unicodedata.normalize("NFKC", chr(c)) or ">" in unicodedata.normalize("NFKC", chr(c))))


@pytest.mark.parametrize("form", normalize.COMMON_FORMS)
def test_when_a_common_form_is_replaced_first_then_the_page_squashes_as_defined(form: str) -> None:
    page = f"<p>あ{form}\u3099か{form}ﾞ（{form}）</p>\n" * 300
    assert squash(page) == squash_plain(page)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet="山田太郎ガス〓a<>", min_size=1, max_size=4), max_size=8),
       st.text(alphabet="山田太郎ガス〓a<> ", max_size=30))
def test_when_the_first_pass_says_no_string_occurs_then_none_does(strings: list[str], text: str) -> None:
    """AnyOf (ahocorasick-rs) answers as a plain substring test, also after pickling (a spawned worker)."""
    import pickle

    from redaction.core.any_of import AnyOf

    any_of = AnyOf(strings)
    expected = any(s in text for s in strings)
    assert any_of.occurs_in(text) is expected
    assert pickle.loads(pickle.dumps(any_of)).occurs_in(text) is expected


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.text(alphabet="山田太郎ガス〓a<>", max_size=4), max_size=8),
       st.lists(st.text(alphabet="山田太郎ガス〓a<> ", max_size=30), max_size=3))
def test_when_the_pair_pass_says_which_strings_occur_then_a_substring_test_agrees(
        strings: list[str], texts: list[str]) -> None:
    """PairPass (a text's pairs of characters, then a substring test of the strings they start and end) answers as
    a substring test of every string: one character, or none, included; so does a pickled Needles (a worker)."""
    import pickle

    from redaction.core.any_of import Needles, PairPass, occurring

    by_pairs = PairPass(strings)
    for text in texts:
        assert sorted(by_pairs.occurring(text)) == sorted({s for s in strings if s in text})
        assert by_pairs.occurs_in(text) is any(s in text for s in strings)
    assert occurring(strings, texts) == {s for s in strings for text in texts if s in text}
    values = {s: s for s in strings if s}   # a needle is never empty
    needles = pickle.loads(pickle.dumps(Needles(values).with_pair_pass()))
    for text in texts:
        assert list(needles.hits(text)) == list(Needles(values).hits(text))   # the automaton alone


def test_when_the_scan_is_small_then_the_pair_pass_finds_the_whole_automatons_leaks_and_builds_none_for_clean_files(
        tmp_path: Path) -> None:
    """A rebuild's scan builds no automaton of every withheld text (1.5 s at 10,000 documents) while the files hold
    none; where one does, the leaks and their order are those of the automaton alone."""
    _tree(tmp_path)
    needles = [("秘密カナリア", ROW), ("公開されない別の文", ROW), ("秘密", ROW), ("ナリ", ROW)]
    whole = leakscan.LeakScanner(needles)
    whole.found._first_pass = None   # the automaton alone, on every text
    small = leakscan.LeakScanner(needles)
    assert small.scan_tree(tmp_path) == whole.scan_tree(tmp_path) != []
    clean = leakscan.LeakScanner([("公開されない別の文", ROW), ("どこにもない", ROW)])
    assert clean.scan_tree(tmp_path) == []
    assert clean.found._automaton is None


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*NORMALIZING, "\ue000", "a", " "]), max_size=12).map("".join), max_size=12),
       st.integers(0, 3))
def test_when_many_texts_are_squashed_together_then_each_is_its_own_squash(texts: list[str], repeat: int) -> None:
    """squash_each joins the texts by a stable code point (U+E000) and squashes them in one pass: the same as
    squash of each, across every tricky boundary (combining marks, jamo, voiced marks), the long-text way (a
    long list) included, and a text holding U+E000 itself."""
    texts = texts * (1 + repeat * normalize.LONG_TEXT // 16)
    assert normalize.squash_each(texts) == [squash(text) for text in texts] == [squash_plain(text) for text in texts]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*NORMALIZING[:12], "&amp;", "[a](b)", "\\*", "*", "_", "`", "~", "山", "田"]),
                         max_size=8).map("".join), max_size=10))
def test_when_the_leak_scan_works_out_its_forms_afresh_then_they_are_each_texts_needle_forms(texts: list[str]) -> None:
    """fresh_forms (one squash pass, the substitutions only for a text with a markup character) and _needle_forms
    (the same shortcut) give each text's forms as first specified: squashed as written, and as read once rendered."""
    from redaction.source import redact

    def specified(text: str) -> tuple[str, ...]:
        rendered = redact._MD_INLINE.sub(lambda m: m.group(1) or "", redact._MD_LINK.sub(r"\1", html.unescape(text)))
        written, read = squash_plain(text), squash_plain(rendered)
        return (written,) if read == written else (written, read)

    assert redact.fresh_forms(texts) == {text: specified(text) for text in texts}
    assert [redact._needle_forms(text) for text in texts] == [specified(text) for text in texts]


def test_when_the_scan_is_large_then_the_first_pass_finds_the_same_leaks_in_the_same_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    needles = [("秘密カナリア", ROW), ("公開されない別の文", ROW), ("秘密", ROW)]
    plain = leakscan.LeakScanner(needles).scan_tree(tmp_path)
    monkeypatch.setattr(leakscan, "PARALLEL_BYTES", 1)
    monkeypatch.setattr(cores.os, "cpu_count", lambda: 2)
    first_pass = leakscan.LeakScanner(needles, many_bytes=True)
    assert first_pass.found._automaton is None             # pyahocorasick only where the first pass finds a hit
    assert first_pass.scan_tree(tmp_path) == plain
    assert [(leak.file, leak.needle) for leak in plain] == [
        (f"page{n}.html", needle) for n in (0, 10, 5) for needle in ("秘密", "秘密カナリア")]


def _minutes(url: str, body: str):  # a live page as the search index holds it
    from redaction.website.search.index import search_page

    date = url.rsplit("/", 1)[-1]
    return search_page(url, f"会議 {date}", "審議会", "令和6年度（2024年度）", date, date,
                       f"---\ntitle: t\nsumi:\n  kind: minutes\n---\n\n# 第{date}回\n\n{body}\n")


def test_when_withheld_texts_are_planted_in_the_search_index_then_reading_shards_as_keys_finds_every_leak(
        tmp_path: Path) -> None:
    """A withheld text in a paragraph (the page's text file, and the positions: scan_search_index), one short
    enough to be a key (the n-gram and 4-gram shards), and one across two paragraphs (the text file, squashed
    whole) are found where the byte-by-byte scan of every shard finds them."""
    from redaction.publishing.leakscan import index_shards, scan_search_index
    from redaction.website.search import codec
    from redaction.website.search.index import build_index

    build_index(tmp_path / "search-index", [
        _minutes("a/2024/2024-05-01", "委員：鵺野秘密太郎の件を伺う。\n\nガバメントクラウドへ移行する。"),
        _minutes("a/2024/2024-06-01", "公開の文で終わる鵺\n\n野一の始まり。"),
        _minutes("b/2024/2024-07-01", "鵺鶫について。")])
    scanner = leakscan.LeakScanner([(squash(t), ROW) for t in ("鵺野秘密太郎", "鵺野一", "鵺鶫", "存在しない秘密")])
    shards = index_shards(tmp_path / "search-index")
    assert shards and all(p.suffix == ".bin" for p in shards)
    assert all(codec.keys(gzip.decompress(p.read_bytes())) for p in shards)   # each read as one, none byte by byte

    def leaks(read_as_keys: frozenset[Path]) -> list[tuple[str, str]]:
        found = scanner.scan_tree(tmp_path, "site/", shards=read_as_keys)
        found += scan_search_index(scanner, tmp_path / "search-index", "site/search-index/")
        return sorted((leak.file, leak.needle) for leak in found)

    as_keys = leaks(shards)
    assert as_keys == leaks(frozenset())
    assert [(f, n) for f, n in as_keys if not f.endswith(".bin")] == [
        ("site/search-index/a/2024/2024-05-01/", "鵺野秘密太郎"),
        ("site/search-index/b/2024/2024-07-01/", "鵺鶫"),
        ("site/search-index/text/a/2024/2024-05-01.txt.gz", "鵺野秘密太郎"),
        ("site/search-index/text/a/2024/2024-06-01.txt.gz", "鵺野一"),
        ("site/search-index/text/b/2024/2024-07-01.txt.gz", "鵺鶫")]
    key_leaks = [f for f, n in as_keys if f.endswith(".bin")]
    assert {n for f, n in as_keys if f.endswith(".bin")} == {"鵺鶫"}
    assert any("/g/" in f for f in key_leaks) and any("/p/" in f for f in key_leaks)   # an n-gram, a 4-gram 鵺鶫につ


def test_when_the_tree_is_large_then_shards_read_as_keys_in_parallel_give_the_serial_answer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from redaction.website.search.index import build_index

    build_index(tmp_path / "search-index", [_minutes(f"a/2024/2024-05-{n:02d}", f"鵺鶫の件（{n}）。") for n in range(1, 9)])
    scanner = leakscan.LeakScanner([("鵺鶫", ROW)])
    shards = leakscan.index_shards(tmp_path / "search-index")
    listing = [p for p in tmp_path.rglob("*") if p.is_file()]   # as the build lists them (file_digests)
    assert leakscan.index_shards(tmp_path / "search-index", reversed(listing)) == shards
    monkeypatch.setattr(leakscan, "PARALLEL_BYTES", 10**12)
    serial = scanner.scan_tree(tmp_path, shards=shards)
    assert scanner.scan_tree(tmp_path, shards=shards, listing=reversed(listing)) == serial
    monkeypatch.setattr(leakscan, "PARALLEL_BYTES", 1)
    monkeypatch.setattr(cores.os, "cpu_count", lambda: 2)
    assert scanner.scan_tree(tmp_path, shards=shards) == serial
    assert sum(leak.file.endswith(".bin") for leak in serial) >= 2


class _CountingPass:
    """A first pass that counts the texts it is asked about (and lets every text through to the automaton)."""

    def __init__(self) -> None:
        self.asked: list[int] = []

    def occurs_in(self, text: str) -> bool:
        self.asked.append(len(text))
        return True


def test_when_a_text_has_no_markup_then_its_one_view_is_searched_once_and_its_leak_still_found() -> None:
    """A text without "<" (a bundle's Markdown, the index's text files) has the same view with and without markup:
    searched once, not twice; a page with markup is searched in both views."""
    scanner = leakscan.LeakScanner([("秘密カナリア", ROW)], many_bytes=True)
    counting = _CountingPass()
    scanner.found._first_pass = counting   # type: ignore[assignment]
    plain = scanner.scan_bytes("a.md", "公開の文。秘密　カナリア。".encode())
    assert [leak.needle for leak in plain] == ["秘密カナリア"] and len(counting.asked) == 1
    marked = scanner.scan_bytes("a.html", "<p>公開の文。秘密<b>カナリア</b>。</p>".encode())
    assert [leak.needle for leak in marked] == ["秘密カナリア"] and len(counting.asked) == 3
