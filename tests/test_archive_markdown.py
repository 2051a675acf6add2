"""A bundle page's HTML with plain blocks written outside the parser equals markdown-it's HTML of the whole text.

redaction.archiving.plain_blocks sets aside the blocks that can only be plain paragraphs or headings;
these tests hold its output to the parser's own on every construct the bundle parser knows, each one
alone, beside plain blocks, and in random mixtures (seeded), and prove the parser no longer sees
the plain blocks of a page.
"""

from __future__ import annotations

import random

import pytest

from redaction.archiving.bundle_markdown import _parser, markdown_html
from redaction.archiving.plain_blocks import render_with_plain_blocks

LABELS = {"personal": "個人情報", "tender": "入札・契約予定情報"}

PLAIN = "松本会長：本日は担当課にも出席いただいております。令和6年度の予算は1,234万円、10:00から12:09まで。"

CONSTRUCTS = [
    PLAIN,
    f"{PLAIN}\n二行目の発言である。\n三行目（補足）は「資料1-2」のとおり。",
    "## （1）会長挨拶",
    "### 令和元年度諮問第5号 がん検診の受診勧奨通知作成業務委託について（健康増進課）",
    "## 見出し ##",
    "####### 七つは見出しでない",
    "#\t見出し",
    "  ## 字下げした見出し",
    "見出しの下線\n===",
    "見出しの下線\n---",
    "---",
    "***",
    "- 一つ目の項目\n- 二つ目の項目",
    "- 一つ目\n\n- 二つ目（ゆるいリスト）",
    "1. 番号付き\n2. 二番目",
    "3) 三から始まる",
    "1. 項目\n\n   字下げした続きの段落",
    "- 項目\n続き（怠惰な行）",
    "-\n\n  空の項目",
    "| 項目 | 内容 |\n| --- | --- |\n| 会議の名称 | 第1回会議 |\n| 契約予定額 | [[■tender]] |",
    "| 区分 | 件数 |\n| --- | ---: |\n| 開示 | 40 |",
    "| 左 | 中 | 右 |\n|:---|:---:|---:|\n| *強調* | [リンク](https://example.org/) | \u3000全角空白 |\n||||",
    "| 見出しだけ |\n| --- |",
    "| a | b |\n| --- | --- |\n| 一つだけ |\n| 三つ | ある | 行 |",
    "| a | b |\n|---|---|\n| 逃がした\\| 縦線 | x |",
    "| a | b | c |\n|---|---|---|\n| 逃がした\\| 縦線 | x |",
    "| a |\n| - |\n| x |\n: 定義の印",
    "| a |\n| - |\n| x |\n\n: 空行のあとの定義の印",
    "|\n|-|",
    "||\n|-|\n||",
    "| a | b |\n| -- | -- |\n| タブ\tのある | 欄 |",
    " | 字下げした表 |\n | --- |",
    "表の前の行\n| a | b |\n| - | - |\n| 1 | 2 |",
    "| a | b |\n| - | - |\n表に続く行",
    '!!! sumi-count "非公開とした箇所"\n    この会議録では、8か所を非公開としています。',
    '!!! sumi-withheld "非公開"\n\n    空行のあとの本文',
    "用語\n: 定義",
    "用語\n\n: 空行のあとの定義",
    "用語\n~ 波の定義",
    "用語\n:   定義\n\n    定義の続き",
    "> 引用\n\n引用のあと",
    "> 引用\n怠惰な続き",
    "    字下げしたコード\n\n\n    空行のあとのコード",
    "```\nフェンスの中\n\n空行のあとも中\n```",
    "~~~\n波のフェンス\n~~~",
    "氏名は[[■personal]]である。",
    "[リンク](https://example.org/)と[危ない](javascript:alert(1))と![画像](https://other.example/a.png)",
    "[参照][ref]\n\n[ref]: https://example.org/",
    "脚注[^1]\n\n[^1]: 脚注の本文\n\n    脚注の続き",
    "インライン脚注^[本文]",
    "*強調*と**太字**と`コード`と\\*エスケープ\\*",
    "`あ\nい\nう`",
    "*強調*だけの行",
    "行の中の**太字**",
    "＿全角と_半角_の下線",
    "段落\n\u3000\n全角空白だけの行のあと",
    "&amp; &copy; &#x41; <b>太字</b> <script>alert(1)</script>",
    "<div>\n\n本文\n\n</div>",
    "行末に空白二つ  \n次の行",
    "行末に空白一つ \n次の行",
    "\u3000字下げした段落",
    "段落\u3000",
    "タブ\tのある行",
    "  \n\t\n",
    "行\r\n改行\r\nCRLF",
    "私用領域の文字\ue000を含む",
    "「引用符」と\"二重引用符\"と'一重'と>と=",
    "1.5倍になった。",
]


def _whole(text: str) -> str:
    return _parser().render(text, {"labels": LABELS})


@pytest.mark.parametrize("construct", CONSTRUCTS)
def test_every_construct_alone_and_between_plain_blocks_is_written_as_the_parser_writes_it(construct: str) -> None:
    for text in (construct, f"{PLAIN}\n\n{construct}\n\n{PLAIN}\n", f"## 見出し\n{construct}\n{PLAIN}",
                 f"{construct}\n\n\n{PLAIN}\n\n{construct}", f"{PLAIN}\n{construct}"):
        assert markdown_html(text, LABELS) == _whole(text), text


def test_random_mixtures_of_every_construct_are_written_as_the_parser_writes_them() -> None:
    chooser = random.Random(22)
    for _ in range(400):
        pieces = chooser.choices(CONSTRUCTS, k=chooser.randint(2, 9))
        gaps = [chooser.choice(["\n", "\n\n", "\n\n\n", "\n  \n"]) for _ in pieces]
        text = "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=True))
        assert markdown_html(text, LABELS) == _whole(text), text


def test_the_html_rules_left_out_of_the_parser_change_nothing() -> None:
    with_html_rules = _parser.__wrapped__()
    with_html_rules.enable(["html_block", "html_inline"])
    for construct in CONSTRUCTS:
        assert _whole(construct) == with_html_rules.render(construct, {"labels": LABELS}), construct


def test_the_parser_does_not_see_a_pages_plain_paragraphs_and_headings() -> None:
    seen: list[str] = []

    def render(text: str) -> str:
        seen.append(text)
        return _whole(text)

    page = f"## （1）会長挨拶\n\n{PLAIN}\n\n{PLAIN}\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n{PLAIN}\n"
    html = render_with_plain_blocks(page, render, lambda cell: _parser().renderInline(cell, {"labels": LABELS}))
    assert html == _whole(page)
    assert len(seen) == 1 and PLAIN not in seen[0] and "会長挨拶" not in seen[0] and "| 1 | 2 |" not in seen[0]


def test_a_text_with_link_references_or_footnotes_is_parsed_whole() -> None:
    seen: list[str] = []
    for text in (f"{PLAIN}\n\n[ref]: https://example.org/", f"{PLAIN}[^1]\n\n[^1]: 注", f"{PLAIN}\n\n```\n{PLAIN}\n```"):
        render_with_plain_blocks(text, lambda kept: seen.append(kept) or "", lambda cell: "")
        assert seen[-1] == text
