"""Body blocks → Markdown with [[…]] inline tags and ::: redact blocks (source format v1).

Text is escaped so that it stays text: Markdown punctuation, `<` and `&`, and `[[`/`]]`
(which would otherwise open a tag). A mark over part of a block becomes an inline tag;
a mark over whole blocks (paragraphs, lists, a table) becomes one `::: redact` block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redaction.importing import spans as sp
from redaction.importing.model import Block, Cell, Mark, Span

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")
# What a line may not start with and stay text: a list, a numbered list, a setext underline, a
# definition (": "), or a block fence (the tag lexer reads a line starting with ::: as a block).
_LEADING = re.compile(r"^([ \t]*)([-+=]|[0-9]+[.)]|:::|：：：|:(?=[ \t]))", re.MULTILINE)
_SPACE = " \t\u3000"


def escape_markdown(text: str) -> str:
    """Plain text as Markdown that renders to the same text and holds no tag."""
    text = text.replace("&", "&amp;")
    return _MD_SPECIAL.sub(lambda m: "&lt;" if m.group(1) == "<" else "&gt;" if m.group(1) == ">" else "\\" + m.group(1),
                           text)


def escape_value(text: str) -> str:
    """Plain text for a front-matter value: only what would open a tag is escaped."""
    return text.replace("[[", "\\[[").replace("]]", "\\]]")


def inline(spans: Sequence[Span], *, escape=escape_markdown, line_break: str = "  \n") -> str:
    """Spans as text with [[head: …]] over every marked run (white space at a run's ends stays outside)."""
    out: list[str] = []
    for span in sp.merge(spans):
        text = re.sub(r"[ \t]*\n[ \t]*", "\n", escape(span.text)).replace("\n", line_break)
        if span.mark is None:
            out.append(text)
            continue
        core = text.strip(_SPACE + "\n")
        if not core:
            out.append(text)
            continue
        lead = text[:len(text) - len(text.lstrip(_SPACE + "\n"))]
        tail = text[len(text.rstrip(_SPACE + "\n")):]
        out.append(f"{lead}[[{span.mark.head}: {core}]]{tail}")
    return "".join(out)


def _line_start(text: str) -> str:
    """Keep every line of a paragraph from reading as Markdown structure (see _LEADING)."""
    return _LEADING.sub(_neutral, text)


def _neutral(match: re.Match[str]) -> str:
    marker = match.group(2)
    if marker[0] in ":：=":   # not backslash-escapable in Python-Markdown: a character reference
        return match.group(1) + f"&#{ord(marker[0])};" + marker[1:]
    return match.group(1) + marker[:-1] + "\\" + marker[-1]


def _table(block: Block) -> str:
    width = max(len(row) for row in block.rows)
    lines = []
    for index, row in enumerate(block.rows):
        # a cell is one line in Markdown, and the site passes no raw HTML (<br>): its lines join with a space
        cells = [inline(c.spans, line_break=" ") for c in row]
        cells += [""] * (width - len(cells))
        lines.append("| " + " | ".join(cells) + " |")
        if index == 0:
            lines.append("|" + "---|" * width)
    return "\n".join(lines)


def render_block(block: Block) -> str:
    if block.kind == "markdown":
        return sp.plain(block.spans)
    if block.kind == "table":
        return _table(block)
    text = inline(sp.strip(block.spans, _SPACE + "\n"))
    if block.kind == "heading":
        return "#" * min(6, max(2, block.level)) + " " + text.replace("  \n", " ")
    if block.kind == "item":
        return "    " * block.level + ("1. " if block.ordered else "- ") + _line_start(text)
    return _line_start(text)


def block_mark(block: Block) -> Mark | None:
    """The one mark covering all of a block's text, or None."""
    if block.kind == "markdown":
        return None
    if block.kind == "table":
        parts = [s for row in block.rows for c in row for s in c.spans]
    else:
        parts = list(block.spans)
    visible = [s for s in parts if s.text.strip(_SPACE + "\n")]
    marks = {s.mark for s in visible}
    if len(marks) != 1:
        return None
    mark = next(iter(marks))
    return None if mark is None or mark.public else mark


def _unmarked(block: Block) -> Block:
    """The block without its marks (it goes inside a ::: redact block as it stands)."""
    rows = tuple(tuple(Cell(tuple(Span(s.text) for s in c.spans), c.place) for c in row) for row in block.rows)
    return Block(block.kind, block.place, tuple(Span(s.text) for s in block.spans), block.level, block.ordered, rows)


def body(blocks: Sequence[Block]) -> str:
    """The Markdown of a body: blocks separated by blank lines, list items kept together."""
    parts: list[tuple[str, str]] = []
    index = 0
    while index < len(blocks):
        mark = block_mark(blocks[index])
        if mark is None:
            parts.append((render_block(blocks[index]), blocks[index].kind))
            index += 1
            continue
        end = index + 1
        while end < len(blocks) and block_mark(blocks[end]) == mark:
            end += 1
        inner = _glue([(render_block(_unmarked(b)), b.kind) for b in blocks[index:end]])
        parts.append((f"::: redact {mark.head}\n{inner}\n:::", "redact"))
        index = end
    return _glue(parts)


def _glue(parts: Sequence[tuple[str, str]]) -> str:
    """Blank lines between blocks; consecutive list items stay one list, Markdown lines stay as written."""
    text = ""
    for i, (part, kind) in enumerate(parts):
        if i:
            text += "\n" if kind in ("item", "markdown") and parts[i - 1][1] == kind else "\n\n"
        text += part
    return text
