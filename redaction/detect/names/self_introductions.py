"""A caller introducing themself in full in a transcript's line (round AJ): わたしは ひいらぎ ななえ といいます, わたくし あがた しげる
です, わたしなまえは あまの きよし と申します — speech-to-text writes the name as it hears it, in hiragana as often as in kanji.

The self's word (わたし, わたくし, 私, with の名前は／なまえは or は after it), then a surname and a given name with a space
between (kana or kanji words), then と言います／と申します／です. Only in a line no speaker's turn opens (the council's own
○北村委員　私は北村 … is public) or in a quote a speaker reads out (「…わたくし あがた しげる です…」), and read only in windows after わたし or わたくし (私 opens a window only after them: it stands in most turns).
"""

from __future__ import annotations

import re

from ..needs import needs
from ..scan import anchored_finditer
from .public import PublicNames

_WORD = "[ぁ-ゖァ-ヺ一-龯々ー]"
_SELF_INTRODUCTION = re.compile(
    r"(?:わたくし|わたし|私)(?:の?(?:なまえ|名前|お名前)は|は|、)?[ \u3000]?"
    rf"(?P<name>{_WORD}{{1,5}}?[ \u3000]{_WORD}{{1,5}}?)[ \u3000]?(?=と(?:いいます|言います|申します|もうします)|です)")
_ANCHOR = re.compile("わたくし|わたし")  # a caller's word in a transcript (私 stands in most turns: not a window's word)
_REACH = 32  # the self's word, なまえは, a name of ten characters and its closing words
_SPEAKER_MARKS = ("○", "◯", "◎", "〇")


@needs("わ")
def self_introduced_names(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Full names a caller says are theirs, in lines that are not a speaker's turn."""
    found: list[tuple[int, int]] = []
    if "わ" not in text:  # one character first: most texts (and every short one) answer here
        return found
    for match in anchored_finditer(_SELF_INTRODUCTION, text, _ANCHOR, 0, _REACH):  # around each self's word (scan.present_words)
        line = text.rfind("\n", 0, match.start()) + 1
        name = match.group("name")
        quoted = text.rfind("「", line, match.start()) > text.rfind("」", line, match.start())
        if (text.startswith(_SPEAKER_MARKS, line) and not quoted) or name in public:
            continue  # a speaker's own words, unless they quote a caller (「…わたくし あがた しげる です…」)
        found.append(match.span("name"))
    return found
