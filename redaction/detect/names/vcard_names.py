"""Names in a vCard's N: line (round AZ): a contact list exported from a phone (BEGIN:VCARD / N:鴫原;澄江 / TEL;CELL:…).

The N: property holds the family name, a semicolon, the given name (and, rarely, more fields after further
semicolons); the finding is the two parts and the semicolon between them (`鴫原;澄江`, `Okonkwo;真由`). A company's or an
office's card (N:すみれ交通;北営業所) names a body: a part ending in a body's word (営業所, 支店, 課, 株式会社 …) or holding
a digit is no person. Read only at a line opening with N: (a literal: most minutes hold none).
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_NAME_FIELD = re.compile(r"N:(?P<family>[^;:\n]{1,16});(?P<given>[^;:\n]{1,16})(?:;[^\n]*)?[ \u3000]*$", re.MULTILINE)
_PART = re.compile(r"[一-龯々〆ヶぁ-ゖァ-ヺーA-Za-z\u00c0-\u017f][一-龯々〆ヶぁ-ゖァ-ヺーA-Za-z\u00c0-\u017f' -]{0,15}")
_BODYS_ENDING = re.compile(r"(?:営業所|支店|本店|支社|本社|事務所|事務局|出張所|支所|課|係|室|部|センター|株式会社|有限会社|"
                           r"協会|組合|病院|医院|クリニック|薬局|交通|商店|工務店|市|町|村|区|Inc|Ltd|Co)$")


@needs("N:")
def names_in_vcard_lines(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """The family and given names of a vCard's N: line standing at a line's head."""
    found: list[tuple[int, int]] = []
    at = text.find("N:")
    while at >= 0:
        if at == 0 or text[at - 1] == "\n":
            field = _NAME_FIELD.match(text, at)
            if field is not None:
                family, given = field.group("family").strip(), field.group("given").strip()
                if (_PART.fullmatch(family) and _PART.fullmatch(given) and not _BODYS_ENDING.search(family)
                        and not _BODYS_ENDING.search(given) and f"{family} {given}" not in public and family not in public):
                    found.append((field.start("family"), field.end("given")))
        at = text.find("N:", at + 2)
    return found
