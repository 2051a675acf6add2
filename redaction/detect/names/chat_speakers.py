"""A chat's speaker named before the colon after a message's timestamp (round BZ).

A message log quoted in the minutes writes each line as a timestamp in brackets, the sender and a colon (> 〔6月3日 7:42〕渋谷川
みさ：おはようございます): the sender is a person when written as a surname, a space and a given name. Read only where a
time in brackets opens a line (a literal test of 〕 or ] first); an office's or a body's name (ごみ対策課：) is no person.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_LINE = re.compile(r"^(?:>[ \t]*)?[〔\[［【(（][^〕\]］】)）\n]{0,16}[0-9]{1,2}:[0-9]{2}[〕\]］】)）][ \t\u3000]*"
                   r"(?P<name>[一-龯々ヶヵ]{1,4}[ \u3000][一-龯々ぁ-ゖァ-ヺー]{1,4})[ \t]*[:：]", re.MULTILINE)
_AN_OFFICES = re.compile("(?:課|係|室|所|部|局|会|センター)$")


@needs(":", "：")
def speakers_after_a_chats_timestamp(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`渋谷川　みさ` in 〔6月3日 7:42〕渋谷川　みさ：… (a full name between the bracketed time and the colon)."""
    if "〕" not in text and "]" not in text and "］" not in text and "】" not in text and ")" not in text and "）" not in text:
        return []
    return [match.span("name") for match in _LINE.finditer(text)
            if match.group("name") not in public and _AN_OFFICES.search(match.group("name")) is None]
