"""A message slip's addressee: a word and its honorific right before 折返し (round AG).

A note taken for someone to call back (「帯刀様 折返し 042-…」) names the caller by surname and 様 or さん, then 折返し or
折り返し: the word is the caller's surname whatever else the analyzer reads it as (帯刀, a worn sword), and so is the
same word before 様 or さん elsewhere in the text. Read only around the literal 返し; the word is one to four kanji after
no other kanji and no honorific prefix (お客様 折返し is no one's name), and no generic word.
"""

from __future__ import annotations

import re

from ..needs import needs
from .lexicon import is_generic
from .public import PublicNames

_BEFORE_CALLBACK = re.compile(r"(?<![一-龯おご御])(?P<name>[一-龯]{1,4})(?:様|さん)[ \u3000]*折り?$")
_REACH = 12


@needs("返し")
def callback_addressees(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """The surname a call-back note is addressed to, before 様 or さん and 折返し."""
    found: list[tuple[int, int]] = []
    at = text.find("返し")
    while at != -1:
        start = max(0, at - _REACH)
        match = _BEFORE_CALLBACK.search(text, start, at)
        if match is not None and match.group("name") not in public and not is_generic(match.group("name")):
            found.append(match.span("name"))
        at = text.find("返し", at + 2)
    for name in {text[start:end] for start, end in found}:
        found += [(m.start(), m.start() + len(name))
                  for m in re.finditer(rf"(?<![一-龯]){re.escape(name)}(?=様|さん)", text)
                  if (m.start(), m.start() + len(name)) not in found]
    return found
