"""Tests for redaction.core.wareki: era dates, times and fiscal-year labels."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from redaction.core.wareki import (
    era_year,
    fiscal_year,
    fiscal_year_label,
    format_date,
    format_time,
    format_time_range,
)


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(1873, 1, 1), ("明治", 6)),  # first solar-calendar day
        (date(1912, 7, 29), ("明治", 45)),  # last day of 明治
        (date(1912, 7, 30), ("大正", 1)),  # first day of 大正
        (date(1926, 12, 24), ("大正", 15)),  # last day of 大正
        (date(1926, 12, 25), ("昭和", 1)),  # first day of 昭和
        (date(1989, 1, 7), ("昭和", 64)),  # last day of 昭和
        (date(1989, 1, 8), ("平成", 1)),  # first day of 平成
        (date(2019, 4, 30), ("平成", 31)),  # last day of 平成
        (date(2019, 5, 1), ("令和", 1)),  # first day of 令和
        (date(2020, 1, 1), ("令和", 2)),  # era year turns with the calendar year
        (date(2017, 7, 3), ("平成", 29)),  # a seed meeting's year
    ],
)
def test_when_date_given_then_era_and_year(d: date, expected: tuple[str, int]) -> None:
    assert era_year(d) == expected


@pytest.mark.parametrize(
    "d",
    [
        date(1872, 12, 31),  # last lunisolar day: before Gregorian adoption
        date(1868, 1, 25),  # nominal first day of 明治, still lunisolar
        date(1, 1, 1),  # far past
    ],
)
def test_when_date_before_1873_then_value_error(d: date) -> None:
    with pytest.raises(ValueError, match="1873"):
        era_year(d)
    with pytest.raises(ValueError):
        format_date(d)


@pytest.mark.parametrize(
    ("d", "kwargs", "expected"),
    [
        (date(2020, 5, 14), {}, "令和2年5月14日（木）"),  # the design's example
        (date(2019, 5, 1), {}, "令和元年5月1日（水）"),  # year 1 is 元年
        (date(2019, 4, 30), {}, "平成31年4月30日（火）"),  # last day of 平成
        (date(1989, 1, 7), {}, "昭和64年1月7日（土）"),  # last day of 昭和
        (date(1989, 1, 8), {}, "平成元年1月8日（日）"),  # first day of 平成
        (date(1926, 12, 25), {}, "昭和元年12月25日（土）"),  # first day of 昭和
        (date(1912, 7, 30), {}, "大正元年7月30日（火）"),  # first day of 大正
        (date(1873, 1, 1), {}, "明治6年1月1日（水）"),  # first solar-calendar day
        (date(2024, 2, 29), {}, "令和6年2月29日（木）"),  # leap day
        (date(2026, 3, 30), {}, "令和8年3月30日（月）"),  # a Monday
        (date(2026, 4, 5), {}, "令和8年4月5日（日）"),  # a Sunday
        (date(2020, 5, 14), {"weekday": False}, "令和2年5月14日"),  # no weekday
        (date(2020, 5, 14), {"western": True}, "令和2年（2020年）5月14日（木）"),  # western
        (date(2019, 5, 1), {"western": True, "weekday": False}, "令和元年（2019年）5月1日"),
    ],
)
def test_when_date_formatted_then_japanese_text(
    d: date, kwargs: dict[str, bool], expected: str
) -> None:
    assert format_date(d, **kwargs) == expected


def test_when_any_day_of_a_week_formatted_then_weekday_follows_calendar() -> None:
    # 2024-04-01 was a Monday; check one whole week so every weekday character is seen.
    monday = date(2024, 4, 1)
    shown = [format_date(monday + timedelta(days=i))[-2] for i in range(7)]
    assert shown == ["月", "火", "水", "木", "金", "土", "日"]


@pytest.mark.parametrize(
    ("hhmm", "expected"),
    [
        ("14:00", "午後2時"),  # on the hour: no minutes
        ("14:05", "午後2時5分"),  # minutes without a leading zero
        ("09:30", "午前9時30分"),  # morning
        ("12:00", "午後0時"),  # noon is 午後0時
        ("12:30", "午後0時30分"),  # just after noon
        ("00:00", "午前0時"),  # midnight is 午前0時
        ("00:01", "午前0時1分"),  # just after midnight
        ("11:59", "午前11時59分"),  # just before noon
        ("23:59", "午後11時59分"),  # last minute of the day
        ("19:00", "午後7時"),  # a typical evening council
    ],
)
def test_when_time_given_then_12_hour_japanese(hhmm: str, expected: str) -> None:
    assert format_time(hhmm) == expected


@pytest.mark.parametrize(
    "bad",
    [
        "24:00",  # hour out of range
        "12:60",  # minute out of range
        "9:30",  # one-digit hour: HH:MM is the contract
        "14:00:00",  # seconds
        "1400",  # no colon
        "14：00",  # full-width colon
        "１４:００",  # full-width digits
        " 14:00",  # leading space
        "14:00\n",  # trailing newline
        "",  # empty
        "午後2時",  # already formatted
        840,  # what YAML 1.1 makes of an unquoted 14:00
        None,  # missing
    ],
)
def test_when_time_invalid_then_value_error(bad: object) -> None:
    with pytest.raises(ValueError, match="HH:MM"):
        format_time(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("14:00", "16:05", "午後2時～午後4時5分"),  # both
        ("09:30", "12:00", "午前9時30分～午後0時"),  # across noon
        ("14:00", None, "午後2時～"),  # only start
        (None, "16:05", "～午後4時5分"),  # only end
        (None, None, ""),  # neither
    ],
)
def test_when_time_range_given_then_joined_by_wave_dash(
    start: str | None, end: str | None, expected: str
) -> None:
    assert format_time_range(start, end) == expected


def test_when_time_range_formatted_then_separator_is_fullwidth_tilde() -> None:
    assert "\uff5e" in format_time_range("14:00", "15:00")
    assert "\u301c" not in format_time_range("14:00", "15:00")  # not WAVE DASH U+301C


def test_when_time_range_has_invalid_end_then_value_error() -> None:
    with pytest.raises(ValueError):
        format_time_range("14:00", "25:00")


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2020, 4, 1), 2020),  # first day of FY2020
        (date(2021, 3, 31), 2020),  # last day of FY2020
        (date(2020, 3, 31), 2019),  # last day of FY2019
        (date(2021, 4, 1), 2021),  # first day of FY2021
        (date(2020, 1, 1), 2019),  # January belongs to the previous FY
        (date(2020, 12, 31), 2020),  # December belongs to the same FY
        (date(2024, 2, 29), 2023),  # leap day
    ],
)
def test_when_date_given_then_fiscal_year(d: date, expected: int) -> None:
    assert fiscal_year(d) == expected


@pytest.mark.parametrize(
    ("fy", "western", "expected"),
    [
        (2024, False, "令和6年度"),  # ordinary year
        (2020, False, "令和2年度"),  # the design's example
        (2019, False, "令和元年度"),  # 令和 began in May 2019, inside FY2019
        (2018, False, "平成30年度"),  # last whole 平成 fiscal year
        (1989, False, "平成元年度"),  # 平成 began in January 1989, before FY1989
        (1988, False, "昭和63年度"),  # ended on 平成元年3月31日, still 昭和63年度
        (1926, False, "昭和元年度"),  # 昭和 began on 25 December 1926
        (1912, False, "大正元年度"),  # 大正 began on 30 July 1912
        (1911, False, "明治44年度"),  # before 大正
        (1873, False, "明治6年度"),  # first year with a solar-calendar 31 December
        (2024, True, "令和6年度（2024年度）"),  # with western year
        (2019, True, "令和元年度（2019年度）"),  # 元年 with western year
    ],
)
def test_when_fiscal_year_labelled_then_era_of_31_december(
    fy: int, western: bool, expected: str
) -> None:
    assert fiscal_year_label(fy, western=western) == expected


def test_when_fiscal_year_before_1873_labelled_then_value_error() -> None:
    with pytest.raises(ValueError):
        fiscal_year_label(1872)


def test_when_every_day_from_1873_converted_then_era_years_are_consistent() -> None:
    # Walk every day to today's era: the year number never goes down within an era,
    # changes by 0 or 1 a day, and each new era starts at 1.
    d = date(1873, 1, 1)
    previous = era_year(d)
    while d < date(2030, 1, 1):
        d += timedelta(days=1)
        current = era_year(d)
        if current[0] == previous[0]:
            assert current[1] - previous[1] in (0, 1), d
        else:
            assert current[1] == 1, d
        previous = current
