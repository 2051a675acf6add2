"""Romaji names written surname first in capitals (round BH): `KOIZUMI Aoi`, `UMEZAWA Takeshi`, as passports, residence
cards and many foreign residents' forms write them.

The name stands as a field of its own: a table's cell (`| UMEZAWA Takeshi |`), a bracket's whole content
(`（IMAI Mariko）` after an e-mail address), or a fixed-width column between runs of spaces or before ` / `; and its
line holds a person's particular (three digits in a row or an @). Both words read as romaji (syllables of a
consonant or two and a vowel, or n): an acronym before a word (`NPO Center`, `JR East`, `USB Memory`) does not.
Read from the fields' literal openings (`| `, `(`, two spaces), only in texts holding a capital.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_NAME = r"(?P<name>(?P<surname>[A-Z]{2,12}) (?P<given>[A-Z][a-z]{1,12}))"
_CLOSE = r"(?=[ \u3000]*\||\)|[ \u3000]+/[ \u3000]|  |\u3000|[ \u3000]*$)"
_FIELDS = (
    ("| ", re.compile(rf"\| {_NAME}{_CLOSE}", re.MULTILINE)),
    ("(", re.compile(rf"\({_NAME}\)")),
    ("  ", re.compile(rf"  {_NAME}{_CLOSE}", re.MULTILINE)),
)
_ROMAJI = re.compile(r"(?:(?:[kgsztdnhbpmyrwfjc]|sh|ch|ts|[kgnhbpmr]y|[kstpc](?=[kstpc]))?[aiueo]|n)+", re.IGNORECASE)
_PARTICULAR = re.compile(r"[0-9]{3}|@")


def is_romaji(word: str) -> bool:
    return _ROMAJI.fullmatch(word) is not None


@needs("| ", "(", "  ", capital=True)
def romaji_names_with_capitalised_surnames(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`UMEZAWA Takeshi` in a table's cell, `(IMAI Mariko)` after an e-mail, `KOIZUMI Aoi / …` in a register's column."""
    found: list[tuple[int, int]] = []
    for opening, pattern in _FIELDS:
        if opening not in text:
            continue
        for match in pattern.finditer(text):
            if not (is_romaji(match.group("surname")) and is_romaji(match.group("given"))) or match.group("name") in public:
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            line = text[line_start : len(text) if line_end < 0 else line_end]
            if _PARTICULAR.search(line):
                found.append(match.span("name"))
    return sorted(set(found))
