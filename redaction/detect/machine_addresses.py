"""A device's MAC address tied to a person, and a user's number in a web address's query string (round BT).

- A Wi-Fi log's line names its user and the device's MAC (`user=kanou.rintaro mac=3C:22:FB:9A:41:07`): the address
  is the user's device, as personal as the user's name. A line whose user is a guest or a test account
  (`user=guest0193`, `user=test`, `user=-`) names no one, and its MAC is left.
- An incident note names the device by `MAC` right before a registered user (`原因端末 MAC 58:6D:8F:C2:11:9E、登録利用者 …`):
  the same device, its owner named after it on the line.
- A web form's address carries the user's number (`…/apply?uid=SF2200118374&lang=ja`): the `uid` / `user_id` /
  `userid` parameter's value is the user's number wherever the address is quoted.

Each is read only where its literal stands (`mac=` or `MAC`, `uid=` …), each match tried at the literal found by
str.find.
"""

from __future__ import annotations

import re

MAC_WORDS = ("mac=", "MAC ")
QUERY_WORDS = ("uid=", "user_id=", "userid=")

_MAC = re.compile(r"(?P<id>[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5})(?![0-9A-Fa-f:])")
_USER_IN_LINE = re.compile(r"(?<![A-Za-z_])user=(?P<user>[^\s]+)")
_NOBODYS_USER = re.compile(r"(?:guest|test|anonymous|anon|unknown|none|null|-)[0-9]*", re.IGNORECASE)
_REGISTERED_USER_AFTER = re.compile(r"[ \u3000]*[、,][ \u3000]*(?:登録)?利用者")
_QUERY_VALUE = re.compile(r"(?P<id>[A-Za-z0-9][A-Za-z0-9_-]{5,31})(?=[&#\s)）]|$)")


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _a_persons_user_on_the_line(text: str, start: int, end: int) -> bool:
    user = _USER_IN_LINE.search(text, start, end)
    return user is not None and _NOBODYS_USER.fullmatch(user.group("user")) is None


def macs_of_a_persons_device(text: str) -> list[tuple[int, int]]:
    """`mac=3C:22:FB:9A:41:07` on a log line whose `user=` is someone's; `MAC 58:6D:…、登録利用者` in a note."""
    found: list[tuple[int, int]] = []
    for word in MAC_WORDS:
        at = text.find(word)
        while at >= 0:
            after = at + len(word)
            if (match := _MAC.match(text, after)) is not None and (at == 0 or not text[at - 1].isalnum()):
                line_start, line_end = _line(text, at)
                if (word == "mac=" and _a_persons_user_on_the_line(text, line_start, line_end)) \
                        or (word == "MAC " and _REGISTERED_USER_AFTER.match(text, match.end()) is not None):
                    found.append(match.span("id"))
            at = text.find(word, after)
    return found


def user_numbers_in_query_strings(text: str) -> list[tuple[int, int]]:
    """`SF2200118374` in `https://…/apply?uid=SF2200118374&lang=ja`: a query string's user parameter (after ? or &)."""
    found: list[tuple[int, int]] = []
    for word in QUERY_WORDS:
        at = text.find(word)
        while at >= 0:
            after = at + len(word)
            if text[at - 1 : at] in ("?", "&") and (match := _QUERY_VALUE.match(text, after)) is not None \
                    and any(ch.isdigit() for ch in match.group("id")):
                found.append(match.span("id"))
            at = text.find(word, after)
    return found
