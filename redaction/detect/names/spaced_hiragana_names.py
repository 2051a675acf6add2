"""A full name in hiragana with a space after every character (round BX).

A care taxi's ticket or a roster typed for large print sets every hiragana apart by a space and the surname from the
given name by an ideographic space (`乗客：う つ み　せ つ 様`, `| ③ ま ゆ ず み　ぎ ん じ |`): each part two to six
hiragana joined by single spaces, nothing spaced running on before or after. Read at each ideographic space (a literal:
the text's few are found by str.find) whose both sides are a hiragana and a space.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_IDEOGRAPHIC_SPACE = "\u3000"
_HIRAGANA = "ぁ-ゖ"
_SURNAME_BEFORE = re.compile(rf"(?<![{_HIRAGANA}])(?<![{_HIRAGANA}] )[{_HIRAGANA}](?: [{_HIRAGANA}]){{1,5}}\Z")
_GIVEN_AFTER = re.compile(rf"[{_HIRAGANA}](?: [{_HIRAGANA}]){{1,5}}(?![{_HIRAGANA}]| [{_HIRAGANA}])")


# The name is a person's: an honorific after it (様, さん, 殿), or it fills a field, opened by a colon, a table's bar or a
# circled number and closed by the bar or the line's end (not a heading spaced for large print: お し ら せ　で す).
_HONORIFIC_AFTER = re.compile(r"[ \u3000]*(?:様|さん|殿|君|ちゃん)")
_FIELD_OPENS = re.compile(r"[|:：①-⑳][ \u3000]*\Z")
_FIELD_CLOSES = re.compile(r"[ \u3000]*(?:\||$)", re.MULTILINE)


def _hiragana(character: str) -> bool:
    return "ぁ" <= character <= "ゖ"


@needs(_IDEOGRAPHIC_SPACE)
def hiragana_names_spaced_by_character(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`う つ み　せ つ` before 様, `ま ゆ ず み　ぎ ん じ` in a table's cell."""
    found: list[tuple[int, int]] = []
    at = text.find(_IDEOGRAPHIC_SPACE)
    while at >= 0:
        if (at >= 3 and _hiragana(text[at - 1]) and text[at - 2] == " " and _hiragana(text[at + 1 : at + 2] or "x")
                and text[at + 2 : at + 3] == " "
                and (before := _SURNAME_BEFORE.search(text, max(0, at - 11), at)) is not None
                and (after := _GIVEN_AFTER.match(text, at + 1)) is not None):
            span = (before.start(), after.end())
            line_start = text.rfind("\n", 0, span[0]) + 1
            a_persons = _HONORIFIC_AFTER.match(text, span[1]) is not None or (
                _FIELD_OPENS.search(text, line_start, span[0]) is not None and _FIELD_CLOSES.match(text, span[1]) is not None)
            if a_persons and text[span[0] : span[1]].replace(" ", "").replace(_IDEOGRAPHIC_SPACE, "") not in public:
                found.append(span)
        at = text.find(_IDEOGRAPHIC_SPACE, at + 1)
    return found
