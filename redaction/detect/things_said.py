"""Numbers the sentence around them says are a thing's or a public body's (round AP).

- a policy the city holds as the contracting party, said in the sentence after the number (証券番号 V は市が契約者となっている
  団体契約の番号): the city's own contract;
- a thing's management number named with its thing (中継サーバの管理番号は V): a machine's, no person's; (round OI) an
  instrument's verification number after the instrument and its model (普通騒音計 NL-4270、検定番号 第V号);
- a label whose quoted value the minutes call a receipt order's number (受付番号「V」などは申請の受付順の番号で): that label's
  values, in the table too, are the order things came in; (round BD) a form's receipt number (受付番号 V などは申込書の受付の
  番号です), and a label the text calls a document of the city's, not the person's (通知番号は市の還付通知書の番号で、…ではない).

(The words after a number saying whose number it is — a thing's, a body's, a course's, attached to a thing: 犬の登録番号は V、
注射済票は W で、いずれも犬に付く番号です — are said_whose_number's, since the thirteenth speed pass.)
"""

from __future__ import annotations

import re

from .scan import anchored_finditer

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
# (round BD) the value after a space too, and a form's receipt number (受付番号 受135-0211 などは申込書の受付の番号です)
_ORDER_NUMBER_LABEL = re.compile(r"(?P<label>[A-Za-zァ-ヺー一-龯]{1,10}番号)(?:「(?P<value>[^「」\n]{2,20})」|[ \u3000](?P<spaced>[^\s「」、。]{2,20})[ \u3000]?)"
                                 r"など(?:は|も)、?[^。\n、]{0,12}?"
                                 r"(?:(?:受付|到着|申込|申請|受理)順の番号|(?:申込書|申請書|届出書|届書|請求書)の(?:受付|受理)の番号)")
# (round BD) A label the minutes call a document of the city's, not the person's (通知番号は市の還付通知書の番号で、納税者の番号では
# ないため開示しています): the column's values are the office's
_OFFICES_DOCUMENT_LABEL = re.compile(r"(?P<label>[A-Za-zァ-ヺー一-龯]{1,10}番号)は、?(?:市|町|村|区|県|都|府)の[^。\n、]{1,12}?の番号で、"
                                     r"[^。\n]{0,12}?の番号ではな")


# (round BD) both read only around their verdict's words (a label opening with a character class is tried at no other place)
_ORDER_VERDICT = re.compile("順の番号|受付の番号|受理の番号")
_OFFICES_VERDICT = re.compile("の番号で、")
_LABEL_BEFORE_VERDICT = 64  # the label, its value, など and the words before the verdict
_VERDICT_AFTER = 24


def order_number_labels(text: str) -> frozenset[str]:
    """Labels (and their quoted values) the minutes call an order of receipt's numbers or the office's documents'; read
    only where 順の番号, 受付の番号 or の番号で、 stands."""
    found: set[str] = set()
    if "順の番号" in text or "受付の番号" in text or "受理の番号" in text:
        for match in anchored_finditer(_ORDER_NUMBER_LABEL, text, _ORDER_VERDICT, _LABEL_BEFORE_VERDICT, _VERDICT_AFTER):
            found |= {match.group("label"), match.group("value") or match.group("spaced")}
    if "の番号で、" in text:
        found |= {match.group("label") for match in
                  anchored_finditer(_OFFICES_DOCUMENT_LABEL, text, _OFFICES_VERDICT, _LABEL_BEFORE_VERDICT, _VERDICT_AFTER)}
    return frozenset(found)


# An animal's record: the number, then brackets that open with the animal's kind and sex (収容番号 収93-0088（柴犬、雄、推定5歳）):
# a dog's or a cat's number, public wherever it stands in the document.
_ANIMALS_NUMBER = re.compile(r"(?P<value>[^\s（(、。]{3,20})[（(][^）)\n、]{0,8}(?:犬|猫)、(?:雄|雌|オス|メス)")


def animals_numbers(text: str) -> frozenset[str]:
    """Values followed by an animal's kind and sex in brackets; read only where 犬、 or 猫、 stands."""
    if "犬、" not in text and "猫、" not in text:
        return frozenset()
    return frozenset(match.group("value") for match in _ANIMALS_NUMBER.finditer(text))


# (round BD) A policy the city holds, its number in brackets after it (市の掛けている活動保険（証券番号 V）): the city's own
# (round BX) or a body's group policy its volunteers are covered by (ボランティア保険：社協の団体加入（証券番号 V）)
_CITYS_POLICY_BEFORE = re.compile(r"(?:(?:市|町|村|区|県)(?:が|の)(?:掛けて|加入して|契約して)いる"
                                  r"|(?:市|町|村|区|県|社協|社会福祉協議会)の団体(?:加入|契約))[^。\n（(]{0,10}[（(][ \u3000]*証券番号[ \u3000:：]*\Z")
_POLICY_REACH = 32


def a_citys_policy_before(text: str, start: int) -> bool:
    """The number stands in brackets after a policy the city holds (the caller's gate: 証券番号 just before it)."""
    return _CITYS_POLICY_BEFORE.search(text, max(0, start - _POLICY_REACH), start) is not None
