"""Postal codes and street addresses down to the house number.

  〒189-0001 / 〒1890001 / 189-0001 (a postal code, with or without 〒)
  東京都すみれ市本町二丁目3番4号 / 本町2丁目3番地の4 / 本町2-3-4 サンハイツ203号室
  すみれ市緑町1の2の3 (numbers joined by の) / 住所は栄二丁目4番5号 (a town after 住所, 自宅 …)
A place name alone (すみれ市本町, 本町3丁目) is public geography, not an address:
an address needs a house number (番, 番地, 号, or digits joined by dashes or の) right
after a place name that ends in 都道府県・市区町村・町名, or after a word that says it is
where a person lives (住所, 自宅, 居所, 転居先 …), or as an item of a list of a person's
particulars (山田 花子、栄2-3-4、S52.3.14: see particulars), or in a table column headed 住所.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..city_hall_addresses import OFFICE_WORDS as CITY_HALL_WORDS
from ..city_hall_addresses import a_city_halls_address
from ..facilities_rows import a_room, in_a_facilitys_own_column
from ..foreign_addresses import addresses_abroad
from ..lot_columns import LOT_WORD, an_old_lot_beside_its_new_address, in_a_fields_lot_column
from ..model import Doc
from ..names.public import PublicNames
from ..particulars import (
    beside_particulars,
    in_row_of_a_company,
    is_business_place,
    is_private_name,
    item_around,
    names_a_private_person,
    table_cells,
)
from ..post_office_addresses import addresses_at_a_post_office
from ..reception_numbers import after_a_reception_word
from ..romanised_addresses import city_first_romanised_addresses
from ..scan import anchored_finditer, line_anchored_finditer
from ..text import HIRAGANA, HYPHEN, KANJI, KANJI_CHARACTERS, KATAKANA, NO_DIGIT_AFTER, NO_DIGIT_BEFORE, skip_particle
from ..things_number_labels import a_things_labelled_number, in_a_lots_column
from ..wrapped import wrapped_rows

TYPE = "postal_address"

_NUM = r"(?:[0-9]{1,4}|[一二三四五六七八九十〇壱弐参拾]{1,3})"
_PREF = rf"(?:[{KANJI}]{{1,3}}(?:都|道|府|県))"
_MUNI = rf"(?:(?:[{KANJI}{KATAKANA}]{{1,6}}?|[{HIRAGANA}]{{2,5}})(?:市|区|郡|町|村))"
# A town name: kanji and katakana with hiragana at its start or inside, never at its end
# (ひばりが丘, 美しが丘, つつじヶ丘西, 緑の丘, たまプラーザ); inside, not a particle (住所は栄…); (round Y) nor a particle
# before the kanji (わたしは|若葉台…).
_TOWN = rf"(?:(?:[{HIRAGANA}]{{2,5}}(?<![はをにで])(?=[がヶケの{KANJI}]))?[{KANJI}{KATAKANA}がヶ](?:[{KANJI}{KATAKANA}]|(?![はをにでともへや])[{HIRAGANA}ケ]{{1,3}}(?=[{KANJI}{KATAKANA}])){{0,6}}(?:(?<=通)り)?)"  # 駅前通り
# (round Z) A rural town in its 大字 and 字 (すみれ市大字上谷戸字中島1843番地2, …市上谷戸字中島…): longer than a town's
# seven characters, so read as its own shape, 字 between two kanji names.
_RURAL_TOWN = rf"(?:(?:大字)?[{KANJI}]{{1,5}}字[{KANJI}](?:[{KANJI}]|[ノヶケ](?=[{KANJI}])){{0,4}})"  # (round AB) 字西ノ入
# (round AI) A 字 and a bare lot number after its name (山梨県北杜市長坂町大八田字下村2240): a rural address as a register writes it,
# with no 番地. Read only around 字; the municipality before it is required.
_RURAL_LOT = re.compile(rf"{_PREF}?{_MUNI}+{_RURAL_TOWN}[0-9]{{1,5}}(?![0-9番-])")  # with 番 it is the main scan's (a land lot's too)
_AZA_ANCHOR = re.compile("字")
_RURAL_LOT_BEFORE = 24
# (round Y) A house's numbers said aloud with の between the parts, in kanji numerals too (三丁目の九番地の二,
# 二丁目十四の六, 一丁目の十の三, 2丁目の6の11): at least two parts after 丁目, the last one no longer a number.
# A comma may part them as a speaker pauses (北町の一丁目、八番地の十五), and a building's room may follow (、ハイム北町の二〇三).
_SPOKEN_PARTS = (rf"{_NUM}丁目[の、]?{_NUM}(?:番地?の{_NUM}|の{_NUM}(?:の{_NUM})?)(?![0-9一二三四五六七八九十〇])"
                 rf"(?:、[{KATAKANA}{KANJI}]{{2,12}}の(?:[0-9]{{3,4}}|[一二三四五六七八九〇]{{3,4}})(?:号室?)?(?![0-9一二三四五六七八九十〇]))?")
_HOUSE = (
    rf"(?:{_SPOKEN_PARTS}"
    rf"|{_NUM}丁目{_NUM}番(?!目)地?(?:の?{_NUM}号?(?:{HYPHEN}[0-9]{{1,4}})?)?"  # 3番地1-1502: a flat
    rf"|{_NUM}丁目{_NUM}(?:{HYPHEN}{_NUM}|の[0-9]{{1,4}}(?![0-9]|{HYPHEN})){{0,2}}"  # (round X) 一丁目22の7, said aloud
    rf"|{_NUM}丁(?!目)[0-9]{{1,4}}(?:{HYPHEN}[0-9]{{1,4}})?"  # (round W) a lot in 丁 as some cities write it (…町2丁386)
    rf"|{_NUM}番(?!目)地?(?:の{_NUM}|{_NUM}(?:{HYPHEN}[0-9]{{1,4}})?号|(?<=地)(?:[一二三四五六七八九十壱弐参拾]{{1,3}}(?![{KANJI}])|[0-9]{{1,4}}))?"  # 十番地一, (round Z) 1843番地2; (round BN) 5番3-1205号: a flat
    rf"|[0-9]{{1,4}}{HYPHEN}[0-9]{{1,4}}(?:{HYPHEN}[0-9]{{1,4}})?"
    rf"|[0-9]{{1,4}}の[0-9]{{1,4}}(?:の[0-9]{{1,4}})?)"
)
_BUILDING = rf"(?:[ \u3000]?[{KANJI}{KATAKANA}A-Za-z]{{0,15}}[ \u3000]?[0-9]{{1,4}}号室?)"
_POSTAL = re.compile(
    rf"(?:〒[ \u3000]?[0-9]{{3}}{HYPHEN}?[0-9]{{4}}|{NO_DIGIT_BEFORE}(?<![0-9]{HYPHEN})(?<![A-Za-z{KANJI_CHARACTERS}][-‐‑‒–—―−])"
    rf"[0-9]{{3}}{HYPHEN}[0-9]{{4}}){NO_DIGIT_AFTER}(?!{HYPHEN}[0-9])"  # not the end of a phone number; (round AN) nor
    # the middle or the end of a longer hyphenated number (撤去番号 北口-100-0588: a thing's; a postal code stands alone)
)
# The house number is found first (a fast scan for digits); the place name is then
# matched backwards from it, in the few characters before. (round S) Each look-back ends in \Z, never $:
# searched with endpos at the house number, $ also matches before a newline that ends the window, so the
# line above (a CSV header's last cell, 希望日) was read as the town of a number below it.
_HOUSE_NUMBER = re.compile(rf"{_HOUSE}{NO_DIGIT_AFTER}{_BUILDING}?")
_PLACE_BEFORE = re.compile(
    rf"(?:〒[ \u3000]?[0-9]{{3}}{HYPHEN}?[0-9]{{4}}[ \u3000]?)?{_PREF}?{_MUNI}+(?:{_RURAL_TOWN}|{_TOWN}|(?![のはがをにでともへやか])[{HIRAGANA}]{{2,6}})?"  # おもろまち
    rf"(?:(?<=[{KANJI}]){_NUM}条[東西南北]?)?(?:(?<=[{KANJI}])の)?[ \u3000]?\Z"  # (round T) Hokkaido's 条: 札幌市豊平区月寒東2条14丁目3-21; (round Y) 北町の一丁目
)
# Where a person lives: the place after these words needs no municipality.
_RESIDENCE_BEFORE = re.compile(
    rf"(?:住所|現住所|居所|住居|自宅|転居先|転出先|転入先|実家|連絡先住所|住まい|送付先|送り先|宛先|届け先|届先)(?:地)?"
    rf"(?:は|が|を|の|も|[:：、,（(「 \u3000])*(?P<town>{_TOWN})\Z"
)
# A postal code's lookbehinds keep the engine from skipping ahead: it is read only on the lines that hold
# its 3 + 4 digits, which start at most 2 characters after the match (〒 and a space).
_POSTAL_ANCHOR = re.compile(rf"[0-9][0-9]{{2}}{HYPHEN}?[0-9]{{4}}")  # opens with a class: see scan.py
_POSTAL_BEFORE = 2
_HOUSE_ANCHOR = re.compile(rf"[番丁0-9](?:(?<=番)|(?<=丁)[目0-9]|(?<=[0-9])(?:{HYPHEN}|の)[0-9])")  # 番|丁目|丁9|9-9, opening with a class
_MUNICIPALITY = re.compile("[市区郡町村]")
_LOOK_BACK = 45


# (round M) A rank or a turn is no address (補欠1番, 抽選3番); an address in Latin letters, house
# number first, then the town, the city or ward and Tokyo or a prefecture
# (4-9-12 Hibarigaoka, Sumire-shi, Tokyo).
_RANK = re.compile(r"(?:補欠|順位|順番|抽選|待機|待ち)[0-9]+番$")
_LATIN_ADDRESS = re.compile(
    r"(?<![0-9A-Za-z-])[0-9]{1,4}(?:-[0-9]{1,4}){1,3}(?:[ ,]+[A-Z][A-Za-z]+(?:-(?:machi|cho|chome))?)?,? "
    r"(?:[A-Z][A-Za-z]+-(?:shi|ku|machi|cho|mura|gun)|[A-Z][A-Za-z]+ (?:City|Ward|Town|Village))\b(?:,? (?:Tokyo|Osaka|Kyoto|Hokkaido|[A-Z][a-z]+-(?:ken|fu|to)|[A-Z][a-z]+ Prefecture))?"
)

# (round T) A foreign address in English order: a house number, a street (… Lane, … Road), a town with its
# postcode (Brighton BN1 4QA, Springfield IL 62704) and the country (42 Kingfisher Lane, Brighton BN1 4QA,
# United Kingdom). Read only when the text holds a street's word and a comma after it.
_STREET = r"(?:Street|St\.?|Road|Rd\.?|Lane|Avenue|Ave\.?|Drive|Close|Way|Court|Place|Crescent|Gardens|Terrace|Boulevard|Blvd\.?)"
_FOREIGN_ADDRESS = re.compile(
    rf"(?<![0-9A-Za-z-])[0-9]{{1,5}}[A-Za-z]? (?:[A-Z][a-z]+ ){{1,3}}{_STREET}"
    r"(?:, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?: [A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}| [A-Z]{2} [0-9]{5}| [0-9]{4,5}(?:-[0-9]{4})?)?){1,2}"
    r"(?:, (?:United Kingdom|UK|U\.K\.|England|Scotland|Wales|Ireland|USA|U\.S\.A\.|United States|Canada|Australia|New Zealand))?")
_STREET_ANCHOR = re.compile(rf" {_STREET},")

# (round Q) An address read by OCR word by word (すみれ市 栄町 3 丁目 7 番 2 号 ｸﾞﾗﾝ栄 301): a municipality, a
# town, then 丁目, 番 and 号 each after its number, one space allowed between any two; a building after it
# (half-width kana too). The gate: a spaced 番 or 丁目, which no written-out address holds.
_S = "[ \u3000]?"
_WORD_SPACED = re.compile(
    rf"{_PREF}?{_MUNI}{_S}{_TOWN}{_S}(?:{_NUM}{_S}丁目{_S})?{_NUM}{_S}番地?{_S}{_NUM}{_S}号(?!室)"
    rf"(?:[ \u3000][\uff66-\uff9f{KANJI}{KATAKANA}A-Za-z]{{1,15}}[ \u3000]?[0-9]{{1,4}}(?:号室?)?(?![0-9]))?"
)
# (round S) or the English words (2-6-9-305 Minamidai, Sumire City)
_LATIN_ADDRESS_WORDS = ("-shi", "-ku", "-machi", "-cho", "-mura", "-gun", " City", " Ward", " Town", " Village")  # one of them is in every match


# (round Z) A "house number" that is a phone number after a space (すみれ市立中央図書館 042-000-4100): no house opens with 0 and
# runs to three groups of a phone's length. (round AP) glued after a word too (すみれ市立病院の代表042-000-5300): not after a digit or a hyphen.
_PHONE_SHAPED_HOUSE = re.compile(rf"(?:[ \u3000]|(?<![0-9\-－]))0[0-9]{{1,4}}{HYPHEN}[0-9]{{2,4}}{HYPHEN}[0-9]{{4}}\Z")


# (round AJ) A public building's address, the building the sentence's subject (旧館の住所は住居表示の実施前の「…」、実施後は「…」で、
# 新館は「…」です): the building's, every quoted form of it in the sentence; no person's word between the subject and the value.
_BUILDINGS_SUBJECT = re.compile(r"(?:[旧新本別]館|[旧新]?庁舎|[旧新]施設|会館|公民館|図書館|体育館|センター)(?:の(?:住所|所在地))?は")
_PERSONS_WORD = re.compile("様|さん|氏|君|自宅|宅|世帯|本人")
CITY_HALL_REACH = 48  # (round BV) the city hall's name this far after the address (or its postal code)
_BUILDINGS_REACH = 120


def _a_buildings_address(text: str, start: int) -> bool:
    head = max(text.rfind("。", max(0, start - _BUILDINGS_REACH), start), text.rfind("\n", max(0, start - _BUILDINGS_REACH), start)) + 1
    subject = max(_BUILDINGS_SUBJECT.finditer(text, max(head, start - _BUILDINGS_REACH), start), key=lambda m: m.start(), default=None)
    return subject is not None and _PERSONS_WORD.search(text, subject.end(), start) is None


_POSTCODE_ONLY = re.compile("[0-9]{3}-[0-9]{4}")
# (round BD) one kanji standing alone before the number (a cell's or a line's start, a space, a bracket before it): a
# receipt's series (受135-0211), not a label (郵便番号135-…, 〒 are no such kanji run)
_ONE_KANJI_PREFIX = re.compile(r"[\s|「（(:：、][一-龯]")
# (round AX) a numbered notice or order after its body's name (すみれ市告示第116-12号): the match ends in 第 and the number
_NUMBERED_NOTICE_TAIL = re.compile(r"第[0-9]{1,4}(?:-[0-9]{1,4}){1,2}\Z")


def recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    text = doc.folded
    for start, end in _recognize(doc):
        if not _RANK.search(text, start, end) and not _PHONE_SHAPED_HOUSE.search(text, start, end):
            if ("館" in text[max(0, start - _BUILDINGS_REACH) : start] or "庁舎" in text[max(0, start - _BUILDINGS_REACH) : start]
                    or "センター" in text[max(0, start - _BUILDINGS_REACH) : start]) and _a_buildings_address(text, start):
                continue
            if text.startswith("号", end) and text.endswith("第", 0, start):
                continue  # (round AT) 拾第100-0398号, 財契第101-0017号, 第一〇一―〇四五八号: a numbered thing's 第…号, no postal code
            if text.startswith("号", end) and _NUMBERED_NOTICE_TAIL.search(text, start, end):
                continue  # (round AX) すみれ市告示第116-12号: a body's name, 第, a hyphened number and 号 is a notice's number, no address
            if start > 0 and text[start - 1].isascii() and text[start - 1].isalpha() and _POSTCODE_ONLY.fullmatch(text, start, end):
                continue  # (round AV) R109-0001, N110-0420: a postcode's shape after a Latin letter is a number's tail, no postal code
            if start > 1 and _ONE_KANJI_PREFIX.fullmatch(text, start - 2, start) and _POSTCODE_ONLY.fullmatch(text, start, end):
                continue  # (round BD) | 受135-0211 |, 還135-00077: one kanji glued before it, a series' prefix, no postal code
            if (("受付" in text[max(0, start - 8) : start] or "No" in text[max(0, start - 8) : start]
                 or "申" in text[max(0, start - 8) : start]) and _POSTCODE_ONLY.fullmatch(text, start, end)
                    and after_a_reception_word(text, start)):
                continue  # (round BJ) 受付 151-0072, Request No. 153-0218: a receipt's number, no postal code (reception_numbers)
            if "番号" in text[max(0, start - 24) : start] and a_things_labelled_number(text, start, end):
                continue  # (round BF) 公売番号 V から V: an auction lot's number in a postcode's shape, no postal code
            if "|" in text[max(0, start - 3) : start] and in_a_lots_column(text, start, end):
                continue  # (round BF) | 公売番号 | 入札者 | over | V | …: an auction lot's number, no postal code
            if "|" in text[max(0, start - 3) : start] and LOT_WORD in text and in_a_fields_lot_column(text, start):
                continue  # (round BZ) | 組合員 | 田の地番 | … | over | … | 北町字下田188番 |: a field's lot, no home
            if "室" in text[start : start + 5] and a_room(text, start, end):
                continue  # (round BL) 教室3-2, 会議室1-4: a room's number, no address
            if ("\t" in text or "|" in text) and in_a_facilitys_own_column(text, start):
                continue  # (round BL) 登録番号 施設名 所在地 …: a facility's place, in its own column of a facilities' register
            if any(word in text[end : end + CITY_HALL_REACH] for word in CITY_HALL_WORDS) and a_city_halls_address(text, end):
                continue  # (round BV) 〒198-0001 すみれ市本町1-1 すみれ市役所, 〒198-0001は市役所の住所: the city hall's (city_hall_addresses)
            if text.startswith(("の角", "の交差点"), end):
                continue  # (round AT) 北町5-6の角で犬にかまれました: a street corner, a place no one lives at
            if text.startswith("の土地", end) and _LOT_ENDING.search(text, start, end):
                continue  # (round AL) a lot followed by its land (…1206番4の土地にある空家): the land's 地番
            yield start, end
    # (round AD) or 丁目 and 番 each before a space (二丁目 8番 15号: words set apart); " 丁目 " holds "丁目 ", so two scans at most
    if " 番 " in text or ("丁目 " in text and (" 丁目 " in text or "番 " in text)):
        for match in _WORD_SPACED.finditer(text):
            if " " in match.group().strip():
                yield match.start(), match.end()
    if doc.has_capital and _STREET_ANCHOR.search(text):
        for match in _FOREIGN_ADDRESS.finditer(text):
            yield match.start(), match.end()
    if doc.has_capital:
        yield from addresses_abroad(text)  # (round AI) Brazil's and Vietnam's street addresses
        yield from city_first_romanised_addresses(text)  # (round BJ) Sumire-shi Higashi-machi 4-15-2, Sun Heights 103
    if "字" in text:
        for match in anchored_finditer(_RURAL_LOT, text, _AZA_ANCHOR, _RURAL_LOT_BEFORE, 12):
            yield match.span()  # (round AI) 北杜市長坂町大八田字下村2240: a 字's bare lot number
    if doc.has_capital and "-" in text and any(map(text.__contains__, _LATIN_ADDRESS_WORDS)):
        for match in _LATIN_ADDRESS.finditer(text):
            yield match.start(), match.end()
    if "私書箱" in text or "局留" in text:
        yield from addresses_at_a_post_office(text)  # (round BX) すみれ郵便局私書箱第27号, すみれ郵便局留 仁科 (post_office_addresses.py)
    if "ddress:" in text:
        for match in _ENGLISH_LABELLED_ADDRESS.finditer(text):
            yield match.span("address")
    if doc.has_wrapped_table:
        yield from _wrapped_addresses(text)
    if "ょ" in text and _HIRAGANA_CHOME.search(text):  # one character first (a fast search; most minutes hold none), then the word
        for match in _HIRAGANA_ADDRESS.finditer(text):
            yield match.span()
        spoken = [match.span() for match in _SPOKEN_NUMBERS_ADDRESS.finditer(text)]
        yield from spoken
        for match in _SPOKEN_TOWN_ADDRESS.finditer(text):
            if not any(lo <= match.start("place") < hi for lo, hi in spoken):
                yield match.span("place")
    if any(joined.search(text) for joined in _KANJI_NUMERALS_JOINED):
        yield from _kanji_numbered_houses(text)
    if "丁" in text:
        yield from _homes_said_by_town(text)  # (round AC) 家は ひばりが丘3丁目21-7 です: a home said by its town alone
    if ("棟" in text or "館" in text) and _BLOCK.search(text):
        for match in anchored_finditer(_HOUSING_UNIT, text, _BLOCK, before=_HOUSING_BEFORE, after=_HOUSING_AFTER):
            if not _said_an_estates_number(text, match.group("unit")):
                yield match.span()


# (round AB) An address written in hiragana, as a child's form has it (すみれし かみやと 2ちょうめ 5の30,
# すみれしみなみちょう3ちょうめ8の12): a city's name and し (く, ちょう, まち, むら), a town's words, the 丁目 in
# hiragana, then the house's numbers (の or a hyphen between them): a field's whole value.
_HIRAGANA_ADDRESS = re.compile(
    rf"(?<=[\s:：、(「])[{HIRAGANA}]{{1,8}}(?:し|く|まち|むら)[ \u3000]?[{HIRAGANA}]{{0,10}}[ \u3000]?[0-9]{{1,2}}ちょうめ[ \u3000]?"
    rf"[0-9]{{1,4}}(?:の|{HYPHEN}|[ \u3000]?ばんち?の?[ \u3000]?)[0-9]{{1,4}}(?:(?:の|{HYPHEN})[0-9]{{1,4}}|[ \u3000]?ごう)?(?![0-9])")  # 2ばん 3ごう
_HIRAGANA_CHOME = re.compile("ちょうめ")
# (round AD) The same said with its numbers in words, as speech recognition writes them (すみれ市ほんじゅくまち にちょうめ
# じゅうさんのよん): a municipality (kanji or hiragana), the town in hiragana, the 丁目's number word and ちょうめ, then the
# house's number words joined by の.
_NUMBER_WORD = "(?:いち|に|さん|よん|し|ご|ろく|なな|しち|はち|きゅう|く|じゅう|ひゃく|ぜろ|れい|まる)+"
_SPOKEN_NUMBERS_ADDRESS = re.compile(
    rf"(?<![{KANJI}{HIRAGANA}])[{KANJI}{HIRAGANA}]{{1,8}}(?:市|区|町|村)[ \u3000]?[{HIRAGANA}]{{2,10}}[ \u3000]?{_NUMBER_WORD}ちょうめ[ \u3000]?"
    rf"{_NUMBER_WORD}(?:の{_NUMBER_WORD}){{1,2}}(?![{HIRAGANA}])")
# (round AJ) In a transcript with no punctuation the municipality runs into the words before it (じゅうしょがすみれ市ひばりが丘…):
# the place from the town on, right after 市／区／町／村, the town's name holding a kanji (ひばりが丘にちょうめ), the house's numbers
# in number words or kanji numerals, the last in kanji (十五の六: the kana after it is the next word). Read only where ちょうめ stands.
_HOUSE_NUMBER_WORD = f"(?:{_NUMBER_WORD}|[一二三四五六七八九十百]+)"
_SPOKEN_TOWN_ADDRESS = re.compile(
    rf"(?<=[市区町村])[ \u3000]?(?P<place>[{HIRAGANA}][{KANJI}{HIRAGANA}]{{1,9}}?[ \u3000]?{_NUMBER_WORD}ちょうめ[ \u3000]?"
    rf"{_HOUSE_NUMBER_WORD}(?:の{_HOUSE_NUMBER_WORD}){{0,1}}の[一二三四五六七八九十百]+)(?![一二三四五六七八九十百0-9])")  # ends in a kanji numeral
# (round AB) A flat in a housing estate named by its block and room (桜ヶ丘住宅3号棟 105号室, 若葉団地2号館 203号室):
# the block alone is a building (3号棟の外壁), its room is a household's.
# Not after の: the estate then goes on an address already read (…二丁目8番の市営住宅3号棟205号室).
_HOUSING_UNIT = re.compile(
    rf"(?<![{KANJI}{KATAKANA}の])(?:(?<![{HIRAGANA}])[{HIRAGANA}]{{1,5}})?[{KANJI}{KATAKANA}]{{1,12}}(?:(?![はがをにでのともへや])[{HIRAGANA}]{{2,5}}[{KANJI}{KATAKANA}]{{0,6}})?"  # 県営さくら団地; not a particle
    rf"(?:住宅|団地|ハイツ|アパート|マンション|荘)[ \u3000]?"
    rf"(?P<unit>[0-9]{{1,3}}号(?:棟|館)[ \u3000]?[0-9]{{2,4}}号室?)(?![0-9])")
_BLOCK = re.compile("号棟|号館")  # in every match (plain words: read by fast searches); a match starts at most 5 + 12 + 11 + 5 + 1 + 3 before it
_HOUSING_BEFORE, _HOUSING_AFTER = 38, 10
# The minutes may say the unit's numbers are the estate's (住戸番号の3号棟402号室は、市の住宅の番号です): nobody's then.
_ESTATES_NUMBER_SAID = re.compile(r"[ \u3000]?は、?[^。\n]{0,12}(?:住宅|住戸|団地|建物)の番号(?:です|で)")


def _said_an_estates_number(text: str, unit: str) -> bool:
    for written in {unit, unit.replace(" ", "").replace("\u3000", "")}:  # as written here, or run together elsewhere
        position = text.find(written)
        while position >= 0:
            if _ESTATES_NUMBER_SAID.match(text, position + len(written)):
                return True
            position = text.find(written, position + 1)
    return False


def _wrapped_addresses(text: str) -> Iterator[tuple[int, int]]:
    """(round Y) An address column's cell a PDF wrapped (すみれ市中町二丁目 / 11番3号 コーポ中町 / 205): every piece, when the
    pieces joined read as a place and a house number."""
    for row in wrapped_rows(text):
        pieces = row.cell("住所") or row.cell("所在") or row.cell("送付先")
        joined = "".join(text[start:end] for start, end in pieces)
        house = _HOUSE_NUMBER.search(joined)
        if house is not None and _MUNICIPALITY.search(joined, 0, house.start()) is not None:
            yield from pieces


def _recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    text = doc.folded
    for match in line_anchored_finditer(_POSTAL, text, _POSTAL_ANCHOR, _POSTAL_BEFORE):
        yield match.start(), match.end()
    for header, start, end in table_cells(text):
        if _ADDRESS_COLUMN.search(header) or (_PLACE_COLUMN.search(header) and names_a_private_person(text, start)):
            house = _HOUSE_NUMBER.search(text, start, end)
            if (house and _CELL_PLACE.fullmatch(text, start, house.start())
                    and not house.group().startswith("0")  # (round R) | … | ケアマネジャー …センター 042-000-6250 |: a phone
                    and not text.startswith(_A_PLACE_NOT_A_HOME, house.end())  # (round R) 所在 N-0412 北町三丁目12番先: a spot
                    and not in_row_of_a_company(text, start)):  # (round V) 設置者 株式会社…;すみれ市緑町3-2-10: the company's
                named = _NAME_OPENING_CELL.match(text, start, house.start())
                yield (named.end() if named else start), house.end()  # | 住所 | … | 栄2-3-4 |: a town, then a house number
            elif (house is None and _HOME_COLUMN.search(header) and _BARE_LOT_CELL.fullmatch(text, start, end)
                  and not in_row_of_a_company(text, start)):
                yield start, end  # (round OI) | 住所 | すみれ市上谷戸1143 |: a rural home's bare lot number, no 番地
            elif _BUILDING_COLUMN.search(header) and _BUILDING_CELL.fullmatch(text, start, end):
                yield start, end  # (round W) "住所1","住所2" … "すみれ市栄町1丁目7番地13","コーポ栄 101": the building and room
        elif _ENGLISH_ADDRESS_COLUMN.search(header) and _ENGLISH_CELL_ADDRESS.fullmatch(text, start, end):
            yield start, end
        if "地番" in header and an_old_lot_beside_its_new_address(text, header, start, end):
            yield start, end  # (round BZ) | 旧地番 | 新住所 | … | over | 西原字北谷戸1201番地 | …: the household's old address
        if _ADDRESS_COLUMN.search(header) and text[start].isascii() and _STREET_FIRST_ADDRESS.fullmatch(text, start, end):
            yield start, end  # (round AB) | 住所 | Via Roma 21, 20121 Milano, Italia |: a home abroad
        if text.startswith("同", start) and _HOME_COLUMN.search(header) and _SAME_BUILDINGS_ROOM.fullmatch(text, start, end):
            yield start, end  # (round AC) | 住戸 | 同 708号室 |: a flat in the building the row above names
    for house in anchored_finditer(_HOUSE_NUMBER, text, _HOUSE_ANCHOR, before=12, after=40):
        if text.startswith(_A_PLACE_NOT_A_HOME, house.end()) or is_business_place(text, house.start()):
            continue  # 中央二丁目3番先の交差点: a spot on a road; 株式会社…（本店 すみれ市…）: a business's
        if _not_a_home(text, house.start()) or _a_land_lot(text, house.start()):
            continue  # (round V) 対象地　すみれ市若葉町二丁目1518番3: a land lot; 【記載例】 … 住所 すみれ市本町1-1-1: an example
        look_from = max(0, house.start() - _LOOK_BACK)
        place = (_PLACE_BEFORE.search(text, look_from, house.start())
                 if _MUNICIPALITY.search(text, look_from, house.start()) else None)
        if place:
            yield skip_particle(text, place.start()), house.end()
            continue
        residence = _RESIDENCE_BEFORE.search(text, look_from, house.start())
        if residence:
            yield house.start() - len(residence.group("town")), house.end()
            continue
        town = _TOWN_BEFORE.search(text, max(0, house.start() - 12), house.start())
        if town is None and "の" in house.group() and _SPOKEN_HOME.match(text, house.start()) is not None:
            town = _TOWN_AFTER_PARTICLE.search(text, max(0, house.start() - 12), house.start())  # わたしはひばりが丘三丁目の…
        if town and _RESIDENT_AFTER.match(text, house.end()):
            yield town.start(), house.end()  # 青葉台2-3-4在住の方
            continue
        if (town and not house.group().startswith("0") and not _NOT_A_TOWN.search(town.group())
                and (_is_listed(doc, town.start(), house.end()) or _after_a_name(doc, town.start())
                     or _SPOKEN_HOME.match(text, house.start()) is not None)):
            yield town.start(), house.end()
            continue
        if town is None and "番" in house.group() and (_HOUSEHOLD_AFTER.match(text, house.end())
                                                       or _HOME_NUMBER_LABEL.search(text, max(0, house.start() - 40), house.start())):
            yield house.start(), house.end()  # (round Y) 十二番地の六の仲宗根さんの票 / 自宅の番地　誤 三番地の十七


# (round Y) A house number alone, then whose household it is (十二番地の六の仲宗根さんの票, 3番地の田中様方), or after a label that
# says it is a home's number (自宅の番地　誤 三番地の十七; 住所の番地は): the number names a home without its town.
_HOUSEHOLD_AFTER = re.compile(rf"の[{KANJI}]{{1,4}}(?:さん|様|さま)(?:の|宅|方|家)")
_HOME_NUMBER_LABEL = re.compile(r"(?:住所|自宅|居所|お宅)の(?:番地|地番)(?:は|が)?[ \u3000:：]*(?:誤[ \u3000:：]*(?:[^\n正]{1,16}正[ \u3000:：]*)?)?\Z")


# (round X) A town, its 丁目 and a house's two numbers joined by の, as a caller says them (ひばりが丘一丁目22の7です):
# a home even without the city before it.
# (round Y) in kanji numerals and with の after 丁目 too, before に住む (…三丁目の九番地の二に住む), なんだ, or a last の、
_SPOKEN_HOME = re.compile(rf"{_SPOKEN_PARTS}(?:の?(?:です|。|、|」)|に住|なん)")


# After the house number, a place that is no one's home: 番先 / 番地先 (in front of a lot, a road),
# 付近, 周辺, 地内.
_A_PLACE_NOT_A_HOME = ("先", "地先", "付近", "周辺", "地内")
# A record printed with spaces only: 「ｸﾎﾞﾀ ﾄｼｵ ひばりが丘1-11-2 大人1名」 — a private name, a space, the address.
_NAME_BEFORE = re.compile(r"(?:[\uff66-\uff9f]{2,}[ \u3000][\uff66-\uff9f]{2,}|[^ \u3000、。]{1,6}[ \u3000][^ \u3000、。]{1,6})[ \u3000]$")


def _after_a_name(doc: Doc, start: int) -> bool:
    name = _NAME_BEFORE.search(doc.folded, max(0, start - 16), start)
    return name is not None and is_private_name(name.group().rstrip(" \u3000"), PublicNames.of(doc.context.public_names))

# (round Y) A contact cell that opens with its person's full name (| 雑賀 利夫 すみれ市西町4-17-2 |): the address after it.
_NAME_OPENING_CELL = re.compile(rf"[{KANJI}]{{1,4}}[ \u3000][{KANJI}{HIRAGANA}{KATAKANA}]{{1,4}}[ \u3000]+(?=[^ \u3000]{{1,8}}[市区町村])")
_ADDRESS_COLUMN = re.compile("住所|居所|所在|送付先|転居先|転出先|住まい|自宅|連絡先")
# (round AC) A home said by its town, 丁目 and house numbers alone, without the city (家は ひばりが丘3丁目21-7 です, 自宅は栄町2丁目4番6号):
# the home's word and は say whose it is.
# Read from each 丁目: the home's word and the town behind it, the house's numbers after it.
_HOME_WORD_AND_TOWN = re.compile(rf"(?:家|自宅|住まい|住所|うち)は[、 \u3000]?(?P<town>[{KANJI}{HIRAGANA}{KATAKANA}]{{2,8}}[0-9]{{1,2}})\Z")
_CHOME_AND_HOUSE = re.compile(rf"丁目[ \u3000]?[0-9]{{1,4}}(?:(?:{HYPHEN}|番地?の?)[0-9]{{1,4}}){{0,2}}号?(?![0-9])")
_TOWN_REACH = 16


def _homes_said_by_town(text: str) -> Iterator[tuple[int, int]]:
    position = text.find("丁目")
    while position >= 0:
        lo = max(0, position - _TOWN_REACH)
        town = _HOME_WORD_AND_TOWN.search(text, lo, position) if text.find("は", lo, position) >= 0 else None
        if town is not None and (house := _CHOME_AND_HOUSE.match(text, position)) is not None:
            yield town.start("town"), house.end()
        position = text.find("丁目", position + 2)
# (round AC) A room in the same building as the row above (| 住戸 | 同 708号室 |, 同 302号): 同, then the room's number.
_HOME_COLUMN = re.compile("住所|居所|住戸|住居|自宅|部屋|居室|送付先")
# (round OI) A home column's cell holding a municipality, a town and a bare lot number (すみれ市上谷戸1143), as a rural
# register writes a home without 番地: the whole cell (a land's 所在 column is not a home's).
_BARE_LOT_CELL = re.compile(rf"{_PREF}?{_MUNI}+{_TOWN}[0-9]{{1,5}}")
_SAME_BUILDINGS_ROOM = re.compile(r"同(?:じ)?[ \u3000]?(?:[0-9]{1,2}(?:階|F)[ \u3000]?)?[0-9]{1,4}号室?")
# (round X) A place column (設置場所, 工事場所) in a row whose applicant is a private person named in full: the grant's
# work stands at the applicant's home (| 雨34-013 | 梶ケ谷 修 | 南台２丁目１３番１号 |).
_PLACE_COLUMN = re.compile("場所$")
# (round W) An address's second column (住所2, 方書, 建物名) holds a building and its room alone: a name, then the room.
_BUILDING_COLUMN = re.compile("住所[2２]|方書|建物")
_BUILDING_CELL = re.compile(rf"[{KANJI}{KATAKANA}A-Za-z][{KANJI}{KATAKANA}A-Za-zー・]{{0,15}}[ \u3000]?[0-9]{{1,4}}(?:号室?)?")
# (round U) An English register's Address column and an address in English order in it, a room before the house
# number and the town, city and prefecture after it (Room 206, 2-3-11 Kitamachi, Sumire, Tokyo): the whole cell.
# (round AB) An address abroad written street first, as most of Europe and Latin America write it: the street's words,
# the house number, a comma, the postcode and the town, the country after a comma (Via Roma 21, 20121 Milano, Italia;
# Rua das Flores 120, 4050-262 Porto): in an address column's cell.
_STREET_FIRST_ADDRESS = re.compile(
    r"[A-Z][A-Za-zÀ-ÿ'.]+(?: [A-Za-zÀ-ÿ'.]+){0,4} [0-9]{1,5}[A-Za-z]?(?:/[0-9A-Za-z]{1,4})?,"
    r" (?:[A-Z]{1,2}-)?[0-9]{4,5}(?:-[0-9]{3})? [A-Z][A-Za-zÀ-ÿ' -]{1,30}(?:, [A-Z][A-Za-zÀ-ÿ ]{1,30})?")
_ENGLISH_ADDRESS_COLUMN = re.compile("^(?:Home |Postal |Mailing )?[Aa]ddress$")
_ENGLISH_CELL_ADDRESS = re.compile(r"(?:(?:Room|Apt\.?|Flat|Unit|#) ?[0-9A-Z-]+,? )?[0-9]{1,4}(?:-[0-9]{1,4}){1,3},? [A-Z][A-Za-z-]+(?:,? [A-Z][A-Za-z-]+){0,4}")
# (round X) After an English record's Address label, an address in English order with its flat and building first
# (Address: Apt 5, Kitamachi Heights, 2-11-4 Kitamachi, Sumire): no -shi or City needed after the label.
_ENGLISH_LABELLED_ADDRESS = re.compile(
    r"(?<![A-Za-z])(?:Home |Postal |Mailing )?[Aa]ddress: (?P<address>(?:(?:Room|Apt\.?|Flat|Unit|#) ?[0-9A-Z-]+, )?"
    r"(?:[A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+){0,3}, )?[0-9]{1,4}(?:-[0-9]{1,4}){1,3},? [A-Z][A-Za-z-]+(?:,? [A-Z][A-Za-z-]+){0,4})")
_CELL_PLACE = re.compile(rf"(?:〒?[ \u3000]?[0-9]{{3}}{HYPHEN}?[0-9]{{4}}[ \u3000]?)?[{KANJI}{KATAKANA}{HIRAGANA}〃 \u3000]{{1,30}}")  # (round AT) 〃: the town of the row above
# After the house number: who lives there (在住, お住まい) or whose house it is (の山田様方, の田中さん宅).
_RESIDENT_AFTER = re.compile(
    rf"[ \u3000]?(?:に|の)?(?:在住|居住|お住まい|住まい)|[ \u3000]?の?[ \u3000]?[{KANJI}{KATAKANA}]{{1,6}}(?:様|さん|氏)?(?:方|宅)(?![{KANJI}])"
)
_NOT_A_TOWN = re.compile("電話|携帯|番号|連絡|内線|記号|コード|ID|No|第")  # 携帯090-1234-5678 is a phone
_TOWN_BEFORE = re.compile(rf"(?<![{KANJI}{KATAKANA}{HIRAGANA}]){_TOWN}\Z")
# (round Y) A town said after a particle, read only before a house's numbers said aloud (わたしは|ひばりが丘三丁目の九番地の二に住む).
_TOWN_AFTER_PARTICLE = re.compile(rf"(?<=[はがもに]){_TOWN}\Z")


def _is_listed(doc: Doc, start: int, end: int) -> bool:
    """A town and house number as an item of a list of a person's particulars (山田 花子、栄2-3-4、S52.3.14)."""
    item = item_around(doc.folded, start, end)
    return item is not None and beside_particulars(doc.folded, *item, PublicNames.of(doc.context.public_names))


# (round V) The land a procedure is about, at an item's head (2. 対象地　すみれ市若葉町二丁目1518番3), is the subject of
# the agenda, not where somebody lives (a lot named in a sentence, 協議書にある地番は…, stays a finding); a form's
# fill-in example on a line of its own that opens with its mark (【記載例】 申請者 すみれ 花子  住所 すみれ市本町1-1-1)
# names no one (an example in a sentence may hold a real person's data: 記入例に、栗林 あかね、…).
_LAND_LABEL = re.compile(r"^[ \u3000]*(?:[-*+・][ \u3000]*|[0-9]{1,2}[.)．][ \u3000]*)?(?:対象地|申請地|対象土地)[ \u3000:：]+$", re.MULTILINE)
_EXAMPLE_LINE = re.compile(r"^[ \u3000]*(?:[-*+・][ \u3000]*)?[【［\[（(〈<](?:記載例|記入例|入力例)[】］\]）)〉>]", re.MULTILINE)


def _not_a_home(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if _EXAMPLE_LINE.match(text, line_start, start) is not None:
        return True
    place = text.rfind("\u3000", line_start, start)
    place = max(place, text.rfind(" ", line_start, start), text.rfind(":", line_start, start), text.rfind("：", line_start, start))
    return place > line_start and start - place <= 24 and _LAND_LABEL.match(text, line_start, place + 1) is not None


# (round AG) A lot named by a word for the land right before its place (申請地 すみれ市大字…1198番, 私道の所在　…1088番4,
# 南側の隣地（旭町二丁目5番地17）, 市有地の中原三丁目1090番1, a register's 土地 すみれ市緑町3丁目214番3): the land's 地番, where
# nobody is said to live. Only the place's own characters may stand between the word and the numbers (no space, no 、),
# so a person's 住所 later on the line is still read. Not 所在地 (an owner's 所在地 is where the owner is) nor 地番 said in
# a sentence (協議書にある地番は…: round V's finding).
_LAND_WORD = re.compile(r"(?:申請地|対象地|対象土地|土地|隣地|所在(?!地)|市有地の|私有地の|公有地の)[ \u3000:：（(]*")
_LAND_REACH = 30
_PLACE_CHARACTERS = re.compile(rf"[{KANJI}{KATAKANA}{HIRAGANA}0-9]*")


# (round AL) A lot named with the land right after it (すみれ市東町三丁目1206番4の土地にある特定空家等): the land's 地番, as
# with the land's word before it; a lot's numbers only (番, 番地, 番N: a residence's 号 is no lot).
_LOT_ENDING = re.compile(r"[0-9]番(?:地)?(?:[0-9]+)?\Z")


def _a_land_lot(text: str, house: int) -> bool:
    lo = max(text.rfind("\n", 0, house) + 1, house - _LAND_REACH)
    if "地" not in text[lo:house] and "所在" not in text[lo:house]:
        return False
    words = list(_LAND_WORD.finditer(text, lo, house))
    return bool(words) and _PLACE_CHARACTERS.fullmatch(text, words[-1].end(), house) is not None


# (round AE) A house's numbers in kanji numerals joined by hyphens (若葉町二ー十四ー七), or by 一 where a vertical-writing OCR
# read the long hyphen as the kanji one (若葉町二一十四一七): three numbers each written as a number is (二, 十四, 七; 一 before
# 十 or after another digit is never one), after a municipality or a home's label. Gated by a run of five numerals and
# hyphens (the class opens the pattern: a fast skip); most minutes hold none.
_KANJI_NUMBER = "(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_KANJI_JOINER = "(?:[ー-]|一)"  # the folded text's hyphen (－ folds to -)
_KANJI_HOUSE_GATE = re.compile("[一二三四五六七八九十][一二三四五六七八九十ー-]{4,10}")
# Every match joins two numerals by one of its joiners: each searched from its own character (a literal first: the engine's
# fast skip; the three searches together cost half the class-led scan's one), the numerals beside it checked after.
_KANJI_NUMERALS_JOINED = tuple(re.compile(f"{joiner}(?<=[一二三四五六七八九十]{joiner})(?=[一二三四五六七八九十])")
                               for joiner in ("一", "ー", "-"))
_KANJI_HOUSE = re.compile(f"{_KANJI_NUMBER}{_KANJI_JOINER}{_KANJI_NUMBER}{_KANJI_JOINER}{_KANJI_NUMBER}")


def _kanji_numbered_houses(text: str) -> Iterator[tuple[int, int]]:
    for run in _KANJI_HOUSE_GATE.finditer(text):
        start, end = run.span()
        if _KANJI_HOUSE.fullmatch(text, start, end) is None:
            continue
        lo = max(0, start - _LOOK_BACK)
        place = _PLACE_BEFORE.search(text, lo, start) or _RESIDENCE_BEFORE.search(text, lo, start)
        if place is not None and place.end() == start and place.start() < start:
            opening = place.start("town") if place.re is _RESIDENCE_BEFORE else place.start()
            yield opening, end
