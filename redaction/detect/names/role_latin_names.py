"""A Latin full name right after a person's role word and a space (round BJ).

A list's line about an exchange student, a payee or a trainee names the person after the role (1. 留学生 Ingrid Solberg
（旅券…）, - 受取人 Berit Ahlgren-Mori　UFJ信託銀行 …): two or three capitalised words (a hyphen inside one), ending before an
ideographic space, a bracket, a comma or the line's end. The role words are persons' (留学生, 受取人, 研修生, 実習生,
受講生, 入居者, 利用者); a body's English name (Sumire Volunteers) holds a body's word and is skipped.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_ROLES = ("留学生", "受取人", "研修生", "実習生", "受講生", "入居者", "利用者", "納税管理人")  # (round BN) 納税管理人 Lê Thị Mai
# (round BN) a word may open with a capital of Latin Extended-A (Ōkubo) and hold its and Vietnamese letters (Lê Thị Mai)
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).isupper())
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u1e00-\u1eff"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_AFTER_ROLE = re.compile(rf"(?:{'|'.join(_ROLES)})[ \u3000](?P<name>{_WORD}(?: {_WORD}){{1,2}})(?=[\u3000（()）、,。]|$)", re.MULTILINE)
_BODY_WORD = re.compile(r"\b(?:City|Town|Volunteers?|Association|Club|Center|Centre|Group|Team|School|University|College"
                        r"|Bank|Company|Hall|House|Heights|Court)\b")


@needs(*_ROLES, capital=True)
def latin_names_after_a_role(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`Ingrid Solberg` after 留学生 and a space, `Berit Ahlgren-Mori` after 受取人."""
    if not any(role in text for role in _ROLES):
        return []
    return [match.span("name") for match in _AFTER_ROLE.finditer(text)
            if match.group("name") not in public and not _BODY_WORD.search(match.group("name"))]
