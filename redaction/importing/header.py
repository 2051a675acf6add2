"""The meeting header (a two-column table or label lines) → front matter of source format v1.

What cannot be read exactly is not guessed: it stays in the body as text and the import
says so (a warning), e.g. several dates (a 書面会議 over days) or an unknown label.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from redaction.core import clerk_messages as say
from redaction.core.errors import Problem
from redaction.importing import spans as sp
from redaction.importing.jdates import read_when
from redaction.importing.labels import key_of
from redaction.importing.markdown import escape_value, inline
from redaction.importing.model import Block, Span, place_problem

# Lists are split where they are lists: at 、・, and line ends — never inside brackets.
_LIST_SEPARATOR = re.compile(r"[、,，・]|\n")
_BULLET = "・●○◯■□◆◇-－ \t\u3000"
# The page header numbers agenda items itself: the numbers written in the file are taken off.
_AGENDA_NUMBER = re.compile(r"^[\s\u3000]*(?:[(（][0-9０-９一二三四五六七八九十]+[)）]|[①-⑳]|[0-9０-９]+[.．、)）]?(?=[\s\u3000])|"
                            r"[一二三四五六七八九十]+[、.．])[\s\u3000]*")
# 「1 開会 2 委嘱状交付 3 …」 on one line: split before each number that stands alone.
_INLINE_NUMBERS_START = re.compile(r"^[\s\u3000]*[1１][\s\u3000]+\S+[\s\u3000]+[2２][\s\u3000]")
_INLINE_NUMBERS = re.compile(r"(?:(?<=[\s\u3000]))(?=[0-9０-９]{1,2}[\s\u3000]|[(（][0-9０-９一二三四五六七八九十]+[)）])")
_AGENDA_ITEM = re.compile(r"(?:(?<=\s)|^)(?=[(（][0-9０-９一二三四五六七八九十]+[)）]|[①-⑳])")
_SUBLABEL = re.compile(r"[●○◯■]?\s*(出席者|出席委員|欠席者|欠席委員|事務局|市側|区側|説明員)\s*[:：]")
_NONE_WORDS = frozenset({"なし", "無し", "ナシ", "-", "－", "0人", "0名"})
_TOTAL = re.compile(r"[\s\u3000]*[(（]\s*計\s*[0-9０-９]+\s*[人名]\s*[)）][\s\u3000]*$")
# A group inside an attendance list: 「(委員) 山田委員・… (市事務局) 清水次長・…」
_GROUP = re.compile(r"(?:^|(?<=[\s\u3000]))[(（]([^()（）\s]{1,10})[)）]")
_STAFF = re.compile(r"事務局|側|説明員|職員")
_HEADCOUNT = re.compile(r"([0-9]+)[人名]|なし|無し|0")


@dataclass(frozen=True)
class Entry:
    """One header item as written: its label, its value (lines of spans), and where it is."""

    label: str
    lines: tuple[sp.Spans, ...]
    place: str

    @property
    def spans(self) -> sp.Spans:
        return sp.join([sp.strip(line) for line in self.lines if sp.strip(line)], "\n")


@dataclass
class Header:
    values: dict[str, object] = field(default_factory=dict)
    leftovers: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _text_value(spans: sp.Spans, escape: Callable[[str], str] = escape_value) -> str:
    return inline(sp.strip(spans, " \t\u3000\n"), escape=escape, line_break=" ")


def _split_top_level(spans: sp.Spans) -> list[sp.Spans]:
    """Split at list separators outside brackets (「山田（会長）、鈴木」 → two), and before a
    bracketed group that follows a space (「…主事 （保険年金課）柏木主幹」: a new department)."""
    text = sp.plain(spans)
    depth = 0
    cuts: list[tuple[int, int]] = []
    for index, char in enumerate(text):
        if char in "(（「『[［":
            if depth == 0 and char in "(（" and index and text[index - 1] in " \t\u3000":
                cuts.append((index, index))
            depth += 1
        elif char in ")）」』]］":
            depth = max(0, depth - 1)
        elif depth == 0 and _LIST_SEPARATOR.fullmatch(char):
            cuts.append((index, index + 1))
    pieces, start = [], 0
    for a, b in cuts:
        pieces.append(sp.cut(spans, start, a))
        start = b
    pieces.append(sp.cut(spans, start, len(text)))
    return pieces


def list_items(spans: sp.Spans, escape: Callable[[str], str] = escape_value) -> list[str]:
    items = []
    for piece in _split_top_level(spans):
        total = _TOTAL.search(sp.plain(piece))
        piece = sp.strip(sp.cut(piece, 0, total.start()) if total else piece, _BULLET)
        text = unicodedata.normalize("NFKC", sp.plain(piece)).strip()
        if not text or text in _NONE_WORDS:
            continue
        items.append(_text_value(piece, escape))
    return items


def agenda_items(entry: Entry, escape: Callable[[str], str] = escape_value) -> list[str]:
    items = []
    for line in entry.lines:
        numbered = _INLINE_NUMBERS if _INLINE_NUMBERS_START.match(sp.plain(line)) else _AGENDA_ITEM
        for piece in sp.split(line, numbered):
            piece = sp.strip(piece, _BULLET)
            number = _AGENDA_NUMBER.match(sp.plain(piece))
            if number:
                piece = sp.cut(piece, number.end(), len(sp.plain(piece)))
            if sp.plain(piece).strip():
                items.append(_text_value(piece, escape))
    return items


def hearing_value(text: str) -> bool | None:
    """傍聴の可否 as true/false; None when it cannot be read exactly."""
    text = re.sub(r"\s", "", unicodedata.normalize("NFKC", text))
    if not text:
        return None
    if re.search(r"不可|非公開|できない|認めない", text):
        return False
    if re.fullmatch(r"(傍聴)?(可|公開|可能|あり|有)", text) or re.match(r"^(傍聴)?可", text):
        return True
    return None


class HeaderReader:
    """Collects header entries into front-matter values, leftovers and warnings."""

    def __init__(self, file: str, raw: bool) -> None:
        self.file = file
        self.raw = raw   # Markdown input: its tags are kept as written; plain text: what would open a tag is escaped
        self.escape: Callable[[str], str] = (lambda text: text) if raw else escape_value
        self.header = Header()

    def keep(self, entry: Entry) -> None:
        """The entry as a body paragraph 「項目：内容」."""
        label = unicodedata.normalize("NFKC", entry.label).strip()
        text = [Span(f"{label}："), *list(entry.spans)]
        self.header.leftovers.append(Block("markdown" if self.raw else "paragraph", entry.place, sp.merge(text)))

    def leave(self, entry: Entry, why_ja: str, why_en: str) -> None:
        """Not read (not guessed): kept in the body, and the import says so."""
        self.keep(entry)
        label = unicodedata.normalize("NFKC", entry.label).strip()
        ja_place = entry.place.split(" / ")[0]
        left = say.IMPORTING_LEFT_IN_BODY.line(label=label, why=why_ja, why_en=why_en)
        self.header.warnings.append(f"{self.file}: {ja_place}: {left}")

    def add(self, entry: Entry) -> None:
        key = key_of(entry.label)
        if key is None:
            self.leave(entry, "は見出しとして読めないため、", f"unknown header label '{entry.label}'")
            return
        getattr(self, f"add_{key}")(entry)

    def add_title(self, entry: Entry) -> None:
        if "title" in self.header.values:
            self.leave(entry, "が2回目のため、", "a second meeting name")
        elif sp.plain(entry.spans).strip():
            self.header.values["title"] = _text_value(sp.join(list(entry.lines), " "), self.escape)

    def add_when(self, entry: Entry) -> None:
        text = sp.plain(entry.spans)
        if sp.marked(entry.spans):
            self.header.problems.append(place_problem(self.file, entry.place, *say.IMPORTING_DATE_WITHHELD.texts()))
            return
        when = read_when(text)
        if when.date is None:
            why = ("に日付が複数あるため（書面会議など）、", "several dates (a meeting in writing?)") if when.dates_found > 1 \
                else ("の日付が読めないため、", "no date that can be read")
            self.leave(entry, *why)
            return
        if "date" in self.header.values:
            self.leave(entry, "が2回目のため、", "a second date")
            return
        self.header.values["date"] = when.date
        for key, value in (("start", when.start), ("end", when.end)):
            if value is not None:
                self.header.values[key] = value

    def add_place(self, entry: Entry) -> None:
        self._string("place", entry)

    def add_contact(self, entry: Entry) -> None:
        self._string("contact", entry)

    def add_hearing_reason(self, entry: Entry) -> None:
        self._string("hearing_reason", entry)

    def _string(self, key: str, entry: Entry) -> None:
        if not sp.plain(entry.spans).strip():
            return
        previous = self.header.values.get(key)
        value = _text_value(entry.spans, self.escape)
        self.header.values[key] = f"{previous} {value}" if previous else value

    def add_attendees(self, entry: Entry) -> None:
        self._list("attendees", entry.spans)

    def add_absentees(self, entry: Entry) -> None:
        self._list("absentees", entry.spans)

    def add_secretariat(self, entry: Entry) -> None:
        self._list("secretariat", entry.spans)

    def _list(self, key: str, spans: sp.Spans) -> None:
        text = sp.plain(spans)
        groups = list(_GROUP.finditer(text)) if key == "attendees" else []
        if groups and groups[0].start() == len(text) - len(text.lstrip()):
            for index, group in enumerate(groups):   # (委員) …  (市事務局) …: staff go to secretariat
                end = groups[index + 1].start() if index + 1 < len(groups) else len(text)
                target = "secretariat" if _STAFF.search(group.group(1)) else "attendees"
                self._items(target, sp.cut(spans, group.end(), end))
            return
        self._items(key, spans)

    def _items(self, key: str, spans: sp.Spans) -> None:
        items = self.header.values.setdefault(key, [])
        assert isinstance(items, list)
        items.extend(list_items(spans, self.escape))

    def add_attendance(self, entry: Entry) -> None:
        """出席者及び欠席者 in one cell: split at its 出席者：/欠席者：/事務局： sub-labels."""
        text = sp.plain(entry.spans)
        matches = list(_SUBLABEL.finditer(text))
        if not matches:
            self.leave(entry, "の出席者と欠席者を区別できないため、", "attendees and absentees cannot be told apart")
            return
        for index, match in enumerate(matches):
            end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
            key = key_of(match.group(1)) or "attendees"
            self._list(key, sp.cut(entry.spans, match.end(), end))

    def add_hearing(self, entry: Entry) -> None:
        if sp.marked(entry.spans):   # read as plain text below: a mark here would be lost, so refuse it
            self.header.problems.append(place_problem(self.file, entry.place, *say.IMPORTING_HEARING_WITHHELD.texts()))
            return
        text = unicodedata.normalize("NFKC", sp.plain(entry.spans))
        count = _HEADCOUNT.fullmatch(re.sub(r"\s", "", text))
        if count:   # 傍聴者 2人: information for the body; people attended, so the meeting was open
            self.keep(entry)
            if int(count.group(1) or 0) > 0:
                self.header.values.setdefault("hearing", True)
            return
        reason = re.match(r"^\s*(傍聴)?\s*(不可|非公開)\s*[(:：]\s*(.+?)\)?\s*$", text, re.DOTALL)
        if reason:
            self.header.values["hearing"] = False
            self.header.values.setdefault("hearing_reason", self.escape(" ".join(reason.group(3).split())))
            return
        value = hearing_value(text)
        if value is None:
            self.leave(entry, "の可否が読めないため、", "whether the public could attend cannot be read")
            return
        self.header.values["hearing"] = value

    def add_agenda(self, entry: Entry) -> None:
        items = self.header.values.setdefault("agenda", [])
        assert isinstance(items, list)
        items.extend(agenda_items(entry, self.escape))


def read_header(file: str, entries: Sequence[Entry], *, raw: bool = False) -> Header:
    reader = HeaderReader(file, raw)
    for entry in entries:
        reader.add(entry)
    return reader.header
