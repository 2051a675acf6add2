"""Names written surname first, a Japanese comma before the given name (round BF): `東風平、正明` in a list of relatives
with their phones, `- 玉城、美咲　すみれ市…` in a petition's list of signers, `| 負傷者 | 嘉手納、カマド |` in a table,
`申込者：仲宗根、大翔【…】` on a form, `渡嘉敷、カマド` with a katakana given name, `Moreau、結衣` with a Latin surname.

The name: a surname of two or three kanji (or one capitalised Latin word), 、, and a given name of one to three kanji
or two to five kana, standing as a field of its own — opening a line or a list item, or after a field's mark (a space,
：, |, a tab), and closed by one (a space, |, a tab, a bracket, 【, the line's end, 様 or さん) — on a line that holds a
person's particular (an e-mail's @, a run of four digits, a number with a hyphen, 丁目, 番地, 生）) or after a person's
word on its line or the line before (申込者：, 家族, 甥). Lists of places, things and offices parted by 、 stay quiet: a
word ending as a place or an office does (町, 課, 長), and a generic noun (利用者) is no name. Read from each 、 (every
minute holds some, so the reading looks only at the few characters on both sides).
"""

from __future__ import annotations

import re

from ..needs import needs
from .comma_latin_names import parts_around_a_comma
from .lexicon import is_generic
from .public import PublicNames

_KANJI = "\u4e00-\u9fff\u3005"
_SURNAME_BEFORE = re.compile(rf"(?:^|[|\t\u3000 ：:])(?P<surname>[{_KANJI}]{{2,3}}|[A-Z][a-z]{{2,15}})\Z", re.MULTILINE)
_GIVEN_AFTER = re.compile(rf"(?P<given>[{_KANJI}]{{1,3}}|[\u30a1-\u30fa\u30fc]{{2,5}}|[\u3041-\u3096]{{2,4}})"
                          r"(?=[\u3000 |\t（(【]|$|様|さん)", re.MULTILINE)
_PARTICULAR = re.compile(r"@|[0-9]{4,}|[0-9]+-[0-9]+|丁目|番地|生）|生\)")
_PERSONS_WORDS = r"者|氏名|名前|家族|親族|甥|姪|[長次]?[男女]|子|[夫妻父母]|祖"
_PERSONS_WORD = re.compile(_PERSONS_WORDS)
_PERSONS_WORD_ENDING = re.compile(rf"(?:{_PERSONS_WORDS})[ \u3000]\Z")  # 叔父　東風平、正明: the space follows a person's word
# a word ending so is a place, an office, a body or a thing, not a surname or a given name
_NOT_A_NAME_ENDING = tuple("市町村区都道府県郡台丁課係長部局室所園校会党省庁班組協団館院署店社員品類費料税金額等書票証")
_FIELD_WORDS = frozenset(("電話", "住所", "氏名", "携帯", "連絡先", "番号", "備考", "年齢", "性別", "職業", "理由"))
_HONORIFICS = ("様", "氏", "殿")  # a name written whole before 、 (達彦様、), each with its own honorific
_WORD_BEFORE_A_SPACE = re.compile(r"[A-Za-z\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff\u3005]+[ \u3000]\Z")
# The comma a surname may close, found in one scan opening with the literal (most commas follow kana, は、 て、): after a
# Latin letter, or after two or three kanji with a field's mark (or the text's start) before them
_MARK = "[\n|\t\u3000 ：:]"
_COMMA_AFTER_A_SURNAME = re.compile(rf"、(?:(?<=[a-z]、)|(?<={_MARK}[{_KANJI}]{{2}}、)|(?<={_MARK}[{_KANJI}]{{3}}、)"
                                    rf"|(?<=^[{_KANJI}]{{2}}、)|(?<=^[{_KANJI}]{{3}}、))")
_SURNAME_REACH = 17  # a mark and a Latin surname of up to sixteen letters


def _corroborated(text: str, line_start: int, start: int, end: int) -> bool:
    """A person's particular on the name's line, or a person's word before it there or on the line before."""
    before = text[line_start:start]
    word = _WORD_BEFORE_A_SPACE.search(before)
    if word is not None and _PERSONS_WORD_ENDING.search(word.group()) is None:
        return False  # 黒潮 和正、白浜 千夏: the word before the space is a surname, the comma parts whole names
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _PARTICULAR.search(text, end, line_end) or _PARTICULAR.search(text, line_start, start):
        return True
    if before.strip(" \u3000-*・|") == "" and line_start > 0:
        before = text[text.rfind("\n", 0, line_start - 1) + 1:line_start]
    return _PERSONS_WORD.search(before) is not None


@needs("、")
def surname_ideographic_comma_given_names(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`東風平、正明`: a surname, 、 and a given name standing as a field of their own on a line of a person's particulars."""
    found: list[tuple[int, int]] = []
    if "、" not in text:
        return found
    for closing in _COMMA_AFTER_A_SURNAME.finditer(text):
        line_start, before, after = parts_around_a_comma(text, closing.start(), 1, _SURNAME_BEFORE, _GIVEN_AFTER, _SURNAME_REACH)
        if before is not None and after is not None:
            surname, given = before.group("surname"), after.group("given")
            start, end = before.start("surname"), after.end("given")
            if (not surname.endswith(_NOT_A_NAME_ENDING) and not any(mark in surname for mark in _HONORIFICS) and not given.endswith(_NOT_A_NAME_ENDING)
                    and not is_generic(surname) and not is_generic(given) and given not in _FIELD_WORDS
                    and _PERSONS_WORD.fullmatch(given) is None
                    and text[start:end] not in public and _corroborated(text, line_start, start, end)):
                found.append((start, end))
    return found
