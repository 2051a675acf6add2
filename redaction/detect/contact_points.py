"""Values that are not a private person's, read from their form (round K).

- a contact point of a public body or a business: a phone, address or e-mail after
  問い合わせ先, 窓口, 受付センター, 本社, or a body's or facility's name (すみれ警察署, …図書館,
  …センター, 株式会社…, …協会), in the same sentence, with no private person between
  (お問い合わせ　すみれ市立中央図書館 042-000-2600; 問い合わせ先は03-0000-5250; 本社は東京都…、電話03-…);
  a number the sentence calls a switchboard after it (042-000-0110の代表から, …は代表番号ですね);
- numbers no person holds: toll-free and navigation dials (0120, 0800, 0570, 0180);
- a form's placeholder: every digit the same (000000000000), an e-mail whose local part is a
  placeholder or a role (sample@…, test@…, info@…);
- a land parcel (所在地（地番）…): a place, not a home.
A private person between the body and the value (窓口で田中様が090-…, センターに住所を告げた方の…)
keeps the value personal.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .officers_rows import an_officers_own_value
from .particulars import in_row_of_a_person, is_business_place, names_a_private_person, table_cells

_CONTACT_TYPES = frozenset({"phone", "postal_address", "email"})
_LOOK_BACK = 40  # characters before the value, within its sentence
_BODY = re.compile(
    "お?問い?合わ?せ(?:先|窓口)?|問合せ先?|相談窓口|窓口|受付センター|受付窓口|コールセンター|センター|本社|本店|支店|"
    "警察署|消防署|税務署|図書館|公民館|病院|市役所|区役所|役場|事務所|協会|組合|(?:行政書士|弁護士|司法書士|社会福祉協議)会|"
    "株式会社|有限会社|合同会社|[（(]株[）)]|地番"
    "|法人|集会所|町会|町内会|自治会|事業所|営業所"  # (round P) 事業所の電話（042-000-6634）も公表されている  # (round O) NPO法人すみれ…、電話…; 町会の連絡先は…集会所の電話…
    "|法務局|支局|労働局|年金事務所|保健所|児童相談所|裁判所|ハローワーク"  # (round Q) 東京法務局府中支局（電話 …）: a public body's office
    # (round R) a professional or trade association (すみれ市獣医師会（電話 …）)
    "|(?:医師|歯科医師|薬剤師|獣医師|士|商工|連合|協議|振興|観光)会"
    # (round X) a public facility named before its place and line (ひばりが丘児童館は、すみれ市…、電話 …です; 児童館の電話 …),
    # a residents' disaster-prevention or crime-prevention group (ひばりが丘三丁目防災会,,042-…)
    "|児童館|児童センター|体育館|美術館|博物館|資料館|会館|保育園|保育所|幼稚園|学校|出張所|(?:防災|防犯)会"
    # (round S) a service's own line (粗大ごみの電話受付（…）, 環境パトロール専用電話 …, 相談ダイヤル), a bank
    # (日本骨髄バンク（電話 …）), a firm or a paper whose name ends in 社 before its brackets (すみれタイムズ社（…）)
    # (round AB) a clinic or a pharmacy named before its number (| かかりつけ医 | すみれ中央クリニック 042-… |)
    "|(?<=[ァ-ヺー一-龯])(?:クリニック|医院|診療所|薬局)"
    # (round AC) a fire brigade's station (第3分団詰所　すみれ市…) and a works site (| 工事場所 | すみれ市…（地番） |): places, not homes
    "|詰所(?=[ \u3000])|工事場所|工事箇所|工事現場|施工場所"
    # (round BJ) a facility's designated manager (a body the city appoints): 指定管理者の電話 042-000-…
    "|指定管理者"
    # (round AT) a care facility named before its bracket (介護老人福祉施設すみれの里（電話 …）), a body's department before
    # its line (ドナーコーディネート部、電話 …)
    "|(?<=[一-龯])施設(?=[^\\s、。（(]{1,16}[（(])|(?<=[ァ-ヺー一-龯])部(?=[、,][ \u3000]?(?:電話|TEL))"
    "|(?:電話受付|バンク|銀行|信用金庫|(?<=[ァ-ヺー一-龯])社|(?<=[ぁ-ゖァ-ヺー一-龯])(?:サポート|サービス))(?=[（(])|専用電話|専用ダイヤル|相談ダイヤル|ホットライン|相談電話"
)
# Someone private between the body and the value: the value is theirs.
_PRIVATE = re.compile("様|さん|氏|君|自宅|携帯|本人|個人|家族|方の|方は|方が|申込者|申請者|請求人|相談者|利用者|患者|保護者|住所|連絡先"
                      # (round T) a body's officer named in full, the value in brackets after the name (栄町町会 会長 大河内 勇（…）)
                      # (round AL) or after the name and 、 inside the brackets (（会長 秦野 健吾、042-…）, （会長 Farouk 達也、…@…）)
                      r"|(?:会長|代表者?|理事長?|組長|班長|役員|推薦者)[ \u3000]+(?:[一-龯]{1,4}|[A-Z][a-z]+)[ \u3000][一-龯ぁ-ゖァ-ヺ]{1,4}(?:[（(]|、(?=[^、]*\Z))")
_WORKPLACE = re.compile("勤務先|勤め先|職場|自宅|実家")  # a private person's place, whatever body it names
_WORKPLACE_REACH = 12
_PERSONS_OWN_BODY = re.compile(r"(?:様|さん|氏)の\Z")
# (round T) A column of an export naming a person's own place or line (代表者自宅, 担当者携帯, 本人連絡先).
_PERSONS_COLUMN = re.compile("自宅|携帯|個人|本人|住所")


def _in_a_persons_column(text: str, start: int) -> bool:
    if "," not in text and ";" not in text and "\t" not in text:
        return False
    return any(lo <= start < hi and _PERSONS_COLUMN.search(header) is not None for header, lo, hi in table_cells(text))
_SWITCHBOARD_AFTER = re.compile(
    r"[ \u3000]?(?:の|は|が)?代表(?:番号|電話)?"
    # (round R) the sentence gives the value to a body named before: …の電話 042-… は同社の代表番号です / は当会の連絡先
    r"|[ \u3000]?(?:は|が|も)(?:同|当|その)(?:社|会|協会|法人|団体|店|事業所|センター|組合|病院|施設|学校|園)の"
    r"(?:代表|電話|連絡先|窓口|事務所|所在地|住所|メール|番号)"
    # (round R) a number given in care of a body: 042-000-2290（センター気付）
    r"|[ \u3000]?[（(][^（()）\n]{0,16}気付[）)]"
    # (round BJ) a number the next words call the city's (FAX 042-000-… は市の番号ですね)
    r"|[ \u3000]?は(?:市|区|町|村|市役所)の番号"
    # (round S) a number its brackets call a shop's or a body's switchboard: （042-000-7890、店の代表番号として公表）
    r"|[、,][ \u3000]?[^（()）\n、。]{0,6}代表(?:番号|電話)")
# (round R) A number in brackets after a switchboard's word: 学校の代表番号（第一中学校 042-000-3101 など）
# (round W) or a section's direct line an official gives: 電話は課の直通 042-000-1452 でお受けしています
_SWITCHBOARD_BEFORE = re.compile(r"代表(?:番号|電話)[（(][^（()）\n、。]{0,16}$"
                                 r"|(?:課|係|室|局|担当|窓口|センター)の?直通(?:番号|電話)?[ \u3000]*(?:は|[:：])?[ \u3000]*$")
_NO_PERSON_DIAL = re.compile(r"(?:0120|0800|0570|0180)")
_PLACEHOLDER_LOCAL = re.compile(
    r"(?:sample|example|test|dummy|hoge|fuga|foo|xxx+|abc|yourname|your\.name|info|contact|office|support|webmaster|noreply|no-reply"
    # (round O) an office's or a service's role: kaisen@ (開栓), kodomo-center@, madoguchi@, helpdesk@
    r"|[a-z]+-?(?:center|centre|desk|service|svc|office|support)|kaisen|heisen|uketsuke|madoguchi|soudan|jimukyoku"
    r"|helpdesk|admin|reception|inquiry|toiawase"
    # (round R) a duty's or a publication's mailbox: bosai@ (防災), news@, magazine@, press@, event@
    r"|bosai|bousai|kinkyu|news|newsletter|magazine|mailmag|press|event|ivent|jouhou|johou|haishin"
    # (round T) a box office's or a booking desk's mailbox: ticket@, booking@, yoyaku@
    r"|tickets?|booking|reservations?|yoyaku|box-?office"
    # (round U) a desk's duty in romaji: haken@ (派遣, an association's dispatch desk), moushikomi@ (申込), shinsei@ (申請)
    r"|haken|moushikomi|mosikomi|moshikomi|shinsei|shinsa|chosei|chousei|annai|renraku"
    # (round P) a university's or an office's section: career-c@, kyomu@, gakusei-ka@, jinji@
    r"|(?:career|kyomu|gakumu|gakusei|nyushi|jinji|soumu|somu|kikaku|koho|kouhou|keiri|kokusai)(?:[-_]?[a-z]{1,3})?)"
    r"[0-9]{0,3}@", re.IGNORECASE)
# (round O) A public body's domain: city.…, pref.…, town.…, vill.…, …lg.jp, …go.jp — the office's address.
_OFFICE_DOMAIN = re.compile(r"@(?:(?:city|pref|town|vill|metro)\.|[^@\s]*\.(?:lg|go)\.jp$)", re.IGNORECASE)


# (round AD) A fraud's record listing the criminal's numbers (犯人が使った電話番号　03-5550-9172、050-5550-4406; 犯人の電話番号は…):
# the numbers a police notice publishes; whatever a recognizer read them as (a phone, a number under 番号), nobody's private one.
_FRAUD_TYPES = frozenset({"phone", "personal_id", "postal_address"})
_FRAUD_REACH = 40
_THE_CRIMINALS_NUMBER = re.compile(r"犯人(?:が(?:使った|使用した|かけてきた|名乗った)|の)[^。\n、]{0,6}?(?:電話)?番号(?:は|が)?[ \u3000:：]*"
                                   r"(?:[0-9-]{10,13}[、，,][ \u3000]?)?\Z")


# (round AH) A person's contact given at work (連絡先の勤務先の電話 03-…（代表）): the workplace's switchboard is how the text
# says to reach the person, so it is the person's contact, as a workplace's 内線 is; the council's and a firm's own lines are
# written without a person's 連絡先 before them.
_PERSONS_CONTACT_AT_WORK = re.compile(r"連絡先(?:の|は|[ \u3000:：（(])*(?:勤務先|勤め先|職場)(?:の|[ \u3000:：は（(）)])*(?:電話|TEL)?(?:番号)?(?:は|[ \u3000:：（(])*\Z")


def a_persons_contact_at_work(text: str, start: int) -> bool:
    lo = max(0, start - 16)
    return text.find("連絡先", lo, start) >= 0 and _PERSONS_CONTACT_AT_WORK.search(text, lo, start) is not None


def is_not_personal(type_: str, folded: str, start: int, end: int) -> bool:
    """True when the value's form or its sentence says that no private person holds it."""
    value = folded[start:end]
    if (_same_digits(value) or (type_ == "phone" and _ZERO_SUBSCRIBER.search(value))
            or (type_ == "postal_address" and _ZERO_POSTCODE.fullmatch(value))):
        return True
    if type_ == "email" and (_PLACEHOLDER_LOCAL.match(value) or _OFFICE_DOMAIN.search(value)):
        return True
    if type_ == "phone" and _NO_PERSON_DIAL.match(value.lstrip("(（")):
        return True
    if type_ in _FRAUD_TYPES and "犯人" in folded[max(0, start - _FRAUD_REACH) : start] and _THE_CRIMINALS_NUMBER.search(
            folded, max(0, start - _FRAUD_REACH), start):
        return True  # (round AD) 犯人が使った電話番号　03-…、050-…: the numbers a fraud's record says the criminal used
    if type_ == "postal_address" and folded.startswith(("ほか", "外"), end) and _OTHER_LOTS_AFTER.match(folded, end):
        return True  # (round AI) すみれ市桜ケ丘三丁目1102番3ほか2筆の土地: 筆 counts land lots, the value is a lot (地番)
    if type_ not in _CONTACT_TYPES:
        return False
    if type_ == "phone" and (_SWITCHBOARD_AFTER.match(folded, end)
                             or _SWITCHBOARD_BEFORE.search(folded, max(0, start - 24), start)):
        return True
    if type_ != "email" and _COMPANY_BRACKET_BEFORE.search(folded, max(0, start - 30), start) and _SWITCHBOARD_IN_BRACKET.match(folded, end):
        return True  # (round S) 株式会社すみれ精機（すみれ市西町4-2-10、代表 042-…）: the company's place beside its switchboard
    if type_ == "email" and _SECTION_SENDER.search(folded, max(0, start - 40), start):
        return True  # (round S) From: すみれ塗装 工事課 <koji@…>: a firm's section's mailbox
    if _in_a_bodys_brackets(folded, start):
        return True  # (round T) 北町保管所（すみれ市北町6-3-2、電話 …）, Sumire Precision Co., Ltd. (042-…), 会社に同じ（03-…）
    if "例" in folded and _EXAMPLE_LINE.search(folded[folded.rfind("\n", 0, start) + 1 : start].replace(" ", "")):
        return True  # (round T) 記 入 例　す み れ 太 郎　す み れ 市 本 町 1 - 1 - 1: a form's fill-in example
    if _PUBLISHED_AFTER.match(folded, end):
        return True  # (round P) 事業所の電話（042-000-6634）も公表されているものです
    if type_ == "postal_address" and _PARCEL_AFTER.match(folded, end):
        return True  # (round P) 市有地（すみれ市東町2-20、地積412.35平方メートル）: a parcel, not a home
    if type_ == "postal_address" and _ESTATE_AFTER.match(folded, end):
        return True  # (round W) すみれ市北町一丁目17番の市営住宅です
    if type_ == "postal_address" and _A_PROPERTYS_BUILDING.match(folded, end) and _a_property_in_the_sentence(folded, start, end):
        return True  # (round AB) 物件は すみれ市北町三丁目1402番7 の木造2階建てで、家屋番号は…: a property's lot, as its registry names it
    if type_ == "postal_address" and "対象物" in folded[max(0, start - 10) : start] and _INSPECTED_BUILDING_BEFORE.search(folded, max(0, start - 10), start):
        return True  # (round AD) 防火対象物　すみれ市栄町一丁目4番 第二栄ビル: the building a fire inspection names, its place
    if type_ == "postal_address" and _VENUE_AFTER.match(folded, end):
        return True  # (round Q) 賀詞交歓会（すみれ市本町3-2-10 すみれ商工会館）: a venue
    if type_ == "phone" and folded.find("所在地", max(0, start - 80), start) >= 0 and _after_a_business_place(folded, start):
        return True
    if type_ == "phone" and _BODY_WORD_AFTER.match(folded, end) and not a_persons_contact_at_work(folded, start):
        return True  # (round Z) 042-000-5580（事業所）: the number a bracket after it calls a firm's or an office's
    if type_ == "phone" and _FIRM_WORD_LABEL.search(folded, max(0, start - 8), start):
        return True  # (round Y) | 工務店 042-000-9931 |: a cell's number labelled by the firm's word, the firm's
    if type_ == "phone" and folded.startswith("  ", end) and _FAX_HEADER_SENDER.match(folded, end):
        return True  # (round Y) 12/04/2055 14:27  FAX 042 000 7735      すみれ北口クリニック        P.001/001: the sending body's
    if type_ == "phone" and _SIGNATURES_NUMBER_LINE.match(folded, folded.rfind("\n", 0, start) + 1) and _a_bodys_line_above(folded, start):
        return True  # (round AT) > 楢崎周税理士事務所　〒…　/ > TEL 042-…　FAX 042-…: a signature's office line, its numbers below
    return _after_a_body(folded, start)


# (round AT) A signature's or a letterhead's number line (TEL …　FAX …) right below a line naming a body (an office, a firm)
# with no private person's word nor an account on it: the body's numbers.
_SIGNATURES_NUMBER_LINE = re.compile(r"(?:>[ \u3000]*)?(?:TEL|Tel|FAX|Fax|℡)")


def _a_bodys_line_above(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    if line == 0:
        return False
    above = text[text.rfind("\n", 0, line - 1) + 1 : line - 1]
    return _BODY.search(above) is not None and _PRIVATE.search(above) is None and "口座" not in above


# (round AB) A lot's address followed by the building on it (…1402番7 の木造2階建て), in a sentence about a property (物件,
# 家屋番号, 空き家): the lot is named as the registry names it, the place of a thing; a person's home (…さんの自宅は…の木造…)
# has no property's word in its sentence.
_A_PROPERTYS_BUILDING = re.compile(r"[ \u3000]?の(?:木造|鉄骨|鉄筋|軽量鉄骨|ブロック造)")
_PROPERTY_WORD = re.compile("物件|家屋番号|空き家|空家")


def _a_property_in_the_sentence(text: str, start: int, end: int) -> bool:
    sentence = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find("。", end), text.find("\n", end)) if i >= 0]
    return _PROPERTY_WORD.search(text, sentence, min(ends) if ends else len(text)) is not None


_BODY_WORD_AFTER = re.compile(r"[ \u3000]?[（(](?:事業所|会社|事務所|店舗|本社|支店|営業所|代表)[）)]")


# (round Y) A firm's word alone as the label of a number in a cell or a list (| 工務店 042-000-9931 |, 、会社 03-…): the
# firm's line; a person's word there (自宅, 携帯, 本人) is not one of these.
_FIRM_WORD_LABEL = re.compile(r"(?:^|[|,、（(／/])[ \u3000]*(?:工務店|商店|会社|事務所|工業|建設|勤務先の会社)[ \u3000:：]*\Z", re.MULTILINE)
# (round Y) A fax's transmission header: the sender's number, a run of spaces, the sender's name, a run of spaces, the page
# mark (P.001/001). When the name is a body's (a clinic, a firm, an office), the number is the body's machine; a person's
# name there (or a job number, No.0417) leaves the number a finding.
_FAX_HEADER_SENDER = re.compile(r"[ \u3000]{2,}[^\s]{0,20}(?:クリニック|医院|病院|薬局|事務所|センター|株式会社|有限会社|商店|工務店|"
                                r"役所|役場|協会|組合|[課係所館署])[ \u3000]{2,}P\.[ ]?[0-9]{1,3}")


# (round T) A value inside the brackets after a body's or a facility's name (北町保管所（…、電話 …）, 訪問看護
# ステーションすみれ（…）, Sumire Precision Co., Ltd. (…)), or after 会社に同じ (a form's "same as the company"):
# the body's; not after a person's (…様の事業所（FAX …）) nor a home's word (住所（…）, 居所).
# (round BN) an addressee's 御中 between the name and the bracket too (すみれ市情報公開係 御中（FAX …）).
# (round Y) 所有 is ownership, not a facility (…氏所有の倉庫（すみれ市…）: the owner's place).
_FACILITY = "(?<![住居])所(?!有)|ステーション|クリニック|薬局|医院|署|庁|館|(?<=[一-龯])[課係]"  # (round AB) 手当係（FAX …）
_BODYS_BRACKET = re.compile(
    rf"(?:(?:{_BODY.pattern}|{_FACILITY})[^\s、。（）()様氏]{{0,8}}(?:[ \u3000]?御中)?|(?:Co\.,? ?Ltd|Inc|Corp|LLC|Ltd|K\.K)\.?[ ]?"
    r"|(?:会社|勤務先|事務所|店)(?:に|と)同じ)[（(][^（()）\n]{0,40}\Z")
_PERSONS_BODY = re.compile(r"(?:様|さん|氏|君)の[^\s、。（）()]{0,12}[（(][^（()）\n]{0,40}\Z")
# (round T) A form's printed example with the forms' placeholder person (記 入 例　す み れ　太 郎　す み れ 市 本 町 1 - 1 - 1,
# read unspaced): no one's. A real person in an example (記入例に、栗林 あかね、…) keeps the value personal.
_EXAMPLE_LINE = re.compile("(?:記入例|記載例)[\u3000:：、]*[ぁ-ゖァ-ヺ一-龯]{1,4}\u3000?(?:太郎|花子)(?![ぁ-ゖァ-ヺ一-龯])")


def _in_a_bodys_brackets(text: str, start: int) -> bool:
    lo = max(text.rfind("\n", 0, start) + 1, start - 70)
    match = _BODYS_BRACKET.search(text, lo, start)
    if match is None or _PERSONS_BODY.search(text, lo, start):
        return False
    inside = text.find("（", match.start(), start) + 1 or text.find("(", match.start(), start) + 1
    return _PRIVATE.search(text, inside, start) is None and _WORKPLACE.search(text, lo, start) is None


# (round S) A company's brackets that also hold its switchboard (代表 042-…): what they hold is the company's,
# even after 勤務先 (a person's workplace is a company's public place when its 代表 number stands with it).
_COMPANY_BRACKET_BEFORE = re.compile(r"(?:株式会社|有限会社|合同会社)[^（()）\n、。]{0,20}[（(]\Z|[^（()）\n、。]{1,20}(?:株式会社|有限会社|合同会社)[（(]\Z")
_SWITCHBOARD_IN_BRACKET = re.compile(r"[^（()）\n]{0,20}?[、,][ \u3000]*代表(?:番号|電話)?[ \u3000:：]*[0-9]")
# (round S) A mail header's sender named by a section of a firm or an office (From: すみれ塗装 工事課 <koji@…>).
_SECTION_SENDER = re.compile(r"(?:From|To|Cc|差出人|送信者|宛先)[ \u3000]*[:：][^<\n@]{0,30}(?:課|部|係|室|事務所|営業所|支店|事務局|センター)[ \u3000]*<\Z")


# (round P) A value the sentence says is published: …（042-000-6634）も公表されているもの / …は市が公表しています.
_PUBLISHED_AFTER = re.compile(r"[）)]?(?:も|は)(?:市が|市で|[^。\n、]{0,8}で)?公表(?:されて(?:いる|おり|います)|して(?:いる|おり|います))(?!もの(?:では|じゃ)|わけ(?:では|じゃ))")
# (round P) A parcel's place and its area: すみれ市東町2-20、地積412.35平方メートル.
# (round Q) or its land category and area in brackets: 北町二丁目1342番（宅地 231.07平方メートル）.
# (round S) or a lot's number said to be of land (すみれ市西町二丁目1187番の土地).
# (round T) a lot and its category with a space only (すみれ市西町三丁目1204番 宅地 165.28平方メートル), or land the
# city or the state owns (すみれ市西町9-2-1 市有地)
_PARCEL_AFTER = re.compile(r"[ \u3000]*[、,（(][ \u3000]*(?:地積|面積|敷地面積|(?:宅地|山林|雑種地|原野|田|畑|池沼|牧場)[ \u3000]*[0-9])"
                           r"|(?<=番)[ \u3000]+(?:宅地|山林|雑種地|原野|田|畑|池沼|牧場)[ \u3000]*[0-9]"
                           r"|[ \u3000]*(?:市|区|町|村|都|道|府|県|国|公)有地"
                           r"|(?<=番)の(?:土地|宅地|農地|山林|雑種地|用地)"
                           # (round W) a lot, its category and its area (…2217番14　公衆用道路　86.4平方メートル)
                           r"|[ \u3000]+(?:宅地|山林|雑種地|原野|田|畑|池沼|牧場|公衆用道路|用悪水路|墓地|境内地|保安林)[ \u3000]+[0-9][0-9.,]*[ \u3000]*(?:平方メートル|㎡|m2)"
                           # (round Y) a lot and its area in the table's next cell (| すみれ市みどり台三丁目1127番4 | 3.6㎡ |)
                           r"|[ \u3000]*\|[ \u3000]*[0-9][0-9.,]*[ \u3000]*(?:平方メートル|㎡|m2)[ \u3000]*\|")
# (round W) A public housing estate named to its block (すみれ市北町一丁目17番の市営住宅): the estate's place; a
# room or a building's number after it (…の市営住宅3号棟205号室) is a tenant's home.
_ESTATE_AFTER = re.compile(r"の?(?:市営|県営|都営|府営|道営|町営|村営|公営|公社)住宅(?![^。\n、]{0,8}[0-9])")
# (round Q) A hall or another venue named right after the address (すみれ市本町3-2-10 すみれ商工会館）): the
# venue's place, not a home (a residence's building is a マンション, ハイツ, レジデンス …, never a 会館).
# (round S) an office building with its floor (すみれ市本町1-2-3 すみれ駅前ビル4階): a home is a room (号室), not a floor.
_VENUE_AFTER = re.compile(r"[ \u3000]+[^\s、。()（）|]{0,16}(?:会館|会議所|公民館|市民館|体育館|集会所|文化センター|ホール|庁舎"
                          r"|ビル[ \u3000]?[0-9]{1,2}(?:階|F))(?=[ \u3000]|[）)、。,]|$)")


# (round M) A placeholder phone: every digit after the first group is 0 (080-0000-0000, 03-0000-0000).
_ZERO_SUBSCRIBER = re.compile(r"^[(（]?0[0-9]{1,4}[)）]?[-‐－ー―\s(（)）]*0{2,4}[-‐－ー―\s)）]*0{4}$")

_ZERO_POSTCODE = re.compile(r"〒?[ \u3000]?[0-9]{3}[-‐－]0000")  # 090-0000 of a placeholder phone read as a postcode


def _same_digits(value: str) -> bool:
    digits = [ch for ch in value if ch.isdigit()]
    return len(digits) >= 6 and len(set(digits)) == 1 and len(digits) * 2 > len(value)


_PRIVATE_OWNER = re.compile("(?:隣|隣地|個人|私有地)[^。\n]{0,6}所有者|所有者の(?:氏名|住所)")


# (round AD) A building named by a fire inspection's word (防火対象物, 査察対象物): the building's place, whoever owns it.
_INSPECTED_BUILDING_BEFORE = re.compile(r"(?:防火|査察|消防)対象物[ \u3000:：は]*\Z")


def _after_a_body(text: str, start: int) -> bool:
    sentence = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    line = text.rfind("\n", 0, start) + 1
    if not text.startswith("|", line) and _in_a_persons_column(text, start):
        return False  # (round T) 法人名;所在地;代表者;代表者自宅: a corporation's row, its representative's home
    if in_row_of_a_person(text, start):
        return False  # (round V) 中央図書館;比嘉 剛（屋号 ひが商店）;…;042-…: a sole trader's row, the facility another cell
    if text.startswith(("○", "◯", "〇"), line):  # a speaker's own label (○中央図書館 サービス係長　…) is not a body
        turn = text.find("\u3000", line, start)
        sentence = max(sentence, turn + 1)
    if text.startswith("|", line):  # a table row: each cell is an item of its own (| りそな銀行 すみれ支店 … | 090-… |),
        cell = text.rfind("|", line, start) + 1  # and the row's first cell may be its label (| 所在地（地番） | … |)
        first_end = text.find("|", line + 1)
        if 0 <= first_end < cell and _label_cell_is_a_body(text[line + 1 : first_end]):
            return not an_officers_own_value(text, start)  # (round BJ) | 第14自治会 | 鶴巻 光代 | すみれ市… |: the head's home
        row_end = text.find("\n", start)
        row = text[line : len(text) if row_end < 0 else row_end]
        if (_COMPANY_CELL.search(row) and _PRIVATE.search(row) is None and _WORKPLACE.search(row) is None
                and not names_a_private_person(text, start)):
            return True  # (round M) | R09-0366 | 株式会社すみれ新聞社 | すみれ市本町1-2-1 | 042-… |: the company's row
        sentence = max(sentence, cell)
    lo = max(sentence, start - _LOOK_BACK)
    last = max(_BODY.finditer(text, lo, start), key=lambda match: match.start(), default=None)
    short = _last_company_short_name(text, lo, start)
    if short is not None and (last is None or short.start() > last.start()):
        last = short  # (round R) すみれFMの連絡先は電話 …: a company the document names in full elsewhere (すみれFM株式会社)
    # (round S) a workplace's word names the body right after it (勤務先 株式会社…（…）), not one further on
    # (その勤務先への助成金について、…日本骨髄バンク（電話 …）)
    # (round AE) the word just before the body read even where the value stands further on than the look-back (自宅兼事業所
    # すみれ市…、電話 …、nogami.engei@…: a sole proprietor's home and all his values after it)
    if last is None or _WORKPLACE.search(text, max(sentence, last.start() - _WORKPLACE_REACH), start) is not None:
        return False
    if text.startswith("長", last.end()) and last.group() in _ASSOCIATIONS:
        return False  # (round BN) RN：ねこ町内会長 ／ 猫田 栄作 ／ すみれ市…: 町内会長 names the association's head, a person
    if text.startswith(_LIST_MARK_OPENINGS, line) and _PERSON_AT_THE_ITEMS_HEAD.match(text, line, last.start()):
        return False  # (round AJ) 1. 宍戸 彩葉　すみれ第一中学校　090-…: a list of people, each item's body the person's school
    if _PERSONS_KEY_BEFORE.search(text, max(lo, start - 16), start):
        return False  # (round Z) a JSON record's "home": "…" after its "shelter": "…小学校": the value's own key says whose
    if _AN_ACCOUNT_AFTER_THE_BRANCH.match(text, last.end()):
        return False  # (round AI) …様の 東京スター銀行 本店 普通 3104476、すみれ市…: the branch names an account, not a place of its own
        # (round AT) its branch number in brackets too (すみれ駅前支店（店番 209） 普通 1188306、電話 …)
    if _ACCOUNT_WORD_BEFORE.search(text, max(lo, last.start() - 24), last.start()):
        return False  # (round Z) 振込先 ソニー銀行 本店営業部 …　電話 070-…: the bank is where the money goes, the phone the payee's
    if (_IN_CLOSED_BRACKETS.match(text, last.end(), start)
            and max(text.rfind("（", lo, last.start()), text.rfind("(", lo, last.start())) > max(text.rfind("）", lo, last.start()), text.rfind(")", lo, last.start()))):
        return False  # (round Z) 第3投票区（すみれ第一小学校）　浅利 美智子　…すみれ市本町…: a body in a bracket closed before the value, a note on what it follows
    if last.group() == "地番" and _PRIVATE_OWNER.search(text, max(0, last.start() - 200), last.start()):
        return False  # (round P) the parcel of a private owner named just before (隣の土地の所有者 … 地番は…): theirs
    if _PERSONS_OWN_BODY.search(text, max(0, last.start() - 3), last.start()):
        return False  # (round T) 砂押 弘美様の事業所（FAX 042-…）: a private person's own business
    own = _BODYS_CONTACT.match(text, last.end(), start)  # (round N) 株式会社すみれ電算、緊急連絡先は042-…
    return _PRIVATE.search(text, own.end() if own else last.end(), start) is None


_ASSOCIATIONS = frozenset(("町内会", "町会", "自治会"))
# (round Z) A record's key naming a person's own place right before the value, and the words of a transfer's account.
_PERSONS_KEY_BEFORE = re.compile(r"\"(?:home|address|住所|自宅|現住所|連絡先)\"[ ]?:[ ]?\"\Z")
_OTHER_LOTS_AFTER = re.compile("(?:ほか|外)[0-9一二三四五六七八九十]{1,3}筆")
# (round AI) A bank's branch followed by an account's kind and number: the branch is the account's, the values after it
# the account holder's.
_AN_ACCOUNT_AFTER_THE_BRANCH = re.compile(r"(?:営業部)?(?:[（(]店番号?[ \u3000]?[0-9]{3}[）)])?[ \u3000]*(?:普通|当座|貯蓄)(?:預金)?[ \u3000]*(?:口座)?[ \u3000:：]*[0-9]{4,8}[、,]")
# (round AI) and a refund's (還付先 多摩信用金庫 すみれ中央支店 普通預金 …、電話 080-…: the branch is where the refund goes)
_ACCOUNT_WORD_BEFORE = re.compile(r"(?:振込先|振込口座|受取口座|送金先|還付先|還付口座|返金先|返還先)[ \u3000:：は]*[^。、\n]{0,20}\Z")


# (round AJ) A numbered or bulleted list of people, each item opening with a person's name in full (kanji, or Latin letters) and
# an ideographic space, a body (a school, a club) after it: the item's values are the person's, the body what the person belongs to.
_LIST_MARK_OPENINGS = tuple("0123456789-・*")
_PERSON_AT_THE_ITEMS_HEAD = re.compile(r"(?:[0-9]{1,3}[.)]|[-・*])[ \u3000]*"
                                       r"(?:[一-龯]{1,4}[ \u3000][一-龯ぁ-ゖァ-ヺ]{1,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\u3000")


# (round Z) The body's name ends inside brackets that close before the value, and a person's name (kanji, a space, kanji) follows.
_IN_CLOSED_BRACKETS = re.compile(r"[^（()）\n]{0,12}[）)][ \u3000]*[一-龯]{1,4}[ \u3000][一-龯ぁ-ゖァ-ヺ]{1,4}[ \u3000]")


# (round N) The body's own line: its name, then 、 or の and (緊急|代表|担当)連絡先 — 連絡先 names a private
# person's line only when a person stands before it.
_BODYS_CONTACT = re.compile(r"[^、。様氏の\n]{0,16}?(?:、|の|は)[ \u3000]*(?:緊急|代表|担当)?連絡先(?:は|：|:)?")
# (round N) A phone right after a business's place in one sentence (営業所の所在地はすみれ市南町4-1、電話042-…):
# the business's, as the place is (particulars.is_business_place).
_PLACE_THEN_PHONE = re.compile(r"所在地[ \u3000:：は]*(?P<place>[^、。\n]{2,40})[、,][ \u3000]*(?:電話|TEL|Tel|℡)(?:番号)?[ \u3000:：は]*$")


def _after_a_business_place(text: str, start: int) -> bool:
    sentence = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    match = _PLACE_THEN_PHONE.search(text, max(sentence, start - 80), start)
    return match is not None and is_business_place(text, match.start("place"))


# (round O) a bank's or a credit union's own row too (| す広第2031-044号 | すみれ信用金庫 | すみれ市中町2-1-1 | 042-… |)
_COMPANY_CELL = re.compile(r"\|[ \u3000]*(?:株式会社|有限会社|合同会社|[（(]株[）)])[^|\n]*\|"
                           r"|\|[^|\n]*(?:株式会社|有限会社|合同会社|信用金庫|信用組合|銀行|協同組合)[ \u3000]*\|"
                           # (round S) a religious, school or welfare corporation's row (| … | 宗教法人宝寿院 | 042-… |)
                           r"|\|[ \u3000]*(?:宗教|学校|社会福祉|医療|一般社団|一般財団|公益社団|公益財団|特定非営利活動|NPO)法人[^|\n]*\|")


def _label_cell_is_a_body(label: str) -> bool:
    return _BODY.search(label) is not None and _PRIVATE.search(label) is None and _WORKPLACE.search(label) is None


# (round R) A company named in full somewhere in the document (すみれFM株式会社, 株式会社みどり葬祭) and then by
# its name alone (すみれFMの連絡先は…): the short name is the body's. Three characters at least, and never a
# municipality's prefix (株式会社すみれ … すみれ市).
_COMPANY_SUFFIX = "株式会社|有限会社|合同会社"
_FULL_COMPANY = re.compile(
    rf"(?:{_COMPANY_SUFFIX})(?P<after>[A-Za-z0-9ァ-ヺー一-龯ぁ-ゖ]{{3,12}}?)(?=[はがのをにでと、。）)（(\s]|$)"
    rf"|(?P<before>[A-Za-z0-9ァ-ヺー一-龯ぁ-ゖ]{{3,12}})(?:{_COMPANY_SUFFIX})")
_PARTICLE_TAIL = re.compile("[をがはにでともるたての]")  # 協定を結んでいるすみれFM株式会社: the name after the last particle


@lru_cache(maxsize=8)
def _company_short_names(text: str) -> re.Pattern[str] | None:
    if "会社" not in text:
        return None
    names = {match.group("after") or _PARTICLE_TAIL.split(match.group("before"))[-1] for match in _FULL_COMPANY.finditer(text)}
    names = {name for name in names if len(name) >= 3}
    names = {name for name in names if not name.startswith(("株式", "有限", "合同"))}
    if not names:
        return None
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(f"(?:{alternatives})(?![市区町村郡都道府県])")


def _last_company_short_name(text: str, lo: int, start: int) -> re.Match[str] | None:
    pattern = _company_short_names(text)
    if pattern is None:
        return None
    return max(pattern.finditer(text, lo, start), key=lambda match: match.start(), default=None)
