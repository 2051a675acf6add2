"""A delivery worker's nickname after 配達の or 配達員の before さん (round BV).

A meal delivery's user thanks the worker by the nickname they know (`配達のヤマさんに感謝しています`, `配達員のヤマさんの件`):
a short katakana word before さん is a private person's name. Read only after 配達の or 配達員の; the same word before さん
elsewhere in the text (`呼び名「ヤマさん」`) is the same person's.
"""

from __future__ import annotations

import re

from ..needs import needs
from .lexicon import is_generic
from .public import PublicNames

_ANCHOR = "配達"
_NICKNAME = re.compile(r"配達員?の(?P<name>[ァ-ヺ][ァ-ヺー]{0,4})さん")


@needs(_ANCHOR)
def delivery_workers_nicknames(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`ヤマ` in 配達のヤマさん, and the same word before さん elsewhere."""
    found: list[tuple[int, int]] = []
    at = text.find(_ANCHOR)
    while at >= 0:
        if (match := _NICKNAME.match(text, at)) is not None and not is_generic(match.group("name")) \
                and match.group("name") not in public:
            found.append(match.span("name"))
        at = text.find(_ANCHOR, at + len(_ANCHOR))
    for name in {text[start:end] for start, end in found}:
        found += [(m.start(), m.end() - len("さん"))
                  for m in re.finditer(rf"(?<![ァ-ヺー]){re.escape(name)}さん", text)
                  if (m.start(), m.end() - len("さん")) not in found]
    return sorted(found)
