"""The writer's name in a forwarded e-mail chain's attribution line: `2205/09/02 Takumi Yoneda wrote:` (round BV).

A mail client quotes the message it answers under a line naming its writer, then `wrote:` (the date before it, the
address in angle brackets maybe after it): the words before are a person's name. Read as two or three capitalised Latin
words right before ` wrote:` (or ` <…> wrote:`), only where `wrote:` stands.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_ANCHOR = " wrote:"
_WRITER = re.compile(r"(?<![A-Za-z])(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?: <[^<>\s]{3,80}>)?\Z")
_REACH = 120


@needs(_ANCHOR)
def writers_of_a_quoted_mail(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`Takumi Yoneda` in 2205/09/02 Takumi Yoneda wrote:."""
    found: list[tuple[int, int]] = []
    at = text.find(_ANCHOR)
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        if (match := _WRITER.search(text, max(line, at - _REACH), at)) is not None and match.group("name") not in public:
            found.append(match.span("name"))
        at = text.find(_ANCHOR, at + len(_ANCHOR))
    return found
