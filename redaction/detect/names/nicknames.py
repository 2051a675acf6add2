"""A child's nickname in a child's record (round AD).

A nursery's 連絡帳, a school's or a 児童's record names children by a hiragana nickname and ちゃん or くん (ゆいちゃん,
りっくん): the child's own name, as a given name is. Read only where the text is a child's record (園児, 保育, 連絡帳, 児童,
幼稚園, こども園 stand in it) and the nickname opens after a character that is no hiragana (a bracket, a quote, a space,
punctuation, a kanji): never a word for a relative (おばあちゃん, にいちゃん, 赤ちゃん) nor the adverb ちゃんと after a word.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_CHILDS_RECORD = re.compile("園児|保育|連絡帳|児童|幼稚園|こども園|子ども園")
_NICKNAME = re.compile(r"(?<![ぁ-ゖー])(?P<name>[ぁ-ゖ][ぁ-ゖー]{1,3})(?:ちゃん|くん)")
_PARTICLES = frozenset("でにをがはとのもへや")
# Not a nickname: a relative's word (おにいちゃん, ばあちゃん), a word before the adverb ちゃんと (もうちゃんと).
_NOT_A_NICKNAME = re.compile("お.*|.*(?:ばあ|じい|にい|ねえ|かあ|とう|あに|あね)|もう|まだ|みんな|みな|また|すぐ|よく|いつも|これ|それ|あれ"
                             "|ここ|そこ|ぜんぶ|ずっと|きちんと|あか|あかん|ぼう|ぼっ|じょう")  # あかちゃん: a baby


@needs("ゃ", "くん")
def childrens_nicknames(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Hiragana nicknames with ちゃん or くん in a child's record."""
    if "ゃ" not in text and "くん" not in text:  # ゃ alone: a one-character search is the fastest
        return []
    if _CHILDS_RECORD.search(text) is None:
        return []
    found: list[tuple[int, int]] = []
    for match in _NICKNAME.finditer(text):
        name, start = match.group("name"), match.start()
        if len(name) >= 3 and name[0] in _PARTICLES and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
            name, start = name[1:], start + 1  # 途中でそうくん: a particle after a kanji word, then the nickname
        if _NOT_A_NICKNAME.fullmatch(name) or name in public:
            continue
        found.append((start, match.end()))  # the nickname is said with its ちゃん or くん (りっくん): the whole word
    return found
