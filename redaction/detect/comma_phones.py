"""Phone numbers dictated with 、 between their groups, behind a phone's label (round OI).

A record taken down as it was said (電話は080、5553、4417です; 携帯番号：090、1234、5678) writes the groups apart with
the reading comma. Alone, numbers between commas are a list (10、20、30): the phone's scan (phone._PATTERN's last branch,
a 0, one to four digits, 、, one to four, 、, then four) reads them only behind 電話 or 携帯 (番号, は, が or a colon
between), checked here; the digits' length and the switchboard and business forms are checked as for any phone.
"""

from __future__ import annotations

import re

COMMA_GROUPS = r"0[0-9]{1,4}、[0-9]{1,4}、[0-9]{4}"  # a branch of phone._PATTERN
_LABEL_BEFORE = re.compile(r"(?:電話|携帯)(?:番号)?(?:は|が|：|:)?[ \u3000]*\Z")
_REACH = 10


def behind_a_phone_label(text: str, start: int) -> bool:
    """電話 or 携帯 (番号, は, が or a colon, spaces) stands right before `start`."""
    return _LABEL_BEFORE.search(text, max(0, start - _REACH), start) is not None
