"""The searchable text of a staged minutes page: its paragraphs (segments), as a reader sees them.

The input is the staged public Markdown (the renderer's only input; withheld text is never in it).
markdown-it-py cuts it into blocks; every paragraph, heading, list item, table cell and
admonition (``!!! kind "title"`` and its indented body, Python-Markdown's syntax, which
CommonMark does not know) becomes one segment of plain text: inline markup is dropped, a mark
``[[■category]]`` reads ■■■ as on the page, white space runs become one space.

A search compares `squash` forms (redaction.normalize: NFKC, no white space or invisible
characters) — the same normalization as the leak scan — within one segment: a word never spans
two paragraphs or two table cells, as it never does on the page.
"""

from __future__ import annotations

import re
from functools import cache

from markdown_it import MarkdownIt

from redaction.markdown_ext import MARK_PATTERN
from redaction.normalize import squash
from redaction.redact import INK

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


def searchable(segment: str) -> str:
    """What a query is compared with: the segment in `squash` form."""
    return squash(segment)
