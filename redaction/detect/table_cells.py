"""The cells of a Markdown table's line, each with where its content stands in the text.

One splitter for the readings that go cell by cell through a table (a rota's day cells, a spreadsheet's lettered
columns): the cells between each two bars of the line, counted from its first bar, each stripped of half- and
full-width spaces. An empty cell is kept (its column still counts) and starts right after its bar.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

_SPACES = " \u3000"


@dataclass(frozen=True)
class Cell:
    index: int  # the column, counted from the line's first bar
    start: int  # where the stripped content starts in the text
    text: str  # the content, stripped of spaces

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def table_cells(line: str, line_start: int) -> list[Cell]:
    """The cells of `line`, which starts at `line_start` in the text (`| 2/9 葛西 | |` → 葛西 at column 0, an empty
    cell at column 1)."""
    bars = [at for at, character in enumerate(line) if character == "|"]
    cells: list[Cell] = []
    for index, (left, right) in enumerate(pairwise(bars)):
        raw = line[left + 1 : right]
        text = raw.strip(_SPACES)
        cells.append(Cell(index, line_start + left + 1 + (raw.index(text) if text else 0), text))
    return cells
