"""Licences and registrations written with their issuer's or class's word before 第…号 (round AZ).

- A prefecture's (or an issuer's) name, a space, then 第…号, after a licence's or a registration's word
  (防犯登録番号 東京 第D2197730号, 狩猟者登録 神奈川県 第R118-0042号): the holder's number, the issuer's name part of it.
- A class's name inside 第…号 with hyphens (狩猟免状 第一種銃猟-117-0098号, 免状 第網猟-120-0031号): the licence's
  class, then its series and number.
- A register's own word glued before 第…号 after 登録番号 in a sentence naming a person with さん／様／氏 (通訳者の…さんは、
  登録番号 すみれ手通第062号): the person's registration. An office's document (決定番号 み緑第22-014号) has no person
  named before it.
A table's cell of the first form (| 東京都 第R120-0219号 | under a document's header) is read with the table's cells.
Read only where 第 stands after such a word (a literal test of the words first).
"""

from __future__ import annotations

import re

_LICENCE_WORDS = ("登録", "免許", "免状", "許可", "認定")
_ISSUER_SPACED = re.compile(r"(?:登録|免許|免状|許可|認定)(?:証|番号|者登録証?)?(?:番号)?[ \u3000:：は]*"
                            r"(?P<id>(?!番号|証)[一-龯]{2,4}(?<!番号)[ \u3000]第[ \u3000]?[A-Z]{0,2}[0-9]{2,}(?:[-‐－][0-9]{2,})*号)")
_CLASS_INSIDE = re.compile(r"(?:免許|免状|許可|登録)(?:証|番号)?[ \u3000:：は]*"
                           r"(?P<id>第(?:[一二三]種)?[一-龯ぁ-ゖ]{1,4}[-‐－][0-9]{2,4}[-‐－][0-9]{3,6}号)")
_REGISTERS_WORD = re.compile(r"登録番号[ \u3000:：は]*(?P<id>[ぁ-ゖ一-龯]{3,8}第[0-9]{2,6}号)")
_PERSON_BEFORE = re.compile(r"(?:さん|様|氏)(?:は|の|、)")
_PERSON_REACH = 30


def prefixed_licence_numbers(text: str) -> list[tuple[int, int]]:
    """Licence and registration numbers with an issuer's or a class's word before or inside 第…号."""
    if "第" not in text or not any(word in text for word in _LICENCE_WORDS):
        return []
    found = [m.span("id") for pattern in (_ISSUER_SPACED, _CLASS_INSIDE) for m in pattern.finditer(text)]
    if "登録番号" in text:
        found += [m.span("id") for m in _REGISTERS_WORD.finditer(text)
                  if _PERSON_BEFORE.search(text, max(0, m.start() - _PERSON_REACH), m.start())]
    return found
