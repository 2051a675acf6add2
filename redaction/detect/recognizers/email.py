"""E-mail addresses, also written with full-width letters or ＠."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Doc
from ..scan import anchored_finditer

TYPE = "email"

_PATTERN = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}",
    re.ASCII,
)


_ANCHOR = re.compile("@")


def recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    for match in anchored_finditer(_PATTERN, doc.folded, _ANCHOR, before=64, after=255):
        yield match.start(), match.end()
