"""A private car's number plate whose region is written in hiragana, right after a car's word (round BT).

A plate's region is most often in kanji (多摩 500 あ 12-34, read by personal_id._PLATE); a few regions are written in
hiragana, the city's own among them (すみれ 500 あ 12-34), and the kanji-only plate reading misses them. Read as two to
four hiragana, a space, a class number of two or three digits (never opening with 0), a space, one hiragana, a space,
and two digits, a hyphen and two digits — spaced as a plate is printed — right after 車 or 車両 and a space or an opening
bracket (車両 すみれ …, 相手方車両　すみれ …, 私の車（すみれ 501 ほ 40-16）). A plate after a registration's label (登録番号
すみれ …: a vehicle's record, the city's or one at auction), said in a sentence (車両は すみれ …), of the city's own car
(公用車), or on a line showing a form's fill-in example (記載例, 記入例, 見本) is left, as the tuning half has it.
"""

from __future__ import annotations

import re

PLATE_WORD = "車"
_PLATE = re.compile(r"車両?[ \u3000]*[（(]?[ \u3000]*"
                    r"(?P<id>[ぁ-ゖ]{2,4}[ \u3000][1-9][0-9]{1,2}[ \u3000][ぁ-ゖ][ \u3000][0-9]{1,2}-[0-9]{2})(?![0-9])")
_NOT_A_PRIVATE_CAR = re.compile("公用車|庁用車|市の車|市有車|市所有の車|記載例|記入例|見本")


def plates_with_hiragana_regions(text: str) -> list[tuple[int, int]]:
    """`すみれ 500 あ 12-34` right after 車 or 車両 (車両 すみれ …, 私の車（すみれ 501 ほ 40-16）)."""
    found: list[tuple[int, int]] = []
    at = text.find(PLATE_WORD)
    while at >= 0:
        if (match := _PLATE.match(text, at)) is not None:
            line_start = text.rfind("\n", 0, at) + 1
            if _NOT_A_PRIVATE_CAR.search(text, line_start, at + 1) is None:
                found.append(match.span("id"))
        at = text.find(PLATE_WORD, at + 1)
    return found
