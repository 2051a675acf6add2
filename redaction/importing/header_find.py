"""Where the meeting header is among a file's first blocks: a label table, or label lines.

A header table has at least two rows whose first cell is a known label (会議の名称, 開催日時, …);
pairs of cells in a row are read as label, value (「傍聴の可否｜不可｜理由｜…」). A row labelled
会議経過 (and every row after it) is the body. Label lines are paragraphs such as
「1　日時　令和元年9月2日(月)14時～15時30分」, with indented or numbered lines continuing them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from redaction.importing import spans as sp
from redaction.importing.header import Entry
from redaction.importing.labels import is_body_label, key_of, label_line, squeeze
from redaction.importing.model import Block, Cell

_LOOK_AHEAD = 6            # the header is among the first blocks
_PREAMBLE = 3              # title lines before label lines
# A line that continues a label line: indented, numbered, or a bullet (not ○, which opens a speaker's line).
_CONTINUATION = re.compile(r"^(?:[\s\u3000]|[・●]|[(（][0-9０-９一二三四五六七八九十]+[)）]|[①-⑳])")
_UNKNOWN_LABEL_LENGTH = 15
_TITLE_LENGTH = 80
_COLUMN_HEADS = frozenset({("項目", "内容"), ("区分", "内容"), ("項目", "概要"), ("事項", "内容")})


def find_header(blocks: Sequence[Block]) -> tuple[list[Entry], list[Block]]:
    """The header entries and the body blocks (everything else, in order)."""
    for index, block in enumerate(blocks[:_LOOK_AHEAD]):
        if block.kind == "table" and _label_rows(block) >= 2:
            entries, rest = _from_table(block)
            return entries, [*blocks[:index], *rest, *blocks[index + 1:]]
    return _from_lines(blocks)


def _label_rows(table: Block) -> int:
    return sum(1 for row in table.rows if row and key_of(sp.plain(row[0].spans)) is not None)


def _cell_paragraphs(cells: Sequence[Cell]) -> list[Block]:
    return [Block("paragraph", c.place, c.spans) for c in cells if sp.plain(c.spans).strip()]


def _from_table(table: Block) -> tuple[list[Entry], list[Block]]:
    entries: list[Entry] = []
    body: list[Block] = []
    in_body = False
    for row in table.rows:
        if in_body:
            body.extend(_cell_paragraphs(row))
            continue
        for i in range(0, len(row), 2):
            label, value = row[i], row[i + 1] if i + 1 < len(row) else None
            label_text = sp.plain(label.spans).strip()
            if is_body_label(label_text):
                in_body = True
                body.extend(_cell_paragraphs(row[i + 1:]))
                break
            if value is not None and (squeeze(label_text), squeeze(sp.plain(value.spans))) in _COLUMN_HEADS:
                continue   # the table's own column heads (項目｜内容): no information to keep
            known = key_of(label_text) is not None
            short = 0 < len(unicodedata.normalize("NFKC", label_text)) <= _UNKNOWN_LABEL_LENGTH
            if value is not None and (known or (short and sp.plain(value.spans).strip())):
                entries.append(Entry(label_text, tuple(sp.split(value.spans, re.compile("\n"))), value.place))
            else:
                body.extend(_cell_paragraphs(row[i:i + 2]))
    return entries, body


def _from_lines(blocks: Sequence[Block]) -> tuple[list[Entry], list[Block]]:
    first = next((i for i, b in enumerate(blocks[:_PREAMBLE + 1]) if _label(b) is not None), None)
    if first is None:
        return [], list(blocks)
    entries: list[Entry] = []
    index = first
    current: Entry | None = None
    while index < len(blocks):
        block = blocks[index]
        found = _label(block)
        text = sp.plain(block.spans)
        if block.kind in ("paragraph", "markdown") and not text.strip(" \t\u3000"):
            current = None   # after a blank line only a new label line continues the header
            index += 1
            continue
        if found is not None:
            label, offset = found
            current = Entry(label, (sp.cut(block.spans, offset, len(text)),), block.place)
            entries.append(current)
        elif block.kind in ("paragraph", "item", "markdown") and current is not None and _CONTINUATION.match(text):
            current = Entry(current.label, (*current.lines, block.spans), current.place)
            entries[-1] = current
        elif block.kind in ("paragraph", "markdown", "heading") and is_body_label(text):
            index += 1
            break
        else:
            break
        index += 1
    if len(entries) < 2:
        return [], list(blocks)
    return entries, [*map(_title_line, blocks[:first]), *blocks[index:]]


def _title_line(block: Block) -> Block:
    """A short line above label lines is the document's title line: a heading, as Word would style it."""
    text = sp.plain(block.spans).strip()
    if block.kind == "paragraph" and 0 < len(text) <= _TITLE_LENGTH and not text.endswith("。"):
        return Block("heading", block.place, block.spans, level=1)
    return block


def _label(block: Block) -> tuple[str, int] | None:
    if block.kind not in ("paragraph", "markdown"):
        return None
    found = label_line(sp.plain(block.spans))
    return (found[0], found[2]) if found else None
