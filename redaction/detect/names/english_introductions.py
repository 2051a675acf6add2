"""Latin names a letter in English introduces (round AV): `My name is Grace Osei-Hanley (DOB: …)`, `I am Ingrid
Solberg-Tanaka, living at …`, `Our daughter is Amara Osei-Hanley, DOB: …`, `"Baby: Haruto Kobayakawa, DOB: …"`, and the same
introduced in Japanese with its label's の (私の名前のLakshmi Raghunathan、生年月日の…).

The name: two or three capitalised words (accents and a hyphened second part allowed: Solberg-Tanaka), right after the
introducing words, ending at a comma, a bracket, a full stop or a line's end. Read only in texts holding the introducing words
(`in` tests), and the Japanese label only where a capital follows it.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_WORD = r"[A-Z][a-z\u00e0-\u00ff\u0100-\u017f]+(?:-[A-Z][a-z\u00e0-\u00ff\u0100-\u017f]+)?"
_NAME = rf"(?P<name>{_WORD}(?: {_WORD}){{1,2}})(?=[ ]?[,(（、.]|$)"
_INTRODUCING = ("My name is ", "I am ", "I'm ", " is ", "Baby: ", "Child: ")
_INTRODUCED = re.compile(
    rf"(?:(?:My|my) name is |(?<![A-Za-z])I am |(?<![A-Za-z])I'm |(?:[Oo]ur|[Mm]y) (?:daughter|son|child|baby|wife|husband|mother|father|"
    rf"partner) is |(?:Baby|Child): ){_NAME}", re.MULTILINE)
_JAPANESE_LABEL = re.compile(rf"(?:私|わたし|本人|子|娘|息子|妻|夫)の(?:名前|氏名)の[ \u3000]?{_NAME}", re.MULTILINE)
_NOT_NAMES = frozenset(("Sumire City", "Japan", "Tokyo"))


@needs(*_INTRODUCING, "の名前の", "の氏名の", capital=True)
def names_introduced_in_english(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Latin names after My name is, I am, our daughter is, Baby:, or 私の名前の."""
    found: list[tuple[int, int]] = []
    if any(word in text for word in _INTRODUCING):
        found += [m.span("name") for m in _INTRODUCED.finditer(text) if m.group("name") not in public
                  and m.group("name") not in _NOT_NAMES]
    if "の名前の" in text or "の氏名の" in text:
        found += [m.span("name") for m in _JAPANESE_LABEL.finditer(text) if m.group("name") not in public]
    return found
