"""Insurance and other personal ID numbers, found by the label in front of them.

  被保険者番号 12345678 / 被保険者証 記号 12-34 番号 567 / 基礎年金番号 1234-567890
  運転免許証番号 第123456789012号 / 住民票コード 12345678901 / 旅券番号 TK1234567
  受給者番号 JT-20317 (letters, a hyphen and digits) / 記号番号 すみ12 - 3304
  接種券番号 3320458817 / 在留カード番号 AB12345678CD / ケース番号 K-04417 (a label naming a
  personal document or a person, then 番号 or ID: 患者ID 00412398)
Around the label: a particle, a colon or a bracket (被保険者番号を12345678, 受給者番号「A-20458」,
被保険者番号（12345678）), a document's own number (受給者証の番号は3304512, 受給者証No.12345),
login names (ユーザーID：sumire0412), and the label after the number (12345678（被保険者番号）).
Kanji digits are read as digits (被保険者番号 一二三四五六七八: see text.fold).
A passport number (two letters and seven digits), a residence card number (AB12345678CD), a payment card number (Luhn check, or after
カード) and a vehicle's number plate (多摩 500 あ 12-34) are recognised without a label.
Any other label that numbers something is personal unless it names an office, a business,
a council document or a line of contact: 受診番号 K2113-0082, 登録コード ST-0928-4471, 社員番号 A-10293
(not 電話番号, 法人番号, 議案番号, 郵便番号, 整理番号).
A 第…号 number is personal when a personal document is named just before it:
  身体障害者手帳の写しには第47821号 / 療育手帳 第B-2041号 / 受給者証（第A12-305号）
while 諮問第9号, 条例第7条第1号 or 令和3年第2号 are the council's own numbers.
In a key=value record about a person (name=, tel=, applicant= in its paragraph), a value under a key
naming an identifier (user=, shown=, application_id=, dog_reg_no=) is theirs.
The finding is the number, not the label.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..care_insurance_numbers import CARE_WORD, care_insurance_numbers_after_the_word
from ..dog_tags import TAG_WORD, tag_numbers_after_the_word
from ..facilities_rows import in_a_facilitys_own_column
from ..found_property import (
    a_found_items_number,
    found_items_cells,
    found_items_opening_tab_rows,
    names_the_found_register,
)
from ..groups_registrations import a_groups_registration
from ..header_line_rows import persons_numbers_in_header_rows
from ..hiragana_region_plates import PLATE_WORD, plates_with_hiragana_regions
from ..latin_header_rows import NAME_HEADER, persons_numbers_under_latin_headers
from ..lettered_columns import COLUMN_WORD, values_under_named_letters
from ..listed_persons_numbers import numbers_opening_a_persons_item
from ..machine_addresses import MAC_WORDS, QUERY_WORDS, macs_of_a_persons_device, user_numbers_in_query_strings
from ..machine_readable import passport_numbers
from ..messaging_ids import MESSAGING_APPS, ids_after_a_messaging_app
from ..model import Doc
from ..names.public import PublicNames
from ..needs import called, needs
from ..particulars import PUBLIC_LABEL, beside_particulars, column_header, in_row_of_a_company, table_cells
from ..persons_registrations import (
    CARD_HEADER_WORDS,
    numbers_in_a_card_column,
    registrations_before_a_birth_date,
    registrations_in_brackets_after_a_name,
    roles_certificates,
)
from ..prefixed_licences import prefixed_licence_numbers
from ..public_vehicles import a_public_bus_plate
from ..register_entries import entry_numbers
from ..registration_fields import registrations_in_persons_lines
from ..said_as_a_persons import numbers_said_as_a_persons
from ..said_office_labels import labels_said_an_offices_numbering
from ..said_public_ids import an_id_said_public_after
from ..said_whose_number import said_whose_number_after
from ..scan import anchored_finditer, holds, line_anchored_finditer, unlettered
from ..shown_number_forms import OPENINGS_AFTER as SHOWN_FORMS_OPENINGS
from ..shown_number_forms import a_numbers_form_shown_in_brackets
from ..skill_certificates import CERTIFICATE_WORDS, certificate_numbers_after_their_word
from ..text import HYPHEN, KANJI
from ..things_number_labels import a_things_labelled_number
from ..things_numbers import numbers_a_thing_or_a_notice
from ..things_said import (
    a_citys_policy_before,
    a_machines_number,
    an_instruments_number,
    animals_numbers,
    order_number_labels,
    said_the_citys_contract,
)

TYPE = "personal_id"

_LABELS = (
    "介護保険被保険者番号|後期高齢者医療被保険者番号|被保険者証番号|被保険者番号|"
    "保険証番号|基礎年金番号|年金番号|年金手帳番号|運転免許証番号|免許証番号|旅券番号|"
    "パスポート番号|住民票コード|受給者証番号|受給者番号|手帳番号|障害者手帳番号|"
    "療育手帳番号|宛名番号|世帯番号|学籍番号|患者番号|診察券番号|"
    "カルテ番号|会員番号|利用者番号|被保険者証の記号番号|記号番号|"
    "マイクロチップの?(?:識別)?番号"  # (round T) a pet's microchip, 15 digits: its owner's
)
# Any other number named after a personal document or person: 接種券番号, 在留カード番号, ケース番号, 患者番号.
_PERSONAL_NUMBER_LABEL = (
    "[ァ-ヺー一-龯]{0,6}(?:カード|(?<!整理)券|証|手帳|ケース|児童|生徒|世帯|会員|本人|患者|宛名"
    "|(?:利用|受給|申請|被保険|相談|対象|契約|請求|申出|入所|入居|受験|登録)者|ユーザー?|ログイン|アカウント|お客様|顧客)(?:番号|ID|コード|No\\.?)"
    # (round Z) a person's card or membership with の before 番号 (利用者カードの番号 L0028811, 会員の番号); a thing's card or
    # certificate with の is not read so (定期券の番号 is a bicycle bay's, 確認済証の番号 a building's)
    "|[ァ-ヺー一-龯]{0,4}(?:者カード|会員カード|会員証|会員|患者|お客様)の(?:番号|ID)"
    "|本人[一-龯]{1,6}(?:番号|ID)|受益者番号"  # (round Z) 本人通知登録番号 通-0388; 受益者番号 (a levy's payer)
)  # not 個人番号 (my_number), not 事業者番号 or 法人番号 (public)
_DOCUMENTS = (
    "障害者手帳|療育手帳|精神障害者保健福祉手帳|手帳|受給者証|受給資格者証|被保険者証|保険証|資格確認書|"
    "資格者証|免許証|認定証|許可証|旅券|パスポート|在留カード|通知カード|診察券|登録証|会員証|利用者証|利用券|証明書|医療証"
    "|修了証|免許状|年金証書|学生証"  # (round AP) a course's certificate, a teacher's licence, a pension's certificate: each names its holder
)
_SP = r"[ \u3000]*"
_JOIN = rf"(?:{HYPHEN}|_)"
# (round N) letters, then a year's era letter and its one or two digits: KT-R12-003 (a program, 令和12年, a
# serial); not a device's code (FW-R454-4035, SV-MD1Q-2083 after 設定番号, 登録番号)
# (round P) a kanji group of up to three inside (R14-新訪-0388), or right after the letters (N-夏-017)
# (round X) a system's small letter before the letters (e-KM540077, an e-application's number); SV-MD1Q-2083 stays a code
_NUMBER = (rf"(?:(?:[a-z]{{1,2}}{_JOIN}(?=[A-Z]))?[A-Za-z]{{1,12}}(?:{_JOIN}[MTSHR](?=[0-9]{{1,2}}{_JOIN})|{_JOIN}[{KANJI}]{{1,3}}(?={_JOIN}[0-9]))?{_JOIN}?)?"
           rf"[0-9][0-9A-Za-z]*(?:{_JOIN}[0-9A-Za-z]+|{_JOIN}[{KANJI}]{{1,3}}(?={_JOIN}[0-9]))*")  # sumire-2271, kato_2291, R13-情-0087
# A number a city issues often opens with its own kana or kanji (すみ01-004381, 前-0341, 罹-R7-0031,
# 認第20240153号): up to three of them, then a digit, a hyphen or 第 — never a count or a date
# (番号は令和7年…, 番号をもとに2024年…). Up to four: a school's or an office's short name (すみれ中-1-4-22).
# (round P) half-width kana too (ｷｯﾄ-2033-0457); before 第 at most three (市民活動第0243号 is an office's own numbering).
# (round V) and a second group of them after the first (開-北小-0032: a facility's short name, then the user's number).
_PREFIX = (rf"(?:(?:[ぁ-ゖァ-ヺ\uff66-\uff9f{KANJI}]{{1,4}}{HYPHEN}(?:[ぁ-ゖァ-ヺ{KANJI}]{{1,4}}{HYPHEN})?|[ぁ-ゖァ-ヺ\uff66-\uff9f{KANJI}]{{1,3}}第[ \u3000]?"
           rf"|(?:[ぁ-ゖ]{{2,4}})?[{KANJI}]{{1,3}}[ \u3000](?=[0-9]{{2,4}}{HYPHEN}[0-9]{{4,}})"  # (round Z) an office's kanji, a space, then the number (下受 42-00913)
           # (round AJ) a first group of up to four digits (すみ国 0041-27783)
           # (round AD) a city's kana symbol alone (すみ 04-21873), or a prefecture's kanji and a series letter (都A 73-5082: a
           # bicycle's 防犯登録), then a space and the same shape of number
           rf"|(?:[ぁ-ゖ]{{2,4}}|[{KANJI}]{{1,2}}[A-Z])[ \u3000](?=[0-9]{{2}}{HYPHEN}[0-9]{{4,}})"
           # (round AB) and the city's name in hiragana before them (すみれ国保 01-238845)
           # (round AE) a book's kind and grade before the hyphen and 第 (身1-第40372号, 療B-第8815号: 身体障害者手帳 1級, 療育手帳 B)
           rf"|[{KANJI}]{{1,2}}[0-9A-Z]{HYPHEN}第[ \u3000]?"
           rf"|[ぁ-ゖ]{{2,4}}[{KANJI}]{{1,2}}第[ \u3000]?"  # (round Z) a city's name in hiragana and its office's kanji (すみれ奨第36-0147号)
           rf"|[ぁ-ゖァ-ヺ\uff66-\uff9f{KANJI}]{{1,4}}(?<!第))(?=[0-9A-Za-z]))")
_NOT_A_COUNT = r"(?![0-9A-Za-z]|[ \u3000]?(?:年|件|人|円|枚|冊|名|通|部|か所|箇所|%|歳|月|日|時|分|回|種|級|割|世帯|点))"
# A licence issued in a year and a city: the year's era letter and digits, the city's kana, 第…号 (R3すみれ第0402号).
# (round AP) or a year's digits alone and kanji (第93中一種第114号, a teacher's licence: year, subject, class); a dog's tag
# (第84すみれ第0917号, the city's kana after the year) is the dog's, not read so
_ERA_CITY_NUMBER = (rf"(?:[A-Z][0-9]{{1,2}}[ぁ-ゖァ-ヺ{KANJI}]{{1,4}}|[0-9]{{2,3}}(?!号)[{KANJI}]{{1,4}}(?<!年)(?<!年度))"
                    rf"第[ \u3000]?[0-9]{{2,}}[ \u3000]?号")
# (round X) An insurance card's symbol and number (記号番号): the symbol's kana and digits, a dot, 第…号 (すみ52・第0081463号).
_SYMBOL_AND_NUMBER = rf"[ぁ-ゖァ-ヺ{KANJI}]{{1,4}}[0-9]{{1,4}}[・･][ \u3000]?第[ \u3000]?[0-9]{{3,}}[ \u3000]?号"
_ID = rf"第?[ \u3000]?(?P<id>{_SYMBOL_AND_NUMBER}|{_ERA_CITY_NUMBER}|{_NUMBER}(?:[ \u3000][0-9]{{2,}}(?![0-9]*[年/.月]))*|{_PREFIX}{_NUMBER}(?:[ \u3000]?号)?{_NOT_A_COUNT})[ \u3000]?号?"
# (round AC) a group of digits after a space is the number's own unless a date opens there (団員番号 SF-2-0211　2030年6月2日)
# A name one logs in with (ログインID sumire_hanako58, ユーザーID t.okamoto1949): letters and digits
# joined by _ . or -, with a digit or a joint in it (not a word).
_LOGIN_LABEL = re.compile(
    r"(?:(?:ログイン|ユーザー?|アカウント|利用者|会員|メール|LINE|SNS|(?:電子)?申請)の?(?:ID|名)|LINE[ ]ID|アカウント"  # (round AC) LINE ID  # (round V) 電子申請ID sumire-k0529
    r"|(?:[一-龯]{1,4}(?:人|者|員)(?:の方)?|様|さん|氏)の(?:ID|アカウント))(?:[ \u3000:：\"]|である|は|が|を|で|「)*"  # (round P) JSON: "ログインID": "sz-kanno0315"
    r"(?P<id>(?:(?<=ID)|(?<![A-Za-z0-9._-]))[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*)(?![A-Za-z0-9@._-])"
)
_DOCUMENT_NUMBER = rf"(?:{_DOCUMENTS})(?:[の（(]|[ \u3000](?=No))?(?:番号|記号・?番号|No\.?|ID)"  # 受給者証の番号, 受給者証No., (round Q) 会員証 No.
# (round Q) An English label numbering a personal card or registration: rabies tag No., Member No., Licence No.
_ENGLISH_NUMBER_LABEL = (r"(?:(?<![A-Za-z])(?:[Tt]ag|[Cc]ard|[Mm]ember(?:ship)?|[Aa]pplicant|[Aa]pplication|[Uu]ser|[Cc]lient|[Ll]icen[cs]e|[Rr]egistration|[Pp]atient|[Cc]ustomer"
                         r"|[Pp]olicy|[Ii]nsurance|[Cc]ertificate|[Pp]assport|[Rr]esidence [Cc]ard|[Cc]hip"
                         r"|[Vv]olunteer"  # (round BJ) Volunteer No.: TV-151-0027: a volunteer's registration
                         r") (?:No\.?|ID)|(?<=[Rr]esident )[Rr]ecord (?:No\.?|ID|no\.))")  # (round W) Resident record no.: 5019-2830-77
_ANY_LABEL = rf"(?:{_LABELS}|{_PERSONAL_NUMBER_LABEL}|{_DOCUMENT_NUMBER}|{_ENGLISH_NUMBER_LABEL})"
# (round AL) a tab too: rows pasted from a spreadsheet (ケース番号<TAB>生保C-81-0447)
_AFTER_LABEL = r"(?:[（(][0-9]{1,2}桁[）)]|[ \u3000、,\t]|は|が|を|も|の|として|[:：=＝「『（(`]|誤(?=「))*"  # (round AZ) a Markdown code span (宛名番号 `0007…`)  # (round X) 登録番号は、誤「…」  # 被保険者番号（10桁）0012345678
_LABELLED = re.compile(rf"{_ANY_LABEL}{_AFTER_LABEL}{_ID}")
# (round AJ) a person's qualification's number, with の before 番号 too (資格の番号は赤救第59-30871号, 資格の認定番号 …)
_QUALIFICATION_NUMBER = re.compile(rf"資格(?:の)?(?:認定)?番号{_AFTER_LABEL}{_ID}")
_LABEL_BEHIND = re.compile(rf"(?<![0-9A-Za-z])(?P<id>{_NUMBER}){_SP}[（(](?:{_ANY_LABEL}|{_DOCUMENTS})[）)]")  # 12345678（被保険者番号）
_MARK_NUMBER = re.compile(
    rf"記号{_SP}[:：]?{_SP}(?P<id>[0-9A-Za-z]+(?:{HYPHEN}[0-9A-Za-z]+)*{_SP}番号{_SP}[:：]?{_SP}[0-9A-Za-z]+(?:{HYPHEN}[0-9]+)*)"
)
_NUMBERED = re.compile(rf"(?P<id>(?:(?<=[ \u3000:：（(「])[ぁ-ゖ][ぁ-ゖ{KANJI}]{{0,2}})?第[ \u3000]?(?:[ぁ-ゖ]{{1,2}}(?=[0-9]))?{_NUMBER}[ \u3000]?号)")  # 第 104728 号, す火第2026-1187号, (round AT) 第す2617号
# A number written right after a personal document: 被保険者証には、すみ第0031-88と / 保険証は12345678 /
# 受給者証は北-20417 (the city's kana or kanji and a hyphen before it).
_AFTER_DOCUMENT = re.compile(
    rf"(?:{_DOCUMENTS})(?:には|は|が|に|の)?[ \u3000、,（(「]*(?:記号|番号|記号番号)?[ \u3000:：は]*"
    rf"(?:[ぁ-ゖ{KANJI}]{{1,8}}(?:大学|学院|高校|高等学校)[ \u3000])?"  # (round AP) the school before a student's number (学生証 すみれ大学 2109-LA-0457)
    rf"(?:[ぁ-ゖァ-ヺ]{{1,3}}(?=第?[0-9])|[ぁ-ゖァ-ヺ{KANJI}]{{1,3}}{HYPHEN}(?=[0-9A-Za-z]))?第?(?P<id>{_ERA_CITY_NUMBER}|{_NUMBER})号?"
    r"(?![0-9A-Za-z]|[ \u3000]?(?:年|件|人|円|枚|冊|名|通|部|か所|箇所|%|歳|月|日|時|分|回|種|級|割))"  # not a count
)
_DOCUMENT_BEFORE = re.compile(rf"(?:{_DOCUMENTS})[^。\n第]{{0,12}}$")
_OFFICIAL_NUMBER_BEFORE = re.compile(r"(?:年|年度|諮問|告示|条例|規則|要綱|訓令|議案|指令|条|項)[ \u3000]?$")  # 令和4年第12号
# 国民健康保険の記号番号 often opens with the city's kana or kanji: 記号番号すみ12 - 3304, 記号 すみ12 番号 3456; (round BB) in
# brackets after the label too (保険証の記号番号（すみ国 204 番号 1187）)
_KANA_MARK = re.compile(
    rf"記号(?:番号)?{_SP}(?:[:：は(（]|として)?{_SP}(?P<id>[ぁ-ゖァ-ヺ一-龯]{{1,4}}{_SP}[0-9]{{1,4}}{_SP}(?:{HYPHEN}|[・･]|番号{_SP}[:：は]?){_SP}[0-9]{{2,8}})"
)
# Any other label that numbers something: 受診番号 K2113-0082, 登録コード ST-0928-4471, 整理ID 4471.
# A number issued to a person is what a label names unless it names an office, a business,
# a council document or a line of contact (particulars.PUBLIC_LABEL: 電話番号, 法人番号, 議案番号).
_NUMBER_WORD = r"(?:番号|コード|ID|No\.?|№)"
_ANY_NUMBER_LABEL = re.compile(
    rf"(?P<label>[A-Za-zァ-ヺー一-龯]{{1,8}}(?:{_NUMBER_WORD}|用のコード)|(?<![A-Za-z])ID(?=[ \u3000]*[:：])"  # or ID: alone; (round Q) 受取用のコード
    rf"|(?:受付|申請|申込み?|登録|会員)[ \u3000](?:No\.?|№))"  # (round S) a form's 受付 No.; not 対応記録 No. (the office's log)
    rf"{_AFTER_LABEL}{_ID}"
)
_CORPORATE = re.compile("T?[0-9]{13}")  # a 法人番号 or an invoice registration number (T + 13 digits)
_MY_NUMBER_LABEL = re.compile("個人番号|マイナンバー")
# (round AX) English words ending in id (a record's VALID= key, a receipt's PAID): not a label's ID
_ENDS_AN_ENGLISH_WORD = re.compile(r"(?<![A-Za-z])(?:(?:IN)?VALID|(?:In)?[Vv]alid|invalid|(?:UN|PRE)?PAID|(?:Un|Pre)?[Pp]aid|unpaid|prepaid)\Z")
# (round V) A register of people numbered in its first column under a header without 番号 (| 受付 | 氏名 | 年齢 | … |
# 立-28-014 |): the number is the person's; a register of requests (| 受付 | 要望者 | … | 設置希望場所 |) numbers the requests.
_BARE_RECEIPT_HEADER = re.compile("受付|受理|整理|応募")
_ROSTER_NAME_HEADER = re.compile("氏名|名前|お名前")
# (round T) an export's English header: user_id, member_no (a lowercase key ending in _id／_no)
_NUMBER_HEADER = re.compile(rf"{_NUMBER_WORD}|記号|(?<![A-Za-z0-9])[a-z]+_(?:id|no)$")
# In a cell of its own, also a prefecture and a letter before the digits, as licences and bicycle
# registrations are written (東京 B 4471029, 神奈川 K12-774903).
# (round T) or a kana, as a plate is (東京 す 318442)
_CELL_NUMBER = re.compile(rf"{_ERA_CITY_NUMBER}|[{KANJI}]{{1,4}}[ \u3000]?(?:[A-Z]{{1,2}}[0-9]{{0,3}}|[ぁ-ゖ])(?:{_JOIN}|[ \u3000])?[0-9]{{4,}}"
                          rf"|(?:{_PREFIX})?第?[ \u3000]?{_NUMBER}(?:[ \u3000][0-9]{{2,}})*(?:[ \u3000]?号)?"
                          rf"|[{KANJI}]{{2,4}}[ \u3000]第[ \u3000]?{_NUMBER}[ \u3000]?号")  # (round AZ) | 東京都 第R120-0219号 |
_ROW_NUMBER_HEADER = re.compile(r"(?:No|NO|no)\.?|№|#")
_DOCUMENT_HEADER = re.compile(rf"[一-龯]{{0,4}}?(?:{_DOCUMENTS})(?:の写し)?")  # (round AC) 運転免許証, 在留カード


@lru_cache(maxsize=1024)
def _names_a_document(header: str) -> bool:
    """A column header that names an identity document (| 運転免許証 | 551803374112 |): its cell is that document's number."""
    return _DOCUMENT_HEADER.fullmatch(header) is not None


_NUMBER_WORD_ANCHOR = re.compile(r"番号|コード|ID|No|№")
_ENGLISH_WORD_BEFORE = re.compile(r"[A-Za-z]+ $")
_NOUN_BEFORE = re.compile(r"(?:[A-Za-zァ-ヺー一-龯]+の)?[A-Za-zァ-ヺー一-龯]+$")  # the whole noun the label ends (公用車の管理番号)
_PASSPORT = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}(?:[0-9]{7}|[0-9]{8}[A-Z]{2})(?![A-Za-z0-9])")  # or a residence card
# A payment card: 16 digits in fours (14 or 15 as 4-6-4/4-6-5) whose Luhn sum fits, or any such
# digits after the word カード.
_CARD = re.compile(rf"(?<![0-9])(?:[0-9]{{4}}(?:{_JOIN}|[ \u3000])?[0-9]{{4}}(?:{_JOIN}|[ \u3000])?[0-9]{{4}}(?:{_JOIN}|[ \u3000])?[0-9]{{4}}"
                   rf"|[0-9]{{4}}(?:{_JOIN}|[ \u3000])[0-9]{{6}}(?:{_JOIN}|[ \u3000])[0-9]{{4,5}})(?![0-9])")
_CARD_WORD = re.compile("カード|クレジット|デビット")
# A vehicle's number plate: 多摩 500 あ 12-34 / 品川300さ・・・7 (region, class, kana, number); a class
# number never opens with 0 (携帯080の4421の7706 is a phone read aloud).
_PLATE = re.compile(
    rf"(?<![{KANJI}])[{KANJI}]{{1,4}}[ \u3000]?[1-9][0-9]{{1,2}}[ \u3000]?[ぁ-ゖ][ \u3000]?(?:[0-9・･.]{{1,2}}{_JOIN}?[0-9]{{2}}|[・･.]{{1,3}}[0-9]{{1,3}})(?![0-9])"
)
# (round V) The office's own vehicle (道路課の公用車（多摩 300 さ 1187）, 市の車両 品川…): its plate is no one's.
_OFFICIAL_CAR_BEFORE = re.compile(r"(?:公用車|庁用車|公用バス|市の車両?|市有車両?|市所有の車両?)(?:は|[ \u3000:：])*[（(]?[ \u3000]*$")  # (round AN) 公用車は…
# Where the labelled patterns may match. No match holds a newline (no part of them reads one).
# Every _LABELLED match opens with a label that holds 番号, コード, ID or No, at most 15 characters
# after the match's start: 後期高齢者医療被保険者|番号 (11 before it), [ァ-ヺー一-龯]{0,6} + アカウント|番号
# (6 + 5), 精神障害者保健福祉手帳 + の + 記号・|番号 (11 + 1 + 3, the longest).
_LABEL_ANCHOR = re.compile("番号|コード|ID|No|record no|Record no")  # (round W) Resident record no.
_LABEL_BEFORE = 15
# Every _LABEL_BEHIND match closes with a label or a document's name and a closing bracket; each
# label ends in 番号, コード, ID or No (with or without its dot). The number before it has no bound in
# length, so those lines are read from their start. Only the lines matter, so the anchor is read from
# its bracket: the folded text holds ")" for "）" (text.fold), a literal the regex engine searches for
# (a class of the words' first characters is read at every character); the words stand behind it, each
# in a lookbehind, after one class of their last characters (most brackets close something else).
_LABEL_BEHIND_WORDS = ("番号", "コード", "ID", "No", "No.", *_DOCUMENTS.split("|"))
_LABEL_BEHIND_ANCHOR = re.compile(
    r"\)(?<=[" + re.escape("".join(sorted({word[-1] for word in _LABEL_BEHIND_WORDS}))) + r"]\))"
    + "(?:" + "|".join(rf"(?<={re.escape(word)}\))" for word in _LABEL_BEHIND_WORDS) + ")"
)  # on folded text, the lines of (?:番号|コード|ID|No\.?|{_DOCUMENTS})[）)] (tests/detect/test_anchors.py)
# Passports, cards and plates hold no newline either. A lookbehind at their start keeps the regex
# engine from skipping to a possible first character, so each is read only on the lines that hold
# its anchor: a passport or residence card opens with two capitals and seven digits; a card opens
# with four digits, at most one separator and four digits (in 4-4-4-4 and in 4-6-4); a plate holds
# the last two digits of its class number, at most a space and its kana, the digits at most
# 6 characters after its start (a region of 4 kanji, a space, the class's first digit of 3).
_PASSPORT_ANCHOR = re.compile("[A-Z]{2}[0-9]{7}")
# (round AD) A passport's shape after a thing's number label (車体番号 WB1207734: a bicycle's frame, 製造番号): the thing's.
_THINGS_LABEL_BEFORE = re.compile(r"(?P<label>[ァ-ヺー一-龯]{1,8}(?:番号|No\.?))[ \u3000:：]*\Z")


def _a_things_label_before(text: str, start: int) -> bool:
    label = _THINGS_LABEL_BEFORE.search(text, max(0, start - 14), start)
    return label is not None and PUBLIC_LABEL.search(label.group("label")) is not None
_CARD_ANCHOR = re.compile(rf"[0-9][0-9]{{3}}(?:{_JOIN}|[ \u3000])?[0-9]{{4}}")  # opens with a class: see scan.py
_PLATE_ANCHOR = re.compile("[0-9][0-9][ \u3000]?[ぁ-ゖ]")
_PLATE_BEFORE = 6
# A login label holds ID, 名 or アカウント at most 8 characters after its start ([一-龯]{4}人の方の + ID);
# a 第…号 number holds 第 after at most 3 kana or kanji. Neither holds a newline.
_LOGIN_ANCHOR = re.compile("ID|名|アカウント")
# (round U) A login ID issued anew (事業者が新しいID PLE-58830975 を発行): read on the lines holding its rare opening
# words (a scan of its own: one more alternative in _LOGIN_LABEL cost every login scan 8 %).
_NEW_ID = re.compile(
    r"(?:新しい|新たな|新規の|変更後の|再発行した|再発行の)(?:ログイン)?ID(?:[ \u3000:：\"]|である|は|が|を|で|「)*"
    r"(?P<id>[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*)(?![A-Za-z0-9@._-])"
)
_NEW_ID_ANCHOR = re.compile("新しい|新たな|新規の|変更後の|再発行")
_LOGIN_BEFORE = 8
_NUMBERED_ANCHOR = re.compile("第")
_NUMBERED_BEFORE = 3
_MIN_DIGITS = 4
_MIN_NUMBERED_DIGITS = 3
# (round AG) An insurance's name right before a long 第…号 (介護保険 第0007731842号): the insured person's number, as a
# card's; a short one (介護保険 第3号被保険者, 第2号) is a class or an article.
_INSURANCE_BEFORE = re.compile(r"(?:介護保険|国民健康保険|健康保険|国保|後期高齢者医療)[ \u3000]?\Z")
_MIN_INSURED_DIGITS = 6


# (round U) A short serial after an office's kanji (総公-07: the seventh application of an open call): two digits
# are enough after a label when the number stands among a private person's particulars.
_SHORT_SERIAL = re.compile(rf"[{KANJI}ぁ-ゖァ-ヺ]{{1,3}}{HYPHEN}[0-9]{{2,3}}")


def _enough_digits(number: str) -> bool:
    """Four digits, or (round O) three after letters and a joint under a personal label: 会員番号SG-001."""
    digits = sum(ch.isdigit() for ch in number)
    return digits >= _MIN_DIGITS or (digits >= 3 and _LETTERS_OPEN.match(number) is not None)


_LETTERS_OPEN = re.compile(rf"(?:[A-Za-z]+|[{KANJI}ぁ-ゖァ-ヺ]{{1,3}}(?={HYPHEN}[0-9]{{3}}(?![0-9{HYPHEN}])))"  # (round Q) 通-118: a kanji
                           rf"{_JOIN}(?:[{KANJI}]{{1,3}}{_JOIN})?[0-9]")  # SG-001, (round P) N-夏-017


def recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    said: _SaidNobodys | None = None  # read at the first candidate: most texts hold none (C's bodies: none at all)
    for start, end in _recognize(doc):
        if said is None:
            said = _SaidNobodys.of(doc.folded)
        if not _nobodys(doc.folded, start, end, said):
            yield start, end
    public = PublicNames.of(doc.context.public_names)
    for reading in called(_READINGS, doc):
        yield from reading(doc, public)


@dataclass(frozen=True)
class _SaidNobodys:
    """What a text says makes a candidate number nobody's: its tables' published or unlinked columns, the labels it
    says identify no one, the answers saying so, a lost-and-found register."""

    cells: tuple[tuple[str, int, int], ...]
    unlinked: frozenset[str]
    spans: tuple[tuple[int, int], ...]  # cells of published or unlinked columns, answers saying no one's
    found_register: bool
    said_after: bool

    @classmethod
    def of(cls, text: str) -> _SaidNobodys:
        cells = table_cells(text)
        published = _published_labels(text) if cells else frozenset()
        in_published = [(lo, hi) for header, lo, hi in cells if header in published]
        unlinked = _unlinked_labels(text) | order_number_labels(text) | animals_numbers(text)
        in_unlinked = [(lo, hi) for header, lo, hi in cells if header in unlinked]
        answered = _answers_no_ones(text) if "個人" in text else ()
        found_register = names_the_found_register(text)  # (round AT) a lost-and-found register's numbers
        if found_register:
            in_unlinked += found_items_cells(text, cells)
            in_unlinked += found_items_opening_tab_rows(text)  # (round BT) 受付番号	拾得日	… / 182-遺-031	8/4	…
        said_after = "公表して" in text or "掲載して" in text
        return cls(cells, unlinked, (*in_published, *in_unlinked, *answered), found_register, said_after)


def _nobodys(text: str, start: int, end: int, said: _SaidNobodys) -> bool:
    """The candidate at start:end is a number the text says is nobody's (an office's, a thing's, a form's example …)."""
    if any(lo <= start and end <= hi for lo, hi in said.spans):
        return True
    if an_id_said_public_after(text, end):
        return True  # (round AZ) 立入検査番号 …第121-0033号 は公開しました (said_public_ids)
    if said.found_register and a_found_items_number(text, start):
        return True  # (round AT) 遺失物管理簿の…。管理番号は拾第V号: the found thing's number in the register
    if said.cells and in_row_of_a_company(text, start):
        return True  # (round V) "F45-032015","株式会社大黒屋商事",…: a company's row, its number the company's
    if said.unlinked and _unlinked_label_before(text, start, said.unlinked):
        return True  # (round Q) 運転士番号 D-2281, and the minutes say the number identifies no one
    if said.unlinked and text[start:end] in said.unlinked:
        return True  # (round V) the very value the minutes say identifies no one
    if text.startswith(_OFFICES_NUMBER_OPENINGS, end) and _SAID_AN_OFFICES.match(text, end):
        return True  # (round Y) 承認番号 第3307号で、市の番号です
    if text.startswith(_SERIALS_FIRST_OPENINGS, end) and _SERIALS_FIRST.match(text, end):
        return True  # (round BR) 券番号 TX-172-00001 からの通し番号を振り: where a serial numbering starts
    if "番号" in text[max(0, start - 12) : start] and _ISSUED_BY_A_PUBLIC_BODY.search(text, max(0, start - 24), start):
        return True  # (round Y) 立川警察署 受理番号 第2055-3318号: the police's receipt of a found item
    if said_whose_number_after(text, end):
        return True  # (rounds Z, AD, AH, AP, AZ, BD, BF, BH, BJ, BN) …で、これは証明書の番号です, …は獣医師会の番号で, …です。社協の
        # 契約の番号です, いずれも犬に付く番号です, …は児童館の講座の番号である, …は猫の個体の番号です, …で、いずれも市が付した番号です,
        # （保険会社の番号）: the words after it say whose (said_whose_number)
    if "日時と" in text[max(0, start - 20) : start] and _A_RECORDINGS_NUMBER.search(text, max(0, start - 24), start):
        return True  # (round AB) 録音の日時と受付番号（相-44-0912）: a recording's or a call's number, beside its time
    if "証券番号" in text[max(0, start - 8) : start] and a_citys_policy_before(text, start):
        return True  # (round BD) 市の掛けている活動保険（証券番号 V）
    if "契約者" in text[end : end + 50] and said_the_citys_contract(text, end):
        return True  # (round AP) 証券番号 SP-… は市が契約者となっている団体契約の番号
    if "管理番号" in text[max(0, start - 12) : start] and a_machines_number(text, start):
        return True  # (round AP) 中継サーバの管理番号は SV-…
    if "番号" in text[max(0, start - 8) : start] and an_instruments_number(text, start):
        return True  # (round OI) 普通騒音計 NL-4270、検定番号 第A-…号: an instrument's number
    if "加入" in text[max(0, start - _CITYS_POLICY_REACH) : start] and _CITYS_POLICY_BEFORE.search(
            text, max(0, start - _CITYS_POLICY_REACH), start):
        return True  # (round AI) 市が加入する…共済会の自動車共済（証書番号 JC-67-00412）: the city's own policy
    if ("番号" in text[max(0, start - 24) : start] or "犬第" in text[max(0, start - 8) : end]) and a_things_labelled_number(
            text, start, end):
        return True  # (round BF) 公売番号 V から V, 標識管理番号 V, 鑑札番号 V, 登録番号 <city>犬第V号: a lot's, a sign's, a dog's
    if said.said_after and _said_published(text, end):
        return True  # (round AH) 受験番号 20013、20027 は市の…で公表しています
    if text.startswith(_RANGE_OPENINGS, end) and _RANGE_OF_NUMBERS.match(text, end):
        return True  # (round Z) 受付番号 受第41-0211号 から 受第41-0239号 までが対象: a run of numbers, nobody's one
    if text.startswith("」のよう", end) and text[start - 1 : start] == "「":
        return True  # (round AN) 受付番号は「情開85-0001」のような年度の通し番号: a number's form shown by a quoted example
    if text.startswith(SHOWN_FORMS_OPENINGS, end) and a_numbers_form_shown_in_brackets(text, start, end):
        return True  # (round BV) 受付番号（IJ-187-0012のような形式）, モニター番号（HM-188-01から30）: a numbering's form (shown_number_forms)
    if text.startswith("など", end) and _CASES_EXAMPLE_BEFORE.search(text, max(0, start - 8), start):
        return True  # (round AC) 請求の受付番号（受第48-0412号など）: a case label's form shown by an example
    if text.startswith("の形式", end) and _CASES_EXAMPLE_BEFORE.search(text, max(0, start - 8), start):
        return True  # (round AR) 請求書の請求番号（請第99-0001号の形式）: the label's form shown by an example
    if "士会" in text[max(0, start - 16) : start] and _PROFESSIONS_ROSTER.search(text, max(0, start - 16), start):
        return True  # (round Z) 東京弁護士会 登録番号 70213: a professional's entry in the association's published roster
    if "会社" in text[max(0, start - _FIRMS_REACH) : start] and _FIRMS_BRACKET_BEFORE.search(text, max(0, start - _FIRMS_REACH), start):
        return True  # (round Z) 有限会社ヒラタ電設（登録番号 すみれ電第0412号、…）: the firm's registration, in brackets after its name
    if "登録番号" in text[max(0, start - 12) : start] and a_groups_registration(text, start):
        return True  # (round BJ) みどり台こども食堂（登録番号 子食-151-017）: a group's registration (groups_registrations)
    if "当選番号" in text and "|" in text[max(0, start - 3) : start] and column_header(text, start) == "当選番号":
        return True  # (round BZ) | 当選番号 | 住宅 | 氏名 | over | 第0017号 | …: a lottery's winning number, posted for all to see
    if said.cells and in_a_facilitys_own_column(text, start):
        return True  # (round BL) 登録番号 施設名 所在地 …: a facility's registration in a facilities' register (facilities_rows)
    return False


# The readings whose findings no exception above applies to, each called only on a text holding its words (needs.py).
@needs("記号番号", "記号・番号")
def _insurers_symbols_and_numbers(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    if "記号・番号" in doc.folded:  # (round BX) 記号・番号：すみれ 03-114827
        for match in anchored_finditer(_SYMBOL_AND_NUMBER, doc.folded, _DOTTED_SYMBOL_AND_NUMBER_ANCHOR, 0, 26):
            yield match.span("id" if match.group("id") else "long")
    if "記号番号" in doc.folded:
        for match in anchored_finditer(_SYMBOL_AND_NUMBER, doc.folded, _SYMBOL_AND_NUMBER_ANCHOR, 0, 24):
            if match.group("id"):
                yield match.span("id")
        for header, lo, hi in table_cells(doc.folded):  # (round AI) a table's 記号番号 column: the insurer's symbol, a space, the number
            if "記号番号" in header and (cell := _SYMBOL_AND_NUMBER_CELL.fullmatch(doc.folded, lo, hi)) is not None:
                yield cell.span("id")


@needs("<<")
def _passports_zone(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    if "<<" in doc.folded:
        yield from passport_numbers(doc.folded)  # (round AI) a passport's machine-readable zone


@needs("-")
def _entries_and_numbers_said_as_a_persons(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    if "-" in doc.folded:
        yield from entry_numbers(doc.folded, public)  # (round AI) 受付 農64-0217　宍倉 …
        yield from numbers_said_as_a_persons(doc.folded)  # (round AJ) P-01の方は 救第68-22714号: the value said as the person's


@needs("資格")
def _qualification_numbers(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    if "資格" in doc.folded:  # (round AJ) 資格の番号は赤救第59-30871号: a person's qualification (its own gate, not one more label of the hot scan)
        for match in _QUALIFICATION_NUMBER.finditer(doc.folded):
            yield match.span("id")


@needs("免許")
def _licence_numbers(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    if "免許" in doc.folded:  # (round AN) one search for both readings (免許証 holds 免許)
        if "免許証" in doc.folded:
            for match in _LICENCE_NUMBER_LATER.finditer(doc.folded):
                yield match.span("id")
        for match in _LICENCE_FIELD_NUMBER.finditer(doc.folded):  # (round AN) a licence's field in a fixed-width list
            yield match.span("id")


@needs("投票区")
def _electoral_roll_numbers(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    if "投票区" in doc.folded:
        for match in _ELECTORAL_ROLL.finditer(doc.folded):
            yield match.span()


@needs("登録")
def _registrations_in_persons_lines(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round BH) 従事者 朝比奈 剛  許可証 …  登録 狩登143-20881 (registration_fields.py)."""
    if "登録" in doc.folded:
        yield from registrations_in_persons_lines(doc.folded)


@needs("登録")
def _registrations_in_brackets(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round BL) 報告者 百瀬 ひかる（レンジャー登録 MR-157-0023） (persons_registrations.py)."""
    if "登録" in doc.folded:
        yield from registrations_in_brackets_after_a_name(doc.folded)


@needs("登録")
def _registrations_before_birth_dates(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round BR) （サポステ登録 SUMI-Y-0612、R155.3.21生まれ…） (persons_registrations.py)."""
    if "登録" in doc.folded:
        yield from registrations_before_a_birth_date(doc.folded)


@needs(*CARD_HEADER_WORDS)
def _numbers_in_card_columns(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round BL) | 氏名 | 電話 | 利用者カード | over SM-00931 (persons_registrations.py)."""
    if any(map(doc.folded.__contains__, CARD_HEADER_WORDS)):
        yield from numbers_in_a_card_column(doc.folded)


@needs("食品衛生責任者", "防火管理者", "衛生管理者")
def _roles_certificates(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round BL) 食品衛生責任者 第東-14472号 (persons_registrations.py)."""
    yield from roles_certificates(doc.folded)  # each role's whole word tested first


@needs(*CERTIFICATE_WORDS)
def _skill_certificates(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round BP) 修了 STR-2171-0048, 技能証明 2A-0931-4417-58 (skill_certificates.py)."""
    if any(map(doc.folded.__contains__, CERTIFICATE_WORDS)):
        yield from certificate_numbers_after_their_word(doc.folded)


@needs(*MESSAGING_APPS)
def _messaging_app_ids(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round BZ) WeChat liujing_sumire0915, 微信：… (messaging_ids.py)."""
    if any(map(doc.folded.__contains__, MESSAGING_APPS)):
        yield from ids_after_a_messaging_app(doc.folded)


@needs(COLUMN_WORD)
def _numbers_under_named_letters(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round BX) | SK-192-00318 | … | under `| A | B | … |`, A列 滞納者番号 said before (lettered_columns.py)."""
    if COLUMN_WORD in doc.folded:
        yield from values_under_named_letters(doc.folded, "personal_id")


@needs(NAME_HEADER)
def _numbers_under_latin_headers(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round BX) `01   HOSHINO, Kaede   D-8817-2046` under `No.  NAME   DONOR-ID …` (latin_header_rows.py)."""
    if NAME_HEADER in doc.folded:
        yield from persons_numbers_under_latin_headers(doc.folded)


@needs(TAG_WORD)
def _dog_tags_after_their_word(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round BX) `鑑札 R190-0417`: a dog's tag, the owner's as 鑑札番号's (dog_tags.py)."""
    if TAG_WORD in doc.folded:
        yield from tag_numbers_after_the_word(doc.folded)


_READINGS = (_insurers_symbols_and_numbers, _passports_zone, _entries_and_numbers_said_as_a_persons, _qualification_numbers,
             _licence_numbers, _electoral_roll_numbers, _registrations_in_persons_lines, _registrations_in_brackets,
             _registrations_before_birth_dates, _numbers_in_card_columns, _roles_certificates, _skill_certificates,
             _numbers_under_named_letters, _numbers_under_latin_headers, _dog_tags_after_their_word, _messaging_app_ids)


# (round AI) A policy the city (or another public body) holds, named before its number in the same sentence.
_CITYS_POLICY_BEFORE = re.compile(r"(?:市|町|村|区|県|都|府)が加入(?:する|している|の)[^。\n]{0,40}(?:証書|証券|契約|共済)番号[ \u3000:：(（]*\Z")
_CITYS_POLICY_REACH = 64


# (round AH) An insurance card's 記号番号 written as the insurer's short symbol, a space and the holder's number (記号番号 すみ
# 0712-4): the symbol is the insurer's (shared), the number after it the holder's.
# (round BX) the label written 記号・番号 too, the symbol a place's name in hiragana (記号・番号：すみれ 03-114827)
_SYMBOL_AND_NUMBER_ANCHOR = re.compile("記号番号")
_DOTTED_SYMBOL_AND_NUMBER_ANCHOR = re.compile("記号・番号")
_SYMBOL_AND_NUMBER = re.compile(r"記号・?番号[ \u3000:：]*[ぁ-ゖァ-ヺ一-龯]{1,4}[ \u3000](?P<id>[0-9]{2,8}(?:-[0-9]{1,4})?)(?![0-9-])"
                                r"|記号・番号[ \u3000:：]*[ぁ-ゖァ-ヺ一-龯]{1,4}[ \u3000](?P<long>[0-9]{2}-[0-9]{5,8})(?![0-9-])")
# (round AI) and as a cell of a table's 記号番号 column (| 被保険者 | 記号番号 | … | すみ 2207-15 |): the same value, its label the header
_SYMBOL_AND_NUMBER_CELL = re.compile(r"[ぁ-ゖァ-ヺ一-龯]{1,4}[ \u3000](?P<id>[0-9]{2,8}(?:-[0-9]{1,4})?)")


# (round AB) A recording's, a call's or a report's number named beside its time (録音の日時と受付番号（相-44-0912）): the number the
# system gave the recording, as a call's (通話ID) is; nobody's.
_A_RECORDINGS_NUMBER = re.compile(r"(?:録音|通話|着信|受信|通報)の(?:日時|日付|時刻)と[^。\n、]{0,6}番号[ \u3000]*[:：(]?[ \u3000]*\Z")


# (round AH) The value, alone or listed, is said published (合格者の受験番号 20013、20027 は市の掲示とホームページで公表して
# います: the council publishes it, as it does its own numbers; 公表していません keeps it). (The words after a number saying
# whose number it is — a thing's, a body's, a course's — are said_whose_number's.)
_SAID_PUBLISHED_AFTER = re.compile(r"(?:[、,][ \u3000]?[0-9A-Za-z-]{2,16})*[ \u3000]?(?:は|も)、?[^。\n]{0,24}?(?:公表|掲載|掲示)して(?:い|おり)(?:ます|る)")
_SAID_AFTER_REACH = 80


def _said_published(text: str, end: int) -> bool:
    window = text[end : end + _SAID_AFTER_REACH]
    return ("公表して" in window or "掲載して" in window or "掲示して" in window) and _SAID_PUBLISHED_AFTER.match(text, end) is not None


# (round Z) A range of numbers (受第41-0211号 から 受第41-0239号 まで): nobody's one;
_RANGE_OPENINGS = (" から", "から", "\u3000から", "～", "〜", "号から")
# (round AC) or written N〜M inside brackets (タクシー券番号 TK-47-03310〜03339）: a book of tickets), and a value given as a
# case label's example in brackets (受付番号（受第48-0412号など）): the label's form, nobody's number (a person's own label keeps
# it: 奨学生番号（2019-3087など）は、本人に通知した番号).
_RANGE_OF_NUMBERS = re.compile(r"号?[ \u3000]?(?:(?:から|～|〜)[ \u3000]?[^\s。、]{0,4}[0-9][0-9-]{2,}号?[ \u3000]?まで"
                               r"|(?:～|〜)[0-9]{2,}(?=[)）]))")
_CASES_EXAMPLE_BEFORE = re.compile(r"(?:受付|整理|案件|請求)番号[（(]\Z")


_PROFESSIONS_ROSTER = re.compile(r"士会[ \u3000]?の?登録番号[ \u3000:：]*(?:第[ \u3000]?)?\Z")


# (round Z) A number in the brackets right after a firm's name is the firm's (有限会社ヒラタ電設（登録番号 すみれ電第0412号）).
_FIRMS_REACH = 48
# The firm's name runs up to the bracket (no space, no person's role before it: 株式会社 運転士（運転士番号 D-2281） is the driver's).
_FIRMS_BRACKET_BEFORE = re.compile(r"(?:(?:株式会社|有限会社|合同会社)[^\s（()）。、]{1,16}|[^\s（()）。、]{1,16}(?:株式会社|有限会社|合同会社))"
                                   r"(?<![士員者長手])[（(][^（()）\n。]{0,14}\Z")


# (round Z) A driving licence's number (twelve digits) the next sentence gives after 運転免許証の番号 was spoken of (運転免許証の番号を
# 控えています。この件では 302311654480 でした。).
_LICENCE_NUMBER_LATER = re.compile(r"運転免許証の?番号[^。\n]{0,16}。[^。\n]{0,16}?(?<![0-9])(?P<id>[0-9]{12})(?![0-9])")


# (round AN) A licence's field in a list the document prints (免許    大型第二種  番号 304512887761): 免許, the licence's class,
# then 番号 and twelve digits on the same line, a driving licence's number (a class's words between, no sentence's end).
_LICENCE_FIELD_NUMBER = re.compile(r"免許(?:証)?[ \u3000:：]+[^\n。]{0,16}?番号[ \u3000:：]*(?P<id>[0-9]{12})(?![0-9])")


# (round Z) An elector's entry in the electoral roll: the polling district and the entry's number (第3投票区 第1208番),
# one person's line in the roll whatever label stands before it; a district alone (第3投票区) or a lot (…番地) is no entry.
# (round BZ) or 号 after its number (選挙人名簿の番号（第2投票区第883号）)
_ELECTORAL_ROLL = re.compile(r"第[0-9]{1,3}投票区[ \u3000]?(?:の)?第?[0-9]{1,6}(?:番(?![地号台目0-9])|号(?![0-9]))")


# (round Y) A person's card with its issuer and number in brackets (診察券（すみれ中央病院 ID C-0833172）, 会員証（No. 4471-02）): the
# holder's number, whoever issued the card; read only where a card's word stands right before a bracket.
_CARDS_ID_IN_BRACKETS = re.compile(r"(?:診察券|会員証|会員カード|保険証|学生証|生徒証|利用者証|利用券|受給者証|手帳)\([^()\n]{0,20}?"
                                   r"(?:ID|No\.?|番号)[ \u3000:：]*(?P<id>[A-Za-z0-9][A-Za-z0-9-]{3,19})(?![A-Za-z0-9-])")


# (round Y) A value the sentence goes on to call an office's own number (承認番号 第3307号で、市の番号です; …は当課の番号です).
_OFFICES_NUMBER_OPENINGS = ("号", "で", "は", " は", "\u3000は")
# (round Z) or a sequence's (提案番号 58-0217 は受付順の番号です; …は通し番号です): the order things came in, nobody's.
_SAID_AN_OFFICES = re.compile(r"号?[ \u3000]?(?:で、|は、?)(?:これは)?(?:(?:市|町|村|区|都|県|国|当課|当方|役所|市役所)の(?:番号|もの)|(?:受付|到着|申込)順の番号|通し番号|連番)"
                              r"(?:です|で、|であ)")
# (round BR) A value said to be where a serial numbering starts (利用券には券番号 TX-172-00001 からの通し番号を振り; 受付記録は
# 苦情受付番号 K173-0001 から振っています): the numbering's first value, given as a form, no one's.
_SERIALS_FIRST_OPENINGS = ("から", " から", "\u3000から")
_SERIALS_FIRST = re.compile(r"[ \u3000]?から(?:の(?:通し番号|連番)|(?:順に)?振って|(?:順に)?振り|付番)")  # …K173-0001 から振っています
# (round Y) A receipt's or a case's number a public office gives, named right after the office (立川警察署 受理番号 第2055-3318号,
# 西署 受理番号, 消防署の受付番号; any …署 is an office of the state or the city): the office's record of what was handed in, no person's number.
_ISSUED_BY_A_PUBLIC_BODY = re.compile(r"(?:[一-龯]{0,6}署|交番|裁判所|法務局)[ \u3000]?の?(?:受理|受付|事件|整理)番号[ \u3000:：]*第?\Z")


# (round Q) A label the minutes say identifies no one (投稿番号は…人に結び付くものではない; 乗務員番号だけでは
# 個人は特定できない): its values are public in the document, in its column or right after it.
_UNLINKED = re.compile(
    r"(?P<label>[A-Za-zァ-ヺー一-龯]{1,10}(?:番号|コード|ID))(?:の(?P<value>[A-Za-z0-9][A-Za-z0-9-]{2,19}))?"
    r"(?:は|だけでは|のみでは|も[^。\n]{0,20}。番号(?:から|だけで)?は)[^。\n]{0,40}?"  # (round AB) ケース番号も開示しております。番号からは…
    # (round AE) the verdict as the next sentence, its subject left out (受付番号は本人にしか知らされておらず、…。個人が特定される情報ではありません)
    r"(?:。(?:これは|それは|番号は)?)?"
    r"(?:(?:個人|世帯)(?:は|を|が)?特定(?:でき|され)(?:ない|ません|る(?:情報|もの|番号)では(?:ありません|ない|ございません))|人に結び付(?:く|け)ものでは(?:な|あり)"
    r"|個人と結び付(?:か|き)(?:ない|ません)|個人を識別(?:でき|する)(?:ない|ません|ものでは)"
    r"|個人を(?:指す|表す)(?:番号|もの)では(?:な|あり)"  # (round U) 申請番号は地番に振られた番号で、個人を指す番号ではない
    r"|(?:(?:それ自体|それだけ|番号だけ)では|(?:外|切り離|離)せば、?)誰(?:の(?:こと|もの))?か(?:は)?分か(?:りません|らない))(?!わけ|の?です(?:か|よね)|のでしょうか|か[。？?])"  # (round AP) not a member's question (…ではないのですか)  # (round AC) 誰か分からない  # (round V) a member says so
    # (round AN) or once the list is taken away (承認番号は…受付順の番号で、一覧から外せば誰のものかは分かりません)
)
_UNLINKED_REACH = 24  # the label stands this near before its value on the line
# Read only around the verdict's words: every _UNLINKED match ends at most 22 characters after the
# start of 特定, 結び付, 識別, 個人を指す or 個人を表す and starts at most 10 + 2 + 4 + 40 + 3 = 59 characters before it
# (round V: 21 more for の and a value quoted after the label, 誰のこと / 誰のもの as a verdict's start: 80).
_VERDICT = re.compile("特定|結び付|識別|個人を指す|個人を表す|誰のこと|誰のもの|誰か分か")  # (round U) not 指す alone: a common word
_UNLINKED_LABEL_WORDS = re.compile("番号|コード|ID")  # (detect-cost4) in every _UNLINKED match's label: read first, by `in`


# (round U) A number quoted in a member's turn whose answer, the next turn, opens by saying it is no one's
# (○委員　車両の番号「多摩 500 あ 2470」は… / ○課長　事業者の車両で、…。個人の情報ではありません。; 受付番号の
# LF-2041-0088は… / ○係長　はい。遺失物ごとの番号で、個人に振る番号ではありません。): public in the asking turn.
_NO_ONES = re.compile(r"個人(?:の(?:情報|番号|もの)|に(?:振る|振られた|付ける|付す|結び付く)番号|を(?:特定|識別)する(?:情報|番号))では(?:ありません|ない|ございません)")
_TURN = re.compile(r"^[○◯◎]", re.MULTILINE)
_ANSWER_REACH = 80  # the verdict stands in the answer's first sentences
# The asking turn is a member's (○川端委員, ○委員, ○会長職務代理) and ends in a question; an official's statement
# followed by a remark on another number (保険者番号は…個人の番号ではありませんね) keeps its values.
_MEMBERS_QUESTION = re.compile(r"[○◯◎][^\s]{0,10}(?:委員|会長|議長|委員長)(?:職務代理)?[ \u3000]")
_QUESTION_END = re.compile(r"(?:か|ね|かね|すか)[。？?]?[ \u3000]*\Z")


def _members_question_before(text: str, answer: int) -> tuple[int, int] | None:
    """The turn before the one starting at `answer`, when it is a member's question: its (start, end)."""
    asked_end = text.rfind("\n", 0, max(0, answer - 1))
    while asked_end > 0 and text[asked_end - 1] == "\n":
        asked_end -= 1
    asked = text.rfind("\n", 0, asked_end) + 1
    if _MEMBERS_QUESTION.match(text, asked, asked_end) and _QUESTION_END.search(text, asked, asked_end):
        return asked, asked_end
    return None


def _answers_no_ones(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for verdict in _NO_ONES.finditer(text):
        answer = text.rfind("\n", 0, verdict.start()) + 1
        if not _TURN.match(text, answer) or verdict.start() - answer > _ANSWER_REACH:
            continue
        asked = _members_question_before(text, answer)
        if asked is not None:
            spans.append(asked)
    return tuple(spans)


# (round V) A definition list (Markdown's "label", then ":   value" on the next line): a personal number's label alone on
# its line, the number alone on the ":" line after it (申込番号 / :   給-2047-00562). Read only where "\n:" stands.
_LABEL_LINE = re.compile(rf"[ \u3000]*(?:{_ANY_LABEL}|(?:申込|申し込み|申請|受付|登録)(?:者)?番号)[ \u3000]*")  # a person's application's number
_DEFINITION_VALUE = re.compile(rf":[ \u3000]+{_ID}[ \u3000]*(?:\n|\Z)")


def _defined_numbers(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    position = text.find("\n:")
    while position >= 0:
        label_start = text.rfind("\n", 0, position) + 1
        if position - label_start <= 30 and _LABEL_LINE.fullmatch(text, label_start, position):
            value = _DEFINITION_VALUE.match(text, position + 1)
            if value is not None:
                found.append(value.span("id"))
        position = text.find("\n:", position + 2)
    return found


_ANOTHER_LABEL = re.compile("番号|ID|コード")


def _unlinked_label_before(text: str, start: int, unlinked: frozenset[str]) -> bool:
    """An unlinked label stands just before the value on its line, no other label between (round AE: 受付番号=0903-0112
    会員ID=SG00418827 — the member's ID after a per-day serial keeps its own label)."""
    lo = max(text.rfind("\n", 0, start) + 1, start - _UNLINKED_REACH)
    for label in unlinked:
        at = text.rfind(label, lo, start)
        if at >= 0 and _ANOTHER_LABEL.search(text, at + len(label), start) is None:
            return True
    return False


def _unlinked_labels(text: str) -> frozenset[str]:
    """The labels the minutes say identify no one, and (round V) the values quoted with them (記録番号のSC-2047-0391は、
    それ自体では誰のことか分かりません: the value is public wherever it stands, under another label too)."""
    if not holds(_UNLINKED_LABEL_WORDS, text):
        return frozenset()  # every label the verdict is about ends in one of them; 特定 alone is in most minutes
    labels: set[str] = labels_said_an_offices_numbering(text)  # (round BH) 決定番号は市の文書番号です
    for match in anchored_finditer(_UNLINKED, text, _VERDICT, before=80, after=22):
        labels.add(match.group("label"))
        if match.group("value"):
            labels.add(match.group("value"))
    if _THINGS_ANCHOR.search(text) is not None:
        labels |= _things_numbers(text)
    if "は何ですか" in text:
        labels |= _labels_asked_and_answered_no_ones(text)
    return frozenset(labels)


# (round AR) A member asks what a label is (○会長　…。ケース番号は何ですか。) and the next turn's first sentences say its
# values name no one once the list is away (会議の受付順の番号で、…。一覧を外せば誰のことか分からないものです。, or
# 個人の番号ではありません): the label is unlinked in the document. Read only around the literal は何ですか.
_LABEL_ASKED = re.compile(r"(?P<label>[A-Za-zァ-ヺー一-龯]{1,10}(?:番号|コード|ID))は何ですか[。？?]?[ \u3000]*$", re.MULTILINE)
_NO_ONES_IN_ANSWER = re.compile(r"誰(?:の(?:こと|もの))?か(?:は)?分か(?:りません|らない)|" + _NO_ONES.pattern)


def _labels_asked_and_answered_no_ones(text: str) -> set[str]:
    labels: set[str] = set()
    for asked in _LABEL_ASKED.finditer(text):
        turn = text.rfind("\n", 0, asked.start()) + 1
        if not _MEMBERS_QUESTION.match(text, turn):
            continue
        answer = _next_line(text, asked.end())
        if answer >= 0 and _TURN.match(text, answer) and _NO_ONES_IN_ANSWER.search(text, answer, answer + _ANSWER_REACH):
            labels.add(asked.group("label"))
    return labels


# (round X) The minutes say whose a number is, and it is a thing's: a register's serial (通し番号), an item's management
# number (管理番号), a number attached to a thing (区画ごとに付く番号, 犬に付く番号) — not to a person (個人に付く番号,
# 本人に付ける番号). Said of a value (受付番号 弔53-0214 は受付簿の通し番号です: that value only), of a label as a
# thing's (定期券番号は、駐車場の区画ごとに付く番号です; a label called an office's serial or management number, as
# 職員番号は庁内の管理番号で, still names people), or as the answer's first sentence to a member's question whether the
# label is a person's (○委員　受信機番号は個人の番号ですか。 / ○課長　機器の管理番号です。).
# (round AE) a serial that starts again each day or round (受付番号は収集日ごとの連番で): the order of one day's things, nobody's.
_THINGS_NUMBER = "(?:通し番号|管理番号|(?<![人者身方])ごとの連番|(?<![人者身方])に付(?:く|ける|けた|けられた|される)(?:通し)?番号)"
_THINGS_ANCHOR = re.compile("通し番号|管理番号|ごとの連番|に付(?:く|ける|けた|けられた|される)")
_THING_LABEL = r"[A-Za-zァ-ヺー一-龯]{1,10}(?:番号|コード|ID)"
_THINGS_SAID = re.compile(
    rf"(?P<label>{_THING_LABEL})(?:(?:の|[ \u3000]+)(?P<value>[A-Za-z0-9一-龯][A-Za-z0-9-]{{2,19}})[ \u3000]*(?P<others>など)?)?は、?"
    rf"(?P<what>[^。\n、]{{0,16}}){_THINGS_NUMBER}(?:です|で[、す]|であ)")
_PERSONS_WORD = re.compile("個人|本人|人ごと|者ごと|方ごと|世帯")
_ASKED_LABEL = re.compile(rf"(?P<label>{_THING_LABEL})(?=[と、や]|及び|は)")
_ANSWER_OPENING = 40  # the verdict stands in the answer's first sentence


# (round AG) A thing's number the same sentence then says is linked to a person's record (受講者番号は講座ごとに付けた番号
# ですが、利用カードの番号と結び付けて管理しております): the turn after が、 takes the verdict back.
_LINKED_AFTER_A_TURN = re.compile(r"が、[^。\n]{0,40}?(?:結び付け|結びつけ|紐付け|紐づけ|ひも付け|ひもづけ)")


# (round AP) …が、…入居者ごとの番号です: the same sentence calls the number a person's after all.
_TAKEN_BACK_AS_A_PERSONS = re.compile("が、[^。\n]{0,40}?(?:者|人|方|世帯)ごとの番号")


def _linked_after(text: str, end: int) -> bool:
    return text.startswith("すが、", end - 1) and _LINKED_AFTER_A_TURN.match(text, end) is not None


def _things_numbers(text: str) -> set[str]:
    said: set[str] = set()
    for match in _THINGS_SAID.finditer(text):
        if _PERSONS_WORD.search(match.group("what")) or _linked_after(text, match.end()):
            continue
        if match.group("value"):
            said.add(match.group("value"))
            if match.group("others"):  # (round BR) 受付番号の176-003などは、事務の通し番号ですね: the value's column, all of it
                said |= _columns_holding(text, match.group("value"))
        elif "付" in match.group() or "ごとの連番" in match.group():  # a label's number said to be an office's own (職員番号は庁内の管理番号で) stays personal
            said.add(match.group("label"))
    for verdict in _THINGS_ANCHOR.finditer(text):
        answer = text.rfind("\n", 0, verdict.start()) + 1
        opening = text.find("。", answer, verdict.start())
        if (not _TURN.match(text, answer) or verdict.start() - answer > _ANSWER_OPENING or opening >= 0
                or _PERSONS_WORD.search(text, answer, verdict.start())):
            continue
        sentence_end = text.find("。", verdict.end())
        if _TAKEN_BACK_AS_A_PERSONS.search(text, verdict.end(), sentence_end if sentence_end >= 0 else len(text)):
            continue  # (round AP) 住宅と部屋に付く番号ですが、…実際には入居者ごとの番号です: the answer takes it back
        asked = _members_question_before(text, answer)
        if asked is not None and text.find("個人", *asked) >= 0:
            said |= {match.group("label") for match in _ASKED_LABEL.finditer(text, *asked)}
    if "ですか" in text:
        said |= _things_numbers_confirmed(text)
    return said


def _columns_holding(text: str, value: str) -> set[str]:
    """(round BR) The headers of the table columns holding `value` as a cell (a value given with など stands for its column)."""
    if "|" not in text or value not in text:
        return set()
    return {header for header, lo, hi in table_cells(text) if text[lo:hi].strip(" \u3000") == value}


# (round AB) A member asks whether a label's numbers are a register's serial (○委員　カード番号は避難所ごとの通し番号ですか。)
# and the answer, the next turn, opens with はい: the label is a thing's, as if the official had said it.
_SERIAL_ASKED = re.compile(rf"(?P<label>{_THING_LABEL})は、?[^。\n、]{{0,16}}?(?:通し番号|連番|受付順の番号)ですか")
_YES = re.compile(r"[○◯◎][^\s]{1,24}[ \u3000]+はい[。、]")


def _next_line(text: str, at: int) -> int:
    """Where the next non-blank line after the one holding `at` starts (the answer's turn after a question); -1 if none."""
    answer = text.find("\n", at)
    if answer < 0:
        return -1
    while answer < len(text) and text[answer] == "\n":
        answer += 1
    return answer


def _things_numbers_confirmed(text: str) -> set[str]:
    confirmed: set[str] = set()
    for asked in _SERIAL_ASKED.finditer(text):
        line = text.rfind("\n", 0, asked.start()) + 1
        if not _MEMBERS_QUESTION.match(text, line) or _PERSONS_WORD.search(asked.group()):
            continue
        answer = _next_line(text, asked.end())
        if answer >= 0 and _YES.match(text, answer):
            confirmed.add(asked.group("label"))
    return confirmed


# (round AC) An insurance card's number after a symbol that opens with the city's kana (記号 す46-12 番号 8830417): _KANA_MARK reads
# the symbol; the number after 番号 is the card holder's too.
_NUMBER_AFTER_THE_MARK = re.compile(r"[ \u3000]+番号[ \u3000:：]*(?P<id>[0-9]{4,10})(?![0-9])")
# (round AC) A basic pension number in its own shape (four digits, a hyphen, six digits) said in a sentence about a pension
# (年金の通知が… 番号は 4081-213965 って): the 基礎年金番号's form, the sentence naming the pension before it.
_NENKIN = re.compile("年金")
_PENSION_NUMBER_SPOKEN = re.compile(rf"年金[^\n]{{0,30}}?番号(?:は|が|を)?[ \u3000、]*(?P<id>[0-9]{{4}}{HYPHEN}[0-9]{{6}})(?![0-9])")


# (round X) A caller reading out a number in a call's transcript, a filler between 番号 and the digits (番号が、えーと、
# 0006627194): a person's own number, however bare the label; read only where 番号が、／番号は、 stands.
_SPOKEN_NUMBER = re.compile(r"番号(?:が|は)、(?:えーと|ええと|えっと|えー|あの|あのー|うーんと)、?[ \u3000]?(?P<id>[0-9]{6,12})(?![0-9])")


def _recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    labelled: list[tuple[int, int]] = []
    scans = (line_anchored_finditer(_LABELLED, doc.folded, _LABEL_ANCHOR if doc.has_latin else unlettered(_LABEL_ANCHOR), _LABEL_BEFORE),
             line_anchored_finditer(_LABEL_BEHIND, doc.folded, _LABEL_BEHIND_ANCHOR),
             _MARK_NUMBER.finditer(doc.folded), _KANA_MARK.finditer(doc.folded), _AFTER_DOCUMENT.finditer(doc.folded))
    for matches in scans:
        for match in matches:
            pattern = match.re
            if pattern is _AFTER_DOCUMENT and match.group().endswith("号") and not match.group("id").endswith("号"):
                continue  # 療育手帳 第B-2041号: the 第…号 rule's, number and all (round AP: not 免許状 第93中一種第114号, its id read whole)
            if _enough_digits(match.group("id")):
                labelled.append((match.start("id"), match.end("id")))
            if pattern is _KANA_MARK and (number := _NUMBER_AFTER_THE_MARK.match(doc.folded, match.end())) is not None:
                labelled.append(number.span("id"))  # (round AC) 記号 す46-12 番号 8830417: the number after the symbol
    number_words = _NUMBER_WORD_ANCHOR if doc.has_latin else unlettered(_NUMBER_WORD_ANCHOR)  # no ID, No without a letter
    for match in anchored_finditer(_ANY_NUMBER_LABEL, doc.folded, number_words, before=10, after=40):
        noun = _NOUN_BEFORE.search(doc.folded, max(0, match.end("label") - 24), match.end("label"))
        label = noun.group() if noun else match.group("label")
        if label.isascii() and (word := _ENGLISH_WORD_BEFORE.search(doc.folded, max(0, match.end("label") - 24), match.end("label") - len(label))):
            label = word.group() + label  # (round W) Session ID: the English noun the label ends
        if label.endswith(("ID", "id")) and _ENDS_AN_ENGLISH_WORD.search(doc.folded, max(0, match.end("label") - 12), match.end("label")):
            continue  # (round AX) VALID=20330331, PAID: 2,000: an English word ending in id, no ID's label
        digits = sum(ch.isdigit() for ch in match.group("id"))
        if digits == 12 and _MY_NUMBER_LABEL.search(label):
            continue  # 個人番号 123456789018: the my_number recognizer's
        public = ((PUBLIC_LABEL.search(label) or _office_document_number(label, match.group("id")))
                  and not _PERSON_IN_LABEL.search(label)
                  and not _in_a_persons_list(doc.folded, match.start())
                  and not _a_sole_traders_number(doc.folded, label, match.start())
                  and not (_CASE_HEADER.search(label) and _on_a_persons_form(doc.folded, match.start("label")))
                  and not (_CASE_HEADER.search(label) and _ON_A_PERSONS_SLIP.search(
                      doc.folded, max(0, match.start("label") - 16), match.start("label")))
                  and not (_CASE_HEADER.search(label) and (beside_particulars(
                      doc.folded, match.start(), match.end("id"), PublicNames.of(doc.context.public_names), dates=True)
                      or _heads_a_persons_record(doc.folded, match.end("id")))))
        enough = _enough_digits(match.group("id")) or (
            _SHORT_SERIAL.fullmatch(match.group("id")) is not None  # (round U) 受付番号 総公-07　水無瀬 篤（52歳）…
            and beside_particulars(doc.folded, match.start("id"), match.end("id"), PublicNames.of(doc.context.public_names)))
        if (enough and not public and not _CORPORATE.fullmatch(match.group("id"))
                and not _a_bodys_number(doc.folded, match.end("id"))):
            labelled.append((match.start("id"), match.end("id")))
    logins = (*line_anchored_finditer(_LOGIN_LABEL, doc.folded, _LOGIN_ANCHOR, _LOGIN_BEFORE),
              *line_anchored_finditer(_NEW_ID, doc.folded, _NEW_ID_ANCHOR, 0)) if doc.has_latin else ()
    for match in logins:
        login = match.group("id")
        if any(ch.isdigit() or ch in "._-" for ch in login) and len(login) >= 4:
            labelled.append((match.start("id"), match.end("id")))
    if "\n:" in doc.folded:
        labelled += _defined_numbers(doc.folded)
    if doc.has_latin and ("券(" in doc.folded or "証(" in doc.folded or "カード(" in doc.folded):
        labelled += [m.span("id") for m in _CARDS_ID_IN_BRACKETS.finditer(doc.folded)]
    cells = table_cells(doc.folded)
    starts = [lo for _header, lo, _hi in cells]
    for header, start, end in cells:
        public = (PUBLIC_LABEL.search(header) and not (_CASE_HEADER.search(header) and _row_of_a_person(doc.folded, cells, start))
                  and not _PERSON_IN_LABEL.search(header))  # (round Z) | 本人通知登録番号 | 通-0388 |: 本人 makes it the person's, as in prose
        if _ROW_NUMBER_HEADER.fullmatch(header) and doc.folded[start:end].isdigit():
            continue  # (round W) "No","宛名",… "1187": an export's row number
        # (round AJ) a bare receipt column's digits alone (| 受付 | 氏名 | … | 0388 |) count a tally's postcards: the tally's, not the
        # person's; a number with a prefix or a hyphen (立-28-014) is the register's entry for the person
        numbered = (_NUMBER_HEADER.search(header) or (_BARE_RECEIPT_HEADER.fullmatch(header) and not doc.folded[start:end].isdigit()
                                                       and _row_of_a_roster(doc.folded, cells, starts, start))
                    or _names_a_document(header))  # (round AC) | 運転免許証 | 551803374112 |: an items table's row names the document
        if (numbered and not public and not _MY_NUMBER_LABEL.search(header)
                and not _office_document_number(header, doc.folded[start:end])  # (round U) | 決定番号 | み緑第22-014号 |
                and not numbers_a_thing_or_a_notice(header, doc.folded[start:end])  # (round AZ) | 樹木番号 |, | 通知書番号 | 還-123-0117 |
                and not (not _PERSON_IN_LABEL.search(header) and _row_of_a_business(doc.folded, cells, starts, start))):
            issuer = _ISSUER_IN_CELL.match(doc.folded, start, end)  # (round S) | すみれ大学 S18E2047 |
            start = issuer.end() if issuer else start
            cell = _CELL_NUMBER.fullmatch(doc.folded, start, end)
            if (cell and sum(ch.isdigit() for ch in cell.group()) >= _MIN_DIGITS and not _row_of_a_group(doc.folded, cells, starts, start)
                    and not _row_of_a_member(doc.folded, cells, starts, start)
                    and not (_BARE_ROW_HEADER.fullmatch(header) and _numbers_the_tables_rows(doc.folded, start, end))):
                labelled.append((start, end))  # | 被保険者番号 | … | 0012345678 |
        if (login := _LOGIN_CELL.fullmatch(doc.folded, start, end)) and _LOGIN_HEADER.search(header) and not public:
            if any(ch.isdigit() or ch in "._-" for ch in login.group()) and len(login.group()) >= 4:
                labelled.append((start, end))  # (round Q) "ログインID": "hiro_s1978", "kaede.mom": a login name
    yield from labelled
    for match in line_anchored_finditer(_NUMBERED, doc.folded, _NUMBERED_ANCHOR, _NUMBERED_BEFORE):
        if any(start < match.end() and match.start() < end for start, end in labelled):
            continue  # 運転免許証番号 第123456789012号: the labelled number, found above
        digits = sum(ch.isdigit() for ch in match.group("id"))
        before = max(0, match.start() - 30)
        if (digits >= _MIN_NUMBERED_DIGITS and _DOCUMENT_BEFORE.search(doc.folded, before, match.start())
                and not _OFFICIAL_NUMBER_BEFORE.search(doc.folded, before, match.start())):
            yield match.start("id"), match.end("id")
        elif digits >= _MIN_INSURED_DIGITS and "保険" in doc.folded[before : match.start()] and _INSURANCE_BEFORE.search(
                doc.folded, before, match.start()):
            yield match.start("id"), match.end("id")  # (round AG) 介護保険 第0007731842号: the insured's number
    public = PublicNames.of(doc.context.public_names)
    for reading in called(_UNLABELLED_READINGS, doc):
        yield from reading(doc, public)


# The readings of numbers without a label (_recognize's), each called only on a text holding its words (needs.py); the
# exceptions of _nobodys apply to their findings.
@needs(capital=True)
def _passports_and_residence_cards(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    if doc.has_capital:
        for match in line_anchored_finditer(_PASSPORT, doc.folded, _PASSPORT_ANCHOR, before=0):
            if not _a_things_label_before(doc.folded, match.start()):
                yield match.start(), match.end()


def _payment_cards(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    for match in line_anchored_finditer(_CARD, doc.folded, _CARD_ANCHOR, before=0):
        digits = "".join(ch for ch in match.group() if ch.isdigit())
        if luhn_valid(digits) or _CARD_WORD.search(doc.folded, max(0, match.start() - 15), match.start()):
            yield match.start(), match.end()


@needs("年金")
def _pension_numbers_spoken(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    if "金" in doc.folded:
        for match in line_anchored_finditer(_PENSION_NUMBER_SPOKEN, doc.folded, _NENKIN, 0):
            yield match.span("id")


@needs("番号が、", "番号は、")
def _numbers_spoken_after_a_pause(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    if "番号が、" in doc.folded or "番号は、" in doc.folded:
        for match in _SPOKEN_NUMBER.finditer(doc.folded):
            yield match.span("id")


def _number_plates(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    for match in line_anchored_finditer(_PLATE, doc.folded, _PLATE_ANCHOR, _PLATE_BEFORE):
        if not _OFFICIAL_CAR_BEFORE.search(doc.folded, max(0, match.start() - 12), match.start()) and not a_public_bus_plate(doc.folded, match.start()):
            yield match.start(), match.end()


@needs(capital=True)
def _holders_ids(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    if doc.has_capital:
        for match in line_anchored_finditer(_HOLDERS_ID, doc.folded, _HONORIFIC_ANCHOR, 0):
            yield match.start("id"), match.end("id")


@needs("=")
def _record_values(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    if doc.has_latin and "=" in doc.folded:
        for match in line_anchored_finditer(_RECORD_VALUE, doc.folded, _EQUALS_ANCHOR, _RECORD_KEY_LENGTH + 1):
            if _personal_record_value(doc.folded, match):
                yield match.start("id"), match.end("id")


@needs("受付")
def _receipts_addressed(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    if "受付" in doc.folded and "様" in doc.folded:
        for match in _RECEIPT.finditer(doc.folded):
            if _enough_digits(match.group("id")) and _addressed_above(doc.folded, match.start()):
                yield match.start("id"), match.end("id")


@needs("記号番号", "記号・番号", "記号･番号")
def _symbol_and_number_joined(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    if _SYMBOL_NUMBER_LABEL.search(doc.folded) is not None:  # a literal first: faster than `in` on a CJK text
        yield from _symbols_and_numbers(doc.folded)


@needs("防犯登録")
def _bicycle_registrations(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    if "防犯登録" in doc.folded:
        for match in _BICYCLE.finditer(doc.folded):
            yield match.start("id"), match.end("id")
        for match in _BICYCLE_FIELD.finditer(doc.folded):  # (round AN) a list's column under 防犯登録番号
            yield match.start("id"), match.end("id")


@needs(capital=True)
def _sole_traders_invoice_numbers(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    if doc.has_capital:
        for match in line_anchored_finditer(_INVOICE, doc.folded, _INVOICE_ANCHOR, 0):
            lo = max(doc.folded.rfind("。", 0, match.start()), doc.folded.rfind("\n", 0, match.start())) + 1
            if _SOLE_TRADER.search(doc.folded, lo, match.start()) and not _CORPORATION.search(doc.folded, lo, match.start()):
                yield match.start(), match.end()
            elif _sole_traders_record(doc.folded, lo, match.start()):
                yield match.start(), match.end()


@needs("第")
def _prefixed_licences(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round AZ) 防犯登録番号 東京 第D2197730号, 狩猟免状 第一種銃猟-117-0098号 (prefixed_licences.py)."""
    yield from prefixed_licence_numbers(doc.folded)


@needs("氏名")
def _persons_numbers_under_header_lines(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round BB) `P-00482117 | 國分 晴美 | …` under `患者ID　氏名　…` with no table bars (header_line_rows.py)."""
    yield from persons_numbers_in_header_rows(doc.folded)


@needs("号\u3000")
def _numbers_opening_persons_items(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round BN) `- 要支第163-0071号　籾山 キヨ　令和87年8月15日　…`: the register's number of the item's person
    (listed_persons_numbers.py)."""
    yield from numbers_opening_a_persons_item(doc.folded)


@needs(PLATE_WORD)
def _plates_with_hiragana_regions(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round BT) 車両 すみれ 500 あ 12-34: a plate whose region is in hiragana (hiragana_region_plates.py)."""
    if PLATE_WORD in doc.folded:
        yield from plates_with_hiragana_regions(doc.folded)


@needs(*MAC_WORDS)
def _macs_of_a_persons_device(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round BT) `user=kanou.rintaro mac=3C:22:…`, `MAC 58:6D:…、登録利用者` (machine_addresses.py)."""
    if any(map(doc.folded.__contains__, MAC_WORDS)):
        yield from macs_of_a_persons_device(doc.folded)


@needs(*QUERY_WORDS)
def _user_numbers_in_query_strings(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round BT) `…/apply?uid=SF2200118374&lang=ja` (machine_addresses.py)."""
    if any(map(doc.folded.__contains__, QUERY_WORDS)):
        yield from user_numbers_in_query_strings(doc.folded)


@needs(CARE_WORD)
def _care_insurance_numbers_after_the_word(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """(round BT) `| 介護保険 1302115586 |` (care_insurance_numbers.py)."""
    if CARE_WORD in doc.folded:
        yield from care_insurance_numbers_after_the_word(doc.folded)


_UNLABELLED_READINGS = (_passports_and_residence_cards, _payment_cards, _pension_numbers_spoken, _numbers_spoken_after_a_pause,
                        _number_plates, _plates_with_hiragana_regions, _holders_ids, _macs_of_a_persons_device,
                        _user_numbers_in_query_strings, _record_values, _receipts_addressed, _symbol_and_number_joined,
                        _bicycle_registrations, _sole_traders_invoice_numbers, _prefixed_licences,
                        _persons_numbers_under_header_lines, _numbers_opening_persons_items,
                        _care_insurance_numbers_after_the_word)


# (round U) A slip addressed to a person (〒… / 柊木 芳雄 様 / 受付 開-2042-0381), in a frame drawn with │ too:
# 受付 and a number with an office's prefix, on a line right below the addressee's.
_RECEIPT = re.compile(rf"受付[ \u3000]*[:：]?[ \u3000]+(?P<id>{_PREFIX}{_NUMBER})(?![0-9A-Za-z{HYPHEN}])")
_ADDRESSEE = re.compile(rf"[{KANJI}ぁ-ゖァ-ヺー][ \u3000]?(?:様|殿)(?=[ \u3000]*(?:[│┃|｜]|$))", re.MULTILINE)


def _addressed_above(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start)
    above = text.rfind("\n", 0, max(0, line))
    return line > 0 and _ADDRESSEE.search(text, above + 1, line) is not None


# (round BH) a registration opening with the city's kana glued to a series of two or three digits, then a hyphen and six to
# eight digits (す157-0226381): after 防犯登録 (は), or as a register's field in a text about 防犯登録
KANA_SERIES_REGISTRATION = rf"[ぁ-ゖ]{{1,3}}[0-9]{{2,3}}{HYPHEN}[0-9]{{6,8}}(?![0-9])"
# (round N) A bicycle's crime-prevention registration, written as a plate is (東京 2C 48817, 神奈川 B 4471029):
# a prefecture, letters and digits, after 防犯登録 (番号).
_BICYCLE = re.compile(rf"防犯登録(?:番号)?(?:は|が|を|の|[ \u3000:：「（(])*(?P<id>[{KANJI}]{{1,4}}[ \u3000]?[0-9]?[A-Z]{{1,2}}[0-9]{{0,3}}[ \u3000-]?[0-9]{{4,}}"
                     rf"|[ぁ-ゖ]{{1,3}}{HYPHEN}[0-9]{{6,8}}(?![0-9])"  # (round AP) a city's kana, a hyphen and the serial (す-418207)
                     rf"|{KANA_SERIES_REGISTRATION})")  # (round BH) the kana, the year's digits, a hyphen, the serial (す157-0226381)
# (round AN) In a text about 防犯登録, a registration of its own shape standing as a row's field, the label in the header
# (保管番号　防犯登録番号　… / 南口-101-0223　東京C31-4407215　…): a prefecture, a letter, one to three digits, a hyphen
# and six to eight digits, after a space, a bar or a line's start.
_BICYCLE_FIELD = re.compile(rf"(?:^|(?<=[ \u3000|]))(?P<id>[{KANJI}]{{1,4}}[A-Z]{{1,2}}[0-9]{{1,3}}-[0-9]{{6,8}}|{KANA_SERIES_REGISTRATION})"
                            rf"(?![0-9A-Za-z-])",
                            re.MULTILINE)
# (round N) An invoice registration number (T + 13 digits, in groups too: T9-8801-2245-6630) is public for a
# corporation, but a sole trader's is tied to their name: personal in a sentence about an individual.
_INVOICE = re.compile(r"(?<![A-Za-z0-9])T[-‐ ]?[0-9](?:[-‐ ]?[0-9]){12}(?![0-9])")
_INVOICE_ANCHOR = re.compile("T[-‐ ]?[0-9]")
_SOLE_TRADER = re.compile("個人|事業主")
# (round O) A record of lines (a register's entry: [個人] 業種… / 代表: … / 登録番号: T…): the nearest word
# above in the same block, at most 200 characters up, says whose it is.
_RECORD_REACH = 200
_WHOSE = re.compile("個人|事業主|法人|会社")


def _sole_traders_record(text: str, line: int, start: int) -> bool:
    top = max(text.rfind("\n\n", 0, line), line - _RECORD_REACH, 0)
    words = [m.group() for m in _WHOSE.finditer(text, top, start)]
    return bool(words) and _SOLE_TRADER.fullmatch(words[-1]) is not None
_CORPORATION = re.compile("法人|会社")


# (round M) A letter-led number said to be a person's (花村様はVH28-334109です; 田中さんのIDはAB-20931):
# the honorific, は or の番号は, then the value with letters and at least five digits.
_HOLDERS_ID = re.compile(r"(?:様|さん|氏)(?:の(?:番号|ID|加入者番号|会員番号))?は[ \u3000]?(?P<id>[A-Z]{1,4}[0-9]{0,4}[-‐－]?[0-9]{5,}(?![0-9A-Za-z-]))")
_HONORIFIC_ANCHOR = re.compile("様|さん|氏")


# (round O) A number whose next cell is a corporation (- 受付番号 R13-情-0151　株式会社すみれ調査研究所　042-…):
# the corporation's, as public as its name.
_BODY_NEXT = re.compile(r"[ \u3000\t|｜,、]+(?:[^ \u3000\t|｜,、\n]{0,20}?(?:株式会社|有限会社|合同会社|(?<!個人)法人)"
                        r"|(?:団体|団体名|法人名|会社名)[ \u3000]*[:：])")  # (round AB) 予約番号 Y61-08-2291 団体:すみれ市民吹奏楽団: the group's booking


def _a_bodys_number(text: str, end: int) -> bool:
    return _BODY_NEXT.match(text, end) is not None


# (round P) A form's number on a record's first line whose next line names a person
# (訪問依頼票　整理番号 R14-新訪-0388 / 児の氏名　宮地 陽葵): that person's form.
_PERSONS_NEXT_LINE = re.compile(r"\n[ \u3000]*(?:[^\s]{0,4}の)?(?:申請者|申込者|相談者|対象者|本人)?(?:氏名|名前|申請者|申込者|相談者|対象者|本人)[ \u3000:：]")  # (round S) 申請者氏名 :


def _heads_a_persons_record(text: str, end: int) -> bool:
    line_end = text.find("\n", end)
    return line_end >= 0 and _PERSONS_NEXT_LINE.match(text, line_end) is not None


# A label that names the person (本人通知登録番号): personal, whatever else it names.
# (round T) a use permit's number (使用許可番号 霊3-0012: a grave's, a municipal flat's, a parking space's) is its holder's
_PERSON_IN_LABEL = re.compile("本人|使用許可|使用者")
# A case's number (整理番号, 受付番号, 管理番号) is the council's own in a list of documents, but a
# person's in a row that holds a person's name, address or phone (| R06-0118 | 沼田 伸也 | … |),
# and in a list of one person's particulars (滞納者は小松 孝、整理番号滞28-004417、生年月日…).
_CASE_HEADER = re.compile("整理|受付|管理|案件|通知")  # (round W) a notice's number (通知書番号) on a person's slip
_STAFF_HEADER = re.compile("担当|職員|出席|欠席|説明|所管|委員|事務局")  # | 整理番号 | 件名 | 担当者 |: the council's
_PERSON_HEADER = re.compile("氏名|名前|住所|電話|連絡先|口座|生年月日|[者人主]$")  # 申出者, 滞納者, 世帯主


# A list whose items are one person's particulars (- 代表者生年月日：…, - 事業所兼自宅：…): a number
# in it is that person's, even under a label that elsewhere names a business's (入札参加資格者番号).
_LIST_ITEM = re.compile(r"[ \u3000]*[-*+・] ")
# (round S) also a home address's item, written with a full-width space as clerks do (- 現住所　すみれ市…)
_PERSONS_ITEM = re.compile(r"(?m)^[ \u3000]*[-*+・] [^\n]{0,12}(?:生年月日|自宅|個人番号|本籍|(?<![所在])(?:現住所|住所))[^\n]{0,4}[:：\u3000]")


# (round M) Columns the minutes say are the published ones (本来は受付番号、件名、決定区分のみを載せる):
# a case number there is the council's own, whoever's row it stands in.
_PUBLISHED_COLUMNS = re.compile(r"本来は(?P<labels>[^。\n]{1,40}?)のみを?(?:載せ|掲載|公表|公開)")


def _published_labels(text: str) -> frozenset[str]:
    return frozenset(label.strip() for match in _PUBLISHED_COLUMNS.finditer(text)
                     for label in re.split("[、,・]", match.group("labels")))


def _in_a_persons_list(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    if not _LIST_ITEM.match(text, line):
        return False
    lo = hi = line
    while lo > 0 and _LIST_ITEM.match(text, text.rfind("\n", 0, lo - 1) + 1):
        lo = text.rfind("\n", 0, lo - 1) + 1
    while (nxt := text.find("\n", hi)) >= 0 and _LIST_ITEM.match(text, nxt + 1):
        hi = nxt + 1
    end = text.find("\n", hi)
    return _PERSONS_ITEM.search(text, lo, len(text) if end < 0 else end) is not None


# (round Q) A login column (ログインID, 利用者ID, アカウント, ユーザー名) and a login name in it: letters first,
# then letters and digits joined by _ . or -.
# (round S) A school's or an issuer's name before the number in an ID column (在学校・学籍番号 | すみれ大学 S18E2047):
# the number is the student's; the school's name is public.
# (round AL) its short name too (すみれ東小 6-2-17, 北中 3-1-22: 小, 中 and 高 after the school's place)
_ISSUER_IN_CELL = re.compile(rf"[{KANJI}ぁ-ゖァ-ヺー]{{1,16}}(?:大学|高専|高校|高等学校|中学校|小学校|学校|学園|学院|短大|大学校"
                             rf"|(?<=[{KANJI}ぁ-ゖァ-ヺー])[小中高])[ \u3000]+(?=[0-9A-Za-z])")
# (round W) or an export's English header naming a login (user_id, login, username, account_name)
_LOGIN_HEADER = re.compile(r"ID|アカウント|ユーザー名|ログイン名|^(?:user|login|account)(?:[_ ]?(?:id|name))?$")
_LOGIN_CELL = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*")
# (round Q) A row whose applicant is a group (| 猫補-16-004 | 西町さくらねこの会 | （団体） |): its number is the
# group's grant, not a person's.
_GROUP_CELL = re.compile(r"[（(]?(?:団体|法人)[）)]?|[^|\n]{1,20}(?:の会|協会|団|組合|クラブ|連合会|自治会|町会|町内会|法人)")


def _row_of_a_group(text: str, cells: tuple[tuple[str, int, int], ...], starts: list[int], start: int) -> bool:
    line = text.rfind("\n", 0, start)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    row = cells[bisect_left(starts, line + 1) : bisect_left(starts, end)]  # the cells of the number's row
    return any(hi <= end and _GROUP_CELL.fullmatch(text, lo, hi) and (_PERSON_HEADER.search(header) or text[lo:hi].strip("（）()") in ("団体", "法人"))
               for header, lo, hi in row)


# (round V) A row of an elected member's public spending (| 27-政-0142 | 大河原 修 議員 | 事務所賃料 |): its receipt
# number is the member's, public in that role (a private payee's name and account in the row stay personal).
_MEMBER_CELL = re.compile(r"[^|\n]{1,12}[ \u3000]?議員")


def _row_of_a_member(text: str, cells: tuple[tuple[str, int, int], ...], starts: list[int], start: int) -> bool:
    line = text.rfind("\n", 0, start)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    row = cells[bisect_left(starts, line + 1) : bisect_left(starts, end)]
    return any(hi <= end and text.endswith("議員", lo, hi) and _MEMBER_CELL.fullmatch(text, lo, hi) for _header, lo, hi in row)


def _row_of_a_roster(text: str, cells: tuple[tuple[str, int, int], ...], starts: list[int], start: int) -> bool:
    line = text.rfind("\n", 0, start)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    row = cells[bisect_left(starts, line + 1) : bisect_left(starts, end)]
    return bool(row) and row[0][1] == start and any(_ROSTER_NAME_HEADER.fullmatch(header) for header, _lo, _hi in row)


# (round U) A register of businesses (| 登録番号 | 商号・屋号 | 代表者 | …): the numbers of its rows are the
# businesses' registrations, a sole trader's too (his name, home and phone in the row stay personal).
_BUSINESS_COLUMN = re.compile("商号|屋号|法人名|会社名|事業者名|業者名|事業所名")


def _row_of_a_business(text: str, cells: tuple[tuple[str, int, int], ...], starts: list[int], start: int) -> bool:
    line = text.rfind("\n", 0, start)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    row = cells[bisect_left(starts, line + 1) : bisect_left(starts, end)]
    return any(_BUSINESS_COLUMN.search(header) for header, _lo, _hi in row)


def _row_of_a_person(text: str, cells: tuple[tuple[str, int, int], ...], start: int) -> bool:
    line = text.rfind("\n", 0, start)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return any(line < lo and hi <= end and _PERSON_HEADER.search(header) and not _STAFF_HEADER.search(header)
               and "〓" not in text[lo:hi] for header, lo, hi in cells)


# (round AC) A table's own row numbers in its first column (| 46-01 | 氏名 … |, | 0215 | …, | 47-0412 | … under 番号, 受付,
# 受付番号): values that run on by one from row to row, the same prefix before the last digits, on three rows or more, number
# the table's lines (or the office's intake, in the order it came), not the persons whose values the other cells hold —
# under a header that says nothing of whose they are (番号, 受付, 連番). A header naming a person's or a card's number
# (登録番号, 受講者番号, 利用証番号, 受付番号) keeps them personal: offices issue such numbers in order too.
# (round AG) 交付番号: an issuing counter's log numbered by day and order (| 0604-0117 | R56.6.4 10:42 | …): the issuance's.
_BARE_ROW_HEADER = re.compile(r"番号|受付|交付番号|連番|通し番号|No\.?|NO\.?|№|#")
_SERIAL_TAIL = re.compile(r"(?P<prefix>.*?)(?P<digits>[0-9]+)")
_MIN_SERIAL_ROWS = 3


def _first_cell(text: str, line: int) -> str | None:
    """The first cell of the table row starting at `line`, or None when the line is no row."""
    if not text.startswith("|", line):
        return None
    close = text.find("|", line + 1)
    end = text.find("\n", line)
    if close < 0 or (0 <= end < close):
        return None
    return text[line + 1 : close].strip(" \u3000")


def _numbers_the_tables_rows(text: str, start: int, end: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip(" \u3000|") or not text.startswith("|", line):
        return False  # not the first column
    serial = _SERIAL_TAIL.fullmatch(text, start, end)
    if serial is None:
        return False
    prefix, digits = serial.group("prefix"), serial.group("digits")
    number, width = int(digits), len(digits)
    run = 1
    for step in (-1, 1):
        position, expected = line, number
        while True:
            if step < 0:
                if position == 0:
                    break
                position = text.rfind("\n", 0, position - 1) + 1
            else:
                nxt = text.find("\n", position)
                if nxt < 0:
                    break
                position = nxt + 1
            expected += step
            if expected < 0 or _first_cell(text, position) != f"{prefix}{expected:0{width}d}":
                break
            run += 1
    return run >= _MIN_SERIAL_ROWS


def luhn_valid(digits: str) -> bool:
    """The check of payment card numbers (ISO/IEC 7812)."""
    total = 0
    for n, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if n % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


# (round R) An office's outgoing document number: two to four kanji of the section (環政 for 環境政策課), 第, the
# year and a serial, 号 (交付決定番号 環政第35-118号) after a decision's or a notice's label. A person's own number
# under such a label has no section's kanji before 第 (交付決定番号 太陽-0293, 認第20240153号).
# (round U) the section's short name may hold kana beside its kanji (す建補 for 建築課の補助, み緑, 防カ提), a grant's
# ledger (交付番号) and an office's record (記録番号: 防犯カメラ映像の提供記録) number the same way; a name of kana
# alone is a city's issue to a person (すみれ第12-0466号, a dog's registration), as before.
_OFFICE_DOCUMENT = re.compile(rf"(?=[ぁ-ゖァ-ヺ]{{0,3}}[{KANJI}])[{KANJI}ぁ-ゖァ-ヺ]{{2,4}}第[0-9]{{1,4}}[-‐－][0-9]{{1,5}}号")
# (round AE) a disposal's or a ruling's number too (処分番号 路喫第52-0117号): the office's decision, numbered as its documents.
# (round BB) and a case's (事件番号 緑管第124-12号): the office's own case, numbered as its documents.
_DECISION_LABEL = re.compile("決定|指令|通知|文書|決裁|交付|記録|処分|裁決|事件")


def _office_document_number(label: str, value: str) -> bool:
    return _DECISION_LABEL.search(label) is not None and _OFFICE_DOCUMENT.fullmatch(value) is not None


# (round R) A case's number printed on a slip a person was handed (処分票の控えに書かれた整理番号 …; 納付書にある受付番号):
# the person's own case, as on a row of their particulars.
# (round W) A form's field line (通知書番号  2050-03-18847) under a person's fields on the lines just above
# (納税義務者  氏名  … / 住所  …): the form is that person's, and so is its number.
_PERSONS_FIELD_LINE = re.compile(r"(?:^|\n)[^\n]{0,12}(?:氏名|住所)[ \u3000]+(?=[^ \u3000\n])")
_FORM_REACH = 160


def _on_a_persons_form(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    return line == start and _PERSONS_FIELD_LINE.search(text, max(0, line - _FORM_REACH), line) is not None


_ON_A_PERSONS_SLIP = re.compile(r"(?:票|控え|通知書|納付書|領収書|告知書|督促状)(?:の控え)?(?:に|の)(?:書かれた|記載された|記載の|ある|印字された)?$")


# (round S) A machine record of key=value pairs (a session log, an application's export) about a person: a
# value under an English key naming a person's identifier (user=, login=, shown=, account=, application_id=,
# dog_reg_no=, member_number=) is theirs when the record (its paragraph) also holds a key for a person's
# particulars (name=, applicant=, tel=, mail=, address=, birth=). A session's, request's or device's key
# (session=7f3a, request_id=…) names no one. The key is at most _RECORD_KEY_LENGTH characters before "=".
_RECORD_KEY_LENGTH = 32
_RECORD_VALUE = re.compile(
    r"(?<![A-Za-z0-9_.-])(?P<key>[A-Za-z][A-Za-z0-9_]{0,31})=\"?(?P<id>[^\s\"',;&=<>|]+)"
)
_EQUALS_ANCHOR = re.compile("=")
_ID_KEY = re.compile(
    r"(?:user(?:_?name|_?id)?|login(?:_?id|_?name)?|shown|account(?:_?id)?|uid|member|holder|customer|client|patient|student|entry"
    r"|(?:[a-z0-9]+_)*(?:id|no|num|number))", re.IGNORECASE)
_NOT_A_PERSONS_KEY = re.compile(r"(?:session|request|trace|span|correlation|transaction|order|error|event|job|process|thread"
                                r"|device|terminal|host|server|build|version|commit|message|packet|page|item|product|file|line)",
                                re.IGNORECASE)
_PERSONS_KEY = re.compile(r"(?<![A-Za-z0-9_])(?:(?:[a-z]+_)?name|applicant|owner|holder|tel|phone|mobile|e?mail|address|addr|birth(?:day|_?date)?|dob)"
                          r"=", re.IGNORECASE)
_FILLED_PERSONS_KEY = re.compile(_PERSONS_KEY.pattern + r"\"?(?!匿名|非公開|未記入|なし|-|\"|\s|$)", re.IGNORECASE)
_RECORD_REACH_CHARS = 600


def _personal_record_value(text: str, match: re.Match[str]) -> bool:
    key, value = match.group("key"), match.group("id")
    if not _ID_KEY.fullmatch(key) or _NOT_A_PERSONS_KEY.match(key):
        return False
    if len(value) < 4 or not any(ch.isdigit() for ch in value):
        return False
    line_lo, line_hi = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
    line_hi = len(text) if line_hi < 0 else line_hi
    if _PERSONS_KEY.search(text, line_lo, line_hi):  # (round T) a one-line record decides by its own keys:
        return _FILLED_PERSONS_KEY.search(text, line_lo, line_hi) is not None  # name="匿名" mail="" names no one
    lo = max(text.rfind("\n\n", 0, match.start()), match.start() - _RECORD_REACH_CHARS, 0)
    hi = text.find("\n\n", match.end())
    hi = min(len(text) if hi < 0 else hi, match.end() + _RECORD_REACH_CHARS)
    return _PERSONS_KEY.search(text, lo, hi) is not None


# (round S) A business's number (事業者番号 企誘-0388) is a person's when the minutes speak of a sole trader
# (個人事業主) and the number stands on a line that addresses a person (「… 巽 恭平 様」).
_BUSINESS_HOLDER = re.compile("事業者|事業所")
_ADDRESSED = re.compile(rf"[{KANJI}ぁ-ゖァ-ヺ][ \u3000]?(?:様|殿)(?:[」』]|$)", re.MULTILINE)


def _a_sole_traders_number(text: str, label: str, start: int) -> bool:
    if not _BUSINESS_HOLDER.search(label) or "個人事業" not in text:
        return False
    line = text.rfind("\n", 0, start) + 1
    return _ADDRESSED.search(text, line, start) is not None


# (round AE) An insurance card's symbol and number joined by 中黒 as the label 記号・番号 joins them (すみ国 402・1187): the
# symbol (a city's kana and its kanji, or kanji alone) and a space may open it. Read on a line holding the label, after it
# (a table's row label: | 被保険者証 記号・番号 | すみ国 402・1187 | すみ国 402・3306 |), and in cells under it.
_SYMBOL_NUMBER_LABEL = re.compile("記号[・･]?番号")
_SYMBOL_AND_NUMBER_JOINED = re.compile(
    rf"(?<![0-9A-Za-zぁ-ゖ{KANJI}])(?P<id>(?:[ぁ-ゖ]{{1,4}}[{KANJI}]{{0,2}}|[{KANJI}]{{1,4}})?[ \u3000]?[0-9]{{1,8}}[・･][0-9]{{1,10}})(?![0-9])")


def _symbols_and_numbers(text: str) -> Iterator[tuple[int, int]]:
    for label in _SYMBOL_NUMBER_LABEL.finditer(text):
        line_end = text.find("\n", label.end())
        for match in _SYMBOL_AND_NUMBER_JOINED.finditer(text, label.end(), len(text) if line_end < 0 else line_end):
            yield match.span("id")
    for header, start, end in table_cells(text):
        if _SYMBOL_NUMBER_LABEL.search(header) and (match := _SYMBOL_AND_NUMBER_JOINED.fullmatch(text, start, end)) is not None:
            yield match.span("id")
