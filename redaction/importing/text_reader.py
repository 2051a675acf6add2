"""A text file (.txt, .md) → Draft. UTF-8 (with or without BOM) or Shift_JIS (CP932).

.txt is plain text: every non-blank line is a paragraph (speaker lines as they stand).
.md is Markdown: its lines are kept as written (tags included) after the header lines;
a first line `# …` is a heading that can give the title.
"""

from __future__ import annotations

import codecs
import re

from redaction.core import clerk_messages as say
from redaction.importing.model import Block, Cell, Draft, Span, line_place, place_problem

# A row of a table saved as text (tab-separated, as Excel and PDF or web page copies give it):
# text, a tab, more. A line that starts with a tab is indented text, not a row.
_ROW = re.compile(r"^[^\t]*\S[^\t]*\t")


def decode_text(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) in UTF-8 with or without BOM, else CP932; None when it is neither."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = ("utf-8-sig",)
    else:
        candidates = ("utf-8", "cp932")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text.replace("\r\n", "\n").replace("\r", "\n"), encoding
    return None


def read_text(name: str, data: bytes, sha256: str, *, markdown: bool) -> Draft:
    kind = "markdown" if markdown else "text"
    decoded = decode_text(data)
    if decoded is None:
        return Draft(name, kind, sha256, problems=(place_problem(name, "", *say.IMPORTING_ENCODING.texts()),))
    text, encoding = decoded
    if "\x00" in text:
        return Draft(name, kind, sha256, problems=(place_problem(name, "", *say.IMPORTING_NOT_TEXT.texts()),), encoding=encoding)
    blocks = _markdown_blocks(text) if markdown else _text_blocks(text)
    return Draft(name, kind, sha256, tuple(blocks), encoding=encoding)



def _markdown_blocks(text: str) -> list[Block]:
    """Lines as written; a first line `# …` is a heading (it can give the title)."""
    blocks: list[Block] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not blocks and line.startswith("# ") and line[2:].strip():
            blocks.append(Block("heading", line_place(number), (Span(line[2:].strip()),), level=1))
        elif blocks or line.strip():
            blocks.append(Block("markdown", line_place(number), (Span(line),)))
    while blocks and blocks[-1].kind == "markdown" and not blocks[-1].plain().strip():
        blocks.pop()
    return blocks


def _text_blocks(text: str) -> list[Block]:
    """Every non-blank line a paragraph; consecutive tab-separated lines one table."""
    blocks: list[Block] = []
    rows: list[tuple[Cell, ...]] = []
    first_row = 0
    for number, line in enumerate(text.split("\n"), 1):
        if _ROW.match(line):
            first_row = first_row or number
            cells = [c.strip(" \u3000") for c in line.rstrip("\t ").split("\t")]
            rows.append(tuple(Cell((Span(c),) if c else (), f"{number}行目{i}列 / line {number}, column {i}")
                              for i, c in enumerate(cells, 1)))
            continue
        if rows:
            blocks.append(Block("table", line_place(first_row), rows=tuple(rows)))
            rows, first_row = [], 0
        if line.strip(" \t\u3000"):
            blocks.append(Block("paragraph", line_place(number), (Span(line.rstrip()),)))
    if rows:
        blocks.append(Block("table", line_place(first_row), rows=tuple(rows)))
    return blocks
