"""An account's or a land's holder named in brackets before 名義 (round BZ).

`振替口座 … 普通 3012-0047781（蓑輪名義）`, `相続未登記（樋渡 マツ名義）`: the bracket holds a surname, or a full name, and
名義, nothing else (様 or さん between allowed, kept out of the name): the holder is a person. A body's word (市, 町内会,
法人, 組合, 会社 …) or a person's role (本人, 世帯主, 父) before 名義 names no one. Read only where 名義) stands (a literal
test first).
"""

from __future__ import annotations

import re

from ..needs import needs
from .lexicon import KIN
from .public import PublicNames

_ANCHOR = "名義)"
# an honorific between the name and 名義 stays out of the name (（西園寺 満様名義）)
_HOLDER = re.compile(r"\((?P<name>[一-龯々ヶヵ]{1,4}?(?:[ \u3000][一-龯々ぁ-ゖァ-ヺー]{1,4}?)?)(?:様|さん|氏|殿)?名義\)")
_NOT_A_PERSON = re.compile(r"(?:市|区|町|村|県|都|国|会|社|法人|組合|団体|課|協会|本人|個人|世帯主|共有|名|者|人|家|店|所|園|校|部)\Z")


@needs(_ANCHOR)
def holders_named_before_meigi(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`蓑輪` in （蓑輪名義）, `樋渡 マツ` in （樋渡 マツ名義）."""
    found: list[tuple[int, int]] = []
    at = text.find(_ANCHOR)
    while at >= 0:
        match = _HOLDER.search(text, max(0, at - 12), at + len(_ANCHOR))
        if match is not None and match.end() == at + len(_ANCHOR):
            name = match.group("name")
            if _NOT_A_PERSON.search(name) is None and name not in KIN and name not in public:
                found.append(match.span("name"))
        at = text.find(_ANCHOR, at + len(_ANCHOR))
    return found
