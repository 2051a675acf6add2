"""Run every recognizer, drop what is public or masked, resolve overlaps."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from .contact_points import is_not_personal
from .corrected_dates import corrected_dates, holds_a_correction
from .made_up_examples import (
    called_made_up_next,
    in_a_placeholders_sentence,
    in_a_quoted_example,
    in_an_example_block,
    in_an_example_column,
    in_an_example_list,
)
from .model import MASK, DetectContext, Doc, Finding
from .public_terms import is_public, public_spans, term_keys
from .registry import RECOGNIZERS, Recognizer
from .spaced import ANCHOR as SPACED_ANCHOR
from .spaced import boxed_runs, spaced_ranges_of_an_anchored_text, unspaced
from .text import KANJI_NUMERALS, kanji_numbers_in_arabic


def detect(
    text: str,
    context: DetectContext,
    recognizers: Mapping[str, Recognizer] = RECOGNIZERS,
) -> list[Finding]:
    """Findings of personal data in public text, sorted by start.

    `text` is the masked document body: every withheld or reviewed-public character
    is "〓", so no finding ever contains one.
    """
    if recognizers is RECOGNIZERS and len(text) <= _REMEMBERED_LENGTH:
        return list(_short_text_findings(text, context))
    return _findings(text, context, recognizers)


# A document's short texts (title, place, agenda items, contact) recur with the same context in
# document after document of a council: their findings are remembered (detect is a pure function).
_REMEMBERED_LENGTH = 1000


@lru_cache(maxsize=8192)
def _short_text_findings(text: str, context: DetectContext) -> tuple[Finding, ...]:
    return tuple(_findings(text, context, RECOGNIZERS))


def _findings(text: str, context: DetectContext, recognizers: Mapping[str, Recognizer],
              read_spaced: bool = True) -> list[Finding]:
    doc = Doc.of(text, context)
    spans = public_spans(text, doc.folded, context.public_terms)
    keys = term_keys(context.public_terms)
    priority = {name: rank for rank, name in enumerate(recognizers)}
    found: list[Finding] = []
    for name, recognize in recognizers.items():
        for start, end in recognize(doc):
            finding = Finding(type=name, start=start, end=end, text=text[start:end])
            if (start < end and MASK not in finding.text and not is_public(finding, spans, keys)
                    and not is_example(doc.folded, start) and not is_not_personal(name, doc.folded, start, end)):
                found.append(finding)
    if "」ではなく「" in doc.folded or "」でなく「" in doc.folded or "誤" in doc.folded:  # 誤 stands in every 誤「…」、正「…」
        found += _corrected_values(text, doc.folded, found)
    if "様は" in doc.folded or "さんは" in doc.folded:
        found += _next_persons_values(text, doc.folded, found)
    found += _listed_values(text, doc.folded, found)
    found += _repeated_birth_dates(text, doc.folded, found)
    if holds_a_correction(doc.folded):  # (round OI) 2073年1月10日（訂正前 H.2.1.10）: the date's other writing
        dates = {(f.start, f.end) for f in found if f.type == "birth_date"}
        found += [Finding(type="birth_date", start=lo, end=hi, text=text[lo:hi]) for lo, hi in corrected_dates(doc.folded, dates)]
    if read_spaced:
        found += _spaced_findings(text, context, recognizers, found)
    return _without_nested(found, priority)


# (round W) A sentence that gives one person's number and then another's of the same kind: …様の被保険者番号は
# 0004918273で、殿池様は0004918281と…: the second, after a person and は, has the first's shape and is found too.
_NEXT_PERSONS_VALUE = re.compile(r"(?:様|さん)(?:は|も|の(?:方|もの)?は)[ \u3000]*(?P<v>[0-9A-Za-z][0-9A-Za-z-]{3,})(?![0-9A-Za-z-])")


def _next_persons_values(text: str, folded: str, found: list[Finding]) -> list[Finding]:
    added: list[Finding] = []
    for finding in found:
        if finding.type != "personal_id":
            continue
        ends = [i for i in (folded.find("。", finding.end), folded.find("\n", finding.end)) if i >= 0]
        for match in _NEXT_PERSONS_VALUE.finditer(folded, finding.end, min(ends) if ends else len(folded)):
            start, end = match.span("v")
            if _shape(folded[start:end]) == _shape(folded[finding.start:finding.end]) and MASK not in text[start:end]:
                added.append(Finding(type=finding.type, start=start, end=end, text=text[start:end]))
    return added


# (round X) Two numbers of one kind given in one breath (申込番号のP52-00871とP52-00872は…): the second, right after
# the first and と／、／及び, has the first's shape and is found too.
_LISTED_VALUE = re.compile(r"(?:と|、|及び|および)(?P<v>[0-9A-Za-z][0-9A-Za-z-]{3,})(?![0-9A-Za-z-])")


def _listed_values(text: str, folded: str, found: list[Finding]) -> list[Finding]:
    added: list[Finding] = []
    for finding in found:
        if finding.type != "personal_id" or folded[finding.end : finding.end + 1] not in ("と", "、", "及", "お"):
            continue
        match = _LISTED_VALUE.match(folded, finding.end)
        if match is not None and _shape(match.group("v")) == _shape(folded[finding.start:finding.end]):
            start, end = match.span("v")
            if MASK not in text[start:end]:
                added.append(Finding(type=finding.type, start=start, end=end, text=text[start:end]))
    return added


# (round Y) A birth date found once is a birth date wherever the same full date stands again in the document (保護者の方の
# 令和元年5月1日というのは改元の日ですね, after （令和元年5月1日生）): minutes repeat a person's date without its label.
_FULL_DATE_LENGTH = 8  # 令和元年5月1日: a shorter value (5月1日, R3.1.9) may be anything's


def _repeated_birth_dates(text: str, folded: str, found: list[Finding]) -> list[Finding]:
    values = {folded[f.start:f.end] for f in found if f.type == "birth_date" and f.end - f.start >= _FULL_DATE_LENGTH}
    values |= {digits for value in values if (digits := _in_arabic_numerals(value)) != value}
    added: list[Finding] = []
    for value in values:
        at = folded.find(value)
        while at >= 0:
            end = at + len(value)
            if not folded[end : end + 1].isdigit() and not folded[at - 1 : at].isdigit() and MASK not in text[at:end]:
                added.append(Finding(type="birth_date", start=at, end=end, text=text[at:end]))
            at = folded.find(value, end)
    return added


# (round AD) and written again in Arabic numerals (平成四年二月九日生 … 平成4年2月9日と算用数字でも書かれており): the same date.
def _in_arabic_numerals(date: str) -> str:
    """平成四年二月九日 → 平成4年2月9日, 昭和五十二年十月一日 → 昭和52年10月1日 (a kanji date's other writing)."""
    return kanji_numbers_in_arabic(date) if "年" in date else date


# (round N) A correction names two values of one kind: 会員番号は「MD-0193」ではなく「MD-0139」でした.
# When one of them is a finding, the other of the same shape (letters, digits, the rest) is one too.
# (round X) and a correction's pair written 誤「HB-53-0412」、正「HB-53-0421」.
# (round Y) and the pair on a record's line without brackets (誤 昭和22年4月8日　正 昭和22年8月4日; 誤 三番地の十七　正 三番地の十一).
_CORRECTION = re.compile(r"「(?P<a>[^「」\n]{1,40})」で(?:は)?なく「(?P<b>[^「」\n]{1,40})」"
                         r"|誤[ \u3000:：]?「(?P<wrong>[^「」\n]{1,40})」[、,]?[ \u3000]*正[ \u3000:：]?「(?P<right>[^「」\n]{1,40})」"
                         r"|誤[ \u3000:：]+(?P<bare_wrong>[^\s「」、。]{1,40})[ \u3000]+正[ \u3000:：]+(?P<bare_right>[^\s「」、。]{1,40})(?=[\s、。]|$)")


def _shape(value: str) -> str:
    """Letters, digits (kanji numerals too: 三番地の十七 and 三番地の十一 share a shape) and the rest."""
    return "".join("9" if ch.isdigit() or ch in KANJI_NUMERALS else "A" if ch.isascii() and ch.isalpha() else ch for ch in value)



def _corrected_values(text: str, folded: str, found: list[Finding]) -> list[Finding]:
    spans = {(f.start, f.end): f.type for f in found}
    added: list[Finding] = []
    for match in _CORRECTION.finditer(folded):
        a, b = next((match.span(x), match.span(y)) for x, y in (("a", "b"), ("wrong", "right"), ("bare_wrong", "bare_right")) if match.group(x))
        if _shape(folded[a[0]:a[1]]) != _shape(folded[b[0]:b[1]]) or MASK in text[a[0]:b[1]]:
            continue
        for have, want in ((a, b), (b, a)):
            if have in spans and want not in spans:
                added.append(Finding(type=spans[have], start=want[0], end=want[1], text=text[want[0]:want[1]]))
    return added


def _spaced_findings(text: str, context: DetectContext, recognizers: Mapping[str, Recognizer],
                     found: list[Finding]) -> list[Finding]:
    """(round O) Findings in OCR'd lines spaced character by character, read unspaced (see spaced.py).
    (round R) A value that needed no removed space is kept too when the spaced reading found nothing
    there: its label was the spaced part (申 込 番 号　Ｐ－３５－０２１７)."""
    boxes = boxed_runs(text) if "│" in text else []  # (round AV) │0│4│2│-│…│: a form's boxes
    lines: list[tuple[int, int]] = []
    if SPACED_ANCHOR.search(text) is not None:  # three one-character words in a row: spaced lines or runs of digits
        lines = spaced_ranges_of_an_anchored_text(text)  # (round AV) and digits spaced one by one in a line written close
    lines = sorted(lines + [box for box in boxes if not any(s <= box[0] < e for s, e in lines)])
    if not lines:
        return []
    joined, origin = unspaced(text, lines)
    added: list[Finding] = []
    for finding in _findings(joined, context, recognizers, read_spaced=False):
        start, end = origin[finding.start], origin[finding.end - 1] + 1
        if end - start != finding.end - finding.start or not any(
                f.start < end and start < f.end for f in found):  # it needed a removed space, or its label did
            added.append(Finding(type=finding.type, start=start, end=end, text=text[start:end]))
    return added


def _without_nested(found: list[Finding], priority: Mapping[str, int]) -> list[Finding]:
    """Drop a finding that lies inside another one (the longer, then higher-priority wins)."""
    ordered = sorted(set(found), key=lambda f: (f.start, -(f.end - f.start), priority.get(f.type, 99)))
    kept: list[Finding] = []
    reach = -1  # the furthest end of a kept finding; every kept one starts before
    for finding in ordered:
        if finding.end <= reach:
            continue
        kept.append(finding)
        reach = finding.end
    return kept


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
_PLACEHOLDER_PERSON = re.compile("[ぁ-ゖァ-ヺ一-龯]{1,4}[ \u3000]?(?:太郎|花子|一郎|タロウ|ハナコ)(?![ぁ-ゖァ-ヺ一-龯])")
# (round X) An export's last row made up for a manual, unmarked (P52-00999,すみれ 太郎,すみれ市本町1-1-1,042-000-0000,…):
# the placeholder person as a cell of its own and a phone whose subscriber number is all zeros, on one row.
_PLACEHOLDER_CELL = re.compile(r"(?:^|[,|\t])[ \u3000]*[ぁ-ゖァ-ヺ一-龯]{1,4}[ \u3000]?(?:太郎|花子|タロウ|ハナコ)[ \u3000]*(?=$|[,|\t])",
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
            and _PLACEHOLDER_PERSON.search(text, lo, hi) is not None):
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
_EXAMPLE_QUOTE_BEFORE = re.compile(r"(?:記入例|記載例|入力例|見本)(?:の(?:側|面|方))?(?:として|の|に|は|では|の?(?:欄|箇所)(?:は|に|には)|を載せて(?:い|お)[ぁ-ゖ]{0,4}。)?"
                                   r"(?:[「『][^「」『』\n]{1,40}[」』]){0,3}[「『][^「」『』\n]*\Z")
_EXAMPLE_WORDS = ("例", "見本")


def _in_a_quoted_example(text: str, start: int) -> bool:
    lo = max(text.rfind("。", 0, start), text.rfind("\n", 0, start), start - 120, 0)
    if text.startswith(("。「", "。『"), lo):  # (round AH) a quote opening the sentence after 記入例を載せています。
        lo = max(text.rfind("。", 0, lo), text.rfind("\n", 0, lo), start - 120, 0)
    if not any(text.find(word, lo, start) >= 0 for word in _EXAMPLE_WORDS):
        return False
    before = _EXAMPLE_QUOTE_BEFORE.search(text, lo, start)
    if before is None:
        return False
    close = min((i for i in (text.find("」", start), text.find("』", start)) if i >= 0), default=-1)
    if close < 0:
        return False
    quoted = text[before.start() : close]
    opening = max(text.rfind("「", 0, start), text.rfind("『", 0, start)) + 1
    return _PLACEHOLDER_PERSON.search(quoted) is not None or (start == opening and _ONE_VALUE.fullmatch(text, start, close) is not None)


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
    return close >= 0 and _PLACEHOLDER_PERSON.search(text, run.start(), close) is not None


def is_example(text: str, start: int) -> bool:
    """True when the sentence around `start` says that the value is made up."""
    if _in_an_example_row(text, start) or _in_a_quoted_example(text, start) or _answering_an_example_question(text, start):
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
