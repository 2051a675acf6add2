"""Birth dates: a date (和暦 or Western) that the text says is a birth date.

  昭和45年5月3日生 / 平成2年12月1日生まれ / 1970年5月3日生まれ / S45.5.3生
  生年月日：昭和45年5月3日 / 生年月日 1970/05/03
A date without 生／生まれ／生年月日 (a meeting date, a deadline) is not a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Doc
from ..scan import anchored_finditer
from ..text import NO_DIGIT_AFTER, NO_DIGIT_BEFORE

TYPE = "birth_date"

_ERA = r"(?:明治|大正|昭和|平成|令和|[MTSHR]\.?)"
_Y = r"(?:元|[0-9]{1,2})"
_WEEKDAY = r"(?:[（(][月火水木金土日][）)])?"
_DATE = (
    rf"(?:{_ERA}[ \u3000]?{_Y}年(?:[0-9]{{1,2}}月(?:[0-9]{{1,2}}日)?)?"
    rf"|{NO_DIGIT_BEFORE}(?:19|20)[0-9]{{2}}年(?:[0-9]{{1,2}}月(?:[0-9]{{1,2}}日)?)?"
    rf"|{NO_DIGIT_BEFORE}(?:19|20)[0-9]{{2}}[/.][0-9]{{1,2}}[/.][0-9]{{1,2}}{NO_DIGIT_AFTER}"
    rf"|{_ERA}{_Y}[.][0-9]{{1,2}}[.][0-9]{{1,2}}{NO_DIGIT_AFTER})"
)
_BEFORE = re.compile(rf"(?P<date>{_DATE}){_WEEKDAY}[ \u3000]?(?:生まれ|生(?![活産徒命涯じずむ]))")
_AFTER = re.compile(rf"(?:生年月日|誕生日)[ \u3000]*[:：は]?[ \u3000]*(?P<date>{_DATE})")


_ANCHOR = re.compile("生|誕")


def recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    for pattern in (_BEFORE, _AFTER):
        for match in anchored_finditer(pattern, doc.folded, _ANCHOR, before=30, after=40):
            yield match.start("date"), match.end("date")
