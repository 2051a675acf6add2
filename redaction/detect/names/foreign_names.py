"""Foreign residents' names in the shapes a counter's records write them (round AI).

- A name and its katakana reading joined by ・ in brackets after it (Rafael Oliveira Santos（ハファエウ・オリヴェイラ・サントス）,
  王 秀英（ワン・シウイン）): the bracket says the two are one person's names; both are read. The name before is Latin words
  (Vietnamese letters too: Trần Văn Đức) or a spaced kanji name.
- A name after a kin word or a person's word and its particle (妻は Nguyễn Thị Hoa, 父の Tamura Yoshio, 同級生 Yuki
  Fernandes, 2人目は Ahmed Farouk, 配偶者 仁科 Camila, 翻訳者：宍戸 エレナ), or after a Portuguese or Spanish form's
  person label and its colon (Nome: …, Pai: …, Mãe: …): Latin words, or a kanji surname with a Latin or katakana given name.
- A passport's machine-readable name (P<JPNKASHIWABARA<<MIO): the surname, <<, the given names.
- A katakana name the speaker says is how their name is also written (タムラ マルシオ ケンジ と書くこともあります), and a JSON
  record's kana field ("kana":"ミコシバ ユイト").

Each reading is read only where its literal stands (・ and a bracket, a capital letter or the person's word, <<, と書く,
"kana"); most minutes hold none of them.
"""

from __future__ import annotations

import re

from ..needs import needs
from ..text import KANJI_CHARACTERS
from .lexicon import is_generic
from .public import PublicNames

_KANJI = KANJI_CHARACTERS
_KANA = "ァ-ヺー"
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſƀ-ɏḀ-ỿ"
_WORD = rf"[{_UPPER}][{_LETTER}'\-]+"
_LATIN = rf"{_WORD}(?:[ \u3000]{_WORD}){{1,4}}"
_SPACED_KANJI = rf"[{_KANJI}]{{1,3}}[ \u3000][{_KANJI}]{{1,3}}"
# A body's or a place's English word is no person's (Sumire City, Vila Mariana Center).
_BODY_WORD = re.compile(r"\b(?:City|Town|Ward|Village|Prefecture|Association|Club|Council|Committee|Office|Center|Centre|Group"
                        r"|School|University|College|Hall|Bank|Company|Corporation|Inc|Ltd|Street|Road|Avenue|Rua|Bairro)\b")

_DOTTED_READING = re.compile(rf"\((?P<kana>[{_KANA}]{{1,10}}(?:・[{_KANA}]{{1,10}}){{1,4}})\)")
_NAME_BEFORE_READING = re.compile(rf"(?<![{_LETTER}{_KANJI}])(?P<name>{_LATIN}|{_SPACED_KANJI})[ \u3000]?\Z")
_READING_REACH = 48

# The person's word before the name: kin, a household's or a class's words, a count of people (2人目は), a person's role
# ending in 者 on a form; then の, は, が or a colon. Or a Portuguese or Spanish form's label and its colon.
_PERSON_WORDS = ("父", "母", "妻", "夫", "息子", "娘", "長男", "長女", "次男", "次女", "祖父", "祖母", "兄", "姉", "弟", "妹",
                 "同級生", "世帯主", "配偶者", "人目", "翻訳者", "通訳者", "申請者", "届出人", "代理人", "保護者")
_FORM_LABELS = ("Nome", "Pai", "Mãe", "Nombre", "Padre", "Madre", "Cônjuge", "Responsável")
# A field's label after the person's word is no surname (申請者　氏名 Navarro 美和: the label, then the name)
# (round BX) and a contact's place before its label (長女勤務先 TEL 0428-…: 勤務先 is where the number rings, TEL its label)
_LABEL_WORDS = "氏名|名前|旧姓|旧氏|住所|電話|連絡先|生年月日|国籍|勤務先|勤め先|職場|自宅|実家|携帯"
_AFTER_PERSON = re.compile(
    rf"(?:(?:{'|'.join(_PERSON_WORDS)}|生徒[A-Z]?)(?:の|は|が|[:：])?|(?:{'|'.join(_FORM_LABELS)})[ \u3000]*:)[ \u3000]*"
    rf"(?P<name>{_LATIN}|(?!{_LABEL_WORDS})[{_KANJI}]{{1,3}}[ \u3000](?:{_WORD}|[{_KANA}]{{2,6}}))"
    rf"(?![{_LETTER}{_KANJI}{_KANA}])")
_CAPITAL = re.compile("[A-ZÀ-ÖØ-Þ]")  # as Doc.has_capital reads the folded text
_PERSON_GATE = re.compile("|".join((*_PERSON_WORDS, *_FORM_LABELS, "生徒")))
_PERSON_REACH = 60

_MACHINE_READABLE = re.compile(r"P<[A-Z]{3}(?P<name>[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*)")
_ALSO_WRITTEN = re.compile(rf"(?P<name>[{_KANA}]{{2,8}}(?:[ \u3000][{_KANA}]{{2,8}}){{1,3}})[ \u3000]?と(?:書く|表記)")
_ALSO_WRITTEN_REACH = 40
_JSON_KANA = re.compile(rf"\"(?:kana|name_kana|furigana|yomi)\"[ ]?:[ ]?\"(?P<name>[{_KANA}]{{1,10}}[ \u3000][{_KANA}]{{1,10}})\"")


def _a_persons(name: str, public: PublicNames) -> bool:
    return name not in public and _BODY_WORD.search(name) is None and not is_generic(name)


@needs("・")
def names_with_dotted_readings(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """A Latin or spaced kanji name and its ・-joined katakana reading in the bracket after it: both spans."""
    found: list[tuple[int, int]] = []
    if "・" not in text or "(" not in text:
        return found
    for reading in _DOTTED_READING.finditer(text):  # opens with its literal bracket
        before = _NAME_BEFORE_READING.search(text, max(0, reading.start() - _READING_REACH), reading.start())
        if before is not None and _a_persons(before.group("name"), public):
            found += [before.span("name"), reading.span("kana")]
    return found


@needs(capital=True)
def names_after_a_persons_word(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """A Latin name, or a kanji surname with a Latin or katakana given name, after a kin or person's word and its particle,
    or after a foreign form's person label. Called only for a text holding a capital letter; read only around each
    person's word found."""
    found: list[tuple[int, int]] = []
    if _CAPITAL.search(text) is None:  # its need (@needs): the same when called directly
        return found
    for word in _PERSON_GATE.finditer(text):
        match = _AFTER_PERSON.match(text, word.start(), min(len(text), word.start() + _PERSON_REACH))
        if match is not None and _a_persons(match.group("name"), public) and _has_a_foreign_part(match.group("name")):
            found.append(match.span("name"))
    return found


def _has_a_foreign_part(name: str) -> bool:
    """A Latin letter or a katakana given name: the names the other readings miss (kanji pairs are theirs)."""
    return any((ch.isalpha() and ord(ch) < 0x2000) or "ァ" <= ch <= "ヺ" for ch in name)


@needs("<<")
def machine_readable_names(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """A passport's machine-readable name: P<, the issuing state, the surname, <<, the given names."""
    if "<<" not in text:
        return []
    return [m.span("name") for m in _MACHINE_READABLE.finditer(text) if m.group("name") not in public]


@needs("と書く", '"kana', '"furigana', '"yomi', '"name_kana')
def names_also_written(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """A spaced katakana name said to be how a name is also written, and a JSON record's kana field."""
    found: list[tuple[int, int]] = []
    at = text.find("と書く")
    while at != -1:
        match = _ALSO_WRITTEN.search(text, max(0, at - _ALSO_WRITTEN_REACH), at + 3)
        if match is not None and match.group("name") not in public:
            found.append(match.span("name"))
        at = text.find("と書く", at + 3)
    if '"kana' in text or '"furigana' in text or '"yomi' in text or '"name_kana' in text:
        found += [m.span("name") for m in _JSON_KANA.finditer(text) if m.group("name") not in public]
    return found
