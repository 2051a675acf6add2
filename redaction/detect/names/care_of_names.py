"""A person's full name before 方 after an acquaintance's or a relative's word (round AZ).

Someone staying with another (知人の 石動 昌平 方に身を寄せている, 長女の 佐久間 奈々 方で暮らす): the word for the host (知人,
友人, 親戚, a relative) and の, a surname, a space and a given name, then 方 and a particle (に, で, へ, から, の) — the host,
a private person named as the place one lives. Read only at each 方 (str.find) with a space or a kanji or kana before it, the
words before it searched in a short window.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_HOST_BEFORE = re.compile(r"(?:知人|友人|知り合い|親戚|親類|親族|長女|次女|長男|次男|娘|息子|姉|兄|妹|弟|叔母|伯母|叔父|伯父|祖母|祖父)"
                          r"の[ \u3000]?(?P<name>[一-龯々ヶ]{1,3}[ \u3000][一-龯々ぁ-ゖ]{1,3})[ \u3000]?\Z")
_PARTICLE_AFTER = ("に", "で", "へ", "から", "の")
_REACH = 18


@needs("方")
def hosts_named_before_kata(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Full names before 方 (c/o) after a host's word and の."""
    found: list[tuple[int, int]] = []
    at = text.find("方")
    while at >= 0:
        if text.startswith(_PARTICLE_AFTER, at + 1) and (host := _HOST_BEFORE.search(text, max(0, at - _REACH), at)) is not None:
            if host.group("name") not in public:
                found.append(host.span("name"))
        at = text.find("方", at + 1)
    return found
