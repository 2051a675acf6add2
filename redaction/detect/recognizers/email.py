"""E-mail addresses, also written with full-width letters or ＠."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Doc

TYPE = "email"

_PATTERN = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}",
    re.ASCII,
)


def recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    for match in _PATTERN.finditer(doc.folded):
        yield match.start(), match.end()
