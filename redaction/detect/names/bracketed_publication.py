"""Names a bracket right after them says are published (round OJ).

A list of a body's officers marks which names the public record carries (1. 分団長 宮良 剛（広報で公表）, 会長 …（公表済み）):
the bracket glued after the full name says 公表, alone or after the medium (…で公表), or 公表済み. The name is then public
wherever the text repeats it. A bracket saying 非公表, 未公表 or 公表不可 holds none of these forms. Read only where 公表）
or 公表済 stands (most minutes hold neither).
"""

from __future__ import annotations

import re

from ..text import KANJI_CHARACTERS

_KANJI = KANJI_CHARACTERS
# a surname and a given name set apart by a space, after a space, a line's start or a list's punctuation, then the bracket
_NAME_BEFORE_PUBLISHED = re.compile(
    rf"(?:^|(?<=[ \u3000、・「]))(?P<surname>[{_KANJI}]{{1,4}})[ \u3000](?P<given>[{_KANJI}ぁ-ゖァ-ヺ]{{1,4}})"
    rf"[ \u3000]?[（(](?:[^（）()\n、。]{{1,8}}?で)?公表(?:済み?)?[）)]", re.MULTILINE)


def names_bracketed_published(text: str) -> frozenset[str]:
    """Full names (spaced and run together) a bracket right after them says are published."""
    if "公表）" not in text and "公表)" not in text and "公表済" not in text:
        return frozenset()
    names: set[str] = set()
    for match in _NAME_BEFORE_PUBLISHED.finditer(text):
        spaced = match.group()[: match.end("given") - match.start()]
        names |= {spaced, match.group("surname") + match.group("given")}
    return frozenset(names)
