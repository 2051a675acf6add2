"""Insurance and other personal ID numbers, found by the label in front of them.

  被保険者番号 12345678 / 被保険者証 記号 12-34 番号 567 / 基礎年金番号 1234-567890
  運転免許証番号 第123456789012号 / 住民票コード 12345678901 / 旅券番号 TK1234567
A passport number (two letters and seven digits) is recognised without a label.
The finding is the number, not the label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Doc
from ..text import HYPHEN

TYPE = "personal_id"

_LABELS = (
    "介護保険被保険者番号|後期高齢者医療被保険者番号|被保険者証番号|被保険者番号|保険者番号|"
    "保険証番号|基礎年金番号|年金番号|年金手帳番号|運転免許証番号|免許証番号|旅券番号|"
    "パスポート番号|住民票コード|受給者証番号|受給者番号|手帳番号|障害者手帳番号|"
    "療育手帳番号|宛名番号|世帯番号|学籍番号|患者番号|診察券番号|"
    "カルテ番号|会員番号|利用者番号|被保険者証の記号番号|記号番号"
)
_SP = r"[ \u3000]*"
_ID = rf"第?(?P<id>[A-Za-z]{{0,3}}[0-9][0-9A-Za-z]*(?:{HYPHEN}[0-9A-Za-z]+)*(?:[ \u3000][0-9]{{2,}})*)号?"
_LABELLED = re.compile(rf"(?:{_LABELS}){_SP}(?:は|が|:|：)?{_SP}{_ID}")
_MARK_NUMBER = re.compile(
    rf"記号{_SP}[:：]?{_SP}(?P<id>[0-9A-Za-z]+(?:{HYPHEN}[0-9A-Za-z]+)*{_SP}番号{_SP}[:：]?{_SP}[0-9A-Za-z]+(?:{HYPHEN}[0-9]+)*)"
)
_PASSPORT = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{7}(?![A-Za-z0-9])")
_MIN_DIGITS = 4


def recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    for pattern in (_LABELLED, _MARK_NUMBER):
        for match in pattern.finditer(doc.folded):
            if sum(ch.isdigit() for ch in match.group("id")) >= _MIN_DIGITS:
                yield match.start("id"), match.end("id")
    for match in _PASSPORT.finditer(doc.folded):
        yield match.start(), match.end()
