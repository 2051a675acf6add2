"""A number's form shown by an example or a run in brackets right after its label (round BV).

The minutes describe a numbering by one value in brackets after the label: `受付番号（IJ-187-0012のような形式）`,
`登録番号（MV-11-023のような形）` (the form, shown by a made-up example), `モニター番号（HM-188-01から30）` (the run of
numbers given out, the last one's tail only). Nobody's number: the bracket opens right after a label ending in 番号 and
closes right after the example's words or the run's tail. `_nobodys` asks only where the value is followed by のような形 or
から (a literal test first).
"""

from __future__ import annotations

import re

OPENINGS_AFTER = ("のような形", "から")
_LABEL_BEFORE = re.compile(r"番号[（(]\Z")
_CLOSING_AFTER = re.compile(r"(?:のような形(?:式)?|から[0-9]{1,4})[)）]")
_LABEL_REACH = 3


def a_numbers_form_shown_in_brackets(text: str, start: int, end: int) -> bool:
    """`IJ-187-0012` in 受付番号（IJ-187-0012のような形式）, `HM-188-01` in モニター番号（HM-188-01から30）."""
    return (_CLOSING_AFTER.match(text, end) is not None
            and _LABEL_BEFORE.search(text, max(0, start - _LABEL_REACH), start) is not None)
