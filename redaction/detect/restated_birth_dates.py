"""A birth date the text restates: corrected (正しくは…) or spelled out (…の略記です) (round BN).

A clerk reads a birth date as the record wrote it (`仙波 亮介（平成150年7月14日生）`, `R121.9.9`), then a member asks and
the answer gives the date again, right: `正しくは令和132年7月14日と確認しております`, `令和121年9月9日の略記です`. The
restated date is the same person's birth when its month and day are a found birth date's: the correction or the full form
of the same day. Read only where 正しくは or の略 stands, after the recognizer's other readings.
(round BV) and a date restated in the Western calendar (`念のため西暦では2120年5月11日です`) after a found birth date in
the Japanese era, its month and day maybe in kanji numerals (`令和百二年五月十一日生`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_DATE = r"(?:明治|大正|昭和|平成|令和)[0-9元]{1,3}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日"
_RESTATED = re.compile(rf"(?:正しくは|西暦では)[、 \u3000]?(?P<a>{_DATE})|(?P<b>{_DATE})の略")
_WORDS = ("正しくは", "の略", "西暦では")
_NUMBERS = re.compile("[0-9]+")
# (round BV) a month and a day in kanji numerals (五月十一日, 十二月三十日)
_KANJI_MONTH_DAY = re.compile("(?P<month>[一二三四五六七八九十]{1,3})月(?P<day>[一二三四五六七八九十]{1,3})日")
_KANJI_DIGITS = {ch: n for n, ch in enumerate("〇一二三四五六七八九")}


def _kanji_number(word: str) -> str:
    """一 … 三十一 as digits (no more is a month's or a day's)."""
    tens, _, units = word.rpartition("十")
    if "十" not in word:
        return str(_KANJI_DIGITS[word]) if len(word) == 1 else ""
    return str((_KANJI_DIGITS.get(tens, 0) if tens else 1) * 10 + (_KANJI_DIGITS.get(units, 0) if units else 0))


def _month_and_day(date: str) -> tuple[str, str] | None:
    numbers = _NUMBERS.findall(date)
    if len(numbers) >= 2:
        return numbers[-2].lstrip("0"), numbers[-1].lstrip("0")
    if (kanji := _KANJI_MONTH_DAY.search(date)) is not None:
        return _kanji_number(kanji.group("month")), _kanji_number(kanji.group("day"))
    return None


def restated_birth_dates(text: str, found: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The dates after 正しくは or before の略 whose month and day are those of a birth date found at `found`."""
    found = list(found)
    if not found or not any(word in text for word in _WORDS):  # only in a text with a birth date found
        return
    days = {day for start, end in found if (day := _month_and_day(text[start:end])) is not None}
    for match in _RESTATED.finditer(text):
        group = "a" if match.group("a") else "b"
        if _month_and_day(match.group(group)) in days:
            yield match.span(group)
