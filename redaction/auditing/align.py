"""Side-by-side alignment of a source text and its public text, one source line per row.

The public column is drawn from the segments of the one redaction pass (redact.redact) that
the published page is drawn from, each anchored to the source offset it comes from, so that
every source line has the public rendering of that line beside it. A replaced passage (a
placeholder, a block notice) stands on the line where its tag starts; the further lines it
covered stay empty on the public side. Every public span also carries the Markdown it
stands for on the staged page, speaker names hidden as there: joined with the published line
breaks, the column is the staged text itself (tests/test_segments.py).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from redaction.auditing.ledger import LedgerRow, ledger_row
from redaction.core.config import Council, SumiConfig
from redaction.source.marks import withheld_title
from redaction.source.redact import (
    ESCAPE,
    INK,
    PUBLISHED,
    TEXT,
    WITHHELD,
    Redacted,
    notice_sentence,
    public_form,
    redact,
)
from redaction.source.speakers import name_replacements
from redaction.source.tags import Lexed, Tag

Replacement = tuple[int, int, str]   # start, end, new text: a speaker name hidden in the staged text


@dataclass(frozen=True)
class Mark:
    """One tag as the audit view shows it (numbered within its document)."""

    number: int
    row: LedgerRow
    state: str             # "withheld", "disclosed" (until date passed) or "public" (reviewed public)

    @property
    def location(self) -> str:
        return f"{self.row.document}:{self.row.line}:{self.row.column}"


@dataclass(frozen=True)
class Span:
    """A stretch of one column's cell as the auditor sees it (a redaction Segment, on the public side)."""

    text: str
    css: str = ""          # "", "withheld", "disclosed", "public", plus " markup" for tag syntax
    mark: int | None = None  # a Mark number: its badge stands before this span
    kind: str = "text"     # "text", "placeholder" (inline mark) or "notice" (withheld block)
    staged: str = ""       # public side: the Markdown this span stands for on the staged page


@dataclass(frozen=True)
class AlignedLine:
    field: str
    line: int              # file line of the source line
    source: tuple[Span, ...]
    public: tuple[Span, ...]
    public_break: bool = False   # the line break that ends this source line is published too

    @property
    def differs(self) -> bool:
        return "".join(s.text for s in self.source) != "".join(s.text for s in self.public)


def _state(row: LedgerRow) -> str:
    if row.kind == "public":
        return "public"
    return "withheld" if row.withheld else "disclosed"


class _Lines:
    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def end(self, index: int) -> int:
        return self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.text)


def align(lexed: Lexed, field: str, document: str, today: date, config: SumiConfig, first_mark: int,
          council: Council | None = None) -> tuple[list[AlignedLine], list[Mark]]:
    """The aligned lines of one lexed text, and its marks numbered from `first_mark`.

    `council` is given for the page body: its speaker-name policy applies, as on the page.
    """
    redacted = redact(lexed, today)
    rows = [ledger_row(r, config, today) for r in redacted.decisions(document, field)]
    marks = [Mark(first_mark + i, row, _state(row)) for i, row in enumerate(rows)]
    lines = _Lines(lexed.text)
    source = _source_segments(lexed, marks, lines)
    numbers = {tag.start: mark.number for tag, mark in zip(lexed.tags, marks, strict=True)}
    public, breaks = _public_segments(redacted, numbers, lines, config, council)
    aligned = [AlignedLine(field, lexed.first_line + i, tuple(source[i]), tuple(public[i]), breaks[i])
               for i in range(len(lines.starts))]
    return aligned, marks


def _source_segments(lexed: Lexed, marks: Sequence[Mark], lines: _Lines) -> list[list[Span]]:
    text, tags = lexed.text, lexed.tags
    owner = [-1] * len(text)  # the innermost tag covering each character
    for index, tag in sorted(enumerate(tags), key=lambda item: (item[1].start, -item[1].end)):
        for offset in range(tag.start, tag.end):
            owner[offset] = index
    starts = {tag.start: index for index, tag in enumerate(tags)}
    result: list[list[Span]] = []
    for number in range(len(lines.starts)):
        begin, end = lines.starts[number], lines.end(number)
        segments: list[Span] = []
        offset = begin
        while offset < end:
            current, markup = owner[offset], _is_markup(tags, owner[offset], offset)
            stop = offset + 1
            while (stop < end and owner[stop] == current and _is_markup(tags, current, stop) == markup
                   and stop not in starts):
                stop += 1
            css = "" if current < 0 else marks[current].state + (" markup" if markup else "")
            badge = marks[starts[offset]].number if offset in starts else None
            segments.append(Span(text[offset:stop], css, badge))
            offset = stop
        result.append(segments)
    return result


def _is_markup(tags: Sequence[Tag], index: int, offset: int) -> bool:
    if index < 0:
        return False
    tag = tags[index]
    return offset < tag.text_start or offset >= tag.text_end


def _public_segments(redacted: Redacted, numbers: dict[int, int], lines: _Lines, config: SumiConfig,
                     council: Council | None) -> tuple[list[list[Span]], list[bool]]:
    """The redaction pass's segments, anchored to source lines, and which line breaks are published."""
    text = redacted.lexed.text
    staged = [public_form(segment, text, config, "markdown") for segment in redacted.segments]
    replacements = name_replacements("".join(staged), council) if council is not None else []
    stops = [stop for _, stop, _ in replacements]
    result: list[list[Span]] = [[] for _ in lines.starts]
    breaks = [False] * len(lines.starts)
    position = 0                       # where the segment starts in the staged text
    for segment, markdown in zip(redacted.segments, staged, strict=True):
        anchor = result[lines.of(segment.start)]
        if segment.kind in (TEXT, PUBLISHED):
            mark = numbers[segment.tag.start] if segment.tag is not None else None
            offset = segment.start
            while offset < segment.end:
                number = lines.of(offset)
                stop = min(segment.end, lines.end(number))
                shown = _rewrite(text[offset:stop], position + offset - segment.start, replacements, stops)
                if shown or (mark is not None and stop > offset):   # a name hidden across pieces leaves some empty
                    result[number].append(Span(shown, segment.state, mark, staged=shown))
                    mark = None
                breaks[number] = breaks[number] or stop < segment.end
                offset = stop + 1
        elif segment.kind == ESCAPE:
            anchor.append(Span(text[segment.start + 1:segment.end], staged=markdown))
        elif segment.kind == WITHHELD:
            assert segment.tag is not None
            category = config.categories[str(segment.tag.category)]
            shown, kind = (f"{INK} {withheld_title(category.label)}", "placeholder")
            if segment.tag.kind == "block":
                shown, kind = f"{shown}{notice_sentence(category)}", "notice"
            anchor.append(Span(shown, "withheld", numbers[segment.tag.start], kind, staged=markdown))
        position += len(markdown)
    return result, breaks


def _rewrite(piece: str, at: int, replacements: Sequence[Replacement], stops: Sequence[int]) -> str:
    """A piece of the staged text that starts at `at`, with the replacements that touch it made.

    A replacement's new text stands in the piece where it starts; the characters it replaces
    are left out of every piece they lie in, so that the pieces joined are the text rewritten.
    """
    end = at + len(piece)
    first = bisect.bisect_right(stops, at)    # the first replacement that ends after `at`
    out: list[str] = []
    cursor = at
    for start, stop, new in replacements[first:]:
        if start >= end:
            break
        out.append(piece[cursor - at:max(cursor, start) - at])
        if start >= at:
            out.append(new)
        cursor = min(max(cursor, stop), end)
    out.append(piece[cursor - at:])
    return "".join(out)
