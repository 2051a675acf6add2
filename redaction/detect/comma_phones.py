"""Phone numbers dictated with 、 between their groups, behind a phone's label (round OI).

A record taken down as it was said (電話は080、5553、4417です; 携帯番号：090、1234、5678) writes the groups apart with
the reading comma. Alone, three numbers between commas are a list (10、20、30): only behind 電話 or 携帯 (番号, は,
が or a colon between) and with a national number's groups (a 0, one to four digits, one to four, then four) are they
read as a number; the caller checks the digits' length and the switchboard and business forms as for any phone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_AFTER_LABEL = (r"(?:番号)?(?:は|が|：|:)?[ \u3000]*(?P<number>0[0-9]{1,4}、[0-9]{1,4}、[0-9]{4})(?![0-9])")
# One pattern per label word, each opening with its literal (the engine's fast skip; an alternation of the two is read
# character by character).
_PHONES_WITH_COMMAS = {label: re.compile(label + _AFTER_LABEL) for label in ("電話", "携帯")}


def phones_with_commas(text: str) -> Iterator[tuple[int, int]]:
    """Spans of numbers after 電話 or 携帯 whose groups are joined by 、 (電話は080、5553、4417)."""
    for label, pattern in _PHONES_WITH_COMMAS.items():
        if label in text:
            for match in pattern.finditer(text):
                yield match.span("number")
