"""A register's entry headed by its prefixed number (round AI).

A list of a register's entries gives each on a line: a label word (受付, 定期券, 学生証 …), a space, the entry's number with a
short prefix (a kanji or a few capitals: 農64-0217, 粗65-118822, SK-67-0118; or a year, a letter and a serial:
2085-C-0127), an ideographic space, then the person's name and contact. The number heads a person's entry: it is theirs.
The value is read only where a hyphen stands and kept only when the item after it is a private person's particular
(particulars.beside_particulars): a bare number among things' numbers stays unread.
"""

from __future__ import annotations

import re

from .names.public import PublicNames
from .particulars import beside_particulars

_ENTRY_NUMBER = re.compile(r"[ \u3000](?P<id>(?:[A-Z]{1,4}|[一-龯]{1,2})-?[0-9]{2}-[0-9]{3,6}|[0-9]{4}-[A-Z]-[0-9]{3,6})\u3000")
_BEFORE_HYPHEN = 6  # a space and a prefix of up to four capitals and its hyphen, or a kanji and two digits
_AFTER_HYPHEN = 16


def entry_numbers(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Prefixed numbers heading a person's entry, between a space and an ideographic space."""
    found: list[tuple[int, int]] = []
    if "\u3000" not in text:
        return found
    at, done = text.find("-"), 0
    while at != -1:
        lo = max(done, at - _BEFORE_HYPHEN)
        match = _ENTRY_NUMBER.search(text, lo, at + _AFTER_HYPHEN)
        if match is not None and match.start() <= at:
            done = match.end() - 1
            if beside_particulars(text, match.start("id"), match.end("id"), public):
                found.append(match.span("id"))
        at = text.find("-", max(at + 1, done))
    return found
