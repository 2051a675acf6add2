"""Records shared by the import steps: what a reader found in one file, before Markdown."""

from __future__ import annotations

from dataclasses import dataclass

from redaction.core.errors import Location, Problem


@dataclass(frozen=True)
class Mark:
    """A validated tag head from a Word comment: `head` is written into [[head: …]] or ::: redact head."""

    head: str            # e.g. 'personal until=2027-04-01 note="入札公告前"'
    key: str             # identity of the comment that gave it (two comments never merge into one block)
    public: bool = False  # [[public: …]]: reviewed public text, never a block


@dataclass(frozen=True)
class Span:
    """A piece of text, perhaps under a mark. A line break inside a paragraph is the text "\\n"."""

    text: str
    mark: Mark | None = None


@dataclass(frozen=True)
class Cell:
    spans: tuple[Span, ...]
    place: str


@dataclass(frozen=True)
class Block:
    """One body element: heading, paragraph, list item, table, or markdown (kept as written)."""

    kind: str                                 # "heading" | "paragraph" | "item" | "table" | "markdown"
    place: str                                # "段落 3 / paragraph 3" — where a message points
    spans: tuple[Span, ...] = ()
    level: int = 0                            # heading level (1-6) or list depth (0-based)
    ordered: bool = False                     # an item of a numbered list
    rows: tuple[tuple[Cell, ...], ...] = ()   # a table's rows

    def plain(self) -> str:
        """The block's text without marks (tables: cells joined by tabs, rows by newlines)."""
        if self.kind == "table":
            return "\n".join("\t".join(span_text(c.spans) for c in row) for row in self.rows)
        return span_text(self.spans)


def span_text(spans: tuple[Span, ...]) -> str:
    return "".join(s.text for s in spans)


@dataclass(frozen=True)
class Draft:
    """What a reader made of one file: blocks in order, problems and warnings, and its provenance."""

    name: str                                 # the file name as given (messages, provenance)
    kind: str                                 # "docx" | "html" | "text" | "markdown"
    sha256: str
    blocks: tuple[Block, ...] = ()
    problems: tuple[Problem, ...] = ()
    warnings: tuple[str, ...] = ()
    encoding: str | None = None               # text files: "utf-8", "utf-8-sig" or "cp932"
    images: int = 0                           # images left out (a warning: Sumi publishes none)


def place_problem(file: str, place: str, ja: str, en: str) -> Problem:
    """A Problem at a paragraph or cell: printed as `file: 段落 3: … / paragraph 3: …`."""
    ja_place, _, en_place = place.partition(" / ")
    prefix_ja = f"{ja_place}: " if ja_place else ""
    prefix_en = f"{en_place or ja_place}: " if place else ""
    return Problem(Location(file), prefix_ja + ja, prefix_en + en)


def paragraph_place(number: int) -> str:
    return f"第{number}段落 / paragraph {number}"


def cell_place(table: int, row: int, col: int) -> str:
    return f"表{table}の{row}行{col}列 / table {table}, row {row}, column {col}"


def line_place(line: int) -> str:
    return f"{line}行目 / line {line}"
