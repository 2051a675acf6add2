"""The quick inline processor (redaction.website.markdown_ext.QuickInlineProcessor) gives Python-Markdown's output."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown import treeprocessors

from redaction.website import markdown_ext
from tests.conftest import build, tree_bytes

REPO = Path(__file__).resolve().parent.parent
EXTENSIONS = ["tables", "admonition", "def_list", "footnotes", "sane_lists", "toc",
              markdown_ext.SumiExtension(labels={"personal": "個人情報"})]

# Pieces of every inline construct the configuration knows, and plain text around them.
PIECES = ["**", "*", "_", "__", "`", "``", "[", "]", "(", ")", "!", "<", ">", "&", "&amp;", "&#x5c71;", "\\", "  \n",
          "\n", " ", "[[■personal]]", "[^1]", "[^1]: 注\n", "[a]: http://a.example\n", "http://a.example", "a@b.example",
          "#", "|", "-", "委員", "山田", "：", "（", "）", "x", "1."]


def convert(text: str, quick: bool) -> str:
    md = markdown.Markdown(extensions=EXTENSIONS)
    if not quick:
        md.treeprocessors.register(treeprocessors.InlineProcessor(md), "inline", 20)
    return md.convert(text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=20).map("".join))
def test_when_converted_with_the_quick_inline_processor_then_the_html_is_python_markdowns(text: str) -> None:
    assert convert(text, quick=True) == convert(text, quick=False)


# One instance of every inline pattern, alone in plain text (a text holding another pattern's
# trigger too would go through every pattern anyway).
CONSTRUCTS = ["`code`", "[[■personal]]", "\\*", "[^1]\n\n[^1]: 注", "[a](http://a.example)",
              "![a](http://a.example/i.png)", "[a][r]\n\n[r]: http://a.example", "![a][r]\n\n[r]: http://a.example/i.png",
              "[r]\n\n[r]: http://a.example", "![r]\n\n[r]: http://a.example/i.png", "<http://a.example>",
              "<a@b.example>", "a  \nb", "&amp;", "&#x5c71;", "*強調*", "**強調**", "_強調_", "__強調__"]


@pytest.mark.parametrize("construct", CONSTRUCTS)
def test_when_one_construct_stands_in_plain_text_then_the_html_is_python_markdowns(construct: str) -> None:
    text = f"委員から{construct}について意見があった。"
    assert convert(text, quick=True) == convert(text, quick=False)


def test_when_a_text_holds_no_trigger_then_no_pattern_is_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[str] = []
    original = treeprocessors.InlineProcessor._InlineProcessor__handleInline  # type: ignore[attr-defined]

    def counting(self: treeprocessors.InlineProcessor, data: str, patternIndex: int = 0) -> str:  # noqa: N803
        tried.append(data)
        return original(self, data, patternIndex)

    monkeypatch.setattr(treeprocessors.InlineProcessor, "_InlineProcessor__handleInline", counting)
    assert convert("委員から意見があった。", quick=True) == "<p>委員から意見があった。</p>"
    assert tried == []
    assert convert("委員から**重要な**意見があった。", quick=True) == "<p>委員から<strong>重要な</strong>意見があった。</p>"
    assert tried


def test_when_a_pattern_is_not_known_then_every_text_goes_through_every_pattern() -> None:
    md = markdown.Markdown(extensions=EXTENSIONS)
    assert markdown_ext.inline_triggers(md) is not None
    md.inlinePatterns.register(markdown.inlinepatterns.SimpleTagInlineProcessor(r"(~~)(.+?)~~", "del"), "strike", 70)
    assert markdown_ext.inline_triggers(md) is None
    assert md.convert("委員~~削除~~") == "<p>委員<del>削除</del></p>"


def test_when_the_sample_site_is_built_with_and_without_the_quick_processor_then_every_byte_is_equal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert build(REPO / "content", tmp_path / "quick") == 0
    monkeypatch.setattr(markdown_ext, "inline_triggers", lambda md: None)
    assert build(REPO / "content", tmp_path / "plain") == 0
    for folder in ("site", "archive"):
        quick, plain = tree_bytes(tmp_path / "quick" / folder), tree_bytes(tmp_path / "plain" / folder)
        assert quick.keys() == plain.keys()
        assert [name for name in quick if quick[name] != plain[name]] == []
