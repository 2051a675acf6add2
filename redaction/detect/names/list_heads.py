"""A name at the head of a numbered or bulleted list's item, an ideographic space after it and a person's particular further
on the line (round AJ): `- ② Rahman Mohammad Abdul　ゆうちょ銀行 … 普通 4471902`, `- ③ ケヤキダ マサル　すみれ信用金庫 …`,
`2. Ngozi Eze　すみれ第四中学校　+81 80 …`. The list is one of people, each item theirs.

The name: Latin words (capitalised, or in capitals), katakana words or a kanji surname and a given name, a space between the
words. The particular: a run of four digits or more, an e-mail's @, an account's kind, 丁目 or 番地. Read line by line from
each newline (the pattern opens with it: the engine skips to newlines), only in texts holding an ideographic space.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_NAME = (r"(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}|[A-Z]{2,}(?: [A-Z]{2,}){1,3}|[ァ-ヺー]{2,8}[ \u3000][ァ-ヺー]{1,8}"
         r"|[一-龯々]{1,4}[ ][一-龯ぁ-ゖァ-ヺ]{1,4})")
_ITEM = r"(?:[-・*][ \u3000]?)?(?:[①-⑳]|[0-9]{1,3}[.)．])[ \u3000]*(?P<name>" + _NAME + ")\u3000"
_FIRST_ITEM = re.compile(_ITEM)
_LIST_HEAD = re.compile("\n" + _ITEM)  # opens with a newline: the engine skips to each
_PARTICULAR = re.compile(r"@|[0-9]{4,}|普通|当座|丁目|番地|\+[0-9]")
_BODY_WORDS = ("学校", "銀行", "金庫", "センター", "会社", "協会", "病院", "市役所", "組合")


@needs("\u3000")
def names_at_list_heads(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Names opening list items whose line goes on with a person's particular."""
    if "\u3000" not in text:
        return []
    found: list[tuple[int, int]] = []
    first = _FIRST_ITEM.match(text)
    for match in (*(() if first is None else (first,)), *_LIST_HEAD.finditer(text)):
        start, end = match.span("name")
        line_end = text.find("\n", end)
        stop = len(text) if line_end < 0 else line_end
        name = text[start:end]
        if name not in public and not name.endswith(_BODY_WORDS) and _PARTICULAR.search(text, end, stop) is not None:
            found.append((start, end))
    return found
