"""Birth dates: a date (和暦 or Western) that the text says is a birth date.

  昭和45年5月3日生 / 平成２年１２月１日生まれ / 昭和四十九年八月十五日生 / 1970年5月3日生まれ
  1988（昭和63）年5月2日生まれ / S45.5.3生 / 生年月日：昭和45年5月3日 / 生年月日 1970/05/03 / 生年月日（平成元年1月9日） / 出生日 令和2年3月3日
  平成18年10月5日（17歳） / 1941年7月30日（満82歳）        a date with the age after it
  昭和32年11月5日（生年月日）                              a date with its label after it
  生年月日が1986年4月30日 / 生年月日欄には「令和2年11月30日」 / 生年月：昭和45年5月   the label, then a particle
  昭和22年6月8日に生まれた / 1970-05-03生 / H2/12/1生 / 昭和45年 5月 3日生 / 二〇一〇年五月三日生まれ
  昭和24年3月3日、満75歳 / 52歳（昭和47年5月3日）/ 昭和52年3月14日（72）   the age beside it
  令和2年3月3日出生 / 52.3.14生まれ / 生年月日・昭和52年3月14日 / 生年月日 52/3/14
  平井 修二、S48・9・2、東村山市… / | 生年月日 | 2011/10/30 |   a bare date in a list of particulars or column
A date without 生／生まれ／生年月日 or an age (a meeting date, a deadline) is not a finding, nor is
a range of birth dates that defines who a service is for (平成9年4月2日生まれから…まで, …以前に生まれた方).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..birth_label_lines import (
    dates_under_a_label_line,
    month_days_with_the_year_after,
    western_dates_with_the_era_year_inside,
)
from ..birth_rows import dates_in_birth_rows
from ..dotted_birth_dates import dotted_birth_dates_in_brackets
from ..english_era_dates import ERA_NAMES, english_era_birth_dates
from ..header_line_rows import birth_column_cells
from ..lettered_columns import COLUMN_WORD, values_under_named_letters
from ..machine_readable import passport_birth_dates
from ..model import Doc
from ..names.public import PublicNames
from ..particulars import beside_particulars, column_header, item_around, table_cells
from ..restated_birth_dates import restated_birth_dates
from ..romance_dates import birth_dates_in_portuguese_or_spanish
from ..scan import anchored_finditer, windows
from ..tagalog_spanish_birth_dates import birth_dates_in_tagalog_or_spanish
from ..text import NO_DIGIT_AFTER, NO_DIGIT_BEFORE

TYPE = "birth_date"

# (round AG) an apostrophe for the century (’98年2月14日), and の after a whole era as said aloud (平成の30年の6月の12日)
_ERA = r"(?:(?:明治|大正|昭和|平成|令和)(?:の(?=[0-9元一二三四五六七八九十]))?|[明大昭平令](?=[0-9])|[MTSHR]\.?|[’'](?=[0-9]{2}年))"  # 昭45.5.3
_KANJI_NUMBER = "[〇一二三四五六七八九十百壱弐参拾]"  # (round AT) 百 (昭和百年) and 大字 (令和拾五年参月弐拾壱日)
# (round AJ) and a year past the era's end, as a record's misprint writes it (昭和100年1月5日, like round AI's 昭和99年): the date
# still tells the birth, as its writer labelled it
# (round AV) and any year of a second century (令和105年, R105.4.19 in a record's column): the tuning world's era runs on
# (round BL) and a year of three digits in kanji numerals, 百 and a tens' part (令和百五十二年, 大正二百五十二年): five at most
_Y = rf"(?:元|[0-9]{{1,2}}(?:(?<=1[0-9])[0-9])?|{_KANJI_NUMBER}{{1,5}})"
_MD = rf"(?:[0-9]{{1,2}}|{_KANJI_NUMBER}{{1,3}})"
_S = r"[ \u3000]?"  # clerks put a space between the parts: 昭和45年 5月 3日
# The other calendar's year beside the year: 1988（昭和63）年 / 昭和63（1988）年 / 1986年（昭和61年）
_BESIDE = r"(?:[（(](?:明治|大正|昭和|平成|令和|[MTSHR])?(?:元|[0-9]{1,4})年?[）)])"
_WEEKDAY = r"(?:[（(][月火水木金土日][）)])?"
# (round AP) and written out after a comma before the birth word (令和84年3月3日、金曜日の生まれ)
_WEEKDAY_BEFORE_BIRTH = r"(?:[（(][月火水木金土日][）)]|、[ \u3000]?[月火水木金土日]曜日)?"
_PART_SEP = "[/.・･-]"  # 1970/5/3, S48.9.2, S48・9・2 (中黒 as clerks type it)
# (round Y) and between the month and the day (昭和50年の10月の3日生まれ)
# (round BD) or 元日／元旦 for the first of January (令和百十九年 元日生まれ, 令和65年（2083年）元旦生まれ)
_MONTH_DAY = (rf"(?:(?:の(?={_MD}月の?{_MD}日))?"  # (round X) 大正14年の12月8日, as said aloud: の before a whole month and day
              rf"{_S}{_BESIDE}?{_S}(?:{_MD}{_S}月(?:(?<=月)の(?={_MD}日))?(?:{_S}{_MD}{_S}日)?|元[日旦]))?")  # 昭和 52 年 3 月 14 日
_DATE = (
    rf"(?:{_ERA}[ \u3000]?{_Y}{_S}{_BESIDE}?年{_MONTH_DAY}"
    rf"|{NO_DIGIT_BEFORE}(?:19|20|21)[0-9]{{2}}{_S}{_BESIDE}?年{_MONTH_DAY}"  # (round AN) 21xx: the tuning world's era runs on
    rf"|{NO_DIGIT_BEFORE}(?:19|20|21|22)[0-9]{{2}}(?P<sep> ?{_PART_SEP} ?)[0-9]{{1,2}}(?P=sep)[0-9]{{1,2}}{NO_DIGIT_AFTER}"  # (round O) 1988 / 02 / 29; (round BZ) 2209.7.21
    rf"|{_ERA}{_Y}(?P<era_sep>{_PART_SEP})[0-9]{{1,2}}(?P=era_sep)[0-9]{{1,2}}{NO_DIGIT_AFTER})"
)
# A two-digit year with no era, read as a birth date only beside 生／生まれ or after the label: 52.3.14生まれ.
# (round AV) an apostrophe for the century before it too ('91.5.20 after 生年月日)
_SHORT_DATE = rf"(?:[’'](?=[0-9]{{2}}[/.・･])|{NO_DIGIT_BEFORE}(?<![0-9.]))[0-9]{{2}}(?P<short_sep>[/.・･])[0-9]{{1,2}}(?P=short_sep)[0-9]{{1,2}}{NO_DIGIT_AFTER}"
# (round AJ) and a cohort: births counted or spoken of in general (令和元年生まれの方は…41名; 令和元年生まれというと、…)
_RANGE = (r"(?!(?:の方)?(?:から|まで|以降|以前|以後|～|〜|-)"
          r"|というと|の方(?:々|は|が)[^。\n]{0,24}?[0-9０-９]+[ \u3000]?(?:名|人)(?![0-9A-Za-z]))")  # a range of births: who a service is for
_WHOLE = r"(?![ \u3000]?[0-9〇一二三四五六七八九十月日])"  # the whole date, not a cut one (平成9年4月|2日から)
# The label words, and what may stand between a label and its date: a particle, a colon,
# a comma, an opening bracket or quote, the field (欄): 生年月日が / 生年月日を / 生年月日欄には「
_LABEL = (r"(?:(?<![先学])生年(?:月日?)?|誕生日|出生(?:年月)?日|生まれ(?:は|が)|生まれた(?:日|年月日)"  # 生まれた日は…
          r"|(?<![0-9日年月])生まれ(?=[ \u3000:：]?[0-9明大昭平令]))")  # (round X) a table's cell 生まれ1978年4月3日: the word first
# Also a note in brackets (生年月日（和暦）：), について, and a few words in hiragana (生年月日を誤って);
# (round P) a JSON record's quotes: "代表者生年月日": "1968-03-15".
# (round W) and whose date it is between them: 正しい生年月日は、お母様が昭和51年3月9日です / …は、堰口様が…
# (round X) and a call's next turn (「生年月日はお母様の、」「大正14年の12月8日です。」)
# (round Y) and a correction's 誤 (話し手の生年月日　誤 昭和22年4月8日　正 …)
# (round AC) and a 戸籍 extract's closing bracket of the field (【生年月日】平成三年八月二十日)
# (round AT) and whose in katakana (…は、ミツ様が…), and a broken-off era taken back (生年月日、平成……いえ、令和…)
_BETWEEN = (r"(?:[ \u3000]{2,}+|[ \u3000:：、,・「『“（(\"=＝】]|」「|[（(][^）)\n]{1,6}[）)]|欄|について|(?:に|と|で)?は|が|を|も|の|に|として|誤"
            r"|[おご]?(?:母|父|娘|息子|子|夫|妻|祖母|祖父|本人)(?:様|さん)?|[一-龯]{1,4}(?:様|さん)|[ぁ-ゖ]{1,6}+"
            r"|[ァ-ヺー]{1,6}(?:様|さん)|(?:明治|大正|昭和|平成|令和)?[…‥]{1,3}(?:いえ|いや)?){0,5}"
            r"(?:(?<=を)(?:名乗|述べ|告げ)[ぁ-ゖ]{0,5}[（(「])?")  # (round Z) once, after を: a verb of saying (生年月日を名乗られる（平成九年五月五日）)
_MONTH_AND_DAY = rf"(?:{_MD}月{_S}{_MD}日)"  # a birthday without its year: 誕生日は5月3日
# (round AJ) a day alone asked about (2月29日生まれですか): a question of the calendar, no one's date; a full date asked stays
# (round AL) nor said of everyone born on that day (2月29日生まれの方には…, …の方々): a day's births in general, no one person
_NOT_ASKED = rf"(?!{_WEEKDAY}[ \u3000]?(?:に|の)?生まれ(?:ですか|でしょうか|の方(?:には|々)))"
_BEFORE = re.compile(
    rf"(?P<date>{_DATE}|{_MONTH_AND_DAY}{_NOT_ASKED}|{_SHORT_DATE}){_WEEKDAY_BEFORE_BIRTH}[ \u3000]?(?:に|の)?(?:生まれ|出?生(?![活産徒命涯じずむま数率])){_RANGE}"
)  # 出生: 令和2年3月3日出生 / 昭和52年3月14日に出生した
_COMPACT_DATE = rf"{NO_DIGIT_BEFORE}(?:19|20|21)[0-9]{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]){NO_DIGIT_AFTER}"  # 19770314
# (round R) After the label only, a date whose parts are set apart by spaces alone (生年月日欄に「1958 5 4」).
_SPACED_DATE = rf"{NO_DIGIT_BEFORE}(?:(?:19|20|21)[0-9]{{2}}|{_ERA}{_Y})[ \u3000][0-9]{{1,2}}[ \u3000][0-9]{{1,2}}{NO_DIGIT_AFTER}"
# (round R) 生年月日=1979-08-26: a record's key and its value
_AFTER = re.compile(rf"{_LABEL}{_BETWEEN}(?P<date>{_DATE}|{_MONTH_AND_DAY}|{_SHORT_DATE}|{_COMPACT_DATE}|{_SPACED_DATE}){_WHOLE}{_RANGE}")
_LABEL_AFTER = re.compile(rf"(?P<date>{_DATE}){_WEEKDAY}[ \u3000]?[（(](?:生年月日|誕生日|生)[）)]")  # 昭和32年11月5日（生年月日）
# The age beside the date: 平成18年10月5日（17歳） / 昭和24年3月3日、満75歳 / 52歳（昭和47年5月3日）
_AGE = re.compile(rf"(?P<date>{_DATE})[ \u3000]?(?:[（(]|[、,/／][ \u3000]?)満?[ \u3000]?[0-9]{{1,3}}[ \u3000]?歳")
_AGE_IN_BRACKETS = re.compile(rf"(?P<date>{_DATE})[ \u3000]?[（(][ \u3000]?[0-9]{{1,3}}[ \u3000]?[）)]")  # 昭和52年3月14日（72）
_DATE_AFTER_AGE = re.compile(rf"[0-9]{{1,3}}[ \u3000]?歳[ \u3000]?[（(](?P<date>{_DATE})[）)]")


# A full date (year, month and day) with nothing beside it that says what it is: a birth date
# when it is an item in a list of a person's particulars (平井 修二、S48・9・2、東村山市…;
# 新田 翼（平成6年2月28日）) or stands in a table column headed 生年月日, 生年 or 誕生日.
_FULL_DATE = re.compile(
    rf"(?:(?:{_ERA}[ \u3000]?{_Y}|{NO_DIGIT_BEFORE}(?:19|20|21)[0-9]{{2}}){_S}{_BESIDE}?年{_S}{_BESIDE}?{_S}{_MD}{_S}月{_S}{_MD}{_S}日"
    rf"|{NO_DIGIT_BEFORE}(?:19|20|21)[0-9]{{2}}(?P<sep>{_PART_SEP})[0-9]{{1,2}}(?P=sep)[0-9]{{1,2}}"
    rf"|{_ERA}{_Y}(?P<era_sep>{_PART_SEP})[0-9]{{1,2}}(?P=era_sep)[0-9]{{1,2}})"
    rf"{NO_DIGIT_AFTER}{_WEEKDAY}"
)
# A cell under 生年月日: a date in any form, a year and month only, a two-digit year (S52.3, 52.3.14).
_CELL_DATE = re.compile(
    rf"(?:{_DATE}|{_SHORT_DATE}|{_COMPACT_DATE}|{_ERA}{_Y}(?P<month_sep>{_PART_SEP})[0-9]{{1,2}}{NO_DIGIT_AFTER})"
)
_BIRTH_COLUMN = re.compile("生年|誕生|生まれ|出生|Date of [Bb]irth|Birth ?[Dd]ate|DOB|D\\.O\\.B")  # (round AG) an English header
_EVENT_COLUMN = re.compile("日|時|期|年度")  # 発生日, 受付日時, 開催日, 期間: an event's date
# The day of a full date: 月{_S}{_MD}日 or [0-9]{_PART_SEP}[0-9]{1,2}{_PART_SEP}[0-9], written as one class for
# the first character and a lookbehind choosing the branch, so the engine skips ahead to a possible
# first character (a branch opening with a class makes it try every position); the same occurrences.
_DATE_ANCHOR = re.compile(rf"[月0-9](?:(?<=月){_S}{_MD}日|(?<=[0-9]){_PART_SEP}[0-9]{{1,2}}{_PART_SEP}[0-9])")

_ANCHOR = re.compile("生|誕")
_NUMERAL = re.compile("[0-9〇一二三四五六七八九十元]")
_AGE_ANCHOR = re.compile("歳")
# Read on the folded text, where （ is ( and ） is ): it opens with one literal, not a class of two.
_BRACKET_ANCHOR = re.compile(r"\([ \u3000]?[0-9]{1,3}[ \u3000]?\)")


# (round M) An era letter's dotted date as forms record a birth date (S.38.2.14, R3.1.9) in a sentence
# about a private person (様, さん, 氏) or a birth (生): event dates in minutes are written out.
_LETTER_DATE = re.compile(rf"{NO_DIGIT_BEFORE}(?<![A-Za-z])[MTSHR]\.?(?:1[0-9]{{2}}|[0-9]{{1,2}})\.[0-9]{{1,2}}\.[0-9]{{1,2}}{NO_DIGIT_AFTER}{_RANGE}")
# (round T) or the person's role in a case's record (対象者 ﾐｽﾞｸﾞﾁ ﾊﾙﾄ H36.9.30 …)
# (round Y) 氏 as an honorific, not the 氏 of 氏名 (（公表同意者は氏名と金額のみ開示）in a donation's row)
_AS_OF = "現在"
# (round AZ) a dotted date right after an event's date label (決定日 R117.6.2、申請者 …（R31.8.19生）): the decision's day,
# though a birth's 生 stands in the sentence
_AN_EVENTS_DATE_LABEL = re.compile(r"(?:決定|交付|申請|受付|支給|通知|発行|契約|完了|着工|竣工|処分|届出)(?:年月)?日[ \u3000:：は]*\Z")
# (round AI) not the 生 of 民生委員 or 衛生 (民生委員からの通報（R64.2.14）: the report's date)
_LETTER_DATE_CONTEXT = re.compile("様|さん|氏(?!名)|(?<![民衛])生|対象者|本人|保護者|申請者|申請人|受給者")
# (round M) An English birth date after its label: Date of Birth: March 14, 2013 / DOB 14 March 2013.
_MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)"
_ENGLISH_FORMS = (rf"{_MONTHS} [0-9]{{1,2}},? (?:19|20|21)[0-9]{{2}}|[0-9]{{1,2}} {_MONTHS},? (?:19|20|21)[0-9]{{2}}"
                  rf"|[0-9]{{1,2}}-{_MONTHS}-(?:19|20|21)[0-9]{{2}}"  # (round W) a system's day-month-year: DOB: 05-Aug-1984
                  rf"|(?:19|20|21)[0-9]{{2}}(?:[-/][0-9]{{1,2}}[-/]|\.[0-9]{{1,2}}\.)[0-9]{{1,2}}|[0-9]{{1,2}}/[0-9]{{1,2}}/(?:19|20|21)[0-9]{{2}}")
_ENGLISH = re.compile(
    rf"(?:Date of [Bb]irth|Birth ?[Dd]ate|DOB|D\.O\.B\.|[Bb]orn(?: on)?)[ \u3000]*[:：]?[ \u3000]*"  # (round O) Date of birth
    # (round W) born in a sentence too: her son (Arjun, born 14/11/2046)
    rf"(?P<date>{_ENGLISH_FORMS})"
)
# (round AJ) A Japanese form's label before an English date in words (生年月日 20 June 2073): the date as its holder writes it.
_JAPANESE_LABEL_ENGLISH_DATE = re.compile(
    # (round AZ) or a few words after it in the label's sentence, no digit between (生年月日は…証明の訳で 4 March 2061)
    rf"(?:生年月日|誕生日)[ \u3000]*[:：は]?(?:[^。\n0-9]{{0,24}}?[ \u3000])?[ \u3000]*(?P<date>{_MONTHS} [0-9]{{1,2}},? (?:19|20|21)[0-9]{{2}}|[0-9]{{1,2}} {_MONTHS},? (?:19|20|21)[0-9]{{2}})")
# (round Q) dotted too after the label: DOB 1986.11.02
# (round O) Two people's dates after one label: Date of birth: March 3, 1984 / 1986-11-20
_SECOND_ENGLISH = re.compile(rf"[ \u3000]*(?:/|and|&)[ \u3000]*(?P<date>{_ENGLISH_FORMS})(?![0-9])")
# (round O) An English date alone in a birth-date column: | 生年月日 | 12 Jan 1990 |
# (round AZ) and a system's day-month-year with the year's two digits (| Date of birth | 12-Apr-63 |): in a birth column only
_ENGLISH_CELL = re.compile(rf"(?:{_ENGLISH_FORMS}|[0-9]{{1,2}}-{_MONTHS}-[0-9]{{2}})$")
_RANGE_END = re.compile(r"(?:から|～|〜)[ \u3000]?$")  # (round M) 平成21年4月2日から平成22年4月1日生まれ: a range's end


# (round AP) A labelled birth date read aloud and corrected on the same line (生年月日 昭和52年6月18日……（訂正）令和52年6月18日):
# the date after 訂正 is the label's too.
_BIRTH_DATE_CORRECTED_AFTER = re.compile(rf"(?:生年月日|誕生日)[ \u3000:：は]*(?:明治|大正|昭和|平成|令和|[0-9]{{4}})[^\n。]{{2,20}}?[（(]?訂正[）)]?[ \u3000:：]*(?P<date>{_DATE}){_WHOLE}")


# (round AT) A second birth date joined to a found one: another person's after 、 and whose (…様が A、…様が B), or the
# other of two writings a record gives (A と B の二通り).
_NEXT_PERSONS = re.compile(rf"、[ァ-ヺー一-龯ぁ-ゖ]{{1,6}}(?:様|さん)が(?P<date>{_DATE}){_WHOLE}")
# (round BN) or a second date joined by と and closing the phrase (子どもの…と…の生年月日、A と B も): two persons' births
_OTHER_OF_TWO = re.compile(rf"と(?P<date>{_DATE}){_WHOLE}(?=の(?:二|2)通り|も|が|です|。)")


# (round BX) a year and month of birth after an age in brackets: （満8歳、2205年2月生）
_AGE_THEN_YEAR_MONTH = re.compile(r"[(（]満?[0-9]{1,3}歳、[ \u3000]?(?P<date>(?:(?:19|20|21|22)[0-9]{2}|(?:昭和|平成|令和)[0-9元]{1,3})年[0-9]{1,2}月生)")

_LINE_DATE = re.compile(rf"{_DATE}{_WHOLE}")  # (round BF) a whole date, the value of the label line above it


def recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    found = list(_every_reading(doc))
    yield from found
    yield from restated_birth_dates(doc.folded, found)  # (round BN) 正しくは令和132年7月14日, 令和121年9月9日の略記です


def _every_reading(doc: Doc) -> Iterator[tuple[int, int]]:
    text = doc.folded
    labelled_found = False
    for start, end in _recognize(doc):
        labelled_found = True
        if not _RANGE_END.search(text, max(0, start - 3), start) and not _in_a_csv_event_column(text, start):
            yield start, end
            if (text.startswith(("（", "("), end) and (other := _THE_SAME_IN_BRACKETS.match(text, end)) is not None
                    and not other.group("date").endswith(("年", "月"))):  # a whole date, not the year alone (（昭和23年）生)
                yield other.span("date")  # (round AL) 2059年10月5日（令和41年10月5日）: the same birth in the other calendar
            if text.startswith(("と", "、"), end) and (second := (_NEXT_PERSONS if text[end] == "、" else _OTHER_OF_TWO).match(text, end)):
                yield second.span("date")  # (round AT) …様が A、…様が B / A と B の二通り: the next date of the same list
    if labelled_found and "訂正" in text:  # (round AP) only after a found date (the labelled one corrected): 生年月日 昭和52年6月18日……（訂正）令和52年6月18日: the corrected date is the same birth's
        for match in _BIRTH_DATE_CORRECTED_AFTER.finditer(text):
            yield match.span("date")
    if "." in text:
        for match in _LETTER_DATE.finditer(text):
            lo = max(text.rfind("。", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
            ends = [i for i in (text.find("。", match.end()), text.find("\n", match.end())) if i >= 0]
            if (_LETTER_DATE_CONTEXT.search(text, lo, min(ends) if ends else len(text)) and not _in_an_event_column(text, match.start())
                    and not text.startswith(_AS_OF, match.end())  # (round AG) 対象者一覧（R55.10.1現在）: the list's as-of date
                    and not ("日" in text[max(0, match.start() - 6) : match.start()]
                             and _AN_EVENTS_DATE_LABEL.search(text, max(0, match.start() - 8), match.start()))):
                yield match.start(), match.end()
    if "B" in text or "b" in text:
        for match in _ENGLISH.finditer(text):
            yield match.start("date"), match.end("date")
            if second := _SECOND_ENGLISH.match(text, match.end()):
                yield second.start("date"), second.end("date")
    if doc.has_capital and ("生年月日" in text or "誕生日" in text):  # (round AJ) 生年月日 20 June 2073: an English date after the label
        for match in _JAPANESE_LABEL_ENGLISH_DATE.finditer(text):
            yield match.span("date")
    if "ipinanganak" in text or "naci" in text:  # (round BZ) ipinanganak noong 14 Marso 2210, nació el 2 de febrero de 2216
        yield from birth_dates_in_tagalog_or_spanish(text)
    if doc.has_capital:
        yield from _listed_english_dates(doc)
        if any(map(text.__contains__, ERA_NAMES)):  # (round BT) born on Reiwa 181, 12 January; Reiwa 140.8.24生
            yield from english_era_birth_dates(text)
    if "\n:" in text and ("生年月日" in text or "誕生日" in text):
        yield from _defined_dates(text)
    if "生年月日\n" in text or "誕生日\n" in text:  # (round BF) 生年月日 / 令和103年6月30日: a form's label line over its value
        yield from dates_under_a_label_line(text, _LINE_DATE)
    if "/" in text and ("生年月日" in text or "誕生日" in text):  # (round BF) 生年月日：12/9（令和127年）
        yield from month_days_with_the_year_after(text)
    if "年(" in text and ("生年月日" in text or "誕生日" in text):  # (round BH) 生年月日 2129年（令和111年）4月18日
        yield from western_dates_with_the_era_year_inside(text)
    if "生年月日" in text and "氏名" in text:  # (round BB) 患者ID　氏名　生年月日 … / P-… | 國分 晴美 | 2091年11月4日 | …: no table bars
        yield from birth_column_cells(text)
    if "|" in text and ("生年月日" in text or "誕生日" in text):  # (round AX) | 生年月日 | 2059年11月3日 | …: a row headed by the label
        yield from dates_in_birth_rows(text, _CELL_DATE)
    # (round AL) a record's key in capitals too (…|BIRTH=2071.09.17|ADDR=…); (round AX) BD= too (…;BD=20550611;TEL=…)
    if doc.has_latin and ("irth" in text or "BDAY" in text or "BD=" in text or "BD:" in text or "DOB" in text or '"dob"' in text or "dob=" in text or "BIRTH" in text):  # (round AI) a JSON "dob"; (round BB) a log's dob=
        for match in _KEYED_DATE.finditer(text):
            yield match.span("date")
    if _HIRAGANA_MONTH.search(text):  # a search for the word: faster than `in` for a word of two kana
        for match in _HIRAGANA_LABELLED_DATE.finditer(text):
            yield match.span("date")
    if any(word in text for word in _HIRAGANA_BIRTH_WORDS):
        for match in _HIRAGANA_LABEL_THEN_DATE.finditer(text):
            yield match.span("date")
    if ("/" in text or "." in text) and ("生" in text or "誕" in text or any(word in text for word in _FOREIGN_LABEL_GATE)):  # every birth-date word holds one of them
        yield from _day_first_dates(text)
    if "生年月日" in text or "誕生日" in text:
        yield from relatives_dates_after_the_label(text)
        # (round AJ) an era in hiragana before the year's digits (へいせい30年の10月の3日), in the label's sentence after it
        for match in anchored_finditer(_HIRAGANA_ERA_DATE, text, _BIRTH_WORDS, 0, _LABEL_REACH + 24):
            if _LABEL_IN_THE_SENTENCE.search(text, max(0, match.start() - _LABEL_REACH), match.start()):
                yield match.span()
        if "生年月日を" in text or "誕生日を" in text:
            for match in anchored_finditer(_ASKED_THEN_SAID, text, _ASKED_ANCHOR, 0, 40):
                yield match.span("date")
    if "個人番号" in text or "マイナンバー" in text:
        for match in anchored_finditer(_DATE_AFTER_A_MY_NUMBER, text, _MY_NUMBER_COMMA, 16, 20):
            yield match.span("date")
    if " de " in text:  # (round BX) 生年月日は1 de março de 2136（2136年3月1日）: romance_dates.py
        yield from birth_dates_in_portuguese_or_spanish(text)
    if "歳、" in text:  # (round BX) （満8歳、2205年2月生）: a year and month of birth after an age in brackets
        for match in _AGE_THEN_YEAR_MONTH.finditer(text):
            yield match.span("date")
    if COLUMN_WORD in text and "|" in text:  # (round BX) | 2177/08/30 | under `| A | B | C |`, C列 生年月日 said before
        yield from values_under_named_letters(text, "birth_date")
    if "\t" in text and any(word + "\t" in text for word in _MEMBERS):
        for match in _MEMBERS_ROW_DATE.finditer(text):
            if not match.group("date").endswith(("年", "月")):
                yield match.span("date")  # (round AL) a household's member's row pasted with tabs
    if "<<" in text:
        yield from passport_birth_dates(text)  # (round AI) a passport's machine-readable zone
    if "." in text and "生" in text:  # (round BV) （2201.5.30生まれ）, （2203.12.5生）: dotted_birth_dates.py
        yield from dotted_birth_dates_in_brackets(text)
    if "_" in text:
        for match in anchored_finditer(_NAMED_FILES_DATE, text, _FILE_EXTENSION, 40, 6):
            yield match.span("date")
    if "」とある" in text or "」ではなく「" in text or "」でなく「" in text:
        for match in _CORRECTED_OLD_DATES.finditer(text):
            yield match.span("a")
            yield match.span("b")
    if "ではなく" in text:
        for match in anchored_finditer(_CORRECTED_BIRTH_DATE, text, _NOT_BUT_ANCHOR, 24, 8):
            if (right := _RIGHT_BIRTH_DATE.match(text, match.end())) is not None:
                yield match.span("a")  # (round AI) （昭和99年6月2日ではなく2053年6月2日生）: the date as written and as corrected
                yield right.span("b")


# (round AI) A birth date corrected in one phrase, unquoted: the written date, ではなく, the right one and 生 (冨樫 早百合（昭和99年
# 6月2日ではなく2053年6月2日生）): both are the person's birth date, the first as the record wrote it (an era's year past its end
# included: a misprint still tells the date).
_CORRECTED_BIRTH_DATE = re.compile(rf"(?P<a>{_DATE})ではなく[、 \u3000]?")
_RIGHT_BIRTH_DATE = re.compile(rf"(?P<b>{_DATE})[ \u3000]?生")
_NOT_BUT_ANCHOR = re.compile("ではなく")


# (round AH) The label's clause, then each relative and their date in turn (生年月日は長女が2067.8.19(金)、長男が2070.3.2(日)):
# a family's dates said one by one after the word that names them.
_RELATIVE = "(?:長女|長男|次女|次男|三女|三男|父|母|夫|妻|本人|子|祖父|祖母)"
_RELATIVES_FIRST_DATE = re.compile(rf"(?:生年月日|誕生日)(?:は|が)、?{_RELATIVE}(?:が|は)[ \u3000]?(?P<date>{_DATE}){_WHOLE}")
_RELATIVES_NEXT_DATE = re.compile(rf"{_WEEKDAY}(?:生)?、{_RELATIVE}(?:が|は)[ \u3000]?(?P<date>{_DATE}){_WHOLE}")
_RELATIVES_ANCHOR = re.compile("生年月日|誕生日")


def relatives_dates_after_the_label(text: str) -> Iterator[tuple[int, int]]:
    for match in anchored_finditer(_RELATIVES_FIRST_DATE, text, _RELATIVES_ANCHOR, 0, 40):
        yield match.span("date")
        end = match.end("date")
        while (following := _RELATIVES_NEXT_DATE.match(text, end)) is not None:
            yield following.span("date")
            end = following.end("date")


# (round AH) A clause saying the birth date was asked, then the date said (生年月日を何度も聞かれて、平成10.4.1って): the label in
# the clause before the value, not right before it.
_ASKED_ANCHOR = re.compile("生年月日を|誕生日を")
_ASKED_THEN_SAID = re.compile(rf"(?:生年月日|誕生日)を[^。\n、]{{0,8}}?(?:聞かれ|尋ねられ|確認され|言われ|訊かれ)[ぁ-ゖ]{{0,3}}、[ \u3000]?(?P<date>{_DATE}){_WHOLE}")


# (round AH) A date right after a My Number in a person's particulars (日向 沙織、2740-5518-3603、2051年10月21日。): the number is a
# person's, so the date listed after it is that person's birth date, as a list of particulars gives it.
_MY_NUMBER_COMMA = re.compile("、(?:19|20|明治|大正|昭和|平成|令和)")
_DATE_AFTER_A_MY_NUMBER = re.compile(rf"(?<![0-9])(?:[0-9]{{12}}|[0-9]{{4}}([ -])[0-9]{{4}}\1[0-9]{{4}})、(?P<date>{_DATE}){_WHOLE}")
# (round AH) A date run together in a file's name after a person's name (宣誓書_蜂須賀 結衣_20610712.pdf): a scanned form's name
# carries its holder's particulars, the name first.
_FILE_EXTENSION = re.compile(r"\.(?:pdf|jpg|jpeg|png|tif|tiff|PDF|JPG)")
_NAMED_FILES_DATE = re.compile(rf"_[一-龯ぁ-ゖァ-ヺ]{{1,5}}[ \u3000]?[一-龯ぁ-ゖァ-ヺ]{{1,5}}_(?P<date>{_COMPACT_DATE})\.(?:pdf|jpg|jpeg|png|tif|tiff|PDF|JPG)")


# (round AB) A birth date written in hiragana words under a label written in hiragana, as a child's form has it
# (うまれたひ：にせんごじゅうねん　しがつ　とおか): the year's words and ねん, the month's and がつ, the day's and にち or か.
# (round AD) and under a kanji label, its era a word of its own (生まれは へいせい じゅうさんねん しがつ ふつか: a transcript).
_HIRAGANA_LABELLED_DATE = re.compile(
    r"(?:うまれたひ|たんじょうび|せいねんがっぴ|うまれ|生まれ|生年月日|誕生日)[ \u3000]*[:：は]?[ \u3000]*"
    r"(?P<date>(?:[ぁ-ゖ]{2,6}[ \u3000])?[ぁ-ゖ0-9]{1,16}ねん[ \u3000]?[ぁ-ゖ0-9]{1,6}がつ[ \u3000]?(?:ついたち|[ぁ-ゖ0-9]{0,8}?(?:にち|か)))(?![ぁ-ゖ])")  # digits too (へいせい30ねん)
_HIRAGANA_MONTH = re.compile("がつ")
# (round BP) and a date in digits or kanji numerals under such a label (せいねんがっぴ：2149年8月12日, うまれ　令和八十八年　二月二日):
# the label then a colon or a space (うまれ only before a space or a colon: うまれる, うまれた are verbs), the whole date
_HIRAGANA_BIRTH_WORDS = ("せいねんがっぴ", "うまれたひ", "たんじょうび", "うまれ")
_HIRAGANA_LABEL_THEN_DATE = re.compile(
    rf"(?:せいねんがっぴ|うまれたひ|たんじょうび|うまれ)(?:[ \u3000]*[:：][ \u3000]*|[ \u3000]+)(?P<date>{_DATE}){_WHOLE}")
# (round AJ) A speech-to-text output's era in hiragana, the numbers in digits and kanji (へいせい30年の10月の3日), after a birth-date
# label in the sentence (生年月日は、出力では …): read only in windows after the label, in a text the label's gate has let through.
_BIRTH_WORDS = re.compile("生年月日|誕生日")  # the windows the date is read in, after the label
_HIRAGANA_ERA_DATE = re.compile(rf"(?:めいじ|たいしょう|しょうわ|へいせい|れいわ)[ \u3000]?{_Y}[ \u3000]?年の?{_S}{_MD}{_S}月の?{_S}{_MD}{_S}日")
_LABEL_IN_THE_SENTENCE = re.compile(r"(?:生年月日|誕生日)[^。\n]{0,20}\Z")
_LABEL_REACH = 28
# (round AB) A date written day first, as Europe and South America write it (11/03/2039生, 生年月日 23/08/1990): the day,
# the month, a four-digit year, parted by / or by dots; then 生, or after a birth-date label. Read from each year.
_DAY_FIRST_YEAR = re.compile(r"[/.](?:19|20|21)[0-9]{2}(?![0-9])")
_DAY_FIRST_DATE = re.compile(r"(?<![0-9/.])(?:0?[1-9]|[12][0-9]|3[01])(?P<sep>[/.])(?:0?[1-9]|1[0-2])\Z")
_BIRTH_AFTER = re.compile(r"[ \u3000]?生(?:まれ)?(?=[)、。,，\s]|$)")  # not 生涯 (12.03.2026 生涯学習センター)
_BIRTH_LABEL_BEFORE = re.compile(r"(?:生年月日|誕生日|生まれ|[Dd]ata de [Nn]ascimento|[Ff]echa de [Nn]acimiento)[ \u3000]*[:：は]?[ \u3000]*\Z")
# (round AI) or the label, は, and a short clause saying which record gives the date (生年月日はブラジルの書類だと 14/09/2033): a
# day-first date is a foreign record's form
_BIRTH_LABEL_CLAUSE_BEFORE = re.compile(r"(?:生年月日|誕生日)(?:は|が)[^。\n、]{1,12}?(?:だと|では|には|で)[ \u3000]*\Z")
_FOREIGN_LABEL_GATE = ("ascimento", "acimiento")


def _day_first_dates(text: str) -> Iterator[tuple[int, int]]:
    for year in _DAY_FIRST_YEAR.finditer(text):
        day_month = _DAY_FIRST_DATE.search(text, max(0, year.start() - 6), year.start())
        if (day_month is not None and day_month.group("sep") == text[year.start()]
                and (_BIRTH_AFTER.match(text, year.end()) or _BIRTH_LABEL_BEFORE.search(text, max(0, day_month.start() - 22), day_month.start())
                     or _BIRTH_LABEL_CLAUSE_BEFORE.search(text, max(0, day_month.start() - 24), day_month.start()))):
            yield day_month.start(), year.end()


# (round Z) A Markdown definition list whose term is the birth-date label (生年月日（申請者／配偶者）) and whose definition,
# the next line opening with a colon, holds the dates, one or more parted by ／ or 、: each is a birth date.
_DEFINED_TERM = re.compile(r"[^\n:]{0,12}(?:生年月日|誕生日)[^\n]{0,20}")
_DEFINITION_DATE = re.compile(rf"(?P<date>{_DATE}){_WHOLE}")


def _defined_dates(text: str) -> Iterator[tuple[int, int]]:
    at = text.find("\n:")
    while at >= 0:
        term = text.rfind("\n", 0, at) + 1
        if _DEFINED_TERM.fullmatch(text, term, at):
            end = text.find("\n", at + 1)
            for date in _DEFINITION_DATE.finditer(text, at + 2, len(text) if end < 0 else end):
                yield date.span("date")
        at = text.find("\n:", at + 1)


# (round Z) A record's English key for a birth date and its value: a vCard's BDAY:1979-08-23 (BDAY;VALUE=date:…), a QR
# code's BDAY:19790823, a JSON record's "birth": "1968-12-05", DOB / Date of birth / birthdate = …; read where
# BDAY, DOB or (B)irth stands, the key right before its colon or equals sign (a birthday party's date has no such key).
# (round AL) A household's rows pasted with tabs (世帯主<TAB>乙部 光雄<TAB>令和10年12月24日, 世帯員<TAB>…): the member's word, the
# name, then a whole date in the next cell: the member's birth. Read only in texts holding a member's word before a tab.
_MEMBERS = ("世帯主", "世帯員", "本人", "妻", "夫", "長男", "長女", "次男", "次女", "三男", "三女", "母", "父", "祖父", "祖母")
_MEMBERS_ROW_DATE = re.compile(rf"^(?:{'|'.join(_MEMBERS)})\t[^\t\n]{{2,12}}\t"
                               rf"(?P<date>{_DATE})(?=\t|$)", re.MULTILINE)
# (round AL) A birth date written again in brackets right after it, in the other calendar (2059年10月5日（令和41年10月5日）);
# its day too: a year alone in brackets (1948年12月1日（昭和23年）生) is no second finding
_THE_SAME_IN_BRACKETS = re.compile(rf"[（(](?P<date>{_DATE})[）)]")
_KEYED_DATE = re.compile(
    rf"(?<![A-Za-z])(?:BDAY|BD(?=[:=])|DOB|dob|BIRTH(?:_?DATE|DAY)?|[Bb]irth(?:[ _-]?[Dd]ate|day)?|[Dd]ate[ _]of[ _][Bb]irth)\"?(?:;[A-Za-z]+=[A-Za-z-]+)*"
    rf"[ \u3000]*[:=：][ \u3000]*\"?(?P<date>{_DATE}|{_COMPACT_DATE}){_WHOLE}"
)


# (round P) A correction of a date of the 明治, 大正 or early 昭和 years to the day, as minutes correct a
# person's particulars (「昭和9年4月21日」とある部分は「昭和9年4月12日」の誤り): no meeting, deadline or
# decision in today's minutes is dated so; a birth date is.
_OLD_DAY = r"(?:明治|大正|昭和[1-3]?[0-9](?![0-9]))[ \u3000]?(?:元|[0-9]{1,2})?年[0-9]{1,2}月[0-9]{1,2}日"
_CORRECTED_OLD_DATES = re.compile(rf"「(?P<a>{_OLD_DAY})」(?:とある(?:部分|箇所|の)?は|で(?:は)?なく)「(?P<b>{_OLD_DAY})」")


# (round N) An English date as an item of a person's particulars, without its label
# (- Haruka MIZUSAWA　旅券番号 TZ4418207　Sep. 14, 1996), as _listed_dates reads the Japanese ones.
_ENGLISH_DATE = re.compile(rf"(?<![A-Za-z]){_MONTHS} [0-9]{{1,2}},? (?:19|20|21)[0-9]{{2}}(?![0-9])|(?<![0-9A-Za-z])[0-9]{{1,2}} {_MONTHS},? (?:19|20|21)[0-9]{{2}}(?![0-9])")
# Every match ends in a space and its year; the longest month name and day before it: 20 characters.
_ENGLISH_DATE_ANCHOR = re.compile(" (?:19|20|21)[0-9]{2}")


def _listed_english_dates(doc: Doc) -> Iterator[tuple[int, int]]:
    text = doc.folded
    public: PublicNames | None = None
    for match in anchored_finditer(_ENGLISH_DATE, text, _ENGLISH_DATE_ANCHOR, before=22, after=6):
        item = item_around(text, match.start(), match.end())
        if item is None:
            continue
        public = public or PublicNames.of(doc.context.public_names)
        if beside_particulars(text, item[0], item[1], public):
            yield match.start(), match.end()


def _recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    # The same windows for all three, and only those holding a numeral: every date any of them
    # reads holds a digit, a kanji numeral or the 元 of 元年, so a window without one holds no match.
    labelled = [(lo, hi) for lo, hi in windows(doc.folded, _ANCHOR, before=30, after=40)
                if _NUMERAL.search(doc.folded, lo, hi)]
    for pattern in (_BEFORE, _AFTER, _LABEL_AFTER):
        for lo, hi in labelled:
            for match in pattern.finditer(doc.folded, lo, hi):
                date = match.group("date")
                if pattern is _AFTER and _SPOKEN_OF.match(doc.folded, match.end("date")) and (
                        date.endswith("年") or ("年" not in date and date.endswith("日"))):
                    continue  # (round T) 生年月日の平成36年は存在しない / 生年月日も8月11日ということに: a part spoken of
                yield match.start("date"), match.end("date")
    for match in anchored_finditer(_AGE, doc.folded, _AGE_ANCHOR, before=30, after=4):
        yield match.start("date"), match.end("date")
    for match in anchored_finditer(_DATE_AFTER_AGE, doc.folded, _AGE_ANCHOR, before=4, after=30):
        yield match.start("date"), match.end("date")
    for match in anchored_finditer(_AGE_IN_BRACKETS, doc.folded, _BRACKET_ANCHOR, before=30, after=6):
        if "日" in match.group("date") or match.group("sep") or match.group("era_sep"):
            yield match.start("date"), match.end("date")  # a full date; 令和5年（2）is no age
    yield from _listed_dates(doc)
    for header, start, end in table_cells(doc.folded):
        if _BIRTH_COLUMN.search(header):
            date = _CELL_DATE.match(doc.folded, start, end) or _ENGLISH_CELL.match(doc.folded, start, end)
            if date and not doc.folded[date.end() : date.end() + 1].isdigit():
                yield date.start(), date.end()
                if doc.folded.startswith("・", date.end()) and (second := _CELL_DATE.match(doc.folded, date.end() + 1, end)):
                    yield second.span()  # (round BZ) | 2181年6月30日・2183年1月9日 |: a couple's two dates in one cell


# (round O) A register's or a list's title alone before the date on its line (spaced as OCR reads it too).
_REGISTER_TITLE = re.compile("^[#＃\u3000]*[^\n]{0,12}(?:簿|台帳|名簿|一覧|一覧表|記録|日誌)[\u3000]*$")


# (round Q) A date opening a list line, then a space: the date of what the line records (a payment, an
# event), not a particular of the person named further on (a birth date follows its person, or has 生).
# (round T) also a quoted letter's dating line (> 　　令和24年5月10日　塚本 芳乃)
_EVENT_HEAD = re.compile(r"[ \u3000]*(?:[-*+・>]|[0-9]{1,3}[.)．])[ \u3000]*$")
# (round T) A sentence opening with its date and a comma (○係長　令和23年1月28日、…を送付しました): when it happened.
_SENTENCE_HEAD = re.compile(r"(?:^|。|^○[^\s]{1,16}[ \u3000])[ \u3000]*$", re.MULTILINE)
# (round T) a year alone or a month and day alone, then the topic of a remark: は／が／も, ということ
_SPOKEN_OF = re.compile("(?:は|が|も)(?!生)|ということ|となり|になり")
_SPACE_AFTER = re.compile(r"[ \u3000]+(?!生)")


def _listed_dates(doc: Doc) -> Iterator[tuple[int, int]]:
    """Full dates that are items of a list of a person's particulars (the cells of a birth-date
    column are read in recognize)."""
    text = doc.folded
    public: PublicNames | None = None
    for match in anchored_finditer(_FULL_DATE, text, _DATE_ANCHOR, before=24, after=12):
        if match.group().endswith(")"):
            continue  # 令和6年7月9日（火）: a date with its weekday is an event's
        item = item_around(text, match.start(), match.end())
        if item is None:
            continue
        if _EVENT_HEAD.fullmatch(text, text.rfind("\n", 0, match.start()) + 1, match.start()) and _SPACE_AFTER.match(text, match.end()):
            continue  # (round Q) - 2035年1月20日　弔慰 …: a list line's own date, what the line records happened then
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text.startswith("、", match.end()) and _SENTENCE_HEAD.search(text, line_start, match.start()):
            continue  # (round T) 令和23年1月28日、…に送付しました: the sentence's own date
        if _REGISTER_TITLE.search(text[text.rfind("\n", 0, match.start()) + 1 : match.start()].replace(" ", "")):
            continue  # (round O) 傍 聴 受 付 簿　　令和11年6月12日: the register's own date, in its title line
        if text[item[0] - 1 : item[0]] in "|｜" and text[item[1] : item[1] + 1] in "|｜":
            header = column_header(text, match.start())
            if header is not None and _EVENT_COLUMN.search(header) and not _BIRTH_COLUMN.search(header):
                continue  # a cell of its own under 発生日 / 受付日時: an event's date
        if text[item[0] - 1 : item[0]] in ",;\t\n" and _in_event_cell(text, match.start(), match.end()):
            continue  # (round V) 受付日,閲覧者,住所 / 2048-11-06,…: an export's date column is when it happened
        public = public or PublicNames.of(doc.context.public_names)
        if beside_particulars(text, item[0], item[1], public):
            yield match.start(), match.end()


# (round Z) A CSV line's field whose header, a line of names without digits a few lines above, names an event's date
# (受付番号,寄附日,氏名,… over F40-003188,2058/04/02,…): when it happened, not a birth.
_CSV_HEADER_REACH = 4


def _in_a_csv_event_column(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    if text.find(",", line, start) < 0:
        return False
    column = text.count(",", line, start)
    lo = line
    for _ in range(_CSV_HEADER_REACH):
        if lo == 0:
            return False
        lo = text.rfind("\n", 0, lo - 1) + 1
        header = text[lo : text.find("\n", lo)].split(",")
        if len(header) > column and not any(ch.isdigit() for ch in header[column]) and len(header) >= 3:
            name = header[column].strip()
            return bool(_EVENT_COLUMN.search(name)) and not _BIRTH_COLUMN.search(name)
    return False


def _in_an_event_column(text: str, start: int) -> bool:
    """(round Y) A Markdown table's cell under an event's column (| 受付日 | 寄附者 | … / | R37.5.9 | 寿 正一郎 |): when it happened."""
    if "|" not in text[text.rfind("\n", 0, start) + 1 : start]:
        return False
    header = column_header(text, start)
    return header is not None and _EVENT_COLUMN.search(header) is not None and _BIRTH_COLUMN.search(header) is None


def _in_event_cell(text: str, start: int, end: int) -> bool:
    """(round V) True when [start, end) is a cell of an export (CSV, TSV, semicolons) under an event's column
    (受付日, 来庁日, 利用日時): table_cells is cached per text and read by recognize anyway."""
    return any(lo <= start and end <= hi and _EVENT_COLUMN.search(header) is not None and _BIRTH_COLUMN.search(header) is None
               for header, lo, hi in table_cells(text))
