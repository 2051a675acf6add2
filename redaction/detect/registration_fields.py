"""A holder's registration number after a bare 登録 in a person's record line (round BH).

A register of licensed people written one person a line (`従事者 朝比奈 剛  許可証 すみれ有害第143-017号  登録 狩登143-20881`)
gives each field its short word: 登録 then spaces, then the registration (a short kanji prefix glued to digits, a hyphen
and digits). Read only on a line that opens with a person's word (従事者, 申請者, 氏名 …), so a thing's or a business's
登録 elsewhere stays unread; the line's other fields are read by their own rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .names.lexicon import PERSON_LABELS

_FIELD = re.compile(r"登録[ \u3000]*[:：]?[ \u3000]+(?P<id>[一-龯]{1,3}[0-9]{2,4}-[0-9]{3,7})(?![0-9A-Za-z-])")
_PERSONS_WORDS = ("従事者", "氏名", "会員", "狩猟者", *PERSON_LABELS)


def registrations_in_persons_lines(text: str) -> Iterator[tuple[int, int]]:
    """`登録 狩登143-20881` on a line opening with 従事者 or another person's word."""
    for match in _FIELD.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        head = text[line_start : match.start()].lstrip(" \u3000-・*")
        if head.startswith(_PERSONS_WORDS):
            yield match.span("id")
