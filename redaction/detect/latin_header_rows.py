"""Rows of a fixed-width list under a header line written in capitals (round BX).

A system's export or a clinic's list keeps an English header (`No.  NAME   DONOR-ID   E-MAIL`) over rows whose fields are
parted by two spaces or more (`01   HOSHINO, Kaede   D-8817-2046   kaede…@…`). A field under a header naming a person's
number (DONOR-ID, MEMBER NO., PATIENT-ID …) in a list with a NAME column is that row's person's number: letters, digits
and hyphens, six digits or more. Read only where NAME stands (a literal test), from each header line holding it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

NAME_HEADER = "NAME"
_GAP = re.compile(r"\t+|[ ]{2,}|\u3000{2,}")
_PERSONS_NUMBER_HEADER = re.compile(r"(?:DONOR|MEMBER|PATIENT|USER|CUSTOMER|STUDENT|APPLICANT|CLIENT)[- ]?(?:ID|NO\.?|NUMBER)")
_HEADER_WORD = re.compile(r"[A-Z][A-Z.\-/ ]{0,15}|No\.?")
_NUMBER = re.compile(r"[A-Z]{0,3}-?[0-9]{2,}(?:-[0-9]{2,})*")
_MIN_DIGITS = 6
_ROWS_REACH = 40


def _fields(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    at = start
    for gap in _GAP.finditer(text, start, end):
        if gap.start() > at:
            spans.append((at, gap.start()))
        at = gap.end()
    if at < end and text[at:end].strip():
        spans.append((at, start + len(text[start:end].rstrip())))
    return spans


def persons_numbers_under_latin_headers(text: str) -> Iterator[tuple[int, int]]:
    """`D-8817-2046` under `DONOR-ID` in a list whose header holds `NAME`."""
    at = text.find(NAME_HEADER)
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        headers = [text[lo:hi] for lo, hi in _fields(text, line_start, line_end)]
        if (NAME_HEADER in headers and len(headers) >= 3 and all(_HEADER_WORD.fullmatch(header) for header in headers)
                and any(_PERSONS_NUMBER_HEADER.fullmatch(header) for header in headers)):
            row_start = line_end + 1
            for _ in range(_ROWS_REACH):
                row_end = text.find("\n", row_start)
                row_end = len(text) if row_end < 0 else row_end
                spans = _fields(text, row_start, row_end)
                if row_start >= len(text) or len(spans) < 2 or text.startswith("```", row_start):
                    break
                for header, (lo, hi) in zip(headers, spans, strict=False):
                    if (_PERSONS_NUMBER_HEADER.fullmatch(header) and _NUMBER.fullmatch(text, lo, hi)
                            and sum(character.isdigit() for character in text[lo:hi]) >= _MIN_DIGITS):
                        yield lo, hi
                row_start = row_end + 1
        at = text.find(NAME_HEADER, line_end)
