"""A Korean name written in hangul, its katakana reading after it in brackets joined by ・ (round BT).

An interpreter's record writes the client's name as the client writes it, in hangul, and its reading in katakana in
brackets, family name and given name joined by ・ (`김서연（キム・ソヨン）`, `이준호（イ・ジュノ）様`). Both are the person's
name. Read as two to four hangul syllables (none right before them), a bracket, then katakana words joined by ・ closed by
the bracket. Read only where ・ stands, each match tried at a bracket whose character before is a hangul syllable.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_DOT = "・"
_HANGUL = re.compile(r"[가-힣]")
_NAME = re.compile(r"(?P<hangul>[가-힣]{2,4})\((?P<kana>[ァ-ヺー]{1,6}(?:・[ァ-ヺー]{1,6}){1,2})\)")


@needs(_DOT)
def hangul_names_with_katakana_readings(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`김서연` and `キム・ソヨン` in `김서연(キム・ソヨン)`."""
    found: list[tuple[int, int]] = []
    if _DOT not in text:
        return found
    at = text.find("(")
    while at >= 0:
        if at > 0 and _HANGUL.match(text, at - 1) is not None:
            start = at - 1
            while start > max(0, at - 4) and _HANGUL.match(text, start - 1) is not None:
                start -= 1
            match = _NAME.match(text, start)
            if match is not None and (start == 0 or _HANGUL.match(text, start - 1) is None) \
                    and match.group("hangul") not in public:
                found.extend((match.span("hangul"), match.span("kana")))
        at = text.find("(", at + 1)
    return found
