"""Mobiles written one digit short, in a phone's own grouping (rounds BH and BL).

A clerk copying a form writes a mobile as a fixed line is written, the exchange in brackets (090(555)2871,
080（555）3160), or drops a digit of its middle group (090-555-2147 for 090-5552-147x): ten digits where a mobile has
eleven, and phone.is_japanese_number turns them away. A mobile's prefix with the exchange in brackets, or with hyphens
parting three, three and four digits, is a phone's own shape (no date, amount, lot or ID is written 0XX(XXX)XXXX or
0X0-NNN-NNNN), so a number of either shape is still the person's line. A fixed line keeps its ten digits, other
groupings keep their lengths.
"""

from __future__ import annotations

import re

from .text import HYPHEN

# (round BH) 0X0(NNN)NNNN or 0X0(NNNN)NNNN: a mobile's prefix, three or four digits in brackets, then four
_MOBILE_WITH_A_BRACKETED_EXCHANGE = re.compile(r"0[5789]0[ \u3000]?\([ \u3000]?[0-9]{3,4}[ \u3000]?\)[ \u3000]?[0-9]{4}")
# (round BL) 070/080/090, three digits, four, parted by hyphens
_MOBILE_HYPHENED_ONE_DIGIT_SHORT = re.compile(rf"0[789]0{HYPHEN}[0-9]{{3}}{HYPHEN}[0-9]{{4}}")


def a_mobile_one_digit_short(number: str, before: str) -> bool:
    """`number` is a mobile written in a phone's own grouping one digit short: the exchange in brackets, or hyphens parting
    three, three and four digits with no letter, digit or hyphen joining it before (`before`: the character before it,
    or "")."""
    if "(" in number:
        return _MOBILE_WITH_A_BRACKETED_EXCHANGE.fullmatch(number) is not None
    return (len(number) == 12 and _MOBILE_HYPHENED_ONE_DIGIT_SHORT.fullmatch(number) is not None
            and not (before.isascii() and (before.isalnum() or before in "-_.")))
