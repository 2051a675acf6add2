"""Web posting periods (掲載期間): is a document still on the site on a given day?

Minutes stay on the web site for a number of years counted from the fiscal year after
the one the meeting was held in. With 3 years, a meeting in FY2017 (平成29年度) is on
the site through FY2018, FY2019 and FY2020, that is through 2021-03-31, and is archived
from 2021-04-01. ``years=None`` means permanent: always on the site.

"Today" is the date in Japan, never the build machine's: see :func:`today_in_tokyo`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Final

from redaction.core.wareki import fiscal_year

# Japan has kept UTC+9 all year since 1952 (no daylight saving time), so a fixed offset
# gives the same dates as the IANA zone Asia/Tokyo for any "today" this tool deals with,
# without depending on the tzdata package being installed (zoneinfo needs it on some
# systems, e.g. Windows or slim containers).
TOKYO: Final = timezone(timedelta(hours=9), "Asia/Tokyo")


@dataclass(frozen=True)
class RetentionDecision:
    """Whether a document is on the site on the day it was decided for, and until when."""

    live: bool
    fiscal_year: int
    posting_end: date | None  # last day on the site; None = permanent

    def days_left(self, today: date) -> int | None:
        """Days from ``today`` to the last day on the site.

        0 on the last day itself, negative once the document is archived,
        None when the posting is permanent.
        """
        if self.posting_end is None:
            return None
        return (self.posting_end - today).days


def _check_years(years: int | None) -> None:
    # bool is an int in Python; a YAML `years: yes` must not quietly mean 1 year.
    if years is None:
        return
    if isinstance(years, bool) or not isinstance(years, int) or years < 0:
        raise ValueError(
            f"掲載年数 {years!r} は0以上の整数か、常時掲載なら null にしてください。"
            f" / Posting years {years!r} must be a whole number >= 0, or null for permanent."
        )


def posting_end(meeting_date: date, years: int | None) -> date | None:
    """The last day a meeting's minutes are on the site, or None if permanent.

    That is 31 March of (meeting fiscal year + 1 + years): the posting counts
    ``years`` whole fiscal years after the meeting's own fiscal year.
    Raises ValueError when ``years`` is negative or not an integer.
    """
    _check_years(years)
    if years is None:
        return None
    return date(fiscal_year(meeting_date) + 1 + years, 3, 31)


def decide(meeting_date: date, years: int | None, today: date) -> RetentionDecision:
    """Decide whether minutes of a meeting on ``meeting_date`` are live on ``today``.

    Live while ``today`` is on or before :func:`posting_end` (always, if permanent).
    Raises ValueError when ``years`` is negative or not an integer.
    """
    end = posting_end(meeting_date, years)
    return RetentionDecision(
        live=end is None or today <= end,
        fiscal_year=fiscal_year(meeting_date),
        posting_end=end,
    )


def today_in_tokyo(now: datetime | None = None) -> date:
    """The current date in Japan (Asia/Tokyo), whatever the machine's own zone.

    ``now`` must be timezone-aware (a naive datetime says nothing about where it is,
    so it raises ValueError); without it the system clock is read.
    2026-03-31T15:30Z is already 2026-04-01 in Tokyo.
    """
    if now is None:
        return datetime.now(TOKYO).date()
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware (e.g. datetime(..., tzinfo=timezone.utc))")
    return now.astimezone(TOKYO).date()


def expiring_soon(decision: RetentionDecision, today: date, within_days: int = 30) -> bool:
    """True when the document is live on ``today`` and leaves the site within ``within_days``.

    Judged at ``today``: the last day on the site counts (0 days left), the day after
    does not. A permanent posting never expires. Raises ValueError for negative
    ``within_days``.
    """
    if within_days < 0:
        raise ValueError(f"within_days must be >= 0, not {within_days}")
    left = decision.days_left(today)
    return decision.live and left is not None and 0 <= left <= within_days
