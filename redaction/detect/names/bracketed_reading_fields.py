"""A name with its surname's reading in brackets opening a list item or filling a name column's cell (round BT).

Round BH reads `大河原（おおがわら）トシ子` where a person's word stands before it in its sentence. A roster copied from
forms with a ふりがな field opens each item with the name itself (`- 佐治（さじ）みどり　令和…生　すみれ市…`), and a
table puts it in a column headed 氏名（ふりがな） (`| 汐見（しおみ）久雄 |`), with no person's word before it. Read there:
the surname (one to four kanji), its reading in hiragana in brackets (at least as long as the surname, at most four kana
a kanji), then a given name of kanji, of hiragana, of katakana, or of kana and kanji, closed by a space, the cell's bar
or the line's end. A list item's name must have a particular after it on its line (a date followed by 生, a phone, an
address, an e-mail, 上記の…). Read from each bracket (the folded text's `(`) holding hiragana after a kanji.
"""

from __future__ import annotations

import re

from ..needs import needs
from ..particulars import column_header
from ..text import KANJI_CHARACTERS
from .lexicon import is_generic
from .public import PublicNames

_K = KANJI_CHARACTERS
_NAME = re.compile(rf"(?P<surname>[{_K}]{{1,4}})\((?P<reading>[ぁ-ゖー]{{2,12}})\)"
                   rf"(?P<given>[{_K}]{{1,3}}|[ぁ-ゖ]{{2,4}}|[ァ-ヺー]{{2,6}}|[ぁ-ゖァ-ヺー]{{1,3}}[{_K}]{{1,2}})(?=[ \u3000|]|$)",
                   re.MULTILINE)
_ITEM_HEAD = re.compile(r"[ \u3000]*(?:[-*+・]|[0-9]{1,2}[.)])[ \u3000]+\Z")
_CELL_HEAD = re.compile(r"\|[ \u3000]*\Z")
_NAME_COLUMN = re.compile("氏名|名前|ふりがな")
_PARTICULAR_AFTER = re.compile(r"[0-9０-９]生|生[ \u3000]|上記の|[0-9]{2,4}[-)][0-9]{3,4}|@|＠|市|町[0-9一二三四五六七八九]")
_OPENING = re.compile(r"\((?=[ぁ-ゖ])")
_A_KANJI = re.compile(rf"[{_K}]")


@needs("(")
def names_with_a_bracketed_reading_opening_a_field(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`- 佐治(さじ)みどり　令和145年4月5日生`, `| 汐見(しおみ)久雄 |` under 氏名(ふりがな)."""
    found: list[tuple[int, int]] = []
    if "(" not in text:
        return found
    for opening in _OPENING.finditer(text):
        line_start = text.rfind("\n", 0, opening.start()) + 1
        start = opening.start()
        while start > max(line_start, opening.start() - 4) and _A_KANJI.match(text, start - 1) is not None:
            start -= 1
        if start == opening.start() or (_ITEM_HEAD.match(text, line_start, start) is None
                                        and _CELL_HEAD.search(text, max(line_start, start - 4), start) is None):
            continue
        match = _NAME.match(text, start)
        if match is None or match.end("surname") != opening.start():
            continue
        surname, reading = match.group("surname"), match.group("reading")
        if not len(surname) <= len(reading) <= 4 * len(surname) or is_generic(surname) \
                or match.group() in public or f"{surname} {match.group('given')}" in public:
            continue
        if text.startswith("|", line_start):
            header = column_header(text, match.start())
            if header is None or _NAME_COLUMN.search(header) is None:
                continue
        else:
            line_end = text.find("\n", match.end())
            if _PARTICULAR_AFTER.search(text, match.end(), len(text) if line_end < 0 else line_end) is None:
                continue
        found.append(match.span())
    return found
