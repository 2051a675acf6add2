"""Phone and fax numbers the words right before them give to an office (round OJ).

- The city's own fax (市の受信用ファクス 042-…, 市のFAX): 市 (本市, 当市) and の, a fax's word, its number.
- The office inquiries go to (問合せは市史編さん室 042-…, お問い合わせは保険年金課、電話 …): 問合せ (問い合わせ, 問合わせ)
  and は, an office's name ending in 室, 課, 係, センター or 事務局, the number. A person named there (問合せは担当の…さん)
  ends in no office's word.
Read only where ファクス／ファックス／FAX or 合せ／合わせ stands in the words before the number.
"""

from __future__ import annotations

import re

_REACH = 28
_CITYS_FAX = re.compile(r"(?<![一-龯])(?:本市|当市|市)の(?:受信用|送信用|代表|専用)?(?:ファクス|ファックス|FAX)(?:番号)?(?:は)?[ \u3000:：]*\Z")
_INQUIRIES_OFFICE = re.compile(r"問い?合わ?せ(?:先)?は[、 \u3000]*[一-龯ァ-ヺぁ-ゖ]{1,12}(?:室|課|係|センター|事務局)"
                               r"[ \u3000、（(]*(?:電話|TEL)?(?:番号)?[ \u3000:：]*\Z")


def an_offices_line_named_before(text: str, start: int) -> bool:
    """The words right before `start` name the city's fax or the office inquiries go to."""
    before = text[max(0, start - _REACH) : start]
    if ("ファクス" in before or "ファックス" in before or "FAX" in before) and _CITYS_FAX.search(before):
        return True
    return ("合せ" in before or "合わせ" in before) and _INQUIRIES_OFFICE.search(before) is not None
