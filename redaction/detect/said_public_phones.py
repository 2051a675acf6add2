"""Phone numbers the words right after them say are an office's or public (round AZ).

- Said public after it: the number, maybe more numbers listed after it (予防課 042-…、査察係 042-…), then は or も and
  the sentence saying it is published (はホームページに掲載しています, は公開しております, は公開ですね). Not 非公開, nor
  a sentence saying it is not (公開していない, 掲載しません).
- Said to be of the list of published numbers (042-…、042-… と、各事業者の公表している番号を載せて…).
- An office's inquiry line: an office's name ending in 課, 係, 室 or センター right before the number and まで(お)問い合わせ
  or までご連絡 right after it (生活福祉課 042-… までお問い合わせください).
- A call log's line (04/29 08:12 着信 042-…   地域包括支援センター北): the number, two spaces or more, and an office's name
  ending the line (センター, 課, 係, 役所, 代表 …); a person's name there ends in no such word.
(round BD) A business's main line (…のように、店の代表番号を; （勤務先の代表）), a number printed in an advertisement (…で、店の
広告に載っている番号), and a number published with another office's (…や、市の災害対策本部の番号は公表している).
Read only where 公開, 掲載, 公表, 代表, 載って, まで or 着信／発信／不在 stands right after or before the number.
"""

from __future__ import annotations

import re

from .said_not_public import said_not_public, the_sentence_after

_REACH = 60
_LISTED = r"(?:[、,][ \u3000]*[^。\n、0-9]{0,8}?[ \u3000]*0[0-9]{1,4}[-‐－][0-9]{1,4}[-‐－][0-9]{3,4})*"
_SAID_PUBLIC_AFTER = re.compile(_LISTED + r"[ \u3000]*[）)]?[ \u3000]*(?:は|も)[^。\n]{0,14}?(?<!非)(?:公開|掲載)"
                                r"(?:して(?:おり|います|いる|あり)|しております|されて(?:おり|います|いる)|です|済み|しました)")
_PUBLISHED_LIST_AFTER = re.compile(_LISTED + r"[ \u3000]*と[、,]?[^。\n]{0,12}?(?:公表|公開)(?:している|されている)番号")
_OFFICE_BEFORE = re.compile(r"[一-龯]{1,10}(?:課|係|室|センター)[ \u3000]*\Z")
_INQUIRY_AFTER = re.compile(r"[ \u3000]*まで[ \u3000]*(?:お|ご)?(?:問い?合わ?せ|連絡)")
_CALL_LOG_LINE = re.compile(r"[0-9０-９/:： \u3000]{4,}(?:着信|発信|不在)[ \u3000]")
_OFFICE_ENDS_THE_LINE = re.compile(r"[ \u3000]{2,}[^\s（()）{}]{0,16}(?:センター|課|係|役所|役場|代表|事務所|事務局|支所|出張所)"
                                   r"[^\s（()）{}]{0,3}[ \u3000]*$", re.MULTILINE)


# (round BD) Three more verdicts right after the number:
# - a shop's or a workplace's main line (「すみれ中央眼鏡店（電話 042-…）」のように、店の代表番号を載せております; 勤務先の電話
#   03-…（勤務先の代表）): the business's number, no person's;
# - a number said to be printed in an advertisement or on a public page (店の電話は 042-… で、店の広告に載っている番号です);
# - the number and another office's said published (避難所の電話 042-… や、市の災害対策本部の番号は公表しているものです).
_BUSINESSES_MAIN_LINE_AFTER = re.compile(r"[ \u3000]*(?:[）)」][ \u3000]*){0,2}(?:のように、|[（(])[ \u3000]*"
                                         r"(?:店|会社|勤務先|事業所|企業|法人|商店|事務所)の代表")
_PRINTED_AFTER = re.compile(r"[ \u3000]*で、[^。\n]{0,10}?(?:広告|ホームページ|チラシ|看板|広報紙?|名刺)に(?:載って|掲載されて)いる番号")
_PUBLISHED_WITH_ANOTHER_AFTER = re.compile(r"[ \u3000]*(?:や|と)、?[^。\n]{0,16}?番号(?:は|も)[ \u3000]*(?:公表|公開|掲載)"
                                           r"(?:して|されて)(?:いる|おり|います)")


# (round BX) Two more:
# - a facility's main line said so after it (施設の連絡先（042-…）は施設の代表番号ですので): the facility's, no resident's;
# - an office's line with its opening hours right after it (予約は電話（市民相談課 042-…、平日9:00〜12:00）で): the office's
#   counter, the office's name right before the number.
_A_FACILITYS_MAIN_LINE_AFTER = re.compile(r"[ \u3000]*[）)]?[ \u3000]*は[ \u3000]*[^。\n、]{0,8}?"
                                          r"(?:施設|事業所|会社|法人|病院|医院|園|ホーム|センター|事務所)の代表番号")
_HOURS_AFTER = re.compile(r"[、,][ \u3000]*(?:平日|土日|土曜|日曜|祝日|月(?:曜)?[〜～-]金(?:曜)?|毎日)?[ \u3000]*[0-9]{1,2}[:：時][0-9]{0,2}[ \u3000]*[〜～-]")


def an_offices_line_with_its_hours(text: str, start: int, end: int) -> bool:
    """(round BX) `市民相談課 042-…、平日9:00〜12:00`: an office's name before the number and its hours after it."""
    return (text.startswith(("、", ","), end) and _HOURS_AFTER.match(text, end) is not None
            and _OFFICE_BEFORE.search(text, max(0, start - 16), start) is not None)


def said_a_businesses_or_published_after(text: str, end: int) -> bool:
    """The words right after the number call it a business's main line, printed in an advertisement, or published with
    another office's number; read only where 代表, 載って or 公表／公開／掲載 stands."""
    after = text[end : end + _REACH]
    if "代表" in after and (_BUSINESSES_MAIN_LINE_AFTER.match(text, end) or _A_FACILITYS_MAIN_LINE_AFTER.match(text, end)):
        return True
    if ("載って" in after or "掲載されて" in after) and _PRINTED_AFTER.match(text, end):
        return True
    return ("公表" in after or "公開" in after or "掲載" in after) and _PUBLISHED_WITH_ANOTHER_AFTER.match(text, end) is not None


# (round BT) Two more verdicts:
# - a business's main line named before the number (販売店の代表番号は先ほどの 042-…です, 会社の代表番号は 03-…): the business's;
# - numbers listed, each after its place, then said to be in a public notice (第1保管所は042-…、第2保管所は042-…で、いずれも撤去の
#   告示に載せています): the places' numbers, printed by the city.
_BUSINESSES_MAIN_LINE_BEFORE = re.compile(r"(?:店|社|会社|事業所|法人|組合|事務所)の代表番号(?:は|が|：|:)[ \u3000]*(?:先ほどの|さきほどの)?[ \u3000]*\Z")
_LISTED_PLACES = r"(?:[、,][^。\n、]{1,12}?(?:は|が)?[ \u3000]*0[0-9]{1,4}[-‐－][0-9]{1,4}[-‐－][0-9]{3,4})*"
_IN_A_NOTICE_AFTER = re.compile(_LISTED_PLACES + r"[ \u3000]*で、(?:いずれも|どちらも|ともに)[^。\n]{0,12}?(?:告示|公報|広報紙?|ホームページ)に"
                                r"(?:載せて|掲載して|載って|掲載されて)(?:います|おります|おり|いる)")


def said_a_main_line_or_in_a_notice(text: str, start: int, end: int) -> bool:
    """代表番号は before the number after a business's word, or the list of numbers said to be in a public notice; read only
    where 代表番号 stands before it or 載せて／載って／掲載 after it."""
    if "代表番号" in text[max(0, start - 16) : start] and _BUSINESSES_MAIN_LINE_BEFORE.search(text, max(0, start - 24), start):
        return True
    after = text[end : end + _REACH]
    return ("載" in after) and _IN_A_NOTICE_AFTER.match(text, end) is not None


def said_public_around(text: str, start: int, end: int) -> bool:
    """The words after (or an office's name before) the number at start:end say it is an office's or public."""
    if said_a_businesses_or_published_after(text, end):
        return True  # (round BD) 店の代表番号を載せて, （勤務先の代表）, 店の広告に載っている番号, …や、…の番号は公表している
    if said_a_main_line_or_in_a_notice(text, start, end):
        return True  # (round BT) 販売店の代表番号は先ほどの 042-…, …で、いずれも撤去の告示に載せています
    after = text[end : end + _REACH]
    if "公開" in after or "掲載" in after or "公表" in after:
        if not said_not_public(the_sentence_after(text, end, _REACH)) and (
            _SAID_PUBLIC_AFTER.match(text, end) or _PUBLISHED_LIST_AFTER.match(text, end)
        ):
            return True
    if an_offices_line_with_its_hours(text, start, end):
        return True  # (round BX) （市民相談課 042-…、平日9:00〜12:00）
    if "まで" in text[end : end + 4] and _INQUIRY_AFTER.match(text, end) and _OFFICE_BEFORE.search(text, max(0, start - 16), start):
        return True
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start]
    if ("着信" in head or "発信" in head or "不在" in head) and _CALL_LOG_LINE.match(text, line):
        return _OFFICE_ENDS_THE_LINE.match(text, end) is not None
    return False
