"""Is a value a made-up example? `is_example`, the engine's one question, asks every reading of this module.

A sentence may call a value made up (架空の…, ダミー, 実在しない), a form's fill-in example may stand in a row, a quote or
a ">" block beside the forms' placeholder person (すみれ 太郎), or answer a question on the example (the engine's readings
of rounds M–AL, moved here by the twelfth speed pass). (round AP) Fill-in examples the minutes show by their column or
call made up in the next sentence.

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
(round BD) and a number counted up from 1 (1234 5678 9012, 1234567) in a sentence naming the example.
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
    if _BLOCK_ANNOUNCED.search(announcing) is None:
        return False
    record = _own_record(text, block_start, line_start)
    if record is not None:  # (round BL) the block is parted into 【…】 records: the value's own record must be the example
        if _BLOCK_ANNOUNCED.search(text, record, text.find("】", record)) is None:
            return False  # 【記入例】 then 【提出例1】氏名 …: a record labelled otherwise is a real submission
        block_start = record
        next_record = _RECORD_OPENING.search(text, line_start + 1, block_end)
        block_end = next_record.start() if next_record is not None else block_end
    return _PLACEHOLDER_PERSON.search(text, block_start, block_end) is not None


# (round BL) a quoted block's record opens a line with a bracketed label: > 【記入例】, > 【提出例1】, > 【実際の申告】
_RECORD_OPENING = re.compile("^>[ \u3000]*【[^】\n]{1,12}】", re.MULTILINE)


def _own_record(text: str, block_start: int, line_start: int) -> int | None:
    """Where the value's own record opens: the last line of the block, at or above the value's, opening with 【…】."""
    if "【" not in text[block_start : text.find("\n", line_start) if text.find("\n", line_start) >= 0 else len(text)]:
        return None
    found = None
    for match in _RECORD_OPENING.finditer(text, block_start):
        if match.start() > line_start:
            break
        found = match.start()
    return found


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


# A value the sentence says is made up: 架空の記入例（住所 すみれ市中央1-1-1）, ダミーの…, or
# 「1234 5678 9012」のような形式だけの記載で、実在の番号ではございません. A form's example alone
# (記入例に…, 見本として…) may hold a real person's data: minutes report exactly that.
# 架空 as an example's word only (架空の記入例, 架空の住所): 架空請求 is a fraud whose victims are real.
_MADE_UP_BEFORE = re.compile("架空の[「『][^」』]*$"  # (round O) 見本は架空の「すみれ 太郎、昭和60年1月1日生、…」
                             "|架空の(?:記入例|記載例|例|番号|住所|氏名|人物|データ|値|もの|内容|事例)|ダミー|実在しない"
                             # (round AJ) を or で before the quote too (記入例を「すみれ 太郎、…」に改め; …の記入例で、「すみれ　太郎　普通　…」)
                             "|(?:記入例|記載例)(?:の値)?(?:は|を|で、?)[「『][^」』]*$"
                             # (round N) 記入例は、氏名「すみれ 花子」、生年月日「平成元年1月1日」: the example's fields quoted
                             "|(?:記入例|記載例)は、[^。\n]{0,40}[「『][^」』]*$")  # (round M) 記入例は「すみれ 花子、平成8年4月1日…」: the form's printed example
_MADE_UP_AFTER = re.compile("実在(?:の[^。\n、]{0,6})?(?:ではな|ではござ|ではあり|しな)|(?:のような|といった|という|」の)(?:架空|ダミー)|」とあるのは記入例"
                            # (round P) 記入例の「すみれ 太郎、…」は架空です / 住所が「西町3-14-2」のように丁目と番地だけでも
                            # (round Q) 記入例（Owner name: …, 1 January 1940）は架空のもの
                            "|[」）)](?:は|も)(?:[^。\n「」]{0,4})(?:架空|ダミー)"
                            # (round R) Name: …、Date of birth: … とあり、これは架空の記入例です: the sentence says so after it
                            "|(?:これ|いずれ|どれ|それ)(?:ら)?(?:は|も)[^。\n「」]{0,6}(?:架空|ダミー)"
                            # (round AD) 記入例」に、すみれ 太郎、…とありますが、これは見本ですね: the sentence calls the values the sample
                            "|(?:これ|いずれ|それ)(?:ら)?(?:は|も)(?:様式の|印刷された)?(?:見本|記入例)(?:です|であ|でし|でご)")
# (round P) A value quoted to illustrate a kind of data: 住所が「西町3-14-2」のように丁目と番地だけでも…
_ILLUSTRATION = re.compile("(?:が|は|も)「[^「」\n]{1,40}」のように")


# (round O) A turn from the made-up value to a real one in the same sentence: ですが、実際の… / けれども、本当の…
_TURN = re.compile("(?:が|ものの|けれども?)、(?=[^。\n]{0,4}(?:実際|本当|実在|現実|本物))")
# (round AE) The made-up values named by the sentence after them (住所欄は「すみれ市本町1-1-1」と架空のもの, メールを
# sumire.hanako@… とする架空のものに改め), and a turn from them to the others (…と架空のものでしたが、電話欄が 090-…: what
# follows the turn is not said to be made up). Both read only where 架空 or ダミー stands in the sentence.
_MADE_UP_NAMED_AFTER = re.compile("(?:」と|とする|とした)(?:架空|ダミー)")
_TURN_AFTER_MADE_UP = re.compile("架空のもの(?:でした|です|だった|であった)?が、")


# (round W) A form's fill-in example row: the mark stands as a cell of its own or in brackets (…,記入例 /
# （記入例）すみれ 太郎 | …) beside the forms' placeholder person (X 太郎, X 花子): the whole row is the
# example. A mark in a sentence (記入例に、栗林 あかね、…) may hold a real person's data and does not count.
# (round X) a screen's display example too (すみれ　タロウ 様（表示例）), the placeholder person in katakana.
# (round Y) 見本 as a cell of its own too (| SM-000001 | 見本 | すみれ 一郎 | …), and 一郎 among the placeholder's given names
# (only beside a mark: a real 一郎 in a row holds none).
_EXAMPLE_ROW_MARK = re.compile(r"(?:^|[,|│\t（(【［\[])[ \u3000]*(?:記入例|記載例|入力例|表示例|見本)[ \u3000]*(?=$|[,|│\t）)】］\]])",
                               re.MULTILINE)
_PLACEHOLDER_PERSON_BARE = re.compile("[ぁ-ゖァ-ヺ一-龯]{1,4}[ \u3000]?(?:太郎|花子|一郎|タロウ|ハナコ)(?![ぁ-ゖァ-ヺ一-龯])")
# (round X) An export's last row made up for a manual, unmarked (P52-00999,すみれ 太郎,すみれ市本町1-1-1,042-000-0000,…):
# the placeholder person as a cell of its own and a phone whose subscriber number is all zeros, on one row.
# (round BT) or a fixed-width row's column, set apart by two spaces or more (T-0001  すみれ 太郎     2150-01-01   042-000-0000)
_PLACEHOLDER_CELL = re.compile(r"(?:^|[,|\t]|  )[ \u3000]*[ぁ-ゖァ-ヺ一-龯]{1,4}[ \u3000]?(?:太郎|花子|タロウ|ハナコ)[ \u3000]*(?=$|[,|\t]|  )",
                               re.MULTILINE)
_PLACEHOLDER_PHONE = re.compile(r"(?<![0-9])0[0-9]{1,4}-0{2,4}-0{4}(?![0-9])")
# (round X) An English form's example line (Example entry: Name: SUMIRE Taro  DOB: 01/01/2000 (sample)): the mark and the
# placeholder person in Latin letters on one line.
_ENGLISH_EXAMPLE_MARK = re.compile(r"\b(?:[Ee]xample|[Ss]ample)\b")
_LATIN_PLACEHOLDER = re.compile(r"\b[A-Z][A-Za-z]+ (?:Taro|Hanako|TARO|HANAKO)\b|\b(?:Taro|Hanako|TARO|HANAKO) [A-Z][A-Za-z]+\b")


def _in_an_example_row(text: str, start: int) -> bool:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    hi = len(text) if hi < 0 else hi
    if ((text.find("例", lo, hi) >= 0 or text.find("見本", lo, hi) >= 0) and _EXAMPLE_ROW_MARK.search(text, lo, hi) is not None
            and _PLACEHOLDER_PERSON_BARE.search(text, lo, hi) is not None):
        return True
    if (text.find("0000", lo, hi) >= 0 and _PLACEHOLDER_CELL.search(text, lo, hi) is not None
            and _PLACEHOLDER_PHONE.search(text, lo, hi) is not None):
        return True  # (round X) an export's example row with no mark: the placeholder person and an all-zero phone
    return (text.find("ample", lo, hi) >= 0 and _ENGLISH_EXAMPLE_MARK.search(text, lo, hi) is not None
            and _LATIN_PLACEHOLDER.search(text, lo, hi) is not None)


# (round AC) A value quoted right after a form's example word (記入例として「すみれ 太郎、すみれ市本町1-1-1、…」, 見本の「すみれ
# 花子」「すみれ市本町1-1-1」, 在留カード番号の見本に「AB12345678CD」): the quote is the printed example when it holds the forms'
# placeholder person (in it, or in the quote just before) or one value alone. A sentence that calls a 見本 a real copy
# (見本が実際の請求書の書き写しです) quotes nothing after the word and keeps its values.
# (round AD) the example's field or column before its quote too (記入例の欄は「すみれ 一郎、…」).
# (round AH) and the sentence that says the form shows one, the quote opening the next (記入例を載せています。「請求者 すみれ 花子、…」).
# (round AI) the example's side or face named (記入例の側は「…」), and up to three quotes before the value's (記入例は「すみれ 花子」
# 「すみれ市本町1-1-1」「個人番号 …」)
# (round BD) and には before the quote (入力例には「すみれ市中央一丁目1番地 すみれ 太郎」と記入例を示します)
# (round BT) and a comma after the word (記入例として、「氏名　すみれ 花子」「個人番号　…」「住所　…」を示しています)
_EXAMPLE_QUOTE_BEFORE = re.compile(r"(?:記入例|記載例|入力例|見本)(?:の(?:側|面|方))?(?:として|の|に|には|は|では|の?(?:欄|箇所)(?:は|に|には)|を載せて(?:い|お)[ぁ-ゖ]{0,4}。)?"
                                   r"、?(?:[「『][^「」『』\n]{1,40}[」』]){0,3}[「『][^「」『』\n]*\Z")
_EXAMPLE_QUOTE_WORDS = ("例", "見本")


def _in_an_example_quote(text: str, start: int) -> bool:
    lo = max(text.rfind("。", 0, start), text.rfind("\n", 0, start), start - 120, 0)
    if text.startswith(("。「", "。『"), lo):  # (round AH) a quote opening the sentence after 記入例を載せています。
        lo = max(text.rfind("。", 0, lo), text.rfind("\n", 0, lo), start - 120, 0)
    if not any(text.find(word, lo, start) >= 0 for word in _EXAMPLE_QUOTE_WORDS):
        return False
    before = _EXAMPLE_QUOTE_BEFORE.search(text, lo, start)
    if before is None:
        return False
    close = min((i for i in (text.find("」", start), text.find("』", start)) if i >= 0), default=-1)
    if close < 0:
        return False
    quoted = text[before.start() : close]
    opening = max(text.rfind("「", 0, start), text.rfind("『", 0, start)) + 1
    return _PLACEHOLDER_PERSON_BARE.search(quoted) is not None or (start == opening and _ONE_VALUE.fullmatch(text, start, close) is not None)


_ONE_VALUE = re.compile(r"[^\s、,，]{4,40}")  # a quote holding one value, no list of a person's particulars

# (round AL) The answer to a question on a form's example (○委員　…の記入例はどうなっていますか。 / ○係長　「すみれ 花子」
# 「すみれ市本町1丁目1番1号」「042-000-0000」としています): a run of quotes in the answer's first sentence, holding the forms'
# placeholder person, is the printed example. The question must be the turn just before and ask (か。) about 記入例／記載例／見本.
_QUOTE_RUN_BEFORE = re.compile(r"(?:[「『][^「」『』\n]{1,40}[」』]){0,4}[「『][^「」『』\n]*\Z")
_EXAMPLE_QUESTION = re.compile(r"(?:記入例|記載例|見本)[^。\n]{0,20}か[。？?]?[ \u3000]*$")
_ANSWER_REACH = 200


def _answering_an_example_question(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    if not text.startswith("○", line) or text.find("。", line, start) >= 0:
        return False  # a speaker's turn, its first sentence only
    question_end = line - 1  # the newline that ends the line before the answer
    while question_end > max(0, line - _ANSWER_REACH) and text[question_end - 1] == "\n":
        question_end -= 1  # blank lines between the turns
    if question_end <= 0:
        return False
    reach = max(0, question_end - _ANSWER_REACH)
    question = text[max(reach, text.rfind("\n", reach, question_end) + 1) : question_end]
    if ("例" not in question and "見本" not in question) or _EXAMPLE_QUESTION.search(question) is None:
        return False
    run = _QUOTE_RUN_BEFORE.search(text, line, start)
    if run is None:
        return False
    close = text.find("」", start)
    return close >= 0 and _PLACEHOLDER_PERSON_BARE.search(text, run.start(), close) is not None


# (round BD) A number counted up from 1 (1234567, 1234 5678 9012) in a sentence that names a form's example (申請書の記入例には
# 「個人番号 1234 5678 9012」と書いてありますが; 記入例で、名義は「すみれ 太郎」、口座番号は「1234567」と印刷しています): the printed
# example's digits. Read only where 1234 stands within the value's first characters; elsewhere (a residence card's sample
# AB12345678CD with no example word in its sentence) such a number stays a finding.
_COUNTED_UP = "12345678901234567890"
_EXAMPLE_WORD = re.compile("記入例|記載例|入力例|見本|例示")
_COUNTED_UP_REACH = 12  # a finding's label and bracket before its digits (口座番号は「1234567)


def counted_up_in_an_example_sentence(text: str, start: int) -> bool:
    """The value's digits count up from 1 (seven or more, spaces between groups allowed) and its sentence names the
    form's example."""
    first = text.find("1234", start, start + _COUNTED_UP_REACH + 4)
    if first < 0 or text[first - 1 : first].isdigit():
        return False
    end = first
    while end < len(text) and (text[end].isdigit() or (text[end] == " " and text[end + 1 : end + 2].isdigit())):
        end += 1
    digits = text[first:end].replace(" ", "")
    if len(digits) < 7 or not _COUNTED_UP.startswith(digits):
        return False
    sentence = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find("。", end), text.find("\n", end)) if i >= 0]
    return _EXAMPLE_WORD.search(text, sentence, min(ends) if ends else len(text)) is not None


def is_example(text: str, start: int) -> bool:
    """True when the sentence around `start` says that the value is made up."""
    if counted_up_in_an_example_sentence(text, start):
        return True  # (round BD) 記入例には「個人番号 1234 5678 9012」
    if _in_an_example_row(text, start) or _in_an_example_quote(text, start) or _answering_an_example_question(text, start):
        return True
    if in_an_example_column(text, start) or called_made_up_next(text, start):
        return True  # (round AP) | 欄 | 記入例 | … | and …としております。いずれも架空のものです。
    if text.startswith(">", text.rfind("\n", 0, start) + 1) and in_an_example_block(text, start):
        return True  # (round AT) 記入例は次のとおりです。 then > 請求者　すみれ 太郎 / > 住所　…: the quoted example's fields
    sentence = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    if text.find("例", sentence, start) >= 0 and in_an_example_list(text, sentence, start):
        return True  # (round AP) 記入例は、学籍番号 …、氏名 すみれ 太郎、生年月日 令和76年1月1日、…
    if ("「" in text[max(0, start - 48) : start] and in_a_quoted_example(text, start)) or in_a_placeholders_sentence(text, start):
        return True  # (round AV) 記入例に「個人番号 …」; 氏名欄も「すみれ 太郎」、生年月日は…としています after 記入例用の架空の…
    for turn in _TURN.finditer(text, sentence, start):
        sentence = turn.end()  # (round O) …という架空のものですが、実際の登録の例を…: the real one after the turn
    if text.find("架空", sentence, start) >= 0:
        for turn in _TURN_AFTER_MADE_UP.finditer(text, sentence, start):
            sentence = turn.end()  # (round AE) …と架空のものでしたが、電話欄が 090-…
    ends = [i for i in (text.find("。", start), text.find("\n", start)) if i >= 0]
    end = min(ends) if ends else len(text)
    return (_MADE_UP_BEFORE.search(text, sentence, start) is not None
            or _MADE_UP_AFTER.search(text, start, end) is not None
            or ((text.find("架空", start, end) >= 0 or text.find("ダミー", start, end) >= 0)
                and _MADE_UP_NAMED_AFTER.search(text, start, end) is not None)
            or any(m.start() < start < m.end() for m in _ILLUSTRATION.finditer(text, sentence, end)))
