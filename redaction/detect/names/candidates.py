"""Candidate name spans: the run of kanji or katakana (full- or half-width) right before a context word.

A run may hold one space between two groups (山田 太郎, ジョン スミス). A run never
crosses the mask character 〓, punctuation, hiragana or Markdown.
"""

from __future__ import annotations

from functools import lru_cache

_KANJI = frozenset(chr(c) for c in range(0x4E00, 0x9FB0)) | frozenset("々〆ヶヵ")
_KATAKANA = frozenset(chr(c) for c in range(0x30A1, 0x30FB)) | frozenset("ー・")
_HANKAKU = frozenset(chr(c) for c in range(0xFF66, 0xFFA0))  # half-width katakana, ﾞ and ﾟ included
_SPACES = frozenset(" \u3000")
MAX_RUN = 10


def is_kanji(ch: str) -> bool:
    return ch in _KANJI


def is_katakana(ch: str) -> bool:
    return ch in _KATAKANA


def is_hankaku(ch: str) -> bool:
    return ch in _HANKAKU


def _script(ch: str) -> str | None:
    if ch in _KANJI:
        return "kanji"
    if ch in _KATAKANA:
        return "katakana"
    if ch in _HANKAKU:
        return "hankaku"
    return None


_HIRAGANA = frozenset(chr(c) for c in range(0x3041, 0x3097))
_PARTICLE_CHARS = frozenset("のはがをにでともへやお")
_MAX_KANA_GIVEN = 4


def _hiragana_given_name(text: str, end: int, min_kana: int = 2) -> int | None:
    """Start of "中山 さくら" / "横山さくら" / "須田 ちか子": a kanji surname, then a hiragana given name."""
    start = end
    while start > 0 and end - start < _MAX_KANA_GIVEN and text[start - 1] in _HIRAGANA:
        start -= 1
    spaced = start > 1 and text[start - 1] in _SPACES and text[start - 2] in _KANJI  # 岸本 のぞみ: の is no particle
    if end - start < min_kana or (text[start] in _PARTICLE_CHARS and not spaced) or (start > 0 and text[start - 1] in _HIRAGANA):
        return None
    if start > 0 and text[start - 1] in _SPACES:
        start -= 1
    surname = start
    while surname > 0 and start - surname < 3 and text[surname - 1] in _KANJI:
        surname -= 1
    if surname == start or (surname > 0 and text[surname - 1] in _KANJI):
        return None
    return surname


# A given name of kana and one kanji: ちか子, はる美, まさ代.
_KANA_NAME_ENDINGS = frozenset("子美代江枝恵香乃世")


def run_before(text: str, end: int) -> int | None:
    """Start of the name-like run that ends at `end`, or None when there is none."""
    back = run_back(text[max(0, end - RUN_BEFORE_REACH) : end])
    return None if back is None else end - back


# run_before reads at most 15 characters before `end` (a katakana run of MAX_RUN, its space, three
# kanji of a surname and the one before them) and tests "not at the text's start" only inside them:
# its answer is the same on the characters of its reach alone (one more kept for safety). A council's minutes repeat the few before each 委員, 様, 会長,
# so the answer is read once per such string (tests/detect/test_anchors.py checks it at every position).
RUN_BEFORE_REACH = 16


@lru_cache(maxsize=65536)
def run_back(before: str) -> int | None:
    """How far back from the end of `before` the name-like run ending there starts (None: none)."""
    start = _run_start(before, len(before))
    return None if start is None else len(before) - start


def _run_start(text: str, end: int) -> int | None:
    """run_before, read on the whole text (the plain form; run_before reads only its reach)."""
    if end == 0:
        return None
    if text[end - 1] in _HIRAGANA:
        return _hiragana_given_name(text, end)
    if text[end - 1] in _KANA_NAME_ENDINGS and end >= 2 and text[end - 2] in _HIRAGANA:
        return _hiragana_given_name(text, end - 1, min_kana=1)
    script = _script(text[end - 1])
    if script is None or text[end - 1] == "・":
        return None
    start = end
    spaces = 0
    while start > 0 and end - start < MAX_RUN:
        ch = text[start - 1]
        if _script(ch) == script:
            start -= 1
        elif script == "kanji" and ch in "ノケ" and start > 1 and _script(text[start - 2]) == script:
            start -= 1  # (round N) 一ノ瀬, 八ケ代: a surname joined by katakana ノ or ケ
        elif ch in _SPACES and spaces == 0 and start > 1 and _script(text[start - 2]) == script:
            spaces += 1
            start -= 1
        else:
            break
    while text[start] in _SPACES or text[start] == "・":
        start += 1
    if script == "katakana" and spaces == 0:
        return _kanji_surname_before(text, start)
    return start


def _kanji_surname_before(text: str, start: int) -> int:
    """古川 トメ: a kanji surname and a space before a katakana given name (start otherwise)."""
    if start < 2 or text[start - 1] not in _SPACES or text[start - 2] not in _KANJI:
        return start
    surname = start - 1
    while surname > 0 and start - 1 - surname < 3 and text[surname - 1] in _KANJI:
        surname -= 1
    return start if surname > 0 and text[surname - 1] in _KANJI else surname


_JOINING_KANA = frozenset("ケノ")  # written between a surname's kanji (桐ケ谷, 一ノ瀬); ヶ counts as kanji already


def run_after(text: str, start: int) -> int | None:
    """End of the name-like run that begins at `start`, or None when there is none."""
    if start >= len(text):
        return None
    script = _script(text[start])
    if script is None or text[start] == "・":
        return None
    end = start
    spaces = 0
    while end < len(text) and end - start < MAX_RUN:
        ch = text[end]
        if _script(ch) == script:
            end += 1
        elif (ch in _JOINING_KANA and script == "kanji" and end > start and end + 1 < len(text)
              and _script(text[end + 1]) == "kanji"):
            end += 1  # (round AC) 桐ケ谷, 一ノ瀬: a small kana inside a kanji surname
        elif ch in _SPACES and spaces == 0 and end + 1 < len(text) and _script(text[end + 1]) == script:
            spaces += 1
            end += 1
        else:
            break
    while text[end - 1] in _SPACES or text[end - 1] == "・":
        end -= 1
    return end
