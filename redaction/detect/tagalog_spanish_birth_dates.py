"""Birth dates a Tagalog or a Spanish sentence states (round BZ), as an interpreter's memo quotes them.

- Tagalog: ipinanganak noong 14 Marso 2210 (born on), the day, the month's Tagalog name and the year, or the month first
  (ipinanganak noong Marso 14, 2210);
- Spanish: nació el 2 de febrero de 2216, fecha de nacimiento: 2 de febrero de 2216.
Read only where the birth word stands (literal tests first).
"""

from __future__ import annotations

import re

BIRTH_WORDS = ("ipinanganak", "nació", "nacimiento")
_TAGALOG_MONTH = "(?:Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre|Disyembre)"
_SPANISH_MONTH = "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
_TAGALOG = re.compile(rf"ipinanganak(?: noong| sa)? (?P<date>[0-9]{{1,2}} {_TAGALOG_MONTH},? [0-9]{{4}}|{_TAGALOG_MONTH} [0-9]{{1,2}}, [0-9]{{4}})")
_SPANISH = re.compile(rf"(?:nació el|nacimiento:?) (?P<date>[0-9]{{1,2}} de {_SPANISH_MONTH} de [0-9]{{4}})")


def birth_dates_in_tagalog_or_spanish(text: str) -> list[tuple[int, int]]:
    """`14 Marso 2210` after ipinanganak noong, `2 de febrero de 2216` after nació el."""
    found: list[tuple[int, int]] = []
    if "ipinanganak" in text:
        found += [match.span("date") for match in _TAGALOG.finditer(text)]
    if "nació" in text or "nacimiento" in text:
        found += [match.span("date") for match in _SPANISH.finditer(text)]
    return found
