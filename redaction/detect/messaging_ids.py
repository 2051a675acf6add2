"""A person's ID on a messaging app, written after the app's name (round BZ).

`保護者 劉 静  WeChat liujing_sumire0915`, `WeChat ID: …`, `微信：…`: the ID is the person's own account, as a LINE ID is.
The ID: a letter, then letters, digits, `_`, `.` or `-` (6 to 30 characters in all), holding a digit or a joint (not a
word). Read only where the app's name stands (a literal test first); each match tried at the name, found by str.find.
"""

from __future__ import annotations

import re

MESSAGING_APPS = ("WeChat", "微信")
_ID_AFTER = re.compile(r"(?:[ ]?ID)?[ \u3000]*[:：]?[ \u3000]*(?P<id>[A-Za-z][A-Za-z0-9_.-]{5,29})(?![A-Za-z0-9_.@-])")


def ids_after_a_messaging_app(text: str) -> list[tuple[int, int]]:
    """IDs right after WeChat or 微信 (and ID and a colon)."""
    found: list[tuple[int, int]] = []
    for app in MESSAGING_APPS:
        at = text.find(app)
        while at >= 0:
            match = _ID_AFTER.match(text, at + len(app))
            if match is not None and any(ch.isdigit() or ch in "_.-" for ch in match.group("id")):
                found.append(match.span("id"))
            at = text.find(app, at + len(app))
    return found
