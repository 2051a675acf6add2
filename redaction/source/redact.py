"""Redaction: one pass over a lexed source text decides what is published, and records why.

`decide()` is the only place that decides what is withheld: whether each tag's text is
published. `decisions()` turns its answers into the audit ledger's rows, and `redact()` cuts
the text by them into segments that lie end to end (text, an escaped marker, tag syntax, a
published tag text, a withheld tag), each with its tag and decision. Everything public is
drawn from those segments:

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

import html
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from redaction.core.config import Category, SumiConfig
from redaction.source.marks import withheld_title
from redaction.source.tags import Lexed, Tag

INK = "■■■"
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_INLINE = re.compile(r"\\(.)|[*_`~]")  # a backslash escape keeps its character; bare markup goes
_MARKUP_CHAR = re.compile(r"[&\[\\*_`~]")  # a character html.unescape, _MD_LINK or _MD_INLINE needs to change a text

# What a segment is, for the public:
TEXT = "text"              # published as written
ESCAPE = "escape"          # \[[ or \]]: published as the bare marker
MARKUP = "markup"          # the syntax of a published tag ([[CATEGORY:, ]], a disclosed block's ::: lines): dropped
PUBLISHED = "published"    # the text of a published tag: its `until` date has come, or it was reviewed public
WITHHELD = "withheld"      # a withheld tag, whole (a block with all it holds): a mark or a notice stands for it


def placeholder(category: str) -> str:
    """The staging form of an inline mark: no withheld character, only the category id."""
    return f"[[■{category}]]"


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


class Segment(NamedTuple):
    """One stretch [start, end) of a lexed text and what the public gets of it.

    A named tuple, not a frozen dataclass: a long text has thousands, made on every build,
    and a tuple is made several times faster.
    """

    start: int
    end: int
    kind: str                 # TEXT, ESCAPE, MARKUP, PUBLISHED or WITHHELD
    tag: Tag | None = None    # the tag of a MARKUP, PUBLISHED or WITHHELD segment
    state: str = ""           # the decision for that tag: "withheld", "disclosed" (its `until` date
                              # has come) or "public" (reviewed public); "" for TEXT and ESCAPE


@dataclass(frozen=True)
class Redacted:
    """A lexed text after the redaction pass: its segments, end to end, and the decision for every tag."""

    lexed: Lexed
    disclosed: tuple[bool, ...]         # per tag of lexed.tags: is its text published?
    segments: tuple[Segment, ...]

    def public(self, config: SumiConfig, *, form: str) -> str:
        """The public text; `form` is "markdown" or "plain"."""
        text = self.lexed.text
        return "".join([text[s.start:s.end] if s.kind is TEXT else public_form(s, text, config, form)
                        for s in self.segments])

    def decisions(self, document: str, field: str) -> list[Redaction]:
        """The ledger rows, one per tag, in the order of lexed.tags."""
        return _rows(self.lexed, self.disclosed, document, field)


def is_disclosed(tag: Tag, today: date) -> bool:
    """An `until` date on or before today publishes the text."""
    return tag.kind == "public" or (tag.until is not None and tag.until <= today)


def decide(lexed: Lexed, today: date) -> tuple[bool, ...]:
    """Whether each tag's text is published, in the order of lexed.tags: the one rule of what is withheld.

    A tag's text is published when it is reviewed public or its `until` date has come; an
    inline tag inside a block only when the block's text is published too.
    """
    disclosed: list[bool] = []
    block_disclosed = True                      # the block that the tags since the last block are in
    for tag in lexed.tags:                      # in order of start; a block before the tags inside it
        published = is_disclosed(tag, today)
        if tag.kind == "block":
            block_disclosed = published
        elif tag.in_block:
            published = published and block_disclosed
        disclosed.append(published)
    return tuple(disclosed)


def redact(lexed: Lexed, today: date) -> Redacted:
    """The one redaction pass: decide every tag of a text, and cut the text into segments.

    Whatever a withheld block holds (tags and escapes included) is part of its one WITHHELD segment.
    """
    text = lexed.text
    if not lexed.tags and not lexed.escapes:
        return Redacted(lexed, (), (Segment(0, len(text), TEXT),) if text else ())
    disclosed = decide(lexed, today)
    cuts: list[Segment] = []
    covered: list[tuple[int, int]] = []         # withheld blocks: whatever starts inside is covered
    for tag, published in zip(lexed.tags, disclosed, strict=True):
        if covered and tag.start < covered[-1][1]:
            continue
        if not published:
            cuts.append(Segment(tag.start, tag.end, WITHHELD, tag, "withheld"))
            if tag.kind == "block":
                covered.append((tag.start, tag.end))
            continue
        state = "public" if tag.kind == "public" else "disclosed"
        cuts.append(Segment(tag.start, tag.text_start, MARKUP, tag, state))
        if tag.kind != "block":                 # a disclosed block's content is text with its own tags
            cuts.append(Segment(tag.text_start, tag.text_end, PUBLISHED, tag, state))
        cuts.append(Segment(tag.text_end, tag.end, MARKUP, tag, state))
    cuts += [Segment(e.start, e.start + 1 + len(e.marker), ESCAPE) for e in lexed.escapes
             if not any(start <= e.start < end for start, end in covered)]
    cuts.sort(key=_start)
    segments: list[Segment] = []
    cursor = 0
    for cut in cuts:
        if cut.start > cursor:
            segments.append(Segment(cursor, cut.start, TEXT))
        if cut.end > cut.start or cut.kind == WITHHELD:
            segments.append(cut)
        cursor = cut.end
    if cursor < len(text):
        segments.append(Segment(cursor, len(text), TEXT))
    return Redacted(lexed, disclosed, tuple(segments))


def _start(segment: Segment) -> int:
    return segment.start


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
    return _rows(lexed, decide(lexed, today), document, field)


def _rows(lexed: Lexed, disclosed: Sequence[bool], document: str, field: str) -> list[Redaction]:
    text = lexed.text
    return [Redaction(document, field, tag.line, tag.col, tag.kind, tag.category, tag.until, published,
                      tag.note, text[tag.text_start:tag.text_end], tag.in_block)
            for tag, published in zip(lexed.tags, disclosed, strict=True)]


def public_text(lexed: Lexed, today: date, config: SumiConfig, *, form: str) -> str:
    """The text with every withheld passage replaced; `form` is "markdown" or "plain"."""
    return redact(lexed, today).public(config, form=form)


def _block_notice(category: Category, form: str) -> str:
    if form == "plain":
        return f"{INK}（非公開：{category.label}）"
    return (f'\n!!! sumi-withheld "{withheld_title(category.label)}"\n'
            f"    {notice_sentence(category)}\n\n")


def withheld_needles(rows: Sequence[Redaction], *, block_min_chars: int = 10,
                     inline_min_chars: int = 2, fresh: bool = False) -> list[tuple[str, Redaction]]:
    """The texts the leak scan looks for, each with the row it came from.

    An inline text is one needle. A block is split into its lines and table cells, and only
    pieces of at least `block_min_chars` characters are looked for: a short cell such as
    「氏名」 also stands in public text, and would stop every build for nothing.
    `fresh`: the forms worked out here, never taken from the memo the source cache seeds
    (`known_forms`) — the leak scan, the last guard, trusts no cache for what it looks for.
    """
    texts = list(_withheld_texts(rows))
    forms = fresh_forms([text for _, text in texts]).__getitem__ if fresh else needle_forms
    needles: list[tuple[str, Redaction]] = []
    for row, text in texts:
        if row.kind == "inline":
            needles.extend((needle, row) for needle in forms(text) if len(needle) >= inline_min_chars)
            continue
        for piece in forms(text):
            if len(piece) >= block_min_chars and "[[" not in piece:
                needles.append((piece, row))
    return needles


def _withheld_texts(rows: Sequence[Redaction]) -> Iterator[tuple[Redaction, str]]:
    """Each withheld inline text, and each line's table cell of a withheld block, with its row."""
    for row in rows:
        if not row.withheld:
            continue
        if row.kind == "inline":
            yield row, row.text
            continue
        for line in row.text.splitlines():
            for cell in line.split("|"):
                yield row, cell.strip().lstrip("#>*-+0123456789.）) ")


def forms_of(rows: Sequence[Redaction]) -> dict[str, tuple[str, ...]]:
    """The `needle_forms` of every text `withheld_needles` asks for these rows (kept with a cached document)."""
    return {text: needle_forms(text) for _, text in _withheld_texts(rows)}


def known_forms(forms: Mapping[str, tuple[str, ...]]) -> None:
    """Forms worked out before (`forms_of`, by the same code: the source cache's entries are named by it)."""
    _FORMS.update(forms)


_FORMS: dict[str, tuple[str, ...]] = {}   # the check and the leak scan of one build ask for the same texts


def needle_forms(text: str) -> tuple[str, ...]:
    """A withheld text as written and as a reader sees it once rendered, both squashed (`[0]`: as written).

    `[[personal: **山田**太郎]]` hides 「山田太郎」: a text written with Markdown emphasis, code
    spans, backslash escapes, links or character references is also looked for without them.
    """
    known = _FORMS.get(text)
    if known is None:
        known = _FORMS[text] = _needle_forms(text)
    return known


def fresh_forms(texts: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """`_needle_forms` of each text, all worked out here (none from the memo), each distinct text once and
    their squashing in one pass (`squash_each`): what the leak scan looks for, at 10,000 documents in about
    a third of the time of a call per text. A text with markup characters is worked out alone."""
    from redaction.core.normalize import squash_each

    distinct = list(dict.fromkeys(texts))
    plain = (distinct if _MARKUP_CHAR.search("".join(distinct)) is None
             else [text for text in distinct if _MARKUP_CHAR.search(text) is None])
    forms = {text: (written,) for text, written in zip(plain, squash_each(plain), strict=True)}
    return forms | {text: _needle_forms(text) for text in distinct if text not in forms}


def _needle_forms(text: str) -> tuple[str, ...]:
    from redaction.core.normalize import squash

    written = squash(text)
    if _MARKUP_CHAR.search(text) is None:   # nothing for the three substitutions to change: read as written
        return (written,)
    rendered = _MD_INLINE.sub(lambda m: m.group(1) or "", _MD_LINK.sub(r"\1", html.unescape(text)))
    read = squash(rendered)
    return (written,) if read == written else (written, read)
