"""Latin names a Tagalog or a Spanish sentence introduces (round BZ), as an interpreter's memo quotes them.

- Tagalog: the person marker `si` after a kin word and ko, or after ay (Nanay ko si Rowena Dizon Bautista, Ang anak ko ay si
  Jericho, Ako si …), and `Ang pangalan ko ay …`;
- Spanish: Me llamo Lucía Quispe Mamani, Mi hija se llama Valentina, Mi nombre es ….
The name: one to three capitalised words (accented letters allowed), ending at a comma, a full stop, a bracket, a quote or the
line's end. Read only where the introducing words stand (literal tests first) and a capital follows.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_WORD = r"[A-ZÁÉÍÓÚÑ][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
_NAME = rf"(?P<name>{_WORD}(?: {_WORD}){{0,2}})(?=[ ]?[,.(（、\"”」]|$)"
_INTRODUCING = (" ko si ", " ay si ", "Ako si ", "pangalan ko ay ", "Me llamo ", "me llamo ", "se llama ", "nombre es ")
_INTRODUCED = re.compile(
    rf"(?:(?<![A-Za-z])(?:[A-Za-z]+ ko|ay|Ako) si |[Pp]angalan ko ay |(?<![A-Za-z])[Mm]e llamo |(?<![A-Za-z])se llama |"
    rf"[Mm]i nombre es ){_NAME}", re.MULTILINE)
_NOT_NAMES = frozenset(("Sumire", "Japan", "Hapon", "Japón", "Tokyo"))


@needs(*_INTRODUCING, capital=True)
def names_introduced_in_tagalog_or_spanish(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`Rowena Dizon Bautista` in Nanay ko si Rowena Dizon Bautista., `Valentina` in Mi hija se llama Valentina,."""
    if not any(map(text.__contains__, _INTRODUCING)):
        return []
    return [match.span("name") for match in _INTRODUCED.finditer(text)
            if match.group("name") not in public and match.group("name") not in _NOT_NAMES]
