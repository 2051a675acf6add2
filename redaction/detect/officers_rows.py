"""A body's officer's own values in a table whose first column names the body (round BJ).

A list of neighbourhood associations' heads (| 自治会 | 会長 | 住所 | 電話 | over | 第14自治会 | 鶴巻 光代 | すみれ市… |
042-… |) names the association in its first cell, which alone would make the row's address and phone the body's contact
(contact_points: a row whose first cell is a body). A cell before the value holding a person's name in full (surname,
space, given name) under an officer's or a name's header says whose they are: the head's home and line. A column that
names the body's own place (所在地, 事務所, 集会所, 代表電話) stays the body's.
"""

from __future__ import annotations

import re

from .particulars import table_cells

_OFFICER_HEADER = re.compile("会長|代表者?|組長|班長|理事長|世話人|責任者|役員|氏名|名前")
_BODYS_PLACE_HEADER = re.compile("所在地|事務所|事務局|集会所|会館|代表電話|窓口")
_FULL_NAME_CELL = re.compile(r"[ \u3000]*[^\s|]{1,6}[ \u3000][^\s|]{1,8}[ \u3000]*")
_BODY_IN_NAME = re.compile("法人|団体|協会|組合|会社|町会|自治会|事務所|センター")


def an_officers_own_value(text: str, start: int) -> bool:
    """True for a value in a table's row after its officer's full name, under a column naming no body's place."""
    line = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    row = [(header, lo, hi) for header, lo, hi in table_cells(text) if line <= lo and hi <= end]
    own = next((header for header, lo, hi in row if lo <= start < hi), None)
    if own is None or _BODYS_PLACE_HEADER.search(own):
        return False
    return any(hi <= start and _OFFICER_HEADER.search(header) and _FULL_NAME_CELL.fullmatch(text, lo, hi)
               and _BODY_IN_NAME.search(text, lo, hi) is None for header, lo, hi in row)
