"""A lot's number read by the column it stands in (round BZ).

- | 旧地番 | 新住所 | 世帯主 | over | 西原字北谷戸1201番地 | 西原三丁目6番3号 | … |: an address renaming's table, its old lot
  beside the new address of the same household — the household's old address, personal as the new one is;
- | 組合員 | 田の地番 | 未納額 | over | … | 北町字下田188番 | …: a field's lot (田, 畑, 農地, 山林, 土地 の地番) — the land's
  number, where no one is said to live.
Read only where 地番 stands in the text (a literal test first); the column's header is the table's (particulars.column_header).
"""

from __future__ import annotations

import re

from .particulars import column_header

LOT_WORD = "地番"
_OLD_LOT_HEADER = re.compile(r"旧(?:地番|住所|所在地?)")
_NEW_ADDRESS_HEADER = "新住所"
_OLD_LOT_CELL = re.compile(r"[一-龯々ヶヵ]{1,8}字[一-龯々ヶヵ]{1,6}[0-9]{1,5}番地?(?:[0-9]{1,4})?")
_FIELDS_LOT_HEADER = re.compile(r"(?:田|畑|農地|山林|土地|水田)の?地番")


def an_old_lot_beside_its_new_address(text: str, header: str, start: int, end: int) -> bool:
    """The cell text[start:end] is an old lot with 字 under 旧地番, the next cell's column headed 新住所."""
    if _OLD_LOT_HEADER.fullmatch(header) is None or _OLD_LOT_CELL.fullmatch(text, start, end) is None:
        return False
    bar = text.find("|", end)
    return bar >= 0 and column_header(text, bar + 1) == _NEW_ADDRESS_HEADER


def in_a_fields_lot_column(text: str, start: int) -> bool:
    """The value at `start` stands under a field's lot column (田の地番)."""
    header = column_header(text, start)
    return header is not None and _FIELDS_LOT_HEADER.fullmatch(header) is not None
