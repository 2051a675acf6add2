"""Side-by-side alignment of a source text and its public text, one source line per row.

The public text is produced from the same Lexed as the published page (the same decisions as
redact.public_text), but each piece is anchored to the source offset it comes from, so that
every source line has the public rendering of that line beside it. A replaced passage (a
placeholder, a block notice) stands on the line where its tag starts; the further lines it
covered stay empty on the public side.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from redaction.auditing.ledger import LedgerRow, ledger_row
from redaction.config import SumiConfig
from redaction.redact import INK, decisions, is_disclosed
from redaction.tags import Lexed, Tag


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
class Segment:
    text: str
    css: str = ""          # "", "withheld", "disclosed", "public", plus " markup" for tag syntax
    mark: int | None = None  # a Mark number: its badge stands before this segment
    kind: str = "text"     # "text", "placeholder" (inline mark) or "notice" (withheld block)


@dataclass(frozen=True)
class AlignedLine:
    field: str
    line: int              # file line of the source line
    source: tuple[Segment, ...]
    public: tuple[Segment, ...]

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
          transform: Callable[[str], str] | None = None) -> tuple[list[AlignedLine], list[Mark]]:
    """The aligned lines of one lexed text, and its marks numbered from `first_mark`.

    `transform` is applied to public literal text (the speaker-name policy of the page body).
    """
    rows = [ledger_row(r, config, today) for r in decisions(lexed, document, field, today)]
    marks = [Mark(first_mark + i, row, _state(row)) for i, row in enumerate(rows)]
    lines = _Lines(lexed.text)
    source = _source_segments(lexed, marks, lines)
    public = _public_segments(lexed, marks, lines, today, config, transform or (lambda s: s))
    aligned = [AlignedLine(field, lexed.first_line + i, tuple(source[i]), tuple(public[i]))
               for i in range(len(lines.starts))]
    return aligned, marks


def _source_segments(lexed: Lexed, marks: Sequence[Mark], lines: _Lines) -> list[list[Segment]]:
    text, tags = lexed.text, lexed.tags
    owner = [-1] * len(text)  # the innermost tag covering each character
    for index, tag in sorted(enumerate(tags), key=lambda item: (item[1].start, -item[1].end)):
        for offset in range(tag.start, tag.end):
            owner[offset] = index
    starts = {tag.start: index for index, tag in enumerate(tags)}
    result: list[list[Segment]] = []
    for number in range(len(lines.starts)):
        begin, end = lines.starts[number], lines.end(number)
        segments: list[Segment] = []
        offset = begin
        while offset < end:
            current, markup = owner[offset], _is_markup(tags, owner[offset], offset)
            stop = offset + 1
            while (stop < end and owner[stop] == current and _is_markup(tags, current, stop) == markup
                   and stop not in starts):
                stop += 1
            css = "" if current < 0 else marks[current].state + (" markup" if markup else "")
            badge = marks[starts[offset]].number if offset in starts else None
            segments.append(Segment(text[offset:stop], css, badge))
            offset = stop
        result.append(segments)
    return result


def _is_markup(tags: Sequence[Tag], index: int, offset: int) -> bool:
    if index < 0:
        return False
    tag = tags[index]
    return offset < tag.text_start or offset >= tag.text_end


def _public_segments(lexed: Lexed, marks: Sequence[Mark], lines: _Lines, today: date, config: SumiConfig,
                     transform: Callable[[str], str]) -> list[list[Segment]]:
    """The same decisions as redact.public_text, anchored to source lines."""
    text, tags = lexed.text, lexed.tags
    result: list[list[Segment]] = [[] for _ in lines.starts]
    events: list[tuple[int, int, int, str]] = []  # start, end, tag index (-1: escape), what
    withheld_blocks = [t for t in tags if t.kind == "block" and not is_disclosed(t, today)]
    for index, tag in enumerate(tags):
        if any(b.start <= tag.start < b.end for b in withheld_blocks if b is not tag):
            continue
        if tag.kind == "block":
            if tag in withheld_blocks:
                events.append((tag.start, tag.end, index, "notice"))
            else:
                events.append((tag.start, tag.text_start, index, "drop"))
                events.append((tag.text_end, tag.end, index, "drop"))
        elif is_disclosed(tag, today):
            events.append((tag.start, tag.end, index, "disclosed"))
        else:
            events.append((tag.start, tag.end, index, "placeholder"))
    for escape in lexed.escapes:
        if not any(b.start <= escape.start < b.end for b in withheld_blocks):
            events.append((escape.start, escape.start + 3, -1, escape.marker))

    def literal(begin: int, end: int, css: str = "", mark: int | None = None) -> None:
        offset = begin
        while offset < end:
            number = lines.of(offset)
            stop = min(end, lines.end(number))
            if stop > offset:
                piece = text[offset:stop]
                result[number].append(Segment(transform(piece), css, mark))
                mark = None
            offset = stop + 1

    cursor = 0
    for start, end, index, what in sorted(events):
        literal(cursor, start)
        anchor = result[lines.of(start)]
        if what == "placeholder":
            label = config.categories[str(tags[index].category)].label
            anchor.append(Segment(f"{INK} 非公開（{label}）", "withheld", marks[index].number, "placeholder"))
        elif what == "notice":
            category = config.categories[str(tags[index].category)]
            anchor.append(Segment(f"{INK} 非公開（{category.label}）この部分は、{category.basis}に該当するため、"
                                  "非公開としています。", "withheld", marks[index].number, "notice"))
        elif what == "disclosed":
            tag = tags[index]
            literal(tag.text_start, tag.text_end, marks[index].state, marks[index].number)
        elif what != "drop":
            anchor.append(Segment(what))
        cursor = end
    literal(cursor, len(text))
    return result
