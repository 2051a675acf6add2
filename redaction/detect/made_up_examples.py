"""Fill-in examples the minutes show by their column or call made up in the next sentence (round AP).

Three forms a form's printed example takes beside real data:
- a table's column headed 記入例 (| 欄 | 記入例 | 混入した受付簿 |): every cell under that header is the example;
- a sentence of values followed by one that calls them all made up (…としております。いずれも架空のものです。);
- a sentence opening 記入例は、 and listing fields with the forms' placeholder person (記入例は、学籍番号 …、氏名 すみれ 太郎、
  生年月日 令和76年1月1日、…): the fields after it, up to the sentence's end.
(round AV) and two more:
- a sentence naming the forms' placeholder person, the sentence or the one before it in the same turn calling it the example
  (記入例用の架空の番号です。氏名欄も「すみれ 太郎」、生年月日は令和元年5月1日としています; 氏名「すみれ 太郎」、住所「…」の見本にしています):
  every value of that sentence;
- a quote right after the example's word, the sentence calling it one (記入例に「個人番号 123456789012」と書いてありますが、見本ですね):
  the quoted example (記入例に「請求者 …」とありました, a real person's data found in the example, stays a finding).
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


# (round AV) the example's words a sentence calls its values by
_EXAMPLE_WORDS = re.compile("記入例|記載例|入力例|見本|架空")
_PLACEHOLDER_GIVEN = ("太郎", "花子", "一郎", "タロウ", "ハナコ")
_SET_AS_THE_EXAMPLE = re.compile("(?:と|に)(?:して|しており|いたして)(?:います|ます|おります)\\Z|(?:と|に)しました\\Z")


def in_a_placeholders_sentence(text: str, start: int) -> bool:
    """The sentence holding `start` names the placeholder person and ends setting it (…としています), and it or the sentence
    before it on its line names the example (記入例, 見本, 架空)."""
    line_start = text.rfind("\n", 0, start) + 1
    sentence = max(line_start, text.rfind("。", line_start, start) + 1)
    ends = [i for i in (text.find("。", start), text.find("\n", start)) if i >= 0]
    end = min(ends) if ends else len(text)
    if not any(word in text[sentence:end] for word in _PLACEHOLDER_GIVEN) or _PLACEHOLDER_PERSON.search(text, sentence, end) is None:
        return False
    if _SET_AS_THE_EXAMPLE.search(text, sentence, end) is None or "実際" in text[sentence:end]:
        return False  # not a sentence setting the example (…と架空のものでしたが、電話欄が …: the real one after the turn)
    before = max(line_start, text.rfind("。", line_start, max(line_start, sentence - 1)) + 1)
    return _EXAMPLE_WORDS.search(text, before, end) is not None


_QUOTED_EXAMPLE_BEFORE = re.compile("(?:記入例|記載例|入力例|見本)(?:に|は|では|として)、?「[^「」\n]*\\Z")
_QUOTE_REACH = 40
_CALLED_AN_EXAMPLE = re.compile("見本|架空|ダミー|実在しない")


def in_a_quoted_example(text: str, start: int) -> bool:
    """The value stands in a quote opened right after the example's word (記入例に「個人番号 …」), the sentence calling it
    a 見本 (架空, ダミー, 実在しない) after the quote."""
    quote = text.rfind("「", max(0, start - _QUOTE_REACH), start)
    if quote < 0 or _QUOTED_EXAMPLE_BEFORE.search(text, max(0, quote - 8), start) is None:
        return False
    close = text.find("」", start)
    ends = [i for i in (text.find("。", start), text.find("\n", start)) if i >= 0]
    end = min(ends) if ends else len(text)
    return 0 <= close < end and _CALLED_AN_EXAMPLE.search(text, close, end) is not None
