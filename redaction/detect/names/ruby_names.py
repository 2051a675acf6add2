"""Names written with their readings in 《》 (round AR): 鷲尾《わしお》 星凛《きらり》, ンドゥール 海《かい》.

Since the family register carries the readings of names, a notice's address block may print each part of a name with its
reading in 《》 after it (the ruby of plain text). A surname (one to four kanji, with or without its reading, or a katakana
surname), a space, then a given name of one to three kanji with its reading in 《》: the whole, readings included, is the
name. Read only around the literal 《, in a short window; not a public name, not a generic word, and not in a sentence
that gives it as an example (記入例, 例えば, を例に: 徳川《とくがわ》 家康《いえやす》 in an explanatory leaflet).
"""

from __future__ import annotations

import re

from ..needs import needs
from ..text import KANJI_CHARACTERS
from .lexicon import is_generic
from .public import PublicNames

_K = KANJI_CHARACTERS
_READING = r"《[ぁ-ゖー]{1,12}》"
# what stands before a given name's 《: the surname (its reading optional, or katakana), a space, the given name
_BEFORE = re.compile(rf"(?<![{_K}ァ-ヺー])(?P<surname>[{_K}]{{1,4}}(?:{_READING})?|[ァ-ヺー]{{2,8}})[ \u3000]"
                     rf"(?P<given>[{_K}]{{1,3}})$")
_AFTER = re.compile(_READING)
_REACH = 24
_SENTENCE_END = "。\n"


def _bare(name: str) -> str:
    """The name without its readings."""
    return re.sub(_READING, "", name)


def _given_as_an_example(text: str, start: int, end: int) -> bool:
    """The name's sentence says it is an example."""
    opens = max(text.rfind(mark, 0, start) for mark in _SENTENCE_END) + 1
    closes = [at for at in (text.find(mark, end) for mark in _SENTENCE_END) if at != -1]
    return "例" in text[opens:min(closes, default=len(text))]


@needs("《")
def names_with_ruby_readings(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """A surname and a given name, the given name (and maybe the surname) followed by its reading in 《》."""
    found: list[tuple[int, int]] = []
    at = text.find("《")
    while at != -1:
        before = _BEFORE.search(text, max(0, at - _REACH), at)
        after = _AFTER.match(text, at)
        if before is not None and after is not None:
            start, end = before.start(), after.end()
            surname = _bare(before.group("surname"))
            if (f"{surname} {before.group('given')}" not in public and not is_generic(surname)
                    and not is_generic(before.group("given")) and not _given_as_an_example(text, start, end)):
                found.append((start, end))
        at = text.find("《", at + 1)
    return found
