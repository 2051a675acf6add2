"""A lost-and-found register's management numbers (round AT): the found thing's number, no person's.

A public office numbers each thing handed in (拾第V号); the number names the thing in the register, not the finder or the
owner (their names and particulars stand in the row's other cells and are read there). Two forms:

- a table whose header row names the finding (拾得日, 拾得場所, 拾得物): its 管理番号 (or 番号) column's cells;
- a sentence that names the register (遺失物, 拾得物) before 管理番号 and its value on the same line
  (遺失物管理簿の開示を請求されました。管理番号は V でございます).

Read only where 拾得 or 遺失物 stands in the text.
"""

from __future__ import annotations

import re

_REGISTER_WORDS = ("拾得", "遺失物")
_NUMBER_HEADER = re.compile(r"(?:管理|整理|受理)?番号|No\.?")
_PROSE_LABEL_BEFORE = re.compile(r"(?:管理|整理|受理)番号(?:は|が|：|:)?[ \u3000]*\Z")
_LABEL_REACH = 12


def names_the_found_register(text: str) -> bool:
    return any(word in text for word in _REGISTER_WORDS)


def _table_header_line(text: str, at: int) -> str:
    """The first line of the Markdown table holding position ``at`` (the lines above it that open with "|")."""
    line_start = text.rfind("\n", 0, at) + 1
    while line_start > 0:
        previous_start = text.rfind("\n", 0, line_start - 1) + 1
        if not text.startswith("|", previous_start):
            break
        line_start = previous_start
    return text[line_start : text.find("\n", line_start) if "\n" in text[line_start:] else len(text)]


def found_items_cells(text: str, cells: tuple[tuple[str, int, int], ...]) -> list[tuple[int, int]]:
    """The number column's cells of a table whose header row names the finding (| 管理番号 | 拾得日 | …)."""
    if "拾得" not in text:
        return []
    found: list[tuple[int, int]] = []
    for header, lo, hi in cells:
        if _NUMBER_HEADER.fullmatch(header) and "拾得" in _table_header_line(text, lo):
            found.append((lo, hi))
    return found


def a_found_items_number(text: str, start: int) -> bool:
    """管理番号 right before the value, and 遺失物 or 拾得物 earlier on its line: the register's number of a found thing."""
    if _PROSE_LABEL_BEFORE.search(text, max(0, start - _LABEL_REACH), start) is None:
        return False
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return "遺失物" in line or "拾得物" in line


# (round BT) A register printed as tab-separated rows (a code block: 受付番号	拾得日	物品	…): the header line names the
# finding and its first field is the number's; each row right below it opens with the found thing's number (182-遺-031).
_TAB_NUMBER_HEADER = re.compile(r"(?:受付|管理|整理|受理)?番号|No\.?")


def found_items_opening_tab_rows(text: str) -> list[tuple[int, int]]:
    """The first fields of the tab-separated rows under a header line `…番号	拾得日	…`."""
    if "\t" not in text or "拾得" not in text:
        return []
    found: list[tuple[int, int]] = []
    at = text.find("拾得")
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        first_tab = text.find("\t", line_start, at)
        if first_tab > 0 and _TAB_NUMBER_HEADER.fullmatch(text, line_start, first_tab) is not None:
            row = line_end + 1 if line_end >= 0 else len(text)
            while row < len(text):
                row_end = text.find("\n", row)
                row_end = len(text) if row_end < 0 else row_end
                tab = text.find("\t", row, row_end)
                if tab <= row:
                    break  # a row without a first field (or no tab): the register's rows end
                found.append((row, tab))
                row = row_end + 1
            at = text.find("拾得", row)
        else:
            at = text.find("拾得", (line_end if line_end >= 0 else len(text)))
    return found
