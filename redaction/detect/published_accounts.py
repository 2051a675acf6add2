"""Accounts the sentence itself says were published (round OI).

A warning flyer quotes the account a fraud asked victims to pay into, as the police published it
(…警察が注意喚起のために公表した振込先の口座「すみれ銀行 本店営業部 普通 1234567 カ）…」を載せています): the sentence says,
just before the account, that it was published (公表した, 公表された, 公表されている, 公表している, 公開された), with
only 振込先の between it and 口座. A sentence that says it was not published (公表していない) holds none of
these forms; one that names a private party's account after a published thing farther back is out of reach.
"""

from __future__ import annotations

import re

# 公表した(振込先の)口座「 right before the account (the bank's name may open inside the quote): the published thing is
# the account itself, not a person (氏名を公表した方の振込先の口座 is no such form).
_PUBLISHED_BEFORE = re.compile(r"(?:公表|公開)(?:した|された|されている|している)(?:振込先の?)?口座(?:は|として)?[ \u3000]*"
                               r"[「『]?[^、。\n「」『』]{0,8}\Z")
_REACH = 40


def published_account_before(text: str, start: int) -> bool:
    """The sentence before `start` says the account that follows was published (公表した振込先の口座「…)."""
    reach = max(0, start - _REACH, text.rfind("。", 0, start) + 1, text.rfind("\n", 0, start) + 1)
    return _PUBLISHED_BEFORE.search(text, reach, start) is not None
