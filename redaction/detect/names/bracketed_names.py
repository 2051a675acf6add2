"""Names beside their other writing in brackets, or after 通称 (round AG).

A person known by two names writes both: a Japanese name and its Latin spelling in brackets (大庭 ユリア（Julia Ōba）), a
katakana name joined by ・ and its kanji writing in brackets (リ・シュエメイ（李 雪梅、通称 …）), or a 通称 (an everyday name)
after its word (通称 リー 美鈴、本名 …). The bracket says the two are one person's names; each is read.

Each pattern opens with its literal (the folded text's ASCII bracket, 通称): the regex engine skips ahead to it.
"""

from __future__ import annotations

import re

from ..text import KANJI_CHARACTERS
from .public import PublicNames

_KANJI = KANJI_CHARACTERS
_KANA = "ァ-ヺー"
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
_LATIN_IN_BRACKETS = re.compile(rf"\((?P<latin>[{_UPPER}][{_LETTER}'\-]+(?: [{_UPPER}][{_LETTER}'\-]+){{1,3}})\)")
_KANJI_IN_BRACKETS = re.compile(rf"\((?P<kanji>[{_KANJI}]{{1,2}}[ \u3000][{_KANJI}]{{1,3}})[、)]")
_SPACED_NAME_BEFORE = re.compile(rf"(?<![{_KANJI}{_KANA}])(?P<name>[{_KANJI}]{{1,3}}[ \u3000][{_KANJI}{_KANA}]{{1,6}})\Z")
_DOTTED_KANA_BEFORE = re.compile(rf"(?<![{_KANA}・])(?P<name>[{_KANA}]{{1,8}}・[{_KANA}]{{1,8}})\Z")
_EVERYDAY_NAME = re.compile(rf"通称[ \u3000]?(?P<name>(?:[{_KANJI}]{{1,3}}|[{_KANA}]{{2,6}})[ \u3000][{_KANJI}ぁ-ゖ]{{1,4}})(?=[、)\u3000])")
_LOOK_BACK = 16


def names_beside_their_writing(text: str, public: PublicNames, has_capital: bool) -> list[tuple[int, int]]:
    """Spans of both names where a name stands with its other writing in brackets, and of a name after 通称 (`has_capital`:
    the text holds a capital Latin letter, as the document's cached property says)."""
    found: list[tuple[int, int]] = []
    if has_capital:
        for latin in _LATIN_IN_BRACKETS.finditer(text):  # opens with its literal bracket: the engine's fast skip
            before = _SPACED_NAME_BEFORE.search(text, max(0, latin.start() - _LOOK_BACK), latin.start())
            if before is not None:
                found += [before.span("name"), latin.span("latin")]
    if "・" in text:
        for kanji in _KANJI_IN_BRACKETS.finditer(text):
            before = _DOTTED_KANA_BEFORE.search(text, max(0, kanji.start() - _LOOK_BACK), kanji.start())
            if before is not None:
                found += [before.span("name"), kanji.span("kanji")]
    if "通称" in text:
        found += [match.span("name") for match in _EVERYDAY_NAME.finditer(text)]
    return [(start, end) for start, end in found if text[start:end] not in public]
