"""One normalization for every comparison of withheld text with public text."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """NFKC, without any white space: 「山田　太郎」, 「山田太郎」 and 「ｻﾝﾀﾞ」 compare as equals."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))
