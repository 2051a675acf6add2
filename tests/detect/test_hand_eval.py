"""The evaluation on minutes of real shape: labels, the tuning half as a regression guard, real text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.detect_eval.hand import load_set, run_set, score, strip_labels
from bench.detect_eval.open_items import items_of, read_open_list
from bench.detect_eval.real_text import context_of, run_folder
from redaction.core.config import SumiConfig
from redaction.detect.names import analyzer

needs_analyzer = pytest.mark.skipif(not analyzer.available(), reason="SudachiPy is not installed")


def test_when_labels_are_stripped_then_each_points_at_its_text() -> None:
    doc = strip_labels("x.md", "一行目\n連絡先は{{ph:090-1111-2222}}、{{nm:山田 花子}}さん\n")
    lines = doc.text.split("\n")
    assert doc.text == "一行目\n連絡先は090-1111-2222、山田 花子さん\n"
    for label in doc.labels:
        assert lines[label.line - 1][label.col - 1:label.col - 1 + len(label.text)] == label.text
    assert [(lab.type, lab.line, lab.col) for lab in doc.labels] == [("phone", 2, 5), ("person_name", 2, 19)]


@pytest.mark.parametrize("which", ["tune", "held"])
def test_when_the_hand_set_is_loaded_then_every_label_slices_its_source(which: str) -> None:
    for doc in load_set(which):
        lines = doc.text.split("\n")
        for label in doc.labels:
            assert lines[label.line - 1][label.col - 1:].startswith(label.text), (doc.name, label)


@needs_analyzer
def test_when_the_tuning_half_is_run_then_its_misses_and_false_alarms_are_exactly_the_open_list(
        config: SumiConfig) -> None:
    # Until round AG the tuning half was all found with no false alarm; round AG left items open (RESULTS.md), each
    # listed with its reason in hand/tune/OPEN.txt. A new miss or alarm fails here, and so does a mended item left listed.
    found = [str(item) for item in items_of(run_set(load_set("tune"), config))]
    listed = [str(item) for item in read_open_list()]
    assert len(listed) == len(set(listed)), "an item is listed twice"
    assert sorted(set(found) - set(listed)) == [], "new misses or false alarms, not on the open list"
    assert sorted(set(listed) - set(found)) == [], "mended: take these off the open list"


def test_when_the_open_list_has_a_line_without_its_reason_then_it_is_refused(tmp_path: Path) -> None:
    listed = tmp_path / "OPEN.txt"
    listed.write_text("# a comment\n\ntune/x.md:1:2 MISS person_name '山田 花子'  — a reason\n", encoding="utf-8")
    assert [str(item) for item in read_open_list(listed)] == ["tune/x.md:1:2 MISS person_name '山田 花子'"]
    listed.write_text("tune/x.md:1:2 MISS person_name '山田 花子'\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"OPEN\.txt:1"):
        read_open_list(listed)


@needs_analyzer
def test_when_the_hand_set_is_run_then_no_finding_spans_a_line_break(config: SumiConfig) -> None:
    # (round S) d01: a CSV header's last cell (希望日) and the ID on the line below were one address.
    # No form a recognizer reads holds a newline; a finding across one joins two lines' values.
    for result in run_set(load_set("tune"), config):
        assert not [f.text for f in result.findings if "\n" in f.text], result.doc.name


@needs_analyzer
def test_when_the_held_half_is_run_then_it_is_scored_over_all_its_labels(config: SumiConfig) -> None:
    # Round I (v01-v30) moved to hand/tune after its one run (RESULTS.md); the next blind round is
    # written elsewhere and judged by its first run, so no figure of it is pinned here.
    docs = load_set("held")
    if not docs:
        pytest.skip("hand/held holds no documents yet: the next blind round is being written")
    report = score(run_set(docs, config))
    assert report.documents == len(docs)
    assert sum(report.labels.values()) == sum(len(doc.labels) for doc in docs)


HEADER = ("会議の名称\t第2回審議会\n出席者\t<p>●出席者：(委員) 桐原正一委員・沢 良子会長</p>\n"
          "問い合わせ先\t総務課 電話番号 042-555-0101 (内線12) ファックス 042-555-0109\n")


def test_when_real_text_has_header_rows_then_names_are_public_and_the_contact_row_is_the_contact_field(
        tmp_path: Path) -> None:
    context, name_lines, contact_lines = context_of(HEADER)
    assert {"桐原正一", "沢"} <= context.public_names
    assert name_lines == {1} and contact_lines == {2}
    (tmp_path / "a.txt").write_text(HEADER + "桐原委員と沢会長が出席した。申出人の電話は 090-3333-4444 である。\n",
                                    encoding="utf-8")
    (result,) = run_folder(tmp_path)
    assert [(line, f.type, f.text) for line, _, f in result.findings] == [(4, "phone", "090-3333-4444")]
