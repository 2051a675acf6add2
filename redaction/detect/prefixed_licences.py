"""Licences and registrations written with their issuer's or class's word before 第…号 (round AZ).

- A prefecture's (or an issuer's) name, a space, then 第…号, after a licence's or a registration's word
  (防犯登録番号 東京 第D2197730号, 狩猟者登録 神奈川県 第R118-0042号): the holder's number, the issuer's name part of it.
- A class's name inside 第…号 with hyphens (狩猟免状 第一種銃猟-117-0098号, 免状 第網猟-120-0031号): the licence's
  class, then its series and number.
- A register's own word glued before 第…号 after 登録番号 in a sentence naming a person with さん／様／氏 (通訳者の…さんは、
  登録番号 すみれ手通第062号): the person's registration. An office's document (決定番号 み緑第22-014号) has no person
  named before it.
- (round BF) A burial's or a cremation's permit (火葬許可 すみれ火第140-…号, 埋葬許可証 第…号): issued for one deceased person,
  its number names them, the issuer's word glued before 第 part of it.
A table's cell of the first form (| 東京都 第R120-0219号 | under a document's header) is read with the table's cells.
Read only where 第 stands after such a word (a literal test of the words first).
"""

from __future__ import annotations

import re

_LICENCE_WORDS = ("登録", "免許", "免状", "許可", "認定")
# Each pattern is tried only at a 第 (found by str.find), its words before it searched in a short window ending there.
_NUMBER_AT = re.compile(r"第[ \u3000]?[A-Z]{0,2}[0-9]{2,}(?:[-‐－][0-9]{2,})*号")
_ISSUER_BEFORE = re.compile(r"(?:登録|免許|免状|許可|認定)(?:証|番号|者登録証?)?(?:番号)?[ \u3000:：は]*"
                            r"(?P<id>(?!番号|証)[一-龯]{2,4}(?<!番号)[ \u3000])\Z")
_CLASS_AT = re.compile(r"第(?:[一二三]種)?[一-龯ぁ-ゖ]{1,4}[-‐－][0-9]{2,4}[-‐－][0-9]{3,6}号")
_CLASS_LABEL_BEFORE = re.compile(r"(?:免許|免状|許可|登録)(?:証|番号)?[ \u3000:：は]*\Z")
_REGISTER_NUMBER_AT = re.compile(r"第[0-9]{2,6}号")
_REGISTERS_WORD_BEFORE = re.compile(r"登録番号[ \u3000:：は]*(?P<id>[ぁ-ゖ一-龯]{3,8})\Z")
_BURIALS_PERMIT_BEFORE = re.compile(r"[火埋改]葬許可(?:証)?(?:番号)?[ \u3000:：は]*(?P<id>[ぁ-ゖ一-龯]{0,8})\Z")
_SERIES_NUMBER_AT = re.compile(r"第[0-9]{2,6}(?:[-‐－][0-9]{2,6})?号")
_PERSON_BEFORE = re.compile(r"(?:さん|様|氏)(?:は|の|、)")
_PERSON_REACH = 30
_LABEL_REACH = 24


def prefixed_licence_numbers(text: str) -> list[tuple[int, int]]:
    """Licence and registration numbers with an issuer's or a class's word before or inside 第…号."""
    if "第" not in text or not any(word in text for word in _LICENCE_WORDS):
        return []
    found: list[tuple[int, int]] = []
    burials = "葬許可" in text
    at = text.find("第")
    while at >= 0:
        window = max(0, at - _LABEL_REACH)
        if (number := _NUMBER_AT.match(text, at)) is not None:
            if (issuer := _ISSUER_BEFORE.search(text, window, at)) is not None:
                found.append((issuer.start("id"), number.end()))
        elif (licence := _CLASS_AT.match(text, at)) is not None:
            if _CLASS_LABEL_BEFORE.search(text, window, at):
                found.append(licence.span())
        if (registered := _REGISTER_NUMBER_AT.match(text, at)) is not None and (
                word := _REGISTERS_WORD_BEFORE.search(text, window, at)) is not None and _PERSON_BEFORE.search(
                text, max(0, word.start() - _PERSON_REACH), word.start()):
            found.append((word.start("id"), registered.end()))
        if burials and (permit := _SERIES_NUMBER_AT.match(text, at)) is not None and (
                word := _BURIALS_PERMIT_BEFORE.search(text, window, at)) is not None:
            found.append((word.start("id"), permit.end()))
        at = text.find("第", at + 1)
    return found
