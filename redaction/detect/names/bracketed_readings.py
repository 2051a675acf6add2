"""A name with its surname's reading in brackets between surname and given name (round BH): `大河原（おおがわら）トシ子`,
`栗栖（くりす）遥斗`, as a form filled in with its furigana is copied into the minutes.

The surname (one to four kanji), its reading in hiragana in brackets (at least as long as the surname), then a given name
of one to three kanji, or kana with a kanji or two after them (トシ子), the whole read as the name. Only where its
sentence holds a person's word before it, not counting the speaker's mark (氏名, 名前, a role such as 会長 or 代表, a
person's label such as 申請者), and not when the "surname" ends as a place, an office or a generic word does. Read from
each bracket (the folded text's `(`) holding hiragana after a kanji.
"""

from __future__ import annotations

import re

from ..needs import needs
from ..text import KANJI_CHARACTERS
from .lexicon import PERSON_LABELS, is_generic
from .public import PublicNames

_K = KANJI_CHARACTERS
_NAME = re.compile(rf"(?<![{_K}])(?P<surname>[{_K}]{{1,4}})\((?P<reading>[ぁ-ゖー]{{2,12}})\)"
                   rf"(?P<given>[{_K}]{{1,3}}|[ァ-ヺー]{{1,4}}[{_K}]{{0,2}}|[ぁ-ゖ]{{1,3}}[{_K}]{{1,2}})(?![{_K}ァ-ヺー])")
_OPENING = re.compile(r"\((?=[ぁ-ゖ])")  # opens with the literal: the engine skips to each bracket
_A_KANJI = re.compile(rf"[{_K}]")
_PERSONS_WORDS = ("氏名", "名前", "会長", "代表", "会計", "世話人", "従事者", *PERSON_LABELS)
_NOT_A_SURNAME_ENDING = frozenset("市町村区県都道府郡字丁目番号課係局所室部会館園校院寺駅橋川山")


@needs("(", "（")
def names_with_a_bracketed_surname_reading(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`大河原(おおがわら)トシ子` on a line holding 氏名, 会長, 申請者 … before it."""
    found: list[tuple[int, int]] = []
    if "(" not in text:
        return found
    for opening in _OPENING.finditer(text):
        if opening.start() == 0 or _A_KANJI.match(text, opening.start() - 1) is None:
            continue
        match = _NAME.search(text, max(0, opening.start() - 4), opening.end() + 24)
        if match is None or match.start("reading") != opening.end():
            continue
        surname, reading = match.group("surname"), match.group("reading")
        if (len(reading) < len(surname) or surname[-1] in _NOT_A_SURNAME_ENDING or is_generic(surname)
                or f"{surname} {match.group('given')}" in public or match.group() in public):
            continue
        if any(word in text[_sentence_start(text, match.start()) : match.start()] for word in _PERSONS_WORDS):
            found.append(match.span())
    return found


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts: after the line's speaker mark (○会長　) or the last 。 before it."""
    line_start = text.rfind("\n", 0, at) + 1
    start = max(line_start, text.rfind("。", line_start, at) + 1)
    if start == line_start and text.startswith(("○", "◯"), line_start):
        space = text.find("\u3000", line_start, at)
        start = space + 1 if space >= 0 else start
    return start
