"""The header of the column a value stands in, in a Markdown table (round BZ).

A value in a `| … |` row is read by its column when the header names it: a lottery's 当選番号 (the winning numbers the
city posts), a field's lot under 田の地番, the households' old addresses under 旧地番 beside their 新住所. The header is the
table's first line (the rows run on without a blank line); the column is the count of `|` before the value.
"""

from __future__ import annotations

_MAX_ROWS = 200


def _cells(line: str) -> list[str]:
    cells = [cell.strip(" \u3000") for cell in line.split("|")]
    return cells[1:-1] if line.lstrip().startswith("|") else cells


def header_line_of(text: str, start: int) -> tuple[str, int] | None:
    """The table's header line and the column of the value at `start`, or None when the value stands in no table's row."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if line.count("|") < 2:
        return None
    header_start = line_start
    for _ in range(_MAX_ROWS):
        if header_start == 0:
            break
        above = text.rfind("\n", 0, header_start - 1) + 1
        if "|" not in text[above : header_start - 1]:
            break
        header_start = above
    if header_start == line_start:
        return None
    header_end = text.find("\n", header_start)
    column = text.count("|", line_start, start) - (1 if line.lstrip().startswith("|") else 0)
    return text[header_start : header_end if header_end >= 0 else len(text)], column


def column_header(text: str, start: int) -> str | None:
    """The header cell above the value at `start` (`当選番号` for | 第0017号 | under | 当選番号 | … |), or None."""
    found = header_line_of(text, start)
    if found is None:
        return None
    header = _cells(found[0])
    return header[found[1]] if 0 <= found[1] < len(header) else None
