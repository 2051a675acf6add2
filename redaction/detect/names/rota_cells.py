"""Names alone in a rota's or a booking calendar's cells (round BR).

A duty rota or a booking sheet copied as a table puts whoever is on duty or has booked in the day's cell, a date
before the name or the dates in the header row (| 2/9 葛西 | 2/10 根本 ふみ |, | 区画 | 9/18 | 9/19 | over
| C-01 | 楠 | 楠 | ベネット |): a surname alone carries no person's word. The table tells its cells are people when
the text right before it says the cells hold names (お名前, 名字, 氏名 or 名前, beside a rota's word: 当番, 予約, 担当,
見回り) and at least one of its day cells holds a full name (a surname, a space and a given name); then every day
cell holding one name-shaped word (a kanji surname of one to three characters or a katakana one, a given name after
a space or none) is read, less a calendar's own words (点検, 休み, 祝日 …) and nouns that are no names.
Only where a table line, one of the name words and a cell opening with a day stand (literal tests first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..needs import needs
from ..table_cells import table_cells
from .lexicon import GENERIC_WORDS, is_generic
from .public import PublicNames

_NAME_WORDS = ("名前", "名字", "氏名")
_ROTA_WORDS = ("当番", "予約", "担当", "見回り")
_REACH_BEFORE = 300  # how far before the table's header its words are looked for
_DATE = r"[0-9]{1,2}/[0-9]{1,2}"
_DATE_CELL = re.compile(rf"{_DATE}(?:\([月火水木金土日]\))?")
_WEEKDAY_CELL = re.compile(r"[月火水木金土日](?:曜日?)?")
_NAME = re.compile(r"(?P<surname>[一-龯々]{1,3}|[ァ-ヺ][ァ-ヺー]{1,7})(?:[ \u3000](?P<given>[一-龯々ぁ-ゖァ-ヺー]{1,4}))?")
_DATED = re.compile(rf"(?P<date>{_DATE})[ \u3000]+")
# a cell opening with a day (| 2/9 葛西 |, | 9/18 |): every rota or calendar read holds one, most tables none
_A_DAYS_CELL = re.compile(rf"\|[ \u3000]*{_DATE}")
# A calendar's own words in a day's cell: what the day holds when nobody is on duty.
_CALENDAR_WORDS = frozenset(
    "点検 休み 休館 休業 休園 祝日 定休 定休日 清掃 中止 予備 未定 調整中 空き 空室 満室 貸切 工事 閉鎖 閉館 休止 振替 "
    "雨天 予約 当番 担当 なし 無し 不在 全員 各自 交代 研修 会議 行事 午前 午後 終日".split())


@dataclass(frozen=True)
class _Cell:
    start: int  # where the name-shaped word starts in the text
    end: int
    full: bool  # a surname, a space and a given name


def _table_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block of lines opening with | (a Markdown table)."""
    ranges: list[tuple[int, int]] = []
    at = 0 if text.startswith("|") else text.find("\n|") + 1
    while at > 0 or (at == 0 and text.startswith("|")):
        end = at
        while text.startswith("|", end):
            line_end = text.find("\n", end)
            end = len(text) if line_end < 0 else line_end + 1
        ranges.append((at, end))
        following = text.find("\n|", end - 1) if end < len(text) else -1
        at = following + 1 if following >= 0 else -1
    return ranges


def _name_cell(content: str, at: int, dated_header: bool) -> _Cell | None:
    """The name-shaped word of a day's cell: after a date (| 2/9 葛西 |) or alone under a dated header (| 楠 |)."""
    dated = _DATED.match(content)
    if dated is None and not dated_header:
        return None
    offset = dated.end() if dated else 0
    name = _NAME.fullmatch(content, offset)
    if name is None:
        return None
    word = name.group()
    surname = name.group("surname")
    if surname in _CALENDAR_WORDS or word in _CALENDAR_WORDS or surname in GENERIC_WORDS:
        return None
    if name.group("given") is None and is_generic(surname):
        return None  # a word alone ending as a body's does (…会, …所); with a given name after it, a surname (日下部 しおり)
    return _Cell(at + offset, at + len(content), name.group("given") is not None)


def _says_cells_are_names(text: str, table_start: int) -> bool:
    before = text[max(0, table_start - _REACH_BEFORE) : table_start]
    return any(word in before for word in _NAME_WORDS) and any(word in before for word in _ROTA_WORDS)


@needs(*_NAME_WORDS)
def names_in_rota_cells(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`葛西` and `根本 ふみ` in | 2/9 葛西 | 2/10 根本 ふみ |; `楠` and `ベネット` in | C-01 | 楠 | 楠 | ベネット | under
    | 区画 | 9/18 | 9/19 | …, where the text before the table says its cells hold names."""
    if "|" not in text or not any(word in text for word in _NAME_WORDS) or _A_DAYS_CELL.search(text) is None:
        return []
    found: list[tuple[int, int]] = []
    for start, end in _table_ranges(text):
        if not _says_cells_are_names(text, start):
            continue
        lines = text[start:end].split("\n")
        header = [cell.text for cell in table_cells(lines[0], start)]
        dated_header = sum(1 for content in header[1:] if _DATE_CELL.fullmatch(content) or _WEEKDAY_CELL.fullmatch(content)) >= 2
        cells: list[_Cell] = []
        line_start = start + len(lines[0]) + 1
        for line in lines[1:]:
            if line.startswith("|") and not set(line) <= set("|-: \u3000"):
                for column in table_cells(line, line_start):
                    under_a_date = dated_header and column.index > 0
                    cell = _name_cell(column.text, column.start, under_a_date) if column.text else None
                    if cell is not None:
                        cells.append(cell)
            line_start += len(line) + 1
        if any(cell.full for cell in cells):
            found += [(cell.start, cell.end) for cell in cells if text[cell.start : cell.end] not in public]
    return found
