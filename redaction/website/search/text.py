"""The searchable text of a staged minutes page: its paragraphs (segments), as a reader sees them.

The input is the staged public Markdown (the renderer's only input; withheld text is never in it).
markdown-it-py cuts it into blocks; every paragraph, heading, list item, table cell and
admonition (``!!! kind "title"`` and its indented body, Python-Markdown's syntax, which
CommonMark does not know) becomes one segment of plain text: inline markup is dropped, a mark
``[[■category]]`` reads ■■■ as on the page, white space runs become one space.

A search compares `squash` forms (redaction.core.normalize: NFKC, no white space or invisible
characters) — the same normalization as the leak scan — within one segment: a word never spans
two paragraphs or two table cells, as it never does on the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from markdown_it import MarkdownIt

from redaction.core.normalize import squash
from redaction.source.redact import INK
from redaction.website.markdown_ext import MARK_PATTERN

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_ADMONITION = re.compile(r'^!!! [\w-]+(?: "(?P<title>[^"]*)")?\s*$')
_MARK = re.compile(MARK_PATTERN)
_SPACE = re.compile(r"\s+")
_BLOCK_TEXT = frozenset({"inline", "code_block", "fence"})


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def _admonitions_as_paragraphs(body: str) -> str:
    """``!!! kind "title"`` and its four-space-indented body as plain paragraphs (title, then body)."""
    out: list[str] = []
    inside = False
    for line in body.split("\n"):
        found = _ADMONITION.match(line)
        if found:
            out += ["", found.group("title") or "", ""]
            inside = True
        elif inside and (line.startswith("    ") or not line.strip()):
            out.append(line[4:])
        else:
            inside = False
            out.append(line)
    return "\n".join(out)


def _plain(token_content: str) -> str:
    return _SPACE.sub(" ", _MARK.sub(INK, token_content)).strip()


def segments(markdown: str) -> tuple[str, ...]:
    """The page's segments, in order, as shown (white space runs as one space, no empty ones)."""
    front = _FRONT_MATTER.match(markdown)
    body = _admonitions_as_paragraphs(markdown[front.end():] if front else markdown)
    plain = _plain_segments(body)
    return plain if plain is not None else _parsed_segments(body)


def _parsed_segments(body: str) -> tuple[str, ...]:
    """The segments as markdown-it-py reads the body."""
    out: list[str] = []
    for token in _parser().parse(body):
        if token.type not in _BLOCK_TEXT:
            continue
        if token.type == "inline":
            text = "".join(child.content for child in token.children or ()
                           if child.type in ("text", "code_inline", "softbreak", "hardbreak") or not child.children)
        else:
            text = token.content
        plain = _plain(text)
        if plain:
            out.append(plain)
    return tuple(out)


_INLINE_MARKUP = re.compile(r"[\\`*_<&\[\]]")  # what may start inline markup (escapes, code, emphasis, links, HTML, entities)
_BLOCK_START = re.compile(r"[#>\-*+=|_~`<\t]|\d{1,9}[.)]|    ")  # a line that may open another kind of block
_HEADING = re.compile(r"#{1,6}(?:[ \t]+(.*?))?[ \t]*")
_DELIMITER_ROW = re.compile(r"\|(?:[ \t]*:?-+:?[ \t]*\|)+")


def _inline_plain(text: str) -> bool:
    return _INLINE_MARKUP.search(_MARK.sub("", text)) is None


def _plain_segments(body: str) -> tuple[str, ...] | None:
    """The segments of a body made only of ATX headings, paragraphs of plain text (marks allowed), lists
    of one-line items ("- ") and pipe tables, each block between blank lines — what Sumi's staged pages mostly are — read line by line
    as markdown-it-py reads them (tests/test_search_index.py checks that on every construct); None for
    anything else (then markdown-it-py reads it: `_parsed_segments`). Ten times faster than parsing."""
    if "\r" in body or "\f" in body or "\v" in body:
        return None
    out: list[str] = []
    block: list[str] = []
    for line in [*body.split("\n"), ""]:
        if line.strip(" \t"):
            block.append(line)
            continue
        if not block:
            continue
        first = block[0].lstrip(" ")
        if len(block[0]) - len(first) > 3:
            return None
        if first.startswith("#"):
            heading = _HEADING.fullmatch(first)
            if len(block) > 1 or heading is None or (heading.group(1) or "").endswith("#"):
                return None
            cells = [heading.group(1) or ""]
        elif first.startswith("|"):
            rows = [line.strip(" \t") for line in block]
            if (len(rows) < 2 or _DELIMITER_ROW.fullmatch(rows[1]) is None
                    or not all(len(row) > 1 and row.startswith("|") and row.endswith("|") for row in rows)):
                return None
            split = [row[1:-1].split("|") for row in rows]
            if any(len(row) != len(split[0]) for row in split):
                return None
            cells = [cell.strip(" \t") for row in (split[0], *split[2:]) for cell in row]
        elif first.startswith("-"):
            if first is not block[0] or not all(line.startswith("- ") and not _BLOCK_START.match(line[2:])
                                                for line in block):
                return None
            cells = [line[2:].strip() for line in block]
        else:
            if any(_BLOCK_START.match(line.lstrip(" ") if i else first) for i, line in enumerate(block)):
                return None
            last = len(block) - 1
            cells = ["".join((line.lstrip(" \t") if i else line).rstrip(" ") if i < last else
                             (line.lstrip(" \t") if i else line) for i, line in enumerate(block)).strip()]
        for cell in cells:
            if not _inline_plain(cell):
                return None
            text = _plain(cell)
            if text:
                out.append(text)
        block = []
    return tuple(out)


def searchable(segment: str) -> str:
    """What a query is compared with: the segment in `squash` form."""
    return squash(segment)


_JOIN = "\ue000"  # a private-use character: its own NFKC form, composes with nothing, neither space nor format


def searchable_all(page_segments: Sequence[str]) -> list[str]:
    """`searchable` of each segment, the page's segments normalized together (one call instead of hundreds)."""
    joined = _JOIN.join(page_segments)
    if _JOIN in "".join(page_segments):
        return [searchable(s) for s in page_segments]
    return squash(joined).split(_JOIN) if page_segments else []
