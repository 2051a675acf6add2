"""Names followed by their bearer's birth date, as a screen or a register lists a household (round AE).

A spaced full name (a kanji surname of one to three characters: a longer run holds a word before it, 班員小松 亮, a space, a given name in kanji or kana), then 、 and a birth date opening with an era
(昭和, 平成, 令和, 大正, 明治; or the era's letter, S59.4.11) or a four-digit year with 年 or / (1986年2月3日, 1986/2/3):
姉川 伸二、昭和五十九年四月十一日、個人番号 … / 同じ世帯の 姉川 ゆかり、1986年2月3日. The date is the person's particular,
so the words before it are the person's name; a name the analyzer would not read (a river's 姉川) is read by the form.

Gated by 、 before an era's first character or a year's digit: most minutes hold none of them.
"""

from __future__ import annotations

import re

from ..text import KANJI_CHARACTERS

_KANJI = KANJI_CHARACTERS
_DATE_AHEAD = (r"(?:(?:昭和|平成|令和|大正|明治)[0-9元一二三四五六七八九十]{1,3}年|[SHRT][0-9]{1,2}[./]"
               r"|(?:19|20)[0-9]{2}(?:年|/|\.)[0-9]{1,2})")
_DATED_NAME = re.compile(rf"(?<![{_KANJI}ぁ-ゖァ-ヺ])(?P<name>[{_KANJI}]{{1,3}}[ \u3000][{_KANJI}ぁ-ゖァ-ヺ]{{1,4}}?)(?:様|さま|さん|くん|ちゃん|氏|殿|君)?、(?={_DATE_AHEAD})")
_GATE = re.compile(r"、(?:昭和|平成|令和|大正|明治|[SHRT][0-9]|(?:19|20)[0-9]{2})")


def names_before_birth_dates(text: str) -> list[tuple[int, int]]:
    """Spans of spaced full names right before 、 and a birth date (their findings still pass the recognizer's checks)."""
    if "、" not in text or _GATE.search(text) is None:
        return []
    return [match.span("name") for match in _DATED_NAME.finditer(text)]
