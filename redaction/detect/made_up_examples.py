"""Fill-in examples the minutes show by their column or call made up in the next sentence (round AP).

Three forms a form's printed example takes beside real data:
- a table's column headed 記入例 (| 欄 | 記入例 | 混入した受付簿 |): every cell under that header is the example;
- a sentence of values followed by one that calls them all made up (…としております。いずれも架空のものです。);
- a sentence opening 記入例は、 and listing fields with the forms' placeholder person (記入例は、学籍番号 …、氏名 すみれ 太郎、
  生年月日 令和76年1月1日、…): the fields after it, up to the sentence's end.
"""

from __future__ import annotations

import re

from .particulars import column_header

_EXAMPLE_HEADER = re.compile(r"記入例|記載例|入力例|見本")


def in_an_example_column(text: str, start: int) -> bool:
    """The value stands in a Markdown table's cell whose column is headed 記入例 (or 記載例, 入力例, 見本)."""
    if not text.startswith("|", text.rfind("\n", 0, start) + 1):
        return False  # no table row: spares the walk up to the header
    header = column_header(text, start)
    return header is not None and _EXAMPLE_HEADER.fullmatch(header) is not None


# The next sentence calls the values before it made up: いずれも架空のものです, これらはダミーです, どれも実在しません.
_MADE_UP_NEXT = re.compile(r"[ \u3000]?(?:いずれ|これら|どれ|すべて|全て)(?:は|も)、?[^。\n「」]{0,6}(?:架空|ダミー|実在し(?:ない|ません))")


def called_made_up_next(text: str, start: int) -> bool:
    """The sentence holding `start` ends, and the next sentence opens by calling its values made up."""
    end = text.find("。", start)
    line_end = text.find("\n", start)
    if end < 0 or 0 <= line_end < end:
        return False
    return _MADE_UP_NEXT.match(text, end + 1) is not None


# 記入例は、 opening a list of the example's fields, the forms' placeholder person among them; (round OI) or 記入例の and a
# field's name before を (記入例の氏名を すみれ 花子、住所を …、電話を … としています).
_EXAMPLE_LIST_OPENING = re.compile("(?:記入例|記載例|入力例|見本)(?:(?:は|では)、|の[^、。\n「」]{1,8}?を)")
_PLACEHOLDER_PERSON = re.compile("[ぁ-ゖァ-ヺ一-龯]{1,4}[ \u3000]?(?:太郎|花子|一郎|タロウ|ハナコ)(?![ぁ-ゖァ-ヺ一-龯])")


def in_an_example_list(text: str, sentence: int, start: int) -> bool:
    """The sentence opens (after its speaker) with 記入例は、 (or 記入例の…を) before the value and names the placeholder person."""
    opening = _EXAMPLE_LIST_OPENING.search(text, sentence, start)
    if opening is None:
        return False
    end = text.find("。", start)
    line_end = text.find("\n", start)
    ends = [i for i in (end, line_end) if i >= 0]
    return _PLACEHOLDER_PERSON.search(text, opening.end(), min(ends) if ends else len(text)) is not None
