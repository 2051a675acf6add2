"""The one redaction pass: the audit's public column is the staged public text, for any document.

Random documents are drawn from pieces that each lex (tags of every kind and state, blocks
withheld and disclosed with tags inside, escapes, roster names of a council that hides them
next to reviewed-public tags), read from a real file, published (the staged page) and
audited. Each field's public column — every public segment's staged Markdown, with the line
breaks the column says are published — must be exactly the staged text: the page body for
the body (speaker names hidden, as the page does), the public Markdown for front-matter values.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from itertools import groupby
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redaction.auditing.align import AlignedLine
from redaction.auditing.report import audit_document
from redaction.checks.mask import MASK, public_view
from redaction.core.config import SumiConfig, load_config
from redaction.source.document import read_document
from redaction.source.public_page import public_document
from redaction.source.redact import decisions, public_text
from redaction.source.speakers import hide_names

CONFIG = load_config(Path(__file__).resolve().parent.parent / "mkdocs.yml")
EXAMPLES = int(os.environ.get("SUMI_SEGMENT_EXAMPLES", "150"))

BODY = (
    "本文", "text", " ", "\n", "\n\n", "**強調**", "`code`", "&amp;", "\\<b>", "- 項目\n", "## 見出し\n",
    "北村 誠一", "北村誠一会長", "大野委員", "北村", "誠一", "委員", "会長", "森下 宏",
    "[[personal: 山田]]", "[[個人情報：北村 誠一]]", "[[public: 北村 誠一]]", "[[public: 誠一]]",
    '[[tender until=2020-01-01 note="落札済み": 予定価格]]', "[[tender until=2099-01-01: 予定価格\n百万円]]",
    "[[security until=2026-11-22: 当日]]", "\\[[", "\\]]",
    "| 氏名 | 役職 |\n| --- | --- |\n| [[personal: 鵺野]] | 委員 |\n",
    "\n::: redact security\n機種 [[personal: 内側]] と \\[[ 文字\n:::\n",
    "\n::: 非公開 tender until=2020-01-01\n公開済み [[personal: 内側]] と [[public: 北村]]\\]]\n:::\n",
    '\n::: redact corporate until=2099-01-01 note="未公開"\n未来\n\n段落\n:::\n',
    "\n::: redact deliberation\n:::\n",
)
VALUE = ("題", "[[personal: 氏名]]", "[[public: 公開]]", "\\[[", " ", "[[tender until=2020-01-01: 過去]]", "名")
TODAYS = (date(1990, 1, 1), date(2026, 11, 22), date(2100, 1, 1))


def _value(pieces: list[str]) -> str:
    text = "".join(pieces).strip() or "題"
    return '"' + text.replace("\\", "\\\\") + '"'


documents = st.builds(
    lambda council, title, place, agenda, body: (
        f"---\ntitle: {_value(title)}\ncouncil: {council}\ndate: 2024-05-14\nplace: {_value(place)}\n"
        f"agenda: [{', '.join(_value(item) for item in agenda)}]\n---\n" + "".join(body)),
    st.sampled_from(("kojin-joho", "joho-kokai")),
    *(st.lists(st.sampled_from(VALUE), min_size=1, max_size=4) for _ in range(2)),
    st.lists(st.lists(st.sampled_from(VALUE), min_size=1, max_size=3), max_size=2),
    st.lists(st.sampled_from(BODY), max_size=40),
)


def public_column(lines: list[AlignedLine]) -> str:
    """The audit's public column of one field as the Markdown it stands for."""
    return "".join("".join(s.staged for s in line.public) + ("\n" if line.public_break else "") for line in lines)


def audited(text: str, today: date, config: SumiConfig = CONFIG):
    with tempfile.TemporaryDirectory(prefix="sumi-seg-") as tmp:
        path = Path(tmp) / "doc.md"
        path.write_text(text, encoding="utf-8")
        source = read_document(path, "kojin-joho/2024/doc.md", config)
    document = public_document(source, "kojin-joho/2024/doc", config, today)
    audit = audit_document(document, "doc.html", config, today)
    by_field = {field: list(lines) for field, lines in groupby(audit.lines, key=lambda line: line.field)}
    return source, document, by_field


@settings(max_examples=EXAMPLES, deadline=None, derandomize=os.environ.get("CI") is not None,
          suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.sampled_from(TODAYS))
def test_when_any_document_is_audited_then_its_public_column_is_the_staged_public_text(text: str, today: date) -> None:
    source, document, by_field = audited(text, today)
    council = CONFIG.councils[source.council]
    for name, lexed in source.all_lexed():
        column = public_column(by_field.get(name, []))
        if name == "body":
            body = hide_names(public_text(lexed, today, CONFIG, form="markdown"), council)
            assert column == body
            assert document.markdown.endswith("\n" + body.strip("\n") + "\n")
        else:
            assert column == public_text(lexed, today, CONFIG, form="markdown")


@settings(max_examples=EXAMPLES, deadline=None, derandomize=os.environ.get("CI") is not None,
          suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.sampled_from(TODAYS))
def test_when_any_document_is_masked_then_the_view_keeps_offsets_and_only_what_is_published(text: str,
                                                                                           today: date) -> None:
    source, _, _ = audited(text, today)
    for name, lexed in source.all_lexed():
        rows = decisions(lexed, source.rel, name, today)
        for keep in (True, False):
            view = public_view(lexed, today, keep_reviewed_public=keep)
            assert len(view) == len(lexed.text)
            assert all(v in (c, MASK) for v, c in zip(view, lexed.text, strict=True))
            assert all(view[e.start:e.start + 3] in (MASK + e.marker, MASK * 3) for e in lexed.escapes)  # \ goes
            for tag, row in zip(lexed.tags, rows, strict=True):
                assert set(view[tag.start:tag.text_start] + view[tag.text_end:tag.end]) <= {MASK, "\n"}  # tag syntax
                if not row.disclosed:          # withheld, or inside a withheld block
                    assert set(view[tag.start:tag.end]) <= {MASK, "\n"}
                elif keep and tag.kind != "block":   # a disclosed block holds tags of its own
                    assert view[tag.text_start:tag.text_end] == lexed.text[tag.text_start:tag.text_end]


def test_when_a_hidden_name_runs_across_a_reviewed_public_tag_then_the_audit_shows_what_the_page_shows() -> None:
    """Fixed: the audit hid names piece by piece and showed 「北村誠一」 where the page shows 「会長」."""
    text = "---\ntitle: 題\ncouncil: kojin-joho\ndate: 2024-05-14\n---\n北村[[public: 誠一]]会長の発言\n"
    _, document, by_field = audited(text, date(2026, 11, 22))
    line = by_field["body"][0]
    assert "".join(s.text for s in line.public) == "会長の発言"
    assert document.markdown.endswith("\n会長の発言\n")
