"""Pieces of other words a kanji run's analysis takes for a surname and a given name (round AI).

The analyzer reads a spaced pair of kanji words as surname + given name; three shapes show the pair is cut from the
words around it, not a name:

- a one-kanji "surname" that is the tail of a longer kanji word before it, its "given name" a verb's stem with its
  okurigana after (報告 見守り: 告 and 見守) — a one-kanji surname after a role word (団員楠 大地) stays a name;
- a "surname" cut after the ツ that joins it to the kanji before (三ツ橋 勝: 橋 勝), the tail of a surname the run's
  kanji class does not hold (ヶ is in it; ケ and ノ-linked surnames are read whole by their own rule);
- a "given name" that is the 満 of an age (…生 満83歳), and a one-kanji "surname" glued to a date's digit (…30生).

Each test looks at a few characters around a pair the run's analysis found: no scan of its own.
"""

from __future__ import annotations

import re

from ..text import KANJI_CHARACTERS

_KANJI = KANJI_CHARACTERS
_OKURIGANA = frozenset("りるれろっ")
_AGE_AFTER = re.compile(r"\d{1,3}歳")
_KANJI_CHAR = re.compile(rf"[{_KANJI}]")


def cut_from_other_words(text: str, start: int, end: int) -> bool:
    """Whether the pair text[start:end] (a surname, a space, a given name) is cut from the words around it."""
    space = next((i for i in range(start, end) if text[i] in " \u3000"), None)
    if space is None:
        return False
    before = text[start - 1] if start > 0 else ""
    if space - start == 1 and before and (
            before.isdigit() or (_KANJI_CHAR.match(before) and text[end : end + 1] in _OKURIGANA)):
        return True  # 報告 見守り → 告 見守; …6.30生 満83歳 → 生 満
    if before == "ツ" and start > 1 and _KANJI_CHAR.match(text[start - 2]):
        return True  # 三ツ橋 勝 → 橋 勝
    return text[space + 1 : end] == "満" and _AGE_AFTER.match(text, end) is not None  # 満83歳: an age
