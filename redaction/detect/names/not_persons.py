"""Words in a person's name's place the text says name no person (round AT).

- an animal's name after its label (犬の名前　ムギ（柴・雌）, 猫の名前は…): a pet's, read where の名前 stands;
- the consignor's name in a 全銀 transfer file's header record (1 21 0 0000412700 ｽﾐﾚｼ ｶｲｹｲｶﾝﾘｼｬ …): the record opens with
  its kind 1, the type code, the code's section and the 10-digit consignor code; the name after them is the paying body's
  (a city's accounting manager), the payees' names stand in the data records (2 …) below.
"""

from __future__ import annotations

import re

_ANIMALS_NAME_BEFORE = re.compile(r"(?:犬|猫|ペット|愛犬|愛猫|飼い犬|飼い猫)の(?:名前|呼び名|愛称)(?:は|：|:)?[ \u3000]*「?\Z")
_ANIMAL_REACH = 12
_TRANSFER_HEADER_BEFORE = re.compile(r"(?:^|\n)1[ ]?[0-9]{2}[ ]?[01][ ]?[0-9]{10}[ ]?\Z")
_HEADER_REACH = 24


def names_no_person(text: str, start: int) -> bool:
    """The candidate at `start` follows an animal's name label, or a 全銀 header record's consignor code."""
    before = max(0, start - _ANIMAL_REACH)
    if "の" in text[before:start] and _ANIMALS_NAME_BEFORE.search(text, before, start) is not None:
        return True
    return text[start - 1 : start] == " " and _TRANSFER_HEADER_BEFORE.search(text, max(0, start - _HEADER_REACH), start) is not None
