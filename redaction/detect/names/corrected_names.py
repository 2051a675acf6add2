"""A name misheard and corrected in an uncorrected speech-recognition transcript (round BT).

A transcript left as the machine wrote it keeps the speaker's slip and correction: `カワシマ、あ、いや、カワジリです、
川尻 伊織です`, `ヒロセ、じゃなくて、広瀬ではなくて、弘世です、弘世 征爾と申します`. Each word the speaker corrects
(カワシマ, ヒロセ, 広瀬) and the corrected word (カワジリ, 弘世) name the speaker, who gives the full name right after;
as the minutes keep them, each is the person's name. Read as one or more words in katakana (two to eight) or kanji (one
to four), each followed by a correction (、いや、 / 、あ、いや、 / 、じゃなくて、 / ではなくて、), then the last word and
です、, then a full name (surname, a space, a given name) and です or と申します. Read only where a correction's words
stand, each match tried in a short reach before and after them. A word so read, quoted later in the minutes (誤認識の
「カワシマ」も), is the same person's name.
"""

from __future__ import annotations

import re

from ..needs import needs
from ..text import KANJI_CHARACTERS
from .lexicon import is_generic
from .public import PublicNames

_K = KANJI_CHARACTERS
CORRECTION_WORDS = ("いや、", "いえ、", "じゃなくて、", "ではなくて、")
_WORD = rf"(?:[ァ-ヺー]{{2,8}}|[{_K}]{{1,4}})"
_CORRECTION = r"(?:、(?:(?:あ|あっ|えー|えっと)、)?(?:いや|いえ|じゃなくて)、|ではなくて、)"
_CHAIN = re.compile(rf"(?<![ァ-ヺー{_K}])(?P<chain>(?:{_WORD}{_CORRECTION})+)(?P<last>{_WORD})です、"
                    rf"(?P<full>[{_K}]{{1,4}}[ \u3000][{_K}ぁ-ゖァ-ヺー]{{1,5}})(?:です|と申します)")
_WORD_IN_CHAIN = re.compile(rf"(?P<word>{_WORD})(?={_CORRECTION})")
_REACH = 48


@needs(*CORRECTION_WORDS)
def names_corrected_by_their_speaker(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`カワシマ` and `カワジリ` in `カワシマ、あ、いや、カワジリです、川尻 伊織です`."""
    found: list[tuple[int, int]] = []
    seen: set[int] = set()
    for correction in CORRECTION_WORDS:
        at = text.find(correction)
        while at >= 0:
            match = _CHAIN.search(text, max(0, at - _REACH), at + _REACH + len(correction))
            if match is not None and match.start() not in seen and match.group("full") not in public:
                seen.add(match.start())
                for word in _WORD_IN_CHAIN.finditer(text, match.start("chain"), match.end("chain")):
                    if not is_generic(word.group("word")):
                        found.append(word.span("word"))
                found.append(match.span("last"))
            at = text.find(correction, at + len(correction))
    return sorted({*found, *_quoted_later(text, found)})


def _quoted_later(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each word read, quoted in 「」 after where it was first said."""
    first_end: dict[str, int] = {}
    for start, end in sorted(found):
        first_end.setdefault(text[start:end], end)
    quoted: list[tuple[int, int]] = []
    for word, end in first_end.items():
        at = text.find(f"「{word}」", end)
        while at >= 0:
            quoted.append((at + 1, at + 1 + len(word)))
            at = text.find(f"「{word}」", at + 1)
    return quoted
