"""A passport's machine-readable zone (round AI): its second line's document number and date of birth.

A passport's data page ends in two lines of 44 characters (ICAO 9303, TD3): the first opens with P<, the issuing state and
the holder's name (names/foreign_names.py reads it); the second gives the document number (nine characters, < filling),
its check digit, the nationality, the date of birth as YYMMDD, its check digit, the sex, the expiry date and more. A copy
of the page quoted in minutes carries both: the number is the holder's id, the YYMMDD their birth date. Read only in a
text holding <<, on a line that opens with the second line's shape.
"""

from __future__ import annotations

import re

_SECOND_LINE = re.compile(r"^(?:> ?)?(?P<id>[A-Z0-9]{1,9})<*[0-9](?P<state>[A-Z<]{3})(?P<birth>[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))"
                          r"[0-9][MF<X][0-9]{6}[0-9]", re.MULTILINE)


def _second_lines(text: str) -> list[re.Match[str]]:
    if "<<" not in text:
        return []
    return [m for m in _SECOND_LINE.finditer(text) if len(m.group("id")) >= 6]


def passport_numbers(text: str) -> list[tuple[int, int]]:
    """The document numbers of the machine-readable zones' second lines."""
    return [m.span("id") for m in _second_lines(text)]


def passport_birth_dates(text: str) -> list[tuple[int, int]]:
    """The dates of birth (YYMMDD) of the machine-readable zones' second lines."""
    return [m.span("birth") for m in _second_lines(text)]
