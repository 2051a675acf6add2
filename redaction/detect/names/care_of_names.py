"""A person's full name before 方 after an acquaintance's or a relative's word (round AZ).

Someone staying with another (知人の 石動 昌平 方に身を寄せている, 長女の 佐久間 奈々 方で暮らす): the word for the host (知人,
友人, 親戚, a relative) and の, a surname, a space and a given name, then 方 and a particle (に, で, へ, から, の) — the host,
a private person named as the place one lives. Read only at each 方 (str.find) with a space or a kanji or kana before it, the
words before it searched in a short window.
"""

from __future__ import annotations

import re

from ..needs import needs
from .lexicon import is_generic
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


# (round BR) A surname alone before 方 in brackets right after an address's number (すみれ市山手二丁目19番地12（アンダーソン方）,
# …21番地3（笠松方）): the household the address is in the care of, a private person's name. The number before the bracket
# keeps out a word's 方 (両方, 地方, 当方: no address ends just before them).
_BRACKETED_HOST = re.compile(r"(?<=[0-9０-９号地])\((?P<name>[一-龯々ヶ]{1,3}|[ァ-ヺ][ァ-ヺー]{1,9})方\)")
_BRACKET_THEN_KATA = "方)"


@needs(_BRACKET_THEN_KATA)
def households_in_brackets_after_an_address(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`アンダーソン` in …19番地12（アンダーソン方）; `笠松` in …21番地3（笠松方）."""
    found: list[tuple[int, int]] = []
    at = text.find(_BRACKET_THEN_KATA)
    while at >= 0:
        opening = text.rfind("(", max(0, at - 11), at)
        if opening > 0 and (host := _BRACKETED_HOST.match(text, opening)) is not None and host.end() == at + 2 \
                and host.group("name") not in public and not is_generic(host.group("name")):
            found.append(host.span("name"))
        at = text.find(_BRACKET_THEN_KATA, at + 2)
    return found
