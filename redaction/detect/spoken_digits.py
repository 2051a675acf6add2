"""Numbers read aloud digit by digit, a comma after each digit (round AJ): a transcript's 0、8、0、5、5、5、2、6、4、1、9 or a
number said one digit at a time in katakana words (ゼロ、キュウ、ゼロ、ゴ、…).

Each reading gives the run's span and its digits, for the phone and My Number recognizers to judge by their own rules (a
national number's length, a check digit or the words 個人番号 near). The digit run is read only from the first 、N、N、 on (a
literal comma opens the gate's pattern); the katakana run only where ゼロ、 stands; neither in a text holding no 、.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# ten to twelve single digits, 、 between each two, no digit glued before or after the run
_DIGITS_READ_ALOUD = re.compile(r"[0-9](?<![0-9、][0-9])(?:、[0-9]){9,11}(?![0-9]|、[0-9])")
_DIGIT_BETWEEN_COMMAS = re.compile("、[0-9]、[0-9]、")  # the gate: a read-aloud run holds it (digits after 、 as folded)
_RUN_REACH = 24  # a run of twelve digits and their commas
_KATAKANA_DIGITS = {"ゼロ": "0", "レイ": "0", "マル": "0", "イチ": "1", "ニ": "2", "ニー": "2", "サン": "3", "ヨン": "4", "ゴ": "5",
                    "ゴー": "5", "ロク": "6", "ナナ": "7", "ハチ": "8", "キュウ": "9", "キュー": "9", "ク": "9"}
_KATAKANA_DIGIT = "(?:" + "|".join(sorted(_KATAKANA_DIGITS, key=len, reverse=True)) + ")"
_KATAKANA_READ_ALOUD = re.compile(rf"ゼロ(?:、{_KATAKANA_DIGIT}){{9,11}}(?![ァ-ヺー])")


def digits_read_aloud(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, digits) of every run of single digits said one by one with a comma after each (read once a text: the
    phone and My Number recognizers both ask)."""
    global _last  # the text last read and its runs: the same object is asked twice in a row (no hash of a long text)
    if "、" not in text:  # one character: most short texts (titles, agenda items) answer here
        return ()
    last = _last  # read once: another thread replacing it between a test and a use cannot hand back its text's runs
    if last[0] is text:
        return last[1]
    runs = tuple(_runs(text))
    _last = (text, runs)
    return runs


_last: tuple[str, tuple[tuple[int, int, str], ...]] = ("", ())


def _runs(text: str) -> Iterator[tuple[int, int, str]]:
    # read only from the first 、N、N、 on (a pattern opening with the literal 、: the engine skips to each comma; most texts hold none)
    gate = _DIGIT_BETWEEN_COMMAS.search(text)
    if gate is not None:
        for match in _DIGITS_READ_ALOUD.finditer(text, max(0, gate.start() - _RUN_REACH)):
            yield match.start(), match.end(), "".join(ch for ch in match.group() if ch.isdigit())
    if "ゼロ、" in text:
        for match in _KATAKANA_READ_ALOUD.finditer(text):
            words = match.group().split("、")
            yield match.start(), match.end(), "".join(_KATAKANA_DIGITS[word] for word in words)
