"""Table columns that number a thing or the office's own notices, not a person (round AZ).

- A thing's number: a header naming a tree, a fixture or a facility before 番号 (| 樹木番号 | 寄附者 | …: the tree's
  number; the donor stands in another column); (round BF) an auction's lot (| 公売番号 | 入札者 |).
- The office's notice: a header 通知書番号 (文書番号, 決定書番号) over a value of the office's series, a kanji prefix and
  hyphens (| 還-123-0117 |): the notice's number in the office's register. A person's number under such a header on a
  person's form line (通知書番号  2050-03-18847) is no table cell and stays read.
"""

from __future__ import annotations

import re

_THINGS_HEADER = re.compile(r"(?:樹木|植樹|記念樹|街路樹|備品|遊具|街灯|防犯灯|消火栓|標識|設備|資産|公売|売却区分|物件)(?:管理)?番号")
_NOTICES_HEADER = re.compile(r"(?:通知書|文書|決定書|納付書)番号")
_OFFICE_SERIES = re.compile(r"[一-龯]{1,4}[-‐－][0-9]{2,4}[-‐－][0-9]{3,5}")


def numbers_a_thing_or_a_notice(header: str, value: str) -> bool:
    """The column's header numbers a thing, or the office's notices in its own series (a kanji prefix and hyphens)."""
    if "番号" not in header:
        return False
    if _THINGS_HEADER.search(header):
        return True
    return _NOTICES_HEADER.search(header) is not None and _OFFICE_SERIES.fullmatch(value.strip()) is not None
