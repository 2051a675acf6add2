"""Plain paragraphs and headings of a bundle page, written without markdown-it's parser.

Most of a page of minutes is speech: paragraphs of Japanese text with no Markdown syntax in them.
markdown-it-py tries every block rule on each such paragraph and every inline rule on its text,
which was most of the archive step's time. A block (lines between blank lines) that can only be a
plain paragraph or a one-line ATX heading, whatever stands around it, is therefore set aside before
parsing: the parser sees one placeholder paragraph in place of each run of such blocks (so every
construct before and after it ends and begins exactly as it did), and the placeholder's
``<p>…</p>`` in its output is replaced by the blocks' HTML, written as markdown-it writes them
(``<p>`` + the lines HTML-escaped, joined by a newline + ``</p>``; ``<hN>text</hN>``).

A line is plain when it starts with a character outside ASCII that is not white space (no block
marker, no indentation, no list number), ends with no white space, and holds no character that
starts an inline rule of the bundle parser (`` \\ ` * _ [ ] ! < & ^ ~ ``) and no control
character; a table needs a delimiter row, which starts in ASCII. A block is set aside only when
every line is plain (or it is one heading line of plain text without ``#``) and the next block
does not start with ``:`` or ``~`` (which would make it a definition list's term). A text holding
what links a block to another far away (a link reference definition or a footnote: ``]:``,
``[^``, ``^[``), a fenced code block (blank lines inside it), a carriage return, a NUL or the
placeholder's character is parsed whole. tests/test_archive_markdown.py holds both ways equal on
every construct the bundle parser knows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it.common.utils import escapeHtml

_PLACEHOLDER = "\ue000"            # a private-use character: a text holding one is parsed whole
_PARSE_WHOLE = re.compile(r"\]:|\[\^|\^\[|```|~~~|[\r\0\ue000]")
_SYNTAX = r"\\`*_\[\]!<&^~"          # a character that starts an inline rule of the bundle parser
_PLAIN_LINE = re.compile(rf"[^\x00-\x7f\s](?:[^{_SYNTAX}\x00-\x1f\x7f]*[^{_SYNTAX}\x00-\x20\x7f\s])?")
_HEADING = re.compile(rf"(#{{1,6}}) +([^\x00-\x7f\s](?:[^{_SYNTAX}#\x00-\x1f\x7f]*[^{_SYNTAX}#\x00-\x20\x7f\s])?)")
_SLOT = re.compile(rf"<p>{_PLACEHOLDER}(\d+)</p>\n")


def _is_blank(line: str) -> bool:
    """Blank as markdown-it reads a line: nothing but spaces and tabs."""
    return not line.strip(" \t")


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) line numbers of every run of non-blank lines."""
    blocks: list[tuple[int, int]] = []
    start = None
    for number, line in enumerate(lines):
        if _is_blank(line):
            if start is not None:
                blocks.append((start, number))
                start = None
        elif start is None:
            start = number
    if start is not None:
        blocks.append((start, len(lines)))
    return blocks


def _plain_html(lines: list[str]) -> str | None:
    """The HTML markdown-it writes for these lines when they can only be a paragraph or a heading; else None."""
    if all(_PLAIN_LINE.fullmatch(line) for line in lines):
        return "<p>" + "\n".join(escapeHtml(line) for line in lines) + "</p>\n"
    if len(lines) == 1 and (heading := _HEADING.fullmatch(lines[0])):
        level = len(heading[1])
        return f"<h{level}>{escapeHtml(heading[2])}</h{level}>\n"
    return None


def render_with_plain_blocks(text: str, render: Callable[[str], str]) -> str:
    """`render(text)` (markdown-it's HTML of a whole text), with its plain blocks written here."""
    if _PARSE_WHOLE.search(text):
        return render(text)
    lines = text.split("\n")
    blocks = _blocks(lines)
    runs: list[list[str]] = []          # the HTML of each run of plain blocks, in order
    kept: list[str] = []                # the lines the parser reads
    copied = 0                          # lines[:copied] are in `kept` or replaced by a placeholder
    in_run = False
    for index, (first, end) in enumerate(blocks):
        following = lines[blocks[index + 1][0]].lstrip(" \t")[:1] if index + 1 < len(blocks) else ""
        html = _plain_html(lines[first:end]) if following not in (":", "~") else None
        if html is None:
            kept.extend(lines[copied:end])
            in_run = False
        elif in_run:
            runs[-1].append(html)       # the blank lines between two plain blocks go with them
        else:
            kept.extend(lines[copied:first])
            kept.append(f"{_PLACEHOLDER}{len(runs)}")
            runs.append([html])
            in_run = True
        copied = end
    if not runs:
        return render(text)
    kept.extend(lines[copied:])
    return _SLOT.sub(lambda slot: "".join(runs[int(slot[1])]), render("\n".join(kept)))
