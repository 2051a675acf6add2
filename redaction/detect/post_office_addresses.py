"""A person's address at a post office: a PO box or a 局留 (round BX).

Someone who will not give their home gives the post office's box or asks for mail held there (`すみれ郵便局私書箱第27号
あて`, `返送用の宛先は「すみれ郵便局留 仁科」`): the box's number, or the 局留 with the addressee's surname after it, is
where that person's mail reaches them. Read as the office's place and name, 郵便局, then 私書箱 and its number, or 留
(留め) and a kanji surname. Read only where 私書箱 or 局留 stands (a literal test of each).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .scan import anchored_finditer

POST_OFFICE_WORDS = ("私書箱", "局留")
_PLACE = r"(?<![一-龯々ぁ-ゖァ-ヺー])[一-龯々ぁ-ゖァ-ヺー]{1,8}?郵便局[ \u3000]?"
_PO_BOX = re.compile(rf"{_PLACE}私書箱[ \u3000]?第?[0-9]{{1,5}}号?")
_HELD = re.compile(rf"{_PLACE}留め?[ \u3000]*[一-龯々]{{1,4}}(?![一-龯々])")
_PO_BOX_WORD = re.compile("私書箱")
_HELD_WORD = re.compile("局留")


def addresses_at_a_post_office(text: str) -> Iterator[tuple[int, int]]:
    """`すみれ郵便局私書箱第27号`, `すみれ郵便局留 仁科`."""
    if "私書箱" in text:
        for match in anchored_finditer(_PO_BOX, text, _PO_BOX_WORD, 14, 12):
            yield match.span()
    if "局留" in text:
        for match in anchored_finditer(_HELD, text, _HELD_WORD, 12, 8):
            yield match.span()
