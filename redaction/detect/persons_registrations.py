"""A person's registrations and certificates written without a number's label (round BL).

- A registration in brackets right after a person's name (報告者 百瀬 ひかる（レンジャー登録 MR-157-0023）, 同行 丹野 拓真（登録
  MR-156-0109）): 登録 inside the bracket, then a number with a letter prefix or hyphens — the person's entry in a register of
  volunteers, rangers, members. A thing's registration names the thing before its bracket (施設, 店, 車 …) and stays quiet.
- A card's column (| 氏名 | 電話 | 利用者カード |): a header naming a person's card or membership without 番号 (利用者カード,
  会員証, 会員カード), over a number with a letter prefix or hyphens — the card's number, its holder's.
- A certificate of a role a person holds for a shop or a stall (食品衛生責任者 第東-14472号, 防火管理者 第58-0331号): the role's
  word, then a numbered 第…号 — the holder's certificate, as a qualification's number is.

Each read only where its anchor stands (a literal `in` test).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .particulars import table_cells

_ID = r"[A-Z]{1,3}[-‐]?[0-9]{2,}(?:[-‐][0-9]{2,})*|[0-9]{2,}(?:[-‐][0-9]{2,})+"
_MIN_DIGITS = 5
# read from 登録 (a literal the engine skips to), the bracket then found before it
_REGISTRATION = re.compile(rf"登録(?:番号|No\.?)?[ \u3000:：]*(?P<id>{_ID})[）)]")
_KIND = re.compile(r"[ァ-ヺー一-龯]{0,8}")
_KIND_REACH = 9
_A_NAME_BEFORE = re.compile(r"[ァ-ヺー一-龯ぁ-ゖA-Za-z]\Z")
# a firm's registration (株式会社すみれ精機（インボイス登録番号 T…）): a business's, no person's
_A_FIRMS_REGISTRATION = re.compile("会社|法人|組合|事業者|インボイス|適格|商号")
_FIRMS_REACH = 32
_A_THING_BEFORE = re.compile(r"(?:施設|店|店舗|車|車両|事業所|団体|法人|会|館|所|号|船|犬|猫|品|物件|建物|設備)\Z")


def registrations_in_brackets_after_a_name(text: str) -> Iterator[tuple[int, int]]:
    """（…登録 MR-157-0023） right after a word that is no thing's: a person's registration."""
    for match in _each_match(_REGISTRATION, text, "登録"):
        bracket = max(text.rfind("（", max(0, match.start() - _KIND_REACH), match.start()),
                      text.rfind("(", max(0, match.start() - _KIND_REACH), match.start()))
        if bracket < 0 or _KIND.fullmatch(text, bracket + 1, match.start()) is None:
            continue
        kind = text[bracket + 1 : match.start()]
        before = text[max(0, bracket - 8) : bracket]
        line = text[max(text.rfind("\n", 0, bracket) + 1, bracket - _FIRMS_REACH) : bracket]
        if (_A_NAME_BEFORE.search(before) is None or _A_THING_BEFORE.search(before) is not None
                or _A_THING_BEFORE.search(kind) is not None or _A_FIRMS_REGISTRATION.search(line + kind)):
            continue
        if sum(ch.isdigit() for ch in match.group("id")) >= _MIN_DIGITS:
            yield match.span("id")


# (round BR) A registration in a bracket that goes on with its holder's birth date (志賀 湊さん（サポステ登録 SUMI-Y-0612、
# R155.3.21生まれ…）, …さん（サポステ登録 SUMI-Y-0633、2175年12月8日生）): the person's entry in a programme's register, its
# number coded with letter groups (SUMI-Y-…) and as few as three digits, the birth date after 、 telling whose it is.
_CODED_ID = r"[A-Z]{1,5}(?:-[A-Z]{1,3})*-[0-9]{3,}(?:-[0-9]{2,})*"
_REGISTRATION_THEN_BIRTH = re.compile(
    rf"登録(?:番号|No\.?)?[ \u3000:：]*(?P<id>{_CODED_ID}|{_ID})、[ \u3000]?"
    r"(?:[RHST][0-9]{1,3}[./]|(?:令和|平成|昭和|大正)[0-9元一二三四五六七八九十百]{1,4}年|[0-9]{4}(?:年|[./]))[^()\n]{0,12}?生")


def registrations_before_a_birth_date(text: str) -> Iterator[tuple[int, int]]:
    """（サポステ登録 SUMI-Y-0612、R155.3.21生まれ…）: a bracket's registration, then its holder's birth date."""
    for match in _each_match(_REGISTRATION_THEN_BIRTH, text, "登録"):
        bracket = max(text.rfind("（", max(0, match.start() - _KIND_REACH), match.start()),
                      text.rfind("(", max(0, match.start() - _KIND_REACH), match.start()))
        if bracket >= 0 and _KIND.fullmatch(text, bracket + 1, match.start()) is not None:
            yield match.span("id")


_CARD_HEADER = re.compile(r"(?:利用者|会員|図書館?利用)(?:カード|証)")
CARD_HEADER_WORDS = ("者カード", "員カード", "会員証", "利用者証", "利用カード", "利用証")  # one stands in every header read
_CARD_NUMBER = re.compile(rf"(?:{_ID})")


def numbers_in_a_card_column(text: str) -> Iterator[tuple[int, int]]:
    """A table's column headed 利用者カード (会員証, 会員カード) without 番号: its numbers are the card holders'."""
    if not any(map(text.__contains__, CARD_HEADER_WORDS)):
        return
    for header, start, end in table_cells(text):
        if (_CARD_HEADER.fullmatch(header) is not None and _CARD_NUMBER.fullmatch(text, start, end) is not None
                and sum(ch.isdigit() for ch in text[start:end]) >= _MIN_DIGITS):
            yield start, end


_ROLES = ("食品衛生責任者", "防火管理者", "衛生管理者")
_ROLES_CERTIFICATE = re.compile(r"(?:食品衛生責任者|防火管理者|衛生管理者)(?:証|修了証)?(?:番号)?[ \u3000:：]*(?P<id>第[一-龯]{0,3}[-‐]?[0-9]{3,}(?:[-‐][0-9]{2,})?号)")


def roles_certificates(text: str) -> Iterator[tuple[int, int]]:
    """食品衛生責任者 第東-14472号: the certificate of the person who holds the role."""
    for role in _ROLES:
        if role in text:  # a body's `in` is answered from its one read (model.LongText): only a role standing in it is sought
            for match in _each_match(_ROLES_CERTIFICATE, text, role):
                yield match.span("id")


def _each_match(pattern: re.Pattern[str], text: str, anchor: str) -> Iterator[re.Match[str]]:
    """The pattern's matches opening at each place of its literal `anchor` (found by str.find, the pattern tried there only)."""
    position = text.find(anchor)
    while position >= 0:
        match = pattern.match(text, position)
        if match is not None:
            yield match
        position = text.find(anchor, position + len(anchor))
