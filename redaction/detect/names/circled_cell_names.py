"""A full name after a circled number filling a table's cell (round BX).

A shelter's or a safety check's roster numbers its people inside the name's cell (`| A-08 | ② 菱沼 セツ子 | 042-… |`): a
circled number, a kanji surname, a space and a given name, closed by the cell's bar, on a row holding a person's
particular (a run of four digits: a phone's, a date's). Not an office's unit (`| ① 総務課 庶務係 |`). Read only where a
circled number stands (each of ① to ⑳ a literal).
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

CIRCLED = tuple(chr(code) for code in range(0x2460, 0x2474))  # ① … ⑳
_CELL = re.compile(r"\|[ \u3000]*[①-⑳][ \u3000]*(?P<name>[一-龯々]{1,4}[ \u3000][一-龯々ぁ-ゖァ-ヺー]{1,5})[ \u3000]*(?=\|)")
_OFFICES_PART = re.compile(r"(?:課|係|室|部|班|局|所|長|会|館|校|園|組|隊|団|区|市|町|村)$")
_PARTICULAR = re.compile(r"[0-9]{4}|[0-9]{2,4}-[0-9]{2,4}-[0-9]{3,4}")
_CIRCLED = re.compile("[①-⑳]")


@needs(*CIRCLED)
def names_after_a_circled_number_in_cells(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`菱沼 セツ子` in `| A-08 | ② 菱沼 セツ子 | 042-… |`."""
    found: list[tuple[int, int]] = []
    for circled in _CIRCLED.finditer(text):
        if "|" not in text[max(0, circled.start() - 3) : circled.start()]:
            continue
        match = _CELL.match(text, text.rfind("|", 0, circled.start()))
        if match is None or match.group("name") in public:
            continue
        if any(_OFFICES_PART.search(part) for part in re.split("[ \u3000]", match.group("name"))):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        if _PARTICULAR.search(text, line_start, len(text) if line_end < 0 else line_end) is not None:
            found.append(match.span("name"))
    return found
