"""A dog's tag number after 鑑札 without 番号 (round BX).

An owner's particulars end with the dog's registration and its tag (`犬の登録番号 第…号、鑑札 R190-0417`): the tag after
its word alone, a space or a colon between. As with 鑑札番号 (round BF), the tag is read as the owner's: the tuning half
calls it so, the register behind it leading to the owner. Read only where 鑑札 stands (a literal test first).
"""

from __future__ import annotations

import re

TAG_WORD = "鑑札"
_TAG = re.compile(r"鑑札[ \u3000]*[:：]?[ \u3000]*(?P<id>[A-Z]{1,3}-?[0-9]{2,4}-[0-9]{3,6}|[A-Z]{1,3}[0-9]{5,8})(?![0-9A-Za-z-])")


def tag_numbers_after_the_word(text: str) -> list[tuple[int, int]]:
    """`R190-0417` in `鑑札 R190-0417`."""
    found: list[tuple[int, int]] = []
    at = text.find(TAG_WORD)
    while at >= 0:
        if (match := _TAG.match(text, at)) is not None:
            found.append(match.span("id"))
        at = text.find(TAG_WORD, at + len(TAG_WORD))
    return found
