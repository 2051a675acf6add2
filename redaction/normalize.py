"""One normalization for every comparison of withheld text with public text."""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache


def is_ignorable(char: str) -> bool:
    """White space and invisible format characters (zero-width space, joiners, soft hyphen, BOM).

    Pagefind puts U+200B between the words it segments, so a text split by invisible
    characters must still compare equal.
    """
    return char.isspace() or unicodedata.category(char) == "Cf"


@cache
def _ignorable_runs() -> re.Pattern[str]:
    """A character class of every ignorable code point, as ranges (built once, ~0.2 s).

    A regular expression removes them about four times faster than str.translate, which
    matters for the leak scan of hundreds of megabytes.
    """
    codes = [code for code in range(sys.maxunicode + 1) if is_ignorable(chr(code))]
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    members = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[{members}]+")


def squash(text: str) -> str:
    """NFKC, without white space or invisible characters: 「山田　太郎」 and 「山田\u200b太郎」 equal 「山田太郎」."""
    return _ignorable_runs().sub("", unicodedata.normalize("NFKC", text))
