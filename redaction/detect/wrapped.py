"""(round Y) A fixed-width table copied from a PDF, its cells wrapped onto the next lines.

Text taken out of a PDF table keeps its columns by spaces, and a cell too long for its column goes
on in the same column on the next line, the row's first column left blank:

    ルート    氏名          配送先住所                      電話
    R-07      宇佐美        すみれ市中町二丁目                042-555-
              トミ子        11番3号 コーポ中町               0193
                            205

No rule reads `宇佐美` / `トミ子`, `042-555-` / `0193` as one value. Here the header's columns are taken
at their display positions (a wide character, kanji or kana, is two columns), each line's words
(parted by two or more spaces) are put under the header they start under, and a line whose first
column is blank continues the row above: every piece of a row's cell, in its order.

Gate: a header holding 氏名 with two spaces after it; the recognizers decide what a row's
pieces are (person_name: the name column's pieces; phone and postal_address: their columns' pieces
when the joined cell reads as a phone or an address).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

GATE = ("氏名  ",)  # a header of a person's table whose columns are kept by spaces (one read per text: see model.Doc)
_HEADER = re.compile(r"^(?=[^\n]*氏名  )[^\s|,\t][^\n|,\t]*(?:  +[^\s|,\t][^\n|,\t]*){2,}$", re.MULTILINE)
_WORD = re.compile(r"[^ \u3000\n](?:[^ \n]| (?! ))*")  # a cell's text: words parted by one space at most
_NOT_A_HEADER_WORD = re.compile(r"[ 0-9]")  # a column's name is one word, with no digit
_TOLERANCE = 2  # a cell may start this many columns left of its header (a wide character shifts the line)


@dataclass(frozen=True)
class WrappedRow:
    """One row of a fixed-width table: per header, the (start, end) pieces of its cell, first line first."""

    pieces: tuple[tuple[str, tuple[tuple[int, int], ...]], ...]

    def cell(self, header_word: str) -> tuple[tuple[int, int], ...]:
        """The pieces under the first header that holds `header_word` (none when no header does)."""
        return next((spans for header, spans in self.pieces if header_word in header), ())


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _words(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(display column, start, end) of each cell text on the line [start, end)."""
    return [(_width(text[start : m.start()]), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


@lru_cache(maxsize=8)
def wrapped_rows(text: str) -> tuple[WrappedRow, ...]:
    """Every row of every fixed-width person's table in `text` (see the module's docstring)."""
    if not any(map(text.__contains__, GATE)):
        return ()
    rows: list[WrappedRow] = []
    for header in _HEADER.finditer(text):
        columns = [(column, text[s:e]) for column, s, e in _words(text, header.start(), header.end())]
        if any(_NOT_A_HEADER_WORD.search(word) for _column, word in columns):
            continue  # 氏名  曽我部 キヨ  性別 女, 代表者氏名    苅 部   千 鶴 子: a form's labels and their values, no table
        current: dict[str, list[tuple[int, int]]] | None = None
        position = header.end() + 1
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            line = text[position:end]
            if not line.strip() or line.lstrip().startswith(("```", "|")):
                break
            if not line.startswith((" ", "\u3000")):
                if current is not None:
                    rows.append(_row(current))
                current = {}
            if current is None:
                break
            for column, start, stop in _words(text, position, end):
                name = _column_of(columns, column)
                if name is not None:
                    current.setdefault(name, []).append((start, stop))
            position = end + 1
        if current:
            rows.append(_row(current))
    return tuple(rows)


def _column_of(columns: list[tuple[int, str]], column: int) -> str | None:
    name = None
    for start, header in columns:
        if start - _TOLERANCE <= column:
            name = header
    return name


def _row(cells: dict[str, list[tuple[int, int]]]) -> WrappedRow:
    return WrappedRow(tuple((header, tuple(spans)) for header, spans in cells.items()))
