"""A full name right after a firm's role word: 担当, 従業員, 店員, 社員 (round BL).

A bidder's contact (株式会社すみれ造園　担当 荻原 陸斗　直通 …), a shop's worker who found a wallet (発見者　従業員 梶 由紀夫（フロント係）),
a firm's staff thanked (事業者の担当の 栗林 貴之 さん): the role word, a space, then a full name written surname, space, given
name, and a space, a bracket or the line's end after it (or, after の, さん or 様). An office's unit after the word (担当 総務課
庶務係) is no name. Read only in texts holding one of the words.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_KANJI = "一-龯々"
_ROLE_WORDS = ("担当", "従業員", "店員", "社員")
_NAME_AFTER_ROLE = re.compile(
    rf"(?:担当者?|従業員|店員|社員)(?:[ \u3000]|の[ \u3000]?(?=[{_KANJI}]{{1,3}}[ \u3000][^ \u3000\n]{{1,4}}[ \u3000]?(?:さん|様)))"
    rf"(?P<name>[{_KANJI}]{{1,3}}[ \u3000][{_KANJI}ぁ-ゖァ-ヺー]{{1,4}})(?=[ \u3000（(]|さん|様|$)", re.MULTILINE)
_OFFICES_PART = re.compile(r"(?:課|係|室|部|班|局|所|長|会|館|校|園|店|組|隊|団|省|庁|区|市|町|村|県|都|府|者|員)$")


@needs(*_ROLE_WORDS)
def names_after_a_firms_role_word(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """担当 荻原 陸斗, 従業員 梶 由紀夫, 担当の 栗林 貴之 さん: the full name after the role word."""
    if not any(map(text.__contains__, _ROLE_WORDS)):
        return []
    found: list[tuple[int, int]] = []
    for match in _NAME_AFTER_ROLE.finditer(text):
        name = match.group("name")
        surname, given = name.split()[0], name.split()[-1]
        if name not in public and not _OFFICES_PART.search(surname) and not _OFFICES_PART.search(given):
            found.append(match.span("name"))
    return found
