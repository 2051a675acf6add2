"""A Latin surname with a kanji given name beside the words that say a person is meant (round AX).

- Before 様 or さん (Kasongo 智恵 様, Okafor 里奈さん): the honorific is a person's;
- after a person's label and a space (申込者 Ferrante 航、, 児童 Sørensen 樹（…）): the label's person.

The name: one capitalised Latin word (accented letters too: Sørensen, Álvarez), a space and one to three kanji, no
kanji after them. Read only in texts holding a capital and the honorific or a label: the honorific's form in windows
before each 様 or さん, the label's form from each label (the pattern opens with the labels' literals).
"""

from __future__ import annotations

import re

from ..needs import needs
from ..scan import anchored_finditer
from .lexicon import PERSON_LABELS
from .public import PublicNames

_NAME = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,15} [一-龯々]{1,3}(?![一-龯々])"
_BEFORE_HONORIFIC = re.compile(rf"(?<![A-Za-zÀ-ÿ'’-])(?P<name>{_NAME})[ \u3000]?(?:様|さん)")
_HONORIFIC = re.compile("様|さん")
_LABELS = (*PERSON_LABELS, "申込者")
_AFTER_LABEL = re.compile(rf"(?:{'|'.join(sorted(_LABELS, key=len, reverse=True))})[ \u3000]+(?P<name>{_NAME})")


@needs("様", "さん", *_LABELS, capital=True)
def latin_kanji_names_beside_persons_words(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`Kasongo 智恵` before 様, `Ferrante 航` after 申込者 and a space."""
    found: list[tuple[int, int]] = []
    if "様" in text or "さん" in text:
        found += [m.span("name") for m in anchored_finditer(_BEFORE_HONORIFIC, text, _HONORIFIC, 24, 3)
                  if m.group("name") not in public]
    if any(label in text for label in _LABELS):
        found += [m.span("name") for m in _AFTER_LABEL.finditer(text) if m.group("name") not in public]
    return found
