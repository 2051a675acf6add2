"""A volunteer fire brigade member's surname right before 団員 (round BV).

A brigade's papers call a member by surname and 団員 (`真壁団員の欄に真鍋団員の口座`, `鬼塚団員の氏名`): 団員 is no
official's title (a volunteer member is a private person), so the word before it is a surname. Read as one to three
kanji after no other kanji, right before 団員 and a particle or a stop; words that make 団員 a kind of member (消防団員,
女性団員, 新団員, 各団員 …) are no name. Only where 団員 stands (a literal test first, each match tried there).
"""

from __future__ import annotations

import re

from ..needs import needs
from .lexicon import OFFICIAL_TITLES, is_generic
from .public import PublicNames

_ANCHOR = "団員"
_SURNAME_BEFORE = re.compile(r"(?<![一-龯々])(?P<name>[一-龯々]{1,3})\Z")
_AFTER = re.compile(r"(?:の|から|は|が|に|を|と|へ|も|、|。|さん)")
# words before 団員 that name a kind of member, not a person
_KINDS = frozenset("""
消防 市消防 町消防 村消防 分 本 女性 男性 学生 少年 一般 基本 機能別 現役 新入 退職 歴代 全 各 新 元 現 旧 他 当 同
前 正 副 支 全体 先輩 若手 中堅 古参 予備 協力 応援 班 部 新人 所属 団 役 平 幹部
""".split())
_REACH = 3


@needs(_ANCHOR)
def surnames_before_a_members_word(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`真壁` in 真壁団員の欄に, `鬼塚` in 鬼塚団員の氏名."""
    found: list[tuple[int, int]] = []
    at = text.find(_ANCHOR)
    while at >= 0:
        if (_AFTER.match(text, at + len(_ANCHOR)) is not None
                and (match := _SURNAME_BEFORE.search(text, max(0, at - _REACH), at)) is not None):
            name = match.group("name")
            if (name not in _KINDS and not name.endswith(("消防", "団")) and not is_generic(name)
                    and name not in OFFICIAL_TITLES and name not in public):
                found.append(match.span("name"))
        at = text.find(_ANCHOR, at + len(_ANCHOR))
    return found
