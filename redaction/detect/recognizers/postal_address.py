"""Postal codes and street addresses down to the house number.

  〒189-0001 / 〒1890001 / 189-0001 (a postal code, with or without 〒)
  東京都すみれ市本町二丁目3番4号 / 本町2丁目3番地の4 / 本町2-3-4 サンハイツ203号室
A place name alone (すみれ市本町, 本町3丁目) is public geography, not an address:
an address needs a house number (番, 番地, 号, or digits joined by dashes) right
after a place name that ends in 都道府県・市区町村・町名.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Doc
from ..text import HIRAGANA, HYPHEN, KANJI, KATAKANA, NO_DIGIT_AFTER, NO_DIGIT_BEFORE, skip_particle

TYPE = "postal_address"

_NUM = r"(?:[0-9]{1,4}|[一二三四五六七八九十〇]{1,3})"
_PREF = rf"(?:[{KANJI}]{{1,3}}(?:都|道|府|県))"
_MUNI = rf"(?:(?:[{KANJI}{KATAKANA}]{{1,6}}?|[{HIRAGANA}]{{2,5}})(?:市|区|郡|町|村))"
_TOWN = rf"(?:[{KANJI}{KATAKANA}](?:[{KANJI}{KATAKANA}]|[がのケ](?=[{KANJI}])){{0,6}})"
_HOUSE = (
    rf"(?:{_NUM}丁目{_NUM}番(?!目)地?(?:の?{_NUM}号?)?"
    rf"|{_NUM}丁目{_NUM}(?:{HYPHEN}{_NUM}){{0,2}}"
    rf"|{_NUM}番(?!目)地?(?:の{_NUM}|{_NUM}号)?"
    rf"|[0-9]{{1,4}}{HYPHEN}[0-9]{{1,4}}(?:{HYPHEN}[0-9]{{1,4}})?)"
)
_BUILDING = rf"(?:[ \u3000]?[{KANJI}{KATAKANA}A-Za-z]{{0,15}}[ \u3000]?[0-9]{{1,4}}号室?)"
_POSTAL = rf"(?:〒[ \u3000]?[0-9]{{3}}{HYPHEN}?[0-9]{{4}}|{NO_DIGIT_BEFORE}[0-9]{{3}}{HYPHEN}[0-9]{{4}}){NO_DIGIT_AFTER}"
_ADDRESS = rf"(?:{_PREF}?{_MUNI}+{_TOWN}?{_HOUSE}{NO_DIGIT_AFTER}{_BUILDING}?)"

_PATTERN = re.compile(rf"{_POSTAL}(?:[ \u3000]?{_ADDRESS})?|{_ADDRESS}")


def recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    for match in _PATTERN.finditer(doc.folded):
        yield skip_particle(doc.folded, match.start()), match.end()
