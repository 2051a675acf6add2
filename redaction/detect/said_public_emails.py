"""E-mail addresses the text itself calls public (round OI).

A mail sent with every address visible, the minutes then sorting them (このうち、studio@… は工房の公開アドレスですが、
その他は個人のアドレスでした): the address a sentence says is a public one (…は…公開アドレス, 公開用, 公開している,
公表している) is no one's private address, wherever it stands in the text, the mail's header included. Not 非公開, nor
a sentence saying it is not published (公開していない holds none of the forms).
"""

from __future__ import annotations

import re

from .scan import anchored_finditer

_ADDRESS_SAID_PUBLIC = re.compile(
    r"(?P<address>[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})[ \u3000]*(?:は|が|も)、?"
    r"[^。\n]{0,16}?(?<!非)(?:公開アドレス|公開用|公開している|公表している|公開されて|公表されて)", re.ASCII)


_WORDS = re.compile("公開|公表")
_BEFORE = 120  # the address (up to 80 characters) and the words before the verdict


def emails_said_public(text: str) -> frozenset[str]:
    """Addresses a sentence calls public; read only where @ and 公開 or 公表 stand, around the words."""
    if "@" not in text or ("公開" not in text and "公表" not in text):
        return frozenset()
    return frozenset(match.group("address") for match in anchored_finditer(_ADDRESS_SAID_PUBLIC, text, _WORDS, _BEFORE, 12))
