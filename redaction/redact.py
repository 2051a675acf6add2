"""Redaction: one pass over a lexed source text decides what is published, and records why.

`redact()` is the only place that decides what is withheld. It yields the text as segments
that lie end to end (text, an escaped marker, tag syntax, a published tag text, a withheld
tag) together with one decision per tag (the audit ledger's rows). Everything public is drawn
from those segments:

- the public Markdown (`Redacted.public`), in two forms: "markdown" for page bodies and
  header cells, where an inline withheld text becomes the placeholder ``[[■CATEGORY]]``
  (drawn as a labelled mark by markdown_ext.py) and a withheld block a notice naming the
  category and legal basis; "plain" for titles, nav and metadata, where no markup is
  possible: ``■■■``;
- the checks' length-preserving masked views (mask.py);
- the audit's side-by-side columns (auditing/align.py).

The withheld text itself never enters any public form. See docs/dev/architecture.md,
"One redaction pass".
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from redaction.config import Category, SumiConfig
from redaction.tags import Lexed, Tag

INK = "■■■"
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_INLINE = re.compile(r"\\(.)|[*_`~]")  # a backslash escape keeps its character; bare markup goes

# What a segment is, for the public:
TEXT = "text"              # published as written
ESCAPE = "escape"          # \[[ or \]]: published as the bare marker
MARKUP = "markup"          # the syntax of a published tag ([[CATEGORY:, ]], a disclosed block's ::: lines): dropped
PUBLISHED = "published"    # the text of a published tag: its `until` date has come, or it was reviewed public
WITHHELD = "withheld"      # a withheld tag, whole (a block with all it holds): a mark or a notice stands for it


def placeholder(category: str) -> str:
    """The staging form of an inline mark: no withheld character, only the category id."""
    return f"[[■{category}]]"


def withheld_title(category: Category) -> str:
    """What a withheld passage is called where it stood: 「非公開（個人情報）」."""
    return f"非公開（{category.label}）"


def notice_sentence(category: Category) -> str:
    """The sentence of a withheld block's notice: why the passage is not published."""
    return f"この部分は、{category.basis}に該当するため、非公開としています。"


@dataclass(frozen=True)
class Redaction:
    """One tag and what was decided for it: a row of the audit ledger."""

    document: str          # source path relative to the content folder
    field: str             # "body", "title", "agenda[2]", …
    line: int
    col: int
    kind: str              # "inline", "block" or "public"
    category: str | None
    until: date | None
    disclosed: bool        # True: published (an `until` date reached, or reviewed public)
    note: str | None
    text: str              # the source text under the tag
    in_block: bool         # an inline tag inside a block (covered by the block when withheld)

    @property
    def withheld(self) -> bool:
        return not self.disclosed and self.kind != "public"

    @property
    def counted(self) -> bool:
        """Counted as a withheld passage on the page (inner tags of a withheld block are not)."""
        return self.withheld and not self.in_block


@dataclass(frozen=True)
class Segment:
    """One stretch [start, end) of a lexed text and what the public gets of it."""

    start: int
    end: int
    kind: str                           # TEXT, ESCAPE, MARKUP, PUBLISHED or WITHHELD
    tag: Tag | None = None              # the tag of a MARKUP, PUBLISHED or WITHHELD segment
    decision: Redaction | None = None   # what was decided for that tag

    @property
    def state(self) -> str:
        """The decision in a word: withheld, disclosed (an `until` date has come), public (reviewed public); "" untagged."""
        if self.decision is None:
            return ""
        if self.decision.kind == "public":
            return "public"
        return "withheld" if self.decision.withheld else "disclosed"


@dataclass(frozen=True)
class Redacted:
    """A lexed text after the redaction pass: its segments, end to end, and one decision per tag."""

    lexed: Lexed
    decisions: tuple[Redaction, ...]    # in the order of lexed.tags
    segments: tuple[Segment, ...]

    def public(self, config: SumiConfig, *, form: str) -> str:
        """The public text; `form` is "markdown" or "plain"."""
        return "".join(public_form(segment, self.lexed.text, config, form) for segment in self.segments)


def is_disclosed(tag: Tag, today: date) -> bool:
    """An `until` date on or before today publishes the text."""
    return tag.kind == "public" or (tag.until is not None and tag.until <= today)


def redact(lexed: Lexed, today: date, *, document: str = "", field: str = "") -> Redacted:
    """The one redaction pass: decide every tag of a text, and cut the text into segments."""
    rows = _decide(lexed, document, field, today)
    return Redacted(lexed, tuple(rows), tuple(_segments(lexed, rows)))


def _decide(lexed: Lexed, document: str, field: str, today: date) -> list[Redaction]:
    """One decision per tag. An inline tag inside a block is published only when both are."""
    rows: list[Redaction] = []
    blocks = [t for t in lexed.tags if t.kind == "block"]
    for tag in lexed.tags:
        disclosed = is_disclosed(tag, today)
        if tag.in_block:
            outer = next(b for b in blocks if b.start <= tag.start < b.end)
            disclosed = disclosed and is_disclosed(outer, today)
        rows.append(Redaction(document, field, tag.line, tag.col, tag.kind, tag.category, tag.until,
                              disclosed, tag.note, lexed.text[tag.text_start:tag.text_end], tag.in_block))
    return rows


def _segments(lexed: Lexed, rows: Sequence[Redaction]) -> list[Segment]:
    """The text cut into segments that lie end to end; what a withheld block covers is one segment."""
    cuts: list[Segment] = []
    covered: list[tuple[int, int]] = []         # withheld blocks: whatever starts inside is covered
    for tag, row in zip(lexed.tags, rows, strict=True):
        if covered and covered[-1][0] <= tag.start < covered[-1][1]:
            continue
        if row.withheld:
            cuts.append(Segment(tag.start, tag.end, WITHHELD, tag, row))
            if tag.kind == "block":
                covered.append((tag.start, tag.end))
        elif tag.kind == "block":               # disclosed: its ::: lines go, what it holds is text with its own tags
            cuts += [Segment(tag.start, tag.text_start, MARKUP, tag, row), Segment(tag.text_end, tag.end, MARKUP, tag, row)]
        else:
            cuts += [Segment(tag.start, tag.text_start, MARKUP, tag, row),
                     Segment(tag.text_start, tag.text_end, PUBLISHED, tag, row),
                     Segment(tag.text_end, tag.end, MARKUP, tag, row)]
    cuts += [Segment(e.start, e.start + 1 + len(e.marker), ESCAPE) for e in lexed.escapes
             if not any(start <= e.start < end for start, end in covered)]
    segments: list[Segment] = []
    cursor = 0
    for cut in sorted(cuts, key=lambda s: s.start):
        if cut.start > cursor:
            segments.append(Segment(cursor, cut.start, TEXT))
        if cut.end > cut.start or cut.kind == WITHHELD:
            segments.append(cut)
        cursor = cut.end
    if cursor < len(lexed.text):
        segments.append(Segment(cursor, len(lexed.text), TEXT))
    return segments


def public_form(segment: Segment, text: str, config: SumiConfig, form: str) -> str:
    """What one segment of `text` becomes in the public text of a form ("markdown" or "plain")."""
    if segment.kind in (TEXT, PUBLISHED):
        return text[segment.start:segment.end]
    if segment.kind == ESCAPE:
        marker = text[segment.start + 1:segment.end]
        return "\\" + "\\".join(marker) if form == "markdown" else marker
    if segment.kind == MARKUP:
        return ""
    tag = segment.tag
    assert tag is not None
    if tag.kind == "block":
        return _block_notice(config.categories[str(tag.category)], form)
    return placeholder(str(tag.category)) if form == "markdown" else INK


def decisions(lexed: Lexed, document: str, field: str, today: date) -> list[Redaction]:
    """The ledger rows of one lexed text."""
    return list(redact(lexed, today, document=document, field=field).decisions)


def public_text(lexed: Lexed, today: date, config: SumiConfig, *, form: str) -> str:
    """The text with every withheld passage replaced; `form` is "markdown" or "plain"."""
    return redact(lexed, today).public(config, form=form)


def _block_notice(category: Category, form: str) -> str:
    if form == "plain":
        return f"{INK}（非公開：{category.label}）"
    return (f'\n!!! sumi-withheld "{withheld_title(category)}"\n'
            f"    {notice_sentence(category)}\n\n")


def withheld_needles(rows: Sequence[Redaction], *, block_min_chars: int = 10,
                     inline_min_chars: int = 2) -> list[tuple[str, Redaction]]:
    """The texts the leak scan looks for, each with the row it came from.

    An inline text is one needle. A block is split into its lines and table cells, and only
    pieces of at least `block_min_chars` characters are looked for: a short cell such as
    「氏名」 also stands in public text, and would stop every build for nothing.
    """
    needles: list[tuple[str, Redaction]] = []
    for row in rows:
        if not row.withheld:
            continue
        if row.kind == "inline":
            needles.extend((needle, row) for needle in needle_forms(row.text) if len(needle) >= inline_min_chars)
            continue
        for line in row.text.splitlines():
            for cell in line.split("|"):
                for piece in needle_forms(cell.strip().lstrip("#>*-+0123456789.）) ")):
                    if len(piece) >= block_min_chars and "[[" not in piece:
                        needles.append((piece, row))
    return needles


@functools.cache  # the check and the leak scan of one build ask for the same texts
def needle_forms(text: str) -> tuple[str, ...]:
    """A withheld text as written and as a reader sees it once rendered, both squashed.

    `[[personal: **山田**太郎]]` hides 「山田太郎」: a text written with Markdown emphasis, code
    spans, backslash escapes, links or character references is also looked for without them.
    """
    from redaction.normalize import squash

    rendered = _MD_INLINE.sub(lambda m: m.group(1) or "", _MD_LINK.sub(r"\1", html.unescape(text)))
    written, read = squash(text), squash(rendered)
    return (written,) if read == written else (written, read)
