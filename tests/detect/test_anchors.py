"""The anchored scans find what a scan of the whole text finds (scan.line_anchored_finditer).

Each anchor's bound is argued in a comment beside it; this checks the argument on every
hand-written minute, both halves, and on texts made to sit at the edges of the bounds.
"""

from __future__ import annotations

import random
import re
from re import _constants as re_constants
from re import _parser as re_parser

import pytest

from bench.detect_eval.hand import load_set
from redaction.detect import model, particulars, scan, spaced
from redaction.detect import text as text_module
from redaction.detect.model import DetectContext, Doc
from redaction.detect.names import candidates
from redaction.detect.recognizers import (
    bank_account,
    birth_date,
    email,
    my_number,
    person_name,
    personal_id,
    phone,
    postal_address,
)
from redaction.detect.registry import RECOGNIZERS
from redaction.detect.scan import (
    anchored_finditer,
    anchored_finditer_any,
    line_anchored_finditer,
    line_windows,
    windows,
)
from redaction.detect.text import (
    _FULL_WIDTH_RUN,
    _KANJI_DIGIT_RUN,
    _LONG_KANJI_DIGIT_RUN,
    _TABLE,
    KANJI,
    _fold_kanji_digits,
    fold,
    squeeze,
)

ANCHORED = [
    (personal_id._LABELLED, personal_id._LABEL_ANCHOR, personal_id._LABEL_BEFORE),
    (personal_id._LABEL_BEHIND, personal_id._LABEL_BEHIND_ANCHOR, None),
    (personal_id._PASSPORT, personal_id._PASSPORT_ANCHOR, 0),
    (personal_id._CARD, personal_id._CARD_ANCHOR, 0),
    (personal_id._PLATE, personal_id._PLATE_ANCHOR, personal_id._PLATE_BEFORE),
    (personal_id._LOGIN_LABEL, personal_id._LOGIN_ANCHOR, personal_id._LOGIN_BEFORE),
    (personal_id._NUMBERED, personal_id._NUMBERED_ANCHOR, personal_id._NUMBERED_BEFORE),
    (postal_address._POSTAL, postal_address._POSTAL_ANCHOR, postal_address._POSTAL_BEFORE),
    (personal_id._INVOICE, personal_id._INVOICE_ANCHOR, 0),
    (personal_id._RECORD_VALUE, personal_id._EQUALS_ANCHOR, personal_id._RECORD_KEY_LENGTH + 1),  # (round S)
    (person_name._CHILD, person_name._CHILD_ANCHOR, 5),
    (person_name._ROLE_THEN_NAME, person_name._ROLE_THEN_NAME_ANCHOR, person_name._ROLE_THEN_NAME_BEFORE),
    (person_name._ROLE_THEN_SURNAME, person_name._ROLE_THEN_SURNAME_ANCHOR, person_name._ROLE_THEN_SURNAME_BEFORE),
    (person_name._LATIN_AS_A_NAME, person_name._NAME_WORD_ANCHOR, 1),  # (round U)
    (personal_id._NEW_ID, personal_id._NEW_ID_ANCHOR, 0),  # (round U)
    (person_name._LATIN_SENDER, person_name._LATIN_SENDER_ANCHOR, 0),  # (round V)
    (person_name._LATIN_KIN, person_name._LATIN_KIN_ANCHOR, 0),  # (round V)
    (person_name._LATIN_RELATIVE, person_name._LATIN_RELATIVE_ANCHOR, person_name._LATIN_RELATIVE_BEFORE),  # (round W)
    (person_name._SPACED_LATIN, person_name._TWO_SPACES_BEFORE_A_CAPITAL, None),  # (detect-cost5)
    (person_name._GROUP_ROLE_FIELD, person_name._GROUP_ROLE_WORD, None),  # (detect-cost5)
    (person_name._UNPUBLISHED_STAFF, person_name._UNPUBLISHED_SAID, None),  # (detect-cost5)
]
EDGES = [
    "精神障害者保健福祉手帳の記号・番号 12345678",
    "後期高齢者医療被保険者番号：0012345678\n次の行 1234-5678-9012-3456",
    "あいうえおかきくけこアカウントカードアカウント番号 sumire-2271",
    "お名前を「Nguyen Van Thanh」、氏名は「WANG Hao」、名前「LE Thi Mai」と記載",  # (round U)
    "新しいID PLE-58830975、新たなログインID「ab_12」、再発行したID:QX-1 再発行のID",  # (round U)
    'From: "Keiko Arisawa" <k@example.jp>\n    Emergency   : Losa Tupou (wife), Next of kin: Ana Tupou (son)',  # (round V)
    "本文 00998877665544（後期高齢者医療被保険者番号） と 123456（療育手帳）",
    "旅券 TK1234567 在留 AB12345678CD カード 4111 1111 1111 1111",
    "車両は足立区多 500 あ 12-34、品川300さ・・・7",
    "申請代理人の方のID sumire_0412、ログインIDはt.okamoto1949",
    "受給者証（すみ火第2026-1187号）、手帳 第 104728 号",
    "〒 189-0001 すみれ市、送付先 1890001、電話 042-511-2200",
    "個人事業主の番号でT3-2207-5519-8864、ひなた組のそうまくん、あいうえおくん（R5.3.27生）",
    "Residence card No. K-20417 / 精神障害者保健福祉手帳 No.12345 / 会員証 No.SM-0038215",  # (round Q) the English labels' bound
    "隣地所有者 宮路 澄江\n世帯主　江頭 実\n架電者: 岩淵（コールブリッジ）\n窓口受付担当者 ：堀内\n申請者\u3000北 一",
    "ログの記録 a_very_long_key_of_thirty_two_ch=\"x-0001\" user=kato_2291 dog_reg_no=すみれ第12-0466号",  # (round S) the key's bound
    "for grandson Kai Tupou, her daughter (Leilani, born 02/09/2047), person (Ab, x)\nResident record no.: 7720-1184-05",  # (round W)
    "兵庫県尼崎市東園田町3丁112 ハイツ園田 205号室、豆腐2丁120円",  # (round W) 丁 and its lot
    "RAHMAN  MD  ASIF、BROWN  Samuel\nABC DEF  Ghi Jkl  Mno\naRAHMAN  Asif  x  Y\n副 代 表      仁 平   ま ゆ み\n"  # (detect-cost5)
    "副代表      仁平 まゆみ\n\u3000会長\u3000\u3000北 一\n代表者  山田 花子です\n会長  岸 晴美\n代表 会長  副会長\u3000 森 一\n"
    "氏名、委託児童名みのり、子の名 はると。子ども名：サクラ）園児の名\u3000ゆい\n本人名は、生徒名 たろう\n"
    "相談の担当は相談員の姥ケ谷でしたが、相談員は会計年度任用職員で、氏名は公表していません。職員の北でした。名前は非公表\n",
    "- 山田 花子　September 30, 1998、28 September 2001",
]


def _texts() -> list[str]:
    return [fold(doc.text) for which in ("tune", "held") for doc in load_set(which)] + [fold(t) for t in EDGES]


@pytest.mark.parametrize(("pattern", "anchor", "before"), ANCHORED, ids=lambda v: getattr(v, "pattern", str(v))[:12])
def test_when_a_pattern_is_read_on_its_anchors_lines_then_it_finds_what_the_whole_text_holds(
        pattern: re.Pattern[str], anchor: re.Pattern[str], before: int | None) -> None:
    for text in _texts():
        whole = [m.span() for m in pattern.finditer(text)]
        anchored = [m.span() for m in line_anchored_finditer(pattern, text, anchor, before)]
        assert anchored == whole, text[:80]


def test_when_the_edge_texts_are_read_then_every_anchored_pattern_finds_something() -> None:
    texts = [fold(t) for t in EDGES]
    for pattern, _anchor, _before in ANCHORED:
        assert any(pattern.search(text) for text in texts), pattern.pattern[:40]


def test_when_anchors_are_rewritten_for_speed_then_they_find_the_same_occurrences() -> None:
    old_email = re.compile(r"@|[\[(（]at[\])）]|アット|あっとまーく")
    old_date = re.compile(rf"月{birth_date._S}{birth_date._MD}日|[0-9]{birth_date._PART_SEP}[0-9]{{1,2}}{birth_date._PART_SEP}[0-9]")
    extra = "a(at)b ［at］ c（at）d.jp 12・3・4 5月 6日 7/8/9 アットマーク あっとまーく"
    for text in [*_texts(), fold(extra)]:
        assert [m.span() for m in email._ANCHOR.finditer(text)] == [m.span() for m in old_email.finditer(text)]
        assert [m.span() for m in birth_date._DATE_ANCHOR.finditer(text)] == [m.span() for m in old_date.finditer(text)]


def test_when_english_dates_are_read_in_windows_around_their_year_then_they_are_the_whole_texts() -> None:
    for text in _texts():
        whole = [m.span() for m in birth_date._ENGLISH_DATE.finditer(text)]
        windowed = sorted({m.span() for lo, hi in windows(text, birth_date._ENGLISH_DATE_ANCHOR, before=22, after=6)
                           for m in birth_date._ENGLISH_DATE.finditer(text, lo, hi)})
        assert set(whole) <= set(windowed), text[:80]
    assert birth_date._ENGLISH_DATE.search(fold(EDGES[-1]))


def test_when_birth_date_windows_lack_a_numeral_then_no_labelled_pattern_matches_there() -> None:
    for text in _texts():
        for lo, hi in windows(text, birth_date._ANCHOR, before=30, after=40):
            if not birth_date._NUMERAL.search(text, lo, hi):
                for pattern in (birth_date._BEFORE, birth_date._AFTER, birth_date._LABEL_AFTER):
                    assert pattern.search(text, lo, hi) is None


def _old_fold(text: str) -> str:
    folded = _KANJI_DIGIT_RUN.sub(_fold_kanji_digits, _FULL_WIDTH_RUN.sub(lambda m: m.group().translate(_TABLE), text))
    return text_module._OCR_DIGIT_RUN.sub(text_module._fold_ocr_letters, folded)  # (round AD) O and l in an OCR'd number


def test_when_an_ocr_read_number_holds_o_and_l_then_it_is_folded_to_digits_alone() -> None:
    assert fold("O9O-5559-21l7 普通 O428l93 令和4l年 O157 Oliver l0gin 2lb") == "090-5559-2117 普通 0428193 令和41年 0157 Oliver l0gin 2lb"


def test_when_a_name_holds_a_variant_kanji_then_the_doc_reads_its_common_form_one_for_one() -> None:
    text = "浜﨑 陽葵、𠮷田 和夫、飯\ufa10 一郎、髙橋、戸邊、ＡＢ"
    doc = Doc.of(text, DetectContext())
    assert doc.folded == "浜崎 陽葵、吉田 和夫、飯塚 一郎、高橋、戸辺、AB"  # (round AG) 髙 and 邊 folded too
    assert len(doc.folded) == len(text)
    assert doc.rare_characters == model._RARE.sub(lambda m: m.group(), "".join(model._RARE.findall(fold(text))))
    assert doc.has_capital and Doc.of("浜崎", DetectContext()).folded == "浜崎"


def test_when_text_is_folded_with_the_common_look_alikes_first_then_it_is_folded_as_before() -> None:
    extra = "（１２３）：ＡＢＣ：〇九〇ー一二三四ー五六七八（ａ）＠ｂ．ｊｐ"
    for text in [doc.text for which in ("tune", "held") for doc in load_set(which)] + EDGES + [extra]:
        assert fold(text) == _old_fold(text)
    assert all(text_module._FULL_WIDTH_BLOCK.fullmatch(full) for full in text_module._HALF_OF)


def test_when_kanji_digits_and_look_alikes_are_mixed_at_random_then_they_are_folded_as_before() -> None:
    """fold reads only runs of four digits or more, and replaces look-alikes one by one: on strings
    made of digits, every joiner (two in a row too), look-alikes and other characters, as before."""
    alphabet = "〇一二三四五六七八九" * 3 + "-ー―ｰ 　・の" + "０９ＡｚＺ（）：＠．" + "！［？" + "般人円年月日a1\n"
    chooser = random.Random(21)
    for _ in range(20_000):
        text = "".join(chooser.choice(alphabet) for _ in range(chooser.randint(1, 14)))
        assert fold(text) == _old_fold(text), text


def test_when_only_runs_of_three_or_more_are_scanned_then_they_are_the_long_runs_of_a_whole_scan() -> None:
    whole_run = re.compile(rf"[{KANJI}](?<![{KANJI}]{{2}})[{KANJI}]{{0,11}}(?:[ \u3000][{KANJI}]{{1,6}}){{0,2}}")
    extra = "山 田 太郎、林 一、市 長、東京都千代田区霞が関一丁目 二 三 四 五、長い長い長い長い長い漢字の並び"
    for text in [*_texts(), fold(extra)]:
        long_runs = [m.span() for m in whole_run.finditer(text) if m.end() - m.start() >= person_name._MIN_FULL_NAME]
        assert [m.span() for m in person_name._FULL_NAME_RUN.finditer(text)] == long_runs


def test_when_a_gate_is_closed_then_the_patterns_it_skips_find_nothing() -> None:
    capital_only = [personal_id._PASSPORT, personal_id._HOLDERS_ID, person_name._HAS_LATIN_PAIR, person_name._INITIAL_ANCHOR,
                    person_name._LATIN_AFTER_PERSON, postal_address._LATIN_ADDRESS]
    extra = "ｍａｒｉａ ｃｌａｒａさん 4-9-12 hibarigaoka, sumire-shi 田中さんはvh28-334109 口座名義 たなか はなこ"
    for text in [*_texts(), fold(extra), fold(extra.upper())]:
        doc = Doc.of(text, DetectContext())
        if not doc.has_capital:
            assert all(pattern.search(text) is None for pattern in capital_only), text[:80]
        if not doc.has_latin:
            assert personal_id._LOGIN_LABEL.search(text) is None, text[:80]
        if not person_name._holds_kana_space_kana(text):
            assert person_name._KANA_AFTER_LABEL.search(text) is None, text[:80]
        if not any(word in text for word in postal_address._LATIN_ADDRESS_WORDS):
            assert postal_address._LATIN_ADDRESS.search(text) is None, text[:80]


def test_when_spaced_lines_are_gated_by_three_spaced_characters_then_they_are_the_whole_scans() -> None:
    """(round O) spaced.ANCHOR gates the per-line measure: on every hand-written minute the gated
    reading picks the lines an ungated one picks, and the OCR'd minutes do hold such lines."""
    found = 0
    for text in _texts():
        lines = text.split("\n")
        whole = [(start, start + len(line)) for n, (start, line) in enumerate(_lines(text)) if spaced.is_spaced_at(lines, n)]
        assert list(spaced.spaced_lines(text)) == whole
        found += len(whole)
    assert found >= 6


def test_when_the_spaced_anchor_opens_with_its_space_then_it_holds_where_the_plain_form_holds() -> None:
    plain = re.compile(r"(?<![^\s])[^\sA-Za-z] [^\sA-Za-z] [^\sA-Za-z](?![^\s])")
    alphabet = "a b 1 ー　\n\t|あ漢  "
    chooser = random.Random(21)
    for _ in range(50_000):
        text = "".join(chooser.choice(alphabet) for _ in range(chooser.randint(1, 12)))
        assert (spaced.ANCHOR.search(text) is None) == (plain.search(text) is None), text


def test_when_table_rows_are_found_from_their_bar_then_they_are_the_rows_found_from_a_line_start() -> None:
    plain = re.compile(r"^\|.*\|[ \u3000]*$", re.MULTILINE)
    chooser = random.Random(21)
    for _ in range(50_000):
        text = "".join(chooser.choice("|| a\n\n 　x|") for _ in range(chooser.randint(0, 12)))
        assert [m.span() for m in particulars._TABLE_ROW.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_when_kana_given_names_are_read_with_possessive_runs_then_the_pairs_are_those_of_greedy_runs() -> None:
    greedy = re.compile(person_name._KANA_GIVEN.pattern.replace("}+", "}"))
    assert greedy.pattern != person_name._KANA_GIVEN.pattern
    chooser = random.Random(21)
    texts = [*_texts(), *("".join(chooser.choice("山田川一ーアイウエあいうえ 　、。\n") for _ in range(chooser.randint(1, 16)))
                          for _ in range(50_000))]
    for text in texts:
        assert person_name._KANA_GIVEN.findall(text) == greedy.findall(text), text[:80]


def test_when_rare_characters_are_gathered_in_one_pass_then_each_gate_reads_as_a_whole_scan() -> None:
    extra = ["ｸﾞｴﾝ ｳﾞｧﾝ ﾅﾑ", "Émile", "é only", "ÀÖØÞ", "abc", "山田", ""]
    for text in [*_texts(), *extra]:
        doc = Doc.of(text, DetectContext())
        assert doc.has_capital == (re.search("[A-ZÀ-ÖØ-Þ]", text) is not None), text[:80]
        assert doc.has_latin == (re.search("[A-Za-z]", text) is not None), text[:80]
        assert doc.has_hankaku == (re.search("[\uff66-\uff9f]", text) is not None), text[:80]
        if not doc.has_hankaku:
            assert person_name._HANKAKU_NAME.search(text) is None


def test_when_export_headers_are_read_on_lines_holding_the_separator_then_they_are_the_whole_scans() -> None:
    chooser = random.Random(21)
    randoms = ["".join(chooser.choice("氏名,住所\t電話;\n1あ") for _ in range(chooser.randint(1, 30))) for _ in range(20_000)]
    for text in [*_texts(), *randoms]:
        for separator, header in ((",", particulars._CSV_HEADER), ("\t", particulars._TSV_HEADER), (";", particulars._SSV_HEADER)):
            whole = [m.span() for m in header.finditer(text)]
            lines = [m.span() for lo, hi in line_windows(text, particulars._SEPARATOR[separator], None)
                     for m in header.finditer(text, lo, hi)]
            assert lines == whole, text[:80]


def test_when_a_pipe_export_s_header_is_read_on_its_candidate_lines_then_it_is_the_whole_scan() -> None:
    """(round U) " | " headers are read only on the lines _PSV_LINE finds (from their newline)."""
    chooser = random.Random(21)
    randoms = ["".join(chooser.choice("Name|住所 \t\n1あ") for _ in range(chooser.randint(1, 30))) for _ in range(20_000)]
    for text in [*_texts(), *randoms, "  Reg. No. | Name | Phone\n| a | b | c |\nA | B | C"]:
        whole = [m.span() for m in particulars._PSV_HEADER.finditer(text)]
        lines = [m.span() for lo, hi in particulars._header_windows(text, "|") for m in particulars._PSV_HEADER.finditer(text, lo, hi)]
        assert lines == whole, text[:80]


HOT_SCANS = [spaced.ANCHOR, particulars._TABLE_ROW, _LONG_KANJI_DIGIT_RUN, personal_id._CARD_ANCHOR,
             personal_id._PLATE_ANCHOR, postal_address._POSTAL_ANCHOR, postal_address._HOUSE_ANCHOR,
             my_number._PATTERN, model._RARE, person_name._KANA_GIVEN, person_name._FULL_NAME_RUN,
             # (round T) the new readings' anchors
             person_name._SIGNED_BEFORE_CONTACT_ANCHOR, person_name._BRACKETED_ANCHOR, person_name._SELF_INTRODUCED_ANCHOR,
             postal_address._STREET_ANCHOR,
             # (round U) the kanji-digit phone in brackets, the addressed slip's 受付, a turn's verdict
             phone._KANJI_BRACKETED, phone._BRACKETED_COUNTRY, personal_id._RECEIPT, personal_id._NO_ONES,
             # (round V) OCR's letter O in a phone, read in texts where an O stands before a digit
             phone._OCR_LETTER_O, phone._OCR_ANCHOR, person_name._CONTACT_LINE, person_name._CALLER]


# (round T) name readings run in windows around their anchors: the same matches as over the whole text
WINDOWED = [
    (person_name._SIGNED_BEFORE_CONTACT, person_name._SIGNED_BEFORE_CONTACT_ANCHOR, 1, 40),
    (person_name._BRACKETED, person_name._BRACKETED_ANCHOR, 11, 12),
    (person_name._SELF_INTRODUCED, person_name._SELF_INTRODUCED_ANCHOR, 11, 6),
]
WINDOWED_EDGES = [
    "…ください。宇佐美 かおる 090-5521-8830 k@example.jp。長谷川 つばさ kaoru.u@example.com",
    "- 推薦者：北町町会 会長 笹森 敏郎（すみれ市北町3-3-18、電話 042-398-0271）、山田 花子（〒189-0001）",
    "自由記述：「柳井といいます。」「長谷川 誠 と申します」",
]


@pytest.mark.parametrize(("pattern", "anchor", "before", "after"), WINDOWED, ids=lambda v: getattr(v, "pattern", str(v))[:12])
def test_when_a_name_reading_runs_in_its_anchors_windows_then_it_finds_what_the_whole_text_holds(
        pattern: re.Pattern[str], anchor: re.Pattern[str], before: int, after: int) -> None:
    for text in [*_texts(), *(fold(t) for t in WINDOWED_EDGES)]:
        whole = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in anchored_finditer(pattern, text, anchor, before, after)] == whole, text[:80]
    assert any(pattern.search(fold(t)) for t in WINDOWED_EDGES)


@pytest.mark.parametrize("pattern", HOT_SCANS, ids=lambda p: p.pattern[:12])
def test_when_a_pattern_scans_whole_texts_then_it_opens_with_a_class_the_engine_skips_to(pattern: re.Pattern[str]) -> None:
    """(scan.py) A whole-text scan opening with a repeat, a lookaround or ^ is tried at every position."""
    first, value = re_parser.parse(pattern.pattern, pattern.flags).data[0]
    while first is re_constants.SUBPATTERN:   # a group's first item opens it (as the engine reads it)
        first, value = value[3].data[0]
    assert first in (re_constants.IN, re_constants.LITERAL), pattern.pattern[:40]


def test_when_anchors_open_with_a_class_then_they_find_what_their_plain_forms_find() -> None:
    hyphen = "[-‐‑‒–—―−ーｰ]"
    join = f"(?:{hyphen}|_)"
    plain = [(personal_id._CARD_ANCHOR, re.compile(rf"[0-9]{{4}}(?:{join}|[ \u3000])?[0-9]{{4}}")),
             (personal_id._PLATE_ANCHOR, re.compile("[0-9]{2}[ \u3000]?[ぁ-ゖ]")),
             (postal_address._POSTAL_ANCHOR, re.compile(rf"[0-9]{{3}}{hyphen}?[0-9]{{4}}")),
             (postal_address._HOUSE_ANCHOR, re.compile(rf"番|丁目|丁[0-9]|[0-9](?:{hyphen}|の)[0-9]")),
             (my_number._PATTERN, re.compile(my_number._PATTERN.pattern.replace("[0-9][0-9]{3}", "[0-9]{4}", 1)))]
    chooser = random.Random(21)
    randoms = ["".join(chooser.choice("0123456789-ー_ 　あの番丁目") for _ in range(chooser.randint(1, 20))) for _ in range(30_000)]
    for text in [*_texts(), *randoms]:
        for fast, slow in plain:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], (fast.pattern, text[:80])


def _lines(text: str) -> list[tuple[int, str]]:
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    return lines


def test_when_a_run_before_a_word_is_read_on_its_reach_then_it_starts_where_a_whole_text_reading_starts() -> None:
    """candidates.run_before reads the RUN_BEFORE_REACH characters before `end` (cached): at every
    position of random runs of every script, joiner and space, as the plain reading of the whole text."""
    alphabet = "山田川一々ヶノケアイウーｱｲﾞあいうの子美 　 ・、\n〓A"
    chooser = random.Random(21)
    texts = ["".join(chooser.choice(alphabet) for _ in range(chooser.randint(1, 40))) for _ in range(8_000)]
    texts += [text[:600] for text in _texts()]
    texts += ["あ山田川一 アイウエオカキクケコ", "山田川 アイウエオカキクケコ", "山田川一川山 アイウエオカキクケコ委員", "山田川一川山田川一ノ瀬"]  # the reach's edges
    for text in texts:
        for end in range(len(text) + 1):
            assert candidates.run_before(text, end) == candidates._run_start(text, end), (text, end)


def test_when_names_are_squeezed_by_replacing_then_they_are_those_filtered_character_by_character() -> None:
    chooser = random.Random(21)
    for _ in range(20_000):
        text = "".join(chooser.choice("山田 　\t\n太郎a") for _ in range(chooser.randint(0, 12)))
        assert squeeze(text) == "".join(ch for ch in text if ch not in " \u3000\t"), text


PLAIN_WORD_ANCHORS = [personal_id._LABEL_ANCHOR, personal_id._NUMBER_WORD_ANCHOR, personal_id._LOGIN_ANCHOR, personal_id._VERDICT,
                      personal_id._HONORIFIC_ANCHOR, personal_id._NUMBERED_ANCHOR, birth_date._ANCHOR, birth_date._AGE_ANCHOR,
                      bank_account._ANCHOR, person_name._CHILD_ANCHOR, person_name._NAME_WORD_ANCHOR,
                      personal_id._NEW_ID_ANCHOR, person_name._ROLE_THEN_NAME_ANCHOR, person_name._PRIVATE_ROLE_WORD]


def test_when_an_anchor_of_plain_words_is_narrowed_to_those_in_the_text_then_it_finds_the_same_occurrences() -> None:
    """scan.present_words: the words of an anchor that stand in the text, in the anchor's order, find
    what the whole anchor finds (nothing when none stands there); an anchor with a class is kept."""
    chooser = random.Random(21)
    for anchor in PLAIN_WORD_ANCHORS:
        assert scan._plain_words(anchor.pattern, anchor.flags) is not None, anchor.pattern
        alphabet = "".join(anchor.pattern.split("|")) + "No番 \n"
        randoms = ["".join(chooser.choice(alphabet) for _ in range(chooser.randint(0, 16))) for _ in range(5_000)]
        for text in [*_texts(), *randoms]:
            narrowed = scan.present_words(anchor, text)
            found = [m.span() for m in narrowed.finditer(text)] if narrowed is not None else []
            assert found == [m.span() for m in anchor.finditer(text)], (anchor.pattern, text[:80])
            assert list(windows(text, anchor, 5, 7)) == list(_plain_windows(text, anchor, 5, 7))
            assert list(line_windows(text, anchor, 3)) == list(_plain_line_windows(text, anchor, 3))
    assert scan.present_words(personal_id._CARD_ANCHOR, "") is personal_id._CARD_ANCHOR
    assert scan.present_words(birth_date._ANCHOR, "平成元年生まれ").pattern == "生"


def _plain_windows(text: str, anchor: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for match in anchor.finditer(text):
        start, end = max(0, match.start() - before), min(len(text), match.end() + after)
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(lo, hi) for lo, hi in merged if hi > lo]


def _plain_line_windows(text: str, anchor: re.Pattern[str], before: int) -> list[tuple[int, int]]:
    found, position = [], 0
    while (match := anchor.search(text, position)) is not None:
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        hi = len(text) if line_end < 0 else line_end + 1
        found.append((max(line_start, match.start() - before), hi))
        position = hi
    return found


def test_when_gates_are_read_by_words_or_shared_readings_then_the_rules_behind_them_find_nothing_when_closed() -> None:
    """scan.holds reads a plain-word anchor by `in` (as search would); a reading in brackets holds two
    kana words parted by a space; a full-width capital folds to a capital (Doc.has_capital)."""
    old_signed = re.compile("署名|日[ \u3000]")
    chooser = random.Random(21)
    raw = [doc.text for which in ("tune", "held") for doc in load_set(which)] + EDGES + ["ＳＭＩＴＨ　Ｄａｎｉｅｌ", "加賀谷 蒼（かがや あおい）"]
    randoms = ["".join(chooser.choice("署名日 \u3000月a") for _ in range(chooser.randint(0, 8))) for _ in range(5_000)]
    for text in [*raw, *randoms]:
        folded = fold(text)
        assert scan.holds(person_name._SIGNED_ANCHOR, folded) == (old_signed.search(folded) is not None), text[:80]
        for anchor in PLAIN_WORD_ANCHORS:
            assert scan.holds(anchor, folded) == (anchor.search(folded) is not None)
        if not person_name._holds_kana_space_kana(folded):
            assert person_name._KANA_READING.search(folded) is None, text[:80]
        if not Doc.of(text, DetectContext()).has_capital:
            assert person_name._FULL_WIDTH_CAPITAL.search(text) is None, text[:80]
    assert person_name._holds_kana_space_kana(fold(raw[-1])) and Doc.of(raw[-2], DetectContext()).has_capital


def test_when_class_openers_are_read_as_literals_then_they_find_what_the_classes_found() -> None:
    """(detect-cost3) A class of two spaces read as one search per space; a bracket class read as the one
    bracket the folded text holds; a number before a bracketed surname read from the bracket; an anchor
    of the role's last character and a space written as plain words; the e-mail anchor gated by the words
    each of its occurrences holds (and a name's reading sentence by its reading words). Each against the pattern it replaced, on folded texts and random ones."""
    kanji = f"[{KANJI}]"
    old_kana_space_kana = re.compile("[ \u3000](?<=[ァ-ヺぁ-ゖー].)(?=[ァ-ヺぁ-ゖー])")
    old_name_space = re.compile(rf"[ \u3000](?={kanji[:-1]}ぁ-ゖァ-ヺ])")
    old_surname_after_number = re.compile(rf"(?:[0-9]号?|[0-9]番)[（(](?P<name>{kanji}{{1,3}})[）)]")
    old_bracketed = re.compile(rf"[（(](?={person_name._PLACE_AHEAD})")
    old_bracket = re.compile(r"[（(][ \u3000]?[0-9]{1,3}[ \u3000]?[）)]")
    old_role = re.compile("[者主][ \u3000]")
    chooser = random.Random(21)
    randoms = ["".join(chooser.choice("山田区市あいアイー 　（()）0１2号番者主〒@a t[]") for _ in range(chooser.randint(1, 18)))
               for _ in range(40_000)]
    for text in [*_texts(), *(fold(t) for t in randoms)]:
        assert person_name._holds_kana_space_kana(text) == (old_kana_space_kana.search(text) is not None), text[:80]
        assert person_name.name_spaces(text) == [m.start() for m in old_name_space.finditer(text)], text[:80]
        assert ([m.span("name") for m in person_name._SURNAME_AFTER_NUMBER.finditer(text)]
                == [m.span("name") for m in old_surname_after_number.finditer(text)]), text[:80]
        assert [m.span() for m in person_name._BRACKETED_ANCHOR.finditer(text)] == [m.span() for m in old_bracketed.finditer(text)]
        assert [m.span() for m in birth_date._BRACKET_ANCHOR.finditer(text)] == [m.span() for m in old_bracket.finditer(text)]
        assert ([m.span() for m in scan.present_words(person_name._ROLE_THEN_NAME_ANCHOR, text).finditer(text)]
                if scan.holds(person_name._ROLE_THEN_NAME_ANCHOR, text) else []) == [m.span() for m in old_role.finditer(text)]
        if not any(word in text for word in person_name._READING_WORDS):
            assert person_name._READING_SENTENCE.search(text) is None, text[:80]
        if not any(word in text for word in email._ANCHOR_WORDS):
            assert email._ANCHOR.search(text) is None and email._PATTERN.search(text) is None, text[:80]


def test_when_an_anchor_is_read_from_its_closing_bracket_then_it_finds_the_lines_its_words_found() -> None:
    """(detect-cost4) personal_id._LABEL_BEHIND_ANCHOR read from the bracket (a literal in folded text) with its
    words behind it finds the lines the words-then-bracket pattern found, on folded texts and random ones
    (words cut short, a full-width bracket, No. and No, a document's name inside a longer one)."""
    old = re.compile(rf"(?:番号|コード|ID|No\.?|{personal_id._DOCUMENTS})[）)]")
    chooser = random.Random(4)
    pieces = ["番号", "番", "号", "コード", "コー", "ID", "I", "D", "No", "No.", "o", ".", "手帳", "障害者手帳", "帳", "証",
              "保険証", "被保険者証", "者証", "在留カード", "カード", "ド", "ト", "旅券", "券", "書", "証明書", "明書",
              "）", ")", "（", "(", " ", "　", "\n", "a", "山"]
    randoms = ["".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 12))) for _ in range(40_000)]
    for text in [*_texts(), *(fold(t) for t in randoms)]:
        assert (list(line_windows(text, personal_id._LABEL_BEHIND_ANCHOR, None))
                == list(line_windows(text, old, None))), text[:80]
        assert (personal_id._LABEL_BEHIND_ANCHOR.search(text) is None) == (old.search(text) is None), text[:80]


def test_when_a_text_holds_no_ascii_letter_then_the_unlettered_anchor_finds_what_the_anchor_found() -> None:
    """(detect-cost4) scan.unlettered drops an anchor's words that hold an ASCII letter (ID, No) for the texts whose
    Doc.has_latin is false: on those it finds the same occurrences, windows and lines as the whole anchor."""
    chooser = random.Random(4)
    pieces = ["番号", "番", "号", "コード", "ID", "No", "record no", "№", "Ｎｏ", "ＩＤ", "ｉｄ", "口座", "支店", "Bank", " ", "\n", "山", "0"]
    randoms = ["".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 10))) for _ in range(20_000)]
    for raw in [*(doc.text for which in ("tune", "held") for doc in load_set(which)), *EDGES, *randoms]:
        doc = Doc.of(raw, DetectContext())
        text = doc.folded
        if doc.has_latin:
            continue
        for anchor in PLAIN_WORD_ANCHORS:
            narrowed = scan.unlettered(anchor)
            assert [m.span() for m in narrowed.finditer(text)] == [m.span() for m in anchor.finditer(text)], (anchor.pattern, text[:80])
            assert list(windows(text, narrowed, 10, 40)) == list(windows(text, anchor, 10, 40))
            assert list(line_windows(text, narrowed, 15)) == list(line_windows(text, anchor, 15))
    assert scan.unlettered(personal_id._LABEL_ANCHOR).pattern == "番号|コード"
    assert scan.unlettered(personal_id._CARD_ANCHOR) is personal_id._CARD_ANCHOR


def test_when_no_label_word_stands_then_no_verdict_of_an_unlinked_label_is_read() -> None:
    """(detect-cost4) personal_id._unlinked_labels reads the verdicts only where 番号, コード or ID stands (every
    _UNLINKED label ends in one): where none does, the whole-text pattern finds nothing either."""
    chooser = random.Random(4)
    pieces = ["番号", "番", "号", "コード", "コ", "ID", "投稿", "は", "個人", "を", "特定", "できない", "人に結び付くものでは", "ない", "の", "SC-2047", "。"]
    randoms = ["".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 12))) for _ in range(20_000)]
    closed = 0
    for text in [*_texts(), *(fold(t) for t in randoms)]:
        if not scan.holds(personal_id._UNLINKED_LABEL_WORDS, text):
            closed += 1
            assert personal_id._UNLINKED.search(text) is None, text[:80]
            assert personal_id._unlinked_labels(text) == frozenset()
    assert closed > 1_000 and personal_id._unlinked_labels("投稿番号は個人を特定できない。") == {"投稿番号"}


def test_when_later_mentions_are_read_by_find_then_they_are_where_the_documents_own_pattern_found_them() -> None:
    """(detect-cost4) person_name.mention_spans (a str.find per surname, one pattern compiled once) gives the spans
    of the pattern _later_mentions compiled per document: on the hand texts with surnames cut from them, and on
    random strings with surnames that open or end one another, quoted, before an honorific or という."""

    def compiled(text: str, surnames: set[str]) -> list[tuple[int, int]]:
        alternation = "|".join(map(re.escape, sorted(surnames, key=len, reverse=True)))
        mention = re.compile(f"(?:{alternation})(?=(?:{person_name._MENTION_SUFFIXES})|{person_name._AS_A_NAME})"
                             f"|(?<=「)(?:{alternation})(?=」|の)")
        return [m.span() for m in mention.finditer(text)]

    chooser = random.Random(4)
    for text in _texts():
        surnames = {text[i : i + chooser.randint(1, 3)] for i in (chooser.randrange(len(text)) for _ in range(5))} | {"市", "委員"}
        assert list(person_name.mention_spans(text, surnames)) == compiled(text, surnames), text[:80]
    pieces = ["山", "山田", "田", "山田太", "田中", "「", "」", "の", "さん", "氏", "様", "という", "方", "姓", "という同じ姓", " ", "\n", "は", "ちゃん"]
    for _ in range(20_000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 14)))
        surnames = set(chooser.sample(["山", "山田", "田", "山田太", "田中", "中", "の", "田の", "山様"], chooser.randint(1, 5)))
        assert list(person_name.mention_spans(text, surnames)) == compiled(text, surnames), (text, surnames)


def test_when_the_ocr_gate_is_closed_then_the_letter_o_phone_finds_nothing() -> None:
    """(round V) phone._OCR_LETTER_O runs only in texts where _OCR_ANCHOR finds an O before a digit."""
    for text in _texts():
        if not phone._OCR_ANCHOR.search(text):
            assert phone._OCR_LETTER_O.search(text) is None, text[:80]
    assert phone._OCR_LETTER_O.search("O9O-8216-4403") and phone._OCR_ANCHOR.search("O9O-8216-4403")


def test_when_definition_lists_are_read_from_their_colon_lines_then_no_other_line_is_needed() -> None:
    """(round V) personal_id._defined_numbers reads only where "\\n:" stands: none without it."""
    for text in _texts():
        if "\n:" not in text:
            assert personal_id._defined_numbers(text) == [], text[:80]
    assert personal_id._defined_numbers("申請番号\n:   育-2048-00917\n") == [(9, 21)]


def test_when_round_y_names_are_read_around_their_spaces_then_they_are_what_the_whole_text_holds() -> None:
    extra = ["（Daniel 小森、d@x.jp）", "Tran Thi 葵、Bui Jr. 翼", "井波 ソフィア 涼（", "ベルトラン 大輔です", "小森 Daniel、",
             # one space's window ends inside the Latin word the other space's window holds whole
             "Eriksson 葵様、すみれ市東町4-5-6-701です。\n\n○杉村会長\u3000Eriksson さんは別の方です。"]
    for text in _texts() + [fold(t) for t in extra]:
        for pattern, anchors, before, after in (
                (person_name._LATIN_BESIDE_KANJI, person_name._LATIN_KANJI_SPACE, person_name._LATIN_BEFORE, person_name._LATIN_AFTER),
                (person_name._KATAKANA_IN_NAME, person_name._KANA_WORD_AFTER_SPACE, 9, 14)):
            whole = {m.span() for m in pattern.finditer(text)}
            windowed = {m.span() for m in anchored_finditer_any(pattern, text, anchors, before=before, after=after)}
            assert windowed == whole, text[:80]


def test_when_households_are_read_from_their_particle_then_they_are_what_the_old_gate_and_anchor_found() -> None:
    """(detect-cost5) 家 before a particle as the anchor, in place of five `in` tests and 家 alone: the same matches."""
    old_anchor = re.compile("家")
    extra = "、柳澤家と境界の件。（宝田家の）「山本家に」　鈴木家が 田中家は 家家の、佐藤家、家と家の。北家と"
    for text in [*_texts(), fold(extra)]:
        gate = "家と" in text or "家の" in text or "家に" in text or "家が" in text or "家は" in text
        old = [m.span() for m in anchored_finditer(person_name._SURNAME_HOUSEHOLD, text, old_anchor, before=4, after=4)] if gate else []
        new = [m.span() for m in anchored_finditer(person_name._SURNAME_HOUSEHOLD, text, person_name._HOUSEHOLD_ANCHOR, before=4, after=4)]
        assert new == old, text[:80]
    assert len([m for m in person_name._SURNAME_HOUSEHOLD.finditer(fold(extra))]) >= 4


def test_when_given_names_after_a_name_label_are_read_from_the_label_before_kana_then_they_are_what_the_label_alone_found() -> None:
    """(detect-cost5) The anchor narrowed from 名 to 名 before kana: the same matches as the lines holding 名 gave. (Not the
    whole text's: the pattern's $ is the end of the text there, the end of the line in a line's window, in both anchors.)"""
    old_anchor = re.compile("名")
    for text in _texts():
        old = [m.span() for m in line_anchored_finditer(person_name._GIVEN_AFTER_NAME_LABEL, text, old_anchor, 5)]
        new = [m.span() for m in line_anchored_finditer(person_name._GIVEN_AFTER_NAME_LABEL, text, person_name._NAME_LABEL_ANCHOR, 5)]
        assert new == old, text[:80]
    assert len([*line_anchored_finditer(person_name._GIVEN_AFTER_NAME_LABEL, fold(EDGES[-2]), person_name._NAME_LABEL_ANCHOR, 5)]) == 4


def test_when_both_label_patterns_are_tried_where_a_label_word_starts_then_they_find_what_their_whole_scans_find() -> None:
    """(detect-cost6) _LABEL and _TIGHT_LABEL read from the starts of their words, found once for both (scan.word_starts,
    the starts inside another word's too: 口座名義人 holds 名義人 and 名義): the same matches as each pattern's finditer."""
    chooser = random.Random(21)
    pieces = ["口座", "名義", "人", "氏名", "名前", "本人", "児童", "生徒", "者", "申請", "ふりがな", "(カナ)", "：", " ", "\u3000",
              "山田", "太郎", "あ", "ヤマダ", "\n", "審査請求人", "納税義務者"]
    randoms = ["".join(chooser.choice(pieces) for _ in range(chooser.randint(1, 10))) for _ in range(30_000)]
    found = 0
    for text in [*_texts(), *randoms]:
        starts = scan.word_starts(person_name._LABEL_WORDS, text)
        assert starts == tuple(i for i in range(len(text)) if person_name._LABEL_WORDS.match(text, i)), text[:80]
        if len(text) > model._LONG_TEXT:  # (detect-cost12) a body: its words' `in` answered from its one read
            assert scan.word_starts(person_name._LABEL_WORDS, model.LongText(text)) == starts
        for pattern in (person_name._LABEL, person_name._TIGHT_LABEL):
            whole = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in scan.finditer_from(pattern, text, starts)] == whole, (pattern.pattern[:20], text[:80])
            found += len(whole)
    assert found > 10_000


def test_when_a_kanji_run_s_start_is_tested_on_the_character_before_alone_then_the_scans_find_what_the_class_pair_found() -> None:
    """(detect-cost6) The two kanji-run scans test a run's start by (?<![kanji].) (the character before the first kanji is
    no kanji; the first is one) instead of (?<![kanji]{2}): the same matches."""
    old_lookbehind = f"(?<![{KANJI}]{{2}})"
    new_lookbehind = f"(?<![{KANJI}].)"
    chooser = random.Random(21)
    randoms = ["".join(chooser.choice("山田川一々ヶーアイウあいう 　、。\n") for _ in range(chooser.randint(1, 16))) for _ in range(50_000)]
    for pattern in (person_name._KANA_GIVEN, person_name._FULL_NAME_RUN):
        assert new_lookbehind in pattern.pattern
        old = re.compile(pattern.pattern.replace(new_lookbehind, old_lookbehind))
        for text in [*_texts(), *randoms]:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in old.finditer(text)], text[:80]


def _pairs_read_backwards(text: str) -> set[tuple[str, str]]:
    return {(kanji[::-1], (hiragana or first + rest)[::-1])
            for hiragana, first, rest, kanji in person_name._KANA_GIVEN_BACKWARDS.findall(text[::-1])}


def test_when_kana_given_names_are_read_backwards_from_their_ends_then_the_pairs_are_those_read_from_every_kanji() -> None:
    """(detect-cost6) The pairs of a kanji run and a kana given name, read in the reversed text from a punctuation mark or
    a katakana run: the set _KANA_GIVEN.findall gives (its order is not needed: the pairs are only asked whether one is
    a name; the names themselves are read forwards again)."""
    chooser = random.Random(21)
    alphabet = "山田川一々〆ーアイウエヴあいうえ 　、。，．）)」』\n・a1「"  # not ヶ, ヵ: such a text is read forwards
    randoms = ["".join(chooser.choice(alphabet) for _ in range(chooser.randint(1, 18))) for _ in range(100_000)]
    hiragana = katakana = 0
    for text in [*_texts(), *randoms]:
        if "ヶ" in text or "ヵ" in text:
            continue
        pairs = set(person_name._KANA_GIVEN.findall(text))
        assert _pairs_read_backwards(text) == pairs, text[:80]
        hiragana += sum(kana[0] in "あいうえ" for _kanji, kana in pairs)
        katakana += sum(kana[0] not in "あいうえ" for _kanji, kana in pairs)
    assert hiragana > 1000 and katakana > 1000
    assert _pairs_read_backwards("山ヶアイ、") != set(person_name._KANA_GIVEN.findall("山ヶアイ、"))  # why such a text is not


def test_when_a_suffix_s_name_is_found_and_trimmed_in_one_step_then_it_starts_where_the_two_steps_started() -> None:
    """(detect-cost6) person_name._name_back (run_before and _trimmed in one cached step on the reach before a suffix): at
    every suffix and every position before a space of the hand set, the start the two steps gave, analyzer on and off."""
    checked = 0
    for text in _texts():
        ends = {m.start() for m in person_name._SUFFIX.finditer(text)} | {i for i, ch in enumerate(text) if ch in " \u3000"}
        for end in sorted(ends):
            start = candidates.run_before(text, end)
            for strong in (False, True):
                for use_analyzer in (False, True):
                    offset = None if start is None else person_name._trimmed(text[start:end], strong, use_analyzer)
                    old = None if offset is None else start + offset
                    back = person_name._name_back(text[max(0, end - candidates.RUN_BEFORE_REACH) : end], strong, use_analyzer)
                    assert (None if back is None else end - back) == old, (text[max(0, end - 20) : end], strong, use_analyzer)
                    checked += old is not None
    assert checked > 10_000


DIGIT_LED = [personal_id._CARD_ANCHOR, personal_id._PLATE_ANCHOR, postal_address._POSTAL_ANCHOR, my_number._PATTERN,
             birth_date._DATE_ANCHOR, postal_address._HOUSE_ANCHOR]


def _sparse(text: str) -> str:
    """The text padded so that at most one character in scan._FEW opens a digit-led anchor (as in most minutes)."""
    return text + "あ" * (len(text) * scan._FEW)


def test_when_digit_led_anchors_are_tried_at_their_openers_then_they_find_what_a_whole_scan_finds() -> None:
    """(detect-cost6) scan.led_finditer tries a pattern that opens with [0-9] (or [月0-9], [番丁0-9]) only where such a
    character stands, in a text holding few (scan.opener_positions); in a text holding many, by finditer. Both: the matches
    of finditer, and the windows and lines read around them."""
    assert [scan._digit_led(p.pattern, p.flags) for p in DIGIT_LED] == ["", "", "", "", "月", "番丁"]
    assert [scan._digit_led(p, re.UNICODE) for p in ("[0-9]?年", "[0-9]年|月", "(?:[0-9])", "[^0-9]", "[0-9]{2}", "x[0-9]",
                                                      "[0-9](?:a|b)", "[0-9A-F]")] == [None, None, None, None, None, None, "", None]
    assert [scan._digit_led(p.pattern, p.flags) for p in (phone._PATTERN, personal_id._LABELLED)] == [None, None]
    chooser = random.Random(21)
    randoms = ["".join(chooser.choice("0123456789-ー 　あの番丁目月日生1") for _ in range(chooser.randint(1, 30))) for _ in range(3_000)]
    sparse = led = 0
    for text in [*_texts(), *randoms]:
        for variant in (text, _sparse(text)):
            for pattern in DIGIT_LED:
                assert [m.span() for m in scan.led_finditer(pattern, variant)] == [m.span() for m in pattern.finditer(variant)], text[:80]
                assert list(windows(variant, pattern, 5, 7)) == _plain_windows(variant, pattern, 5, 7), text[:80]
                assert list(line_windows(variant, pattern, 3)) == _plain_line_windows(variant, pattern, 3), text[:80]
                led += scan.opener_positions(pattern, variant) is not None and pattern.search(variant) is not None
            sparse += variant is not text and scan.digit_positions(variant) is not None
    assert sparse > 3_000 and led > 3_000
    assert scan.digit_positions("1" * 99 + "あ") is None and scan.digit_positions("1" + "あ" * 99) == (0,)


def test_when_a_long_text_is_asked_for_a_word_then_it_answers_as_a_plain_string_does() -> None:
    """(detect-cost7) model.LongText asks for a word's characters before the word: the same answer as `str`'s `in` for
    words present, absent with a character missing, and absent with every character present (the case a test of the
    characters alone would get wrong), of every length. (detect-cost8) The word itself is then found by a compiled
    search of the escaped word: the alphabet holds the regex engine's special characters, which must match as
    themselves."""
    chooser = random.Random(7)
    alphabet = "山田芸名公表私はのにアイ 　、\nab1@.*+?()[]{}|^$\\"
    kinds = {"present": 0, "a character missing": 0, "every character there": 0}
    for _ in range(20_000):
        text = "".join(chooser.choice(alphabet) for _ in range(chooser.randint(0, 60)))
        long_text = model.LongText(text)
        start = chooser.randint(0, len(text))
        for word in (text[start : start + chooser.randint(0, 4)],
                     "".join(chooser.choice(alphabet + "〓ヴ") for _ in range(chooser.randint(0, 4)))):
            assert (word in long_text) == str.__contains__(text, word), (text, word)
            kinds["present" if word in text else "every character there" if all(ch in text for ch in word)
                  else "a character missing"] += 1
    assert min(kinds.values()) > 1000, kinds
    assert model.LongText("芸能の名前").__contains__("芸名") is False  # both characters there, the word not


def test_when_a_body_is_asked_for_words_the_matcher_knows_then_it_answers_as_a_plain_string_does(monkeypatch) -> None:
    """(detect-cost10) A word asked of two bodies joins the multi-word matcher (model._HeldWords), which then answers
    each later body's `in` tests from one read: the same answers as `str`'s `in` for words present, absent, and inside
    another word of the matcher (の氏名 and 氏名: a matcher reporting only non-overlapping matches misses the second);
    the anchored scans' plain words (scan.present_words, scan.holds) the same through it; a text the matcher cannot
    read (a lone surrogate) answered word by word; no more than model._MOST_SOUGHT words sought."""
    monkeypatch.setattr(model, "_HELD_WORDS", model._HeldWords())
    chooser = random.Random(10)
    alphabet = "の氏名公表個人山田アイ 　、\nab1@.*"
    words = sorted({"".join(chooser.choice(alphabet) for _ in range(chooser.randint(2, 4))) for _ in range(300)}
                   | {"の氏名", "氏名", "氏名公表", "公表"})
    for text in ("の氏名", "公表と個人"):  # two bodies: every word asked twice, and sought from the third on
        long_text = model.LongText(text)
        assert [word in long_text for word in words] == [word in text for word in words]
    plain = [word for word in words if not any(ch in ".*\n " for ch in word)]
    by_matcher = present = 0
    for _ in range(3_000):
        text = "".join(chooser.choice(alphabet) for _ in range(chooser.randint(0, 80)))
        long_text = model.LongText(text)
        for word in [*chooser.sample(words, 20), text[3:6], "氏名"]:
            assert (word in long_text) == str.__contains__(text, word), (text, word)
            by_matcher += len(word) > 1 and word in long_text.held.sought
            present += str.__contains__(text, word)
        anchor_words = chooser.sample(plain, 11)  # plain words (scan._plain_words), one that stands in the text first
        anchor_words[:0] = [chooser.choice(standing)] if (standing := [word for word in plain if word in text]) else []
        anchor = re.compile("|".join(anchor_words))
        narrowed = scan.present_words(anchor, long_text)
        assert (narrowed and narrowed.pattern) == (scan.present_words(anchor, text) and scan.present_words(anchor, text).pattern)
        assert scan.holds(anchor, long_text) == scan.holds(anchor, text)
    assert by_matcher > 40_000 and present > 3_000, (by_matcher, present)
    odd = model.LongText("\udcff氏名")
    assert "氏名" in odd and "公表" not in odd and not odd.held.sought
    monkeypatch.setattr(model, "_MOST_SOUGHT", 5)
    monkeypatch.setattr(model, "_HELD_WORDS", model._HeldWords())
    for text in ("あ", "い", "う"):
        for word in words:
            assert (word in model.LongText(text)) is False
    assert "氏名" not in model.LongText("え") and len(model._HELD_WORDS._sought) == 5


def test_when_the_recognizers_read_a_long_text_then_they_find_what_they_find_in_a_plain_string() -> None:
    """(detect-cost7) Every recognizer over every hand-written minute, the text and its fold given as model.LongText (as
    Doc.of gives a text over model._LONG_TEXT characters) and as plain strings: the same spans."""
    for text in _texts():
        plain = Doc(text=str(text), context=DetectContext(), folded=str(fold(text)))
        long = Doc(text=model.LongText(plain.text), context=DetectContext(), folded=model.LongText(plain.folded))
        for recognize in RECOGNIZERS.values():
            assert list(recognize(long)) == list(recognize(plain)), text[:80]
    assert isinstance(Doc.of("あ" * (model._LONG_TEXT + 1), DetectContext()).folded, model.LongText)
    assert type(Doc.of("あ" * model._LONG_TEXT, DetectContext()).folded) is str


def test_when_an_anchor_of_a_word_and_spaces_is_written_as_its_plain_words_then_its_lines_and_windows_are_the_same() -> None:
    """(detect-cost12) _GROUP_ROLE_WORD and _SELF_INTRODUCED_ANCHOR written as the plain words their patterns read, so a
    body's `in` answers them (scan.present_words): the same lines and windows as the patterns they were."""
    group_role = re.compile("(?:代表者?|会長)[ \u3000]{2}")
    self_introduced = re.compile("と(?:いいます|言います|申します)")
    chooser = random.Random(12)
    pieces = ["代表", "者", "会長", "副", " ", "\u3000", "と", "いいます", "言います", "申します", "山田", "\n", "。"]
    randoms = ["".join(chooser.choice(pieces) for _ in range(chooser.randint(1, 12))) for _ in range(20_000)]
    lines = windows_found = 0
    for text in [*_texts(), *randoms]:
        for body in (text, model.LongText(text)):
            old = [*scan.line_windows(body, group_role, None)]
            assert [*scan.line_windows(body, person_name._GROUP_ROLE_WORD, None)] == old, text[:80]
            was = [*scan.windows(body, self_introduced, 11, 6)]
            assert [*scan.windows(body, person_name._SELF_INTRODUCED_ANCHOR, 11, 6)] == was, text[:80]
            lines += len(old)
            windows_found += len(was)
    assert lines > 300 and windows_found > 300
