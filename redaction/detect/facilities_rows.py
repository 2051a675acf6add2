"""A facility's row: a table or a spreadsheet's rows headed by a facility's name column (round BL).

A register of facilities pasted into the minutes (登録番号 | 施設名 | 所在地 | 設置者 | 設置者住所 | 電話): the row is the facility's,
so the number under 登録番号 and the place under 所在地 are the facility's own (a building's block, its registration in the
city's register), while the owner's columns (設置者, 設置者住所, 電話) stay read. Read only in a table (rows of "|" or tab-parted
fields) whose header holds a facility's name column (施設名, 建物名, 物件名); a rooms' column (教室3-2, 会議室1-4) of any row is
a room, no address.
"""

from __future__ import annotations

import re
from functools import lru_cache

_FACILITY_NAME_HEADER = re.compile(r"(?:施設|建物|物件|事業所|店舗)(?:の)?名(?:称)?")
_FACILITYS_OWN_HEADER = re.compile(r"(?:施設|建物)?(?:登録|施設|管理)番号|所在地|設置場所|所在")
_MAX_ROWS = 200


def _cells(line: str) -> list[str]:
    separator = "\t" if "\t" in line else "|"
    cells = [cell.strip(" \u3000") for cell in line.split(separator)]
    return cells[1:-1] if separator == "|" and line.lstrip().startswith("|") else cells


_FACILITY_NAME_WORDS = ("施設名", "建物名", "物件名", "事業所名", "店舗名", "施設の名", "建物の名")


@lru_cache(maxsize=8)
def _names_a_facility(text: str) -> bool:
    return any(map(text.__contains__, _FACILITY_NAME_WORDS))


def in_a_facilitys_own_column(text: str, start: int) -> bool:
    """The value at `start` stands in a row of a facilities' table, under its number's or its place's column."""
    if not _names_a_facility(text):
        return False  # no facility's name column anywhere: a few literal searches once a text, no line walked
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    separator = "\t" if "\t" in line else "|" if line.count("|") >= 2 else ""
    if not separator:
        return False
    header_start = line_start
    for _ in range(_MAX_ROWS):  # up to the table's first line: the rows run on without a blank line
        if header_start == 0:
            break
        above = text.rfind("\n", 0, header_start - 1) + 1
        if separator not in text[above : header_start - 1]:
            break
        header_start = above
    header_line = text[header_start : text.find("\n", header_start)]
    if header_start == line_start or _FACILITY_NAME_HEADER.search(header_line) is None:
        return False
    header = _cells(header_line)
    column = text.count(separator, line_start, start) - (1 if separator == "|" and line.lstrip().startswith("|") else 0)
    return 0 <= column < len(header) and _FACILITYS_OWN_HEADER.fullmatch(header[column]) is not None


_ROOM = re.compile(r"(?:教室|会議室|講義室|研修室|練習室|集会室|和室|洋室|多目的室)[0-9]")


def a_room(text: str, start: int, end: int) -> bool:
    """教室3-2: a room's word and its number, no address."""
    return _ROOM.match(text, start, end) is not None
