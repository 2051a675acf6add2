"""A reception's number in a postcode's shape right after its word (round BJ).

A counter's or a web form's receipt numbered by year and order (受付 151-0072, Request No. 153-0218) has a postal
code's shape (three digits, a hyphen, four) but no 〒, no 郵便番号 and no town after it: the word before it says it is
the receipt's number; (round BX) so does a receipt's title before No. (`領収証書（控）  No. 190-0417`). Read only where the number stands alone after the word (spaces, a colon, は between).
"""

from __future__ import annotations

import re

_REACH = 16
_RECEPTION_WORD_BEFORE = re.compile(r"(?:受付|申請|申込|整理)(?:番号)?(?:は|：|:|[ \u3000])*\Z"
                                    r"|(?:Request|Ref(?:erence)?|Application|Receipt)\.?[ \u3000]?No\.?[ \u3000:：#]*\Z"
                                    # (round BX) a receipt's or a certificate's title, maybe (控), before No. (領収証書（控）  No. 190-0417)
                                    r"|(?:証書?|書)(?:\(控\))?[ \u3000]*No\.?[ \u3000:：#]*\Z")


def after_a_reception_word(text: str, start: int) -> bool:
    """True for a number right after a reception's or an application's word (受付, Request No.)."""
    return _RECEPTION_WORD_BEFORE.search(text, max(0, start - _REACH), start) is not None
