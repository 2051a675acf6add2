"""Birth dates: a date (和暦 or Western) that the text says is a birth date.

  昭和45年5月3日生 / 平成２年１２月１日生まれ / 昭和四十九年八月十五日生 / 1970年5月3日生まれ
  1988（昭和63）年5月2日生まれ / S45.5.3生 / 生年月日：昭和45年5月3日 / 生年月日 1970/05/03 / 生年月日（平成元年1月9日） / 出生日 令和2年3月3日
  平成18年10月5日（17歳） / 1941年7月30日（満82歳）        a date with the age after it
  昭和32年11月5日（生年月日）                              a date with its label after it
A date without 生／生まれ／生年月日 or an age (a meeting date, a deadline) is not a finding, nor is
a range of birth dates that defines who a service is for (平成9年4月2日生まれから…まで, …以前に生まれた方).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Doc
from ..scan import anchored_finditer
from ..text import NO_DIGIT_AFTER, NO_DIGIT_BEFORE

TYPE = "birth_date"

_ERA = r"(?:明治|大正|昭和|平成|令和|[MTSHR]\.?)"
_KANJI_NUMBER = "[〇一二三四五六七八九十]"
_Y = rf"(?:元|[0-9]{{1,2}}|{_KANJI_NUMBER}{{1,3}})"
_MD = rf"(?:[0-9]{{1,2}}|{_KANJI_NUMBER}{{1,3}})"
# The other calendar's year beside the year: 1988（昭和63）年 / 昭和63（1988）年
_BESIDE = r"(?:[（(](?:明治|大正|昭和|平成|令和)?(?:元|[0-9]{1,4})年?[）)])"
_WEEKDAY = r"(?:[（(][月火水木金土日][）)])?"
_DATE = (
    rf"(?:{_ERA}[ \u3000]?{_Y}{_BESIDE}?年(?:{_MD}月(?:{_MD}日)?)?"
    rf"|{NO_DIGIT_BEFORE}(?:19|20)[0-9]{{2}}{_BESIDE}?年(?:[0-9]{{1,2}}月(?:[0-9]{{1,2}}日)?)?"
    rf"|{NO_DIGIT_BEFORE}(?:19|20)[0-9]{{2}}[/.][0-9]{{1,2}}[/.][0-9]{{1,2}}{NO_DIGIT_AFTER}"
    rf"|{_ERA}{_Y}[.][0-9]{{1,2}}[.][0-9]{{1,2}}{NO_DIGIT_AFTER})"
)
_RANGE = r"(?!(?:の方)?(?:から|まで|以降|以前|以後|～|〜|-))"  # a range of births: who a service is for
_BEFORE = re.compile(rf"(?P<date>{_DATE}){_WEEKDAY}[ \u3000]?(?:生まれ|生(?![活産徒命涯じずむま])){_RANGE}")
_AFTER = re.compile(rf"(?:生年月日|誕生日|出生日)[ \u3000]*[:：は]?[ \u3000]*[（(]?(?P<date>{_DATE})")
_LABEL_AFTER = re.compile(rf"(?P<date>{_DATE}){_WEEKDAY}[ \u3000]?[（(](?:生年月日|誕生日|生)[）)]")  # 昭和32年11月5日（生年月日）
_AGE = re.compile(rf"(?P<date>{_DATE})[ \u3000]?[（(]満?[ \u3000]?[0-9]{{1,3}}[ \u3000]?歳[）)]")


_ANCHOR = re.compile("生|誕")
_AGE_ANCHOR = re.compile("歳")


def recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    for pattern in (_BEFORE, _AFTER, _LABEL_AFTER):
        for match in anchored_finditer(pattern, doc.folded, _ANCHOR, before=30, after=40):
            yield match.start("date"), match.end("date")
    for match in anchored_finditer(_AGE, doc.folded, _AGE_ANCHOR, before=30, after=4):
        yield match.start("date"), match.end("date")
