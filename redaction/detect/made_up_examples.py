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
# (round AT) or opens by calling the value's domain or address one that does not exist (実在しないドメインです).
_MADE_UP_NEXT = re.compile(r"[ \u3000]?(?:(?:いずれ|これら|どれ|すべて|全て)(?:は|も)、?[^。\n「」]{0,6}(?:架空|ダミー|実在し(?:ない|ません))"
                           r"|実在しない(?:ドメイン|アドレス|番号|住所)(?:です|であ))")


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
# (round AT) さん or 様 may follow the placeholder (記入例は、すみれ 花子さん、電話 …)
_PLACEHOLDER_PERSON = re.compile("[ぁ-ゖァ-ヺ一-龯]{1,4}[ \u3000]?(?:太郎|花子|一郎|タロウ|ハナコ)(?!(?!さん|様)[ぁ-ゖァ-ヺ一-龯])")


def in_an_example_list(text: str, sentence: int, start: int) -> bool:
    """The sentence opens (after its speaker) with 記入例は、 (or 記入例の…を) before the value and names the placeholder person."""
    opening = _EXAMPLE_LIST_OPENING.search(text, sentence, start)
    if opening is None:
        return False
    end = text.find("。", start)
    line_end = text.find("\n", start)
    ends = [i for i in (end, line_end) if i >= 0]
    return _PLACEHOLDER_PERSON.search(text, opening.end(), min(ends) if ends else len(text)) is not None


# (round AT) A quoted block (lines opening ">") right after a line that announces a fill-in example (記入例は次のとおりです),
# the block naming the forms' placeholder person (> 請求者　すみれ 太郎): every field of the block is the example's.
_BLOCK_ANNOUNCED = re.compile("記入例|記載例|入力例|見本")


def in_an_example_block(text: str, start: int) -> bool:
    """The value stands in a ">" block whose line above announces a fill-in example and which names the placeholder person."""
    line_start = text.rfind("\n", 0, start) + 1
    if not text.startswith(">", line_start):
        return False
    block_start = line_start
    while block_start > 0:
        above = text.rfind("\n", 0, block_start - 1) + 1
        if not text.startswith(">", above):
            break
        block_start = above
    block_end = line_start
    while (next_line := text.find("\n", block_end) + 1) > 0 and text.startswith(">", next_line):
        block_end = next_line
    block_end = text.find("\n", block_end)
    block_end = len(text) if block_end < 0 else block_end
    announcing = text[text.rfind("\n", 0, max(0, block_start - 1)) + 1 : block_start]
    if not announcing.strip():  # a blank line between the announcing sentence and the block
        before = text[max(0, block_start - 400) : block_start].rstrip("\n")
        announcing = before[before.rfind("\n") + 1 :]
    return _BLOCK_ANNOUNCED.search(announcing) is not None and _PLACEHOLDER_PERSON.search(text, block_start, block_end) is not None
