"""An international bank account number after IBAN (round BN).

A refund to an account abroad is read out with its IBAN (`海外口座 Banco Ejemplo IBAN ES91 0000 0000 0000 3482 7716`,
`IBAN: DE89 3704 0044 0532 0130 00`): a country's two capitals, two check digits, then the account's groups of
letters and digits, spaced by four or run together. Read only behind the literal IBAN.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_IBAN = re.compile(r"IBAN[ \u3000]*[:：]?[ \u3000]*(?P<iban>[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])")


def iban_numbers(text: str) -> Iterator[tuple[int, int]]:
    """`ES91 0000 0000 0000 3482 7716` after IBAN."""
    if "IBAN" in text:
        for match in _IBAN.finditer(text):
            yield match.span("iban")
