"""E-mail addresses at a Japanese domain name (round OJ).

A small group's or a shop's domain may be registered in Japanese (haji@アクアすみれ.jp, yoko@すみれ猫の会.jp): the local part
in Latin letters, @, then a domain holding kanji or kana and ending in a Latin top-level domain. The ASCII pattern of
recognizers/email.py stops at the first Japanese character after @; this reading takes the rest. Read only around an @ that
has a Japanese character right after it (the address's own domain, not a sentence's words after an ASCII one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .text import HIRAGANA, KANJI, KATAKANA

_JAPANESE = f"{KANJI}{KATAKANA}{HIRAGANA}"
_AT_BEFORE_JAPANESE = re.compile(f"@[{_JAPANESE}]")
# the local part, @, the domain's labels (one at least holds a Japanese character: the one right after @), a Latin TLD
_ADDRESS = re.compile(
    rf"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[{_JAPANESE}][{_JAPANESE}A-Za-z0-9-]*"
    rf"(?:\.[{_JAPANESE}A-Za-z0-9-]+)*\.[A-Za-z]{{2,}}(?![A-Za-z0-9])")
_LOCAL_REACH = 64


def addresses_at_japanese_domains(text: str) -> Iterator[tuple[int, int]]:
    """Spans of e-mail addresses whose domain opens with a Japanese character; read where @ stands."""
    for at in _AT_BEFORE_JAPANESE.finditer(text):
        lo = max(0, at.start() - _LOCAL_REACH)
        for match in _ADDRESS.finditer(text, lo, min(len(text), at.end() + 255)):
            if match.start() <= at.start() < match.end():
                yield match.span()
                break
