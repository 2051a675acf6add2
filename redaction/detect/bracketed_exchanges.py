"""Phone numbers with the exchange in brackets, one digit short of a mobile's length (round BH).

A clerk copying a form writes a mobile as a fixed line is written, the exchange in brackets (090(555)2871,
080（555）3160): ten digits where a mobile has eleven. The brackets around the exchange are a phone's own shape (no
date, amount or ID is written 0XX(XXX)XXXX), so a number of that shape opening with a mobile's prefix is read at ten
digits too; the other forms keep their lengths (phone.is_japanese_number).
"""

from __future__ import annotations

import re

_MOBILE_WITH_A_BRACKETED_EXCHANGE = re.compile(r"0[5789]0[ \u3000]?\([ \u3000]?[0-9]{3,4}[ \u3000]?\)[ \u3000]?[0-9]{4}")


def a_mobile_with_a_bracketed_exchange(number: str) -> bool:
    """`number` is 0X0(NNN)NNNN or 0X0(NNNN)NNNN: a mobile's prefix, three or four digits in brackets, then four."""
    return "(" in number and _MOBILE_WITH_A_BRACKETED_EXCHANGE.fullmatch(number) is not None
