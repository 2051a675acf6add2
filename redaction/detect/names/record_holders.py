"""A record's holder named in full where a register or a ledger writes it (round AD).

- After a holder's word and a space (所有者 一ノ瀬 こはる, 飼い主 鷹野 湊): a surname of kanji (ノ, ケ and ヶ inside: 一ノ瀬,
  桐ケ谷) or katakana, one space, and a given name of kanji or hiragana, up to a bracket, a space, a cell's bar or the line's end.
- After a personal number's value and an ideographic space, in a ledger's cell or line (学籍番号 23J4-1187　阿久津 蒼, 患者番号
  00581204　ベネット 亜美): the card's holder, whose name the card carries beside its number.

- (round AE) After a log's name key and =, a Latin surname (a hyphen joining two: Nakamura-Lee) and a given name in kanji
  or katakana (氏名=Nakamura-Lee 翔): the person the log's line is about.

All read only a spaced name whose given name stands whole before the boundary, so that a phrase (所有者 不明) is no name.
"""

from __future__ import annotations

import re

from ..scan import anchored_finditer
from .lexicon import NAME_LABELS, PERSON_LABELS, is_generic
from .public import PublicNames

_SURNAME = "(?:[一-龯々][一-龯々ノケヶ]{0,3}|[ァ-ヺ][ァ-ヺー]{1,7})"
_GIVEN = "(?:[一-龯々]{1,3}|[ぁ-ゖ]{2,4})"
_NAME = rf"(?P<name>{_SURNAME}[ \u3000]{_GIVEN})(?=[（(、。,，|｜]|[ \u3000]|$)"
_HOLDER_WORDS = ("所有者", "飼い主", "名義人")
_AFTER_HOLDER = re.compile(rf"(?:{'|'.join(_HOLDER_WORDS)})[ \u3000:：]+{_NAME}", re.MULTILINE)
_HOLDER_ANCHOR = re.compile("|".join(_HOLDER_WORDS))
_AFTER_NUMBER = re.compile(rf"(?:番号|ID|No\.?)[ :：]*[0-9A-Za-z][0-9A-Za-z-]{{3,}}\u3000{_NAME}", re.MULTILINE)
_NUMBER_ANCHOR = re.compile("番号|ID|No")
_LATIN_SURNAME_KEYED = re.compile(r"(?:氏名|名前|申込者|申請者)=(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \u3000](?:[一-龯々]{1,3}|[ァ-ヺ][ァ-ヺー]{1,7}))"
                                  r"(?=[ \u3000,;|]|$)", re.MULTILINE)
_KEY_ANCHOR = re.compile("名=|者=")  # at most 2 characters after the match's start
_LABEL_WORDS = frozenset((*NAME_LABELS, *PERSON_LABELS, "氏名", "名前"))
_REACH = 48  # a label, its number and a name at most


def _names(pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, public: PublicNames, before: int = 0) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for match in anchored_finditer(pattern, text, anchor, before, _REACH):
        name = match.group("name")
        surname = re.split("[ \u3000]", name)[0]
        if name in public or (is_generic(surname) and len(surname) > 1) or surname in _LABEL_WORDS:
            continue  # 被保険者番号 1000372914　氏名 須田 トメ: the next field's label, not a surname
        found.append(match.span("name"))
    return found


def holders_named_in_records(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Holders named after a holder's word or after their card's number (read only around those words)."""
    found: list[tuple[int, int]] = []
    found += _names(_AFTER_HOLDER, _HOLDER_ANCHOR, text, public)
    if "\u3000" in text:
        found += _names(_AFTER_NUMBER, _NUMBER_ANCHOR, text, public)
    if "名=" in text or "者=" in text:
        found += _names(_LATIN_SURNAME_KEYED, _KEY_ANCHOR, text, public, before=2)
    return found
