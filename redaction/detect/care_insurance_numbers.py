"""A long-term care insurance number right after the word 介護保険 (round BT).

A volunteers' table notes a member's care insurance in its last cell as the word and the number (`| 介護保険 1302115586 |`),
with no 番号 in the label: the insured person's number (ten digits, as 介護保険被保険者番号 are). Read as 介護保険, maybe
被保険者 and 番号 or 証, a space or a colon, then exactly ten digits. Read only where 介護保険 stands, each match tried at
the word found by str.find.
"""

from __future__ import annotations

import re

CARE_WORD = "介護保険"
_NUMBER_AFTER = re.compile(r"介護保険(?:被保険者)?(?:番号|証)?[ \u3000]*[:：]?[ \u3000]*(?P<id>[0-9]{10})(?![0-9])")


def care_insurance_numbers_after_the_word(text: str) -> list[tuple[int, int]]:
    """`1302115586` in `介護保険 1302115586`."""
    found: list[tuple[int, int]] = []
    at = text.find(CARE_WORD)
    while at >= 0:
        if (match := _NUMBER_AFTER.match(text, at)) is not None:
            found.append(match.span("id"))
        at = text.find(CARE_WORD, at + len(CARE_WORD))
    return found
