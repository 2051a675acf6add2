"""A name whose every character OCR set apart, after a name label (round AD).

An OCR'd form prints 「保護者氏名   鷹 野 美 咲」: three to six kanji joined by single spaces, after a label ending in 氏名 or
名前 and its spaces, up to the line's end or a wider gap (the next field of a fixed-width record). The spaced reading
(spaced.py) takes only lines mostly made of such characters; a record's line opens with its label and is read here.
"""

from __future__ import annotations

import re

from ..scan import line_anchored_finditer
from ..spaced import ANCHOR
from .public import PublicNames

_SPACED_AFTER_LABEL = re.compile(r"(?:氏名|名前)[ \u3000:：]+(?P<name>[一-龯々](?: [一-龯々]){2,5})(?=[ \u3000]{2,}|[ \u3000]*$)", re.MULTILINE)
_ANCHOR = re.compile("氏名|名前")


def names_spaced_letter_by_letter(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Names spaced character by character after a name label."""
    if ANCHOR.search(text) is None:  # three one-character words joined by single spaces (spaced.ANCHOR)
        return []
    return [match.span("name") for match in line_anchored_finditer(_SPACED_AFTER_LABEL, text, _ANCHOR, 0)
            if match.group("name").replace(" ", "") not in public]
