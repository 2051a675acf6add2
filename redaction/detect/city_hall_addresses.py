"""An address the words right after it give to the city hall (round BV).

A slip's or a letter's footer prints the sender's address and name: `〒198-0001 すみれ市本町1-1 すみれ市役所` (the city
hall's name closing the line right after the address, or after its postal code and the address), and a member then says
so of the postal code alone (`〒198-0001は市役所の住所で、`). Neither is anyone's home. Read only where 役所 or 役場
stands shortly after the address (a literal test first), each checked at the address's end.
"""

from __future__ import annotations

import re

OFFICE_WORDS = ("役所", "役場")
_HALL_AFTER = re.compile(r"(?:[ \u3000]+[^\s]{1,24})?[ \u3000]*[一-龯ぁ-ゖァ-ヺ]{0,8}(?:市役所|区役所|町役場|村役場)[ \u3000]*(?:\n|\Z)"
                         r"|は(?:市役所|区役所|町役場|村役場)の(?:住所|郵便番号|所在地)")


def a_city_halls_address(text: str, end: int) -> bool:
    """The city hall's name follows the address on its line (… すみれ市役所), or は市役所の住所 does."""
    return _HALL_AFTER.match(text, end) is not None
