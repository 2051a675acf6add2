"""Two surnames joined by ・, one in hiragana and one in half-width katakana (round BX).

A rota copied from a notice board's photo pairs its volunteers' surnames as each wrote their own (`第1週　かわせ・ﾐﾔｺｼ
連絡 090-…`): a hiragana word of two to five characters and a half-width katakana word of two to eight, joined by ・,
with no other kana or kanji running on either side. Both are surnames. Read only where ・ and a half-width katakana stand.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_DOT = "・"
_JOINED = re.compile(r"(?<![ぁ-ゖァ-ヺー一-龯々])(?P<hiragana>[ぁ-ゖ]{2,5})・(?P<hankaku>[\uff66-\uff9d\uff9e\uff9f]{2,8})(?![\uff66-\uff9f])")
_HANKAKU = re.compile("[\uff66-\uff9d]")


@needs(_DOT)
def hiragana_and_hankaku_surnames_joined(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`かわせ` and `ﾐﾔｺｼ` in `かわせ・ﾐﾔｺｼ`."""
    found: list[tuple[int, int]] = []
    if _DOT not in text or _HANKAKU.search(text) is None:
        return found
    at = text.find(_DOT)
    while at >= 0:
        if (match := _JOINED.match(text, max(0, at - 5))) is not None or (match := _JOINED.search(text, max(0, at - 5), at + 10)) is not None:
            if match.end("hiragana") == at:
                found += [match.span(part) for part in ("hiragana", "hankaku") if match.group(part) not in public]
        at = text.find(_DOT, at + 1)
    return sorted(set(found))
