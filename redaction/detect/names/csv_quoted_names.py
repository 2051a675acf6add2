"""A name written surname, comma, given name inside a CSV row's quoted field (round BX).

A system's export quotes every field so that a comma may stand inside one (`"P190-0233","蕪木, 千晶","ｶﾌﾞﾗｷﾞ ﾁｱｷ",…` and
`"P190-0234","Liang, Meixi",…`): a field holding a kanji surname and a kanji or kana given name, or two capitalised Latin
words, joined by ", ", between `","` on both sides, on a row holding a person's particular further on (a run of four
digits, an @, 丁目 or 番地). Read only where `","` stands (a literal: most minutes hold none).
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_BETWEEN_FIELDS = '","'
_FIELD = re.compile(r'","(?P<name>[一-龯々]{1,4}, [一-龯々ぁ-ゖァ-ヺー]{1,5}|[A-Z][a-z]{1,15}, [A-Z][a-z]{1,15})","')
_PARTICULAR = re.compile(r"@|[0-9]{4,}|[0-9]{2,4}[- ][0-9]{3,4}[- ][0-9]{4}|丁目|番地")


@needs(_BETWEEN_FIELDS)
def names_with_a_comma_in_quoted_fields(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`蕪木, 千晶` in `"P190-0233","蕪木, 千晶",…`; `Liang, Meixi` in `"…","Liang, Meixi",…`."""
    found: list[tuple[int, int]] = []
    at = text.find(_BETWEEN_FIELDS)
    while at >= 0:
        if (match := _FIELD.match(text, at)) is not None and match.group("name") not in public:
            line_end = text.find("\n", match.end())
            if _PARTICULAR.search(text, match.end("name"), len(text) if line_end < 0 else line_end) is not None:
                found.append(match.span("name"))
        at = text.find(_BETWEEN_FIELDS, at + len(_BETWEEN_FIELDS))
    return found
