"""Operations on runs of marked text: cut at a pattern, trim, merge neighbours."""

from __future__ import annotations

import re
from collections.abc import Sequence

from redaction.importing.model import Span

Spans = tuple[Span, ...]
_SPACE = " \t\u3000"


def merge(spans: Sequence[Span]) -> Spans:
    """Join neighbouring spans under the same mark; drop empty ones."""
    out: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if out and out[-1].mark == span.mark:
            out[-1] = Span(out[-1].text + span.text, span.mark)
        else:
            out.append(span)
    return tuple(out)


def cut(spans: Sequence[Span], start: int, end: int) -> Spans:
    """The spans covering characters start…end of their joined text."""
    out: list[Span] = []
    offset = 0
    for span in spans:
        a, b = max(start, offset), min(end, offset + len(span.text))
        if a < b:
            out.append(Span(span.text[a - offset:b - offset], span.mark))
        offset += len(span.text)
    return merge(out)


def split(spans: Sequence[Span], pattern: re.Pattern[str]) -> list[Spans]:
    """Cut at every match of `pattern` over the joined text (the separators are dropped)."""
    text = "".join(s.text for s in spans)
    pieces: list[Spans] = []
    start = 0
    for match in pattern.finditer(text):
        pieces.append(cut(spans, start, match.start()))
        start = match.end()
    pieces.append(cut(spans, start, len(text)))
    return pieces


def strip(spans: Sequence[Span], chars: str = _SPACE) -> Spans:
    """Trim white space (or `chars`) at both ends, leaving marks in place."""
    text = "".join(s.text for s in spans)
    start = len(text) - len(text.lstrip(chars))
    end = len(text.rstrip(chars))
    return cut(spans, start, end) if start < end else ()


def join(lines: Sequence[Spans], separator: str) -> Spans:
    out: list[Span] = []
    for i, line in enumerate(lines):
        if i:
            out.append(Span(separator))
        out.extend(line)
    return merge(out)


def plain(spans: Sequence[Span]) -> str:
    return "".join(s.text for s in spans)


def marked(spans: Sequence[Span]) -> bool:
    return any(s.mark is not None for s in spans)
