"""A bank account written wholly in half-width katakana, as a transfer's screen or a bank's slip prints it (round BV).

`ｽﾐﾚｼﾝｷﾝ ﾜｶﾊﾞﾀﾞｲ ﾌﾂｳ 1047736`: the bank's and the branch's names cut short in half-width katakana, the account's kind
(ﾌﾂｳ, ﾄｳｻﾞ, ﾁｮﾁｸ) and seven digits. Read only in a text holding half-width katakana and one of the kinds (a literal test
first), the whole from the bank's name to the digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

KINDS = ("ﾌﾂｳ", "ﾄｳｻﾞ", "ﾁｮﾁｸ")
_HANKAKU_ACCOUNT = re.compile(r"(?<![ｦ-ﾟ])[ｦ-ﾟ]{2,16}(?:[ \u3000][ｦ-ﾟ]{2,16})?[ \u3000](?:ﾌﾂｳ|ﾄｳｻﾞ|ﾁｮﾁｸ)[ \u3000]?[0-9]{7}(?![0-9])")


def hankaku_accounts(text: str) -> Iterator[tuple[int, int]]:
    """`ｽﾐﾚｼﾝｷﾝ ﾜｶﾊﾞﾀﾞｲ ﾌﾂｳ 1047736`: a bank, a branch, the kind and seven digits, all half-width."""
    for match in _HANKAKU_ACCOUNT.finditer(text):
        yield match.span()
