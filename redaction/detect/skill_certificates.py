"""A person's course completion or skill certificate written as its word and a coded number (round BP).

- 修了 STR-2171-0048 / 修了番号 STR-2171-0048: a course's completion, its number the holder's (a list of guides,
  each line a person's particulars).
- 技能証明 2A-0931-4417-58 / 技能証明番号：1A-2206-0815-33: a drone pilot's certificate (its class and serial).

The number is letters or digits, then two or three groups of digits set apart by hyphens (never a date: its second
group holds three digits or more). Read only where the word stands (a literal test of it first); each match is tried
at the word, found by str.find.
"""

from __future__ import annotations

import re

CERTIFICATE_WORDS = ("修了", "技能証明")
_NUMBER_AFTER = re.compile(r"(?:番号|証番号|書番号)?[ \u3000]*[:：]?[ \u3000]*"
                           r"(?P<id>[0-9A-Z]{1,4}-[0-9]{3,6}-[0-9]{2,6}(?:-[0-9]{2,4})?)(?![0-9A-Za-z-])")


def certificate_numbers_after_their_word(text: str) -> list[tuple[int, int]]:
    """Coded numbers right after 修了 or 技能証明 (and 番号 and a colon)."""
    found: list[tuple[int, int]] = []
    for word in CERTIFICATE_WORDS:
        at = text.find(word)
        while at >= 0:
            if (match := _NUMBER_AFTER.match(text, at + len(word))) is not None:
                found.append(match.span("id"))
            at = text.find(word, at + len(word))
    return found
