"""マイナンバー (個人番号): 12 digits whose last digit is the check digit.

  123456789018 / 1234 5678 9018 / 1234-5678-9018
Without a check digit that fits, 12 digits are only a finding within a few lines after the
words 個人番号 or マイナンバー, right before them, or in a table column headed with them
(a typo is still somebody's number). 13 digits are a 法人番号
and never match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Doc
from ..particulars import table_cells
from ..scan import led_finditer
from ..spoken_digits import digits_read_aloud
from ..text import HYPHEN, NO_DIGIT_AFTER

TYPE = "my_number"

_SEP = rf"(?:{HYPHEN}|[ \u3000])?"
# No lookbehind at the start: a leading digit class lets the regex engine skip ahead fast.
_PATTERN = re.compile(rf"[0-9][0-9]{{3}}{_SEP}[0-9]{{4}}{_SEP}[0-9]{{4}}{NO_DIGIT_AFTER}(?![ \u3000]?(?:円|件|人|名|枚|世帯|%|年))")  # not an amount
_CONTINUES_A_NUMBER = re.compile(r"[0-9](?:[ \u3000-])?$")  # 法人番号 "7 0000 1205 0002"
# The word within a few lines before: 「個人番号を書き損じた場合は。」「…書き損じの5217 3390 8846が」.
# (round Z) and 通知カード, the paper card that gave each resident the number (通知カードの写し…番号 …).
_CONTEXT = re.compile(r"(?:個人番号|マイナンバー|番号カード|通知カード)")
_CONTEXT_REACH = 150
_CONTEXT_AFTER = re.compile(r"[ \u3000]?[（(]?(?:個人番号|マイナンバー)")  # 1234 5678 9012（個人番号）


# (round Z) A parcel's, an order's or a slip's label right before twelve digits whose check digit happens to fit (お問い合わせ番号
# 4410-2287-0935 on a delivery slip): the thing's number, unless 個人番号 or マイナンバー stands near.
# (round BH) and a registered or recorded mail's (書留の番号は 3371-0922-4418, 簡易書留番号, 特定記録の番号): the post's record
_THINGS_LABEL_BEFORE = re.compile(r"(?:お?問い?合わ?せ|追跡|伝票|送り状|配達|注文|荷物|書留|特定記録)(?:郵便)?の?番号[ \u3000:：は]*\Z")

# (round BV) two groups of six digits after the label (個人番号 351709 428664): the number as a form's two boxes wrote it; read
# only right after 個人番号 or マイナンバー and, unless the check digit fits, never (six and six digits are many things).
_SIX_AND_SIX = re.compile(rf"(?:個人番号|マイナンバー)[ \u3000:：は]*(?P<id>[0-9]{{6}}(?:[ \u3000]|{HYPHEN})[0-9]{{6}}){NO_DIGIT_AFTER}")


def check_digit(first_eleven: str) -> int:
    """The check digit of a 個人番号 (総務省令の算式)."""
    total = 0
    for n, ch in enumerate(reversed(first_eleven), start=1):
        weight = n + 1 if n <= 6 else n - 5
        total += int(ch) * weight
    remainder = total % 11
    return 0 if remainder <= 1 else 11 - remainder


def is_valid(digits: str) -> bool:
    return len(digits) == 12 and digits.isdigit() and check_digit(digits[:11]) == int(digits[11])


def recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    for start, end, digits in digits_read_aloud(doc.folded):  # (round AJ) 2、4、0、7、…: the number read aloud digit by digit
        if len(digits) == 12 and (is_valid(digits) or _CONTEXT.search(doc.folded, max(0, start - _CONTEXT_REACH), start)):
            yield start, end
    if "個人番号" in doc.folded or "マイナンバー" in doc.folded:
        for match in _SIX_AND_SIX.finditer(doc.folded):  # (round BV) 個人番号 351709 428664
            if is_valid("".join(ch for ch in match.group("id") if ch.isdigit())):
                yield match.span("id")
    cells = [(start, end) for header, start, end in table_cells(doc.folded) if _CONTEXT.search(header)]
    for match in led_finditer(_PATTERN, doc.folded):  # at its digits when few stand (scan.led_finditer)
        # A digit run's boundary first, in a 個人番号 column too: the last 12 digits of a 法人番号
        # (| 法人番号 8010001099210 |) are no one's number.
        if _CONTINUES_A_NUMBER.search(doc.folded, max(0, match.start() - 2), match.start()):
            continue
        if any(start <= match.start() and match.end() <= end for start, end in cells):
            yield match.start(), match.end()  # | 個人番号 | … | 1234 5678 9012 |
            continue
        digits = "".join(ch for ch in match.group() if ch.isdigit())
        in_context = (_CONTEXT.search(doc.folded, max(0, match.start() - _CONTEXT_REACH), match.start())
                      or _CONTEXT_AFTER.match(doc.folded, match.end()))
        if in_context or (is_valid(digits) and not _THINGS_LABEL_BEFORE.search(doc.folded, max(0, match.start() - 16), match.start())):
            yield match.start(), match.end()
