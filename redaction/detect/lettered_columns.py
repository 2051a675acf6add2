"""A spreadsheet's rows under a header of its column letters, each letter's field named before it (round BX).

A sheet pasted into the minutes keeps its letters as the table's header (`| A | B | C | … |`) while the speaker names each
column first (`A列 滞納者番号、B列 氏名、C列 生年月日 …`). A cell under a letter named a birth date is that date (`2177/08/30`,
`R168.6.6`, as the sheet typed it); a cell under a letter named a person's number (a field ending in 番号, not a phone's,
a My Number's, an account's or a body's) is that number (`SK-192-00318`). Read only where 列 and a letter's cell `| A |`
stand.
"""

from __future__ import annotations

import re

from .table_cells import table_cells

COLUMN_WORD = "列"
_HEADER = re.compile(r"^\|(?:[ ]?[A-Z][ ]?\|){3,}[ ]*$", re.MULTILINE)
_NAMED = re.compile(r"(?<![A-Za-z])(?P<letter>[A-Z])列[ \u3000]*[:：は]?[ \u3000]*(?P<field>[^、。,，\s|()（）]{1,12})")
_BIRTH_FIELDS = ("生年月日", "誕生日")
_NOT_A_PERSONS_NUMBER = ("個人番号", "電話番号", "携帯番号", "口座番号", "法人番号", "マイナンバー", "郵便番号", "部屋番号", "整理番号")
_NUMBER_FIELD = re.compile(r"[^番]{0,10}番号(?=$|です|で|は|が)")
_CODE = re.compile(r"[A-Z]{1,4}-[0-9]{2,6}-[0-9]{2,8}|[A-Z]{1,4}[0-9]{5,10}")
_SHEET_DATE = re.compile(r"(?:19|20|21|22)[0-9]{2}[/.-][0-9]{1,2}[/.-][0-9]{1,2}|[MTSHR][0-9]{1,3}\.[0-9]{1,2}\.[0-9]{1,2}"
                         r"|(?:19|20|21|22)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日")


def _kind(field: str) -> str | None:
    """The field's kind from its name as said (`生年月日です` and `滞納者番号、` read up to the field's word)."""
    if field.startswith(_BIRTH_FIELDS):
        return "birth_date"
    number = _NUMBER_FIELD.match(field)
    if number is not None and not number.group().endswith(_NOT_A_PERSONS_NUMBER):
        return "personal_id"
    return None


def values_under_named_letters(text: str, kind: str) -> list[tuple[int, int]]:
    """The cells of `kind` ("birth_date" or "personal_id") under a letter the text named that field."""
    found: list[tuple[int, int]] = []
    if COLUMN_WORD not in text:
        return found
    for header in _HEADER.finditer(text):
        named = {match.group("letter"): match.group("field") for match in _NAMED.finditer(text, 0, header.start())}
        letters = [cell.strip() for cell in header.group().strip().strip("|").split("|")]
        wanted = {index for index, letter in enumerate(letters) if _kind(named.get(letter, "")) == kind}
        if not wanted:
            continue
        value = _SHEET_DATE if kind == "birth_date" else _CODE
        position = header.end() + 1
        while position < len(text) and text.startswith("|", position):
            line_end = text.find("\n", position)
            line_end = len(text) if line_end < 0 else line_end
            for cell in table_cells(text[position:line_end], position):
                if cell.text and cell.index in wanted and value.fullmatch(text, cell.start, cell.end) is not None:
                    found.append((cell.start, cell.end))
            position = line_end + 1
    return found
