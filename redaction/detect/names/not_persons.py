"""Words in a person's name's place the text says name no person (round AT).

- an animal's name after its label (犬の名前　ムギ（柴・雌）, 猫の名前は…): a pet's, read where の名前 stands;
- the consignor's name in a 全銀 transfer file's header record (1 21 0 0000412700 ｽﾐﾚｼ ｶｲｹｲｶﾝﾘｼｬ …): the record opens with
  its kind 1, the type code, the code's section and the 10-digit consignor code; the name after them is the paying body's
  (a city's accounting manager), the payees' names stand in the data records (2 …) below.
- (round AV) a system log's level and the class or module after it (2124-11-07 09:41:22 WARN  KokuhoSearch  query=…): a
  line opening with a time, then DEBUG, INFO, WARN, ERROR and the like; the logged values after them stay findings.
- (round BB) a person's word ending in 者 or 人 and a relative's word after a space (同居者　長女（…生）, 世帯員 次男): a
  household's list naming a member by their relation, no name; a name after the relation (同居者　妻 真壁 由紀) stays read.
"""

from __future__ import annotations

import re

from .lexicon import KIN

_ANIMALS_NAME_BEFORE = re.compile(r"(?:犬|猫|ペット|愛犬|愛猫|飼い犬|飼い猫)の(?:名前|呼び名|愛称)(?:は|：|:)?[ \u3000]*「?\Z")
_ANIMAL_REACH = 12
_TRANSFER_HEADER_BEFORE = re.compile(r"(?:^|\n)1[ ]?[0-9]{2}[ ]?[01][ ]?[0-9]{10}[ ]?\Z")
_HEADER_REACH = 24
_LOG_LEVELS = ("DEBUG", "INFO", "NOTICE", "WARN", "WARNING", "ERROR", "FATAL", "TRACE")
_LOG_LEVEL_AT = re.compile(r"(?:DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|TRACE)[ \t]+[A-Za-z]")
_LOG_TIME_BEFORE = re.compile(r"[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,6})?)?[ \t]+(?:(?:DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|TRACE)[ \t]+)?\Z")
_LOG_REACH = 32
# (round OJ) a numbered school's short name after 第 (第三小, 第二中) and a place of it (正門, 裏門, 校庭 …): a bus stop's or a
# meeting point's name, no person's
_SCHOOLS_SHORT_NAME = re.compile("[一二三四五六七八九十]{1,2}[小中](?:学校)?(?:正門|裏門|通用門|東門|西門|南門|北門|校門|校庭|体育館|グラウンド|前)")


# (round BB) 同居者　長女（…）: a person's word and a relative's word, nothing name-like after the relative
_PERSONS_WORD_THEN_KIN = re.compile(rf"[一-龯]{{1,4}}(?:者|人|員)[ \u3000](?:{'|'.join(KIN)})(?![一-龯々ぁ-ゖァ-ヺ]|[ \u3000][一-龯ぁ-ゖァ-ヺ])")


def names_no_person(text: str, start: int) -> bool:
    """The candidate at `start` follows an animal's name label, or a 全銀 header record's consignor code, or stands where a
    log line's level or class does, or (round OJ) is a numbered school's short name and its gate after 第."""
    if ":" in text[max(0, start - _LOG_REACH) : start] and _a_log_lines_level_or_class(text, start):
        return True
    before = max(0, start - _ANIMAL_REACH)
    if "の" in text[before:start] and _ANIMALS_NAME_BEFORE.search(text, before, start) is not None:
        return True
    if _PERSONS_WORD_THEN_KIN.match(text, start) is not None:
        return True  # (round BB) 同居者　長女: a household member named by relation
    if text[start - 1 : start] == "第" and _SCHOOLS_SHORT_NAME.match(text, start) is not None:
        return True  # (round OJ) 旧第三小正門: a school's short name and its gate, a bus stop's
    return text[start - 1 : start] == " " and _TRANSFER_HEADER_BEFORE.search(text, max(0, start - _HEADER_REACH), start) is not None


def _a_log_lines_level_or_class(text: str, start: int) -> bool:
    """A log line's level (WARN) or the word after it, right after the line's time (09:41:22)."""
    before = _LOG_TIME_BEFORE.search(text, max(0, start - _LOG_REACH), start)
    if before is None:
        return False
    if before.group().rstrip(" \t").endswith(_LOG_LEVELS):
        return True
    return _LOG_LEVEL_AT.match(text, start) is not None
