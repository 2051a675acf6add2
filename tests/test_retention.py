"""Tests for redaction.core.retention: web posting periods judged on the date in Tokyo."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from redaction.core.retention import (
    RetentionDecision,
    decide,
    expiring_soon,
    posting_end,
    today_in_tokyo,
)


@pytest.mark.parametrize(
    ("meeting", "years", "expected"),
    [
        (date(2017, 7, 3), 3, date(2021, 3, 31)),  # the design's example: FY2017, 3 years
        (date(2018, 3, 31), 3, date(2021, 3, 31)),  # 31 March: still FY2017
        (date(2018, 4, 1), 3, date(2022, 3, 31)),  # 1 April: FY2018, one year later
        (date(2020, 5, 14), 1, date(2022, 3, 31)),  # web-1y
        (date(2020, 5, 14), 3, date(2024, 3, 31)),  # web-3y
        (date(2020, 5, 14), 5, date(2026, 3, 31)),  # web-5y
        (date(2020, 5, 14), 10, date(2031, 3, 31)),  # web-10y
        (date(2020, 5, 14), 0, date(2021, 3, 31)),  # 0 years: own fiscal year only
        (date(2020, 5, 14), None, None),  # permanent
        (date(2024, 2, 29), 3, date(2027, 3, 31)),  # leap-day meeting: FY2023
        (date(2020, 2, 29), 5, date(2025, 3, 31)),  # leap-day meeting: FY2019
    ],
)
def test_when_meeting_and_years_given_then_posting_end(
    meeting: date, years: int | None, expected: date | None
) -> None:
    assert posting_end(meeting, years) == expected


@pytest.mark.parametrize(
    ("meeting", "years", "today", "live"),
    [
        (date(2017, 7, 3), 3, date(2021, 3, 31), True),  # last day of posting: live
        (date(2017, 7, 3), 3, date(2021, 4, 1), False),  # day after: archived
        (date(2017, 7, 3), 3, date(2017, 7, 3), True),  # meeting day itself
        (date(2017, 7, 3), 3, date(2017, 1, 1), True),  # before the meeting: not expired
        (date(2018, 3, 31), 3, date(2021, 4, 1), False),  # 31 March meeting: FY2017, gone
        (date(2018, 4, 1), 3, date(2021, 4, 1), True),  # 1 April meeting: FY2018, still on
        (date(2018, 4, 1), 3, date(2022, 3, 31), True),  # its last day
        (date(2018, 4, 1), 3, date(2022, 4, 1), False),  # its day after
        (date(2020, 5, 14), 1, date(2022, 3, 31), True),  # web-1y last day
        (date(2020, 5, 14), 1, date(2022, 4, 1), False),  # web-1y day after
        (date(2020, 5, 14), 5, date(2026, 3, 31), True),  # web-5y last day
        (date(2020, 5, 14), 5, date(2026, 4, 1), False),  # web-5y day after
        (date(2020, 5, 14), 10, date(2031, 3, 31), True),  # web-10y last day
        (date(2020, 5, 14), 10, date(2031, 4, 1), False),  # web-10y day after
        (date(1990, 5, 14), None, date(2100, 1, 1), True),  # permanent: always live
        (date(2024, 2, 29), 3, date(2027, 3, 31), True),  # leap-day meeting, last day
        (date(2024, 2, 29), 3, date(2027, 4, 1), False),  # leap-day meeting, day after
    ],
)
def test_when_decided_then_live_until_posting_end(
    meeting: date, years: int | None, today: date, live: bool
) -> None:
    decision = decide(meeting, years, today)
    assert decision.live is live
    assert decision.fiscal_year == (meeting.year if meeting.month >= 4 else meeting.year - 1)
    assert decision.posting_end == posting_end(meeting, years)


def test_when_decided_then_record_is_frozen() -> None:
    decision = decide(date(2017, 7, 3), 3, date(2020, 1, 1))
    assert decision == RetentionDecision(live=True, fiscal_year=2017, posting_end=date(2021, 3, 31))
    with pytest.raises(AttributeError):
        decision.live = False  # type: ignore[misc]


@pytest.mark.parametrize(
    "years",
    [
        -1,  # negative
        True,  # a YAML `yes` must not mean 1 year
        3.0,  # not an integer
        "3",  # a string from configuration
    ],
)
def test_when_years_invalid_then_value_error(years: object) -> None:
    with pytest.raises(ValueError):
        posting_end(date(2020, 5, 14), years)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        decide(date(2020, 5, 14), years, date(2020, 5, 14))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2021, 3, 31), 0),  # last day on the site
        (date(2021, 3, 30), 1),  # day before the last
        (date(2021, 4, 1), -1),  # archived: negative
        (date(2021, 3, 1), 30),  # 30 days before
        (date(2020, 2, 28), 397),  # across 29 February 2020
    ],
)
def test_when_days_left_asked_then_days_to_last_day(today: date, expected: int) -> None:
    decision = decide(date(2017, 7, 3), 3, today)
    assert decision.days_left(today) == expected


def test_when_permanent_then_days_left_is_none() -> None:
    assert decide(date(2017, 7, 3), None, date(2021, 4, 1)).days_left(date(2021, 4, 1)) is None


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 3, 31, 15, 30, tzinfo=UTC), date(2026, 4, 1)),  # Tokyo ahead
        (datetime(2026, 3, 31, 14, 59, 59, tzinfo=UTC), date(2026, 3, 31)),  # 23:59:59
        (datetime(2026, 3, 31, 15, 0, tzinfo=UTC), date(2026, 4, 1)),  # midnight JST
        (  # New York evening of 31 March is already 1 April in Japan
            datetime(2026, 3, 31, 12, 0, tzinfo=timezone(timedelta(hours=-4))),
            date(2026, 4, 1),
        ),
        (  # already in JST: unchanged
            datetime(2026, 4, 1, 0, 0, tzinfo=timezone(timedelta(hours=9))),
            date(2026, 4, 1),
        ),
    ],
)
def test_when_aware_time_given_then_date_in_tokyo(now: datetime, expected: date) -> None:
    assert today_in_tokyo(now) == expected


def test_when_naive_time_given_then_value_error() -> None:
    with pytest.raises(ValueError, match="aware"):
        today_in_tokyo(datetime(2026, 3, 31, 15, 30))


def test_when_no_time_given_then_tokyo_date_of_system_clock() -> None:
    before = datetime.now(UTC)
    result = today_in_tokyo()
    after = datetime.now(UTC)
    assert result in {today_in_tokyo(before), today_in_tokyo(after)}


@pytest.mark.parametrize(
    ("today", "within", "expected"),
    [
        (date(2021, 3, 31), 30, True),  # last day on the site
        (date(2021, 3, 1), 30, True),  # exactly 30 days left
        (date(2021, 2, 28), 30, False),  # 31 days left
        (date(2021, 4, 1), 30, False),  # archived: not "expiring"
        (date(2020, 1, 1), 30, False),  # far from the end
        (date(2020, 1, 1), 500, True),  # wide window
        (date(2021, 3, 31), 0, True),  # zero window: only the last day
        (date(2021, 3, 30), 0, False),  # zero window, one day left
    ],
)
def test_when_near_posting_end_then_expiring_soon(today: date, within: int, expected: bool) -> None:
    decision = decide(date(2017, 7, 3), 3, today)
    assert expiring_soon(decision, today, within_days=within) is expected


def test_when_default_window_then_30_days() -> None:
    decision = decide(date(2017, 7, 3), 3, date(2021, 3, 1))
    assert expiring_soon(decision, date(2021, 3, 1)) is True
    assert expiring_soon(decision, date(2021, 2, 28)) is False


def test_when_permanent_then_never_expiring() -> None:
    decision = decide(date(2017, 7, 3), None, date(2021, 3, 31))
    assert expiring_soon(decision, date(2021, 3, 31), within_days=10_000) is False


def test_when_window_negative_then_value_error() -> None:
    decision = decide(date(2017, 7, 3), 3, date(2021, 3, 31))
    with pytest.raises(ValueError):
        expiring_soon(decision, date(2021, 3, 31), within_days=-1)
