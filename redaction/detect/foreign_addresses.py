"""Addresses abroad in the forms a foreign resident's papers write them (round AI).

- Brazil's: the street's kind first (Rua, Avenida, Travessa …), the street, a comma and the number, then the flat, the
  district, the city and state (São Paulo - SP), closing with the CEP (04101-000): Rua Vergueiro, 1842, apto 51, …
- (round BN) South Asia's: the house (or flat, plot) and its number, then the road (or lane, block, sector) and its
  number, the area, the city with its postcode and the country: House 18, Road 7, Dhanmondi, Dhaka 1205, Bangladesh.
- Vietnam's: the house number (123/4), the street word (Đường, Phố, Ngõ) and its name, then the ward, the district and
  the city each after its word (Phường 13, Quận 3, TP. Hồ Chí Minh).

Each is read only in a text holding its words (Rua and the like; Đường, Phường): most minutes hold none.
"""

from __future__ import annotations

import re

_BRAZIL_STREET_WORDS = ("Rua ", "Avenida ", "Av. ", "Travessa ", "Alameda ", "Estrada ", "Praça ", "Rodovia ")
_BRAZILIAN = re.compile(r"(?:Rua|Avenida|Av\.|Travessa|Alameda|Estrada|Praça|Rodovia) [^,\n、。]{2,40}, [0-9]{1,5}"
                        r"(?:, [^,\n、。]{1,40}){1,5}?,? [0-9]{5}-[0-9]{3}(?![0-9])")
_HOUSE_FIRST_WORDS = ("House ", "Flat ", "Plot ")
_HOUSE_FIRST = re.compile(r"(?:House|Flat|Plot)(?: No\.?)? ?[0-9]{1,5}[A-Z]?, (?:Road|Lane|Street|Block|Sector)(?: No\.?)? ?[0-9]{1,4}[A-Z]?"
                          r"(?:, [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}(?: [0-9]{4,6})?){1,4}")
_VIETNAM_WORDS = ("Đường", "Phường", "Quận", "Phố")
_VIETNAMESE = re.compile(r"(?<![0-9/])[0-9]{1,4}(?:/[0-9]{1,4}){0,2}[A-Z]? (?:Đường|Phố|Ngõ|Hẻm) [^,\n、。]{2,40}"
                         r"(?:, (?:Phường|Xã|Quận|Huyện|TP\.|Thành phố|Tỉnh) ?[0-9A-Za-zÀ-ỿ.]+(?: [0-9A-Za-zÀ-ỿ.]+){0,4}){1,4}")


def addresses_abroad(text: str) -> list[tuple[int, int]]:
    """Spans of Brazilian and Vietnamese street addresses."""
    found: list[tuple[int, int]] = []
    if any(word in text for word in _BRAZIL_STREET_WORDS):
        found += [m.span() for m in _BRAZILIAN.finditer(text)]
    if any(word in text for word in _HOUSE_FIRST_WORDS):
        found += [m.span() for m in _HOUSE_FIRST.finditer(text)]
    if any(word in text for word in _VIETNAM_WORDS):
        found += [m.span() for m in _VIETNAMESE.finditer(text)]
    return found
