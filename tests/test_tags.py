"""The lexer and redaction of source format v1, as input/expected fixtures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from markdown_it.utils import read_fixture_file

from redaction.core.config import SumiConfig
from redaction.core.errors import ContentError
from redaction.source.redact import public_text
from redaction.source.tags import lex

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = date(2026, 11, 22)


def _lex(text: str, config: SumiConfig):
    words = [w for c in config.categories.values() for w in (c.id, *c.aliases)] + ["public"]

    def lookup(word: str) -> str | None:
        category = config.category_for(word)
        return category.id if category else None

    return lex(text, "doc.md", lookup, near_miss_words=words)


@pytest.mark.parametrize(("line", "title", "source", "expected"), read_fixture_file(FIXTURES / "redact.md"),
                         ids=lambda v: v if isinstance(v, str) and len(v) < 80 and "\n" not in v else None)
def test_when_source_is_redacted_then_public_markdown_matches(line: int, title: str, source: str, expected: str,
                                                              config: SumiConfig) -> None:
    assert public_text(_lex(source, config), TODAY, config, form="markdown") == expected


@pytest.mark.parametrize(("line", "title", "source", "expected"), read_fixture_file(FIXTURES / "near_misses.md"),
                         ids=lambda v: v if isinstance(v, str) and len(v) < 80 and "\n" not in v else None)
def test_when_a_tag_is_a_near_miss_then_content_error_at_line_col(line: int, title: str, source: str,
                                                                  expected: str, config: SumiConfig) -> None:
    position, _, message = expected.strip().partition(" ")
    with pytest.raises(ContentError) as caught:
        _lex(source, config)
    first = caught.value.problems[0]
    assert f"{first.location.line}:{first.location.col}" == position
    assert message in first.en
    assert first.ja  # Japanese first


def test_when_withheld_text_is_redacted_then_it_is_absent_from_both_forms(config: SumiConfig) -> None:
    lexed = _lex("件名 [[personal: 秘匿カナリア]] と ::: の話", config)
    for form in ("markdown", "plain"):
        assert "秘匿カナリア" not in public_text(lexed, TODAY, config, form=form)
    assert public_text(lexed, TODAY, config, form="plain") == "件名 ■■■ と ::: の話"


def test_when_tags_are_lexed_then_positions_point_at_the_source(config: SumiConfig) -> None:
    lexed = _lex("一行目\n二行目 [[tender until=2027-04-01 note=\"公告前: 注意\": 金額]]", config)
    (tag,) = lexed.tags
    assert (tag.line, tag.col, tag.until, tag.note) == (2, 5, date(2027, 4, 1), "公告前: 注意")
    assert lexed.text[tag.text_start:tag.text_end] == "金額"
