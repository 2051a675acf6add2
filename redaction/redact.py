"""Redaction: from a lexed source text to public text, with a record of every decision.

Two public forms of a text:
- "markdown": for page bodies and header cells. An inline withheld text becomes the
  placeholder ``[[■CATEGORY]]``, which the Markdown extension (markdown_ext.py) draws as a
  labelled mark; a withheld block becomes a notice naming the category and legal basis.
- "plain": for titles, nav and metadata, where no markup is possible: ``■■■``.

The withheld text itself never enters either form.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from redaction.config import SumiConfig
from redaction.tags import Lexed, Tag

INK = "■■■"
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_INLINE = re.compile(r"\\(.)|[*_`~]")  # a backslash escape keeps its character; bare markup goes


def placeholder(category: str) -> str:
    """The staging form of an inline mark: no withheld character, only the category id."""
    return f"[[■{category}]]"


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


def is_disclosed(tag: Tag, today: date) -> bool:
    """An `until` date on or before today publishes the text."""
    return tag.kind == "public" or (tag.until is not None and tag.until <= today)


def decisions(lexed: Lexed, document: str, field: str, today: date) -> list[Redaction]:
    """The ledger rows of one lexed text."""
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


def public_text(lexed: Lexed, today: date, config: SumiConfig, *, form: str) -> str:
    """The text with every withheld passage replaced; `form` is "markdown" or "plain"."""
    text = lexed.text
    pieces: list[str] = []
    cursor = 0
    events: list[tuple[int, int, str]] = []  # start, end, replacement
    withheld_blocks = [t for t in lexed.tags if t.kind == "block" and not is_disclosed(t, today)]
    for tag in lexed.tags:
        if any(b.start <= tag.start < b.end for b in withheld_blocks if b is not tag):
            continue
        if tag.kind == "block":
            if tag in withheld_blocks:
                events.append((tag.start, tag.end, _block_notice(tag, config, form)))
            else:  # disclosed block: drop the ::: lines, keep the content (its own tags still apply)
                events.append((tag.start, tag.text_start, ""))
                events.append((tag.text_end, tag.end, ""))
        elif is_disclosed(tag, today):
            events.append((tag.start, tag.end, text[tag.text_start:tag.text_end]))
        else:
            events.append((tag.start, tag.end, placeholder(str(tag.category)) if form == "markdown" else INK))
    for escape in lexed.escapes:
        if any(b.start <= escape.start < b.end for b in withheld_blocks):
            continue
        literal = escape.marker
        events.append((escape.start, escape.start + 3,
                       "\\" + "\\".join(literal) if form == "markdown" else literal))
    for start, end, replacement in sorted(events):
        pieces.append(text[cursor:start])
        pieces.append(replacement)
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _block_notice(tag: Tag, config: SumiConfig, form: str) -> str:
    category = config.categories[str(tag.category)]
    if form == "plain":
        return f"{INK}（非公開：{category.label}）"
    return (f'\n!!! sumi-withheld "非公開（{category.label}）"\n'
            f"    この部分は、{category.basis}に該当するため、非公開としています。\n\n")


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
