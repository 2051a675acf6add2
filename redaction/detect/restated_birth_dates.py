"""A birth date the text restates: corrected (正しくは…) or spelled out (…の略記です) (round BN).

A clerk reads a birth date as the record wrote it (`仙波 亮介（平成150年7月14日生）`, `R121.9.9`), then a member asks and
the answer gives the date again, right: `正しくは令和132年7月14日と確認しております`, `令和121年9月9日の略記です`. The
restated date is the same person's birth when its month and day are a found birth date's: the correction or the full form
of the same day. Read only where 正しくは or の略 stands, after the recognizer's other readings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_DATE = r"(?:明治|大正|昭和|平成|令和)[0-9元]{1,3}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日"
_RESTATED = re.compile(rf"正しくは[、 \u3000]?(?P<a>{_DATE})|(?P<b>{_DATE})の略")
_NUMBERS = re.compile("[0-9]+")


def _month_and_day(date: str) -> tuple[str, str] | None:
    numbers = _NUMBERS.findall(date)
    return (numbers[-2].lstrip("0"), numbers[-1].lstrip("0")) if len(numbers) >= 2 else None


def restated_birth_dates(text: str, found: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The dates after 正しくは or before の略 whose month and day are those of a birth date found at `found`."""
    found = list(found)
    if not found or ("正しくは" not in text and "の略" not in text):  # only in a text with a birth date found
        return
    days = {day for start, end in found if (day := _month_and_day(text[start:end])) is not None}
    for match in _RESTATED.finditer(text):
        group = "a" if match.group("a") else "b"
        if _month_and_day(match.group(group)) in days:
            yield match.span(group)
