"""Random values for the synthetic minutes: personal data (labelled) and public look-alikes."""

from __future__ import annotations

import random

from . import vocab

_FULL = str.maketrans("0123456789-()@.", "０１２３４５６７８９－（）＠．")
WEEKDAYS = "月火水木金土日"


def full_width(text: str) -> str:
    return text.translate(_FULL)


def my_number(rng: random.Random) -> str:
    """12 digits with a valid check digit."""
    base = "".join(str(rng.randint(0, 9)) for _ in range(11))
    total = sum(int(ch) * (n + 1 if n <= 6 else n - 5) for n, ch in enumerate(reversed(base), start=1))
    remainder = total % 11
    return base + str(0 if remainder <= 1 else 11 - remainder)


def corporate_number(rng: random.Random) -> str:
    """法人番号: 13 digits, the first being the check digit."""
    base = "".join(str(rng.randint(0, 9)) for _ in range(12))
    total = sum(int(ch) * (1 if n % 2 else 2) for n, ch in enumerate(reversed(base), start=1))
    return str(9 - total % 9) + base


# --- personal data: each returns (before, value, after); only value is labelled ---


def phone(rng: random.Random) -> str:
    kind = rng.randrange(9)
    if kind <= 2:
        area = rng.choice(["03", "06", "042", "045", "0422", "011", "092", "0466", "048"])
        local = 6 - (len(area) - 2) + 2  # digits after the area code: 10 in all
        mid_len = 4 if len(area) == 2 else (3 if len(area) == 3 else 2)
        rest = "".join(str(rng.randint(0, 9)) for _ in range(local))
        mid, last = rest[:mid_len], rest[mid_len:]
        mid = str(rng.randint(1, 9)) + mid[1:]
        shape = rng.randrange(4)
        if shape == 0:
            return f"{area}-{mid}-{last}"
        if shape == 1:
            return f"{area}({mid}){last}"
        if shape == 2:
            return f"({area}){mid}-{last}"
        return f"{area}{mid}{last}"
    mobile = rng.choice(["090", "080", "070", "050"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    shape = rng.randrange(5)
    if shape == 0:
        return f"{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}"
    if shape == 1:
        return full_width(f"{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}")
    if shape == 2:
        return mobile
    if shape == 3:
        return f"+81-{mobile[1:3]}-{mobile[3:7]}-{mobile[7:]}"
    return f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}"


def email(rng: random.Random) -> str:
    local = rng.choice(["taro.yamada", "h-suzuki", "m_tanaka77", "sakura.k", "kenta0412", "info.nakamura"])
    domain = rng.choice(["example.jp", "mail.example.ne.jp", "example.co.jp", "example.com"])
    value = f"{local}@{domain}"
    return full_width(value) if rng.random() < 0.1 else value


def _kanji_number(n: int) -> str:
    return "〇一二三四五六七八九十"[n] if n <= 10 else str(n)


def postal_address(rng: random.Random) -> str:
    pref = rng.choice(vocab.PREFECTURES) if rng.random() < 0.4 else ""
    city = rng.choice(vocab.CITIES)
    town = rng.choice(vocab.TOWNS)
    a, b, c = rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 30)
    shape = rng.randrange(5)
    if shape == 0:
        house = f"{a}丁目{b}番{c}号"
    elif shape == 1:
        house = f"{a}-{b}-{c}"
    elif shape == 2:
        house = f"{_kanji_number(a)}丁目{b}番地{c}"
    elif shape == 3:
        house = f"{b}番地"
    else:
        house = f"{a}丁目{b}-{c}"
    value = f"{pref}{city}{town}{house}"
    if rng.random() < 0.35:
        value += f" {rng.choice(vocab.BUILDINGS)}{rng.randint(1, 5)}0{rng.randint(1, 9)}号室"
    if rng.random() < 0.3:
        value = f"〒{rng.randint(100, 999)}-{rng.randint(0, 9999):04d} {value}"
    return value


def birth_date(rng: random.Random) -> tuple[str, str, str]:
    era, year = rng.choice([("昭和", rng.randint(20, 63)), ("平成", rng.randint(1, 30)), ("令和", rng.randint(1, 5))])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    shape = rng.randrange(5)
    if shape == 0:
        return "", f"{era}{year}年{m}月{d}日", "生"
    if shape == 1:
        return "", f"{era}{year}年{m}月{d}日", "生まれ"
    if shape == 2:
        return "", f"{rng.randint(1940, 2020)}年{m}月{d}日", "生まれ"
    if shape == 3:
        return "生年月日：", f"{era}{year}年{m}月{d}日", ""
    return "生年月日 ", f"{rng.randint(1940, 2020)}/{m:02d}/{d:02d}", ""


def my_number_text(rng: random.Random) -> tuple[str, str, str]:
    digits = my_number(rng)
    shape = rng.randrange(4)
    value = digits if shape == 0 else (f"{digits[:4]} {digits[4:8]} {digits[8:]}" if shape == 1 else f"{digits[:4]}-{digits[4:8]}-{digits[8:]}")
    if shape == 3:
        value = full_width(digits)
    before = rng.choice(["個人番号", "マイナンバー", "番号", ""])
    return before, value, ""


def bank_account(rng: random.Random) -> str:
    number = "".join(str(rng.randint(0, 9)) for _ in range(7))
    kind = rng.choice(["普通", "当座", "普通預金", "当座預金"])
    shape = rng.randrange(4)
    if shape == 0:
        return f"{rng.choice(vocab.BANKS)}{rng.choice(vocab.BRANCHES)} {kind} {number}"
    if shape == 1:
        return f"{rng.choice(vocab.BANKS)} {rng.choice(vocab.BRANCHES)}、{kind}、口座番号{number}"
    if shape == 2:
        return f"{kind}口座 {number}"
    return f"ゆうちょ銀行 記号1{rng.randint(0, 9999):04d} 番号{rng.randint(0, 99999999):08d}"


def personal_id(rng: random.Random) -> tuple[str, str, str]:
    label = rng.choice(["被保険者番号", "介護保険被保険者番号", "基礎年金番号", "受給者証番号", "運転免許証番号", "住民票コード", "旅券番号"])
    if label == "基礎年金番号":
        value = f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
    elif label == "運転免許証番号":
        value = f"第{rng.randint(10**11, 10**12 - 1)}号"
    elif label == "住民票コード":
        value = str(rng.randint(10**10, 10**11 - 1))
    elif label == "旅券番号":
        value = f"{rng.choice(['TK', 'TR', 'MZ'])}{rng.randint(10**6, 10**7 - 1)}"
    else:
        value = str(rng.randint(10**7, 10**8 - 1))
    return label + rng.choice(["", "：", " "]), value, ""


# A private person never shares a surname with a roster member or an official here:
# those surnames are public, so such a label would be wrong.
_PRIVATE_SURNAMES = tuple(
    s for s in vocab.SURNAMES if s not in {n.split()[0] for n in vocab.ROSTER} | set(vocab.OFFICIALS)
)


def person_name(rng: random.Random) -> tuple[str, str, str, str]:
    """(before, value, after, shape); shape tells which rule should catch it."""
    surname, given = rng.choice(_PRIVATE_SURNAMES), rng.choice(vocab.GIVEN_NAMES)
    shape = rng.randrange(10)
    if shape <= 2:
        return "", surname + given, rng.choice(["さん", "氏", "様"]), "honorific"
    if shape == 3:
        return "", f"{surname} {given}", rng.choice(["さん", "様", " さん", " 氏"]), "honorific"
    if shape == 4:
        return "", surname, rng.choice(["さん", "氏", "様"]), "honorific"
    if shape == 5:
        return "", rng.choice(vocab.KATAKANA_NAMES), "さん", "honorific"
    if shape == 6:
        return rng.choice(["氏名：", "氏名 ", "申請者 "]), rng.choice([surname + given, f"{surname}\u3000{given}"]), "", "label"
    if shape == 7:
        return "口座名義 ", rng.choice(vocab.KANA_READINGS), "", "label"
    return "", surname + given, "", "bare"


# --- public look-alikes: never labelled ---


def wareki_date(rng: random.Random) -> str:
    y, m, d = rng.randint(1, 7), rng.randint(1, 12), rng.randint(1, 28)
    return f"令和{y}年{m}月{d}日" + (f"（{rng.choice(WEEKDAYS)}）" if rng.random() < 0.5 else "")


def public_value(kind: str, rng: random.Random) -> str:
    if kind == "amount":
        return rng.choice([f"{rng.randint(1, 9999):,}万円", f"約{rng.randint(1, 99999):,}円", f"{rng.randint(1, 9)}億{rng.randint(1, 9)},000万円"])
    if kind == "date":
        return rng.choice([wareki_date(rng), f"{rng.randint(2018, 2026)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"])
    if kind == "period":
        y = rng.randint(1, 7)
        return f"令和{y}年4月1日から令和{y + 1}年3月31日まで"
    if kind == "article":
        return rng.choice([f"第{rng.randint(1, 30)}条第{rng.randint(1, 9)}号", f"条例第{rng.randint(5, 8)}条第{rng.randint(1, 6)}号", f"第{rng.randint(1, 20)}条第{rng.randint(1, 4)}項"])
    if kind == "fy":
        return rng.choice([f"令和{rng.randint(1, 7)}年度", f"平成{rng.randint(20, 30)}年度", f"{rng.randint(2018, 2026)}年度"])
    if kind == "stat":
        return rng.choice([f"{rng.randint(1000, 99999):,}件", f"約{rng.randint(100, 9999):,}人", f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%", f"延べ{rng.randint(1000, 9999):,}人"])
    if kind == "corp_no":
        return f"法人番号{rng.choice(['', ' ', '：'])}{corporate_number(rng)}"
    if kind == "company":
        return rng.choice(vocab.COMPANIES)
    if kind == "iso":
        return rng.choice(["ISO27001", "ISO/IEC 27001", "JIS Q 15001", "ISO9001", "ISMS（ISO27001）"])
    if kind == "official":
        name, title = rng.choice(vocab.OFFICIALS), rng.choice(vocab.OFFICIAL_TITLES)
        dept = rng.choice(vocab.DEPARTMENTS)
        return rng.choice([f"{dept[:-1]}{title} {name}", f"{name}{title}", f"{dept} {name}{title}"])
    if kind == "member":
        i = rng.randrange(len(vocab.ROSTER))
        surname = vocab.ROSTER[i].split()[0]
        return rng.choice([f"{surname}{vocab.ROSTER_ROLES[i]}", f"{vocab.ROSTER[i]}{vocab.ROSTER_ROLES[i]}"])
    if kind == "dept":
        return rng.choice(vocab.DEPARTMENTS)
    if kind == "project":
        return rng.choice(vocab.PROJECTS)
    if kind == "doc_no":
        return rng.choice([f"資料{rng.randint(1, 5)}-{rng.randint(1, 9)}", f"諮問第{rng.randint(1, 20)}号", f"{rng.randint(1, 30)}-{rng.randint(1, 9)}ページ"])
    if kind == "time":
        return rng.choice([f"午後{rng.randint(1, 5)}時{rng.choice(['', '30分'])}", f"{rng.randint(9, 17)}:{rng.choice(['00', '30'])}"])
    if kind == "switchboard":
        return rng.choice([f"{vocab.SWITCHBOARD}（内線{rng.randint(2000, 2999)}）", "042(000)1111", f"FAX {vocab.CITY_FAX}"])
    if kind == "count":
        return f"{rng.randint(2, 40)}{rng.choice(['名', '人', '件', '校', 'か所'])}"
    if kind == "num":
        return str(rng.randint(2, 9))
    if kind == "mask":
        return "〓" * rng.randint(2, 12) + rng.choice(["", "さん", "様", "氏", "委員"])
    if kind == "generic_person":
        return rng.choice(["皆さん", "利用者様", "お客様", "保護者の方", "ヘルパーさん", "民生委員", "教育委員会", "担当者様", "お子さん", "事業者さん", "各委員", "専門委員"])
    if kind == "place":
        return rng.choice(["本庁舎3階 第1会議室", f"{rng.choice(vocab.TOWNS)}3丁目地区", f"市内{rng.randint(2, 30)}か所", "いきいきプラザ2階", vocab.CITY_HALL, vocab.CITY_POSTAL])
    raise KeyError(kind)
