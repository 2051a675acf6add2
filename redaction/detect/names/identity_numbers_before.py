"""A name right after an identity card's or a passport's word and number (round BR).

A foreign resident's or a traveller's record lists the document, its number and then the holder (- 旅券　TR4182736　沓掛
智美, - 在留カード　AB73519024CD　ムハンマド・アリフ　すみれ市…): the words after the number are its holder's name. The
document's word and number before the name are `IDENTITY_NUMBER_BEFORE` (read by names/kana_forms.py for katakana names
joined by ・ too); here a kanji surname, a space and a given name, closed by a space or the line's end.
Only where one of the documents' words stands (a literal test first, each match tried at the word found by str.find).
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

IDENTITY_WORDS = ("在留カード", "旅券", "パスポート", "特別永住者証明書")
# the document's word, 番号 or not, then its number (letters and digits) and a space: the holder's name follows
IDENTITY_NUMBER_BEFORE = re.compile(r"(?:在留カード|旅券|パスポート|特別永住者証明書)(?:番号)?[ \u3000:：]*[A-Z0-9]{6,12}[ \u3000]+\Z")
_HOLDER = re.compile(r"(?:在留カード|旅券|パスポート|特別永住者証明書)(?:番号)?[ \u3000:：]*[A-Z0-9]{6,12}[ \u3000]+"
                     r"(?P<name>[一-龯々]{1,4}[ \u3000][一-龯々ぁ-ゖァ-ヺー]{1,4})(?=[ \u3000]|$)", re.MULTILINE)


@needs(*IDENTITY_WORDS)
def full_names_after_an_identity_number(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`沓掛 智美` in - 旅券　TR4182736　沓掛 智美."""
    found: list[tuple[int, int]] = []
    for word in IDENTITY_WORDS:
        at = text.find(word)
        while at >= 0:
            if (holder := _HOLDER.match(text, at)) is not None and holder.group("name") not in public:
                found.append(holder.span("name"))
            at = text.find(word, at + len(word))
    return found
