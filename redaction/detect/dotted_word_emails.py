"""An e-mail address whose dots are written as a word too (round BT).

People hiding an address from harvesters write the ＠ as a word, and some write the dots of its domain as one as well:
`grace.om [at] example [dot] jp`, `yuki.hanazono(at)example(dot)org`. email._PATTERN reads `[at]` but wants the
domain's dots written as dots. Read as a local part, `[at]` / `(at)` (spaces allowed around it), then domain labels
joined by `[dot]` / `(dot)` (or a dot), at least one `dot` word among them, and a last label of letters. Read only where
`dot]` or `dot)` stands, each match tried at an `at` word found by str.find.
"""

from __future__ import annotations

import re

DOT_WORDS = ("dot]", "dot)")
_AT_WORDS = ("[at]", "(at)")
_LOCAL_BEFORE = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*[ \u3000]?\Z")
_DOT = r"(?:[ \u3000]?[\[(]dot[\])][ \u3000]?|\.)"
_DOMAIN_AFTER = re.compile(rf"[ \u3000]?[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*{_DOT}[A-Za-z]{{2,}}(?![A-Za-z0-9])", re.ASCII)


def emails_with_dot_words(text: str) -> list[tuple[int, int]]:
    """`grace.om [at] example [dot] jp`, `yuki.hanazono(at)example(dot)org`."""
    found: list[tuple[int, int]] = []
    for word in _AT_WORDS:
        at = text.find(word)
        while at >= 0:
            local = _LOCAL_BEFORE.search(text, max(0, at - 64), at)
            domain = _DOMAIN_AFTER.match(text, at + len(word))
            if local is not None and domain is not None and "dot" in domain.group():
                found.append((local.start(), domain.end()))
            at = text.find(word, at + len(word))
    return found
