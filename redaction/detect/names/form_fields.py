"""A name quoted as a form's person field reads it (round AL): 代表者欄に「鷺坂 ひなた」, 申請者欄は「…」, 氏名欄に「…」.

A copy of a filled-in form described field by field names its values in quotes; a field of a person (…者欄, 氏名欄, 名前欄,
名義人欄) holds the person's name. The quote must hold a spaced full name alone (a kanji surname, a space, a given name in
kanji or kana). Read from each 欄 (a literal: the engine's fast skip), in texts holding 欄「 or 欄に「／欄は「.
"""

from __future__ import annotations

import re

from ..needs import needs
from ..text import KANJI_CHARACTERS
from .public import PublicNames

_KANJI = KANJI_CHARACTERS
_FIELD_QUOTE = re.compile(rf"欄(?:に|には|は|が)?「(?P<name>[{_KANJI}]{{1,4}}[ \u3000][{_KANJI}ぁ-ゖァ-ヺー]{{1,4}})」")
_PERSONS_FIELD = re.compile(rf"(?:[{_KANJI}]者|氏名|名前|名義人?)\Z")
# (round BJ) or after the field and a colon, the name ending before 、, a bracket or the line's end (1. 被害者欄：笹塚 里奈、090-…):
# a list of a form's fields read out; the surname may be a place's name too (笹塚), the field says it is a person's
_FIELD_COLON = re.compile(rf"欄[：:][ \u3000]?(?P<name>[{_KANJI}]{{1,4}}[ \u3000][{_KANJI}ぁ-ゖァ-ヺー]{{1,4}})(?=[、,（(]|$)", re.MULTILINE)


@needs("欄")
def names_in_person_fields(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Full names quoted right after a person's field of a form (代表者欄に「鷺坂 ひなた」), or after its colon (被害者欄：…、)."""
    if "欄" not in text:
        return []
    found: list[tuple[int, int]] = []
    if "欄：" in text or "欄:" in text:
        found += [match.span("name") for match in _FIELD_COLON.finditer(text)
                  if _PERSONS_FIELD.search(text, max(0, match.start() - 4), match.start()) and match.group("name") not in public]
    if "「" not in text:
        return found
    for match in _FIELD_QUOTE.finditer(text):
        name = match.group("name")
        if _PERSONS_FIELD.search(text, max(0, match.start() - 4), match.start()) and name not in public:
            found.append(match.span("name"))
    return found
