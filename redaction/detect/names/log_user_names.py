"""A log line's user named in romaji, given name and surname joined by a dot (round BT).

An authentication log names each user by the login the person chose (`AUTH OK user=kanou.rintaro mac=…`): two words of
lower-case romaji joined by a dot or an underscore, the person's name. Read as `user=`, then two words of three to twelve
lower-case letters joined by `.` or `_`, then a space or the line's end; not a service's or a test's account (admin,
guest, test, system, service, backup, root, user, demo in either word). Read only where `user=` stands.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_WORD = "user="
_USER = re.compile(r"user=(?P<name>[a-z]{3,12}[._][a-z]{3,12})(?=[ \t]|$)", re.MULTILINE)
_ACCOUNTS_WORDS = frozenset({"admin", "guest", "test", "system", "service", "backup", "root", "user", "demo", "sample", "example"})


@needs(_WORD)
def romaji_names_of_log_users(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`kanou.rintaro` in `user=kanou.rintaro mac=…`."""
    found: list[tuple[int, int]] = []
    at = text.find(_WORD)
    while at >= 0:
        if (at == 0 or not text[at - 1].isalnum()) and (match := _USER.match(text, at)) is not None \
                and not _ACCOUNTS_WORDS.intersection(re.split(r"[._]", match.group("name"))) and match.group("name") not in public:
            found.append(match.span("name"))
        at = text.find(_WORD, at + len(_WORD))
    return found
