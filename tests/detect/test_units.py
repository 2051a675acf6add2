"""Check digits, policy, messages and the interface the pipeline calls."""

from __future__ import annotations

import dataclasses

import pytest

from redaction.detect import (
    DEFAULT_POLICY,
    RECOGNIZERS,
    DetectContext,
    Finding,
    PolicyError,
    detect,
    format_finding,
    resolve_policy,
    to_records,
)
from redaction.detect.names.public import PublicNames
from redaction.detect.recognizers import my_number, phone
from redaction.detect.text import fold, kanji_numbers_in_arabic


def test_when_my_number_check_digit_is_computed_then_it_matches_the_hand_computation() -> None:
    # digits from the right 1,0,9,8,7,6,5,4,3,2,1 x weights 2..7,2..6 = 212; 212 % 11 = 3; 11 - 3 = 8
    assert my_number.check_digit("12345678901") == 8
    assert my_number.is_valid("123456789018")
    assert not my_number.is_valid("123456789012")


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        ("0312345678", True),  # Tokyo fixed line: 10 digits
        ("09012345678", True),  # mobile: 11 digits
        ("0901234567", False),  # mobile one digit short
        ("031234567", False),  # fixed line one digit short
        ("819012345678", True),  # +81 90-1234-5678
        ("0012345678", False),  # international prefix, not a national number
    ],
)
def test_when_digits_are_checked_then_only_national_lengths_pass(digits: str, expected: bool) -> None:
    assert phone.is_japanese_number(digits) is expected


def test_when_text_is_folded_then_length_and_offsets_are_kept() -> None:
    text = "携帯０９０－１２３４－５６７８ ｔａｒｏ＠ｅｘ．ｊｐ"
    assert len(fold(text)) == len(text)
    assert fold(text) == "携帯090-1234-5678 taro@ex.jp"


def test_when_kanji_digits_are_folded_then_only_runs_of_four_or_more_become_digits() -> None:
    text = "携帯〇九〇―一二三四―五六七八、二〇一〇年五月、一二三番、四十九日"
    assert len(fold(text)) == len(text)
    assert fold(text) == "携帯090―1234―5678、2010年五月、一二三番、四十九日"


def test_when_public_names_are_given_then_spaces_and_surnames_match() -> None:
    names = PublicNames.of(frozenset({"北村 誠一", "森下宏"}))
    assert "北村誠一" in names
    assert "北村 誠一" in names
    assert "北村" in names
    assert "森下" in names  # the start of a name listed without a space
    assert "北川" not in names


def test_when_detect_runs_then_findings_are_sorted_and_slice_the_input() -> None:
    text = "携帯090-1234-5678、佐藤花子さん、taro@example.jp"
    findings = detect(text, DetectContext())
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    assert all(text[f.start : f.end] == f.text for f in findings)
    assert [f.type for f in findings] == ["phone", "person_name", "email"]


def test_when_a_finding_is_made_then_it_is_frozen() -> None:
    finding = Finding("phone", 0, 3, "abc")
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.type = "email"  # type: ignore[misc]


def test_when_public_terms_are_configured_then_they_never_fire() -> None:
    text = "電話090-1234-5678"
    assert detect(text, DetectContext(public_terms=frozenset({"090-1234-5678"}))) == []
    assert len(detect(text, DetectContext())) == 1


def test_when_default_policy_is_read_then_structured_ids_stop_and_names_warn() -> None:
    assert DEFAULT_POLICY["person_name"] == "warn"
    assert set(DEFAULT_POLICY) == set(RECOGNIZERS)
    assert all(level == "error" for t, level in DEFAULT_POLICY.items() if t != "person_name")


def test_when_policy_overrides_a_type_then_the_rest_keep_defaults() -> None:
    policy = resolve_policy({"person_name": "error", "email": "off"})
    assert policy["person_name"] == "error"
    assert policy["email"] == "off"
    assert policy["phone"] == "error"


@pytest.mark.parametrize("configured", [{"fax": "error"}, {"phone": "fatal"}])
def test_when_policy_is_wrong_then_it_is_an_error(configured: dict[str, str]) -> None:
    with pytest.raises(PolicyError, match="個人情報検出の設定が不正です"):
        resolve_policy(configured)


def test_when_findings_become_records_then_line_and_col_are_one_based() -> None:
    text = "一行目\n二行目 03-1234-5678\n"
    records = to_records("content/a.md", text, detect(text, DetectContext()), line_offset=5)
    assert records == [{"file": "content/a.md", "line": 7, "col": 5, "type": "phone", "text": "03-1234-5678"}]


def test_when_a_finding_is_formatted_then_japanese_comes_first_with_what_to_do() -> None:
    message = format_finding("content/a.md", 7, 5, Finding("phone", 0, 12, "03-1234-5678"), "error")
    assert message.startswith("content/a.md:7:5: エラー: タグのない電話番号の可能性「03-1234-5678」")
    assert "[[public: …]]" in message
    assert message.index("電話番号") < message.index("phone number")


@pytest.mark.parametrize("text", [
    "通訳の申込みは鷹野 Olivia、電話は後日とのことです。",   # kanji family name first, then the Latin given name
    "申込者はPriya 小野寺、日本語教室の受講者です。",          # Latin given name first
])
def test_when_a_latin_name_stands_on_either_side_of_a_kanji_one_then_detect_reads_it_without_failing(text: str) -> None:
    # round Y's first run: a kanji word before a Latin one left the rule's kanji group empty and detect() raised
    findings = detect(text, DetectContext())
    assert all(text[f.start : f.end] == f.text for f in findings)


def test_when_kanji_numbers_are_read_as_arabic_then_digit_runs_and_tens_convert_and_odd_runs_stay() -> None:
    assert kanji_numbers_in_arabic("平成四年二月九日") == "平成4年2月9日"
    assert kanji_numbers_in_arabic("昭和五十二年十月一日") == "昭和52年10月1日"
    assert kanji_numbers_in_arabic("二〇五〇年十二月") == "2050年12月"
    assert kanji_numbers_in_arabic("二十三十") == "二十三十"  # two 十: not one number
