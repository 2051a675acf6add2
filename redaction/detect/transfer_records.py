"""A 全銀 (Zengin) fixed-width transfer file's data records (round AT).

A bank transfer file as the banks' association fixes it, printed or read aloud in the minutes: a header record (kind 1),
data records (kind 2), a trailer (8) and an end record (9). A data record opens with 2, then the payee's bank code (4
digits) and bank name (half-width katakana, padded with spaces), the branch code (3 digits) and branch name (padded, or
blank), the deposit kind (1 普通, 2 当座, 4 貯蓄) and the 7-digit account number: from the bank code to the account
number, the payee's account (the holder's half-width name after it is read as a name). Read only on a line opening "2 ".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_HANKAKU = "\uff66-\uff9f"
_DATA_RECORD = re.compile(rf"2[ ](?P<account>[0-9]{{4}}[{_HANKAKU}][{_HANKAKU} ]{{0,14}}[ ]*[0-9]{{3}}"
                          rf"(?:[{_HANKAKU}][{_HANKAKU} ]{{0,14}})?[ ]*[124][ ][0-9]{{7}})(?![0-9])")


def transfer_data_accounts(text: str) -> Iterator[tuple[int, int]]:
    """The account span of each 全銀 data record (a line opening "2 " and a bank code before half-width katakana)."""
    at = 0 if text.startswith("2 ") else text.find("\n2 ") + 1
    while at >= 0 and (at > 0 or text.startswith("2 ")):
        if (match := _DATA_RECORD.match(text, at)) is not None:
            yield match.span("account")
        next_line = text.find("\n2 ", at)
        at = next_line + 1 if next_line >= 0 else -1
