"""Accounts the sentence itself says were published (round OI).

A warning flyer quotes the account a fraud asked victims to pay into, as the police published it
(…警察が注意喚起のために公表した振込先の口座「すみれ銀行 本店営業部 普通 1234567 カ）…」を載せています): the sentence says,
just before the account, that it was published (公表した, 公表された, 公表されている, 公表している, 公開された), with
only 振込先の between it and 口座. A sentence that says it was not published (公表していない) holds none of
these forms; one that names a private party's account after a published thing farther back is out of reach.

(round OJ) Two more forms of the same statement: the account named as what was published, its sentence going on before
the account (…が「振り込め詐欺に使われた口座」として公表し、…もので、みなと銀行 …: 口座 and として公表し／として公開され in
the same sentence before it); and a phone number right after 公表した(電話)番号 (警察が注意喚起として公表した番号 03-…), read
by the phone recognizer. 公表していない番号 is no such form.
"""

from __future__ import annotations

import re

# 公表した(振込先の)口座「 right before the account (the bank's name may open inside the quote): the published thing is
# the account itself, not a person (氏名を公表した方の振込先の口座 is no such form).
_PUBLISHED_BEFORE = re.compile(r"(?:公表|公開)(?:した|された|されている|している)(?:振込先の?)?口座(?:は|として)?[ \u3000]*"
                               r"[「『]?[^、。\n「」『』]{0,8}\Z")
_REACH = 40
# (round OJ) 口座」として公表し earlier in the account's sentence: the account the sentence goes on to give was published
_PUBLISHED_AS_AN_ACCOUNT = re.compile(r"口座[」』]?として(?:公表|公開)(?:し|され)")
_SENTENCE_REACH = 120
# (round OJ) 公表した番号 right before a phone number
_PUBLISHED_NUMBER_BEFORE = re.compile(r"(?:公表|公開)(?:した|された|されている|している)(?:電話)?番号(?:は|として)?[ \u3000:：]*\Z")
_NUMBER_REACH = 16


def published_account_before(text: str, start: int) -> bool:
    """The sentence before `start` says the account that follows was published (公表した振込先の口座「…)."""
    reach = max(0, start - _REACH, text.rfind("。", 0, start) + 1, text.rfind("\n", 0, start) + 1)
    if _PUBLISHED_BEFORE.search(text, reach, start) is not None:
        return True
    sentence = max(0, start - _SENTENCE_REACH, text.rfind("。", 0, start) + 1, text.rfind("\n", 0, start) + 1)
    return "として公" in text[sentence:start] and _PUBLISHED_AS_AN_ACCOUNT.search(text, sentence, start) is not None


def published_number_before(text: str, start: int) -> bool:
    """(round OJ) The words right before `start` say the phone number that follows was published (公表した番号 03-…)."""
    lo = max(0, start - _NUMBER_REACH)
    return "公" in text[lo:start] and _PUBLISHED_NUMBER_BEFORE.search(text, lo, start) is not None
