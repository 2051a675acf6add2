"""Lists of a person's particulars, as minutes write them.

A clerk reporting what a record held lists it: 「平井 修二、S48・9・2、東村山市本町4丁目1番地の3、
090-8813-2246」, a table cell 「守屋 和之様の氏名、すみれ市野口町2-19-5、S52.3.14」, a bracket
after a name 「新田 翼（平成6年2月28日）」, a table with a 生年月日 column. An item of such a list
has no label of its own: what it is follows from the items beside it, or from its column.

item_around() finds the list item a span fills (items split by 、，（）「」/, table cells, a list
mark, ideographic spaces); beside_particulars() says whether an item next to it is a private
person's particular: a name (not a public one, not an official's), an address, a phone number,
an age or a sex, a number under a personal label; a bracket right after a word for a person
(本人, 長男) says the same. column_header() gives the header cell of a table column; table_cells()
every body cell with its column's header (a cell under 生年月日, 住所, 氏名 or a number label says
what it holds). PUBLIC_LABEL lists the number labels that name no person's number.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from .names import analyzer
from .names.lexicon import COMPANY_SUFFIXES, KIN, OFFICIAL_TITLES, PERSON_LABELS, ROLES
from .names.public import PublicNames
from .scan import line_windows
from .text import HIRAGANA, HYPHEN, KANJI, KATAKANA

# What ends an item: punctuation, brackets, a table cell's bar, a line. An item itself may also
# stand between ideographic spaces (「秋元 蒼　2025・4・18　すみれ第三小学校」: a record as a system
# prints it), but its neighbours are read to the next punctuation (新田　翼 is one name).
_ITEM_ENDS = frozenset("、，,（）()「」『』。；;|｜\n/")
_BOUNDS = _ITEM_ENDS | {"\u3000"}
_MAX_ITEM = 60  # a neighbour is read this far at most
_ENDS = re.escape("".join(sorted(_ITEM_ENDS)))
_NEXT_ITEM_END = re.compile(f"[{_ENDS}]")
_LAST_ITEM_END = re.compile(f"[{_ENDS}][^{_ENDS}]*$")
_SPACES = " \u3000"
# Number labels that name an office's, a business's or a council document's number, a line of
# contact or a thing, not a person's: 電話番号, 法人番号, 議案番号, 郵便番号, 公用車の管理番号.
PUBLIC_LABEL = re.compile(
    "代表|事案|(?<!被)保険者|保管|項番|通番|連番|電話|携帯|FAX|ファクス|ファックス|郵便|内線|口座|法人|事業者|事業所|団体|市町村|都道府県|議案|議席|諮問|答申|"
    "告示|条例|規則|要綱|文書|資料|予算|科目|款|工事|入札|案件|品|型|製品|製造|図書|ISBN|認証|許可(?!証)|指定|"
    # (round OI) 許可 not before 証: a permit's certificate names its holder (| 銃砲所持許可証番号 |, as 許可証番号 in prose)
    "マーク|路線|系統|版|部屋|会議|JIS|ISO|エラー|バージョン|郵送|整理|事業|施策|計画|議事|通知|様式|別表|地番|物件|施設|"
    "契約(?!者)|車両|車検|公用|資産|備品|機器|端末|シリアル|装置|システム|項目|頁|ページ|章|条|評価|陳情|請願|議会|委員会|審議会|調達|委託|受託|業者|会社|店舗"
    # (round R) a contractor's estimate or order (見積番号 KT-2036-051), a site's number (集積所番号 N-0412)
    "|見積|発注|受注|納品|集積所|ステーション|地点|箇所|現場"
    # (round U) a camera's or a piece of equipment's number (カメラ番号 K-017)
    "|カメラ|設備|機材"
    # (round W) a call's or a session's number a system gives (Session ID: VT-50-1128-0441, 通話ID)
    "|セッション|通話|Session|Call|Ticket"
    # (round Y) a produce's or a product's lot (ロット番号 CB-0918-02)
    "|ロット|製造番号"
    # (round AJ) a seal's number on boxes (封印番号), the police's own numbers of its inquiry and of a report it received
    # (照会番号, 受理番号): things' and an office's records, nobody's
    "|封印|照会番号|受理番号"
    # (round Z) a building's registry number (家屋番号 上谷戸1843番2の1: the registry's, like 地番)
    "|家屋番号"
    # (round AB) a storage box's number (保存箱番号 北-43-12-02), a queue ticket's at a counter (呼出番号 B-027), an
    # enumerator's, who carries it on the survey's badge in a public role (調査員番号 C-117)
    "|保存箱|文書箱|呼出|呼び出し|整理券|調査員"
    # (round AI) the office's own accounting documents (支出命令番号第67-08812号, 支出負担行為番号): the city's voucher, not the payee's
    "|支出命令|支出負担行為|支払命令|調定"
    # (round AI) an animal's adoption number (譲渡番号 譲64-0083: the animal's, as its microchip's is; the adopter's row beside it)
    "|譲渡番号"
    # (round AB) things and places a number names, as counters, plots, seats and shelves are numbered: never a person
    "|ロッカー|座席|伝票|鍵|区画|便|コース|棚|掲示|写真|投票所|サンプル"
    # (round AC) a shop's (加盟店番号), a payment's (取引番号), a meter's (メーター番号), a body's (管理組合番号: not 組合員, a
    # member's); not a report's or a consultation's (通報受付番号, 相談番号: the tuning half calls them the person's)
    "|加盟店|取引|メーター|メータ|組合(?!員)"
    # (round AD) a vehicle's frame (車体番号 WB1207734: the bicycle's; its 防犯登録番号 ties it to an owner)
    "|車体"
    # (round AG) an event's or a road's number (事故番号 道管第60-0007号: the accident's; 区間番号 4-207-03: the road register's)
    "|事故|区間"
    # (round AL) a fire's number (出火番号 すみれ消第76-0031号: the fire service's record of the fire, as 事故番号 is the
    # accident's); a bank's code (金融機関コード 9900: the bank's, published in the national list); a car's frame
    # (車台番号 HA36S-771204: the vehicle's, as a bicycle's 車体番号; its 登録番号 ties it to an owner)
    "|出火番号|火災番号|金融機関コード|銀行コード|車台"
    # (round OJ) an animal's number (個体番号 S115-032: a community cat's, as 譲渡番号 is an adopted animal's; 個体識別番号: cattle's),
    # a mail's tracking number (追跡番号: the post's record of a letter), an ambulance's dispatch (出場番号: the fire service's, as 出火番号)
    "|個体番号|個体識別|追跡番号|出場番号"
    # (round AH) a removed bicycle's number (撤去番号 撤61-2207: the removal's; its 防犯登録番号 ties it to an owner)
    "|撤去"
    # (round AN) a seizure's number (差押番号 すみ税差第84-0066号: the tax office's record of the act, as 事故番号 is the
    # accident's) and a disaster certificate's (被災証明番号 西災第87-0016号: the district and a serial, the house's damage)
    "|差押番号|被災証明"
)
_LIST_MARK = re.compile(r"(?:^|\n)[ ]*(?:[-*+・]|[0-9]{1,2}[.)])[ \u3000]*$")  # "- 戸川 繁、…" opens an item
_NUMBER_ITEM = re.compile(r"^(?P<label>[A-Za-zァ-ヺー一-龯]{1,8}(?:番号|コード|ID|No\.?))[ :：]?[A-Za-z]{0,4}-?[0-9][0-9A-Za-z-]{3,}$")
# (round AD) a household's or a party's word glued before the surname (世帯主渋江 光男（H11.12.5）) opens the name as a boundary does
_SPACED_NAME = re.compile(rf"(?:^|[^{KANJI}]|世帯主|請求人|申請者|申出者|相談者|利用者|(?<![{KANJI}])[長次三][男女])(?P<surname>[{KANJI}]{{1,4}})[ \u3000](?P<given>[{KANJI}{HIRAGANA}{KATAKANA}]{{1,4}})$")
_KANA_NAME = re.compile(r"(?:^|[^ァ-ヺー])[ァ-ヺー]{2,6}(?:[ \u3000][ァ-ヺー]{2,6}){1,2}$")  # マリア クララ サントス too
_HANKAKU_NAME = re.compile(r"(?:^|[^\uff66-\uff9f])[\uff66-\uff9f]{2,}[ \u3000][\uff66-\uff9f]{2,}$")  # ｸﾎﾞﾀ ﾄｼｵ
# (round L) a katakana surname and a kanji given name (アルバレス 真由美), a child's name in hiragana (こばやし そうた)
_MIXED_OR_HIRAGANA_NAME = re.compile(
    rf"(?:^|[^ァ-ヺー])(?P<name>[ァ-ヺー]{{2,6}}[ \u3000][{KANJI}]{{1,4}})$|(?:^|[^ぁ-ゖー])(?P<hiragana>[ぁ-ゖー]{{2,6}}[ \u3000][ぁ-ゖー]{{2,6}})$")
_HONORIFIC_NAME = re.compile(rf"[{KANJI}{KATAKANA}{HIRAGANA}](?:様|さん|氏|君|ちゃん)(?:の(?:氏名|名前))?$")
_NAME_LABEL = re.compile(r"(?:氏名|名前)[ \u3000:：]")
_PHONE = re.compile(r"(?<![0-9])0[0-9]{1,4}(?:[-・･. \u3000()]{0,2}[0-9]{1,4}){2}(?![0-9])")
_ADDRESS = re.compile(rf"〒|[{KANJI}{HIRAGANA}{KATAKANA}][0-9一二三四五六七八九十]{{1,4}}(?:丁目|番地?|{HYPHEN}[0-9])")
_HIRAGANA = re.compile(f"[{HIRAGANA}]")
_WORD_AFTER_AN_ADDRESS = re.compile(f"(?!の[0-9])[{HIRAGANA}]")  # (round AG) not the の of 11番地の3: a house's number
# A full date with no word beside it (the birth_date recognizer decides what it is; here it is
# one more particular beside a name): 昭和63年7月19日, S48・9・2, 1969.7.21, 2025/4/18.
_DATE = re.compile(
    r"(?:(?:明治|大正|昭和|平成|令和|[明大昭平令MTSHR]\.?)[ ]?(?:元|[0-9]{1,2})|(?:19|20)[0-9]{2})"
    r"(?:年[ ]?[0-9]{1,2}月[ ]?[0-9]{1,2}日(?:生まれ|生)?|([/.・･-])[0-9]{1,2}\1[0-9]{1,2}(?:生まれ|生)?)"
)
_DATE_AT_END = re.compile(f"(?<![0-9A-Za-z])(?:{_DATE.pattern})$")
# A word for a relative, then a given name: 長男の茂之 / 妻 さくら.
_KIN_AND_NAME = re.compile("(?:" + "|".join(KIN) + rf")(?:の|[ \u3000])?(?P<name>[{KANJI}{HIRAGANA}{KATAKANA}]{{1,4}})$")
# (round AI) a relative's word, a kanji surname and a Latin given name (妻 新ヶ江 Alina), the date in the bracket after it
_KIN_AND_MIXED_NAME = re.compile(r"(?:妻|夫|父|母|子|長男|長女|次男|次女)[ \u3000][一-龯々ヶケノ]{1,4}[ \u3000][A-Z][a-zà-öø-ÿ]+$")


def _kin_and_name(item: str) -> bool:
    """長男の茂之: a relative's word, then what the analyzer reads as a person's name (not 長男の会社)."""
    kin = _KIN_AND_NAME.search(item)
    if kin is None or not analyzer.available():
        return False
    return analyzer.is_one_person_word(kin.group("name"))


_AGE_OR_SEX = re.compile(r"満?[ \u3000]?[0-9]{1,3}[ \u3000]?歳|男性?|女性?|[0-9]{1,2}年[0-9]{1,2}組|[小中高][0-9]|[0-9]年生")  # a pupil's class too


# (round L) A list item's own short label and a colon open the item: 「- 患者A：鮫島 トメ、患者ID …」.
_ITEM_LABEL = re.compile(r"(?:^|\n|[、，,])[ \u3000]*(?:[-*+・][ \u3000]*)?[^\s、，,。：:]{1,5}[：:]$")


def item_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of the list item that [start, end) fills alone (spaces aside), or None."""
    lo = start
    while lo > 0 and text[lo - 1] == " ":
        lo -= 1
    hi = end
    while hi < len(text) and text[hi] == " ":
        hi += 1
    opens = (lo == 0 or text[lo - 1] in _BOUNDS or _LIST_MARK.search(text, max(0, lo - 6), lo) is not None
             or _ITEM_LABEL.search(text, max(0, lo - 8), lo) is not None)
    if not opens or (hi < len(text) and text[hi] not in _BOUNDS):
        return None
    return lo, hi


def _items_before(text: str, lo: int) -> tuple[str, ...]:
    """The item before: read to the last punctuation, and to the last ideographic space."""
    if lo == 0 or text[lo - 1] in "\n|｜":
        return ()
    end = lo - 1
    opening = _LAST_ITEM_END.search(text, max(0, end - _MAX_ITEM), end)
    start = opening.start() + 1 if opening else max(0, end - _MAX_ITEM)
    short = max(start, text.rfind("\u3000", start, end) + 1)
    date = _DATE_AT_END.search(text, max(0, end - 24), end)  # 1938/6/30 holds the slash that ends items
    whole = text[start:end].strip(_SPACES)
    unmarked = _ITEM_MARK.sub("", whole, count=1) if whole[:1] in _MARK_CHARS else whole  # (round N) - 学籍番号S1B-0311　有働 ひかり: the list's mark is no part of the item
    return tuple({whole, unmarked, text[short:end].strip(_SPACES), date.group() if date else ""})


_ITEM_MARK = re.compile(r"^(?:[-*+・]|[0-9]{1,2}[.)])[ \u3000]+")
_MARK_CHARS = "-*+・0123456789"  # what _ITEM_MARK opens with: most items are read without the substitution


def _items_after(text: str, hi: int) -> tuple[str, ...]:
    """The item after: read to the next punctuation, and to the next ideographic space."""
    if hi >= len(text) or text[hi] in "\n|｜。":
        return ()
    start = hi + 1
    closing = _NEXT_ITEM_END.search(text, start, start + _MAX_ITEM)
    end = closing.start() if closing else min(len(text), start + _MAX_ITEM)
    space = text.find("\u3000", start, end)
    short = end if space < 0 else space
    date = _DATE.match(text, start)
    return tuple({text[start:end].strip(_SPACES), text[start:short].strip(_SPACES), date.group() if date else ""})


def _katakana_surname(word: str) -> bool:
    """A katakana word the analyzer does not read as a common noun (アルバレス, not アレルギー)."""
    if not analyzer.available():
        return True
    tokens = analyzer.analyse(word)
    return len(tokens) != 1 or tokens[0].is_proper or tokens[0].oov


def is_private_name(item: str, public: PublicNames) -> bool:
    """A surname, a space and a given name that are nobody's public name or title (団員新田 翼,
    ヤマダ ハナコ)."""
    if _KANA_NAME.search(item) or _HANKAKU_NAME.search(item):
        return True
    mixed = _MIXED_OR_HIRAGANA_NAME.search(item)
    if mixed:
        if mixed.group("name") and not _katakana_surname(re.split("[ \u3000]", mixed.group("name"))[0]):
            return False  # アレルギー 卵: a word, not a surname
        return (mixed.group("name") or mixed.group("hiragana")) not in public
    name = _SPACED_NAME.search(item)
    if not name or name.group("surname").endswith(OFFICIAL_TITLES + ROLES):
        return False
    if item[: name.start("surname")].rstrip(_SPACES).endswith(OFFICIAL_TITLES + ROLES):
        return False  # 総務課長 三宅 健: an official
    surname = name.group("surname")
    return f"{surname} {name.group('given')}" not in public and surname not in public


# (round S) An address in English order, as an item: the house number's digits and hyphens, then the town
# (2-6-9-305 Minamidai), the city after a comma or not.
_LATIN_ADDRESS_ITEM = re.compile(r"[0-9]{1,4}(?:-[0-9]{1,4}){1,3}[ ,]+[A-Z][a-z]+(?:-(?:machi|cho|chome))?(?:,? [A-Z][a-z]+(?:-shi| City))?")


def is_particular(item: str, public: PublicNames, names: bool = True, dates: bool = False) -> bool:
    """A private person's name (unless `names` is False), a full date (when `dates` is True: beside
    a name it is a birth date, beside another date it says nothing), an address, a phone
    number, an age or a sex."""
    if not item:
        return False
    if names and (is_private_name(item, public) or _HONORIFIC_NAME.search(item) or _NAME_LABEL.match(item)):
        return True
    if dates and _DATE.fullmatch(item):
        return True
    if names and _LATIN_PERSON_ITEM.fullmatch(item) and not _LATIN_PLACE_WORD.search(item) and item not in public:
        return True  # (round Q) - Pham Van Hieu　1999/12/08: a Latin name in a list of people and their dates
    number = _NUMBER_ITEM.match(item)
    if number and not PUBLIC_LABEL.search(number.group("label")):
        return True  # 貸付番号SG-2019-044: the person's own number
    if item[:1].isdigit() and _LATIN_ADDRESS_ITEM.fullmatch(item):
        return True  # (round S) 2. David Okonkwo　2-6-9-305 Minamidai, Sumire City: an address in English order
    address = _ADDRESS.search(item)
    if address and not _WORD_AFTER_AN_ADDRESS.search(item, address.end()):
        return True  # an address, not a sentence about one (すみれ市本町2-3-4に移転した)
    phone = _PHONE.search(item)
    if phone and sum(ch.isdigit() for ch in phone.group()) in (10, 11) and not _HIRAGANA.search(item, phone.end()):
        return True
    if "@" in item and _EMAIL_ITEM.fullmatch(item) and not _PUBLIC_DOMAIN.search(item):
        return True  # (round N) - 通訳ボランティア Maria Schmidt　maria.schmidt@example.de: a person's own address
    return _AGE_OR_SEX.fullmatch(item) is not None


_LATIN_PERSON_ITEM = re.compile(r"(?:[-*+・] )?[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}")
_LATIN_PLACE_WORD = re.compile(r"\b(?:School|Station|City|Hall|Center|Centre|Bank|Branch|Office|Council|Association|Park|Hospital|Library|Street|Road|Building|Company|University)\b")
_EMAIL_ITEM = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PUBLIC_DOMAIN = re.compile(r"@(?:city|pref|town|vill|ward)\.|\.(?:lg|go|ed)\.jp$")  # an office's address


def beside_particulars(
    text: str, lo: int, hi: int, public: PublicNames, names: bool = True, dates: bool = False
) -> bool:
    """True when the item before or after [lo, hi) in its list is a private person's particular,
    or when [lo, hi) stands in brackets right after a word for a person (本人（昭和52年3月14日）)."""
    before = _items_before(text, lo)
    if text[lo - 1 : lo] in "（(" and any(item.endswith(PERSON_LABELS) or _kin_and_name(item) or _KIN_AND_MIXED_NAME.search(item)
                                          for item in before):
        return True  # 本人（…）, 長男の茂之（…）, (round AI) 妻 新ヶ江 Alina（…）
    return any(is_particular(item, public, names, dates) for item in (*before, *_items_after(text, hi)))


def column_header(text: str, pos: int) -> str | None:
    """The header cell above `pos` when it stands in a Markdown table body, else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not text.startswith("|", line_start):
        return None
    column = text.count("|", line_start, pos)
    end = line_start - 1  # the end of the line above
    below = ""
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.startswith("|"):
            return None
        if below and _DELIMITER_ROW.fullmatch(below):
            cells = line.split("|")
            return cells[column].strip(_SPACES) if column < len(cells) else None
        below, end = line, start - 1
    return None


_ITEM_HEADER = re.compile("項目|区分|事項|記載項目|記載事項|種別|欄")
_DELIMITER_ROW = re.compile(r"\|(?:[ \u3000]*:?-{3,}:?[ \u3000]*\|)+[ \u3000]*")
# A row: a line that opens and closes with "|". Written from its "|" (a literal the regex engine skips
# to; the lookbehind puts it at a line's start) rather than from ^, which is tried at every position.
_TABLE_ROW = re.compile(r"\|(?<![^\n]\|).*\|[ \u3000]*$", re.MULTILINE)


@lru_cache(maxsize=8)
def table_cells(text: str) -> tuple[tuple[str, int, int], ...]:
    """Every body cell of every Markdown table: (its column's header, start, end of its content)."""
    cells: list[tuple[str, int, int]] = [] if "|" in text else _exported_cells(text)
    if "|" not in text:
        return tuple(cells)  # no row (a row opens with "|"); spares the row pattern, which tries every line start
    header: list[str] | None = None
    second_header = False
    previous: re.Match[str] | None = None
    for row in _TABLE_ROW.finditer(text):
        if previous is None or text.count("\n", previous.end(), row.start()) != 1:
            header, previous = None, row  # a new table (or a row not right below the last)
            continue
        if header is None:
            if _DELIMITER_ROW.fullmatch(row.group()):
                header = [cell.strip(_SPACES) for cell in previous.group().split("|")]
                second_header = "" in header[1:-1]  # (round AJ) a blank top cell: a header of two rows may follow
            previous = row
            continue
        if second_header:
            second_header = False
            lower = [cell.strip(_SPACES) for cell in row.group().split("|")]
            if len(lower) == len(header) and all(lower[1:-1]) and not any(ch.isdigit() for ch in row.group()):
                # (round AJ) | 受付 | 申請者 | | … | over | 番号 | 氏名 | 生年月日 | … |: under a blank top cell (the cell merged with
                # the one before it) the lower row's word names the column (生年月日); elsewhere the top word stays (受付, 申請者)
                header = [top or bottom for top, bottom in zip(header, lower, strict=True)]
                previous = row
                continue
        position = row.start()
        row_cells = row.group().split("|")
        # A table of items (| 項目 | 記載 |): a row's first cell is the label of the cells after it.
        keys = len(header) > 2 and _ITEM_HEADER.fullmatch(header[1]) is not None and len(row_cells) > 2
        for column, cell in enumerate(row_cells):
            content = cell.strip(_SPACES)
            if 0 < column < len(header) and content:
                start = position + cell.index(content)
                # (round N) | 区分 | 受給者 | 受給者番号 |: a column that names its own field keeps its header
                own = column < len(header) and _FIELD_HEADER.search(header[column]) is not None
                label = row_cells[1].strip(_SPACES) if keys and column > 1 and not own else header[column]
                cells.append((label, start, start + len(content)))
            position += len(cell) + 1
        previous = row
    return tuple(cells + _exported_cells(text))


# (round N) A field a column header names itself, so an items table's row label does not replace it.
_FIELD_HEADER = re.compile("番号|コード|ID|氏名|名前|住所|電話|連絡先|生年月日|口座|メール|[者人主]$")
# (round N) A CSV export pasted into the minutes (often in a code block): a header line of words
# without digits, then rows with as many commas. Its cells are read as a table's.
# (round O) A tab-separated export the same way (No<TAB>氏名<TAB>学籍番号), and cells in quotes ("0007714").
# (round W) A header cell may hold a lone digit after a letter ("住所1","住所2","HbA1c"); a data cell's digits come in
# runs (dates, numbers, house numbers 2-8-1) or open it.
_CSV_WORD = r"(?:[^,\n0-9|]|(?<=[^\W\d_])[0-9](?![0-9\-－]))"
_CSV_HEADER = re.compile(rf"^[^,\n0-9|]{{1,16}}(?:,{_CSV_WORD}{{1,16}}){{2,}}$", re.MULTILINE)
_TSV_HEADER = re.compile(r"^[^\t\n0-9|]{1,16}(?:\t[^\t\n0-9|]{1,16}){2,}$", re.MULTILINE)


# (round T) and a spreadsheet's export with semicolons (法人名;所在地;代表者;代表者自宅;…)
_SSV_HEADER = re.compile(r"^[^;\n0-9|]{1,16}(?:;[^;\n0-9|]{1,16}){2,}$", re.MULTILINE)


# (round U) and an export's rows with " | " between cells but none at the line's ends, as an English
# register is often pasted into a code block (    Reg. No. | Name | Phone | Address): a line opening with
# "|" is a Markdown table's, read above.
_PSV_HEADER = re.compile(r"^[ \t]*[^|\n0-9 \t][^|\n0-9]{0,15}(?:\|[^|\n0-9]{1,16}){2,}$", re.MULTILINE)


# A " | " header has a word before its line's first "|": a line whose first "|" opens it (after spaces) is a
# Markdown row, read above, and is passed over with one find (a scan of every line for the header was 0.2 s
# over the generated corpus).
def _header_windows(text: str, separator: str) -> Iterator[tuple[int, int]]:
    if separator != "|":
        yield from line_windows(text, _SEPARATOR[separator], None)
        return
    position = 0
    while (bar := text.find("|", position)) >= 0:
        lo = text.rfind("\n", 0, bar) + 1
        hi = text.find("\n", bar)
        hi = len(text) if hi < 0 else hi + 1
        if text[lo:bar].strip(" \t"):
            yield lo, hi
        position = hi


def _exported_cells(text: str) -> list[tuple[str, int, int]]:
    cells = _csv_cells(text, ",", _CSV_HEADER) if "," in text else []
    if ";" in text:
        cells += _csv_cells(text, ";", _SSV_HEADER)
    if "|" in text:
        cells += _csv_cells(text, "|", _PSV_HEADER)
    if "```" in text and "  " in text:
        cells += _fixed_width_cells(text)
    return cells + _csv_cells(text, "\t", _TSV_HEADER) if "\t" in text else cells


# (round AD) A fixed-width record in a code block, its fields set apart by two spaces or more (a ledger printed as text:
# ` No.  区分  氏名          生年月日     住所 …`): a header line of three fields or more, words without digits, one of them a
# field a column names (氏名, 生年月日, 住所 …); each line below with as many fields is a row, read as a table's: only its
# cells under a name, a birth date or an address (a number column's values keep to their own labels' readings: a 受付番号
# column beside file names is the applications').
_FENCE = re.compile(r"^```[^\n]*\n(?P<body>.*?)^```", re.MULTILINE | re.DOTALL)
# (round AG) 世帯主, 保護者: a person's columns; a bare 番号 beside 記号 (an insurance card's symbol and number, `すみ  40731`)
# (round AP) an account's holder (名義, its katakana name) and a person's own number at a row's head (宛名番号, 世帯番号)
_FIXED_WIDTH_FIELD = re.compile("氏名|名前|生年月日|住所|世帯主$|保護者$|^番号$|^名義$|^(?:宛名|世帯|被保険者|受給者|利用者|会員|患者|学籍)番号$")
_HEADER_FIELD = re.compile(r"[^\s0-9|,]+(?: [^\s0-9|,]+)?")


def _fixed_width_cells(text: str) -> list[tuple[str, int, int]]:
    cells: list[tuple[str, int, int]] = []
    for fence in _FENCE.finditer(text):
        lines = fence.group("body").split("\n")
        position = fence.start("body")
        header: list[str] | None = None
        columns: list[int] = []
        for line in lines:
            fields = [(m.start(), m.end()) for m in _FIELD_RUN.finditer(line)]
            words = [line[lo:hi] for lo, hi in fields]
            aligned = _aligned_fields(line, fields, columns) if header is not None and len(words) != len(header) else None
            if aligned:
                cells += [(header[i], position + lo, position + hi) for i, (lo, hi) in aligned
                          if _FIXED_WIDTH_FIELD.search(header[i])]
            elif header is None or len(words) != len(header):
                header = (words if len(words) >= 3 and all(_HEADER_FIELD.fullmatch(w) for w in words[1:])
                          and (_HEADER_FIELD.fullmatch(words[0]) or _CAPTION_FIELD.fullmatch(words[0]))
                          and any(_FIELD_HEADER.search(w) for w in words) else None)
                columns = [_display_column(line, lo) for lo, _hi in fields] if header else []
            else:
                cells += [(header[i], position + lo, position + hi) for i, (lo, hi) in enumerate(fields)
                          if _FIXED_WIDTH_FIELD.search(header[i])]
            position += len(line) + 1
    return cells


# (round AG) A row with an empty field (a class's column left blank after its first line, `        01        相庭 柊 …`
# under `3年1組  出席番号  氏名 …`) has fewer fields than its header: each field is read under the header that starts
# at its display column (a kanji or a kana two columns wide, as a printer sets them), give or take two; a row whose
# fields do not all stand under a header is no row of the table.
_ALIGNMENT_SLACK = 2
_CAPTION_FIELD = re.compile(r"[0-9]{1,2}年[0-9]{1,2}組")  # (round AG) a class as the first header (3年1組  出席番号  氏名 …)


def _display_column(line: str, index: int) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line[:index])


def _aligned_fields(line: str, fields: list[tuple[int, int]], columns: list[int]) -> list[tuple[int, tuple[int, int]]] | None:
    if not fields or len(fields) > len(columns):
        return None
    aligned: list[tuple[int, tuple[int, int]]] = []
    for lo, hi in fields:
        column = _display_column(line, lo)
        nearest = min(range(len(columns)), key=lambda i: abs(columns[i] - column))
        if abs(columns[nearest] - column) > _ALIGNMENT_SLACK or (aligned and aligned[-1][0] >= nearest):
            return None
        aligned.append((nearest, (lo, hi)))
    return aligned


_FIELD_RUN = re.compile(r"[^ \u3000]+(?:[ \u3000](?![ \u3000])[^ \u3000]+)*")  # a field: words joined by single spaces


# A header line holds its separator: only the lines that hold one are read (^ would be tried at every position).
_SEPARATOR = {",": re.compile(","), "\t": re.compile("\t"), ";": re.compile(";")}


def _split_row(line: str, separator: str) -> list[str]:
    """(round U) A row's cells; a cell in quotes may hold the separator ("有限会社丸重工務店",…,"4,812,000")."""
    if '"' not in line:
        return line.split(separator)
    cells: list[str] = []
    position = 0
    while True:
        quote = len(line) - len(line[position:].lstrip(_SPACES))
        close = line.find('"', quote + 1) if line.startswith('"', quote) else -1
        end = line.find(separator, close + 1 if close >= 0 else position)
        if end < 0:
            cells.append(line[position:])
            return cells
        cells.append(line[position:end])
        position = end + 1


def _csv_cells(text: str, separator: str, header_line: re.Pattern[str]) -> list[tuple[str, int, int]]:
    cells: list[tuple[str, int, int]] = []
    for head in (head for lo, hi in _header_windows(text, separator) for head in header_line.finditer(text, lo, hi)):
        header = [cell.strip(_SPACES + '"') for cell in head.group().split(separator)]
        position = head.end() + 1
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            row = _split_row(text[position:end], separator)
            if len(row) != len(header):
                break
            for label, cell in zip(header, row, strict=True):
                content = cell.strip(_SPACES + '"')
                if content:
                    start = position + cell.index(content)
                    cells.append((label, start, start + len(content)))
                position += len(cell) + 1
            position = end + 1
    return cells


# A business's own place or number: after 本店, 本社, 所在地 …, or in brackets right after a company's name
# (株式会社すみれ不動産（本店 すみれ市中央1-1-5、電話…）).
# The word, then at most a place name (no particle: 事業所の利用者の自宅 is a person's).
_BUSINESS_WORD = re.compile(r"(?<!兼)(?:本店|本社|支社|営業所|事業所|工場)(?!兼)(?:の?所在地)?[ \u3000:：]*[^、。（）()\nのをにはでとが]{0,12}$"
                            r"|所在地[ \u3000:：は]*[^、。（）()\nのをにでとが]{0,12}$")
# Public bodies and facilities the same way (一般社団法人日本…機構（東京都港区…）, 市営すみれ斎場（すみれ市…、電話…）).
_BODY_SUFFIXES = ("機構", "斎場", "病院", "図書館", "会館", "公民館", "庁舎", "警察署", "消防署", "センター", "研究所", "大学",
                  # (round V) a public facility before its place and phone (すみれ市民プール（すみれ市緑町4-1-1、電話 …）)
                  "プール", "体育館", "運動場", "競技場", "公園", "児童館", "集会所", "保育園", "保育所", "幼稚園", "学校",
                  "美術館", "博物館", "資料館", "支所", "出張所", "市役所", "役場")
_BODY_PREFIXES = "(?:一般|公益)(?:社団|財団)法人|社会福祉法人|独立行政法人|地方独立行政法人|特定非営利活動法人|NPO法人|[市県都府道国町村]営|[市県都府道国町村]立"
_COMPANY_BEFORE_BRACKET = re.compile(
    "(?:(?:" + "|".join(re.escape(w) for w in (*COMPANY_SUFFIXES, *_BODY_SUFFIXES, "株式会社", "有限会社", "合同会社", "法人", "協会", "組合"))
    + rf")|(?:株式会社|有限会社|合同会社|{_BODY_PREFIXES}|[（(][株有][）)])[^（）()、。\n]{{1,20}})[（(][^（）()\n]*$"  # 株式会社みどり計算センター（…
)


# (round V) An office named in English in the brackets before its number (Intake sheet (Sumire Consumer Affairs
# Center, tel 042-000-1188)): the word for the body, then at most tel / phone before the value.
_ENGLISH_BODY_BEFORE = re.compile(r"[(][^()\n]{0,40}\b(?:Center|Centre|Office|City Hall|Library|Hospital|Station)\b,?[ ]*"
                                  r"(?:(?:[Tt]el|TEL|[Pp]hone)\.?:?[ ]*)?$")


def is_business_place(text: str, start: int) -> bool:
    look_from = max(0, start - 40)
    if text[start - 1 : start] == " " and _ENGLISH_BODY_BEFORE.search(text, max(0, start - 60), start) is not None:
        return True
    if in_row_of_a_company(text, start):
        return True
    if _BUSINESS_WORD.search(text, max(0, start - 20), start) is not None and not _OWNERS_PLACE.search(text, max(0, start - 60), start):
        return True
    bracket = _COMPANY_BEFORE_BRACKET.search(text, look_from, start)
    if bracket is not None and _WORKPLACE_BEFORE.search(text, max(0, bracket.start() - 6), bracket.start() + 1):
        return False  # (round M) 勤務先 有限会社八重樫板金（すみれ市…）: a private person's workplace
    # A private person in the brackets (センター（利用者の田中様、090-…）) keeps the value theirs.
    return bracket is not None and _PERSON_IN_BRACKET.search(text, bracket.start(), start) is None


# (round M) 所在地 of a private person's building (建物所在地, 所有者…氏、所在地…; 申請者 on the line before)
# is their home's place; 自宅兼事業所 is a home (the (?<!兼) above).
# (round X) 所在地 on the line after a sentence about a person's house (父…の家を登録したく申し込みます。 / 所在地：…).
_OWNERS_PLACE = re.compile("(?:の家|空き?家|実家|家屋)[をはがの][^\n]{0,30}\n[ \u3000]*所在地|(?:建物|住宅|家屋|自宅)(?:の)?所在地|(?:所有者|申請者|申請人)[^。]{0,30}(?:氏|様|さん)?[^。]{0,20}所在地|(?:氏|様|さん)[、,][ \u3000]*所在地")
_WORKPLACE_BEFORE = re.compile("勤務先|勤め先|職場")
_PERSON_IN_BRACKET = re.compile("様|さん|氏|君|自宅|携帯|本人|利用者|申込者|申請者|相談者|患者|保護者|家族")


# (round V) An export's or a table's row whose person stands as a company (設置者 株式会社すみれベンディング; a donor
# "株式会社大黒屋商事"): the row's address, phone and number are the company's. A sole trader's row
# (比嘉 剛（屋号 ひが商店）) stays a person's, and so does a column of a person's own (代表者自宅, 携帯).
# (round Z) and a bank's account holder written as banks print a company's (ｶ)ｽﾐﾚﾃﾞﾝｷ, ｽﾐﾚﾃﾞﾝｷ(ｶ, ﾕ) for 有限会社)
_COMPANY_CELL = re.compile(r"(?:株式会社|有限会社|合同会社|[（(][株有][）)]|[ｶﾕｼﾄﾞ][)）](?=[ｦ-ﾟ]))[^;,|\t\n]{1,24}"
                           r"|[^;,|\t\n]{1,24}(?:株式会社|有限会社|合同会社|[（(][株有][）)]|(?<=[ｦ-ﾟ])[(（][ｶﾕ][)）]?)")
_OWNER_HEADER = re.compile("[者人主]$|氏名|名前|名称|名義")
_PERSONS_OWN_HEADER = re.compile("自宅|携帯|個人|代表者|担当者|氏名")
_ROW_SEPARATORS = ",;|\t"
_PERSON_IN_ROW = re.compile("氏名|名前|[者人主]$|[者人]氏名")


@lru_cache(maxsize=8)
def _company_rows(text: str) -> dict[int, tuple[tuple[str, int, int], ...]]:
    """The cells of every row whose owner's cell (設置者, 寄附者, 申請者 …) holds a company, by the row's line start."""
    cells = table_cells(text)
    rows = {text.rfind("\n", 0, lo) + 1 for header, lo, hi in cells
            if _OWNER_HEADER.search(header) and _COMPANY_CELL.fullmatch(text, lo, hi)}
    # A person's cell in the same row (提出義務者 有限会社丸重工務店, 受給者氏名 鈴鹿 正和): the row is that person's.
    rows -= {text.rfind("\n", 0, lo) + 1 for header, lo, hi in cells
             if (_OWNER_HEADER.search(header) or _PERSONS_OWN_HEADER.search(header)) and not _COMPANY_CELL.fullmatch(text, lo, hi)
             and _PERSON_IN_ROW.search(header)}
    by_row: dict[int, list[tuple[str, int, int]]] = {row: [] for row in rows}
    for cell in cells:
        row = text.rfind("\n", 0, cell[1]) + 1
        if row in by_row:
            by_row[row].append(cell)
    return {row: tuple(row_cells) for row, row_cells in by_row.items()}


def in_row_of_a_company(text: str, start: int) -> bool:
    """True for a value in a table's or an export's row whose owner is a company, outside a person's own column."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not any(separator in line for separator in _ROW_SEPARATORS):
        return False  # not in a row: most values are read without the table
    row = _company_rows(text).get(line_start)
    return row is not None and not any(lo <= start < hi and _PERSONS_OWN_HEADER.search(header) for header, lo, hi in row)


# (round V) An export's row whose owner's cell (設置者, 申請者, 氏名 …) holds a private person (比嘉 剛（屋号 ひが商店）;
# ﾐﾔｻﾞﾄ ﾖｼｴ): a facility or a body named in another cell (中央図書館) does not make the row's phone the body's.
_BODY_OWNER = re.compile("法人|団体|協会|組合|の会$|町会|自治会|(?:防災|防犯)会$|市$|区$|課$|係$")  # (round X) 防災会
_BODY_NAME_COLUMN = re.compile("法人名|団体名|会社名|事業者名|事業所名|商号|屋号")  # 法人名;所在地;代表者: the body's row


@lru_cache(maxsize=8)
def _person_rows(text: str) -> frozenset[int]:
    cells = table_cells(text)
    rows = {text.rfind("\n", 0, lo) + 1 for header, lo, hi in cells
            if _PERSON_IN_ROW.search(header) and not _COMPANY_CELL.fullmatch(text, lo, hi)
            and _BODY_OWNER.search(text, lo, hi) is None and any(ch.isalpha() for ch in text[lo:hi])}
    return frozenset(rows - {text.rfind("\n", 0, lo) + 1 for header, lo, _hi in cells if _BODY_NAME_COLUMN.search(header)})


# (round X) A table's row whose applicant is a private person (| 雨34-011 | 目黒 伊織 | すみれ市南台… | … | 有限会社すみれ工務店 |):
# a contractor's company in another cell does not make the row a company's. Its staff (担当者, 代表者) are the company's.
# A body in the owner's cell (すみれ信用金庫) has no space between a surname and a given name.
_COMPANYS_PERSON_HEADER = re.compile("担当|代表者|業者")
_NAME_IN_FULL_CELL = re.compile(r"[ \u3000]*[^\s|,;]{1,6}[ \u3000][^\s|,;]{1,8}[ \u3000]*")


def names_a_private_person(text: str, start: int) -> bool:
    """True for a value in a table's row whose owner's cell (申請者, 氏名 …) holds a private person."""
    line_start = text.rfind("\n", 0, start) + 1
    return line_start in _person_rows(text) and any(
        text.rfind("\n", 0, lo) + 1 == line_start and _PERSON_IN_ROW.search(header) and not _COMPANYS_PERSON_HEADER.search(header)
        and _NAME_IN_FULL_CELL.fullmatch(text, lo, hi) and _BODY_OWNER.search(text, lo, hi) is None
        for header, lo, hi in table_cells(text))


def in_row_of_a_person(text: str, start: int) -> bool:
    """True for a value in an export's row (commas, semicolons, tabs) whose owner is a private person."""
    line_start = text.rfind("\n", 0, start) + 1
    if text.startswith("|", line_start) or not any(separator in text[line_start:start] for separator in ",;\t"):
        return False
    return line_start in _person_rows(text)
