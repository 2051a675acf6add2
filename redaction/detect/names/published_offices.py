"""Names of office holders the text says the city publishes (round AL): a published 人事異動, the 監査委員's joint report.

A sentence that says the holders of a public office are published — the city's personnel changes (人事異動は市のホームページで
公表したとおりで、市民課長は 鏑木 修 から 丹生谷 恵 に替わりました) or the audit commissioners' report under their names (監査委員の
大杉 和久、河内 千春の連名で公表し) — names officials in their public role: the spaced full names in that sentence are public.
A sentence that also speaks of a private party (請求者, 申請者, 相談者, 本人, 市民の方 …) makes nothing public, nor one that says
the names are not published. Gated by 監査委員 (監 first) or 人事異動, then 公表.
"""

from __future__ import annotations

import re

from ..text import KANJI_CHARACTERS

_KANJI = KANJI_CHARACTERS
_OFFICE_PUBLISHED = re.compile(r"(?:人事異動|監査委員)[^。\n]{0,80}?公表し(?!ていない|ていません|ておりません|ない|ません)"
                               r"|公表し(?:た|ている|ております)[^。\n]{0,10}?(?:人事異動|監査委員)")
_PRIVATE_PARTY = re.compile(r"請求者|請求人|申請者|申出人|相談者|本人|利用者|市民の方|住民の方|開示を求めた方")
_SPACED_NAME = re.compile(rf"(?<![{_KANJI}])(?P<name>[{_KANJI}]{{1,4}}[ \u3000][{_KANJI}ぁ-ゖァ-ヺ]{{1,4}})(?![{_KANJI}])")


def names_of_published_office_holders(text: str) -> frozenset[str]:
    """Spaced full names in a sentence saying a public office's holders are published (人事異動, 監査委員)."""
    # 監 first (one character: the fastest search, in few minutes), then the words; 公表 last (most minutes hold it)
    if (("監" not in text or "監査委員" not in text) and "人事異動" not in text) or "公表" not in text:
        return frozenset()
    names: set[str] = set()
    for statement in _OFFICE_PUBLISHED.finditer(text):
        head = max(text.rfind("。", 0, statement.start()), text.rfind("\n", 0, statement.start())) + 1
        stops = [stop for stop in (text.find("。", statement.end()), text.find("\n", statement.end())) if stop >= 0]
        stop = min(stops) if stops else len(text)
        if _PRIVATE_PARTY.search(text, head, stop):
            continue
        for match in _SPACED_NAME.finditer(text, head, stop):
            name = match.group("name")
            names |= {name, re.sub(r"[ \u3000]", "", name)}
    return frozenset(names)
