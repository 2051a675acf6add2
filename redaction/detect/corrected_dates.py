"""A found birth date's other writing in a correction beside it (round OI).

A record corrects a date in one of two forms around the value found: the old writing in brackets after the new
(2073年1月10日（訂正前 Ｈ．２．１．１０）), or the old writing said to be what was written, the right one after
(S.元.12.3 と記載されていますが、これは令和元年の誤りで、令和元年12月3日生). The two writings differ in shape (an era's
letter and dots, 元 for the first year, the year in full), so the pair is not the same-shaped 誤／正 of the engine's
corrections: when one of the two dates is found as a birth date, the other is that person's birth date too. Read only
where 訂正前 or と記載 stands; (round BD) or ではなく／正しくは between two era dates.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from .scan import windows

_DATE = (r"(?:(?:[MTSHR][.]?|明治|大正|昭和|平成|令和)(?:[0-9]{1,2}|元)|[0-9]{4})[.年/][ \u3000]*[0-9]{1,2}[.月/][ \u3000]*"
         r"[0-9]{1,2}日?")
# (round BD) the wrong writing, then ではなく or 正しくは and the right one (令和元年 十二月三十日 ではなく、戸籍上は令和六十年
# 十二月一日生まれ; 令和元年12月28日…と誤入力、正しくは令和86年12月28日; 令和元年（2019年）5月7日…ではなく令和101年（2119年）5月7日):
# a date of the era with its year in kanji numerals or three digits, and the Western year in brackets after 年
_KANJI = "[〇一二三四五六七八九十百]"
_ERA_DATE = (rf"(?:明治|大正|昭和|平成|令和)(?:元|[0-9]{{1,3}}|{_KANJI}{{1,5}})年(?:[（(][0-9]{{4}}年?[）)])?[ \u3000]*"
             rf"(?:[0-9]{{1,2}}|{_KANJI}{{1,3}})月[ \u3000]*(?:[0-9]{{1,2}}|{_KANJI}{{1,3}})日")
_CORRECTED = re.compile(rf"(?P<new>{_DATE})[ \u3000]*[（(]訂正前[ \u3000:：]*(?P<old>{_DATE})[）)]"
                        rf"|(?P<written>{_DATE})[ \u3000]*と(?:記載|記入)され[^。\n]{{0,30}}?(?P<right>{_DATE})"
                        rf"|(?P<wrong>{_ERA_DATE})[^。\n「」]{{0,8}}?(?:ではなく|正しくは)[^。\n「」0-9]{{0,8}}?"
                        rf"(?P<fixed>{_ERA_DATE})")


_ANCHOR_WORDS = ("訂正前", "と記載され", "と記入され", "ではなく", "正しくは")
_ANCHOR = re.compile("|".join(_ANCHOR_WORDS))  # every match holds one: the pattern (a date first) runs only around them
_BEFORE = 34  # the date before the anchor (an era date with its Western year in brackets and 8 characters)
_AFTER = 60  # the right date after it


def holds_a_correction(folded: str) -> bool:
    """Whether the text holds one of the words every correction read here holds (the caller's gate)."""
    return any(word in folded for word in _ANCHOR_WORDS)


def corrected_dates(folded: str, birth_dates: set[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of the other writing in a correction whose one writing is a found birth date (none in a text without
    its anchor words: holds_a_correction)."""
    if not birth_dates:
        return  # nothing found to pair with: no window read
    starts = sorted(lo for lo, _ in birth_dates)
    for lo, hi in windows(folded, _ANCHOR, _BEFORE, _AFTER):
        first = bisect_left(starts, lo)
        if first == len(starts) or starts[first] >= hi:
            continue  # (round BD) ではなく／正しくは are common words: only a window holding a found birth date is read
        yield from _other_writings(folded, lo, hi, birth_dates)


def _other_writings(folded: str, lo: int, hi: int, birth_dates: set[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    for match in _CORRECTED.finditer(folded, lo, hi):
        pair = ("new", "old") if match.group("new") else ("written", "right") if match.group("written") else ("wrong", "fixed")
        a, b = match.span(pair[0]), match.span(pair[1])
        if folded[b[1]:b[1] + 1].isdigit() or folded[a[1]:a[1] + 1].isdigit():
            continue  # a longer number, not a date's end
        if a in birth_dates and b not in birth_dates:
            yield b
        elif b in birth_dates and a not in birth_dates:
            yield a
