"""Plain paragraphs, headings and simple tables of a bundle page, written without markdown-it's parser.

Most of a page of minutes is speech: paragraphs of Japanese text with no Markdown syntax in them,
and the header table. markdown-it-py tries every block rule on each such paragraph and every inline
rule on its text, which was most of the archive step's time. A block (lines between blank lines)
that can only be a plain paragraph, a one-line ATX heading or a simple table, whatever stands around
it, is therefore set aside before parsing: the parser sees one placeholder paragraph in place of
each run of such blocks (so every construct before and after it ends and begins exactly as it did),
and the placeholder's ``<p>…</p>`` in its output is replaced by the blocks' HTML, written as
markdown-it writes them (``<p>`` + the lines HTML-escaped, joined by a newline + ``</p>``;
``<hN>text</hN>``; a table's rows and cells, a cell that is not plain text rendered by the parser's
inline rules alone).

A line is plain when it starts with a character outside ASCII that is not white space (no block
marker, no indentation, no list number), ends with no white space, and holds no character that
starts an inline rule of the bundle parser (`` \\ ` * _ [ ] ! < & ^ ~ ``) and no control
character. A simple table: every row starts and ends with ``|`` and holds no backslash, the
second is a delimiter row, every row has as many cells as it (the table rule is the parser's
first, so it takes such a block whole). A block is set aside only when the next block does not
start with ``:`` or ``~`` (which would make it a definition list's term). A text holding what
links a block to another far away (a link reference definition or a footnote: ``]:``, ``[^``,
``^[``), a fenced code block (blank lines inside it), a carriage return, a NUL or the
placeholder's character is parsed whole. tests/test_archive_markdown.py holds both ways equal on
every construct the bundle parser knows, alone and in random mixtures.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it.common.utils import escapeHtml, mdTrim

_PLACEHOLDER = "\ue000"            # a private-use character: a text holding one is parsed whole
_PARSE_WHOLE = re.compile(r"\]:|\[\^|\^\[|```|~~~|[\r\0\ue000]")
_SYNTAX = r"\\`*_\[\]!<&^~"          # a character that starts an inline rule of the bundle parser
_PLAIN_LINE = rf"[^\x00-\x7f\s](?:[^{_SYNTAX}\x00-\x1f\x7f]*[^{_SYNTAX}\x00-\x20\x7f\s])?"
_PLAIN_BLOCK = re.compile(rf"{_PLAIN_LINE}(?:\n{_PLAIN_LINE})*")
_HEADING = re.compile(rf"(#{{1,6}}) +([^\x00-\x7f\s](?:[^{_SYNTAX}#\x00-\x1f\x7f]*[^{_SYNTAX}#\x00-\x20\x7f\s])?)")
_PLAIN_CELL = re.compile(rf"[^{_SYNTAX}\x00-\x1f\x7f]*")
_DELIMITER_ROW = re.compile(r"\|(?: *:?-+:? *\|)+")
_ALIGN = {(False, False): "", (True, False): ' style="text-align:left"', (False, True): ' style="text-align:right"',
          (True, True): ' style="text-align:center"'}
_SLOT = re.compile(rf"<p>{_PLACEHOLDER}(\d+)</p>\n")
_BLOCK = re.compile(r"^[ \t]*[^ \t\n].*(?:\n[ \t]*[^ \t\n].*)*", re.MULTILINE)  # lines between blank lines
# (blank as markdown-it reads a line: nothing but spaces and tabs)


def _plain_html(block: str, inline: Callable[[str], str]) -> str | None:
    """The HTML markdown-it writes for a block when it can only be a paragraph, a heading or a simple table;
    else None. `inline`: markdown-it's HTML of a table cell's text."""
    if _PLAIN_BLOCK.fullmatch(block):
        return f"<p>{escapeHtml(block)}</p>\n"
    if "\n" not in block:
        heading = _HEADING.fullmatch(block)
        if heading is None:
            return None
        level = len(heading[1])
        return f"<h{level}>{escapeHtml(heading[2])}</h{level}>\n"
    return _table_html(block.split("\n"), inline)


def _table_html(lines: list[str], inline: Callable[[str], str]) -> str | None:
    """The HTML of a simple table (above), as the parser's table rule and renderer write it."""
    if len(lines) < 2 or not _DELIMITER_ROW.fullmatch(lines[1]):
        return None
    rows = [lines[0], *lines[2:]]
    if not all(len(row) > 1 and row[0] == "|" and row[-1] == "|" and "\\" not in row for row in rows):
        return None
    aligns = [_ALIGN[(cell.strip(" ")[0] == ":", cell.strip(" ")[-1] == ":")] for cell in lines[1][1:-1].split("|")]
    cells = [row[1:-1].split("|") for row in rows]
    if any(len(row) != len(aligns) for row in cells):
        return None
    html = ["<table>\n<thead>\n"]
    for number, row in enumerate(cells):
        tag = "th" if number == 0 else "td"
        if number == 1:
            html.append("<tbody>\n")
        html.append("<tr>\n")
        for align, cell in zip(aligns, row, strict=True):
            text = mdTrim(cell)
            html.append(f"<{tag}{align}>{escapeHtml(text) if _PLAIN_CELL.fullmatch(text) else inline(text)}</{tag}>\n")
        html.append("</tr>\n</thead>\n" if number == 0 else "</tr>\n")
    html.append("</tbody>\n</table>\n" if len(cells) > 1 else "</table>\n")
    return "".join(html)


def render_with_plain_blocks(text: str, render: Callable[[str], str], inline: Callable[[str], str]) -> str:
    """`render(text)` (markdown-it's HTML of a whole text), with its plain blocks written here; `inline`:
    markdown-it's HTML of one line of inline text (a table cell's)."""
    if _PARSE_WHOLE.search(text):
        return render(text)
    blocks = list(_BLOCK.finditer(text))
    runs: list[list[str]] = []          # the HTML of each run of plain blocks, in order
    kept: list[str] = []                # the text the parser reads
    copied = 0                          # text[:copied] is in `kept` or replaced by a placeholder
    in_run = False
    for index, block in enumerate(blocks):
        following = blocks[index + 1][0].lstrip(" \t")[:1] if index + 1 < len(blocks) else ""
        html = _plain_html(block[0], inline) if following not in (":", "~") else None
        if html is None:
            in_run = False
            continue
        if in_run:
            runs[-1].append(html)       # the blank lines between two plain blocks go with them
        else:
            kept += [text[copied:block.start()], f"{_PLACEHOLDER}{len(runs)}"]
            runs.append([html])
            in_run = True
        copied = block.end()
    if not runs:
        return render(text)
    kept.append(text[copied:])
    return _SLOT.sub(lambda slot: "".join(runs[int(slot[1])]), render("".join(kept)))
