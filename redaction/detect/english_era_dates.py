"""A birth date in English with the Japanese era's name (round BT).

A letter in English, or a foreign resident's particulars, writes the era by its name in Latin letters: `was born on
Reiwa 181, 12 January`, `Reiwa 140.8.24生`. Read as the era's name (Reiwa, Heisei, Showa/Shōwa, Taisho), its year, then
either a comma, the day and the month's name (or the month's name and the day), or the month and the day after dots;
a birth date where `born` stands earlier in its sentence or 生 right after it. Read only where an era's name stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

ERA_NAMES = ("Reiwa", "Heisei", "Showa", "Shōwa", "Taisho", "Taishō")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
_DATE = re.compile(rf"(?:Reiwa|Heisei|Sh[oō]wa|Taish[oō])[ ]?[0-9]{{1,3}}(?:,[ ]?(?:[0-9]{{1,2}}[ ]{_MONTH}|{_MONTH}[ ][0-9]{{1,2}})"
                   r"|\.[0-9]{1,2}\.[0-9]{1,2})(?![0-9])")
_BORN_BEFORE = re.compile(r"\bborn\b", re.IGNORECASE)


def english_era_birth_dates(text: str) -> Iterator[tuple[int, int]]:
    """`Reiwa 181, 12 January` after `born`, `Reiwa 140.8.24` before 生."""
    for era in ERA_NAMES:
        at = text.find(era)
        while at >= 0:
            if (match := _DATE.match(text, at)) is not None:
                sentence = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), text.rfind("。", 0, at)) + 1
                if text.startswith("生", match.end()) or _BORN_BEFORE.search(text, sentence, at) is not None:
                    yield match.span()
            at = text.find(era, at + len(era))
