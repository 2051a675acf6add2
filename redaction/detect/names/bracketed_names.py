"""Names beside their other writing in brackets, or after 通称 (round AG).

A person known by two names writes both: a Japanese name and its Latin spelling in brackets (大庭 ユリア（Julia Ōba）), a
katakana name joined by ・ and its kanji writing in brackets (リ・シュエメイ（李 雪梅、通称 …）), or a 通称 (an everyday name)
after its word (通称 リー 美鈴、本名 …). The bracket says the two are one person's names; each is read.

Read around each opening bracket (the folded text's ASCII one) and each 通称 (literals found by `str.find`): most minutes hold few.
"""

from __future__ import annotations

import re

from .public import PublicNames

_KANJI = "一-龯々"
_KANA = "ァ-ヺー"
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
_LATIN_IN_BRACKETS = re.compile(rf"\((?P<latin>[{_UPPER}][{_LETTER}'\-]+(?: [{_UPPER}][{_LETTER}'\-]+){{1,3}})\)")
_KANJI_IN_BRACKETS = re.compile(rf"\((?P<kanji>[{_KANJI}]{{1,2}}[ \u3000][{_KANJI}]{{1,3}})[、)]")
_SPACED_NAME_BEFORE = re.compile(rf"(?<![{_KANJI}{_KANA}])(?P<name>[{_KANJI}]{{1,3}}[ \u3000][{_KANJI}{_KANA}]{{1,6}})\Z")
_DOTTED_KANA_BEFORE = re.compile(rf"(?<![{_KANA}・])(?P<name>[{_KANA}]{{1,8}}・[{_KANA}]{{1,8}})\Z")
_EVERYDAY_NAME = re.compile(rf"通称[ \u3000]?(?P<name>(?:[{_KANJI}]{{1,3}}|[{_KANA}]{{2,6}})[ \u3000][{_KANJI}ぁ-ゖ]{{1,4}})(?=[、)\u3000])")
_LOOK_BACK = 16


def names_beside_their_writing(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Spans of both names where a name stands with its other writing in brackets, and of a name after 通称."""
    found: list[tuple[int, int]] = []
    bracket = text.find("(")
    while bracket >= 0:
        lo = max(0, bracket - _LOOK_BACK)
        latin = _LATIN_IN_BRACKETS.match(text, bracket)
        if latin is not None and (before := _SPACED_NAME_BEFORE.search(text, lo, bracket)) is not None:
            found += [before.span("name"), latin.span("latin")]
        kanji = _KANJI_IN_BRACKETS.match(text, bracket)
        if kanji is not None and (before := _DOTTED_KANA_BEFORE.search(text, lo, bracket)) is not None:
            found += [before.span("name"), kanji.span("kanji")]
        bracket = text.find("(", bracket + 1)
    everyday = text.find("通称")
    while everyday >= 0:
        if (match := _EVERYDAY_NAME.match(text, everyday)) is not None:
            found.append(match.span("name"))
        everyday = text.find("通称", everyday + 2)
    return [(start, end) for start, end in found if text[start:end] not in public]
