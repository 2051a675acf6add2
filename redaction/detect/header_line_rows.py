"""Rows under a header line written without a Markdown table's bars (round BB).

A register pasted as plain lines: a header line of column words parted by a full-width space, a tab, two spaces or more
or a bar (患者ID　氏名　生年月日　住所　未収額, 受給者番号   氏名   生年月日 …), a 氏名 column among them, then the rows, one a
line, their fields parted by ` | ` or as the header's words are (two spaces or more, a tab). A row's field stands under
the header word of its place, and so says what it is:

- a person's number under a header naming one (患者ID, 受給者番号, 利用者番号, 手帳・被保険者番号 …), six digits or more, maybe
  after a kind's word and a space (`介護 0001482275`): the row's person's, though no label stands beside it
  (`P-00482117 | 國分 晴美 | …`);
- a date in the 生年月日 column: a birth date, though no birth word stands beside it.

The rows end at a blank line or a line with fewer fields than two. Read only in texts holding 氏名 and a person's number
header or 生年月日 (a literal `in` test of each), from each line holding the header words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_PERSONS_NUMBER_HEADER = re.compile(r"(?:患者|受給者|利用者|被保険者|会員|組合員|加入者|受診者|入所者|受講者|対象者)(?:ID|番号|No\.?|NO\.?)")
_BAR = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*")
_WIDE_GAP = re.compile(r"\t+|[ ]{2,}|\u3000+")
_HALF_GAP = re.compile(r"\t+|[ ]{2,}")
_PERSONS_NUMBER = re.compile(r"(?:[一-龯]{1,4}[ \u3000])?[A-Z]{0,3}[-‐]?[0-9]{3,}(?:[-‐][0-9]{2,})*")
_ROWS_REACH = 40
_MIN_DIGITS = 6
_HEADER_LINE_LENGTH = 160
_BIRTH_HEADER = re.compile("生年月日")
_SEPARATORS = frozenset("\u3000\t|｜\n")
_DATE_SHAPE = (r"(?:[MTSHR][-.]?)?[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日"
               r"|(?:明治|大正|昭和|平成|令和)(?:[0-9]{1,3}|元)年[0-9]{1,2}月[0-9]{1,2}日")
_DATE = re.compile(_DATE_SHAPE)
_DATE_IN_ROW = re.compile(rf"(?<![0-9A-Za-z-])(?:{_DATE_SHAPE})(?![0-9-])")


def _fields(line: str, offset: int, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """The spans of a line's fields, parted by `separator` (blank fields dropped)."""
    spans: list[tuple[int, int]] = []
    at = 0
    for gap in separator.finditer(line):
        if gap.start() > at:
            spans.append((offset + at, offset + gap.start()))
        at = gap.end()
    if at < len(line.rstrip()):
        spans.append((offset + at, offset + len(line.rstrip())))
    return spans


def _separator_after(text: str, at: int) -> bool:
    """A column separator (a full-width space, a tab, a bar, two spaces, a line's end) starts at `at`."""
    after = text[at : at + 2]
    return not after or after[0] in _SEPARATORS or after in ("  ", " |", " ｜") or after == " "


def header_line_cells(text: str, wanted: re.Pattern[str]) -> Iterator[tuple[str, int, int]]:
    """(the column's header word, start, end) of each field of the rows under a header line with no table bars, the line
    holding 氏名 and a match of `wanted`; a line longer than a header's is passed over unread."""
    at = text.find("氏名")
    while at >= 0:
        if not _separator_after(text, at + 2):
            at = text.find("氏名", at + 2)
            continue  # 氏名 followed by no column separator: prose, not a header line (checked before the line is sought)
        line_start = text.rfind("\n", max(0, at - _HEADER_LINE_LENGTH), at) + 1
        line_end = text.find("\n", at, at + _HEADER_LINE_LENGTH)
        if line_start > 0 or at < _HEADER_LINE_LENGTH:
            if line_end < 0 and len(text) - at <= _HEADER_LINE_LENGTH:
                line_end = len(text)
            if line_end >= 0 and text[line_start] not in "|｜" and wanted.search(text, line_start, line_end):
                yield from _rows_under(text, line_start, line_end)
        at = text.find("氏名", at + 2)


def _rows_under(text: str, line_start: int, line_end: int) -> Iterator[tuple[str, int, int]]:
    line = text[line_start:line_end]
    if line.lstrip().startswith("|"):
        return
    separator = _BAR if ("|" in line or "｜" in line) else _WIDE_GAP
    headers = [line[lo:hi] for lo, hi in _fields(line, 0, separator)]
    if len(headers) < 3 or "氏名" not in headers or any(len(header) > 12 for header in headers):
        return
    row_separator_of_header = _HALF_GAP if "  " in line or "\t" in line else _WIDE_GAP
    row_start = line_end + 1
    for _ in range(_ROWS_REACH):
        if row_start >= len(text):
            return
        row_end = text.find("\n", row_start)
        row_end = len(text) if row_end < 0 else row_end
        row = text[row_start:row_end]
        if not row.strip() or row.startswith("```"):
            return
        separator = _BAR if (" | " in row or "｜" in row) else row_separator_of_header
        spans = _fields(row, row_start, separator)
        if len(spans) < 2:
            return
        for header, (lo, hi) in zip(headers, spans, strict=False):
            yield header, lo, hi
        row_start = row_end + 1


def persons_numbers_in_header_rows(text: str) -> Iterator[tuple[int, int]]:
    """`P-00482117` opening a row under `患者ID　氏名　…`: the row's person's number."""
    # called behind @needs("氏名") (personal_id): the header words are sought in each header line, not the whole text
    for header, lo, hi in header_line_cells(text, _PERSONS_NUMBER_HEADER):
        if (_PERSONS_NUMBER_HEADER.search(header) and (value := _PERSONS_NUMBER.fullmatch(text, lo, hi))
                and sum(ch.isdigit() for ch in value.group()) >= _MIN_DIGITS):
            yield lo, hi


def birth_column_cells(text: str) -> Iterator[tuple[int, int]]:
    """The date under a 生年月日 header word of a header line with no table bars; in a row whose fields do not keep the
    header's places (a name with one space less), the row's one date."""
    if "氏名" not in text or "生年月日" not in text:
        return
    rows: dict[int, list[tuple[str, int, int]]] = {}
    for header, lo, hi in header_line_cells(text, _BIRTH_HEADER):
        rows.setdefault(text.rfind("\n", 0, lo), []).append((header, lo, hi))
    for cells in rows.values():
        if not any(header == "生年月日" for header, _lo, _hi in cells):
            continue
        under = [(lo, hi) for header, lo, hi in cells if header == "生年月日" and _DATE.fullmatch(text, lo, hi)]
        if not under:
            row_start, row_end = cells[0][1], cells[-1][2]
            under = [m.span() for m in _DATE_IN_ROW.finditer(text, row_start, row_end)]
            under = under if len(under) == 1 else []
        yield from under
