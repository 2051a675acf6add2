"""A proxy's full name after 代理受取 or 代理受領 inside a bracket (round BP), or after 代理 or 代理人 (round BT).

A register's line names the holder, then in brackets whoever collects or receives for them (利用者：神門 ちあき（代理受取：
神門 うた）, | 大河内 慶子（代理受領 大河内 塁） |): the proxy is a person too. Read as a kanji surname, a space and a
given name in kanji or kana, closed by the bracket; only where 代理受 stands (a literal test first, each match tried there).
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_ANCHOR = "代理"
# (round BT) and 代理 alone, or 代理人, before the name (（代理 七種 朋子）: a lottery's entrant and who applied for them)
_PROXY = re.compile(r"代理(?:受(?:取|領|取人|領者)|人)?[ \u3000]*[:：]?[ \u3000]*"
                    r"(?P<name>[一-龯々]{1,4}[ \u3000][一-龯々ぁ-ゖァ-ヺー]{1,5})[)）]")


@needs(_ANCHOR)
def proxies_named_in_brackets(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`神門 うた` in （代理受取：神門 うた）, `大河内 塁` in （代理受領 大河内 塁）."""
    found: list[tuple[int, int]] = []
    at = text.find(_ANCHOR)
    while at >= 0:
        if text[at - 1 : at] in "(（" and (match := _PROXY.match(text, at)) is not None \
                and match.group("name") not in public:
            found.append(match.span("name"))
        at = text.find(_ANCHOR, at + len(_ANCHOR))
    return found
