"""A name's kanji in brackets after the same name in half-width katakana (round BT).

A form copied from a bank's or a library's record writes the name in half-width katakana, then its kanji in brackets
after 漢字 (`請求者　ｳﾈﾒ ｻﾔｶ（漢字 采女 清香）`): both are the person's name. Read as half-width katakana words, a bracket,
漢字 and a space or a colon, then a surname of kanji, a space and a given name of kanji or kana, closed by the bracket.
Read only where 漢字 stands, each match tried at the word.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_WORD = "漢字"
_KANJI_AFTER = re.compile(r"漢字[ \u3000]*[:：]?[ \u3000]*(?P<name>[一-龯々]{1,4}[ \u3000][一-龯々ぁ-ゖァ-ヺー]{1,5})\)")
_HANKAKU_BEFORE = re.compile(r"[\uff66-\uff9f]{2,}(?:[ ][\uff66-\uff9f]{1,})*[ \u3000]*\(\Z")


@needs(_WORD)
def kanji_after_half_width_kana_names(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`采女 清香` in `ｳﾈﾒ ｻﾔｶ(漢字 采女 清香)`."""
    found: list[tuple[int, int]] = []
    at = text.find(_WORD)
    while at >= 0:
        if _HANKAKU_BEFORE.search(text, max(0, at - 24), at) is not None \
                and (match := _KANJI_AFTER.match(text, at)) is not None and match.group("name") not in public:
            found.append(match.span("name"))
        at = text.find(_WORD, at + len(_WORD))
    return found
