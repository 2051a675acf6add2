"""Japanese era (和暦) dates, clock times and fiscal years (年度) as the public reads them.

Pure functions, no dependency. The era table is five rows, so it lives here rather than
in a library: japanera 2.1.3 starts 明治 on 1868-01-23 and neither it nor jpdatetime 1.5.0
refuses dates from before the solar calendar.

Dates before 1873-01-01 (明治6年1月1日, when Japan adopted the Gregorian calendar) are
refused with ValueError: earlier Japanese dates were lunisolar, and a proleptic Gregorian
``date`` would name the wrong day. The eras begin on these days:

======  ==========
era     first day
======  ==========
明治    1868-01-25 (usable from 1873-01-01 only, see above)
大正    1912-07-30
昭和    1926-12-25
平成    1989-01-08
令和    2019-05-01
======  ==========
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

SOLAR_CALENDAR_START: Final = date(1873, 1, 1)

# (name, first day), newest first so that a lookup stops at the first match.
_ERAS: Final[tuple[tuple[str, date], ...]] = (
    ("令和", date(2019, 5, 1)),
    ("平成", date(1989, 1, 8)),
    ("昭和", date(1926, 12, 25)),
    ("大正", date(1912, 7, 30)),
    ("明治", date(1868, 1, 25)),
)

# date.weekday(): Monday is 0.
_WEEKDAYS: Final = "月火水木金土日"

# Japanese typography uses full-width parentheses and the wave dash in dates and
# times; they are the intended characters, not look-alikes of ASCII ones.
# Written as escapes so that linters of confusable characters have nothing to flag.
_OPEN: Final = "\uff08"  # FULLWIDTH LEFT PARENTHESIS
_CLOSE: Final = "\uff09"  # FULLWIDTH RIGHT PARENTHESIS
_WAVE_DASH: Final = "\uff5e"  # FULLWIDTH TILDE (wave dash), the usual "from-to" in Japanese text

# ASCII digits only: \d would also accept full-width and other Unicode digits.
_HHMM: Final = re.compile(r"([0-9]{2}):([0-9]{2})")


def _check_date(d: date) -> None:
    if d < SOLAR_CALENDAR_START:
        raise ValueError(
            f"{d.isoformat()} は太陽暦を採用した1873年1月1日より前の日付のため、"
            "和暦に変換できません。"
            f" / {d.isoformat()} is before 1873-01-01 (adoption of the solar calendar);"
            " it cannot be converted to a Japanese era date."
        )


def _year_text(year: int) -> str:
    """The year number as written after the era name: 1 is 元年."""
    return "元" if year == 1 else str(year)


def era_year(d: date) -> tuple[str, int]:
    """Return the era in force on ``d`` and the year of that era.

    >>> era_year(date(2020, 5, 14))
    ('令和', 2)

    Raises ValueError for dates before 1873-01-01.
    """
    _check_date(d)
    for name, first_day in _ERAS:
        if d >= first_day:
            return name, d.year - first_day.year + 1
    raise AssertionError("unreachable: 明治 covers every date from 1873")  # pragma: no cover


def format_date(d: date, *, weekday: bool = True, western: bool = False) -> str:
    """Write ``d`` in the Japanese era, as on a minutes header.

    >>> format_date(date(2020, 5, 14))
    '令和2年5月14日（木）'
    >>> format_date(date(2019, 5, 1))
    '令和元年5月1日（水）'
    >>> format_date(date(2020, 5, 14), western=True, weekday=False)
    '令和2年（2020年）5月14日'

    Raises ValueError for dates before 1873-01-01.
    """
    era, year = era_year(d)
    text = f"{era}{_year_text(year)}年"
    if western:
        text += f"{_OPEN}{d.year}年{_CLOSE}"
    text += f"{d.month}月{d.day}日"
    if weekday:
        text += f"{_OPEN}{_WEEKDAYS[d.weekday()]}{_CLOSE}"
    return text


def _parse_hhmm(hhmm: str) -> tuple[int, int]:
    # A YAML 1.1 loader turns an unquoted 14:00 into the integer 840: refuse anything
    # that is not a string rather than guess.
    match = _HHMM.fullmatch(hhmm) if isinstance(hhmm, str) else None
    if match is not None:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour <= 23 and minute <= 59:
            return hour, minute
    raise ValueError(
        f"時刻 {hhmm!r} が読めません。00:00 から 23:59 までの時刻を HH:MM の形で書いてください。"
        f"例: 14:00 / Time {hhmm!r} must be HH:MM between 00:00 and 23:59, e.g. 14:00."
    )


def format_time(hhmm: str) -> str:
    """Write a 24-hour ``HH:MM`` time the Japanese 12-hour way (午前/午後).

    Noon is 午後0時 and midnight 午前0時; zero minutes are left out.

    >>> format_time("14:05")
    '午後2時5分'
    >>> format_time("12:00")
    '午後0時'

    Raises ValueError unless ``hhmm`` is a string of two ASCII digits, a colon and two
    ASCII digits, from 00:00 to 23:59.
    """
    hour, minute = _parse_hhmm(hhmm)
    text = f"{'午前' if hour < 12 else '午後'}{hour % 12}時"
    if minute:
        text += f"{minute}分"
    return text


def format_time_range(start: str | None, end: str | None) -> str:
    """Write a meeting's opening and closing times, joined by a wave dash (U+FF5E).

    >>> format_time_range("14:00", "16:05")
    '午後2時～午後4時5分'
    >>> format_time_range("14:00", None)
    '午後2時～'

    Only ``end`` gives ``'～午後4時5分'``; neither gives ``''``.
    Raises ValueError for an invalid time (see :func:`format_time`).
    """
    if start is None and end is None:
        return ""
    head = "" if start is None else format_time(start)
    tail = "" if end is None else format_time(end)
    return f"{head}{_WAVE_DASH}{tail}"


def fiscal_year(d: date) -> int:
    """Return the fiscal year (年度) of ``d``: it runs from 1 April to 31 March.

    FY2020 (令和2年度) is 2020-04-01 to 2021-03-31, so 2021-03-31 gives 2020 and
    2020-03-31 gives 2019.
    """
    return d.year if d.month >= 4 else d.year - 1


def fiscal_year_label(fy: int, *, western: bool = False) -> str:
    """Name fiscal year ``fy`` (which starts on 1 April of calendar year ``fy``) in the era.

    Rule: the era is the one in force on 31 December of calendar year ``fy``, and the
    year number is calendar year ``fy`` counted in that era (1 is 元年). So an era that
    starts during a fiscal year names that whole fiscal year once it has begun by the
    end of the calendar year: FY2019 (2019-04-01 to 2020-03-31) is 令和元年度 although
    its first month was still 平成31年, and FY1988 is 昭和63年度 although it ended in
    平成元年. This is how Japanese public bodies label these years.

    >>> fiscal_year_label(2024)
    '令和6年度'
    >>> fiscal_year_label(2019, western=True)
    '令和元年度（2019年度）'

    Raises ValueError when 31 December of ``fy`` is before 1873-01-01.
    """
    era, year = era_year(date(fy, 12, 31))
    text = f"{era}{_year_text(year)}年度"
    if western:
        text += f"{_OPEN}{fy}年度{_CLOSE}"
    return text
