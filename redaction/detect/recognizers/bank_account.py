"""Bank accounts: bank, branch, account kind (普通／当座／貯蓄) and number.

  すみれ銀行 本町支店 普通 1234567 / ○○信用金庫駅前支店 当座預金 0123456
  普通預金口座 口座番号1234567 / 口座番号：1234567 / ゆうちょ銀行 記号12345 番号12345678
  三菱UFJ銀行 すみれ台支店 普通預金 4470312 / PayPay銀行 普通 7204418 (any bank name, Latin letters too)
  すみれ銀行本町支店の普通口座（口座番号1234567） / 口座（普通）7654321 / 信用金庫の口座4455667
  すみれ銀行 中央支店 1234567 (a branch named, no kind) / 普通預金 一二三四五六七 (kanji digits)
  ゆうちょ銀行の記号番号10180-12345671
  | 口座番号 | … | 1234567 | (a table column headed 口座, 振込先 or 振替)
  …普通 0261738、登録 同 6024891 (同 for the bank of an account named just before)
  SMBC Trust Bank PRESTIA Tokyo branch 6203381 (a bank written in Latin letters, its branch and number)
The finding runs from the bank name (when there is one) to the last digit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..hankaku_accounts import KINDS as HANKAKU_KINDS
from ..hankaku_accounts import hankaku_accounts
from ..ibans import iban_numbers
from ..model import Doc
from ..particulars import in_row_of_a_company, table_cells
from ..published_accounts import published_account_before
from ..scan import anchored_finditer
from ..text import HIRAGANA, HYPHEN, KANJI, KATAKANA, NO_DIGIT_AFTER, skip_particle
from ..transfer_records import transfer_data_accounts

TYPE = "bank_account"

_SP = r"[ \u3000]*"
_NAME = rf"(?:[{KANJI}{KATAKANA}A-Za-z]{{1,12}}?|[{HIRAGANA}]{{2,8}}?)"
_INSTITUTION = r"(?:銀行|信用金庫|信金|信用組合|労働金庫|農業協同組合|農協)"
_BRANCH = rf"(?:[{KANJI}{KATAKANA}{HIRAGANA}A-Za-z]{{0,10}}?(?:支店|出張所|営業部|本店|支所))"
_JA = rf"(?:JA[{KANJI}{KATAKANA}{HIRAGANA}]{{1,8}}?{_SP})"  # JAすみれ: a farmers' cooperative by its brand
_BANK = rf"(?:(?:{_NAME}{_INSTITUTION}|{_JA}){_SP}(?:{_BRANCH}{_SP})?の?)"
_BANK_AND_BRANCH = rf"(?:{_NAME}{_INSTITUTION}{_SP}{_BRANCH}{_SP}の?)"
_KIND = r"[（(]?(?:普通|当座|貯蓄|総合)(?:預金|貯金)?(?:口座)?[）)]?"  # 貯金: JA and ゆうちょ
# Between the kind (or 口座) and the digits: 普通口座の番号は / 普通、口座番号： / 口座No.
_TO_DIGITS = r"(?:[ \u3000、,（(:：「]|の|は|が|口座番号|番号|No\.?)*"
_DIGITS = r"[0-9]{6,8}(?![0-9円件人%])"  # not an amount or a count
# A bank written in Latin letters: words with Bank in them, a branch, maybe a kind and "No.", the digits;
# (round Q) commas between them as an English form writes the line (X Bank, Y Branch, Ordinary 1234567).
_LATIN_WORD = r"[A-Za-z][A-Za-z&.'-]*"
_LATIN_BANK = (rf"(?<![A-Za-z])(?:{_LATIN_WORD}[ ]){{0,4}}[A-Za-z]*(?:Bank|BANK|bank)(?:,?[ ]{_LATIN_WORD}){{0,6}}?[ ,]*"
               rf"(?:(?:Savings|Ordinary|Current|Checking|Account|account|A/C|a/c|No\.?"
               rf"|[(（](?:Futsu|Futsuu|Toza|Touza|Chochiku|Ordinary|Savings|Current)[)）])[ :.]*){{0,4}}{_DIGITS}")  # (round R) Savings (Futsu) No.
# (round AD) A bank by its initials and a branch, the account's kind in romaji (SMBC Sumire branch, futsu 7719402; MUFG Shinjuku
# Branch, Ordinary No. 1234567): no word Bank, but the initials, Branch and the kind together.
_LATIN_BRANCH = (rf"(?<![A-Za-z])[A-Z]{{2,5}}(?:[ ]{_LATIN_WORD}){{1,3}}[ ](?:[Bb]ranch|BRANCH),?[ ]"
                 rf"(?:[Ff]utsu|[Ff]utsuu|[Tt]oza|[Tt]ouza|[Oo]rdinary|[Ss]avings|[Cc]urrent)(?:[ ][Aa]ccount)?(?:[ ]No\.?)?[ :.]*{_DIGITS}")
_PATTERN = re.compile(
    rf"(?:{_BANK}[、,]?{_SP})?{_KIND}{_TO_DIGITS}{_DIGITS}"
    rf"|(?:{_BANK}[、,]?{_SP})?{_KIND}{_SP}(?:[0-9]{{3,4}}{HYPHEN}[0-9]{{4,8}}|第[0-9]{{6,8}}号){NO_DIGIT_AFTER}"  # (round BZ) 普通 1184-0372, 普通預金 第0628173号
    rf"|{_BANK}?(?:口座|通帳){_TO_DIGITS}{_DIGITS}"
    rf"|ゆうちょ(?:銀行)?{_SP}の?{_SP}(?:口座{_SP})?1[0-9]{{4}}{_SP}{HYPHEN}{_SP}[0-9]{{6,8}}{NO_DIGIT_AFTER}"
    rf"|{_BANK_AND_BRANCH}{_SP}(?:[普当][・･.]{_SP})?[:：]?{_SP}{_DIGITS}"  # (round AC) the kind cut to one character: 本店 普・2047718
    rf"|{_LATIN_BANK}"
    rf"|{_LATIN_BRANCH}"
    # (round BV) and 記号-番号 as a label (記号-番号 10570-38219461)
    rf"|(?:ゆうちょ銀行{_SP}の?)?記号(?:{HYPHEN}?番号)?{_SP}[:：は]?{_SP}1[0-9]{{4}}{_SP}{HYPHEN}?{_SP}(?:番号{_SP}[:：]?{_SP})?[0-9]{{6,8}}{NO_DIGIT_AFTER}"
)


_ACCOUNT_COLUMN = re.compile("口座|振込先|振替")
_CELL_ACCOUNT = re.compile(rf"(?:{_KIND}{_SP})?{_DIGITS}")
_ANCHOR = re.compile("Bank|BANK|bank|ranch|RANCH|普通|当座|貯蓄|総合|口座|通帳|記号|ゆうちょ|支店|出張所|営業部|本店|支所")


# 「同」 for the bank (or branch) of the account just named: 登録 同 6024891 / 同 普通 0261783.
_SAME = re.compile(rf"(?<![{KANJI}])同(?:行|銀行|金庫|支店|店)?{_SP}(?:{_KIND}{_TO_DIGITS})?{_DIGITS}")
_SAME_REACH = 200  # an account named this far before


# (round V) A passbook's image or scan named with its account number (…_通帳_0084521.jpg, 通帳-1234567.pdf).
_PASSBOOK_FILE = re.compile(r"通帳[_-](?P<number>[0-9]{7})(?=[_.-])")


# (round AG) A branch's number as its own field (店番：218, or 店番： with the number on the next line) beside an account's
# number field: the account's branch, part of the account as a transfer form asks for it.
_BRANCH_FIELD = re.compile(r"店番[ \u3000]*[:：][ \u3000]*(?:\n[ \u3000]*)?(?P<number>[0-9]{3})(?![0-9])")
_BRANCH_REACH = 60


def _branch_fields(text: str) -> Iterator[tuple[int, int]]:
    for match in _BRANCH_FIELD.finditer(text):
        if "口座" in text[max(0, match.start() - _BRANCH_REACH) : match.end() + _BRANCH_REACH]:
            yield match.span("number")


def recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    accounts: list[int] = []
    for match in anchored_finditer(_PATTERN, doc.folded, _ANCHOR, before=40, after=50):
        accounts.append(match.end())
        if "公" in doc.folded and published_account_before(doc.folded, match.start()):
            continue  # (round OI) …警察が公表した振込先の口座「…」: an account the sentence says was published
        if in_row_of_a_company(doc.folded, match.start()):
            continue  # (round Z) | 07-2215-0036 | 楽天銀行 … 7702518 | ｶ)ｽﾐﾚﾃﾞﾝｷ |: a row whose holder is a company, its account the company's
        yield skip_particle(doc.folded, match.start()), match.end()
    if accounts and "同" in doc.folded:
        for match in _SAME.finditer(doc.folded):
            if any(0 < match.start() - end <= _SAME_REACH for end in accounts):
                yield match.start(), match.end()
    if "店番" in doc.folded:
        yield from _branch_fields(doc.folded)
    if ("\n2 " in doc.folded or doc.folded.startswith("2 ")) and doc.has_hankaku:  # (round AT) 2 0001ﾐｽﾞﾎ            112ｽﾐﾚﾁｭｳｵｳ      1 3804117: a 全銀 data record (its bank's name half-width)
        yield from transfer_data_accounts(doc.folded)
    if doc.has_capital:
        yield from iban_numbers(doc.folded)  # (round BN) IBAN ES91 0000 0000 0000 3482 7716
    if doc.has_hankaku and any(kind in doc.folded for kind in HANKAKU_KINDS):  # (round BV) ｽﾐﾚｼﾝｷﾝ ﾜｶﾊﾞﾀﾞｲ ﾌﾂｳ 1047736
        for start, end in hankaku_accounts(doc.folded):
            if not in_row_of_a_company(doc.folded, start):
                yield start, end
    if "通帳" in doc.folded:
        for match in _PASSBOOK_FILE.finditer(doc.folded):
            yield match.span("number")  # (round V) 宍倉和彦_通帳_0084521.jpg: the account inside a passbook image's name
    for header, start, end in table_cells(doc.folded):
        if _ACCOUNT_COLUMN.search(header):
            number = _CELL_ACCOUNT.fullmatch(doc.folded, start, end)
            if number and not in_row_of_a_company(doc.folded, start):  # (round AH) a company's 当座 in its own row, as above
                yield start, end  # | 口座番号 | … | 1234567 | / | 振込口座 | … | 普通 1234567 |
