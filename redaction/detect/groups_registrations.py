"""A group's registration number in the brackets right after the group's name (round BJ).

A children's cafeteria or a club the city registers is written with its number in brackets after its name
(みどり台こども食堂（登録番号 子食-151-017）, 子ども食堂「ひまわり食堂」（登録番号 …）): the number is the group's, as round Z
read a firm's (有限会社…（登録番号 …）). A person's registration has a person before its bracket (…さん（登録番号 …）), no
group's word.
"""

from __future__ import annotations

import re

_REACH = 16
_GROUPS_BRACKET_BEFORE = re.compile(
    r"(?:食堂|の会|協会|団体|クラブ|サークル|法人|組合|自治会|町会|町内会|子ども会|老人会|ボランティアグループ)[」』]?"
    r"[（(]登録番号[ \u3000:：は]*\Z")


def a_groups_registration(text: str, start: int) -> bool:
    """True for a number right after 登録番号 opening the brackets after a group's name."""
    return _GROUPS_BRACKET_BEFORE.search(text, max(0, start - _REACH), start) is not None
