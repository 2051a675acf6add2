"""A full name standing as a record's first field, its particulars right after it (round BN).

A clerk reading out a list's or a log's line gives the person first, then what identifies them: `Ryūji Takemura すみれ市緑町2丁目…`,
`「Kōichi Arakaki（旅券 …）`, `「Ana Sofía Ramírez　海外口座 …`, `Bùi Thị Lan／みずほ銀行 …／18,400円`, `Ōtomo Hana（2174-01-09生）`.
The name: two or three capitalised Latin words, their letters with macrons and diacritics too (Ō, ū, ị, í, Å), standing
as a field of its own (a line's or a quote's opening, after a space, a time, ／ or a table's |), then a space, ／ or a
bracket, then one of a person's particulars: a bank's or a passport's word, a birth date with 生, an address's lot
(丁目, 番地) or a phone. A body's English name (Banco Ejemplo, Sun Heights) holds a body's word and is skipped.

A kanji full name opening a line parted by ／ whose next part is a bank account (`渡邊 琉生／ゆうちょ銀行 …／52,100円`) is the
account holder's, as a payment list writes it; so is a group's representative's name between 代表 and an account
(`子ども会 代表 茂木 由香里 ゆうちょ銀行 …`).
"""

from __future__ import annotations

import re

from ..needs import needs
from ..text import KANJI
from .lexicon import is_generic
from .public import PublicNames

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).isupper())
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u1e00-\u1eff"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_BANK = r"[^\s/()、。」|]{0,12}?(?:銀行|信用金庫|信金|ゆうちょ)"
_BIRTH = r"(?:\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?|(?:昭和|平成|令和)\d{1,3}年\d{1,2}月\d{1,2}日)生"
_LOT = r"[^\s/()、。」|]{1,12}?(?:[0-9一二三四五六七八九十]丁目|[0-9]番地)"
_PHONE = r"0\d{1,4}-\d{1,4}-\d{3,4}"
_PARTICULAR = rf"(?:[ \u3000]|[ \u3000]?[/(][ \u3000]?)(?:旅券|在留カード|海外口座|IBAN|{_BANK}|{_BIRTH}|{_LOT}|{_PHONE})"
_LATIN_BEFORE_PARTICULAR = re.compile(rf"(?P<name>{_WORD}(?: {_WORD}){{1,2}})(?={_PARTICULAR})")
_FIELD_OPENINGS = "\n「『 \u3000/|:"  # the folded text: ／ and ： read as / and :
_ANCHORS = ("銀行", "信用金庫", "信金", "ゆうちょ", "旅券", "在留カード", "海外口座", "IBAN", "生)", "丁目", "番地")  # folded: 生）reads 生)
_BANKS = ("銀行", "信用金庫", "信金", "ゆうちょ")
# each anchor's window: the name, its separator and the particular's opening before it, the anchor's rest after it
_WINDOW_BEFORE, _WINDOW_AFTER = 72, 12
_BODY_WORD = re.compile(r"\b(?:City|Town|Ward|Volunteers?|Association|Club|Center|Centre|Group|Team|School|University"
                        r"|College|Bank|Banco|Banque|Trust|Company|Hall|House|Heights|Court|Mansion|Tower|Building|Park"
                        r"|Road|Street|Lane|Avenue|Hotel|Shop|Store|Station)\b")


@needs(*_ANCHORS, capital=True)
def latin_names_before_particulars(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`Ryūji Takemura` before an address, `Kōichi Arakaki` before （旅券, `Bùi Thị Lan` before ／みずほ銀行."""
    names: set[tuple[int, int]] = set()
    for lo, hi in _windows(text, _ANCHORS):  # read only around the particulars' words: most of a text holds none
        for match in _LATIN_BEFORE_PARTICULAR.finditer(text, lo, hi):
            start = match.start("name")
            if start and text[start - 1] not in _FIELD_OPENINGS:
                continue
            name = match.group("name")
            if name not in public and not _BODY_WORD.search(name):
                names.add(match.span("name"))
    return sorted(names)


def _windows(text: str, anchors: tuple[str, ...]) -> list[tuple[int, int]]:
    """The stretches around each anchor's occurrence, merged where they meet."""
    spans = []
    for anchor in anchors:
        if anchor not in text:  # a body's word test: one read of model.LongText for them all
            continue
        at = text.find(anchor)
        while at >= 0:
            spans.append((max(0, at - _WINDOW_BEFORE), min(len(text), at + len(anchor) + _WINDOW_AFTER)))
            at = text.find(anchor, at + 1)
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


_SLASHED_LINE_NAME = re.compile(rf"(?P<name>[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖ]{{1,4}})/{_BANK}")  # the folded text: ／ reads as /


@needs(*_BANKS)
def names_opening_a_slashed_payment_line(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`渡邊 琉生` opening `渡邊 琉生／ゆうちょ銀行 …／52,100円`."""
    names = set()
    for at in _occurrences(text, _BANKS):  # each bank's word: the line it stands on, read from its start
        line = text.rfind("\n", 0, at) + 1
        if "/" in text[line:at] and (match := _SLASHED_LINE_NAME.match(text, line)) is not None and match.group("name") not in public:
            names.add(match.span("name"))
    return sorted(names)


def _occurrences(text: str, words: tuple[str, ...]) -> list[int]:
    found = []
    for word in words:
        if word not in text:
            continue
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    return found


_REPRESENTATIVE_BEFORE_AN_ACCOUNT = re.compile(rf"代表[ \u3000](?P<name>[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖ]{{1,4}})[ \u3000]{_BANK}")


@needs("代表")
def representatives_before_their_accounts(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`茂木 由香里` in `子ども会 代表 茂木 由香里 ゆうちょ銀行 …`: a group's account in its representative's name."""
    if "代表" not in text or not any(bank in text for bank in _BANKS):
        return []
    names = []
    for match in _REPRESENTATIVE_BEFORE_AN_ACCOUNT.finditer(text):  # opens with the literal 代表: the engine's fast skip
        if match.group("name") not in public:
            names.append(match.span("name"))
    return names


# (round BN) a record's line parted by ／ (folded to /) that holds an e-mail: a field that is a full name alone, after a
# spreadsheet's cell reference too (`RN「…」／日比野 颯／10代／hibino…@…`, `／ B13 Okonkwo 玲奈 ／ C13 …`)
_CELL_REFERENCE = re.compile(r"[A-Z]{1,2}[0-9]{1,4}[ \u3000]")
_FIELD_NAME = re.compile(rf"[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖ]{{1,4}}|[A-Z][a-z]{{2,15}} [{KANJI}]{{1,3}}")


@needs("@")
def names_as_fields_of_a_parted_record(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`日比野 颯` in `RN「…」／日比野 颯／10代／…@…`, `Okonkwo 玲奈` in `／ B13 Okonkwo 玲奈 ／ … ／ E13 …@…`."""
    if "@" not in text or "/" not in text:
        return []
    names = set()
    for at in _occurrences(text, ("@",)):
        lo, hi = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        hi = len(text) if hi < 0 else hi
        if text.count("/", lo, hi) < 2:
            continue
        start = lo
        for field in text[lo:hi].split("/"):
            end = start + len(field)
            inner = start + len(field) - len(field.lstrip(" \u3000"))
            if (reference := _CELL_REFERENCE.match(text, inner, end)) is not None:
                inner = reference.end()
            name = _FIELD_NAME.match(text, inner, end)
            if (name is not None and not text[name.end() : end].strip(" \u3000") and name.group() not in public
                    and not is_generic(re.split("[ \u3000]", name.group())[0])):
                names.add(name.span())
            start = end + 1
    return sorted(names)
