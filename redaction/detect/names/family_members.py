"""A family member named by a kin word and a full name whose surname the text has already found on another's name (round AJ):
`【児童氏名】蔀 ゆずは … 母 蔀 沙織 … 父 蔀 健太郎`, `飼い主 雲雀 達彦（届出は妻 雲雀 里美）`, and a second name of the same surname joined by ・ to a found one
(`保護者　芦刈 大輔・芦刈 ユリア`). A rare surname the analyzer does
not know is read as a surname once the text gives it on a found name; the kin word before the second name says it is a
person's. Read only for the surnames of the names found so far, after a kin word (母, 妻, 長男 …) and a space or の.
"""

from __future__ import annotations

import re

from .lexicon import KIN

# a given name in one script, whole (正臣 before さん, not 正臣さん)
_GIVEN = "(?:[一-龯々]{1,4}(?![一-龯々])|[ァ-ヺー]{1,6}(?![ァ-ヺー])|[ぁ-ゖ]{2,4}(?![ぁ-ゖ]))"
_KIN_BEFORE = re.compile("(?:" + "|".join(sorted(KIN, key=len, reverse=True)) + r")(?:の|は)?[ \u3000]?\Z")
_TAIL = re.compile(r"[ \u3000](?P<given>" + _GIVEN + ")")
_BEFORE_A_MEMBER = frozenset(" \u3000のは・" + "".join(word[-1] for word in KIN))  # the character right before the surname
_KIN_REACH = 4  # a kin word of two characters, の or は, a space


def family_members(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Full names after a kin word whose surname is the surname of a name already found in the text (each surname's places
    found by str.find: a found surname stands a few times in a text)."""
    surnames = {text[start:end].split(" ")[0] for start, end in found if " " in text[start:end]}
    members: list[tuple[int, int]] = []
    ends = {end for _start, end in found}
    starts = {start for start, _end in found}

    def joined_to_a_found_name(at: int) -> bool:  # 芦刈 大輔・芦刈 ユリア: the name before ・ found, the same surname after it
        return at > 0 and text[at - 1] == "・" and at - 1 in ends

    for surname in surnames:
        if not 1 <= len(surname) <= 4 or not all("一" <= ch <= "龯" for ch in surname):
            continue
        at = text.find(surname)
        while at >= 0:
            if text[at - 1 : at] not in _BEFORE_A_MEMBER:  # one character tested first: most places of a surname are the name's own
                at = text.find(surname, at + len(surname))
                continue
            tail = _TAIL.match(text, at + len(surname))
            if (at not in starts and tail is not None and (_KIN_BEFORE.search(text, max(0, at - _KIN_REACH), at) is not None or joined_to_a_found_name(at))
                    and (at, tail.end()) not in found):
                members.append((at, tail.end()))
            at = text.find(surname, at + len(surname))
    return sorted(members)
