"""A romanised surname compared with its kanji: ローマ字のOhno と 漢字の大納 (round BV).

A question on a document in English or a passport compares the spelling in roman letters with the kanji
(`ローマ字のOhnoと漢字の大納では`, `ローマ字のOotaと漢字の太田は`, `ローマ字のOhtomoは`): both words are the person's
surname, old spellings (Ohno, Oota, Ohtomo) that no romanisation table reads. Read only after ローマ字の, a capitalised
word, then optionally と漢字の and one to four kanji, each closed by a particle or a comma.
"""

from __future__ import annotations

import re

from ..needs import needs
from .lexicon import is_generic
from .public import PublicNames

_ANCHOR = "ローマ字の"
_COMPARED = re.compile(r"ローマ字の(?P<latin>[A-Z][a-z]{1,14})(?=と|は|では|が|も|の|、)"
                       r"(?:と漢字の(?P<kanji>[一-龯々]{1,4})(?=と|は|では|が|も|、))?")


@needs(_ANCHOR)
def romanised_surnames_compared_with_kanji(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`Ohno` and `大納` in ローマ字のOhnoと漢字の大納では, `Ohtomo` in ローマ字のOhtomoは."""
    found: list[tuple[int, int]] = []
    at = text.find(_ANCHOR)
    while at >= 0:
        if (match := _COMPARED.match(text, at)) is not None:
            if match.group("latin") not in public:
                found.append(match.span("latin"))
            if match.group("kanji") and not is_generic(match.group("kanji")) and match.group("kanji") not in public:
                found.append(match.span("kanji"))
        at = text.find(_ANCHOR, at + len(_ANCHOR))
    return found
