"""Mobiles written with ten digits, hyphens between three, three and four (round BL).

A clerk who mistypes a mobile drops a digit of its middle group (090-555-2147 for 090-5552-147x): ten digits where a
mobile has eleven, and phone.is_japanese_number turns them away. The prefix of a mobile (070, 080, 090) and hyphens
parting three, three and four digits are a phone's own shape (no date, amount, lot or ID is written 0X0-NNN-NNNN), so a
number of that shape is still the person's line. A fixed line keeps its ten digits, other groupings keep their lengths.
"""

from __future__ import annotations

import re

from .text import HYPHEN

_MOBILE_ONE_DIGIT_SHORT = re.compile(rf"0[789]0{HYPHEN}[0-9]{{3}}{HYPHEN}[0-9]{{4}}")


def a_mobile_one_digit_short(number: str, before: str) -> bool:
    """`number` is 070/080/090, three digits, four, parted by hyphens, and no letter, digit or hyphen joins it before
    (`before`: the character before it, or "")."""
    return (len(number) == 12 and _MOBILE_ONE_DIGIT_SHORT.fullmatch(number) is not None
            and not (before.isascii() and (before.isalnum() or before in "-_.")))
