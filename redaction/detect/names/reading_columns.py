"""Names' readings in a tab-separated list's reading column (round BV).

A list pasted from a spreadsheet keeps its tabs: a header line naming its columns (`受付No	氏名	ふりがな	学校	…`), then a
row a person. The cell under ふりがな (フリガナ, よみがな) holding two kana words parted by a space is the person's name
read aloud (`さとう あおい`, `なかそね れん`): a name too. Read only where a reading's header word stands and the text holds
a tab (literal tests first); each row below the header with as many cells as it, up to the first line that is not.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_HEADERS = ("ふりがな", "フリガナ", "よみがな")
_READING = re.compile(r"[ぁ-ゖァ-ヺー]{1,8}[ \u3000][ぁ-ゖァ-ヺー]{1,8}")


def _cells(line: str, at: int) -> list[tuple[str, int]]:
    cells, offset = [], at
    for cell in line.split("\t"):
        cells.append((cell, offset))
        offset += len(cell) + 1
    return cells


@needs(*_HEADERS)
def readings_in_a_tab_separated_column(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`さとう あおい` under ふりがな in a tab-separated list."""
    found: list[tuple[int, int]] = []
    if "\t" not in text:
        return found
    for header in _HEADERS:
        at = text.find(header)
        while at >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            names = [cell for cell, _ in _cells(text[line_start:line_end], line_start)]
            if "\t" in text[line_start:line_end] and header in names:
                column, width = names.index(header), len(names)
                row_start = line_end + 1
                while row_start < len(text):
                    row_end = text.find("\n", row_start)
                    row_end = len(text) if row_end < 0 else row_end
                    row = _cells(text[row_start:row_end], row_start)
                    if len(row) != width:
                        break
                    cell, start = row[column]
                    if _READING.fullmatch(cell) is not None and cell not in public:
                        found.append((start, start + len(cell)))
                    row_start = row_end + 1
            at = text.find(header, at + len(header))
    return found
