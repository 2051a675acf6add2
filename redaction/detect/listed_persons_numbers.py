"""A 第…号 number opening a list's item about a person (round BN).

A register read out as a list gives each person's line its number first, then the person and their particulars:
`- 要支第163-0071号　籾山 キヨ　令和87年8月15日　すみれ市…　042-…`. The number opening the item (a list mark, a prefix of
kanji or kana, 第, digits with a hyphen, 号), an ideographic space, a full name (kanji, a space and kanji or kana; or capitalised
Latin words), and a birth date further on the same line: the number is the person's entry in the register, as the same
number under a 登録番号 column is. Read only on the lines holding 号 and an ideographic space, from each line's start (not the text's first line).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .text import HYPHEN, KANJI

_ITEM = re.compile(
    rf"[ \t]*(?:[-・*]|[0-9]{{1,3}}[.)])[ \u3000]*(?P<id>[{KANJI}ぁ-ゖァ-ヺ]{{1,6}}第[0-9]{{2,4}}{HYPHEN}[0-9]{{3,5}}号)\u3000[ \u3000]*"
    rf"(?:[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖァ-ヺー]{{1,4}}|[A-Z\u00c0-\u00de\u0100-\u017f][^\s(（]{{1,15}} [A-Z\u00c0-\u00de\u0100-\u017f])"
    rf"(?P<rest>[^\n]*)")
_BIRTH_DATE = re.compile(r"(?:明治|大正|昭和|平成|令和|[0-9]{4}年?)[0-9]{0,3}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}")


def numbers_opening_a_persons_item(text: str) -> Iterator[tuple[int, int]]:
    """`要支第163-0071号` opening `- 要支第163-0071号　籾山 キヨ　令和87年8月15日　…`."""
    lines = set()
    if "号\u3000" not in text:  # the number and an ideographic space before the name: only those lines are read
        return  # (号 and a plain space stands in most minutes: 第1号 議案 …)
    at = text.find("号\u3000")
    while at >= 0:
        lines.add(text.rfind("\n", 0, at) + 1)
        at = text.find("号\u3000", at + 2)
    for line in sorted(lines):
        match = _ITEM.match(text, line)
        if line and match is not None and _BIRTH_DATE.search(match.group("rest")):
            yield match.span("id")
