"""Words read in a name's place that name no one (round BZ).

- a word before 氏 where 氏 is the noun "surname", not the honorific: an adjective's or a verb's inflected ending or a
  possessive の right before it (新しい氏でお送りし, 前回ご報告した氏の変更, お子さんの氏は): a kanji, then しい, い, した,
  った or の (さんの) — a name before the honorific 氏 ends in its own kanji or kana, never in such an ending;
- a date's unit after its digits (令和201年4月 氏変更: 月 before 氏);
- a verb's stem of one kanji with its okurigana and a particle after it (保護者：帰りは父が…: 帰り, not a surname 帰);
- a note's label and a relative's word (備考　夫　笹倉 源一): the relation, the name after it stays read.
Each test is a literal look at the characters beside the candidate first.
"""

from __future__ import annotations

import re

from .lexicon import KIN

_INFLECTED_BEFORE_UJI = re.compile(r"[一-龯](?:しい|い|した|った|さんの|の)\Z")
_DATE_UNITS = frozenset("年月日")
_OKURIGANA_THEN_PARTICLE = re.compile("[りきしちみびいえけせてね][はがをもにで]")
_NOTE_THEN_KIN = re.compile(rf"(?:備考|特記事項|メモ)[ \u3000]+(?:{'|'.join(KIN)})\Z")


def a_word_in_a_names_place(text: str, start: int, end: int) -> bool:
    """True when the candidate text[start:end] is one of the module's words, no name (round BZ)."""
    candidate = text[start:end]
    if text[end : end + 1] == "氏":
        if _INFLECTED_BEFORE_UJI.search(candidate) is not None:
            return True  # 新しい氏, ご報告した氏, お子さんの氏
    if candidate in _DATE_UNITS and text[start - 1 : start].isdigit() and text[end : end + 2].lstrip(" \u3000")[:1] == "氏":
        return True  # 4月 氏変更
    if len(candidate) == 1 and _OKURIGANA_THEN_PARTICLE.match(text, end) is not None and candidate in _VERB_STEMS:
        return True  # 帰りは
    return (" " in candidate or "\u3000" in candidate) and _NOTE_THEN_KIN.search(candidate) is not None  # 備考　夫


# one-kanji verb stems a label's reader may take for a surname (帰りは, 行きは, 着きは)
_VERB_STEMS = frozenset("帰行着送迎戻出入来")
