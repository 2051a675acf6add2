"""A birth date written in Portuguese or Spanish after a birth label (round BX).

A family's member born abroad gives her date as her papers write it (`生年月日は1 de março de 2136（2136年3月1日）`): the day,
`de`, the month's name, `de`, the year, in the label's sentence (生年月日, 誕生日, data de nascimento, fecha de nacimiento),
and the same date often restated in brackets right after it in the Japanese calendar or the western one. Read only
where ` de ` and a birth label stand (a literal test of each).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

DE = " de "
BIRTH_LABELS = ("生年月日", "誕生日", "nascimento", "nacimiento")
_MONTHS = ("janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"
           "|enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre")
_LABEL_THEN_DATE = re.compile(
    rf"(?:生年月日|誕生日|(?i:data de nascimento|fecha de nacimiento))[ \u3000]*[:：は]?[^。\n0-9]{{0,12}}?"
    rf"(?P<date>[0-9]{{1,2}}º? de (?i:{_MONTHS}) de (?:19|20|21|22)[0-9]{{2}})")
_RESTATED = re.compile(r"[(（](?P<date>(?:(?:19|20|21|22)[0-9]{2}|(?:昭和|平成|令和)[0-9元]{1,3})年[0-9]{1,2}月[0-9]{1,2}日)[)）]")


def birth_dates_in_portuguese_or_spanish(text: str) -> Iterator[tuple[int, int]]:
    """`1 de março de 2136` after 生年月日は, and `2136年3月1日` in the brackets right after it."""
    if DE not in text or not any(label in text for label in BIRTH_LABELS):
        return
    for match in _LABEL_THEN_DATE.finditer(text):
        yield match.span("date")
        if (restated := _RESTATED.match(text, match.end("date"))) is not None:
            yield restated.span("date")
