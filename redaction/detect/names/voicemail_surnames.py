"""A caller's surname opening a quoted voicemail or phone note (round BV).

A note of a call quotes the caller, who opens by their surname and です (`「尾車です、母の件で。…折り返し…」`,
`「ハシバです。父の…」`, `「羽柴です。042-…、自宅です」`): the word is the caller's surname, in kanji or katakana, whatever
the analyzer reads it as. Read only where the quote opens with the word, です and a comma or a stop, and the quote goes on
to a call back or a number (折り返 or a digit, in figures or 〇/ゼロ) before it closes; generic words and officials' titles
are no name. The same word quoted with です alone elsewhere (`「桐生です」も名前だ`) is the same caller's.
"""

from __future__ import annotations

import re

from ..needs import needs
from .lexicon import OFFICIAL_TITLES, is_generic
from .public import PublicNames

_OPENING = re.compile(r"「(?P<name>[一-龯々]{1,4}|[ァ-ヺ][ァ-ヺー]{1,5})です[、。]")  # opens with its literal 「
_CALL_WORDS = re.compile(r"折り?返|[0-9０-９〇]|ゼロ")
_NOT_NAMES = frozenset("以上 結構 大丈夫 本人 家族 自宅 留守 不在 担当 代理 電話 私 僕 俺 自分 誰 何 ここ 今 本日 市 市役所".split())
_QUOTE_REACH = 80


@needs("です、", "です。")
def callers_opening_a_quoted_note(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`尾車` in 「尾車です、…折り返し…」, `ハシバ` in 「ハシバです。…折り返し…」."""
    found: list[tuple[int, int]] = []
    if "「" not in text:
        return found
    for match in _OPENING.finditer(text):
        name = match.group("name")
        if name in _NOT_NAMES or is_generic(name) or name in OFFICIAL_TITLES or name in public:
            continue
        close = text.find("」", match.end(), match.end() + _QUOTE_REACH)
        line_end = text.find("\n", match.end())
        end = close if close >= 0 else match.end() + _QUOTE_REACH
        if line_end >= 0:
            end = min(end, line_end)
        if _CALL_WORDS.search(text, match.end(), end) is not None:
            found.append(match.span("name"))
    for name in {text[start:end] for start, end in found}:
        found += [(m.start() + 1, m.start() + 1 + len(name)) for m in re.finditer(f"「{re.escape(name)}です」", text)]
    return sorted(set(found))
