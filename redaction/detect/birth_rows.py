"""Birth dates in a table's row headed by the birth label (a form laid out across: one column a person).

`| 生年月日 | ２０５９年１１月３日 | ２０５６年６月２５日 |`: the first cell names the row, every later cell that holds a
date alone (a struck-out draft before it allowed: `~~平成百年~~ 令和70年8月23日`) is a person's birth date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ROW_HEAD = re.compile(r"\|[ \u3000]*(?:生年月日|誕生日|生年月日（[^）|\n]{1,8}）)[ \u3000]*(?=\|)")
_LABEL = re.compile("生年月日|誕生日")  # literals: the engine's fast skip
_STRUCK = re.compile(r"~~[^~|\n]{1,20}~~[ \u3000]*")


def dates_in_birth_rows(text: str, cell_date: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The dates standing alone in the cells of each row whose first cell is 生年月日 or 誕生日."""
    for label in _LABEL.finditer(text):
        at = label.start()
        line = text.rfind("\n", 0, at) + 1
        if at - line > 3:  # the label opens the row: | and a space or two before it
            continue
        head = _ROW_HEAD.match(text, line)
        if head is not None and head.end() > at:
            line_end = text.find("\n", head.end())
            yield from _cell_dates(text, head.end(), len(text) if line_end < 0 else line_end, cell_date)


def _cell_dates(text: str, cells: int, line_end: int, cell_date: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    bar = cells
    while bar < line_end - 1:
        next_bar = text.find("|", bar + 1, line_end)
        if next_bar < 0:
            return
        start = bar + 1
        while start < next_bar and text[start] in " \u3000":
            start += 1
        if (struck := _STRUCK.match(text, start, next_bar)) is not None:
            start = struck.end()
        end = next_bar
        while end > start and text[end - 1] in " \u3000":
            end -= 1
        if end > start and cell_date.fullmatch(text, start, end):
            yield start, end
        bar = next_bar
