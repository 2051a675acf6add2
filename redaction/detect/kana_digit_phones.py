"""Phone numbers said in kana digit words, their groups parted by 、 (round OJ).

A caller's number as a transcript or a clerk's note writes it down: each digit a word in katakana or hiragana (ゼロ, キュー,
ゴー, ニー; ぜろ, きゅう, ごー, にー), a ・ between the digits or none, and 、 between the number's three groups
(ゼロハチゼロ、ゴーゴーゴーキュー、イチサンナナゴ; ぜろきゅうぜろ、ごーごーごーいち、よんにーきゅうはち;
ゼロ・キュー・ゼロ、ゴー・ゴー・ゴー・ハチ、…). The run opens with zero as every number does; its digits are handed to the
phone recognizer, which checks a national number's length and groups. Read only where ゼロ or ぜろ stands.
(round BV) and the groups parted by ・, 、の or の、 when no ・ stands between a group's digits
(ゼロヨンニ・ゼロゼロゼロ・ロクイチキューサン, ゼロハチゼロの、サンサンイチキュー、ナナゴーゼロイチ).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_WORDS = {"ゼロ": "0", "レイ": "0", "マル": "0", "イチ": "1", "ニー": "2", "ニ": "2", "サン": "3", "ヨン": "4", "ゴー": "5", "ゴ": "5",
          "ロク": "6", "ナナ": "7", "ハチ": "8", "キュウ": "9", "キュー": "9", "ク": "9"}
_HIRAGANA = {"".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in word): digit for word, digit in _WORDS.items()}
_DIGITS = {**_WORDS, **_HIRAGANA}
_DIGIT = "(?:" + "|".join(sorted(_DIGITS, key=len, reverse=True)) + ")"
_GROUP = rf"{_DIGIT}(?:・?{_DIGIT}){{0,3}}"
_NUMBER = re.compile(rf"(?:ゼロ|ぜろ)(?:・?{_DIGIT}){{1,4}}、{_GROUP}、{_GROUP}")
_ONE_DIGIT = re.compile(_DIGIT)
# (round BV) groups of plain digit words parted by ・, 、の, の、 or 、 (at least one group of two or more digits after each)
_SEPARATOR = "(?:・|、の|の、|、)"
_PARTED_NUMBER = re.compile(rf"(?:ゼロ|ぜろ){_DIGIT}{{1,4}}{_SEPARATOR}{_DIGIT}{{1,4}}{_SEPARATOR}{_DIGIT}{{2,4}}")
_SEPARATORS = re.compile(_SEPARATOR)


def phones_in_kana_words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the number as 0XX-XXXX-XXXX) of each run of kana digit words in three groups parted by 、."""
    for match in _NUMBER.finditer(text):
        groups = ["".join(_DIGITS[word] for word in _ONE_DIGIT.findall(group.replace("・", ""))) for group in match.group().split("、")]
        yield match.start(), match.end(), "-".join(groups)
    for match in _PARTED_NUMBER.finditer(text):  # (round BV) ゼロヨンニ・ゼロゼロゼロ・…, ゼロハチゼロの、…
        if "・" in match.group() or "の" in match.group():  # all parted by 、 alone: read above
            groups = ["".join(_DIGITS[word] for word in _ONE_DIGIT.findall(group)) for group in _SEPARATORS.split(match.group())]
            yield match.start(), match.end(), "-".join(groups)
