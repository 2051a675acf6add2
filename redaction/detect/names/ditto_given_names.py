"""Given names after a ditto mark in a table's name column (round OJ).

A list of children or a household's members writes a sibling's surname as 〃 (or 同), the row above's surname repeated
(| 100-学-0113 | 〃 結月 | 3年 | …): the cell under a column headed 氏名 or 名前 opens with the mark, then a given name. The
given name is a person's, as the full name above is. Read only in texts holding 〃 or 同 and a Markdown table.
"""

from __future__ import annotations

import re

from ..needs import needs
from ..particulars import table_cells
from ..text import KANJI_CHARACTERS
from .lexicon import is_generic
from .public import PublicNames

_DITTO_CELL = re.compile(rf"[ \u3000]*(?:〃|同(?![上左右前じ様]))[ \u3000]*(?P<given>[{KANJI_CHARACTERS}ぁ-ゖァ-ヺー]{{1,4}})[ \u3000]*")
_NAME_HEADER = re.compile("氏名|名前")


@needs("〃", "同")
def given_names_after_a_ditto(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """The given name after 〃 (同) in a cell of a name column."""
    if "|" not in text or ("〃" not in text and "同" not in text):
        return []
    found: list[tuple[int, int]] = []
    for header, start, end in table_cells(text):
        if text[start:end].lstrip(" \u3000")[:1] in ("〃", "同") and _NAME_HEADER.search(header):
            cell = _DITTO_CELL.fullmatch(text, start, end)
            if cell is not None and cell.group("given") not in public and not is_generic(cell.group("given")):
                found.append(cell.span("given"))
    return found
