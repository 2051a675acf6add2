"""Several people's full names on one line joined by ・ or ／ (round BL).

A stall's holders, a family at a shelter's desk, a couple (羽根田 トヨ・羽根田 勝己, 鮫島 玲央／尾花 ちさと, 垂水 健吾・垂水 さやか・
垂水 蒼): full names written surname, space, given name, two or more of them joined by ・ or ／ with nothing else between —
every one of them a person, though the reader's dictionary knows only some. A couple named by one full name and the other's
given name before 夫妻 or 夫婦 (鳥海 研二・和恵夫妻): the given name too. Not an office's units (総務課 庶務係・会計課 出納係):
a part ending as an office's does, or holding a form's field word (担当者名 湯浅・須藤 電話番号), is no name, and
the whole is passed over. Read only in texts holding ・ or ／.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_KANJI = "一-龯々"
_FULL_NAME = rf"[{_KANJI}]{{1,4}}[ \u3000][{_KANJI}ぁ-ゖァ-ヺー]{{1,4}}"
_JOINED = re.compile(rf"(?<![{_KANJI}ぁ-ゖァ-ヺー])(?P<names>{_FULL_NAME}(?:[・/]{_FULL_NAME}){{1,5}})(?![{_KANJI}ぁ-ゖァ-ヺー])")
_COUPLES_GIVEN = re.compile(rf"(?<![{_KANJI}ァ-ヺー]){_FULL_NAME}・(?P<given>[{_KANJI}ぁ-ゖァ-ヺ]{{1,3}})(?:夫妻|夫婦)")
_OFFICES_PART = re.compile(r"(?:課|係|室|部|班|局|所|長|会|館|校|園|店|組|隊|団|省|庁|区|市|町|村|県|都|府)$")
_SEPARATOR = re.compile("[・/]")
# a form's field words in a part (担当者名 湯浅・須藤 電話番号): a form's line, no names joined
# (round BN) and a relation's field (氏名 竹之内 理沙／続柄 知人／住所 …)
_FIELD_WORDS = re.compile("番号|電話|住所|氏名|担当|連絡|名前|者名|窓口|続柄")
_HONORIFICS = frozenset(("様", "さん", "殿", "氏", "君", "ちゃん"))


def _joined_in_lines(text: str) -> list[re.Match[str]]:
    """The pattern's matches in each line holding ・ or ／, read once a line (the pattern is tried there only)."""
    matches: list[re.Match[str]] = []
    position = 0
    while (found := min((i for i in (text.find("・", position), text.find("/", position)) if i >= 0), default=-1)) >= 0:
        line_start = text.rfind("\n", 0, found) + 1
        line_end = text.find("\n", found)
        line_end = len(text) if line_end < 0 else line_end
        matches += _JOINED.finditer(text, line_start, line_end)
        position = line_end + 1
    return matches


@needs("・", "/", "／")
def names_joined_by_a_dot_or_slash(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Each full name of two or more joined by ・ or ／, and a couple's given name before 夫妻."""
    found: list[tuple[int, int]] = []
    if "・" not in text and "/" not in text:
        return found
    for match in _joined_in_lines(text):
        parts: list[tuple[int, int]] = []
        position = match.start("names")
        for part in _SEPARATOR.split(match.group("names")):
            parts.append((position, position + len(part)))
            position += len(part) + 1
        words = [text[lo:hi] for lo, hi in parts]
        if any(_OFFICES_PART.search(word.split()[0]) or _OFFICES_PART.search(word) or word.split()[-1] in _HONORIFICS
               or _FIELD_WORDS.search(word) for word in words):
            continue  # 総務課 文書係・会計課 審査係; 玉置 伸也 様・玉置 恵 様 (the match opening inside a name, 様 its "given name")
        found += [(lo, hi) for (lo, hi), word in zip(parts, words, strict=True) if word not in public]
    if "夫" in text:
        for match in _COUPLES_GIVEN.finditer(text):
            found.append(match.span("given"))
    return found
