"""A Western birth date written with dots, closed by 生まれ or 生 in brackets (round BV).

A caption or a chat gives a child's birth in brackets as year, month and day parted by dots, then 生まれ or 生:
`咲良ちゃん（2201.5.30生まれ）`, `子ども（2203.12.5生）`. The bracket opens right before the year (four digits) and
closes right after the word. Read only where a dot and 生 stand (the recognizer's literal test), each match tried from
its bracket.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_DOTTED_IN_BRACKETS = re.compile(r"[（(](?P<date>[0-9]{4}\.[0-9]{1,2}\.[0-9]{1,2})生(?:まれ)?[）)]")


def dotted_birth_dates_in_brackets(text: str) -> Iterator[tuple[int, int]]:
    """`2201.5.30` in （2201.5.30生まれ）, `2203.12.5` in （2203.12.5生）."""
    for match in _DOTTED_IN_BRACKETS.finditer(text):
        yield match.span("date")
