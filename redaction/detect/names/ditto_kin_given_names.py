"""A given name after a ditto mark, its kinship in brackets after it, in a ledger's line (round BT).

A register written in columns of spaces (a code block, not a Markdown table) repeats the row above's surname with 〃
and names a family member by the given name alone, the kinship in brackets (`7/3  〃 ふみ江（妻）　〃　〃`,
` 503号　〃 ひかり（妻、夜勤のため…）`): the given name is a person's, as the full name above is. Read as 〃, a space,
one to four kanji or kana, then a bracket opening with a kin word (妻, 夫, 娘, 息子, 長男 …) closed by the bracket or
a comma. Round OJ reads the mark in a Markdown table's name column; this reads it anywhere the kinship follows.
Read only where 〃 stands, each match tried at the mark.
"""

from __future__ import annotations

import re

from ..needs import needs
from ..text import KANJI_CHARACTERS
from .lexicon import is_generic
from .public import PublicNames

_DITTO = "〃"
_GIVEN_WITH_KIN = re.compile(rf"〃[ \u3000]+(?P<given>[{KANJI_CHARACTERS}ぁ-ゖァ-ヺー]{{1,4}})"
                             r"\((?:妻|夫|娘|息子|長男|長女|次男|次女|三男|三女|母|父|祖母|祖父|孫|兄|姉|弟|妹|子)[、,)]")


@needs(_DITTO)
def given_names_after_a_ditto_with_their_kin(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`ふみ江` in `〃 ふみ江（妻）`, `ひかり` in `〃 ひかり（妻、…）`."""
    found: list[tuple[int, int]] = []
    at = text.find(_DITTO)
    while at >= 0:
        if (match := _GIVEN_WITH_KIN.match(text, at)) is not None and match.group("given") not in public \
                and not is_generic(match.group("given")):
            found.append(match.span("given"))
        at = text.find(_DITTO, at + 1)
    return found
