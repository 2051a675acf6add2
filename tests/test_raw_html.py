"""Raw HTML in a source is an error at file:line:col with the fix; it is never published."""

from __future__ import annotations

from pathlib import Path

import pytest

from redaction.core.config import SumiConfig
from redaction.core.errors import ContentError
from redaction.source.document import read_document
from tests.conftest import build, write

HEAD = "---\ntitle: 会議\ncouncil: kojin-joho\ndate: 2024-05-14\n---\n\n"


def _problems(tmp_path: Path, config: SumiConfig, body: str, head: str = HEAD):
    path = write(tmp_path, "doc.md", head + body)
    with pytest.raises(ContentError) as caught:
        read_document(path, "doc.md", config)
    return caught.value.problems


@pytest.mark.parametrize(("body", "col", "fix"), [
    ("本文。<!-- 事務局メモ 申出人は山田 -->続き", 4, "internal:"),                 # a clerk's note
    ("本文。<!-- 閉じていないメモ", 4, "internal:"),                                # unclosed: still a comment
    ("<span hidden>山田太郎</span>", 1, "hides or runs"),                             # a hidden element
    ('<p style="display:none">山田太郎</p>', 1, "hides or runs"),                       # hidden by style
    ("<style>.x{display:none}</style>", 1, "hides or runs"),
    ("前<script>alert(1)</script>", 2, "hides or runs"),
    ("強調は<b>太字</b>で", 4, "text, not markup"),                                    # any other tag
    ("改行<br>", 3, "text, not markup"),
    ("`code` と </p>", 10, "text, not markup"),
])
def test_when_a_source_holds_raw_html_then_it_is_an_error_at_its_place(tmp_path: Path, config: SumiConfig,
                                                                       body: str, col: int, fix: str) -> None:
    problems = _problems(tmp_path, config, body)
    assert (problems[0].location.line, problems[0].location.col) == (7, col)
    assert fix in problems[0].en


def test_when_a_front_matter_value_holds_raw_html_then_it_is_an_error_there(tmp_path: Path,
                                                                            config: SumiConfig) -> None:
    head = '---\ntitle: "会議<!-- 仮題 -->"\ncouncil: kojin-joho\ndate: 2024-05-14\nplace: 本庁舎<b>4階</b>\n---\n\n'
    problems = _problems(tmp_path, config, "本文", head)
    assert [(p.location.line, p.location.col) for p in problems] == [(2, 11), (5, 11), (5, 16)]


@pytest.mark.parametrize("body", [
    "a < b かつ c > d",                          # comparison signs are text
    "\\<b>太字ではない\\</b>",                     # escaped
    "&lt;script&gt; と書く",                      # an entity
    "`<b>` はコードの中",                          # a code span
    "```\n<script>alert(1)</script>\n```",        # a fenced code block
    "〈全角の山括弧〉と＜全角＞",
    "<https://www.city.sumire.example.jp/> を参照",   # an autolink
])
def test_when_a_less_than_sign_is_text_then_it_is_not_an_error(tmp_path: Path, config: SumiConfig,
                                                               body: str) -> None:
    read_document(write(tmp_path, "doc.md", HEAD + body), "doc.md", config)


def test_when_a_comment_stands_in_code_then_it_is_still_an_error(tmp_path: Path, config: SumiConfig) -> None:
    assert _problems(tmp_path, config, "`<!-- メモ -->`")[0].location.col == 2


def test_when_a_source_holds_a_comment_then_nothing_is_published(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "content", "k/a.md", HEAD + "開会した。<!-- 事務局メモ：申出人 カナリア山田 -->\n")
    assert build(tmp_path / "content", tmp_path / "out") == 1
    assert not (tmp_path / "out" / "site").exists()
    assert "k/a.md:7:6" in capsys.readouterr().err


def test_when_a_clerk_escapes_a_tag_as_the_message_says_then_the_page_shows_it_without_the_backslash(
        tmp_path: Path) -> None:
    head = HEAD.replace("title: 会議\n", "title: 会議\nagenda: [\\<script> の扱い]\n")
    write(tmp_path / "content", "kojin-joho/2024/2024-05-14.md", head + "## 報告\n\n例として \\<b>太字\\</b> と書いた。\n")
    assert build(tmp_path / "content", tmp_path / "out") == 0
    page = (tmp_path / "out" / "site" / "kojin-joho" / "2024" / "2024-05-14" / "index.html").read_text(encoding="utf-8")
    assert "例として &lt;b&gt;太字&lt;/b&gt; と書いた。" in page
    assert "&lt;script&gt; の扱い" in page
    assert "\\&lt;" not in page and "\\<" not in page
