"""A surname spelled out character by character (round AD).

A caller or a clerk spells a name by the words its kanji stand in (土方、土曜の土に方角の方): the name, then each of its
characters after の in a word that holds it, joined by に. The name is read when the spelled characters are the name's
own, in order; read from each 「の…に…の…」 (a literal の opens it: few lines hold one followed by one kanji and に).
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_SPELLING = re.compile(r"の(?P<a>[一-龯])に[一-龯ぁ-ゖァ-ヺー]{1,6}の(?P<b>[一-龯])")
_NAME_BEFORE = re.compile(r"(?<![一-龯])(?P<name>[一-龯]{2})、[一-龯ぁ-ゖァ-ヺー]{1,6}\Z")


@needs("に")
def spelled_out_names(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Two-kanji surnames followed by their characters' spelling."""
    found: list[tuple[int, int]] = []
    for spelling in _SPELLING.finditer(text):
        if text.find("、", max(0, spelling.start() - 8), spelling.start()) < 0:
            continue  # the name and its comma stand just before the spelling
        before = _NAME_BEFORE.search(text, max(0, spelling.start() - 12), spelling.start())
        if before is None:
            continue
        name = before.group("name")
        if name == spelling.group("a") + spelling.group("b") and name not in public:
            found.append(before.span("name"))
    return found
