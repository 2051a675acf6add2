"""Names written in kana only, read by the form around them (round AB).

A foreign name written in katakana with middle dots (グエン・ティ・マイ, マリア・フェルナンダ・ゴメス) and a name
written in hiragana only (しのはら みつき, as a child's form or a lottery list has it) are no word the analyzer
knows as a person's: each is a finding only where the text around it says a person stands there —

  妊婦 グエン・ティ・マイ（2037/09/12生、…）   a kin or a person's word before it, a birth date or an age in brackets after
  サラ・ウィリアムズ（4年） / おぎの そうた（2年）   a pupil's school year in brackets after it
  ヴォルコワ・アンナ 連絡先 … / …（自主防災組織）　連絡先   a contact after it (its group's note in brackets between)
  「もしもし、…のドミトリー・ペトロフです」        a caller naming themself in a quote
  なまえ：かどわき ゆいな                      a name label written in hiragana (a child's form), a column headed なまえ
  かどわき ゆいなさんが                        a hiragana pair closed by an honorific
  A-12区画　しのはら みつき　042(555)3309      a hiragana pair between spaces, a phone or a hiragana address after it

and a hiragana name found once is found again wherever the same words stand (（ちゃん めいりんの母）).
Both are read only around their anchors: a middle dot before katakana, a space between two hiragana.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..needs import needs
from ..particulars import table_cells
from . import analyzer
from .identity_numbers_before import IDENTITY_NUMBER_BEFORE
from .lexicon import KIN
from .public import PublicNames

_KATAKANA = "ァ-ヺー"
_DOT_ANCHOR = re.compile("・(?=[ァ-ヺ])")
# (round AE) 一 between two katakana is a vertical-writing OCR's long hyphen (ル一カス for ルーカス): a letter of the name
_KANA_LETTER = rf"(?:[{_KATAKANA}]|(?<=[ァ-ヺ])一(?=[ァ-ヺ・]))"
_DOTTED_NAME = re.compile(rf"(?<![{_KATAKANA}・])[ァ-ヺ]{_KANA_LETTER}{{1,9}}(?:・[ァ-ヺ]{_KANA_LETTER}{{1,9}}){{1,3}}(?![{_KATAKANA}・])")
_DOTTED_REACH = 42  # four words of ten characters and their dots

# What says a person stands there. Before: a kin word or a person's word and a space (夫 ジョアン・シルヴァ).
_PERSON_BEFORE = re.compile(
    r"(?:^|[\s、。:：(])(?:母|父|夫|妻|長男|長女|次男|次女|息子|娘|祖母|祖父|兄|姉|弟|妹|妊婦|産婦|本人|児童|生徒|申請者|相談者|利用者|保護者)"
    r"(?:の)?[ \u3000]?\Z")
# After: a birth date or an age in brackets, a school year in brackets, a contact (a note in brackets first).
_PERSON_AFTER = re.compile(
    r"\((?:[^()\n]{0,16}?[0-9]生|[0-9]{1,3}歳[)、]|[0-9]年生?\))"  # an age alone: an event's ages (0歳～1歳) are no one's
    r"|[、,][ \u3000]?(?:[0-9]{1,3}歳|[^、,()\n]{0,14}?[0-9]生)"  # （グエン・ティ・ラン、35歳）
    r"|(?:\([^()\n]{1,12}\))?(?:[ \u3000]+の?|[ \u3000]*)(?:連絡先|電話|携帯|メール)"  # の only after a space: a group's の連絡先 is the group's
    r"|[ \u3000]+\(?0[0-9]{1,4}[-() ]{0,2}[0-9]{1,4}[-() ]{0,2}[0-9]{3,4}(?![0-9])")  # - チェン・リー　090-…
# (round BR) After: an age alone in brackets when the line goes on to a phone (3. ファン・ヴァン・ドゥク（27）元技能実習生 080-…):
# an event's ages (（0～1）) hold no phone after them.
_AGE_THEN_PHONE_AFTER = re.compile(r"\([0-9]{1,3}\)[^\n]{0,30}?0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}(?![0-9])")
# (round BR) Before: an identity card's or a passport's word and its number, then a space (在留カード　AB73519024CD　ムハンマド・アリフ):
# names/identity_numbers_before.py's IDENTITY_NUMBER_BEFORE.
_IDENTITY_REACH = 36
# A body's word right before the words (NPO法人ハート・ネット, 株式会社…): a group's or a firm's name.
_BODY_BEFORE = re.compile(r"(?:法人|会社|団体|グループ|サークル|クラブ|協会|組合)[ \u3000]?\Z")
# A person's word ending in 者 or 人 and a colon (受講者：, 申込人：): a list of people follows; and the next name of that list.
_PERSONS_LABEL_BEFORE = re.compile(r"[一-龯]{1,5}[者人][ \u3000]*[:：][ \u3000]*\Z")
# (round AE) a record's field opening its line, a person's label and an ideographic space (受賞者　ル一カス・ヘルマン)
_PERSONS_FIELD_OPENING_LINE = re.compile("[一-龯]{1,5}[者人]\u3000+")
# A caller naming themself: です／と申します after the name, a quote opened before it on the line and not closed.
_SELF_NAMED_AFTER = re.compile("です|と申します|といいます")
_QUOTE_REACH = 40


def _ocr_long_mark(text: str, at: int) -> bool:
    """(round AE) 一 right after a katakana letter: an OCR's long mark (ソフィ一・…)."""
    return text[at] == "一" and at > 0 and "ァ" <= text[at - 1] <= "ヺ"


@needs("・")
def dotted_katakana_names(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Katakana names joined by middle dots where the text says a person stands there."""
    if "・" not in text:
        return []
    found: list[tuple[int, int]] = []
    last = -1
    for anchor in _DOT_ANCHOR.finditer(text):
        if anchor.start() < last or not anchor.start() or not ("ァ" <= text[anchor.start() - 1] <= "ー" or _ocr_long_mark(text, anchor.start() - 1)):
            continue
        match = _DOTTED_NAME.search(text, max(0, anchor.start() - _DOTTED_REACH), anchor.end() + _DOTTED_REACH)
        while match is not None and match.end() <= anchor.start():
            match = _DOTTED_NAME.search(text, match.end(), anchor.end() + _DOTTED_REACH)
        if match is None or match.start() > anchor.start():
            continue
        start, end = match.span()
        last = end
        if match.group() in public:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if _BODY_BEFORE.search(text, max(line_start, start - 8), start):
            continue
        listed = bool(found) and found[-1][1] == start - 1 and text[start - 1] in "、,"  # ホセ・ガルシア、ルイス・ペレス
        if ((listed or _PERSON_BEFORE.search(text, max(line_start, start - 12), start)
             or _PERSONS_LABEL_BEFORE.search(text, max(line_start, start - 12), start)
             or _PERSONS_FIELD_OPENING_LINE.fullmatch(text, line_start, start)
             or _PERSON_AFTER.match(text, end)
             or _AGE_THEN_PHONE_AFTER.match(text, end)
             or IDENTITY_NUMBER_BEFORE.search(text, max(line_start, start - _IDENTITY_REACH), start)
             or (_SELF_NAMED_AFTER.match(text, end) and _in_an_open_quote(text, max(line_start, start - _QUOTE_REACH), start)))
                and not _loanwords_only(match.group())):
            found.append((start, end))
    return found


def _loanwords_only(words: str) -> bool:
    """Every word one the analyzer reads as a common noun (コミュニティ・スクール, ワーク・ライフ・バランス): a thing's name;
    a person's name holds a word it reads as a name, a proper noun or an unknown word (ヴォルコワ, アンナ)."""
    return all(token.is_common_noun for word in words.split("・") for token in analyzer.analyse(word))


def _in_an_open_quote(text: str, lo: int, hi: int) -> bool:
    opened = text.rfind("「", lo, hi)
    return opened >= 0 and text.find("」", opened, hi) < 0


# Each anchor opens with its literal space (read by a fast search) and holds hiragana on both sides of it, or katakana
# before it and a kanji after it (kin_katakana_kanji_names): one scan per space for both readings, kept for the text.
_KANA_SPACES = tuple(re.compile(space + "(?:(?<=[ぁ-ゖ].)(?=[ぁ-ゖ])|(?<=[ァ-ヺー].)(?=[一-龯]))") for space in " \u3000")


@lru_cache(maxsize=2)
def _kana_spaces(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The spaces between two hiragana, and those between katakana and a kanji, in order."""
    hiragana: list[int] = []
    katakana: list[int] = []
    for pattern in _KANA_SPACES:
        for match in pattern.finditer(text):
            (hiragana if "ぁ" <= text[match.start() - 1] <= "ゖ" else katakana).append(match.start())
    return tuple(sorted(hiragana)), tuple(sorted(katakana))


_HIRAGANA_NAME = re.compile(r"(?<![ぁ-ゖー])[ぁ-ゖ]{2,6}[ \u3000][ぁ-ゖ]{2,5}(?![ぁ-ゖー])")
# (round BP) and a form's person written in hiragana (だいひょうしゃ：, もうしこみしゃ：, しんせいしゃ：), as a child's form has it
_HIRAGANA_LABEL = re.compile(r"(?:お?なまえ|しめい|ほごしゃ|だいひょうしゃ|もうしこみしゃ|しんせいしゃ)(?:[ \u3000]*[:：][ \u3000]*|[ \u3000]+)\Z")
# The pair opens a field: the line's start, a list item's mark, an ideographic space, a colon (the text read before the pair
# is at most its line: ^ is the line's start only when the whole of it is read).
# (round BZ) or a list's next pair after the bracket closing the one before and 、 (みずの そうた（小3）、みずの めい（年長）)
_FIELD_BEFORE = re.compile(r"(?:^|[\u3000:：]|^[ ]*(?:[-*+・]|[0-9]{1,2}[.)])[ \u3000]+|\)、)\Z")
# A hiragana pair closed by an honorific (かどわき ゆいなさん): the given name is read lazily up to it.
# Not a sentence's words before 皆さん or a kin word (きょうは みなさん, きのう おかあさん): the first word ends in no particle
# but の (ひらの is a surname), the second is no kin or plural word.
_HONORIFIC_PAIR = re.compile(r"(?P<name>[ぁ-ゖ]{1,5}[ぁ-ゖ](?<![はがをにでへとも])[ \u3000]"
                             r"(?!(?:みな|みんな|おかあ|おとう|おにい|おねえ|おじい|おばあ|おじ|おば|かあ|とう|にい|ねえ)(?:さん|さま|ちゃん|くん))"
                             r"[ぁ-ゖ]{2,4}?)(?:さん|くん|ちゃん|さま|様)(?![ぁ-ゖ]{2})")
_PAIR_OPENS_AFTER = re.compile(r"(?:^|[\s、。「(:：])\Z")
# A table's column headed by a hiragana name label (| なまえ | がくねん |): its hiragana pairs are names.
_HIRAGANA_NAME_HEADER = re.compile(r"(?:お?なまえ|しめい)")
_HIRAGANA_NAME_WORD = re.compile("なまえ")  # a search for the word (faster than `in`); しめい alone as a header is not read
_HIRAGANA_CELL = re.compile(r"[ぁ-ゖ]{2,6}[ \u3000]?[ぁ-ゖ]{2,5}")
# (round BP) a school year with a note after it ((2年、児童番号 …)), a full birth date in brackets ((2151年1月30日), (令和3年…))
_CONTACT_FIELD_AFTER = re.compile(
    r"\((?:[0-9]年生?|[0-9]ねん(?:せい)?|[小中][0-9]|年長|年中|年少)[)、,]"  # (round BZ) a pupil's (小3) or a nursery class (年長)
    r"|\((?:(?:19|20|21)[0-9]{2}|(?:昭和|平成|令和)[0-9元]{1,3})年[0-9]{1,2}月[0-9]{1,2}日(?:\([月火水木金土日]\))?\)"
    r"|\u3000[ \u3000]*(?:\(?0[0-9]{1,4}[-() ]{0,2}[0-9]{1,4}|[ぁ-ゖ]{2,8}し[ \u3000]?[ぁ-ゖ]{0,10}[ \u3000]?[0-9]{1,2}ちょうめ)")
# (round BP) nor a first word closed by the topic's or the object's particle (きょうは あめ（…）)
_NOT_A_NAME = re.compile("から|まで|です|ます|でした|ください|について|ちょうめ|[はを][ \u3000]")


def hiragana_full_names(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Two hiragana words set apart by a space where a name's label, a school year or a contact field says a person
    stands there; and every other place the same two words stand."""
    spaces = _kana_spaces(text)[0]
    names: set[str] = set()
    for space in spaces:
        word = space  # the hiragana word right before the space: the pair starts there
        while word > 0 and space - word < 7 and "ぁ" <= text[word - 1] <= "ゖ":
            word -= 1
        line_start = text.rfind("\n", 0, word) + 1
        before = text[max(line_start, word - 12) : word]
        match = _HIRAGANA_NAME.match(text, word)
        if match is None or _NOT_A_NAME.search(match.group()) or match.group() in public:
            honorific = _HONORIFIC_PAIR.match(text, word)
            if honorific is not None and _PAIR_OPENS_AFTER.search(before) and not _NOT_A_NAME.search(honorific.group("name")):
                names.add(honorific.group("name"))
            continue
        if _HIRAGANA_LABEL.search(before) or (_FIELD_BEFORE.search(before) and _CONTACT_FIELD_AFTER.match(text, match.end())):
            names.add(match.group())
    if spaces and "|" in text and _HIRAGANA_NAME_WORD.search(text):  # a column's pairs hold spaces between hiragana
        names |= {text[start:end] for header, start, end in table_cells(text)
                  if _HIRAGANA_NAME_HEADER.search(header) and _HIRAGANA_CELL.fullmatch(text, start, end)}
    found: list[tuple[int, int]] = []
    for name in sorted(names):
        position = text.find(name)
        while position >= 0:
            found.append((position, position + len(name)))
            position = text.find(name, position + len(name))
    return found


# A relative named with a katakana surname and a kanji given name (妻の ペトロワ 由紀子 は): a kin word before it, the
# given name one the analyzer knows as a person's. Read only around a space between katakana and a kanji.
_KIN_WORDS = "|".join(KIN)
_KIN_KATAKANA_KANJI = re.compile(
    rf"(?:{_KIN_WORDS})の?[ \u3000]?(?P<name>[ァ-ヺ][{_KATAKANA}]{{1,7}}[ \u3000](?P<given>[一-龯]{{1,3}}))(?![一-龯])")


def kin_katakana_kanji_names(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """A katakana surname and a kanji given name after a kin word."""
    found: list[tuple[int, int]] = []
    for at in _kana_spaces(text)[1]:
        match = next((m for m in _KIN_KATAKANA_KANJI.finditer(text, max(0, at - 12), at + 5) if m.start("name") < at < m.end()), None)
        if match is not None and match.group("name") not in public and analyzer.is_one_person_word(match.group("given")):
            found.append(match.span("name"))
    return found


# A pupil named with their school year in brackets after the name (小櫃 菜々（5年）、おぎの そうた（2年）): a kanji surname,
# a space and a given name the analyzer knows as a person's, however rare the surname. Read from each school year.
_SCHOOL_YEAR = re.compile(r"\([1-6]年生?\)")
_PUPIL = re.compile(r"(?<![一-龯])(?P<name>[一-龯]{1,4}[ \u3000](?P<given>[一-龯]{1,3}|[ぁ-ゖ]{2,4}))\Z")


@needs("年)", "年生)")
def pupils_before_their_school_year(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """A full name right before a pupil's school year in brackets."""
    found: list[tuple[int, int]] = []
    for year in _SCHOOL_YEAR.finditer(text):
        match = _PUPIL.search(text, max(0, year.start() - 10), year.start())
        if (match is not None and match.group("name") not in public
                and (not "一" <= match.group("given")[0] <= "龯" or analyzer.is_one_person_word(match.group("given")))):
            found.append(match.span("name"))
    return found
