"""Strict front matter and file reading: every mistake is a ContentError at file:line:col."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from redaction.core.config import SumiConfig
from redaction.core.errors import ContentError
from redaction.source.document import read_document
from tests.conftest import write

GOOD = """---
title: 令和6年度第1回個人情報保護運営審議会
council: kojin-joho
date: 2024-05-14
start: "14:00"
end: "16:05"
place: "本庁舎 [[security: 第3サーバ室の隣]]"
attendees: [北村 誠一（会長）, "[[personal: 臨時委員の氏名]]"]
hearing: false
agenda:
  - 諮問第1号について
internal:
  reviewer: 係長
---

本文
"""


def _read(tmp_path: Path, text: str | bytes, config: SumiConfig):
    path = write(tmp_path, "doc.md", text)
    return read_document(path, "doc.md", config)


def _error(tmp_path: Path, text: str | bytes, config: SumiConfig):
    with pytest.raises(ContentError) as caught:
        _read(tmp_path, text, config)
    return caught.value.problems


def test_when_front_matter_is_valid_then_values_and_tags_are_read(tmp_path: Path, config: SumiConfig) -> None:
    document = _read(tmp_path, GOOD, config)
    assert document.date == date(2024, 5, 14)
    assert (document.start, document.end, document.hearing) == ("14:00", "16:05", False)
    assert [t.category for t in document.fields["place"].tags] == ["security"]
    assert [t.category for t in document.lists["attendees"][1].tags] == ["personal"]
    assert document.body_line == 15
    assert document.internal_keys == ("reviewer",)


def test_when_file_has_a_bom_then_it_is_read(tmp_path: Path, config: SumiConfig) -> None:
    assert _read(tmp_path, "\ufeff" + GOOD, config).council == "kojin-joho"


@pytest.mark.parametrize(("replace", "by", "where", "fragment"), [
    # a misspelt key must never silently publish or hide
    ("council: kojin-joho", "council: kojin-joho\ncouncil_name: x", "4:1", "unknown key"),
    # the same key twice
    ("council: kojin-joho", "council: kojin-joho\ncouncil: joho-kokai", "4:1", "key given twice"),
    # a date that is not ISO
    ("date: 2024-05-14", "date: 2024/5/14", "4:7", "ISO YYYY-MM-DD"),
    ("date: 2024-05-14", "date: 2024-02-30", "4:7", "real YYYY-MM-DD day"),
    # unquoted 14:00 is a number for YAML
    ('start: "14:00"', "start: 14:00", "5:8", "quoted"),
    # wrong types
    ("hearing: false", "hearing: いいえ", "9:10", "true or false"),
    ("  - 諮問第1号について", "  - [1, 2]", "11:5", "non-empty string"),
    # a tag left unquoted is read by YAML as a list
    ('place: "本庁舎 [[security: 第3サーバ室の隣]]"', "place: [[security: 第3サーバ室の隣]]", "7:8", "quotes"),
    # unknown council and retention class
    ("council: kojin-joho", "council: kojin", "3:10", "not defined in sumi.councils"),
    ("council: kojin-joho", "council: kojin-joho\nretention: web-2y", "4:12", "not defined in sumi.retention"),
    ("council: kojin-joho", "council: kojin-joho\nstatus: published", "4:9", "'final' or 'draft'"),
    # a broken tag inside a front-matter value
    ('place: "本庁舎 [[security: 第3サーバ室の隣]]"', 'place: "本庁舎 [[security 第3サーバ室の隣]]"', "7:13", "without a colon"),
    # internal must be a mapping
    ("  reviewer: 係長", "", "12:10", "must be a mapping"),
])
def test_when_front_matter_is_wrong_then_error_names_line_and_col(tmp_path: Path, config: SumiConfig, replace: str,
                                                                  by: str, where: str, fragment: str) -> None:
    assert replace in GOOD
    problems = _error(tmp_path, GOOD.replace(replace, by, 1), config)
    assert any(fragment in p.en for p in problems), problems
    assert any(f"{p.location.line}:{p.location.col}" == where for p in problems), problems


def test_when_a_value_fails_to_read_then_the_values_after_it_are_read_as_alone(tmp_path: Path,
                                                                               config: SumiConfig) -> None:
    # One constructor reads a document's values; a failed one must not leave its state to the next
    # (an alias of the bad date fails as itself, a good date after them is read).
    text = GOOD.replace("date: 2024-05-14", "date: &d 2024-02-30\nend: *d").replace('end: "16:05"\n', "")
    problems = _error(tmp_path, text, config)
    assert [p.en.split(";")[0] for p in problems] == ["'date': value cannot be read (day is out of range for month)",
                                                     "'end': value cannot be read (day is out of range for month)"]
    assert _read(tmp_path, GOOD.replace("hearing: false", "hearing: false\nstart: &s '14:00'\nend: *s")
                 .replace('start: "14:00"\n', "").replace('end: "16:05"\n', ""), config).end == "14:00"


def test_when_required_keys_are_missing_then_each_is_named(tmp_path: Path, config: SumiConfig) -> None:
    problems = _error(tmp_path, "---\ntitle: x\n---\nbody\n", config)
    assert {p.en.split("'")[1] for p in problems} == {"council", "date"}


@pytest.mark.parametrize("text", [
    "本文だけ\n",                      # no front matter at all
    "---\ntitle: x\n本文\n",           # front matter never closed
    "---\n- a\n- b\n---\n",            # front matter is not a mapping
    "---\ntitle: [x\n---\n",           # YAML syntax error
])
def test_when_front_matter_is_malformed_then_content_error(tmp_path: Path, config: SumiConfig, text: str) -> None:
    assert _error(tmp_path, text, config)


def test_when_file_is_not_utf8_then_error_names_file_line_col(tmp_path: Path, config: SumiConfig) -> None:
    problems = _error(tmp_path, GOOD.replace("本文", "本文 ").encode("utf-8") + "氏名".encode("shift_jis"), config)
    assert problems[0].location.file == "doc.md"
    assert problems[0].location.line == 17
    assert "UTF-8" in problems[0].en


def test_when_body_has_near_misses_then_every_problem_is_listed(tmp_path: Path, config: SumiConfig) -> None:
    problems = _error(tmp_path, GOOD.replace("本文", "[[personal 山田]]\n\n[[secret: x]]"), config)
    assert [(p.location.line, p.location.col) for p in problems] == [(16, 1), (18, 3)]


@pytest.mark.parametrize("key", ["attendees", "absentees", "secretariat", "agenda"])
def test_when_a_list_key_has_one_string_then_it_is_a_one_item_list(tmp_path: Path, config: SumiConfig,
                                                                    key: str) -> None:
    text = GOOD.replace("hearing: false", f'hearing: false\n{key}: "総務課 [[personal: 臨時職員の氏名]]"')
    if key in ("attendees", "agenda"):
        text = text.replace("attendees: [北村 誠一（会長）, \"[[personal: 臨時委員の氏名]]\"]\n", "")
        text = text.replace("agenda:\n  - 諮問第1号について\n", "")
    document = _read(tmp_path, text, config)
    (item,) = document.lists[key]
    assert item.text == "総務課 [[personal: 臨時職員の氏名]]"
    assert [t.category for t in item.tags] == ["personal"]
    assert item.position(item.tags[0].start)[1] == len(f'{key}: "総務課 ') + 1


@pytest.mark.parametrize("value", ["{a: 1}", "12", '""'])
def test_when_a_list_key_is_neither_a_string_nor_a_list_then_error(tmp_path: Path, config: SumiConfig,
                                                                   value: str) -> None:
    problems = _error(tmp_path, GOOD.replace("hearing: false", f"hearing: false\nsecretariat: {value}"), config)
    assert any("secretariat" in p.en for p in problems), problems
