"""Japanese telephone numbers: fixed lines, mobiles, IP phones and toll-free numbers.

Accepted shapes (digits may be full-width or kanji digits, 〇九〇―一二三四―五六七八; the
hyphen may be any dash or ー, or a dot):
  03-1234-5678   042-393-5111   0120-123-456   090-1234-5678   090.1234.5678
  03(1234)5678   (03)1234-5678  03 1234 5678   0312345678   +81-90-1234-5678   (+81) 70-6113-0984
  〇四二（三七六）四四〇八 (kanji digits with the exchange in brackets)
  042・393・7701 (中黒)   042/393/7701   080-12345678   042-3937701 (two groups)
With 中黒 or in two groups the groups must be a Japanese number's: 3-4-4 for mobiles, area
code and exchange six digits then four (see has_number_shape).
A national number has 10 digits, or 11 for 050/070/080/090 and 0800. Extensions
(内線2317) are too short to match and are not personal.
Public by context: a number marked as an office's switchboard — 代表／代表電話 before it,
（代表） or 内線 after it (042-511-2200（代表）, 代表電話 042-511-2200, 042-511-2200 内線2315) —
A business's own number is public too (株式会社すみれ不動産（本店 …、電話042-000-7788）, 本社 …);
but not a person's workplace with its extension (請求人の勤務先の電話03-3217-8840（内線512）).
Kanji digits read aloud with の between the groups (〇八〇の四四二一の七七〇六) are a number too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..comma_phones import COMMA_GROUPS, behind_a_phone_label
from ..contact_points import a_persons_contact_at_work
from ..kana_digit_phones import phones_in_kana_words
from ..model import Doc
from ..named_office_lines import an_offices_line_named_before
from ..particulars import is_business_place
from ..published_accounts import published_number_before
from ..said_public_phones import said_public_around
from ..short_mobiles import a_mobile_one_digit_short
from ..spoken_digits import digits_read_aloud
from ..text import HYPHEN, NO_DIGIT_AFTER
from ..wrapped import wrapped_rows

TYPE = "phone"

_SEP = rf"(?:[ \u3000]?{HYPHEN}[ \u3000]?|[ \u3000.・･/の〜～])"  # 090 - 1234 - 5678, 042・393・7701, 042/393/7701, 080の4421の7706
# (round AN) and a wave dash, as a hand or an IME writes a hyphen (090〜5552〜7761): a weak separator, the groups checked for
# a Japanese number's shape (a range, 0120〜0450, is none)
# No lookbehind at the start (checked in recognize): the engine can skip to 0, ( or +.
_PATTERN = re.compile(
    r"(?:"
    + rf"\+81{_SEP}?\(?0?\)?[1-9][0-9]{{0,3}}{_SEP}?\(?[0-9]{{1,4}}\)?{_SEP}?[0-9]{{3,4}}"  # international
    + rf"|\(0[0-9]{{1,4}}\){_SEP}?[0-9]{{1,4}}{_SEP}[0-9]{{3,4}}"  # (03)1234-5678
    + r"|0[0-9]{1,4}[ \u3000]?\([ \u3000]?[0-9]{1,4}[ \u3000]?\)[ \u3000]?[0-9]{3,4}"  # 03(1234)5678, 042 (371) 9026
    + rf"|0[0-9]{{1,4}}{_SEP}[0-9]{{1,4}}{_SEP}[0-9]{{3,4}}"  # 03-1234-5678
    + rf"|0[0-9]{{1,4}}{_SEP}[0-9]{{6,8}}"  # 080-12345678, 042-3937701 (checked for its shape)
    + r"|0[0-9]{9,10}"  # 0312345678
    # (round AN) a number a line break cut after its second hyphen, the last four digits at the next line's head after its
    # indent (連絡先は090-5551-⏎2870と…; 電話  047-555-⏎      3390): read in this one scan, each line's piece found apart
    + rf"|0[0-9]{{1,4}}{HYPHEN}[0-9]{{1,4}}-\n[ \u3000]*[0-9]{{4}}"
    + rf"|{COMMA_GROUPS}"  # (round OI) 電話は080、5553、4417: dictated, 、 between the groups (behind a phone's label only)
    + r")"
    + NO_DIGIT_AFTER
)
_MOBILE_PREFIXES = ("050", "070", "080", "090", "0800")
# (round AR) and an office's switchboard given as a form's example (代表番号、例えば 042-…)
_SWITCHBOARD_BEFORE = re.compile(r"代表(?:電話|番号)?(?:番号)?[ \u3000]*[:：は]?(?:、(?:例えば|たとえば))?[ \u3000]*[（(]?[ \u3000]*$")
_SWITCHBOARD_AFTER = re.compile(r"[ \u3000]*[（(]?[ \u3000]*(?:代表|内線)")
# (round AR) a firm's switchboard, the firm named in the bracket before 代表 (042-…（株式会社すみれ梱包 代表）)
_FIRMS_SWITCHBOARD_AFTER = re.compile(r"[ \u3000]*[（(](?:株式会社|有限会社|合同会社)[^）)\n]{1,16}?[ \u3000]?代表[）)]")
# (round AR) an addressee's number on a fax cover's line: the office 御中, then its FAX or TEL (…係 御中   FAX 042-…)
_ADDRESSEES_LINE_BEFORE = re.compile(r"御中[ \u3000]*(?:FAX|TEL|電話)(?:番号)?[ \u3000:：]*$")
# A person's workplace (請求人の勤務先の電話03-3217-8840（内線512）): 内線 says nothing public there.
_WORKPLACE_BEFORE = re.compile(r"(?:勤務先|勤め先|職場)(?:の|[ \u3000:：は（(])*(?:電話|TEL|連絡先)?(?:番号)?(?:は|[ \u3000:：（(])*$")


def is_japanese_number(digits: str) -> bool:
    """True when the digit string has the length of a Japanese national number."""
    if digits.startswith("81"):
        digits = "0" + digits[2:].lstrip("0")
    if not digits.startswith("0") or digits.startswith("00"):
        return False
    if digits.startswith(_MOBILE_PREFIXES):
        return len(digits) == 11
    return len(digits) == 10


# (round Z) A number abroad with its country code other than Japan's, its groups parted by spaces, hyphens or dots
# (+1 604 555 0187, +44 20 7946 0958, +63-917-555-0142): 8 to 13 digits after the code, in three or four groups.
_FOREIGN_NUMBER = re.compile(r"(?<![0-9A-Za-z+])\+(?!81)[1-9][0-9]{0,2}(?:[ .-][0-9]{1,5}){2,3}[ .-][0-9]{3,4}(?![0-9])")
# (round AI) a group of five digits too: a Brazilian mobile's 9xxxx (+55 11 95555-3021)


# (round AC) A mobile number with its middle group hidden by asterisks (080-****-5512, 090-＊＊＊＊-0479 folds to *): the
# carrier's prefix and the last four digits still point to the subscriber, as a masked name does.
_MASKED_MIDDLE = re.compile(rf"(?<![0-9])0[5789]0{HYPHEN}\*{{4}}{HYPHEN}[0-9]{{4}}(?![0-9])")


# (round AC) In a fraud's record, the number of the one who called pretending to be someone (「市役所の…の者」と名乗る男 … 男の番号は
# 03-… と表示された): the fraudster's line, which cities publish in their warnings; nobody's private number. Read only where the
# text holds both 名乗 and 詐欺, and the number follows the caller's word and の番号.
_A_FRAUDSTERS_NUMBER = re.compile(r"(?:男|女|犯人|相手|不審者)の(?:電話)?番号(?:は|が)?[ \u3000:：]*\Z")


def _a_fraudsters_number(text: str, start: int) -> bool:
    lo = max(0, start - 16)
    return ("番号" in text[lo:start] and _A_FRAUDSTERS_NUMBER.search(text, lo, start) is not None
            and "名乗" in text and "詐欺" in text)


# (round AD) A number said in katakana digit words, as speech recognition writes a call (ゼロキュウゼロのゴーゴーゴーイチの
# ヨンハチサンナナ): the words read one digit each, の between the groups; a Japanese number's length and groups. Read from
# ゼロ (every number opens with 0; レイ and マル may stand inside).
_KANA_DIGIT = "ゼロ|レイ|マル|イチ|ニー|ニ|サン|ヨン|ヨ|シ|ゴー|ゴ|ロク|ナナ|シチ|ハチ|キュウ|キュー|ク"
_KANA_NUMBER = re.compile(rf"ゼロ(?:{_KANA_DIGIT})+(?:の(?:{_KANA_DIGIT})+){{1,2}}(?![ァ-ヺー])")
_KANA_DIGIT_WORD = re.compile(_KANA_DIGIT)


def _kana_numbers(text: str) -> Iterator[tuple[int, int]]:
    for match in _KANA_NUMBER.finditer(text):
        groups = [len(_KANA_DIGIT_WORD.findall(group)) for group in match.group().split("の")]
        if 10 <= sum(groups) <= 11 and all(2 <= n <= 5 for n in groups):
            yield match.span()


def recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    text = doc.folded
    match = _PATTERN.search(text)
    while match:
        digits = "".join(ch for ch in match.group() if ch.isdigit())
        if ((match.start() == 0 or not text[match.start() - 1].isdigit())
                and (is_japanese_number(digits)
                     or a_mobile_one_digit_short(match.group(), text[match.start() - 1 : match.start()]))
                and ("、" not in match.group() or behind_a_phone_label(text, match.start()))
                and ((not _WEAK_SEPARATOR.search(match.group()) and len(_GROUPS.findall(match.group())) != 2)
                     or has_number_shape(match.group()))):
            if (not is_switchboard(text, match.start(), match.end()) and not is_business_place(text, match.start())
                    and not _a_fraudsters_number(text, match.start()) and not published_number_before(text, match.start())):
                if "\n" in match.group():  # (round AN) broken across two lines: the head to its hyphen, then the four digits
                    yield match.start(), text.index("\n", match.start())
                    yield match.end() - 4, match.end()
                else:
                    yield match.start(), match.end()
            match = _PATTERN.search(text, match.end())
        else:  # not a number: a real one may start inside it (48-06　042 394 6617)
            match = _PATTERN.search(text, match.start() + 1)
    if "ゼ" in text:  # one character: the fastest search (レイ stands in many katakana words)
        yield from _kana_numbers(text)
    if "+" in text:
        for foreign in _FOREIGN_NUMBER.finditer(text):
            if not is_switchboard(text, foreign.start(), foreign.end()):
                yield foreign.start(), foreign.end()
    if "(+81)" in text:
        for bracketed in _BRACKETED_COUNTRY.finditer(text):
            digits = "".join(ch for ch in bracketed.group() if ch.isdigit())
            if is_japanese_number(digits) and not is_switchboard(text, bracketed.start(), bracketed.end()):
                yield bracketed.start(), bracketed.end()
    if "O" in text and _OCR_ANCHOR.search(text):
        for ocr in _OCR_LETTER_O.finditer(text):
            number = ocr.group().replace("O", "0")
            digits = "".join(ch for ch in number if ch.isdigit())
            if (is_japanese_number(digits) and has_number_shape(number) and not is_switchboard(text, ocr.start(), ocr.end())
                    and not is_business_place(text, ocr.start())):
                yield ocr.start(), ocr.end()
    if "*" in text:
        for masked in _MASKED_MIDDLE.finditer(text):
            yield masked.span()  # (round AC) 080-****-5512: a mobile with its middle group hidden, its owner's still
    if doc.has_wrapped_table:
        yield from _wrapped_phones(text)
    if "ゼロ" in text:
        for spoken in _SPOKEN.finditer(text):
            if not is_switchboard(text, spoken.start(), spoken.end()) and not is_business_place(text, spoken.start()):
                yield spoken.start(), spoken.end()
    if "ゼロ" in text or "ぜろ" in text:  # (round OJ) ゼロハチゼロ、ゴーゴーゴー…, ぜろきゅうぜろ、…: kana words in three groups
        for start, end, number in phones_in_kana_words(text):
            if (is_japanese_number(number.replace("-", "")) and has_number_shape(number) and not is_switchboard(text, start, end)
                    and not is_business_place(text, start)):
                yield start, end
    for start, end, digits in digits_read_aloud(text):  # (round AJ) 0、8、0、5、…: a number read aloud digit by digit
        if len(digits) <= 11 and is_japanese_number(digits) and not is_switchboard(text, start, end) and not is_business_place(text, start):
            yield start, end
    if "〇" in doc.text:  # a kanji zero in the original: a run of kanji digits may open there
        yield from _ocr_hyphens_read_as_one(doc)
    if "〇" in text:
        for kanji in _KANJI_BRACKETED.finditer(text):
            digits = kanji.group().translate(_KANJI_TABLE)
            if (is_japanese_number("".join(ch for ch in digits if ch.isdigit())) and not is_switchboard(text, kanji.start(), kanji.end())
                    and not is_business_place(text, kanji.start())):
                yield kanji.start(), kanji.end()


# (round U) The country code in brackets ((+81) 70-6113-0984), read only in texts that hold "(+81)": one more
# alternative in _PATTERN made every phone scan 14 % slower.
_BRACKETED_COUNTRY = re.compile(rf"\(\+81\){_SEP}?[1-9][0-9]{{0,3}}{_SEP}?\(?[0-9]{{1,4}}\)?{_SEP}?[0-9]{{3,4}}{NO_DIGIT_AFTER}")


# (round V) OCR's letter O for a zero (O9O-8216-4403, 0９0-… read as O9O): a number of three groups opening with O
# and holding a digit right after it, read only in texts where an O stands before a digit.
_OCR_ANCHOR = re.compile("O[0-9]")
_OCR_LETTER_O = re.compile(rf"O(?<![A-Za-z0-9]O)[0-9][0-9O]{{0,3}}{HYPHEN}[0-9O]{{1,4}}{HYPHEN}[0-9O]{{3,4}}(?![0-9A-Za-z])")


def _wrapped_phones(text: str) -> Iterator[tuple[int, int]]:
    """(round Y) A phone column's cell a PDF wrapped (042-555- / 0193): every piece, when the pieces joined read as a number."""
    for row in wrapped_rows(text):
        pieces = row.cell("電話") or row.cell("TEL") or row.cell("連絡先")
        joined = "".join(text[start:end] for start, end in pieces)
        if _WRAPPED_NUMBER.fullmatch(joined) and is_japanese_number("".join(ch for ch in joined if ch.isdigit())):
            yield from pieces


_WRAPPED_NUMBER = re.compile(rf"0[0-9]{{1,4}}{HYPHEN}?[0-9]{{1,4}}{HYPHEN}?[0-9]{{4}}")


# (round X) A number said aloud in a call's transcript, its area code in words (ゼロキューゼロの、三八二一の、四〇五六: fold()
# makes the kanji groups digits), the groups joined by の and a comma; read only where ゼロ stands.
_SPOKEN_DIGIT = "(?:ゼロ|レイ|イチ|ニー?|サン|ヨン|ゴー?|ロク|ナナ|ハチ|キュー?|[0-9〇一二三四五六七八九])"
# (round Y) every group in katakana words too (ゼロハチゼロの、ゴーゴーゴーイチの、ニーサンキューハチ)
_SPOKEN = re.compile(rf"(?:ゼロ|0|〇){_SPOKEN_DIGIT}{{1,4}}の、?[ \u3000]?{_SPOKEN_DIGIT}{{2,4}}の、?[ \u3000]?{_SPOKEN_DIGIT}{{4}}(?![0-9])")


# (round U) A number in kanji digits with its exchange in brackets, as a record is written out by hand
# (〇四二（三七六）四四〇八): fold() reads kanji digits in runs of four or more, so the area code and the exchange
# stay kanji. Every number opens with 〇, a literal the engine skips to.
_KANJI_DIGIT = "〇一二三四五六七八九0-9"
_KANJI_BRACKETED = re.compile(rf"〇(?<![{_KANJI_DIGIT}]〇)[{_KANJI_DIGIT}]{{1,4}}[ \u3000]?[（(][{_KANJI_DIGIT}]{{1,4}}[）)][ \u3000]?[{_KANJI_DIGIT}]{{4}}(?![{_KANJI_DIGIT}])")
_KANJI_TABLE = str.maketrans("〇一二三四五六七八九", "0123456789")
_WEAK_SEPARATOR = re.compile("[・･/の〜～]")
_GROUPS = re.compile("[0-9]+")
_NON_GEOGRAPHIC = ("0120", "0570", "0800", "0990")


def has_number_shape(number: str) -> bool:
    """Groups as Japanese numbers are grouped (for separators that also join other things, 中黒):
    a mobile or 050 number 3-4-4, a free dial 4-3-3 or 4-3-4, a fixed line whose area code and
    exchange make six digits and whose subscriber number has four (03-1234-5678, 0422-12-3456)."""
    groups = _GROUPS.findall(number)
    if len(groups) == 2 and "の" in number:
        return False  # read aloud, a number is read in its three groups (〇一八の一二三四五六七 is no phone)
    if len(groups) == 2:  # the exchange and subscriber written together: 080-12345678, 042-3937701
        a, rest = (len(g) for g in groups)
        if groups[0] in ("050", "070", "080", "090"):
            return rest == 8
        return 2 <= a <= 5  # the length of the whole was checked by is_japanese_number
    if len(groups) != 3:
        return len(groups) == 1
    a, b, c = (len(g) for g in groups)
    if groups[0].startswith(_NON_GEOGRAPHIC):
        return a == 4 and b == 3 and c in (3, 4)
    if groups[0] in ("050", "070", "080", "090"):
        return (a, b, c) == (3, 4, 4)
    return a + b == 6 and c == 4


# (round AJ) An office's or a public facility's own line, named right before it with の (教育相談室の電話042-…, 旧館の電話番号
# 042-…は): a room, a section or a building of the city answers it, no person. Read only where の電話 stands just before.
# (round AL) a service's office too (…事務局の電話, …本部予防課、電話), and an office's line for its business (…係の事務連絡は)
# (round AR) a public corner (市政情報コーナーの電話は), and a clinic or a midwife's home named before its number in brackets
# (利用施設 すみれ助産院（電話 042-…）: the facility's line, as a business's
# (round OJ) a public corner's direct line (情報公開コーナーの直通 042-…), an archive's reading room (公文書館の閲覧室、電話 042-…)
_OFFICES_LINE_BEFORE = re.compile(r"(?:相談室|事務室|事務局|[一-龯]{1,8}課|[一-龯]{1,8}係|[旧新本分]館|[一-龯]{1,8}(?:センター|支所|出張所|役所|役場|会館|公民館|図書館)"
                                  r"|コーナー|助産院|医院|病院|クリニック|閲覧室|資料室)"
                                  r"(?:[の、（(](?:代表)?電話(?:番号)?|の直通(?:電話)?(?:番号)?|の事務連絡(?:先|用の電話)?)[ \u3000:：は]*$")
_OFFICES_LINE_REACH = 20
_NO_EXTENSION = re.compile(r"[ \u3000]*(?:なし|無し|ナシ)")  # (round AZ) 内線 なし: the number has no extension


def is_switchboard(text: str, start: int, end: int) -> bool:
    """True for a number the text marks as an office's: 代表 before it, 代表 or 内線 right after it, an office's line before it."""
    if _SWITCHBOARD_BEFORE.search(text, max(0, start - 10), start) is not None:
        return True
    before = text[max(0, start - 8) : start]
    if (("の電話" in before or "、電話" in before or "の直通" in before or "（電話" in before or "(電話" in before or "事務連絡" in before)
            and _OFFICES_LINE_BEFORE.search(text, max(0, start - _OFFICES_LINE_REACH), start)):
        return True
    if an_offices_line_named_before(text, start):
        return True  # (round OJ) 市の受信用ファクス 042-…, 問合せは市史編さん室 042-… (named_office_lines)
    if said_public_around(text, start, end):
        return True  # (round AZ) 予防課 042-… はホームページに掲載しています, …課 042-… までお問い合わせ, a call log's office (said_public_phones)
    if "御中" in text[max(0, start - 16) : start] and _ADDRESSEES_LINE_BEFORE.search(text, max(0, start - 16), start):
        return True
    if "代表" in text[end : end + 24] and _FIRMS_SWITCHBOARD_AFTER.match(text, end):
        return True
    after = _SWITCHBOARD_AFTER.match(text, end)
    if after is None:
        return False
    if "内線" in after.group():
        if _NO_EXTENSION.match(text, after.end()):
            return False  # (round AZ) 042-…（内線 なし・直通）: no extension, a desk's direct line
        return not _a_persons_workplace(text, start, end)
    # (round AH) a switchboard given as a person's contact at work (連絡先の勤務先の電話 03-…（代表）): the person's, as with 内線
    return not a_persons_contact_at_work(text, start)


# (round AE) The workplace named after the extension (03-5550-2210 内線418（代表者の勤務先）, …（内線 2209）（勤務先）): a private
# person's contact given at work; the word stands in the brackets right after the extension's number.
_WORKPLACE_AFTER = re.compile(r"[ \u3000]*[（(]?[ \u3000]*内線[ \u3000]*[0-9]{1,5}[ \u3000]*[）)]?[ \u3000]*[（(][^（）()\n]{0,10}?"
                              r"(?:勤務先|勤め先|職場)")


def _a_persons_workplace(text: str, start: int, end: int) -> bool:
    """The number is a person's workplace: the word stands before it or in the brackets after its extension."""
    return (_WORKPLACE_BEFORE.search(text, max(0, start - 16), start) is not None
            or _WORKPLACE_AFTER.match(text, end) is not None)


# (round AE) A vertical-writing OCR reads the long hyphen ー as the kanji one 一 (〇四二一五五五一八二〇三 for 〇四二ー五五五ー八二〇三):
# after a phone's label, a run of twelve or thirteen kanji digits opening with 〇, too long for a number, that reads as one
# in its groups when two of its 一 are taken for hyphens (the number's length and shape checked as any other's).
_OCR_PHONE_AFTER_LABEL = re.compile(r"(?:電話|TEL|携帯)(?:番号)?[ \u3000:：は]*(?P<run>0[0-9]{11,12})(?![0-9])")


def _ocr_hyphens_read_as_one(doc: Doc) -> Iterator[tuple[int, int]]:
    for match in _OCR_PHONE_AFTER_LABEL.finditer(doc.folded):
        start, end = match.span("run")
        if doc.text[start] != "〇":
            continue  # written in digits: a 1 is a 1
        ones = [i for i in range(start + 2, end - 2) if doc.text[i] == "一"]
        if (any(_reads_as_a_number(doc.folded, start, end, i, j) for n, i in enumerate(ones) for j in ones[n + 1 :])
                and not is_switchboard(doc.folded, start, end)):
            yield start, end


def _reads_as_a_number(folded: str, start: int, end: int, first: int, second: int) -> bool:
    number = f"{folded[start:first]}-{folded[first + 1 : second]}-{folded[second + 1 : end]}"
    return is_japanese_number(number.replace("-", "")) and has_number_shape(number)
