"""Numbers the sentence around them says are a thing's or a public body's (round AP).

- a sentence listing numbers and closing on their being attached to a thing (犬の登録番号は V、注射済票は W で、いずれも
  犬に付く番号です; 登録番号 V と注射済票の番号 W は、犬に付く番号です): every number before the verdict in that sentence;
- a policy the city holds as the contracting party, said in the sentence after the number (証券番号 V は市が契約者となっている
  団体契約の番号): the city's own contract;
- a thing's management number named with its thing (中継サーバの管理番号は V): a machine's, no person's; (round OI) an
  instrument's verification number after the instrument and its model (普通騒音計 NL-4270、検定番号 第V号);
- a label whose quoted value the minutes call a receipt order's number (受付番号「V」などは申請の受付順の番号で): that label's
  values, in the table too, are the order things came in.
"""

from __future__ import annotations

import re

_REACH = 60  # the verdict stands this near after the number, in its sentence

# いずれも／ともに, or は、 closing the list, then what the number is attached to (not a person: 人, 者, 方, 本人, 個人).
_ATTACHED_TO_A_THING = re.compile(r"[^。\n]{0,50}?(?:いずれも|ともに|は、?)[ \u3000]?(?P<thing>[^。\n、 \u3000]{1,8})に付(?:く|ける|けた|けられた|される)番号(?:です|で[、す]|であ)")
_PERSONS = re.compile("人|者|方|本人|個人|世帯")


def said_attached_to_a_thing(text: str, end: int) -> bool:
    """The sentence after the number closes by saying the numbers are attached to a thing (犬に付く番号です)."""
    match = _ATTACHED_TO_A_THING.match(text, end)
    return match is not None and _PERSONS.search(match.group("thing")) is None and "個人" not in match.group()


_CITY_THE_CONTRACTOR = re.compile(r"[^。\n]{0,40}?(?:市|町|村|区|県|都|府)が契約者")


def said_the_citys_contract(text: str, end: int) -> bool:
    """The sentence after the number says the city (a public body) is the policy's contracting party."""
    return _CITY_THE_CONTRACTOR.match(text, end) is not None


# A machine's or a piece of equipment's management number: the thing (a katakana word, or a word ending 機, 器, 機器, 端末,
# 設備, 装置, 車両) and の管理番号 before the number.
_MACHINES_NUMBER_BEFORE = re.compile(r"(?:[ァ-ヺー]{2,}|[一-龯]{0,6}(?:機|器|端末|設備|装置|車両))の管理番号(?:は|が)?、?[ \u3000]*\Z")


def a_machines_number(text: str, start: int) -> bool:
    return _MACHINES_NUMBER_BEFORE.search(text, max(0, start - 24), start) is not None


# (round OI) A measuring instrument's verification or serial number, the instrument (a word ending 計, 器, 機 or メーター) and
# its model named just before the label (測定器は普通騒音計 NL-4270、検定番号 第A-22817号): the instrument's, no person's.
_INSTRUMENTS_NUMBER_BEFORE = re.compile(r"(?:計|器|機|メーター)(?:[ \u3000]*[A-Za-z0-9][A-Za-z0-9-]{0,11})?[、,]?[ \u3000]*"
                                        r"(?:検定番号|製造番号|器物番号|検定証印番号)(?:は|：|:)?[ \u3000]*第?\Z")
_INSTRUMENT_REACH = 40


def an_instruments_number(text: str, start: int) -> bool:
    """The number follows 検定番号 (or 製造番号, 器物番号) right after a named instrument and its model."""
    return _INSTRUMENTS_NUMBER_BEFORE.search(text, max(0, start - _INSTRUMENT_REACH), start) is not None


# A label, one of its values quoted and など, called an order's number (受付番号「結88-001」などは申請の受付順の番号で).
_ORDER_NUMBER_LABEL = re.compile(r"(?P<label>[A-Za-zァ-ヺー一-龯]{1,10}番号)「(?P<value>[^「」\n]{2,20})」など(?:は|も)、?[^。\n、]{0,12}?"
                                 r"(?:受付|到着|申込|申請|受理)順の番号")


def order_number_labels(text: str) -> frozenset[str]:
    """Labels (and their quoted values) the minutes call an order of receipt's numbers; read only where 順の番号 stands."""
    if "順の番号" not in text:
        return frozenset()
    found: set[str] = set()
    for match in _ORDER_NUMBER_LABEL.finditer(text):
        found |= {match.group("label"), match.group("value")}
    return frozenset(found)


# An animal's record: the number, then brackets that open with the animal's kind and sex (収容番号 収93-0088（柴犬、雄、推定5歳）):
# a dog's or a cat's number, public wherever it stands in the document.
_ANIMALS_NUMBER = re.compile(r"(?P<value>[^\s（(、。]{3,20})[（(][^）)\n、]{0,8}(?:犬|猫)、(?:雄|雌|オス|メス)")


def animals_numbers(text: str) -> frozenset[str]:
    """Values followed by an animal's kind and sex in brackets; read only where 犬、 or 猫、 stands."""
    if "犬、" not in text and "猫、" not in text:
        return frozenset()
    return frozenset(match.group("value") for match in _ANIMALS_NUMBER.finditer(text))
