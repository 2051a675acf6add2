"""Run every recognizer, drop what is public or masked, resolve overlaps."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from .contact_points import is_not_personal
from .corrected_dates import corrected_dates, holds_a_correction
from .made_up_examples import is_example
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
    # 誤 stands in every 誤「…」、正「…」; a correction adds the other value of a pair whose one value was found (fourteenth pass:
    # nothing to add before a finding, and 誤 stands in most minutes: 997 of the generated corpus's 1,000 bodies)
    if found and ("」ではなく「" in doc.folded or "」でなく「" in doc.folded or "誤" in doc.folded):
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
