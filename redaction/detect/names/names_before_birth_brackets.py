"""Names right before a whole birth date in brackets (round BX).

A notice's list of children names each with their birth in brackets (`対象児童　長男 颯真（2199年4月2日生）`, `西脇 陽葵（…生）、
西脇 颯（2211年4月1日生）`): a full name (a kanji surname, a space, a given name) before the bracket, or a given name alone
after a child's relation word (長男, 次女 …), the bracket holding a whole date and 生. Read only where 日生 stands (a
literal every bracket holds), each bracket tried from there.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_BORN = "日生"
_DATE_IN_BRACKET = re.compile(r"[(（](?:(?:19|20|21|22)[0-9]{2}|(?:明治|大正|昭和|平成|令和)[0-9元]{1,3})年[0-9]{1,2}月[0-9]{1,2}日生[)）]")
_FULL_NAME_BEFORE = re.compile(r"(?:^|[\s、。,：:「])(?P<name>[一-龯々]{1,4}[ \u3000][一-龯々ぁ-ゖァ-ヺー]{1,5})\Z", re.MULTILINE)
_CHILD_BEFORE = re.compile(r"(?:長|次|三|四|五|末)(?:男|女)[ \u3000]*(?P<name>[一-龯々ぁ-ゖァ-ヺー]{1,4})\Z")
_REACH = 14
# A name's honorific before the bracket (白鳥 陽葵ちゃん（…生）, 清志 氏（…生）) is no part of it: the other readings find the name
# before it; this reading takes only a name closed right at the bracket.
_HONORIFIC_ENDING = ("様", "さま", "さん", "ちゃん", "くん", "君", "氏", "殿")
# A person's word glued before the surname (児童能勢 湊（…生）) is no part of it: the name starts after it.
_PERSONS_WORD_GLUED = re.compile(r"(?:児童|生徒|園児|本人|対象者?|長男|長女|次男|次女|三男|三女)(?=[一-龯々])")


@needs(_BORN)
def names_before_a_bracketed_birth_date(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`西脇 颯` in `…、西脇 颯（2211年4月1日生）`, `颯真` in `長男 颯真（2199年4月2日生）`."""
    found: list[tuple[int, int]] = []
    at = text.find(_BORN)
    while at >= 0:
        opening = max(text.rfind("(", max(0, at - 16), at), text.rfind("（", max(0, at - 16), at))
        if opening > 0 and _DATE_IN_BRACKET.match(text, opening) is not None:
            lo = max(0, opening - _REACH)
            match = _CHILD_BEFORE.search(text, lo, opening) or _FULL_NAME_BEFORE.search(text, lo, opening)
            if (match is not None and not match.group("name").endswith(_HONORIFIC_ENDING)
                    and match.group("name").replace(" ", "").replace("\u3000", "") not in public):
                glued = _PERSONS_WORD_GLUED.match(text, match.start("name"))
                found.append((match.start("name") if glued is None else glued.end(), match.end("name")))
        at = text.find(_BORN, at + len(_BORN))
    return found
