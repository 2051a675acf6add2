"""Property: whatever the shape of a Word body and its comments, no commented text reaches public text.

Hypothesis draws paragraphs of runs (with Markdown- and tag-like punctuation), comments over
single runs, over runs that cross paragraphs and over whole paragraphs, in any category form.
Each commented run holds a unique canary; the imported source is read as `check` reads it and
made public with the build's own redaction (redaction.source.redact.public_text), and no canary may be
left. Text that was not commented must still be there.
"""

from __future__ import annotations

import io
import re
from datetime import date

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redaction.importing.compose import compose
from redaction.importing.docx_reader import read_docx
from redaction.source.document import read_document
from redaction.source.redact import public_text
from tests.test_import_kit import HEADER_ROWS

TODAY = date(2026, 11, 22)
WORDS = ["個人情報", "非公開：個人情報", "非公開 法人情報", "personal", "security", "入札 until=2099-04-01",
         'tender note="公告前"', "審議検討"]
PLAIN = st.text(alphabet="本文会議委員長市課：、。[]*#-_1.:!|<>& 　", min_size=1, max_size=12)

run_strategy = st.tuples(PLAIN, st.one_of(st.none(), st.sampled_from(WORDS)))
paragraph_strategy = st.lists(run_strategy, min_size=1, max_size=4)
body_strategy = st.tuples(st.lists(paragraph_strategy, min_size=1, max_size=5),
                          st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4), st.sampled_from(WORDS)), max_size=2))


def _document(body) -> tuple[bytes, list[str], list[str]]:
    paragraphs, spanning = body
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for label, value in HEADER_ROWS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    canaries: list[str] = []
    sentinels: list[str] = []
    made = []
    for p_index, runs in enumerate(paragraphs):
        paragraph = document.add_paragraph()
        for r_index, (text, word) in enumerate(runs):
            tag = f"{p_index}{chr(0x9D7A + r_index)}"                 # 鵺-range characters: nowhere else
            if word is None:
                sentinel = f"{text}〔{tag}〕"
                paragraph.add_run(sentinel)
                sentinels.append(f"〔{tag}〕")
            else:
                canary = f"鰐{tag}{text}鷲"
                document.add_comment(paragraph.add_run(canary), text=word)
                canaries.append(f"鰐{tag}")
        made.append(paragraph)
    taken: set[int] = set()
    for first, last, word in spanning:
        if first < len(made) and last < len(made) and first <= last and not taken & set(range(first, last + 1)):
            start, end = made[first].runs[0], made[last].runs[-1]
            covered_runs = [run for paragraph in made[first:last + 1] for run in paragraph.runs]
            if not any("鰐" in run.text for run in covered_runs):   # overlapping categories are refused: not here
                document.add_comment([start, end], text=word)
                taken.update(range(first, last + 1))
                covered = made[first:last + 1]
                for paragraph in covered:
                    for run in paragraph.runs:
                        for sentinel in re.findall(r"〔[^〕]+〕", run.text):
                            sentinels.remove(sentinel)
                            canaries.append(sentinel)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), canaries, sentinels


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=body_strategy)
def test_when_any_body_is_commented_then_no_commented_text_is_public(body, config, tmp_path):
    data, canaries, sentinels = _document(body)
    draft = read_docx("m.docx", data, "0" * 64, config)
    composed = compose(draft, "joho-kokai", None)
    assert not composed.problems, composed.problems
    path = tmp_path / "m.md"
    path.write_text(composed.text, encoding="utf-8")
    source = read_document(path, "joho-kokai/2024/m.md", config)
    public = "".join(public_text(lexed, TODAY, config, form="plain") for _, lexed in source.all_lexed())
    squeezed = re.sub(r"\s", "", public)
    for canary in canaries:
        assert canary not in squeezed, (canary, composed.text)
    for sentinel in sentinels:
        assert sentinel in squeezed, (sentinel, composed.text)
