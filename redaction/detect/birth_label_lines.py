"""Birth dates a label gives by form rather than beside it (round BF): a form's label line over its value, a month and day
with the era year after them.


- a form transcribed one field a line, its label alone on a line and the date on the next (an OCR'd request: 生年月日 /
  令和103年6月30日): the line under the label is its value;
- a month and day alone after the label, the era year in brackets after them (生年月日：12/9（令和127年）): the birthday,
  its year given apart.

Read only in texts holding the label (a literal test first), the label line found by str.find.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_LABELS = ("生年月日", "誕生日")
_LABEL_LINE_END = re.compile(r"[ \u3000]*\n[ \u3000]*")
_MONTH_DAY_WITH_THE_YEAR_AFTER = re.compile(
    r"(?:生年月日|誕生日)[ \u3000]*[:：は]?[ \u3000]*(?P<date>(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9]))"
    r"[ \u3000]?[（(](?:明治|大正|昭和|平成|令和)[0-9元]{1,3}年(?:生まれ|生)?[）)]")


def dates_under_a_label_line(text: str, date: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The date on the line under a line holding only the birth label (`date` matches a whole date at a position)."""
    for label in _LABELS:
        at = text.find(label)
        while at >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            after = _LABEL_LINE_END.match(text, at + len(label))
            if after is not None and not text[line_start:at].strip(" \u3000") and (found := date.match(text, after.end())):
                line_end = text.find("\n", found.end())
                if not text[found.end() : len(text) if line_end < 0 else line_end].strip(" \u3000"):
                    yield found.span()
            at = text.find(label, at + 1)


def month_days_with_the_year_after(text: str) -> Iterator[tuple[int, int]]:
    """`12/9` after the birth label with its era year in brackets after it (生年月日：12/9（令和127年））."""
    if "/" not in text:
        return
    for match in _MONTH_DAY_WITH_THE_YEAR_AFTER.finditer(text):
        yield match.span("date")


# (round BH) a Western date with its era year in brackets between the year and the month (生年月日 2129年（令和111年）4月18日), the
# label and its value as a form prints them (in bold too: **生年月日** …)
_ERA_YEAR_INSIDE = re.compile(
    r"(?:生年月日|誕生日)\**[ \u3000]*[:：は]?[ \u3000]*(?P<date>[0-9]{4}年[ \u3000]?[（(](?:明治|大正|昭和|平成|令和)[0-9元]{1,3}年[）)]"
    r"[ \u3000]?(?:1[0-2]|0?[1-9])月(?:3[01]|[12][0-9]|0?[1-9])日)")


def western_dates_with_the_era_year_inside(text: str) -> Iterator[tuple[int, int]]:
    """`2129年（令和111年）4月18日` after the birth label: the whole date, the bracketed era year inside it."""
    if "年(" not in text and "年（" not in text and "年 (" not in text:
        return
    for match in _ERA_YEAR_INSIDE.finditer(text):
        yield match.span("date")
