"""Fill-in examples the minutes show by their column or call made up in the next sentence (round AP).

Three forms a form's printed example takes beside real data:
- a table's column headed 記入例 (| 欄 | 記入例 | 混入した受付簿 |): every cell under that header is the example;
- a sentence of values followed by one that calls them all made up (…としております。いずれも架空のものです。);
- a sentence opening 記入例は、 and listing fields with the forms' placeholder person (記入例は、学籍番号 …、氏名 すみれ 太郎、
  生年月日 令和76年1月1日、…): the fields after it, up to the sentence's end.
"""

from __future__ import annotations

import re

_EXAMPLE_HEADER = re.compile(r"[ \u3000]*(?:記入例|記載例|入力例|見本)[ \u3000]*")
_SEPARATOR_ROW = re.compile(r"\|?[ \u3000]*:?-{3,}")
_HEADER_REACH = 40  # a table's rows above the value, at most


def in_an_example_column(text: str, start: int) -> bool:
    """The value stands in a Markdown table's cell whose column is headed 記入例 (or 記載例, 入力例, 見本)."""
    line = text.rfind("\n", 0, start) + 1
    if not text.startswith("|", line):
        return False
    column = text.count("|", line, start)
    row = line
    for _ in range(_HEADER_REACH):
        if row == 0:
            return False
        above = text.rfind("\n", 0, row - 1) + 1
        if not text.startswith("|", above):
            return False
        if _SEPARATOR_ROW.match(text, above + 1) is not None or text.startswith("|---", above):
            header_end = above - 1
            header = text.rfind("\n", 0, header_end) + 1
            cells = text[header:header_end].split("|")
            return column < len(cells) and _EXAMPLE_HEADER.fullmatch(cells[column]) is not None
        row = above
    return False


# The next sentence calls the values before it made up: いずれも架空のものです, これらはダミーです, どれも実在しません.
_MADE_UP_NEXT = re.compile(r"[ \u3000]?(?:いずれ|これら|どれ|すべて|全て)(?:は|も)、?[^。\n「」]{0,6}(?:架空|ダミー|実在し(?:ない|ません))")


def called_made_up_next(text: str, start: int) -> bool:
    """The sentence holding `start` ends, and the next sentence opens by calling its values made up."""
    end = text.find("。", start)
    line_end = text.find("\n", start)
    if end < 0 or 0 <= line_end < end:
        return False
    return _MADE_UP_NEXT.match(text, end + 1) is not None


# 記入例は、 opening a list of the example's fields, the forms' placeholder person among them.
_EXAMPLE_LIST_OPENING = re.compile("(?:記入例|記載例|入力例|見本)(?:は|では)、")
_PLACEHOLDER_PERSON = re.compile("[ぁ-ゖァ-ヺ一-龯]{1,4}[ \u3000]?(?:太郎|花子|一郎|タロウ|ハナコ)(?![ぁ-ゖァ-ヺ一-龯])")


def in_an_example_list(text: str, sentence: int, start: int) -> bool:
    """The sentence opens (after its speaker) with 記入例は、 before the value and names the placeholder person."""
    opening = _EXAMPLE_LIST_OPENING.search(text, sentence, start)
    if opening is None:
        return False
    end = text.find("。", start)
    line_end = text.find("\n", start)
    ends = [i for i in (end, line_end) if i >= 0]
    return _PLACEHOLDER_PERSON.search(text, opening.end(), min(ends) if ends else len(text)) is not None
