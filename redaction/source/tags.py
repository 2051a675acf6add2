"""The tag lexer of source format v1: inline tags, blocks, escapes — and every near miss.

Syntax (a contract: docs/dev/architecture.md, "Source format (version 1)")::

    [[CATEGORY: withheld text]]          inline; the colon may be full-width (：)
    [[tender until=2027-04-01 note="入札公告前": 予定価格 1,200万円]]
    [[public: 042-000-1111]]             reviewed public: published as plain text
    ::: redact CATEGORY   (or ::: 非公開 CATEGORY)
    … withheld lines …
    :::
    \\[[                                  a literal [[  (and \\]] a literal ]])

The lexer never fails open: anything that looks like a tag but does not parse is a
ContentError at file:line:col. It only finds tags; what to publish is decided in redact.py.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from redaction.core import clerk_messages as say
from redaction.core.clerk_messages import Message
from redaction.core.errors import ContentError, Problem

PUBLIC = "public"
BLOCK_WORDS = ("redact", "非公開")
_BLOCK_LINE = re.compile(r"^[ \t]{0,3}(:::|：：：)(.*?)[ \t]*$")
_BLOCK_OPEN = re.compile(r"^[ \t]+(redact|非公開)[ \t]+(\S.*)$")
_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n")
_MARKERS = re.compile(r"\\?(\[\[|\]\]|［［|］］)")
_KEY_VALUE = re.compile(r'([A-Za-z_]+)=("[^"\n]*"|[^\s"]*)')
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TAG_CHARACTERS = re.compile(r"[\[\]［］]|:::|：：：")  # a text without any holds no tag, escape or near miss


@dataclass(frozen=True)
class Tag:
    """One tag as written in the source. Offsets index the lexed text; line/col are 1-based."""

    kind: str                 # "inline", "block" or "public"
    category: str | None      # category id; None for "public"
    until: date | None
    note: str | None
    start: int                # first character of the tag ([[ or the ::: line)
    end: int                  # one past its last character (]] or the closing ::: line)
    text_start: int           # the withheld (or reviewed public) text
    text_end: int
    line: int
    col: int
    in_block: bool = False    # an inline tag inside a block


@dataclass(frozen=True)
class Escape:
    """A backslash that makes the following [[ or ]] literal."""

    start: int                # the backslash
    marker: str               # "[[" or "]]"


@dataclass(frozen=True)
class Lexed:
    text: str
    tags: tuple[Tag, ...]
    escapes: tuple[Escape, ...]
    first_line: int = 1       # file position of text[0], for messages about any offset
    first_col: int = 1

    def position(self, offset: int) -> tuple[int, int]:
        """The file line:col of an offset into `text`."""
        return _Positions(self.text, self.first_line, self.first_col).at(offset)


CategoryLookup = Callable[[str], "str | None"]


class _Positions:
    """Maps offsets of a text to file line:col."""

    def __init__(self, text: str, first_line: int, first_col: int) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.first_line = first_line
        self.first_col = first_col

    def at(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.starts, offset) - 1
        col = offset - self.starts[index] + 1
        if index == 0:
            col += self.first_col - 1
        return self.first_line + index, col


@functools.lru_cache(maxsize=8)
def _single_bracket_pattern(near_miss_words: tuple[str, ...]) -> re.Pattern[str] | None:
    """`[personal: …]`, a tag written with single brackets (a typo to report)."""
    words = sorted({re.escape(w) for w in near_miss_words if w}, key=len, reverse=True)
    return re.compile(r"(?<![\[\\])\[[ \t]*(?:" + "|".join(words) + r")\b[^\]\n]*?[:：]") if words else None


class _Lexer:
    def __init__(self, text: str, file: str, lookup: CategoryLookup, first_line: int, first_col: int,
                 allow_blocks: bool, near_miss_words: Sequence[str]) -> None:
        self.text = text
        self.file = file
        self.lookup = lookup
        self.pos = _Positions(text, first_line, first_col)
        self.allow_blocks = allow_blocks
        self.problems: list[Problem] = []
        self.tags: list[Tag] = []
        self.escapes: list[Escape] = []
        self.single_bracket = _single_bracket_pattern(tuple(near_miss_words))

    def fail(self, offset: int, message: Message, **parts: Any) -> None:
        line, col = self.pos.at(offset)
        self.problems.append(message.at(self.file, line, col, **parts))

    # --- blocks -------------------------------------------------------------------
    def run(self) -> Lexed:
        open_block: tuple[int, int, str, dict[str, str]] | None = None  # start, text_start, category, attrs
        segment_start = 0
        offset = 0
        has_blocks = ":::" in self.text or "：：：" in self.text   # most texts hold no block line: skip the line walk
        lines = self.text.splitlines(keepends=True) if has_blocks else []
        for raw_line in lines:
            line_start, offset = offset, offset + len(raw_line)
            match = _BLOCK_LINE.match(raw_line.rstrip("\r\n"))
            if not match:
                continue
            rest = match.group(2)
            if not self.allow_blocks:
                self.fail(line_start, say.TAGS_BLOCK_NOT_HERE)
                continue
            if rest == "":  # a closing line
                if open_block is None:
                    self.fail(line_start, say.TAGS_CLOSES_NOTHING)
                    continue
                block_start, text_start, category, attrs = open_block
                self.inline(text_start, line_start, in_block=True)
                self.add_block(block_start, offset, text_start, line_start, category, attrs)
                open_block = None
                segment_start = offset
                continue
            opener = _BLOCK_OPEN.match(rest)
            if open_block is not None:
                self.fail(line_start, say.TAGS_BLOCK_IN_BLOCK)
                continue
            if opener is None:
                self.fail(line_start, say.TAGS_BLOCK_LINE)
                continue
            header = self.header(opener.group(2), line_start + match.start(2) + opener.start(2))
            if header is None:
                continue
            self.inline(segment_start, line_start, in_block=False)
            open_block = (line_start, offset, header[0], header[1])
        if open_block is not None:
            self.fail(open_block[0], say.TAGS_BLOCK_OPEN)
            self.inline(open_block[1], len(self.text), in_block=True)
        else:
            self.inline(segment_start, len(self.text), in_block=False)
        if self.problems:
            raise ContentError(self.problems)
        self.tags.sort(key=lambda t: (t.start, t.kind != "block"))
        return Lexed(self.text, tuple(self.tags), tuple(sorted(self.escapes, key=lambda e: e.start)),
                     self.pos.first_line, self.pos.first_col)

    def header(self, spec: str, offset: int) -> tuple[str, dict[str, str]] | None:
        """Parse 'CATEGORY key=value …' of a block opener."""
        word, _, rest = spec.partition(" ")
        attrs = self.attributes(rest, offset + len(word) + 1)
        category = self.category(word, offset)
        if category is None or attrs is None:
            return None
        return category, attrs

    def add_block(self, start: int, end: int, text_start: int, text_end: int, category: str,
                  attrs: dict[str, str]) -> None:
        until, note = _until_note(attrs)
        line, col = self.pos.at(start)
        self.tags.append(Tag("block", category, until, note, start, end, text_start, text_end, line, col))

    # --- inline -------------------------------------------------------------------
    def inline(self, start: int, end: int, *, in_block: bool) -> None:
        text = self.text
        if self.single_bracket is not None:
            for near in self.single_bracket.finditer(text, start, end):
                self.fail(near.start(), say.TAGS_SINGLE_BRACKET)
        i = start
        while True:
            marker = _MARKERS.search(text, i, end)
            if marker is None:
                return
            token = marker.group(1)
            if marker.group(0).startswith("\\"):
                if token in ("[[", "]]"):
                    self.escapes.append(Escape(marker.start(), token))
                    i = marker.end()
                    continue
            if token in ("［［", "］］"):
                self.fail(marker.start(1), say.TAGS_FULL_WIDTH)
                i = marker.end()
                continue
            if token == "]]":
                self.fail(marker.start(1), say.TAGS_UNOPENED)
                i = marker.end()
                continue
            i = self.inline_tag(marker.start(1), end, in_block=in_block)

    def inline_tag(self, start: int, end: int, *, in_block: bool) -> int:
        """Lex one [[…]] starting at `start`; return the offset after it."""
        text = self.text
        close = text.find("]]", start + 2, end)
        nested = text.find("[[", start + 2, end)
        blank = _BLANK_LINE.search(text, start, end)
        if close < 0 or (blank is not None and blank.start() < close):
            self.fail(start, say.TAGS_UNCLOSED)
            return start + 2
        if 0 <= nested < close:
            self.fail(nested, say.TAGS_NESTED)
            return close + 2
        body = text[start + 2:close]
        colon = _find_colon(body)
        if colon < 0:
            self.fail(start, say.TAGS_NO_COLON)
            return close + 2
        spec = body[:colon]
        word, _, rest = spec.strip().partition(" ")
        head_offset = start + 2 + (len(spec) - len(spec.lstrip()))
        raw_text = body[colon + 1:]
        text_start = start + 2 + colon + 1 + (len(raw_text) - len(raw_text.lstrip()))
        text_end = close - (len(raw_text) - len(raw_text.rstrip()))
        if text_end <= text_start:
            self.fail(start, say.TAGS_EMPTY)
            return close + 2
        line, col = self.pos.at(start)
        if word == PUBLIC:
            if rest.strip():
                self.fail(start, say.TAGS_PUBLIC_ATTRIBUTES)
            else:
                self.tags.append(Tag("public", None, None, None, start, close + 2, text_start, text_end,
                                     line, col, in_block))
            return close + 2
        attrs = self.attributes(rest, head_offset + len(word) + 1)
        category = self.category(word, head_offset)
        if category is not None and attrs is not None:
            until, note = _until_note(attrs)
            self.tags.append(Tag("inline", category, until, note, start, close + 2, text_start, text_end,
                                 line, col, in_block))
        return close + 2

    # --- shared parts ---------------------------------------------------------------
    def category(self, word: str, offset: int) -> str | None:
        category = self.lookup(word) if word else None
        if category is None:
            self.fail(offset, say.TAGS_UNKNOWN_CATEGORY, word=word)
        return category

    def attributes(self, spec: str, offset: int) -> dict[str, str] | None:
        attrs: dict[str, str] = {}
        ok = True
        position = 0
        spec_stripped = spec.rstrip()
        while position < len(spec_stripped):
            if spec_stripped[position] in " \t":
                position += 1
                continue
            match = _KEY_VALUE.match(spec_stripped, position)
            if match is None or not match.group(2):
                self.fail(offset + position, say.TAGS_ATTRIBUTE_FORM)
                return None
            key, value = match.group(1), match.group(2)
            if key not in ("until", "note"):
                self.fail(offset + position, say.TAGS_UNKNOWN_ATTRIBUTE, name=key)
                ok = False
            elif key in attrs:
                self.fail(offset + position, say.TAGS_ATTRIBUTE_TWICE, name=key)
                ok = False
            attrs[key] = value[1:-1] if value.startswith('"') else value
            position = match.end()
        if "until" in attrs and _parse_date(attrs["until"]) is None:
            self.fail(offset, say.TAGS_UNTIL, until=attrs["until"])
            ok = False
        return attrs if ok else None


def _until_note(attrs: dict[str, str]) -> tuple[date | None, str | None]:
    until = _parse_date(attrs["until"]) if "until" in attrs else None
    return until, attrs.get("note")


def _find_colon(body: str) -> int:
    """The first ':' or '：' that is not inside a quoted attribute value."""
    quoted = False
    for index, char in enumerate(body):
        if char == '"':
            quoted = not quoted
        elif char in ":：" and not quoted:
            return index
        elif char == "\n" and not quoted:
            return -1
    return -1


def _parse_date(value: str) -> date | None:
    if not _ISO_DATE.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def lex(text: str, file: str, lookup: CategoryLookup, *, first_line: int = 1, first_col: int = 1,
        allow_blocks: bool = True, near_miss_words: Sequence[str] = ()) -> Lexed:
    """Find every tag and escape in `text`, or raise ContentError listing every near miss.

    `lookup` maps a category id or alias to its id (None when unknown). `near_miss_words`
    are the category words whose single-bracket form ([personal: …]) is reported as a typo.
    """
    if _TAG_CHARACTERS.search(text) is None:  # most front-matter values: nothing the lexer could find
        return Lexed(text, (), (), first_line, first_col)
    return _Lexer(text, file, lookup, first_line, first_col, allow_blocks, near_miss_words).run()
