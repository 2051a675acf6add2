"""Reading dates and clock times as minutes headers write them.

Dates: 和暦 (令和元年9月2日, 平成30年1月16日, 令和２年５月１４日, 令和二年五月十四日) or Western
(2024年5月14日, 2024/5/14, 2024-05-14). Times: 14時～15時30分, 午後6時～9時10分 (the 午後 carries
over), 午後2時, 14:00～15:30, 正午. Only one date may be found: several dates (a 書面会議 over
days) are not guessed. Era arithmetic comes from redaction.core.wareki.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from redaction.core.wareki import era_year

_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_NUMBER = re.compile(r"[〇零一二三四五六七八九十]+")
_ERA_DATE = re.compile(r"(明治|大正|昭和|平成|令和)\s*(元|[0-9]{1,2})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日")
_WESTERN_DATE = re.compile(r"(?<![0-9])((?:18|19|20|21)[0-9]{2})\s*(?:年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日"
                           r"|[/.-]([0-9]{1,2})[/.-]([0-9]{1,2})(?![0-9]))")
_CLOCK = re.compile(r"(午前|午後)?\s*(?:(正午)|([0-9]{1,2})\s*(?:時\s*(?:([0-9]{1,2})\s*分|(半))?|:([0-9]{2})))")
_RANGE = re.compile(r"[~〜～\-−－―‐]|から|より")


@dataclass(frozen=True)
class DateTime:
    """What one header value says about when: a date, perhaps a start and end time (HH:MM)."""

    date: date | None
    start: str | None = None
    end: str | None = None
    dates_found: int = 0     # more than one: not guessed (a meeting over several days)


def normalize(text: str) -> str:
    """Full-width digits and punctuation to ASCII (NFKC), kanji numerals to digits."""
    text = unicodedata.normalize("NFKC", text)
    return _KANJI_NUMBER.sub(lambda m: str(kanji_number(m.group(0))), text)


def kanji_number(text: str) -> int:
    """二十三 → 23, 十 → 10, 三十一 → 31, 二〇二四 → 2024 (digit by digit when there is no 十)."""
    if "十" not in text:
        return int("".join(str(_KANJI_DIGITS[ch]) for ch in text))
    tens, _, ones = text.partition("十")
    return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0)


@functools.cache
def _era_first_years() -> dict[str, int]:
    """Each era's first Western year, derived from redaction.core.wareki's table through its public API."""
    firsts: dict[str, int] = {}
    for year in range(1873, 2201):
        era, number = era_year(date(year, 12, 31))
        firsts.setdefault(era, year - number + 1)
    return firsts


def _era_date(era: str, year: str, month: str, day: str) -> date | None:
    first = _era_first_years().get(era)
    number = 1 if year == "元" else int(year)
    if first is None or number < 1:
        return None
    try:
        found = date(first + number - 1, int(month), int(day))
        if era_year(found) != (era, number):   # e.g. 令和元年4月1日 was still 平成31年
            return None
    except ValueError:
        return None
    return found


def _western_date(match: re.Match[str]) -> date | None:
    year = int(match.group(1))
    month, day = (match.group(2), match.group(3)) if match.group(2) else (match.group(4), match.group(5))
    try:
        return date(year, int(month), int(day))
    except ValueError:
        return None


def find_dates(text: str) -> list[date | None]:
    """Every date written in `text`, in order (None for one that is written but does not exist)."""
    text = normalize(text)
    found: list[tuple[int, date | None]] = [(m.start(), _era_date(*m.groups())) for m in _ERA_DATE.finditer(text)]
    era_spans = [m.span() for m in _ERA_DATE.finditer(text)]
    for m in _WESTERN_DATE.finditer(text):
        if not any(a <= m.start() < b for a, b in era_spans):
            found.append((m.start(), _western_date(m)))
    return [d for _, d in sorted(found, key=lambda pair: pair[0])]


def _clock(match: re.Match[str]) -> tuple[int, int, str | None]:
    meridiem, noon, hour, minute, half, colon_minute = match.groups()
    if noon:
        return 12, 0, "午後"
    h = int(hour)
    m = int(minute or colon_minute or (30 if half else 0))
    if meridiem == "午後" and h < 12:
        h += 12
    return h, m, meridiem


def find_times(text: str) -> tuple[str | None, str | None]:
    """The start and end of a meeting as HH:MM, from the part of `text` after its date."""
    text = normalize(text)
    for pattern in (_ERA_DATE, _WESTERN_DATE):
        text = pattern.sub(" ", text)
    text = re.sub(r"\([月火水木金土日](?:曜日?)?\)", " ", text)
    clocks = list(_CLOCK.finditer(text))
    if not clocks:
        return None, None
    start_h, start_m, start_meridiem = _clock(clocks[0])
    if not (start_h <= 23 and start_m <= 59):
        return None, None
    start = f"{start_h:02d}:{start_m:02d}"
    if len(clocks) < 2 or not _RANGE.search(text[clocks[0].end():clocks[1].start()]):
        return start, None
    end_h, end_m, end_meridiem = _clock(clocks[1])
    if end_meridiem is None and start_meridiem == "午後" and end_h < 12:   # 午後6時～9時10分
        end_h += 12
    if not (end_h <= 23 and end_m <= 59) or (end_h, end_m) < (start_h, start_m):
        return start, None
    return start, f"{end_h:02d}:{end_m:02d}"


def read_when(text: str) -> DateTime:
    """The date and times of a 開催日時 value; no date when none or several are written."""
    dates = find_dates(text)
    if len(dates) != 1 or dates[0] is None:
        return DateTime(None, dates_found=len(dates))
    start, end = find_times(text)
    return DateTime(dates[0], start, end, dates_found=1)
