"""Households' surnames in a circular board's sign-off rows (round BZ).

A 回覧板's check table lists each household in its order and whether it has seen the board: a row number, the household's
surname (kanji, hiragana, katakana, half-width katakana with its kanji in brackets, or a full name), then 済, 未 or ㊞
(| 1 | 戸倉 | 済 |, | 5 | ｵｵｸﾎﾞ | 未 |, 2     ｽｽﾞｷ(鈴木)        ㊞, 3     林田 ふみ          ㊞（留守・ポスト）). Read only where
回覧 stands in the text (a literal test first), and only rows closed by one of the three marks; a cell naming an empty
house, an office or a role (空き家, 請求者宅, 総務課) is no surname.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_ANCHOR = "回覧"
_MARKS = ("済", "未", "㊞")
_NAME = (r"[一-龯々ヶヵ]{1,4}(?:[ \u3000][一-龯々ぁ-ゖァ-ヺー]{1,4})?|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6}|[ｦ-ﾟ]{2,8}")
_ROW = re.compile(r"^[ \t]*\|?[ \t]*[0-9]{1,2}[ \t]*(?:\|[ \t]*|[ \t]{2,})"
                  rf"(?P<name>{_NAME})(?:\((?P<kanji>[一-龯々]{{1,4}})\))?"
                  r"[ \t\u3000]*(?:\|[ \t]*|[ \t\u3000]{2,})(?:済|未|㊞)", re.MULTILINE)
_NOT_A_HOUSEHOLD = re.compile("空き家|空家|宅$|課$|係$|室$|長$|班$|組$|会$|者$")


@needs(_ANCHOR)
def households_in_a_circulars_sign_off(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`戸倉` in | 1 | 戸倉 | 済 |, `ｽｽﾞｷ` and `鈴木` in 2     ｽｽﾞｷ(鈴木)        ㊞ (where 回覧 stands)."""
    if _ANCHOR not in text or not any(map(text.__contains__, _MARKS)):
        return []
    found: list[tuple[int, int]] = []
    for match in _ROW.finditer(text):
        name = match.group("name")
        if _NOT_A_HOUSEHOLD.search(name) is not None or name in public:
            continue
        found.append(match.span("name"))
        if match.group("kanji") is not None:
            found.append(match.span("kanji"))
    return found
