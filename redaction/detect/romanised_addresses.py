"""A Japanese address romanised in Japanese order, the city first (round BJ).

An English form's `Address:` line may keep the Japanese order in Latin letters: the city (-shi, -ku, -gun), the town
(-machi, -cho or a plain word), the lot's numbers, then a building and its room (Sumire-shi Higashi-machi 4-15-2, Sun
Heights 103). Round AO's form reads the English order (5-14-2 Minami-Aoyama, Minato-ku); this one the other. Read only in
texts holding a capital and -shi, -ku or -gun followed by a space.
"""

from __future__ import annotations

import re

_CITY_WORDS = ("-shi ", "-ku ", "-gun ")
_CITY_FIRST = re.compile(
    r"\b[A-Z][a-z]+-(?:shi|ku|gun) (?:[A-Z][a-z]+-(?:ku|machi|cho|mura) )?[A-Z][a-z]+(?:-(?:machi|cho|mura|chome))? "
    r"[0-9]{1,4}(?:-[0-9]{1,4}){1,3}(?![0-9])(?:,? [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2} [0-9]{1,4}(?![0-9]))?")


def city_first_romanised_addresses(text: str) -> list[tuple[int, int]]:
    """Spans of romanised Japanese addresses written city first (Sumire-shi Higashi-machi 4-15-2, Sun Heights 103)."""
    if not any(word in text for word in _CITY_WORDS):
        return []
    return [match.span() for match in _CITY_FIRST.finditer(text)]
