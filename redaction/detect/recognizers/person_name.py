"""Person names, from context and (when installed) the morphological analyzer.

Context rules (always):
  山田太郎さん / 佐藤氏 / 鈴木様 / マイケルさん      honorifics: a finding unless public
  日下委員 / 北村会長                              council roles: a finding unless public
  氏名：山田 太郎 / 申請者 山田太郎 / 口座名義 ヤマダ タロウ      labels
  氏名曽我部 ヨシ                                  a name label run into the name (analyzer: a proper noun)
  ｸﾜﾊﾞﾗ ｼｹﾞﾙ                                      two half-width katakana words: a name as systems print it
  グエン・ヴァン・ナムさん                          a foreign name with middle dots before an honorific
  秋元 蒼、2025・4・18、すみれ市…                   a spaced name as an item of a list of particulars
  春日 正和さん … 春日さんには                      a later mention of a private person by surname
  | 氏名 | … | 山田 花子 |                          a name in a table column headed 氏名, 申請者 …
  長男の茂之（…）                                    a relative's given name (analyzer: a person's name)
  Tran Van Hung氏 / 氏名：MARIA CLARA SANTOS        Latin letters (and Tran氏 again)
  柚木 タカ（ユノキ タカ）様                          a name's reading in brackets
Analyzer rules (SudachiPy, only on short runs): a surname directly followed by a given
name (山田太郎が来庁した), also in kana (大河内 フミ、 / 栗林 あかね、), is a finding.
Never a finding: public names (roster, attendees, officials; with or without the
space, surname alone), a name next to an official title (総務課長 三宅, 三宅課長),
generic nouns (皆さん, 利用者様, 民生委員), names inside company names, a name after an
official's title and の (市長の三上; not a private body's officer: 自治会防災部では部長の…さん),
the holder of a role whose names the minutes say are published (町会長の氏名は…公表しております).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from ..model import MASK, Doc, LongText
from ..names import analyzer
from ..names.bracketed_names import names_beside_their_writing
from ..names.bracketed_reading_fields import names_with_a_bracketed_reading_opening_a_field
from ..names.bracketed_readings import names_with_a_bracketed_surname_reading
from ..names.brigade_members import surnames_before_a_members_word
from ..names.callback_notes import callback_addressees
from ..names.candidates import RUN_BEFORE_REACH, is_hankaku, is_kanji, is_katakana, run_after, run_back
from ..names.capitalised_surnames import romaji_names_with_capitalised_surnames
from ..names.care_of_names import hosts_named_before_kata, households_in_brackets_after_an_address
from ..names.chat_speakers import speakers_after_a_chats_timestamp
from ..names.circled_cell_names import names_after_a_circled_number_in_cells
from ..names.circular_sign_offs import households_in_a_circulars_sign_off
from ..names.comma_latin_names import surname_comma_given_names
from ..names.corrected_names import names_corrected_by_their_speaker
from ..names.csv_quoted_names import names_with_a_comma_in_quoted_fields
from ..names.dated_names import names_before_birth_dates
from ..names.delivery_nicknames import delivery_workers_nicknames
from ..names.ditto_given_names import given_names_after_a_ditto
from ..names.ditto_kin_given_names import given_names_after_a_ditto_with_their_kin
from ..names.english_introductions import names_introduced_in_english
from ..names.family_members import family_members
from ..names.file_name_names import names_in_attachments_file_names
from ..names.foreign_names import (
    machine_readable_names,
    names_after_a_persons_word,
    names_also_written,
    names_with_dotted_readings,
)
from ..names.form_fields import names_in_person_fields
from ..names.forwarded_chains import writers_of_a_quoted_mail
from ..names.hangul_names import hangul_names_with_katakana_readings
from ..names.hankaku_words import a_forms_words
from ..names.holders_before_meigi import holders_named_before_meigi
from ..names.identity_numbers_before import full_names_after_an_identity_number
from ..names.ideographic_comma_names import surname_ideographic_comma_given_names
from ..names.joined_names import names_joined_by_a_dot_or_slash
from ..names.kana_forms import (
    dotted_katakana_names,
    hiragana_full_names,
    kin_katakana_kanji_names,
    pupils_before_their_school_year,
)
from ..names.kanji_of_kana_names import kanji_after_half_width_kana_names
from ..names.katakana_given_names import katakana_given_names
from ..names.latin_kanji_names import latin_kanji_names_beside_persons_words, latin_surnames_with_kanji_given_names
from ..names.letter_signatures import names_signing_a_letter
from ..names.lexicon import (
    COMPANY_PREFIXES,
    COMPANY_SUFFIXES,
    GENERIC_WORDS,
    HONORIFICS,
    NAME_LABELS,
    OFFICIAL_TITLES,
    PERSON_LABELS,
    PROFESSIONS,
    ROLES,
    is_generic,
)
from ..names.linked_surnames import linked_surname_names
from ..names.list_heads import names_at_list_heads
from ..names.log_user_names import romaji_names_of_log_users
from ..names.mixed_script_surnames import hiragana_and_hankaku_surnames_joined
from ..names.names_before_birth_brackets import names_before_a_bracketed_birth_date
from ..names.names_before_particulars import (
    latin_names_before_particulars,
    names_as_fields_of_a_parted_record,
    names_opening_a_slashed_payment_line,
    representatives_before_their_accounts,
)
from ..names.nicknames import childrens_nicknames
from ..names.not_persons import names_no_person
from ..names.proxy_receivers import proxies_named_in_brackets
from ..names.public import PublicNames
from ..names.public_figures import names_of_public_figures
from ..names.public_records import names_a_public_record_publishes
from ..names.published_offices import names_of_published_office_holders
from ..names.reading_columns import readings_in_a_tab_separated_column
from ..names.record_holders import holders_named_in_records
from ..names.role_latin_names import latin_names_after_a_role
from ..names.role_list_items import names_after_a_role_in_list_items
from ..names.role_word_names import names_after_a_firms_role_word
from ..names.romanised_spellings import romanised_surnames_compared_with_kanji
from ..names.rota_cells import names_in_rota_cells
from ..names.ruby_names import names_with_ruby_readings
from ..names.said_public import names_said_public
from ..names.self_introductions import self_introduced_names
from ..names.self_named import (
    names_said_to_stand_quoted,
    names_said_twice,
    self_named_surnames,
    surnames_named_after_a_greeting,
)
from ..names.spaced_hiragana_names import hiragana_names_spaced_by_character
from ..names.spaced_letters import names_spaced_letter_by_letter
from ..names.spelled_out import spelled_out_names
from ..names.tagalog_spanish_introductions import names_introduced_in_tagalog_or_spanish
from ..names.vcard_names import names_in_vcard_lines
from ..names.voicemail_surnames import callers_opening_a_quoted_note
from ..names.word_fragments import cut_from_other_words
from ..names.words_in_a_names_place import a_word_in_a_names_place
from ..names.workers_and_filers import names_after_a_workers_job, names_quoted_or_bracketed_after_a_persons_word
from ..needs import called, needs
from ..particulars import KIN, beside_particulars, in_row_of_a_company, is_private_name, item_around, table_cells
from ..scan import (
    anchored_finditer,
    anchored_finditer_any,
    finditer_from,
    holds,
    line_anchored_finditer,
    line_windows,
    word_starts,
)
from ..sentences import RememberedSentences
from ..text import KANJI, KATAKANA
from ..wrapped import GATE as WRAPPED_TABLE_GATE
from ..wrapped import wrapped_rows

TYPE = "person_name"

_SUFFIX = re.compile(
    "(?:"
    + "|".join(re.escape(w) for w in sorted(HONORIFICS + ROLES + PROFESSIONS, key=len, reverse=True))
    + ")(?![式子々相態名場会])"
)
_LABEL = re.compile(
    "(?:"
    + "|".join(re.escape(w) for w in NAME_LABELS + PERSON_LABELS)
    + r")(?:\((?:カナ|フリガナ|ふりがな|カタカナ|漢字|ローマ字|英字|アルファベット)\))?(?:[A-Z]|[0-9](?![0-9]))?"  # (round AG) 生徒C, 所有者2: one of several
    r"(?:[ \u3000]*[:：][ \u3000]*|[ \u3000]+|】[ \u3000]*)"  # (round AB) 口座名義（カナ）：  # (round AJ) a label in 【】 (【児童氏名】)
)
_CUT_WORDS = re.compile(
    "|".join(
        re.escape(w)
        for w in sorted(
            {w for w in GENERIC_WORDS if len(w) >= 2}
            | set(OFFICIAL_TITLES) | set(ROLES) | set(PERSON_LABELS) | set(COMPANY_PREFIXES),
            key=len,
            reverse=True,
        )
    )
)
_TIGHT_LABEL = re.compile("(?:" + "|".join(re.escape(w) for w in NAME_LABELS + PERSON_LABELS) + f")(?=[{KANJI}])")
# The words both label patterns open with: where they stand is read once for both (scan.word_starts).
_LABEL_WORDS = re.compile("|".join(re.escape(w) for w in NAME_LABELS + PERSON_LABELS))


@lru_cache(maxsize=4)
def _label_starts(text: str) -> tuple[int, ...]:
    return word_starts(_LABEL_WORDS, text)

# A kanji surname, then a given name in kana, then punctuation: 大河内 フミ、 / 栗林 あかね、
# The run's start is checked after its first kanji ((?<![{KANJI}].): the character before it is no kanji; `.` is the
# kanji just read, cheaper to test than the class again), so
# the pattern opens with a character class and the engine skips to a kanji; the same matches as a
# lookbehind in front. Its runs are possessive (…+): a match holds whole runs (the next character is
# no kanji, no kana of the same script), so giving characters back never makes one; not trying saves 30 %.
_KANA_GIVEN = re.compile(rf"([{KANJI}](?<![{KANJI}].)[{KANJI}]{{0,5}}+)[ \u3000]?([ァ-ヺー]{{2,4}}+(?![ァ-ヺー])|[ぁ-ゖ]{{2,4}}+(?=[、。，．）)」』\n（(]))")
_HANKAKU_NAME = re.compile("[\uff66-\uff9f]{2,}(?:[ \u3000][\uff66-\uff9f]{2,}){1,2}"
                           # (round W) a kanji surname and a given name a system printed in half-width katakana (山口 ﾐｱ)
                           f"|(?<![{KANJI}0-9])[{KANJI}]{{1,3}}(?<![者員人名号番地目])[ \u3000][\uff66-\uff9f]{{2,6}}(?![\uff66-\uff9f]|[ \u3000][\uff66-\uff9f])")  # ｸﾞｴﾝ ｳﾞｧﾝ ﾅﾑ too
# A whole run (never from its middle: 児童青少年課|長　令和 read as 長 + 令和 was a cut, not a name),
# of at least three characters (_MIN_FULL_NAME): the lookahead after the first kanji drops the
# one- and two-kanji runs, most of a text's, in C (a short run never holds the next run's start).
_FULL_NAME_RUN = re.compile(rf"[{KANJI}](?<![{KANJI}].)(?=[{KANJI}]{{2}}|[ \u3000][{KANJI}]|[{KANJI}][ \u3000][{KANJI}])"
                            rf"[{KANJI}]{{0,11}}(?:[ \u3000][{KANJI}]{{1,6}}){{0,2}}")
_MIN_FULL_NAME = 3
# A speaker's label at the start of a line: ○堀係長　/ 〇総務課長（藤原）　/ ◯三宅課長 .
# (round AL) up to 20 characters: a Latin surname before the title (○Haraldsen警防課長　鳥越様は…)
_SPEAKER_LABEL = re.compile(r"(?:^|\n)[○◯〇◎][^\n \u3000]{1,20}[ \u3000]+$")
_HONORIFIC_SET = frozenset(HONORIFICS)
# Words that end in 様 but do not address anyone (仕様, 模様, 同様).
_NOT_HONORIFIC = ("仕", "模", "多", "同", "異", "一", "有", "態", "左", "斯")
# Honorifics that nearly always follow a person: the analyzer does not overrule them.
_STRONG = ("氏",)
# A "full name" ending like this is a place (多摩湖町), not a person.
_PLACE_ENDINGS = ("市", "区", "町", "村", "郡", "県", "都", "府", "道", "丘", "台", "駅", "橋", "川", "山")


def _cut_by_rules(text: str, start: int, end: int) -> int:
    """Move start past any known word inside the run (相談者佐藤 -> 佐藤)."""
    cut = start
    for match in _CUT_WORDS.finditer(text, start, end):
        if match.end() < end:
            cut = max(cut, match.end())
    while cut < end and text[cut] in " \u3000・":
        cut += 1
    return cut


def _cut_by_analyzer(text: str, start: int, end: int) -> int | None:
    """Keep the trailing tokens that are names or unknown words; None when the last is a
    common noun (担当者, ヘルパー) unless a proper noun stands right before it (宮崎颯).

    One kanji (林, 関) and two short groups split by a space (東 勇気, 古川 トメ) are left to the
    rules: the dictionary reads them as common nouns too often.
    """
    run = text[start:end]
    if len(run) == 1 or _TWO_SHORT_GROUPS.fullmatch(run):
        return start
    tokens = [t for t in analyzer.analyse(run) if t.surface.strip(" \u3000・")]
    keep = len(tokens)
    while keep > 0 and (tokens[keep - 1].is_proper or tokens[keep - 1].oov):
        keep -= 1
    if keep == len(tokens):
        last = tokens[-1] if tokens else None
        if last is None or len(tokens) < 2 or not tokens[-2].is_proper or len(last.surface) > 2:
            return None
        keep = len(tokens) - 2
    return start + tokens[keep].start


_TWO_SHORT_GROUPS = re.compile(rf"[{KANJI}]{{1,3}}[ \u3000][{KANJI}ぁ-ゖァ-ヺー]{{1,4}}")


def _after_title(text: str, start: int) -> bool:
    """True when an official title stands right before the name (総務課長 三宅), unless the title
    ends a speaker's label (○堀係長　江口氏には…: the name opens what the official says)."""
    before = text[max(0, start - 9) : start].rstrip(" \u3000")
    if _SPEAKER_LABEL.search(text, max(0, start - 24), start):
        return False
    if before.endswith(OFFICIAL_TITLES):
        return not _PRIVATE_BODY_BEFORE.search(text, max(0, start - 60), start)
    if not (before.endswith("の") and before[:-1].endswith(OFFICIAL_TITLES)):
        return False
    # 市長の三上: the official; 部長の榊 昌平さん — a full name with an honorific after 「…長の」 is how
    # minutes name a private body's officer (officials are named without one after their title).
    return not _PRIVATE_BODY_BEFORE.search(text, max(0, start - 30), start) and not _FULL_NAME_HONORIFIC.match(text, start)


_FULL_NAME_HONORIFIC = re.compile(rf"[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖァ-ヺ]{{1,4}}(?:さん|様|さま)")


# A title of a private body, not of the city: 自治会防災部では部長の滝沢 源一さん, 株式会社…の課長 山田.
_PRIVATE_BODY_BEFORE = re.compile(
    "(?:自治会|町会|町内会|管理組合|組合|協会|会社|法人|クラブ|PTA|NPO|団体|商店会|老人会|子ども会|事業所|学会)"
    r"(?:[^。\n、]{0,12}|[^。\n、（(]{0,12}[（(][^）)\n]{0,30}[）)][^。\n、]{0,10})$"  # (round M) 有限会社…（所在地） 担当 小松崎 恵美; (round AN) …（事業所番号…）介護支援専門員 八木橋
)


def _in_company(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 6) : start].rstrip(" \u3000")
    return before.endswith(COMPANY_PREFIXES) or text.startswith(COMPANY_SUFFIXES, end)


# (round O) The word an agenda heading opens with (## 2 報告 民生委員・児童委員の…): never a surname of its own.
_HEADING_WORDS = frozenset({"報告", "議題", "協議", "審議", "諮問", "答申", "議案", "説明", "質疑", "提案", "承認", "連絡", "案件", "陳情", "請願"})


# (round P) A party's or an agent's role ending in 人, which the analyzer may cut as a surname and 人.
_ROLE_IN_人 = re.compile("(?:申立|申し立て|申立て|請求|代理|保証|相続|管理|後見|発起|差出|受取|名義|立会|仲介|通報|申出|届出|異議申立|審査請求|参考|証|法|本|個|犯|当事|関係|同|他|知|成|老|故)人")


# (round V) An elected member named in full (surname, a space, given name) and then 議員 (not 議員会館, 議員名).
_MEMBER_AFTER = re.compile(r"[ \u3000]?議員(?![式子々相態名場会])")
_FULL_NAME_SPACED = re.compile(rf"[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖ]{{1,4}}")


def _accept(doc: Doc, public: PublicNames, start: int, end: int, signed: bool = False) -> bool:
    candidate = doc.folded[start:end]
    if not candidate or MASK in candidate:
        return False
    if candidate in public:
        return False  # first: most candidates are the council's own (○北村委員), and the tests below are pure
    if candidate.endswith(OFFICIAL_TITLES):
        return False  # 藤原課長: an official named by title
    if candidate.endswith("編") and doc.folded.startswith("さん", end):
        return False  # (round Y) 市史編さん: 編さん (編纂) is a word, not 編 and an honorific
    if candidate.split(" ")[0].split("\u3000")[0] in _HEADING_WORDS:
        return False  # (round O) 報告 民生委員…: an agenda item's word, then the role's first half
    if _ROLE_IN_人.fullmatch(candidate):
        return False  # (round P) 苦情の申立人が…: a party's role, not 申立 + 人
    if _MEMBER_AFTER.match(doc.folded, end) and _FULL_NAME_SPACED.fullmatch(candidate):
        return False  # (round V) 大河原 修 議員: an elected member named in full with the title, public in that role
    generic = is_generic(candidate) and not _is_surname(candidate) and not _proper_before_honorific(doc.folded, candidate, end)
    # (signed: a quoted signature from outside, 署名は「担当 汐入 真理子」: 担当 is the signer's own word there)
    return not (generic or (not signed and _after_title(doc.folded, start)) or _in_company(doc.folded, start, end))


_HONORIFIC_AFTER_A_SPACE = ("さん", "様", " さん", " 様", "\u3000さん", "\u3000様")


def _proper_before_honorific(text: str, candidate: str, end: int) -> bool:
    """(round AB) 隣の家の飯室さん: a word the lexicon's endings call an office's (室, 所, 館) that the analyzer reads as one
    proper noun, before さん or 様, is a surname (a place's name as a family's), not an office's word (会議室さん is none)."""
    if (candidate in GENERIC_WORDS or not text.startswith(_HONORIFIC_AFTER_A_SPACE, end)  # (round AC) 飯室 様: a space between too
            or len(candidate) < 2 or not analyzer.available()):
        return False
    tokens = analyzer.analyse(candidate)
    return len(tokens) == 1 and tokens[0].is_proper


def _is_surname(candidate: str) -> bool:
    """曽我部, 岡部, 長谷部: a surname that ends like a department (部) is still a name."""
    if not analyzer.available() or not is_kanji(candidate[-1]):
        return False
    tokens = analyzer.analyse(candidate)
    return len(tokens) == 1 and tokens[0].is_surname


@lru_cache(maxsize=65536)
def _trimmed(run: str, strong: bool, use_analyzer: bool) -> int | None:
    """Where the name starts in a run before a suffix (None: no name). It depends on the run
    alone, and minutes repeat theirs (委員, 課長 after the same names): once per run."""
    start = _cut_by_rules(run, 0, len(run))
    if start >= len(run):
        return None
    foreign = "・" in run[start:] and not is_kanji(run[-1])  # グエン・ヴァン・ナム
    if use_analyzer and not strong and not is_hankaku(run[-1]) and not foreign:
        return _cut_by_analyzer(run, start, len(run))
    return start


def _from_suffixes(doc: Doc, public: PublicNames, use_analyzer: bool) -> Iterator[tuple[int, int]]:
    text = doc.folded
    for match in _SUFFIX.finditer(text):
        end = match.start()
        suffix = match.group()  # read once: a Python step per honorific or role, ~100 k over C
        reading = _READING_BEFORE.search(text, max(0, end - 34), end) if text[end - 1 : end] in "）)" else None
        if reading and suffix in _HONORIFIC_SET:
            yield reading.start("kana"), reading.end("kana")  # 柚木 タカ（ユノキ タカ）様: the reading,
            end = reading.start()  # and the name before it
        if end >= 2 and text[end - 1] in " \u3000" and text[end - 2] not in " \u3000":
            if suffix not in _HONORIFIC_SET:
                continue  # "○藤原課長　委員の互選により": a speaker's label, then speech that opens with 委員
            end -= 1  # "大槻 昭三 さん": a space before the honorific
        if (suffix == "様" or suffix == "さま") and text[end - 1 : end] in _NOT_HONORIFIC:
            continue
        back = _name_back(text[max(0, end - RUN_BEFORE_REACH) : end], suffix in _STRONG, use_analyzer)
        if back is None:
            continue
        trimmed = end - back
        if use_analyzer and end - trimmed == 1 and end == match.start() and _is_prefix(text[trimmed:match.end()]):
            continue  # (round N) 全委員, 各委員, 両委員: a prefix of the word, not a one-character surname
        if end - trimmed == 1 and text[trimmed] == "長" and text[trimmed - 1 : trimmed] in _BODYS_LAST_CHARACTERS:
            continue  # (round BR) 自治会長さん: 長 run into a body's word is its head's post, no one-character surname
        if _accept(doc, public, trimmed, end):
            yield trimmed, end


# (round BR) the last character of an association's or a group's word before 長 (自治会長, 組合長, 団長, 部長, 班長)
_BODYS_LAST_CHARACTERS = frozenset("会合団部班")


@lru_cache(maxsize=65536)
def _name_back(before: str, strong: bool, use_analyzer: bool) -> int | None:
    """How far back from a suffix its name starts (None: no name): run_before and _trimmed in one step, read on the
    RUN_BEFORE_REACH characters before the suffix (all run_before reads; the run _trimmed cuts lies inside them). The
    suffix loop meets ~94 k suffixes in the generated corpus, most after a council member's name: one cached call each."""
    back = run_back(before)
    if back is None:
        return None
    offset = _trimmed(before[len(before) - back :], strong, use_analyzer)
    return None if offset is None else back - offset


@lru_cache(maxsize=4096)
def _is_prefix(word: str) -> bool:
    tokens = analyzer.analyse(word)
    return bool(tokens) and tokens[0].pos[0] == "接頭辞"


# (round U) After a label, a surname of kanji, one space and two to four hiragana before a bracket, a space or the
# line's end are a full name (the analyzer reads 巌 alone as a rock); not a particle or a phrase (山田 から).
# (round AG) a given name of kana and one kanji (よし乃, みつ江) as well as of kana alone
_SPACED_HIRAGANA_GIVEN = re.compile(r"[ \u3000](?P<given>[ぁ-ゖ]{2,4}|[ぁ-ゖ]{1,3}[乃代江枝恵美子世])(?=[（(]|[ \u3000]|$)", re.MULTILINE)
_FUNCTION_WORD = re.compile("から|より|まで|など|ほか|です|でした|ほど|のみ|だけ|さん|さま|くん|ちゃん|について|として|とともに|ならびに|および|また|ただし")


# (round AD) What follows one kanji as a verb's or an adjective's ending, never a one-character surname's particle or honorific.
_OKURIGANA = re.compile("[っいうえけせてねべめれろ]|る(?!い)|し(?!ん)")


def _from_labels(doc: Doc, public: PublicNames, use_analyzer: bool) -> Iterator[tuple[int, int]]:
    text = doc.folded
    for match in finditer_from(_LABEL, text, _label_starts(text)):
        start = match.end()
        end = run_after(text, start)
        if end is None:
            continue
        if end - start == 1 and _OKURIGANA.match(text, end):
            continue  # (round AD) ○審査請求人　載っているはずです: one kanji and its verb's ending open the speech
        if text.startswith(_BROADCASTERS_WORD, end) and is_katakana(text[start]):
            continue  # (round BN) ○審査請求人　ラジオ局の担当者: a katakana word run into 局 or 番組 names a broadcaster
        given = _SPACED_HIRAGANA_GIVEN.match(text, end) if all(is_kanji(ch) for ch in text[start:end]) and end - start <= 4 else None
        if given is not None and not _FUNCTION_WORD.fullmatch(given.group("given")):
            end = given.end("given")  # (round U) 対象生徒　巌 ひなた（1年3組）: a kanji surname, a space, a given name in hiragana
        elif use_analyzer and is_kanji(text[start]):
            tokens = analyzer.analyse(text[start:end])
            if not any(t.is_proper or t.oov for t in tokens):
                continue
        if _accept(doc, public, start, end):
            yield start, end


_BROADCASTERS_WORD = ("局", "番組")
_A_COUNT_OF_PEOPLE = re.compile("[0-9一二三四五六七八九十]+[名人]")


def _from_tight_labels(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """氏名曽我部 ヨシ: a name label run into a kanji run that the analyzer reads as a name."""
    text = doc.folded
    for match in finditer_from(_TIGHT_LABEL, text, _label_starts(text)):
        start = match.end()
        end = run_after(text, start)
        if end is None:
            continue
        if end - start == 1 and _OKURIGANA.match(text, end):
            continue  # (round AE) 保護者向けの一斉配信メール: one kanji and its ending make a word after the label (向け)
        if _A_COUNT_OF_PEOPLE.match(text, start):
            continue  # (round AJ) 死亡者二名が並んで: a count of the label's people, no name
        first = next(iter(analyzer.analyse(text[start:end])), None)
        if first is None:
            continue
        given = _GIVEN_AFTER_TIGHT_SURNAME.match(text, end) if end - start <= 4 else None
        spaced = given is not None or " " in text[start:end] or "\u3000" in text[start:end]
        # (round AN) a place's name is a surname too when a given name follows after a space (氏名汐入 つむぎ、保護者汐入 瑛二)
        if first.is_person or first.oov or (first.is_proper and spaced and first.end == len(text[start:end].split()[0])):
            if given is not None and not first.is_person and not first.oov:
                end = given.end()
            if _accept(doc, public, start, end):
                yield start, end


# (round AN) the given name in kana after a space, which the kanji run does not hold (氏名汐入 つむぎ、)
_GIVEN_AFTER_TIGHT_SURNAME = re.compile(r"[ \u3000][ぁ-ゖァ-ヺ]{2,4}(?=[、。,（(」』 \u3000]|$)", re.MULTILINE)


def _kana_given_names(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """A surname (the last word of a kanji run) and a kana given name, as the analyzer reads them together
    (馬場 alone is a common noun, 馬場コウ a surname and a given name)."""
    if not _names_someone_in_a_run(doc.folded) or not _holds_a_kana_given_pair(doc.folded):
        return
    for match in _KANA_GIVEN.finditer(doc.folded):
        offset = _surname_offset(*match.groups())
        if offset is not None and _accept(doc, public, match.start(1) + offset, match.end()):
            yield match.start(1) + offset, match.end()


def _holds_a_kana_given_pair(text: str) -> bool:
    """Whether a kanji run's last word and the kana after it are a surname and a given name somewhere in the text."""
    if "ヶ" in text or "ヵ" in text:  # both a kanji and a katakana: read backwards, a pair might end elsewhere
        pairs = _KANA_GIVEN.findall(text)  # in C; in most texts no pair is a name, and nothing more is done
        return any(_surname_offset(kanji, kana) is not None for kanji, kana in set(pairs))
    return any(_surname_offset_backwards(*pair) is not None for pair in set(_KANA_GIVEN_BACKWARDS.findall(text[::-1])))


def _holds_a_full_name_run(text: str) -> bool:
    """Whether a kanji run of the text holds a surname and a given name (_full_names' runs)."""
    return any(map(_surname_given_pairs, set(_FULL_NAME_RUN.findall(text))))


# (fourteenth pass) A body is asked both readings' questions sentence by sentence, the sentences of earlier bodies that
# answered no remembered (sentences.py): each match of the three patterns lies within a sentence (kanji, kana and spaces,
# and _KANA_GIVEN's closing 。 or newline, read alike), and each reads a sentence's start as the text's start. Over the
# generated corpus a body's two scans were a fifth of its time, and 93 % of its characters stand in a sentence seen before.
def _a_run_may_name_someone(text: str) -> bool:
    """The question both readings ask of a whole text first: a full name in a kanji run, or a kana given name after one."""
    return _holds_a_full_name_run(text) or _holds_a_kana_given_pair(text)


_SENTENCES_NAMING_NO_ONE = RememberedSentences(_a_run_may_name_someone)


def _names_someone_in_a_run(text: str) -> bool:
    """False when no kanji run of the text holds a full name and no run and kana after it a surname and a given name;
    True when one may (a short text is not asked: its readings read it whole)."""
    return not isinstance(text, LongText) or _SENTENCES_NAMING_NO_ONE.ask(text)


# _KANA_GIVEN's pairs, read in the reversed text from what ends a pair, not from every kanji: a punctuation mark before
# hiragana (…あかね、 reversed), or a katakana run's start (its last character forwards): about 10 % of the minutes'
# characters against 44 % for kanji (the engine tries a match at each). Each match is one reversed pair, whole runs as
# _KANA_GIVEN reads them (two to four kana, one to six kanji, an optional space between): the same set of pairs
# (tests/detect/test_anchors.py), in a text without ヶ and ヵ (both classes hold them: 山ヶアイ reads 山ヶ + アイ forwards, 山 +
# ヶアイ backwards). Groups: the hiragana given name, or the katakana one's first character and the rest; the kanji.
_KANA_GIVEN_BACKWARDS = re.compile(
    rf"[、。，．）)」』\n（({KATAKANA}](?:(?<=[、。，．）)」』\n（(])([ぁ-ゖ]{{2,4}}+)|(?<![{KATAKANA}].)(?<=([{KATAKANA}]))([{KATAKANA}]{{1,3}}+))"
    rf"[ \u3000]?([{KANJI}]{{1,6}}+)(?![{KANJI}])")


@lru_cache(maxsize=65536)
def _surname_offset_backwards(hiragana: str, katakana_first: str, katakana_rest: str, kanji: str) -> int | None:
    """_surname_offset of a pair as _KANA_GIVEN_BACKWARDS reads it (each string reversed)."""
    return _surname_offset(kanji[::-1], (hiragana or katakana_first + katakana_rest)[::-1])


@lru_cache(maxsize=65536)
def _surname_offset(kanji: str, kana: str) -> int | None:
    """Where the surname starts in `kanji` when the analyzer reads the run's last word as a surname
    ending it and `kana` as a given name; else None. Once per pair: the same pairs (a kanji and its
    okurigana, 行います) recur in every document."""
    tokens = analyzer.analyse(kanji + kana)
    if len(tokens) < 2:
        return None
    surname, given = tokens[-2], tokens[-1]
    return surname.start if surname.is_surname and given.is_given_name and surname.end == len(kanji) else None


def _hankaku_names(doc: Doc) -> Iterator[tuple[int, int]]:
    for match in _HANKAKU_NAME.finditer(doc.folded) if doc.has_hankaku else ():
        if not a_forms_words(doc.folded, match.start(), match.end()):  # (round AZ) ﾎﾝﾗｲﾉ ｳｹﾄﾘﾆﾝ:, ｽﾐﾚｼ ｹﾝﾁｸｼﾄﾞｳｶ (names/hankaku_words)
            yield match.start(), match.end()


def _full_names(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """Surname + given name in any kanji run (analyzer only)."""
    if not _names_someone_in_a_run(doc.folded):
        return
    runs = _FULL_NAME_RUN.findall(doc.folded)  # in C; most texts have no run holding a full name at all
    named = set(filter(_surname_given_pairs, set(runs)))  # the runs holding a surname and a given name (a loop in C)
    if not named:
        return
    for match in _FULL_NAME_RUN.finditer(doc.folded):
        if match.group() in named:  # most runs of a text that holds one hold none: no call for them
            yield from _full_names_in_run(doc, public, match.start(), match.end())


def _full_names_in_run(doc: Doc, public: PublicNames, start: int, end: int) -> Iterator[tuple[int, int]]:
    for first_start, second_end in _surname_given_pairs(doc.folded[start:end]):
        s, e = start + first_start, start + second_end
        following = doc.folded[e : e + 4]
        if following.startswith(OFFICIAL_TITLES + ROLES) or doc.folded[s:e].endswith(_PLACE_ENDINGS):
            continue  # 三宅太郎課長: an official; 北村誠一委員: the role rule; 多摩湖町: a place
        if following[:1] and is_katakana(following[0]) and following[0] != "・":
            continue  # 市保健センター: a word of a compound that goes on in katakana, not a name
        if doc.folded[max(0, s - 3) : s].endswith(("番地の", "丁目の", "番の")):
            continue  # (round Y) 三番地の十七　正 三番地…: a house number's last part said with の, not a surname
        if doc.folded[s:e].endswith("子") and following.startswith(("ども", "供")):
            continue  # (round P) ○鞍馬子ども家庭課長: 子ども opens the section's name, not a given name 鞍馬子
        space = next((i for i in range(s, e) if doc.folded[i] in " \u3000"), None)
        if space is not None and doc.folded[start:space].endswith(OFFICIAL_TITLES + ROLES):
            continue  # ○同課 相談支援係長　通知書の…: a speaker's title, then the first word of the turn
        if cut_from_other_words(doc.folded, s, e):
            continue  # (round AI) 報告 見守り, 三ツ橋 勝, …生 満83歳: pieces of the words around, not a name
        if _accept(doc, public, s, e):
            yield s, e


@lru_cache(maxsize=65536)
def _surname_given_pairs(run: str) -> tuple[tuple[int, int], ...]:
    """Where in a kanji run a surname is followed by a given name: (start, end) pairs. A corpus repeats
    its words, so each run is looked at once (most runs have none). The run is read without its
    spaces (片桐 美和 is read 片桐|美和: with the space the analyzer takes 美和 for a second surname)."""
    kept = [i for i, ch in enumerate(run) if ch not in " \u3000"]
    words = analyzer.analyse("".join(run[i] for i in kept))
    return tuple((kept[first.start], kept[second.end - 1] + 1) for first, second in pairwise(words)
                 if second.is_given_name and (first.is_surname or (
                     _LINKED_SURNAME.fullmatch(first.surface) and kept[first.end - 1] + 1 < kept[second.start])))


# (round N) A surname joined by ヶ, ケ or ノ (梶ヶ谷, 一ノ瀬, 八ケ代) the analyzer reads as a place: a surname
# when a space parts it from a given name (梶ヶ谷 茂).
_LINKED_SURNAME = re.compile("[一-龯]{1,2}[ヶケノ][一-龯]{1,2}")


# Names the minutes themselves say are published: 町会長の氏名は、市の町会一覧で公表しております.
# Whoever holds that role in the document is then public (町会長の大久保伸也氏 … 大久保氏), as the
# council's own members are. A role's holder is personal everywhere else (町会長の古川 哲夫様に確認し).
# The statement opens with の (a plain character the engine skips to); the role is read backwards from it.
_PUBLISHED_STATEMENT = re.compile(
    r"の(?:(?:職|役職)と)?(?:氏名|お?名前)(?:\([^()\n]{1,20}\))?(?:自体)?(?:は|も)[^。\n]{0,24}?(?:公表|公開|掲載)(?:(?:して|され)(?![てい]*(?:な|ませ|ず|おりませ))|済)"
)  # not 公表していない, 公表されておりません; (round AD) the post and the name together (自治会長の職と氏名は、…広報で公表しております)
_ROLE_BEFORE = re.compile(rf"[{KANJI}]{{2,6}}$")
# (round Z) The role first, the sentence going on to say the names are published (監視責任者は契約書に記載され、プールの掲示板にも
# 名前が出ています; 弁護士は職務として請求しており、氏名と登録番号は…名簿で公表されている): read from the statement back to the
# role that opens the speaker's sentence.
_PUBLISHED_OPENING = re.compile("氏名と|名前が|氏名(?=は|が|も)|名前(?=は|も)")  # every statement opens with one: read only from them
_PUBLISHED_LATER = re.compile(r"(?:氏名|名前)(?:と[^。\n]{1,8}?)?(?:は|が|も)[^。\n]{0,24}?(?:公表|公開|掲載|出て)(?:して|され|い)"
                              r"(?![てい]*(?:な|ませ|ず|おりませ))")
_ROLE_OPENING = re.compile(rf"(?:^|[\u3000。])(?P<role>[{KANJI}]{{2,6}})は[^。\n]{{0,30}}\Z", re.MULTILINE)
_ROLE_OPENING_REACH = 40


# (round Y) A table with a column for consent to publish (公表同意, 氏名公表): a row whose cell there says yes (有, 可,
# 同意 …) names a person the council publishes with their consent, in that row and wherever else the text names them.
_CONSENT_COLUMN = re.compile("公表")
_CONSENT_GIVEN = frozenset({"有", "有り", "あり", "可", "同意", "同意あり", "済", "○", "〇", "はい"})


# (round Y) A name quoted from a record, which the next sentence says is a stage name made public (「出演 仁科 レイ ほか」
# とありました。テレビで公表されている芸名ですので): every pair of words in the quote is public, as a roster's names are.
_STAGE_NAME = re.compile(r"「(?P<quote>[^「」\n]{1,30})」[^。\n]{0,20}。[^。\n]{0,20}(?:公表|公開|知られ)[^。\n]{0,10}芸名")


def _stage_names(text: str) -> frozenset[str]:
    if "公表" not in text or "芸名" not in text:
        return frozenset()
    names: set[str] = set()
    for match in _STAGE_NAME.finditer(text):
        words = re.split("[ \u3000]+", match.group("quote").strip())
        names |= {f"{first} {second}" for first, second in pairwise(words)}
    return frozenset(names)


# (round AC) Names with their publication stated in the brackets right after them (奥平 茂樹 様（公表同意・氏名と金額）, 玉置 伸也
# 様・玉置 恵 様（公表同意）, 団長 黒須 保（…氏名は市のホームページで公表）): public, as a consent column makes them; a bracket saying
# the name is not published (非公表, 公表しない) makes no one public.
_STATED_PUBLIC_BRACKET = re.compile(r"[（(](?:公表同意|氏名公表|[^（()）\n]{0,30}?氏名(?:は|を|も)[^（()）\n。]{0,20}?公表(?!し(?:て(?:い|お)?)?(?:な|ま|せ)|せず))")
_NAMES_BEFORE_BRACKET = re.compile(rf"(?<![{KANJI}ぁ-ゖァ-ヺー])(?:(?:[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖァ-ヺー]{{1,4}}[ \u3000]?(?:様|さん|氏)[・、]?){{1,4}}"
                                   rf"|[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖァ-ヺー]{{1,4}})\Z")
_STATED_NAME = re.compile(rf"[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖァ-ヺー]{{1,4}}?(?=[ \u3000]?(?:様|さん|氏)|\Z|[・、])")
# (round AC) A statement that the people of a list consented to their names being published (氏名を町会の回覧で公表することに
# 同意されています), standing in the paragraph right above a table: the table's name column holds public names.
_LIST_CONSENTED = re.compile(r"氏名(?:を|の)[^。\n]{0,20}?公表(?:すること)?に同意(?:され|して|を得)")


# (round AC) A 民生委員's name in brackets after the role (民生委員（栄町地区　藤代 房江）): a volunteer in a public role, the
# district before the name; read per candidate (the bracket and the role just before it).
_VOLUNTEER_BEFORE = re.compile(r"(?:民生委員|児童委員|主任児童委員|人権擁護委員|保護司)\([^()\n]{0,10}?[ \u3000]?\Z")
_VOLUNTEER_REACH = 20


def _volunteer_in_brackets(text: str, start: int, end: int) -> bool:
    lo = max(0, start - _VOLUNTEER_REACH)
    return text.startswith(")", end) and "委員(" in text[lo:start] and _VOLUNTEER_BEFORE.search(text, lo, start) is not None


def _publication_statements(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The brackets stating a publication and the statements of a list's consent, both read around each 公表 (one scan of
    the text: a word most minutes hold a few times at most)."""
    brackets: list[re.Match[str]] = []
    consents: list[re.Match[str]] = []
    position = text.find("公表")
    while position >= 0:
        lo = text.rfind("(", max(0, position - _BRACKET_REACH), position)  # the folded text holds "(" for "（"
        if lo >= 0 and (bracket := _STATED_PUBLIC_BRACKET.match(text, lo)) is not None and bracket.end() >= position:
            brackets.append(bracket)
        if text.startswith("に同意", position + 2) or text.startswith("することに同意", position + 2):
            consents += [m for m in _LIST_CONSENTED.finditer(text, max(0, position - _CONSENT_REACH), position + 12)]
        position = text.find("公表", position + 2)
    return brackets, consents


_BRACKET_REACH = 36
_CONSENT_REACH = 26


def _names_stated_public(text: str) -> frozenset[str]:
    names: set[str] = set()
    brackets, statements = _publication_statements(text)
    for bracket in brackets:
        line = text.rfind("\n", 0, bracket.start()) + 1
        before = _NAMES_BEFORE_BRACKET.search(text, max(line, bracket.start() - 40), bracket.start())
        if before is not None:
            names |= {m.group() for m in _STATED_NAME.finditer(text, before.start(), before.end())}
    if statements:
        cells = table_cells(text)
        for statement in statements:
            paragraph_end = text.find("\n\n", statement.end())
            if paragraph_end < 0 or text.find("\n", statement.end()) != paragraph_end:
                continue  # the statement's paragraph ends its line, a table right below
            table_end = text.find("\n\n", paragraph_end + 2)
            table_end = len(text) if table_end < 0 else table_end
            names |= {text[lo:hi] for header, lo, hi in cells if paragraph_end < lo < table_end
                      and _NAME_COLUMN.search(header) and _CELL_NAME.fullmatch(text, lo, hi)}
    return frozenset(names)


def _consented_names(text: str) -> frozenset[str]:
    if "公表" not in text:
        return frozenset()
    stated = _names_stated_public(text)
    return stated | _consented_column_names(text)


def _consented_column_names(text: str) -> frozenset[str]:
    cells = table_cells(text)
    rows = {text.rfind("\n", 0, start) for header, start, end in cells
            if _CONSENT_COLUMN.search(header) and text[start:end] in _CONSENT_GIVEN}
    if not rows:
        return frozenset()
    return frozenset(text[start:end] for header, start, end in cells
                     if text.rfind("\n", 0, start) in rows and _NAME_COLUMN.search(header) and _CELL_NAME.fullmatch(text, start, end))


def _published_names(text: str) -> frozenset[str]:
    if "の氏名" not in text and "名前" not in text and "氏名と" not in text and "と氏名" not in text:
        return _consented_names(text) | _stage_names(text)
    roles = {role.group() for match in _PUBLISHED_STATEMENT.finditer(text)
             if (role := _ROLE_BEFORE.search(text, max(0, match.start() - 6), match.start()))}
    if "氏名と" in text or "名前が" in text:  # (round Z) 弁護士は職務として請求しており、氏名と登録番号は…公表されている
        roles |= {role.group("role") for match in anchored_finditer(_PUBLISHED_LATER, text, _PUBLISHED_OPENING, before=0, after=60)
                  if (role := _ROLE_OPENING.search(text, max(0, match.start() - _ROLE_OPENING_REACH), match.start()))}
    if not roles:
        return _consented_names(text) | _stage_names(text)
    holder = re.compile(
        "(?:(?:" + "|".join(map(re.escape, sorted(roles, key=len, reverse=True))) + ")(?:の|は|[ \u3000]|[）)])?"
        "|(?:もう)?(?:お)?(?:一人|ひとり)(?:目)?は)"  # the role's holders counted out: お一人は篠原 寛治氏で、もうお一人は…
        rf"(?P<name>[{KANJI}]{{1,4}}[ \u3000]?(?:[{KANJI}]{{1,4}}?|[ぁ-ゖァ-ヺ]{{2,4}}))(?=[ \u3000]?(?:氏|さん|様|さま)|[、。，（(\t])"
    )  # (round AI) a space before the honorific too (会長は平泉 勝也 さん)
    return (frozenset(match.group("name") for match in holder.finditer(text)) | _holders_in_the_statements_brackets(text, roles)
            | _consented_names(text) | _stage_names(text))


def _holders_in_the_statements_brackets(text: str, roles: set[str]) -> frozenset[str]:
    """(round AD) The holder named in brackets after the role's post and name (受領書の自治会長の職と氏名（会長 佐久間 清）を開示)."""
    if "氏名(" not in text:
        return frozenset()
    bracket = re.compile(
        "(?:" + "|".join(map(re.escape, sorted(roles, key=len, reverse=True))) + r")の(?:(?:職|役職)と)?氏名\((?:[" + KANJI + r"]{1,4}[ \u3000])?"
        rf"(?P<name>[{KANJI}]{{1,4}}[ \u3000]?[{KANJI}ぁ-ゖァ-ヺ]{{1,4}})\)")
    return frozenset(match.group("name") for match in bracket.finditer(text))


def recognize_with(doc: Doc, use_analyzer: bool) -> Iterator[tuple[int, int]]:
    """The recognizer with the analyzer switched on or off (for measurement)."""
    public = PublicNames.of(doc.context.public_names | _published_names(doc.folded) | names_said_public(doc.folded)
                             | names_of_public_figures(doc.folded) | names_a_public_record_publishes(doc.folded)
                             | names_of_published_office_holders(doc.folded))
    found = [*_from_suffixes(doc, public, use_analyzer), *_from_labels(doc, public, use_analyzer), *_hankaku_names(doc)]
    if use_analyzer:
        found += [*_from_tight_labels(doc, public), *_kana_given_names(doc, public), *_full_names(doc, public)]
    if use_analyzer:
        found += _kin_given_names(doc, public)
    found += _listed_names(doc, public)
    found += _names_in_columns(doc, public, use_analyzer)
    # The readings of the table below are called in its order, less those whose declared need (@needs beside each:
    # needs.py) this text does not meet; a reading that declares nothing is always called.
    for reading in called(_READINGS, doc, use_analyzer):
        found += reading(doc, public)
    found += [(start, end) for start, end in names_before_birth_dates(doc.folded)
              if is_private_name(doc.folded[start:end], public) and _accept(doc, public, start, end)]
    found += names_beside_their_writing(doc.folded, public, doc.has_capital)
    found += _signatures_and_callers(doc, public, use_analyzer)
    for reading in called(_READINGS_OF_THE_FOLDED_TEXT, doc, use_analyzer):  # the same, each `reading(doc.folded, public)`
        found += reading(doc.folded, public)
    found += [(start, end) for start, end in katakana_given_names(doc.folded)  # (round AN) 鰐部 トメ（…）, 祖母新発田 キヨ宅
              if _accept(doc, public, start, end)]
    found += family_members(doc.folded, found)  # (round AJ) 母 蔀 沙織, the surname already found on 蔀 ゆずは
    found += _readings(doc.folded, found)
    second_latin = _second_latin_names(doc, found)  # after the names found so far, not after the next three readings'
    found += _names_after_a_persons_word(doc, public)
    found += _self_named_with_moushimasu(doc, public)
    found += _latin_names_spaced_twice(doc, public)
    found += second_latin
    found = [(start, end) for start, end in found
             if not _cut_from_a_firm(doc.folded, start, end) and not _cut_from_a_facility(doc.folded, start)
             and not _OPENS_A_BODYS_NAME.match(doc.folded, end)
             and not (start > 0 and doc.folded[start - 1].isdigit() and doc.folded[start] in _COUNTERS)
             and not _NAMED_AS_A_FIGURE_OR_SIGNATORY.match(doc.folded, end)
             and not _speakers_role(doc.folded, start, end)
             and not _surname_and_volunteers_role(doc.folded, start, end)
             and not names_no_person(doc.folded, start)
             and not a_word_in_a_names_place(doc.folded, start, end)  # (round BZ) 新しい氏, 帰りは, 備考　夫
             and not _a_streets_name(doc.folded, end)
             and not _volunteer_in_brackets(doc.folded, start, end)
             and not (("（" in doc.folded[max(0, start - 8) : start] or "(" in doc.folded[max(0, start - 8) : start])
                      and _BODYS_OFFICER_IN_BRACKETS.search(doc.folded, max(0, start - 40), start))]
    yield from found
    yield from _later_mentions(doc, public, found)


def _a_streets_name(text: str, end: int) -> bool:
    """(round BR) A candidate ending in 通 before り (佐伯通りの名の由来): a street's name, 通り read as the street."""
    return text[end - 1 : end] == "通" and text.startswith("り", end)


# (round W) A household naming itself beside a neighbour in a quoted record (「うちは纐纈で、楪さんとは棟が同じ」): the
# bare word after うちは is the household's surname, however rare (the analyzer reads 纐纈 as a common noun), when a
# person with an honorific follows; read only from うちは.
_HOUSEHOLD = re.compile(rf"うちは(?P<name>[{KANJI}]{{1,3}})で、[{KANJI}]{{1,4}}(?:さん|様)")


@needs("うちは")
def _households_named(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    if "うちは" not in doc.folded:
        return []
    return [m.span("name") for m in _HOUSEHOLD.finditer(doc.folded)
            if m.group("name") not in public and not is_generic(m.group("name"))]


# (round X) A staff member the sentence says is not published by name (相談の担当は相談員の姥ケ谷でしたが、相談員は
# 会計年度任用職員で、氏名は公表していません): the word after the role and の, however rare; read only where 公表 stands.
# Every match closes with the words saying it is unpublished, and holds no newline: only the lines holding them are read.
_UNPUBLISHED_SAID = re.compile("は公表して|は非公表")
_UNPUBLISHED_STAFF = re.compile(
    rf"(?:相談員|職員|担当者?|係員|調査員|支援員|指導員|通訳者?|補助員)の(?P<name>[{KANJI}]{{1,3}}[ケヶが]?[{KANJI}]{{1,2}})"
    r"(?:でした|です|が|は|から)[^。\n]{0,40}(?:氏名|名前)は(?:公表して(?:いません|おりません|いない)|非公表)")


@needs("私は")
def _named_as_i(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round X) A speaker naming themself after 私は (私は甲斐田 律子、…)."""
    if "私は" not in doc.folded:
        return []
    return [m.span("name") for m in _NAMED_AS_I.finditer(doc.folded) if m.group("name") not in public]


@needs("代表", "会長")
def _group_role_fields(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round X) A group's registration form's role field and the name after it (副代表      仁平 まゆみ)."""
    return [m.span("name") for m in line_anchored_finditer(_GROUP_ROLE_FIELD, doc.folded, _GROUP_ROLE_WORD)
            if m.group("name") not in public]


@needs("公表")
def _unpublished_staff(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round X) A staff member the sentence says is not published by name (相談員の姥ケ谷でしたが、…氏名は公表していません)."""
    if "公表" not in doc.folded:
        return []
    return [m.span("name") for m in line_anchored_finditer(_UNPUBLISHED_STAFF, doc.folded, _UNPUBLISHED_SAID)
            if m.group("name") not in public and not is_generic(m.group("name"))]


@needs(capital=True)
def _latin_beside_kanji(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round Y) A name whose given or family name is Latin beside a kanji one the analyzer reads as a person's (Priya 小野寺,
    Nguyen Van 翔, Ramos Jr. 健), read only around a space between a Latin and a kanji word."""
    if not doc.has_capital:
        return []
    found: list[tuple[int, int]] = []
    for match in anchored_finditer_any(_LATIN_BESIDE_KANJI, doc.folded, _LATIN_KANJI_SPACE, before=_LATIN_BEFORE, after=_LATIN_AFTER):
        if match.group("name") in public:
            continue
        if (analyzer.is_one_person_word(match.group("kanji") or match.group("kanji_first"))  # either side's kanji
                or beside_particulars(doc.folded, *match.span("name"), public, dates=True)):  # (round AG) Abernathy 瑞穂、国分寺市…
            found.append(match.span("name"))
    return found


@needs(" ", "\u3000")
def _katakana_in_names(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round Y) A kanji surname, a katakana middle name and a kanji given name (須藤 ルカス 陽); a katakana surname and a
    kanji given name (アンダーソン 凛) when the surname is a found name's (アンダーソン 健二です). Read only around a space
    between a katakana and a kanji word."""
    found: list[tuple[int, int]] = []
    pairs: list[re.Match[str]] = []
    for match in anchored_finditer_any(_KATAKANA_IN_NAME, doc.folded, _KANA_WORD_AFTER_SPACE, before=9, after=14):
        if match.group("middle") is not None:
            first = analyzer.analyse(match.group("surname"))
            if len(first) == 1 and first[0].is_surname and match.group("name") not in public:
                found.append(match.span("name"))
        else:
            pairs.append(match)
    kin = {m.group("kana_surname") for m in pairs if analyzer.is_one_person_word(m.group("given"))}
    return found + [m.span("name") for m in pairs if m.group("kana_surname") in kin and m.group("name") not in public]


@needs("「")
def _named_in_quotes(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round Y) A quote opening with a katakana full name and です／と申します (「ノムラ ケイコです。…」)."""
    if "「" not in doc.folded:
        return []
    return [m.span("name") for m in _KATAKANA_SELF_NAMED.finditer(doc.folded) if m.group("name") not in public]


@needs("に住む")
def _living_at_self_named(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round Y) Who lives somewhere and says their surname (…に住む宍戸です)."""
    if "に住む" not in doc.folded:
        return []
    return [m.span("name") for m in _LIVING_AT_SELF_NAMED.finditer(doc.folded)
            if _accept(doc, public, *m.span("name")) and not is_generic(m.group("name"))]


@needs(":", capital=True)
def _fax_sender_fields(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round Y) A fax's sender field with a katakana full name (FROM: カネコ コウイチ   TEL/FAX)."""
    if not doc.has_capital or ":" not in doc.folded:
        return []
    return [m.span("name") for m in _SENDER_FIELD.finditer(doc.folded) if m.group("name") not in public]


@needs("「", capital=True)
def _latin_initials_quoted(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round Y) A Latin initial and surname quoted as a name (「K.YANAGIDA」とイニシャルと姓のみのお名前)."""
    if not doc.has_capital or "「" not in doc.folded:
        return []
    return [m.span("name") for m in _LATIN_INITIAL_NAMED.finditer(doc.folded) if m.group("name") not in public]


def _table_contact_rows(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round Y) A contact column's cell that opens with a full name, then the person's phone or address
    (| 斑目 蒼 本人 080-5552-6619 |)."""
    text = doc.folded
    cells = table_cells(text)  # cached: the other recognizers read them first
    contact = {header for header in {header for header, _start, _end in cells} if _CONTACT_COLUMN.search(header)}
    return [cell.span("name") for header, start, end in (cells if contact else ())
            if header in contact and (cell := _NAME_THEN_CONTACT.match(text, start, end)) and _accept(doc, public, *cell.span("name"))]


@needs(*WRAPPED_TABLE_GATE)
def _wrapped_name_cells(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round Y) The pieces of a name column's cell a PDF wrapped over lines (宇佐美 / トミ子)."""
    text = doc.folded
    return [(start, end) for row in (wrapped_rows(text) if doc.has_wrapped_table else ()) for start, end in row.cell("氏名")
            if _WRAPPED_NAME_PIECE.fullmatch(text, start, end) and text[start:end] not in public and not is_generic(text[start:end])]


@needs("坊")
def _nicknames(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round Y) A child's nickname, a katakana given name and 坊 (松永さんのところのヨシ坊と)."""
    if "坊" not in doc.folded:
        return []
    return [m.span("name") for m in _NICKNAME.finditer(doc.folded) if m.group("name") not in public]


def _kin_named_in_brackets(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round Y) A relative's full name in brackets with their particulars after it (母（堤 トメ、昭和…生まれ）)."""
    text = doc.folded
    return [match.span("name") for match in _BRACKETED_FULL_NAME.finditer(text)
            if text[max(0, match.start() - 4) : match.start()].endswith(KIN) and _accept(doc, public, *match.span("name"))]


# (round Y) A quote opening with a katakana full name and です／と申します (「ノムラ ケイコです。…」); who lives somewhere and
# says their surname (…に住む宍戸です); a fax's sender field with a katakana full name (FROM: カネコ コウイチ   TEL/FAX);
# a Latin initial and surname quoted as a name (「K.YANAGIDA」とイニシャルと姓のみのお名前); a relative's full name in brackets
# with their particulars after it (母（堤 トメ、昭和…）).
_KATAKANA_SELF_NAMED = re.compile(r"「(?P<name>[ァ-ヺー]{2,8}[ \u3000][ァ-ヺー]{2,8})[ \u3000]?(?:です|と申します|といいます)")
_LIVING_AT_SELF_NAMED = re.compile(rf"に住む(?P<name>[{KANJI}]{{2,4}})(?:です|と申します|といいます)")
_SENDER_FIELD = re.compile(r"(?:FROM|From)[ \u3000]*:[ \u3000]*(?P<name>[ァ-ヺー]{2,8}[ \u3000][ァ-ヺー]{2,8})(?=[ \u3000]{2,}|$)",
                           re.MULTILINE)
_LATIN_INITIAL_NAMED = re.compile(r"「(?P<name>[A-Z]\.[ ]?[A-Z][A-Za-z]{2,})」[^。\n]{0,12}(?:イニシャル|名前|氏名)")
# (round Y) A contact column's cell (返還先・連絡先, 送付先) that opens with a full name, then a space and the person's phone or
# address (本人 or a relation between them).
_CONTACT_COLUMN = re.compile("連絡先|返還先|送付先|宛先|届け先")
_NAME_THEN_CONTACT = re.compile(rf"(?P<name>[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖァ-ヺー]{{1,4}})[ \u3000]+(?:(?:本人|[（(][^）)]{{1,4}}[）)])[ \u3000]*)?"
                                rf"(?:0[0-9]{{1,4}}[- ]?[0-9]|[^\s|]{{1,8}}[市区町村][^\s|]{{0,12}}[0-9])")
# (round Y) A piece of a name column's cell a PDF wrapped (宇佐美 / トミ子, Smith / みどり): letters and kana or kanji, no digit.
_WRAPPED_NAME_PIECE = re.compile(rf"[{KANJI}ぁ-ゖァ-ヺーA-Za-z・ ]{{2,12}}")
# (round Y) A child's nickname, a katakana given name and 坊 (松永さんのところのヨシ坊と): a person named as family call them.
_NICKNAME = re.compile(r"(?<![ァ-ヺー])(?P<name>[ァ-ヺ]{2,3})坊(?=[とがはをのに、。」])")
_BRACKETED_FULL_NAME = re.compile(rf"\((?P<name>[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖァ-ヺー]{{1,4}})[、,]")


@needs("旧", "婚姻前", "née", capital=True)
def _former_surnames(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round Z) A Latin surname after the words for a former surname (婚姻前の氏 Moreau)."""
    text = doc.folded
    if not doc.has_capital or ("旧" not in text and "婚姻前" not in text and "née" not in text):
        return []
    return [m.span("name") for m in _FORMER_SURNAME.finditer(text) if m.group("name") not in public]


# (round AC) A 戸籍 extract's fields: the given name alone after 【名】 (【名】聡　【生年月日】…), the whole field's value; and a kanji
# surname after the words for a former surname, in brackets or after a colon or a space ((旧姓 長谷部), 旧姓：長谷部).
_REGISTER_GIVEN_NAME = re.compile(rf"【名】[ \u3000]?(?P<name>[{KANJI}ぁ-ゖァ-ヺー]{{1,5}})(?=[ \u3000]|【|$)", re.MULTILINE)
# (round AL) the surname during a marriage too (婚姻中の氏は鷲尾で, （…、婚姻中の氏 新垣）), the field's closing quote after it
# (「旧氏 汐見」), and the surname a person's 氏 went back to (離婚により氏が汐見に戻った; not after a kanji: 田中氏が…)
# (round BR) the field's name joined to 通称 (旧姓・通称 天野、), and the surname said before でした or です (婚姻中の氏は鴨志田でした)
_KANJI_FORMER_SURNAME = re.compile(rf"(?:[（(](?:旧姓|旧氏|婚姻[前中]の氏)(?:・通称)?[ \u3000:：]*|(?:旧姓|旧氏|婚姻[前中]の氏)(?:・通称)?(?:[:：][ \u3000]*|[ \u3000]+))"
                                   rf"(?P<name>[{KANJI}]{{1,4}})(?=[）)、。」]|[ \u3000]*$)"
                                   rf"|婚姻[前中]の氏は(?P<said>[{KANJI}]{{1,4}})(?=で(?:、|した|す))", re.MULTILINE)
# (round BZ) the former surname after 旧姓の, closed by a particle (旧姓の黒部を職務上使用している): not a word of the use (旧姓の使用)
_FORMER_SURNAME_THEN_PARTICLE = re.compile(rf"(?<![{KANJI}])旧(?:姓|氏)の(?!使用|併記|記載|表記|通称|届出|利用|変更|欄|部分|箇所|記録|証明|確認|取扱|扱い|方|件|者|人)(?P<name>[{KANJI}]{{1,4}})(?=を|で(?:す|、)|が|と(?:いう|して))")
_SURNAME_GONE_BACK = re.compile(rf"(?<![{KANJI}])氏が(?P<name>[{KANJI}]{{1,4}})に戻")


@needs("【名】")
def _register_given_names(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round AC) A 戸籍 extract's 【名】 field: a given name alone."""
    if "【" not in doc.folded or "【名】" not in doc.folded:
        return []
    return [m.span("name") for m in _REGISTER_GIVEN_NAME.finditer(doc.folded) if not is_generic(m.group("name"))]


@needs("旧", "婚", "戻")
def _kanji_former_surnames(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round AC) A kanji surname after 旧姓／旧氏／婚姻前の氏 in brackets or after a colon or a space."""
    text = doc.folded
    found: list[tuple[int, int]] = []
    if ("旧" in text or "婚" in text) and ("旧姓" in text or "旧氏" in text or "婚姻前の氏" in text or "婚姻中の氏" in text):
        found += [m.span(group) for m in _KANJI_FORMER_SURNAME.finditer(text) for group in ("name", "said")
                  if m.group(group) and m.group(group) not in public and m.group(group) not in GENERIC_WORDS]  # 長谷部 ends in 部, yet the field says a surname
    if "旧姓の" in text or "旧氏の" in text:  # (round BZ) 旧姓の黒部を職務上使用: the surname itself after の and before its particle
        found += [m.span("name") for m in _FORMER_SURNAME_THEN_PARTICLE.finditer(text)
                  if m.group("name") not in public and m.group("name") not in GENERIC_WORDS]
    if "戻" in text and "氏が" in text:  # one character first
        found += [m.span("name") for m in _SURNAME_GONE_BACK.finditer(text)
                  if m.group("name") not in public and not is_generic(m.group("name"))]
    return found


@needs("MECARD")
def _contact_string_names(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round Z) A contact string's N: field, surname and given name in two parts (MECARD:N:仙石,陽葵;)."""
    if "MECARD" not in doc.folded:
        return []
    return [m.span("name") for m in _CONTACT_STRING_NAME.finditer(doc.folded) if m.group("name") not in public]


@needs(capital=True)
def _latin_and_kanji_before_honorific(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round Z) A Latin given name and a kanji surname before 様／さん, whatever the analyzer makes of the kanji (Riya 薬袋様);
    read only around a space between a Latin and a kanji word (_latin_beside_kanji's anchors: rare)."""
    if not doc.has_capital:
        return []
    return [m.span("name") for m in anchored_finditer_any(_LATIN_KANJI_HONORIFIC, doc.folded, _LATIN_KANJI_SPACE, before=_LATIN_BEFORE, after=8)
            if m.group("name") not in public]


@needs("家")
def _households_by_surname(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round Z) A surname the analyzer knows before 家 and a particle (柳澤家と境界の件で)."""
    text = doc.folded
    found: list[tuple[int, int]] = []
    for m in anchored_finditer(_SURNAME_HOUSEHOLD, text, _HOUSEHOLD_ANCHOR, before=4, after=4):
        tokens = analyzer.analyse(m.group("name"))
        if len(tokens) == 1 and tokens[0].is_surname and m.group("name") not in public:
            found.append(m.span("name"))
    return found


@needs('"name"')
def _json_names(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round Z) A JSON record's "name" whose value is two words ("name": "仙石 陽葵")."""
    if '"name"' not in doc.folded:
        return []
    return [m.span("name") for m in _JSON_NAME.finditer(doc.folded) if m.group("name") not in public and not is_generic(m.group("name"))]


# (round Z) The forms read by _latin_and_kanji_before_honorific and _households_by_surname: a Latin given name and a kanji surname before 様／さん, whatever the analyzer
# makes of the kanji (Riya 薬袋様); a surname the analyzer knows before 家 and a particle (柳澤家と境界の件で).
_LATIN_KANJI_HONORIFIC = re.compile(rf"(?<![A-Za-z])(?P<name>[A-Z][a-z]+[ \u3000][{KANJI}]{{1,4}}(?<![様殿]))(?=様(?![式態相子])|さん)")
_SURNAME_HOUSEHOLD = re.compile(rf"(?<=[、。 \u3000「（(の])(?P<name>[{KANJI}]{{2,3}})家(?=と|の|に|が|は)")  # after a delimiter
_HOUSEHOLD_ANCHOR = re.compile("家(?=[とのにがは])")  # every match's 家 and particle: one search opening with its literal
# (round BZ) and an English form's maiden name in brackets ((née Kurobe))
_FORMER_SURNAME = re.compile(r"(?:婚姻前の氏|旧姓|旧氏|\(née)[ \u3000:：は]*(?P<name>[A-Z][a-zà-öø-ÿ]+)(?![A-Za-z])")
_CONTACT_STRING_NAME = re.compile(r"MECARD:N:(?P<name>[^;,:\n]{1,12},[^;,:\n]{1,12})(?=;)")
_JSON_NAME = re.compile(rf"\"name\"[ ]?:[ ]?\"(?P<name>[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖァ-ヺー]{{1,5}})\"")


# (round Y) The forms _latin_beside_kanji and _katakana_in_names read: a Latin word or two (Jr. too) and a kanji name, or a kanji surname and a Latin
# given name, standing alone between delimiters; the katakana ones read only around a space before katakana.
_LATIN_BESIDE_KANJI = re.compile(
    rf"(?<![A-Za-z{KANJI}])(?P<name>[A-Z][a-zà-öø-ÿā-ž]+(?: [A-Z][a-z]+\.?)?[ \u3000](?P<kanji>[{KANJI}]{{1,4}}(?<!様))"
    rf"|(?P<kanji_first>[{KANJI}]{{1,4}})[ \u3000][A-Z][a-zà-öø-ÿā-ž]+)(?=[、,，。）)」|（(:：]|$| [|]|\u3000(?![{KANJI}ぁ-ゖ]{{0,3}}[ \u3000]*$)|様|さん)", re.MULTILINE)
# (round Z) and before a colon (a calendar's ATTENDEE;CN=Ogunleye 志保:mailto:…), an ideographic space before the next field
# (氏名 Bautista 恵理　電話 …), 様 or さん; a Latin given name with an accent (漆畑 Chloé).

# Read only around the space between the Latin and the kanji words (each anchor opens with its literal space): a match
# starts at most 2 + 30 + 2 + 30 characters before it (two Latin words and Jr.), ends at most 5 kanji and a delimiter after.
_LATIN_KANJI_SPACE = tuple(re.compile(space + rf"(?:(?<=[a-zà-öø-ÿā-ž.]{space})(?=[{KANJI}])|(?<=[{KANJI}]{space})(?=[A-Z]))") for space in " \u3000")
_LATIN_BEFORE, _LATIN_AFTER = 64, 34
_KATAKANA_IN_NAME = re.compile(
    rf"(?<![{KANJI}ァ-ヺー・])(?P<name>(?P<surname>[{KANJI}]{{1,4}})[ \u3000](?P<middle>[ァ-ヺー]{{2,6}})[ \u3000](?!(?:様|殿|氏|君)(?![{KANJI}]))[{KANJI}]{{1,4}}"
    rf"|(?P<kana_surname>[ァ-ヺー]{{3,8}})[ \u3000](?P<given>[{KANJI}]{{1,3}}))(?=[、,，。）)」（(の]|です|さん|$)", re.MULTILINE)
# Each anchor opens with its literal space, a katakana word on one side of it and a kanji on the other: every match holds one.
_KANA_WORD_AFTER_SPACE = tuple(re.compile(space + rf"(?:(?<=[ァ-ヺー]{space})(?=[{KANJI}])|(?<=[{KANJI}]{space})(?=[ァ-ヺ]))") for space in " \u3000")


# (round X) A group's registration form's field line: the role at the line's head, a run of spaces, a full name with a
# kana given name too (副 代 表      仁 平   ま ゆ み, read unspaced: 副代表      仁平 まゆみ).
_GROUP_ROLE_FIELD = re.compile(rf"^[ \u3000]*(?:副?代表者?|副?会長)[ \u3000]{{2,}}(?P<name>[{KANJI}]{{1,3}}[ \u3000][{KANJI}ぁ-ゖ]{{1,4}})(?![{KANJI}ぁ-ゖ])",
                               re.MULTILINE)
# Every match holds its role and two spaces, and no newline: only the lines holding them are read. (Thirteenth pass) The
# anchor is the twelve plain words (?:代表者?|会長)[ \u3000]{2} reads, so a body's `in` answers whether any stands
# (scan.present_words; most hold none): the same lines, without reading the body for 代 and 会 (~70 µs a body).
_GROUP_ROLE_WORD = re.compile("|".join(role + first + second for role in ("代表者", "代表", "会長")
                                       for first in " \u3000" for second in " \u3000"))


# (round X) A speaker naming themself in a quoted letter or call, a surname and a given name set apart by a space
# (私は甲斐田 律子、緑町…): the rare surname the analyzer does not know is theirs too; read only where 私は stands.
_NAMED_AS_I = re.compile(rf"私は、?(?P<name>[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖ]{{1,4}})(?=、|。|です|と申し|でござい)")


# (round W) A candidate cut inside a firm's name: its last characters open a firm's word that goes on
# after it (一尺八寸測量設計事務|所: a surveyor's office named after a rare surname).
def _cut_from_a_firm(text: str, start: int, end: int) -> bool:
    if end >= len(text) or text[end] not in _FIRM_WORD_TAILS:
        return False
    return any(text.startswith(word, end - k) for word in COMPANY_SUFFIXES for k in range(1, len(word)) if end - k > start)


_FIRM_WORD_TAILS = frozenset(ch for word in COMPANY_SUFFIXES for ch in word[1:])  # what can follow the cut


# (round Z) A numbered unit (3班　町内会長: 班 after its number opens no name), and a body's officer named in the brackets after
# the body's name (NPO法人すみれ行政ウォッチ（理事長 真鍋 悟）): the body's, as a firm's officer is (_FIRMS_OFFICER_BEFORE).
_COUNTERS = frozenset("班組号区番棟条丁")
_BODYS_OFFICER_IN_BRACKETS = re.compile(r"(?:法人|株式会社|有限会社|合同会社|協会|組合|商工会|商工会議所)[^\s（()）。、]{0,20}[（(]"
                                        r"(?:理事長|代表理事|代表取締役|会長)[ \u3000]*\Z")  # not 代表 alone (a08: a farm's 代表 stays personal)


# (round AB) A historical or public figure a place is associated with (牧野富太郎ゆかりの記念園), and an official signing a
# public body's document in that role (検診センター長 宮脇 修（公印省略）): no private person's name.
# (round AT) and a place or a firm named after a person (野口雨情記念市民センター, 楢崎周税理士事務所): the place's or the firm's name.
_NAMED_AS_A_FIGURE_OR_SIGNATORY = re.compile(r"ゆかり|[ \u3000]?\(公印省略\)|記念(?:館|公園|市民センター|センター|ホール|会館|文庫|碑|像)"
                                             r"|(?:税理士|司法書士|行政書士|弁護士|法律|会計|社会保険労務士|土地家屋調査士|設計)事務所")
# (round AB) A speaker's label naming the speaker by surname and role (○城之内顧問弁護士　…): a participant speaking in
# a public role, as ○北村委員 is; the candidate opens the line after the mark and a profession ends the label.
_PROFESSION_ENDS_THE_LABEL = re.compile("(?:" + "|".join(sorted(PROFESSIONS, key=len, reverse=True)) + ")[ \u3000]")


# (round AC) or an official's title closing the label after the section's kanji (○熊谷国保給付係長　…: the analyzer reads
# 熊谷国保 as a full name): an official speaking in that role.
_TITLE_ENDS_THE_LABEL = re.compile(r"[^\s]{0,8}?(?:" + "|".join(sorted(OFFICIAL_TITLES, key=len, reverse=True)) + ")[ \u3000]")


def _speakers_role(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1] in "○◯◎" and (start == 1 or text[start - 2] == "\n")
            and (_PROFESSION_ENDS_THE_LABEL.match(text, end) is not None or _TITLE_ENDS_THE_LABEL.match(text, end) is not None))


# (round AC) A surname glued to a public volunteer's role (藤代民生委員と一緒に: the analyzer reads 藤代民生 as a full name): the
# role's first word closes the candidate and 委員 follows; a 民生委員 or 児童委員 is named in that role, as a member is.
_ROLES_FIRST_WORDS = ("民生", "児童", "主任児童", "人権擁護", "保護司")


def _surname_and_volunteers_role(text: str, start: int, end: int) -> bool:
    return text.startswith("委員", end) and text.endswith(_ROLES_FIRST_WORDS, start, end) and end - start > 2


# (round Z) A candidate whose kanji run goes on into an association's name (日本|弁護士連合会, すみれ|体育協会): the body's name.
_OPENS_A_BODYS_NAME = re.compile(rf"[{KANJI}]{{0,5}}(?:連合会|協会|連盟|学会)")


# (round X) A candidate opening with the last character of a facility's name (すみれ市立ひばりが丘児童|館　利用登録カード:
# 館 is a surname, 利用登録 read as a given name): the facility's word goes on before it.
_FACILITY_WORDS = ("児童館", "会館", "公民館", "図書館", "体育館", "美術館", "博物館", "資料館", "市民館", "保育園", "幼稚園",
                   "公園", "霊園", "学園", "保育所", "出張所", "支所", "集会所", "運動場", "斎場")
_FACILITY_WORD_ENDS = frozenset(word[-1] for word in _FACILITY_WORDS)


def _cut_from_a_facility(text: str, start: int) -> bool:
    return (start > 0 and text[start] in _FACILITY_WORD_ENDS
            and any(text.startswith(word, start + 1 - len(word)) for word in _FACILITY_WORDS if start + 1 >= len(word)))


# A name in Latin letters, two to four words (Tran Van Hung, MARIA CLARA SANTOS), before an honorific
# or after a name label (氏名：…), or in a name column (see _CELL_NAME).
# (round M) Letters with diacritics (Nguyễn Thị Lan, Thomas Müller) are letters of a name too.
# (round BN) and the capitals of Latin Extended-A (Ōno Sayaka, Ōshiro Yūki（大城 勇樹）)
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).isupper())
_LETTER = "A-Za-zÀ-ÖØ-öø-ſƀ-ɏḀ-ỿ"
_LATIN = rf"[{_UPPER}][{_LETTER}'\-]+(?:[ \u3000][A-Z]\.)?(?:[ \u3000][{_UPPER}][{_LETTER}'\-]+){{1,3}}(?:[ \u3000][A-Z]\.(?![A-Za-z]))?"  # ＴＡＮＡＫＡ　ＡＫＩＲＡ folds to TANAKA\u3000AKIRA; Robert J. Whitfield
_LATIN_ROLES = ("代表者", "代表", "喪主", "夫", "妻", "長男", "長女", "次男", "次女", "婚姻前の氏", "旧姓", "旧氏")  # (round Z) 夫 Tran Van Khoa 同伴  # (round L) 代表 Vo Thi Hanh: a group's representative in a list
# (round Q) The person an English form's or a log's line is about: Owner name / Claimant / Vehicle owner /
# Insured …, and a log's key for a person (finder=, reporter_name=): a Latin name after them is that person's.
_ENGLISH_PERSON_LABEL = (
    r"(?:(?:Vehicle|Pet|Dog|Property|Account|Card) )?(?:[Oo]wner|[Hh]older)(?: [Nn]ame)?|Claimant|Insured|Policyholder|Spouse"
    r"|Beneficiary|Payee|Tenant|Victim|Witness|Requester|[Cc]ontact person|Emergency contact|Next of kin"
    r"|(?<![A-Za-z_])(?:finder|owner|reporter|requester|applicant|claimant|holder|user|person|contact)(?:_name)?(?==)"
)
_ENGLISH_RECORD_PERSON = ("Client|Taxpayer|Customer|Patient|Resident|Recipient|Caller|Visitor|Registrant|Heir|Deceased"
                          "|Tax (?:manager|agent|representative)|Representative|Subject|Child|Pupil|Member")
_RELATION = "(?:son|daughter|husband|wife|mother|father|child|brother|sister|spouse|partner|grandson|granddaughter|grandmother|grandfather)"
_LATIN_NAME = re.compile(
    rf"(?<![A-Za-z])(?P<a>{_LATIN}|[A-Z][a-z]{{2,}})[ \u3000]?(?=氏|さん|様|さま|君|殿)"  # or one word: Smith さん
    rf"|(?:{'|'.join(NAME_LABELS + PERSON_LABELS + _LATIN_ROLES)}|(?:Full )?Name|Applicant|Guardian|Host(?: [Ff]amily)?|Guest|Student|Parent"
    rf"|{_ENGLISH_PERSON_LABEL})(?:(?: (?:student|guest|member|child|parent|contact|person|name))?(?: ?\([a-z ]{{2,20}}\)|\((?:ローマ字|英字|アルファベット)\))?[ \u3000]*[:：=]|[ \u3000]*[:：=]?)[ \u3000]*(?:(?:Mr|Mrs|Ms|Dr)\.? )?(?P<b>(?:[{_UPPER}][{_LETTER}]+ (?:and|&) )?{_LATIN})(?![{_LETTER}])"  # (round X) Employer contact person: Mr. …
    # (round M) a Latin name with its Japanese writing in brackets: Kenji HAYAMA（葉山 健司）, Park Ji-hoon（朴 智勲）
    # (round BN) a given name in hiragana there too: Ōno Sayaka（大野 さやか）
    rf"|(?<![{_LETTER}])(?P<c>{_LATIN})(?=[（(](?:通称[ \u3000]?)?(?:[{KANJI}]{{1,4}}[ \u3000]?[{KANJI}]{{1,4}}|[{KANJI}]{{1,4}}[ \u3000][ぁ-ゖ]{{2,4}}|[ァ-ヺー]{{2,8}}[・ \u3000=＝][ァ-ヺー]{{2,8}}|カタカナ表記)[）)、])"
    # (round T) an English record's line about its person, with its colon (Client: …, Taxpayer: …)
    rf"|(?<![A-Za-z])(?:{_ENGLISH_RECORD_PERSON})[ \u3000]*[:：][ \u3000]*(?P<d>{_LATIN})(?![{_LETTER}])"
    # (round T) a given name alone after a relation word and a possessive (her son, Arjun)
    rf"|(?<![A-Za-z])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur) {_RELATION},? (?P<e>[A-Z][a-z]{{2,}})(?![{_LETTER}])"
)


@needs(capital=True)
def _latin_names(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    text = doc.folded
    if not doc.has_capital or not _HAS_LATIN_PAIR.search(text):
        return []
    names = []
    for match in _LATIN_NAME.finditer(text):
        group = next(g for g in "abcde" if match.group(g))
        if match.group(group) not in public:
            names.append((match.start(group), match.end(group)))
    return names


_LATIN_WHOLE = re.compile(_LATIN)


@needs(capital=True)
def _listed_latin_names(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round L) A name in Latin letters as an item of a list of particulars
    (一、Carlos Eduardo Tanaka　すみれ市中町3丁目9番地　080-…)."""
    text = doc.folded
    if not doc.has_capital or not _HAS_LATIN_PAIR.search(text):
        return []
    names = []
    for match in _LATIN_WHOLE.finditer(text):
        item = item_around(text, match.start(), match.end())
        if item is None and _AFTER_A_WORD.search(text, max(0, match.start() - 2), match.start()) and text[match.end() : match.end() + 1] in "\u3000、,\n（(":
            item = (match.start(), match.end())  # (round N) - 通訳ボランティア Maria Schmidt　maria@…: a role word, a space, the name
        if (text[match.end() : match.end() + 1] in "\u3000\n" and match.group() not in public
                and not _LATIN_BODY_WORD.search(match.group())
                and _ROLE_IN_BRACKETS_BEFORE.search(text, max(0, match.start() - 12), match.start())):
            names.append((match.start(), match.end()))
            continue
        # (round N) beside a private person's name too: 連名 青柳 ハル（…）、Abdul Karim Siddiqui、鵜飼 みさき
        if (item is not None and match.group() not in public and not _LATIN_BODY_WORD.search(match.group())
                and beside_particulars(text, *item, public, names=True, dates=True)):
            names.append((match.start(), match.end()))
    return names


_AFTER_A_WORD = re.compile(rf"[{KANJI}ァ-ヺー] $")
# (round AG) A person's role ending in 者, its shift or kind in brackets, an ideographic space, then the Latin name as the
# field's value (危険物取扱者（夜間）　Dela Cruz Mark Anthony): the role's holder.
_ROLE_IN_BRACKETS_BEFORE = re.compile(r"者\([^()\n]{1,6}\)\u3000$")
# (round S) An English name of a body or a building (Sumire City Tourism Volunteers, Sumire Court) is no person's.
_LATIN_BODY_WORD = re.compile(r"\b(?:City|Town|Ward|Village|Prefecture|Volunteers?|Tourism|Association|Club|Council|Committee|Society"
                              r"|Office|Center|Centre|Group|Team|Network|Foundation|Federation|Union|School|University|College|Hall"
                              r"|Bank|Company|Corporation|Inc|Ltd"
                              r"|Court|Heights|Mansion|Residence|Apartments?|House|Building|Tower|Plaza|Room)\b")  # or a building's
_HAS_LATIN_PAIR = re.compile(rf"[{_UPPER}][{_LETTER}]+(?:[ \u3000][{_UPPER}]|[ \u3000]?(?:氏|さん|様|さま|君|殿))")
# A name's reading in brackets right after it: MARIA CLARA SANTOS（マリア クララ サントス）, 王 建国（ワン ジェングオ）.
_READING = re.compile(r"[（(](?:(?:カタカナ|カナ|漢字)表記[:：]?)?(?P<kana>[ァ-ヺー\uff66-\uff9fぁ-ゖ][ァ-ヺー\uff66-\uff9fぁ-ゖ・ \u3000]{1,30}"
                      rf"|[{KANJI}]{{1,2}}[ \u3000][{KANJI}]{{1,3}})[）)]")  # (round M) Chen Wei-Ling（陳 偉玲）, （カタカナ表記カリミ・モハマドレザ）
_READING_BEFORE = re.compile(_READING.pattern + "$")  # 柚木 タカ（ユノキ タカ）様: the reading before an honorific


def _readings(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(round P) A name's reading belongs to the name: one finding, the name and its bracketed reading."""
    readings = []
    for start, end in found:
        match = _READING.match(text, end)
        if match is None and text.startswith("子", end) and end and is_katakana(text[end - 1]):
            match = _READING.match(text, end + 1)  # (round BN) 鬼頭 サダ子（きとう さだこ）: the 子 a katakana given name ends with
        if match:
            readings.append((start, match.end()))
    return readings


# (round P) A spaced kanji name followed by its reading in two kana words: 加賀谷 蒼（かがや あおい）.
_KANA_READING = re.compile(r"[（(](?P<kana>[ぁ-ゖー]{2,8}[ \u3000][ぁ-ゖー]{1,8}|[ァ-ヺー]{2,8}[ \u3000][ァ-ヺー]{1,8})[）)]")
_NAME_BEFORE_READING = re.compile(rf"(?<![{KANJI}])[{KANJI}]{{1,4}}[ \u3000][{KANJI}]{{1,3}}$")


def _names_before_readings(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    text = doc.folded
    names = []
    if not _holds_kana_space_kana(text):
        return names  # every reading holds two kana words parted by a space
    for match in _KANA_READING.finditer(text):
        name = _NAME_BEFORE_READING.search(text, max(0, match.start() - 9), match.start())
        if name and _accept(doc, public, name.start(), name.end()) and not is_generic(name.group().split()[0]):
            names.append((name.start(), match.end()))
    return names


# A surname, a space and a given name standing as an item of a list of particulars
# (「秋元 蒼　2025・4・18　すみれ第三小学校」, 「大塚 亮介、昭和63年7月19日、…」).
_SPACED_NAME = re.compile(
    rf"(?<![{KANJI}])[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖァ-ヺ]{{1,4}}(?![{KANJI}ぁ-ゖァ-ヺ])"
    r"|(?<![ァ-ヺー])[ァ-ヺー]{2,6}(?:[ \u3000][ァ-ヺー]{2,6}){1,2}(?![ァ-ヺー])"  # ヤマダ ハナコ, マリア クララ サントス
    rf"|(?<![ァ-ヺー])[ァ-ヺー]{{2,6}}[ \u3000][{KANJI}]{{1,4}}(?![{KANJI}ぁ-ゖァ-ヺ])"  # (round L) アルバレス 真由美
    r"|(?<![ぁ-ゖー])[ぁ-ゖー]{2,6}[ \u3000][ぁ-ゖー]{2,6}(?![ぁ-ゖー])"  # (round L) こばやし そうた: a child in a list
)


# A column of people: 氏名, 申出者, 請求人, 児童 (not the council's: 担当者, 出席者, 説明員).
# (round BN) 本名: a performer's real name beside the stage name (| 芸名 | 本名 |)
_NAME_COLUMN = re.compile("氏名|名前|名義|フリガナ|ふりがな|[者人主]等?(?:名|氏名)?$|本人|本名|児童|園児|生徒|学生|保護者"  # 世帯主 too; (round AN) 被後見人等
                          "|^里親$"  # (round BZ) a foster parents' register's column (| 里親 | … | ミチコ・ハラグチ |)
                          "|^(?:Full |Family |Given |First |Last )?[Nn]ame$")  # (round U) an English register's Name column
# (round Y) a column of the students or volunteers assigned (担当学生, 担当ボランティア) names private people
_PUBLIC_COLUMN = re.compile("担当(?!学生|生徒|ボランティア)|職員|出席|欠席|委員|説明|事務局|所属|役職")
# (round Y) a name whose given or family name is Latin beside a kanji one (Lee 美羽, Nguyen Van 翔, Ramos Jr. 健,
# 小野寺 Priya), one with a katakana middle name (須藤 ルカス 陽), a surname of five kanji before a space (勘解由小路 操)
_MIXED_NAME = (rf"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \u3000][A-Z][a-z]+\.?){{0,2}}[ \u3000](?:[{KANJI}]{{1,4}}|[ァ-ヺー]{{2,8}})|[{KANJI}]{{1,4}}[ \u3000][A-Z][a-z]+"
               rf"|[{KANJI}]{{1,4}}[ \u3000][ァ-ヺー]{{2,6}}[ \u3000][{KANJI}]{{1,4}}|[{KANJI}]{{5}}[ \u3000][{KANJI}ぁ-ゖァ-ヺ]{{1,4}}")
# (round AE) a surname with a kana letter between its kanji (三ツ矢 健一, 一ノ瀬 蓮), spaced from the given name
_CELL_NAME = re.compile(rf"[{KANJI}]{{1,4}}[ \u3000]?[{KANJI}ぁ-ゖァ-ヺ]{{1,4}}|[{KANJI}]{{1,2}}[ツノ][{KANJI}]{{1,2}}[ \u3000][{KANJI}ぁ-ゖァ-ヺ]{{1,4}}|[ァ-ヺー]{{1,6}}(?:・[ァ-ヺー]{{1,6}}){{1,3}}(?:[ \u3000](?:[ァ-ヺー]{{2,6}}|[{KANJI}]{{1,4}}))?|[ァ-ヺー]{{2,6}}[ \u3000][{KANJI}]{{1,4}}|[ァ-ヺー]{{2,6}}(?:[ \u3000]?[ァ-ヺー]{{2,6}}|(?:[ \u3000][ァ-ヺー]{{2,6}}){{2}})|[ァ-ヺ][ \u3000][ァ-ヺー]{{2,6}}|[\uff66-\uff9f]{{2,}}[ \u3000][\uff66-\uff9f]{{2,}}|{_LATIN}(?:・{_LATIN})?|{_MIXED_NAME}")  # (round BN) | Jonas Åberg・Aoi Åberg |: a duo's two names


# (round M) A payee may be a business; a spaced name there is a person (| 梓川 ミナミ（歌手） | 出演謝礼 |).
_PAYEE_COLUMN = re.compile("支払先|受取人|払渡先|振込先氏名")
_CELL_NOTE = re.compile(r"[（(][^（）()]{1,12}[）)]$")
_CORPORATION_IN_CELL = re.compile("法人|株式会社|有限会社|合同会社")


def _names_in_columns(doc: Doc, public: PublicNames, use_analyzer: bool) -> list[tuple[int, int]]:
    """A cell under 氏名, 申請者 or the like that holds a name: | 氏名 | … | 山田 花子 |."""
    text = doc.folded
    names: list[tuple[int, int]] = []
    for header, start, end in table_cells(text):
        note = _CELL_NOTE.search(text, start, end)  # (round L) | 矢島（姓のみ） |: the name before a note
        if note is not None and note.start() > start:
            end = note.start()
        cell = text[start:end]
        names_people = _NAME_COLUMN.search(header) or (_PAYEE_COLUMN.search(header) and re.search("[ \u3000]", cell))
        if not names_people or _PUBLIC_COLUMN.search(header) or not _CELL_NAME.fullmatch(text, start, end):
            continue
        first = re.split("[ \u3000]", cell)[0]
        if (cell.endswith(OFFICIAL_TITLES + ROLES) or (first != cell and len(first) > 1 and is_generic(first) and not _is_surname(first))  # (round AD) | 伊集院 まどか |: 院 ends offices' words and this surname
                or _CORPORATION_IN_CELL.search(cell)  # (round S) | 宗教法人慈眼寺 | under 所有者: a corporation
                or in_row_of_a_company(text, start)  # (round Y) | 株式会社… 業務責任者 柴又 敏行 | シバマタ トシユキ |: the firm's officer
                or not _accept(doc, public, start, end)):  # 王 建国: one kanji before the space is a surname
            continue
        if use_analyzer and " " not in cell and "\u3000" not in cell and is_kanji(cell[0]):
            if not any(t.is_proper or t.oov for t in analyzer.analyse(cell)):
                continue  # 省略, 非開示: words, not names
        names.append((start, end))
    return names


# (round AC) A name with a character hidden by 〇 in a name column (| 佐〇 美咲 |, | 〇橋 丈 |, | Ah〇ed Khan |): what stays
# still names the person. The cell holds 〇 beside at least one other character of a name on each side of the space.
_MASKED_NAME_CELL = re.compile(rf"(?=[^ \u3000]*〇|[^ \u3000]+[ \u3000][^ \u3000]*〇)"
                               rf"(?:[{KANJI}〇]{{1,4}}[ \u3000][{KANJI}〇ぁ-ゖァ-ヺー]{{1,4}}"
                               rf"|[A-Za-z〇]{{2,12}}(?:[ ][A-Za-z〇]{{2,12}}){{1,3}})")


# (round AC) A private group's roster as a list, nested too (- 第3分団第1部 /     - 部長　大和田 剛　団員番号 …　2029年3月15日): a
# group's role, a space, the member's name, a space, then the member's particulars (a date, a phone, a mail).
_GROUP_ROLES = ("副団長", "分団長", "団長", "部長", "班長", "団員", "隊長", "隊員", "部員", "会員", "理事", "監事", "幹事", "会計", "書記")
_GROUP_ROSTER_ITEM = re.compile(
    rf"^[ \t]*- [ \u3000]*(?:{'|'.join(_GROUP_ROLES)})[ \u3000]+"
    rf"(?P<name>[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖァ-ヺー]{{1,4}}|{_MIXED_NAME})(?=[ \u3000]+[^\s])", re.MULTILINE)
_ROSTER_ROLE_AFTER_A_MARK = re.compile(rf"- [ \u3000]*(?:{'|'.join(_GROUP_ROLES)})[ \u3000]")
_LIST_MARK_ANCHOR = re.compile("- ")  # every match's list mark and space (most roster lines are written with "- ")


@needs("- ")
def _group_roster_items(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round AC) A group's role and a member's name opening a list item of the member's particulars."""
    text = doc.folded
    if _ROSTER_ROLE_AFTER_A_MARK.search(text) is None:
        return []  # one search opening with its literal "- " (a list's mark), the role right after it
    return [m.span("name") for m in line_anchored_finditer(_GROUP_ROSTER_ITEM, text, _LIST_MARK_ANCHOR)
            if m.group("name") not in public and beside_particulars(text, m.start("name"), m.end("name"), public, names=False, dates=True)]


# (round AC) A messaging account's display name on a screen's line of its own (表示名   こずえ（梢 高見沢）): what the person
# chose to be called, with the real name in brackets as such screens show it.
_DISPLAY_NAME_WORD = re.compile("表示名")
_DISPLAY_NAME = re.compile(r"(?:^|[ \u3000|])表示名[ \u3000:：|]+(?P<name>[^\s()|:：]{1,12}(?:\([^()\n|]{1,16}\))?)(?=[ \u3000|]*$)", re.MULTILINE)


# (round AC) A Latin name in a log's line right before a mail address spelling one of its words (Silva Rafael     rafael.silva66@…):
# the address says the words are the person's name.
_LATIN_BEFORE_OWN_MAIL = re.compile(rf"(?<![{_LETTER}])(?P<name>{_LATIN})[ \u3000]+(?P<local>[A-Za-z0-9._-]+)@")
_AT = re.compile("@")


@needs("@", capital=True)
def _latin_names_before_their_mail(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round AC) A Latin name before a mail address whose local part holds one of the name's words."""
    if not doc.has_capital or "@" not in doc.folded:
        return []
    found: list[tuple[int, int]] = []
    for m in line_anchored_finditer(_LATIN_BEFORE_OWN_MAIL, doc.folded, _AT):
        local = m.group("local").lower()
        if any(len(word) >= 3 and word.lower() in local for word in re.split("[ \u3000]+", m.group("name"))) and m.group("name") not in public:
            found.append(m.span("name"))
    return found


# (round AC) A transcript's turn that answers a question about a kin (息子さんとは連絡取れてます？ / 住民：和馬は大阪。) by naming
# them: a word the analyzer reads as one given name opens the answer, before は, が or も.
_TURN_OPENING_WORD = re.compile(rf"^>?[ \u3000]*[^\s：:>]{{1,8}}[：:](?P<name>[{KANJI}]{{2,3}})(?=[はがも、])", re.MULTILINE)
_KIN_ASKED = re.compile("息子|娘|お子さん|ご主人|旦那|奥さん|お孫|お兄|お姉|弟さん|妹さん")
_TURN_COLON = re.compile("：|:")
_KIN_REACH = 160
_QUESTION_MARK = re.compile("[？?]")


@needs("？", "?", analyzer=True)
def _kin_named_in_an_answer(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round AC) A given name opening a transcript's answer to a question about a kin."""
    text = doc.folded
    if ("？" not in text and "?" not in text) or not _KIN_ASKED.search(text) or not analyzer.available():  # the kin asked about
        return []
    found: list[tuple[int, int]] = []
    for m in line_anchored_finditer(_TURN_OPENING_WORD, text, _TURN_COLON):
        if (_QUESTION_MARK.search(text, max(0, m.start() - _KIN_REACH), m.start()) and _KIN_ASKED.search(text, max(0, m.start() - _KIN_REACH), m.start())
                and analyzer.is_one_person_word(m.group("name"))
                and m.group("name") not in public):
            found.append(m.span("name"))
    return found


@needs("表示名")
def _display_names(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round AC) A display name after 表示名 on a line of its own."""
    if _DISPLAY_NAME_WORD.search(doc.folded) is None:
        return []
    return [m.span("name") for m in _DISPLAY_NAME.finditer(doc.folded) if m.group("name") not in public]


@needs("〇")
def _masked_name_cells(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round AC) A name column's cell with a character hidden by 〇."""
    if "〇" not in doc.folded or "|" not in doc.folded:
        return []
    return [(start, end) for header, start, end in table_cells(doc.folded)
            if _NAME_COLUMN.search(header) and not _PUBLIC_COLUMN.search(header) and _MASKED_NAME_CELL.fullmatch(doc.folded, start, end)
            and doc.folded[start:end].replace("〇", "").strip() and doc.folded[start:end] not in public]


_KIN_NAME = re.compile(
    "(?:" + "|".join(KIN) + rf")(?:の|[ \u3000])(?P<name>[{KANJI}]{{1,3}}|[ぁ-ゖァ-ヺー]{{2,4}})(?=[（(、。,，は が を に と の も]|$)"
)


def _kin_given_names(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """A relative's given name after the word for the relative: 長男の茂之（…）, 妻 さくら、."""
    names: list[tuple[int, int]] = []
    for match in _KIN_NAME.finditer(doc.folded):
        if analyzer.is_one_person_word(match.group("name")) and _accept(doc, public, match.start("name"), match.end("name")):
            names.append((match.start("name"), match.end("name")))
    return names


# A space before a name's next word, found per kind of space (each search opens with its literal, where a
# class of the two is read character by character); the same positions as [ \u3000](?=…) in order.
_NAME_SPACE = tuple((space, re.compile(space + rf"(?=[{KANJI}ぁ-ゖァ-ヺ])")) for space in " \u3000")


def name_spaces(text: str) -> list[int]:
    """Where a space stands before a kanji or a kana, in order."""
    return sorted(match.start() for space, pattern in _NAME_SPACE if space in text for match in pattern.finditer(text))


def _listed_names(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """Names that are items of a list beside a birth date, an address, a phone number or an age."""
    text = doc.folded
    listed: list[tuple[int, int]] = []
    for space in name_spaces(text):  # spaces are rare; the names are matched around them
        before = text[space - 1] if space else ""
        if not before or not (is_kanji(before) or is_katakana(before) or "ぁ" <= before <= "ゖ"):
            continue
        match = next((m for m in _SPACED_NAME.finditer(text, max(0, space - 13), space + 1 + 13)
                      if m.start() < space < m.end()), None)  # three kana words too
        if match is None and (gap := max(text.rfind("\u3000", 0, space), text.rfind(" ", 0, space))) > space - 6:
            # (round V) 副委員長　乾 ひかり: the role and the surname matched as a pair hid the name after them
            match = next((m for m in _SPACED_NAME.finditer(text, gap + 1, space + 1 + 13)
                          if m.start() < space < m.end() and text[max(0, gap - 6) : gap].endswith(ROLES)), None)
        if match is None:
            continue
        if match.group().endswith(HONORIFICS + ROLES + PROFESSIONS):
            continue  # 江藤 ミツ様: the honorific rule's
        if len(words := re.split("[ \u3000]+", match.group())) == 2 and words[0] in GENERIC_WORDS:
            # (round AC) 身分事項　婚姻: a register's field and its entry, no surname; 代表　百武　勲: the name after the word
            second = match.start() + len(match.group()) - len(words[1])
            match = _SPACED_NAME.match(text, second, min(len(text), second + 13))
            if match is None or match.group().endswith(HONORIFICS + ROLES + PROFESSIONS):
                continue
        item = item_around(text, match.start(), match.end())
        if (item is not None and not _after_title(text, match.start()) and is_private_name(match.group(), public)
                and beside_particulars(text, *item, public, names=False, dates=True)):
            surname = re.split("[ \u3000]", match.group())[0]
            listed.append((_surname_start(surname, match.start()), match.end()))
    return listed


def _surname_start(run: str, start: int) -> int:
    """Past a noun run into the surname (班員小松 亮 -> 小松 亮), as the analyzer reads it."""
    if len(run) < 3:
        return start
    member = _MEMBER_NOUN.match(run)
    if member:
        return start + member.end()  # 団員新田 翼: the analyzer reads 新田 as a common noun
    if not analyzer.available():
        return start
    tokens = analyzer.analyse(run)
    for i, token in enumerate(tokens):
        if all(t.is_proper or t.oov for t in tokens[i:]):
            return start + token.start
    return start


_MEMBER_NOUN = re.compile(rf"[{KANJI}]{{1,3}}?[員者](?=[{KANJI}]{{1,3}}$)")  # 団員, 班員, 相談者


def _later_mentions(doc: Doc, public: PublicNames, found: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """A private person named in full, mentioned again by surname and an honorific
    (春日 正和さん … 春日さんには: the analyzer alone reads 春日 as a place), wherever the rules
    above let the mention go; not after an official's title (総務課長 春日さん is the official)."""
    text = doc.folded
    surnames = {s for s in (_surname_of(_ocr_gap(text[start:end])) for start, end in found) if s and s not in public}
    if "  " in text:  # (round Q) an OCR-spaced name's surname (佐 久 間  恒 夫), read in the spaced reading
        surnames |= {s for s in (m.group("surname").replace(" ", "") for m in anchored_finditer(_OCR_NAME, text, _OCR_GAP, before=8, after=10))
                     if s not in public}
    # A name in Latin letters is mentioned again by any of its words (Carlos Souza … Carlos氏).
    surnames |= {word for start, end in found if _LATIN_WHOLE.fullmatch(text, start, end)
                 for word in text[start:end].split(" ") if len(word) >= 3 and word not in public}
    if not surnames:
        return
    for start, end in mention_spans(text, surnames):
        if (start == 0 or not is_kanji(text[start - 1])) and not _after_title(text, start):
            yield start, end
    if any(map(text.__contains__, _BUILDING_WORDS)):  # (round U) コーポ宝田, 宝田荘: a building named after the family
        alternation = "|".join(map(re.escape, sorted((s for s in surnames if is_kanji(s[0])), key=len, reverse=True)))
        if alternation:
            building = re.compile(f"(?:{'|'.join(_BUILDING_WORDS)})(?P<a>{alternation})(?![{KANJI}])|(?<![{KANJI}])(?P<b>{alternation})(?=荘|ハイツ|アパート|マンション|コーポ)")
            for match in building.finditer(text):
                yield match.span("a") if match.group("a") else match.span("b")
    yield from _kin_and_bare_mentions(text, public, found, surnames)
    yield from _surnames_bracketed_after_a_phone(text, surnames)


def mention_spans(text: str, surnames: set[str]) -> Iterator[tuple[int, int]]:
    """The spans of `re.compile("(?:S)(?=(?:suffixes)|as-a-name)|(?<=「)(?:S)(?=」|の)").finditer(text)`, S the
    surnames longest first: a surname before an honorific or という…, or (round O) quoted alone or before の
    (「蓮沼」と申し上げた / 「蓮沼のおばあちゃん」). Read by str.find per surname and one pattern compiled once:
    compiling the document's own pattern cost more than the search (610 patterns over the hand set, about a tenth of its detect() time).
    Like finditer: the leftmost position where a surname stands and a branch holds, the longer surname first."""
    ordered = sorted((surname for surname in surnames if surname), key=len, reverse=True)
    next_at = {surname: text.find(surname) for surname in ordered}
    position = 0
    while live := [at for at in next_at.values() if at >= 0]:
        start = min(live)
        standing = [surname for surname in ordered if text.startswith(surname, start)]
        end = next((start + len(surname) for surname in standing if _MENTION_AFTER.match(text, start + len(surname))), None)
        if end is None and text[start - 1 : start] == "「":
            end = next((start + len(surname) for surname in standing if text.startswith(("」", "の"), start + len(surname))), None)
        if end is not None:
            yield start, end
        position = start + 1 if end is None else end
        for surname, at in next_at.items():
            if 0 <= at < position:
                next_at[surname] = text.find(surname, position)


# (round U) A flat's or a house's name made of its owner family's surname (アパート「コーポ宝田」, 宝田荘): the
# surname of a private person named in full in the document.
_BUILDING_WORDS = ("コーポ", "ハイツ", "メゾン", "ハイム", "荘", "アパート", "マンション")


# Every match holds its two spaces at most 7 characters after its start (4 kanji and 3 spaces) and ends
# at most 9 characters after them (2 spaces, then 4 characters and 3 spaces).
_OCR_GAP = re.compile("  ")
_OCR_NAME = re.compile(rf"(?<![^\s])(?P<surname>(?:[{KANJI}] ){{1,3}}[{KANJI}])  (?:[{KANJI}ぁ-ゖァ-ヺ] ){{0,3}}[{KANJI}ぁ-ゖァ-ヺ](?![^\s])")


def _ocr_gap(name: str) -> str:
    """(round Q) An OCR-spaced name (佐 久 間  恒 夫): its two spaces part surname and given name."""
    if "  " not in name:
        return name
    surname, _, given = name.partition("  ")
    return surname.replace(" ", "") + " " + given.replace(" ", "")


# (round Q) A private person's surname again (kanji surnames of two or more, no official's):
# - with another given name standing as a record's item (佐久間 恒夫 / 佐久間 ゆかり, a household's lines):
#   a spaced full name between spaces, brackets or a line's ends, the given name no title;
# - alone as the subject of a clause, after its full name stood in a table or a list
#   (| … | 鷲見 佳奈（…） | … then 「ご依頼の件、鷲見が担当します」).
_KIN_GIVEN = rf"(?:[ぁ-ゖ]{{2,4}}|[ァ-ヺー]{{2,5}}|[{KANJI}]{{1,3}})"
_NOT_GIVEN = re.compile("委員|議員|長$|理事|主任|主査|参事|職員|先生|市|町|課|係|様|さん|氏|君|議長|会")
_KIN_AFTER = re.compile(rf"[ \u3000](?P<given>{_KIN_GIVEN})(?=[ \u3000|（(、]|$)", re.MULTILINE)
_BARE_AFTER = re.compile("(?:が|は|から|より)(?![ぁ-ゖ]{0,1}[、。]|ら)")


def _kin_and_bare_mentions(text: str, public: PublicNames, found: list[tuple[int, int]],
                           surnames: set[str]) -> Iterator[tuple[int, int]]:
    kanji = sorted((s for s in surnames if len(s) >= 2 and all(is_kanji(ch) for ch in s)), key=len, reverse=True)
    if not kanji:
        return
    # each surname found by str.find (no pattern compiled per document); what follows by one pattern
    recorded = [text[start:end] for start, end in found if _in_a_record(text, start)]  # once per name, not per surname
    tabled = {s for s in kanji if any(s in name for name in recorded)}
    for surname in kanji:
        at = text.find(surname)
        while at >= 0:
            before = text[at - 1 : at]
            given = _KIN_AFTER.match(text, at + len(surname))
            if (given and before in ("", " ", "\u3000", "|", "\n") and not _NOT_GIVEN.search(given.group("given"))
                    and text[at : given.end()] not in public and not _after_title(text, at)):
                yield at, given.end()  # (round Y) not after an official's title (都市計画課 主査 漆原 勝彦: the official, his wife's surname)
            elif (surname in tabled and before in ("、", "。", "「", "\n", "\u3000") and _BARE_AFTER.match(text, at + len(surname))
                  and not _after_title(text, at)):
                yield at, at + len(surname)
            at = text.find(surname, at + len(surname))


def _surnames_bracketed_after_a_phone(text: str, surnames: set[str]) -> Iterator[tuple[int, int]]:
    """(round BR) The surname of a person named in full, alone in brackets right after a phone's last digit: whose line
    it is (当番表の裏面に 090-5550-4417（保坂）、080-5552-0936（根本）). Each surname found by str.find; a word in
    brackets after a phone that is no found surname (（携帯）, （自宅）, （母）) is not read."""
    if "(" not in text:
        return
    for surname in sorted((s for s in surnames if len(s) >= 2), key=len, reverse=True):
        at = text.find(surname)
        while at >= 0:
            if (text[at - 1 : at] == "(" and text[at - 2 : at - 1].isdigit() and text.startswith(")", at + len(surname))
                    and _PHONE_BEFORE_BRACKET.search(text, max(0, at - 16), at - 1)):
                yield at, at + len(surname)
            at = text.find(surname, at + len(surname))


_PHONE_BEFORE_BRACKET = re.compile(r"0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}\Z")


def _in_a_record(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    return text.startswith(("|", "- ", "* "), line)


_MENTION_SUFFIXES = "氏|さん|様|さま|君|くん|ちゃん|殿"
# (round T) a surname named as a name (蔵本という同じ姓の二人, 乾という方)
_AS_A_NAME = "という(?:同じ)?(?:姓|名字|苗字|名前|氏名|方|人|者)"
_MENTION_AFTER = re.compile(f"(?:{_MENTION_SUFFIXES})|{_AS_A_NAME}")  # what follows a later mention (mention_spans)
# (round T) A writer introducing themself at a quote's opening (「雪村といいます。…」, 「雪村 ちか と申します」).
_SELF_INTRODUCED = re.compile(rf"(?<=「)(?P<name>[{KANJI}]{{1,4}}(?:[ \u3000][{KANJI}ぁ-ゖァ-ヺ]{{1,4}})?)[ \u3000]?と(?:いいます|言います|申します)")


# (round T) A full name with its particulars right after it:
# - signed after a comment's last sentence, then its phone or e-mail (…連絡ください。長谷部 つばさ 080-…);
# - before brackets that open with an address or a phone (栄町町会 会長 大河内 勇（すみれ市栄町…、TEL …）).
_FULL = rf"[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖァ-ヺ]{{1,4}}"
_CONTACT_AHEAD = r"(?:0[0-9]{1,4}[-‐(（ ]?[0-9]|[A-Za-z0-9._+-]+@)"
_PLACE_AHEAD = rf"(?:〒|[{KANJI}ぁ-ゖァ-ヺ]{{1,5}}[都道府県市区町村]|0[0-9]{{1,4}}-)"
_SIGNED_BEFORE_CONTACT = re.compile(rf"(?<=。)[ \u3000]?(?P<name>{_FULL})[ \u3000]+(?={_CONTACT_AHEAD})")
_BRACKETED = re.compile(rf"(?<![{KANJI}ぁ-ゖァ-ヺ])(?P<name>{_FULL})(?=[（(]{_PLACE_AHEAD})")
# The anchors open with their literal (a fast skip) and check what follows: a 。 before a full name and a
# phone or an e-mail (the name at most 9 characters, the value within 24 of the 。), a bracket opening with
# a place or a phone (the name at most 9 characters before it). They read the folded text, where every （
# is (: the bracket is one literal there, not a class of two (a class is read character by character).
_SIGNED_BEFORE_CONTACT_ANCHOR = re.compile(rf"。(?=[ \u3000]?{_FULL}[ \u3000]+{_CONTACT_AHEAD})")
_BRACKETED_ANCHOR = re.compile(rf"\((?={_PLACE_AHEAD})")


@needs("。", "(")
def _names_before_their_contact(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    text = doc.folded
    names = []
    matches = [*anchored_finditer(_SIGNED_BEFORE_CONTACT, text, _SIGNED_BEFORE_CONTACT_ANCHOR, before=1, after=40),
               *anchored_finditer(_BRACKETED, text, _BRACKETED_ANCHOR, before=11, after=12)]
    for match in matches:
        start, end = match.span("name")
        if match.group("name").endswith(HONORIFICS + ROLES + PROFESSIONS):
            continue  # 有村 光 様（…）: the honorific rule's name
        if is_private_name(match.group("name"), public) and not _after_title(text, start) and _accept(doc, public, start, end):
            names.append((start, end))
    return names


# (round T) A Latin name after a label of where to send (景品送付先：Nguyen Van Long、…).
_LATIN_AFTER_SENDING = re.compile(rf"(?:送付先|宛先|送り先|届け先|発送先)[ \u3000]*[:：][ \u3000]*(?P<name>{_LATIN})(?![{_LETTER}])")


@needs("先", capital=True)
def _latin_after_sending(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    if not doc.has_capital or "先" not in doc.folded:
        return []
    return [m.span("name") for m in _LATIN_AFTER_SENDING.finditer(doc.folded)
            if m.group("name") not in public and not _LATIN_BODY_WORD.search(m.group("name"))]


# (round U) A Latin name quoted as a person's name (お名前を「Nguyen Van Thanh」と記載), and the name a correction
# puts in its place in the same sentence (…と記載しましたが、正しくは「Nguyen Van Thang」でした).
_LATIN_AS_A_NAME = re.compile(rf"(?:お?名前|氏名)(?:を|は|が|として)?「(?P<name>{_LATIN})」")
_LATIN_CORRECTED = re.compile(rf"正しくは「(?P<name>{_LATIN})」")


@needs("「", capital=True)
def _latin_names_in_quotes(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    text = doc.folded
    if not doc.has_capital or "「" not in text:
        return []
    names: list[tuple[int, int]] = []
    for match in line_anchored_finditer(_LATIN_AS_A_NAME, text, _NAME_WORD_ANCHOR, 1):
        sentence_end = text.find("。", match.end())
        sentence_end = len(text) if sentence_end < 0 else sentence_end
        for name in (match, *_LATIN_CORRECTED.finditer(text, match.end(), sentence_end)):
            if name.group("name") not in public and not _LATIN_BODY_WORD.search(name.group("name")):
                names.append(name.span("name"))
    return names


_NAME_WORD_ANCHOR = re.compile("名前|氏名")  # every _LATIN_AS_A_NAME match holds it at most 1 character after its start (お名前)


# the name at most 10 characters before it; (thirteenth pass) plain words, so only those standing in the text are
# sought (scan.present_words), not every と
_SELF_INTRODUCED_ANCHOR = re.compile("といいます|と言います|と申します")


@needs("といいます", "と言います", "と申します")
def _self_introduced(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    text = doc.folded
    return [match.span("name") for match in anchored_finditer(_SELF_INTRODUCED, text, _SELF_INTRODUCED_ANCHOR, before=11, after=6)
            if _accept(doc, public, *match.span("name"))]


# Round K's forms. A katakana name after a name label with は or nothing between (口座名義キム ジヨン,
# 口座名義はオコノギ スミエ); hiragana names in a name or reading column (| てらかど かえで |); a name's
# reading quoted in a sentence about the name's reading (氏名の読みが「わたらい」ではなく「わたらえ」);
# a given name and an initial in quotes or before an honorific (「Takeshi Y.」); a surname before a
# private person's role (「桑田受験者より…」, as the analyzer reads it).
# は only after a label of a name (口座名義は…), not after a person's word (児童はバス ツアーに).
_KANA_AFTER_LABEL = re.compile(
    "(?:(?:" + "|".join(re.escape(w) for w in NAME_LABELS) + ")は?(?:同じく|も)?|(?:" + "|".join(re.escape(w) for w in PERSON_LABELS) + "))"
    r"[:：]?[ \u3000]*「?(?P<name>[ァ-ヺー]{2,6}[ \u3000][ァ-ヺー]{2,6}(?![ァ-ヺー])|[ぁ-ゖー]{2,6}[ \u3000][ぁ-ゖー]{2,6}(?=[」、。，）)]|$))"
)
# Every match's name holds two kana words split by a space, rare in minutes: the pattern, whose
# labels the engine tries at every position, runs only in texts that hold one. Read as one search per
# kind of space, each opening with its literal (a class of the two would be read character by character):
# the same answer as the class [ \u3000] (tests/detect/test_anchors.py).
_KANA_SPACE_KANA = tuple((space, re.compile(space + "(?<=[ァ-ヺぁ-ゖー].)(?=[ァ-ヺぁ-ゖー])")) for space in " \u3000")


@lru_cache(maxsize=4)
def _holds_kana_space_kana(text: str) -> bool:
    """Read once per text for the two rules it gates (a kana name after a label, a reading in brackets)."""
    return any(space in text and pattern.search(text) is not None for space, pattern in _KANA_SPACE_KANA)


_HIRAGANA_CELL = re.compile(r"[ぁ-ゖー]{2,6}[ \u3000][ぁ-ゖー]{2,8}")
_READING_SENTENCE = re.compile(r"(?:氏名|名前|名字|苗字)の?(?:読み|よみ|ふりがな|フリガナ)[^\n]{0,60}")  # to the quotes, in the next sentence too
# Every match holds one of these (a fast `in` each; the pattern opens with a class of its first words' characters).
_READING_WORDS = ("読み", "よみ", "ふりがな", "フリガナ")
_QUOTED_KANA = re.compile(r"「(?P<name>[ぁ-ゖー]{2,10}|[ァ-ヺー]{2,10})」")
_KANA_WORD = re.compile("ふりがな|フリガナ|よみがな|ヨミガナ|カタカナ|ひらがな|ローマ字|なまえ|ナマエ|しめい|シメイ")  # 「フリガナ」欄
_GIVEN_INITIAL = re.compile(r"(?<=「)[A-Z][a-z]{2,} [A-Z]\.(?=」)|(?<![A-Za-z])[A-Z][a-z]{2,} [A-Z]\.(?=[ \u3000]?(?:氏|さん|様|さま))")
_LATIN_AFTER_PERSON = re.compile(rf"(?:[{KANJI}]{{1,4}}者|宛名|名義人?)[ \u3000]?(?:[:：]|(?<=宛名)は)[ \u3000]*(?P<name>{_LATIN})(?![{_LETTER}])")  # 寄附者：TANAKA AKIRA
_INITIAL_ANCHOR = re.compile(r" [A-Z]\.")
_COLON_CAPITAL = re.compile(r"(?:[:：]|宛名は)[ \u3000]*[A-Z]")  # (round M) 宛名はＯＫＡＺＡＫＩ　ＹＵＫＩ
_PRIVATE_ROLE_WORD = re.compile("受験者|申請者|申出者|請求人|相談者|応募者|被害者")
_PRIVATE_ROLE = re.compile(rf"(?<![{KANJI}])(?P<name>[{KANJI}]{{1,3}})(?=受験者|申請者|申出者|請求人|相談者|応募者|被害者)")
# (round AE) 職員 after a surname of two kanji or more (加賀谷職員の所属): a staff member the roster does not name is the
# subject of the minutes, not an official speaking in a public role (those are in secretariat or the roster: public).
# Read around 職員 only, each word once by the analyzer (担当職員, 市職員 recur in every document).
_STAFF_AFTER_A_SURNAME = re.compile("職員(?=の|は|が|に|を|と|から|より|、)")  # a literal first: the engine's fast skip


def _kana_names_after_labels(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round K) A katakana or hiragana full name after a name label (口座名義キム ジヨン, 口座名義はオコノギ スミエ)."""
    text = doc.folded
    return [match.span("name") for match in (_KANA_AFTER_LABEL.finditer(text) if _holds_kana_space_kana(text) else ())
            if _accept(doc, public, match.start("name"), match.end("name"))]


@needs("|")
def _hiragana_name_cells(doc: Doc, _public: PublicNames) -> list[tuple[int, int]]:
    """(round K) A hiragana full name in a name or reading column (| てらかど かえで |)."""
    text = doc.folded
    if "|" not in text:
        return []
    return [(start, end) for header, start, end in table_cells(text)
            if _NAME_COLUMN.search(header) and not _PUBLIC_COLUMN.search(header) and _HIRAGANA_CELL.fullmatch(text, start, end)]


@needs(*_READING_WORDS)
def _quoted_readings(doc: Doc, _public: PublicNames) -> list[tuple[int, int]]:
    """(round K) A name's reading quoted in a sentence about the reading (氏名の読みが「わたらい」ではなく「わたらえ」)."""
    text = doc.folded
    if not any(map(text.__contains__, _READING_WORDS)):
        return []
    return [(m.start("name"), m.end("name")) for sentence in _READING_SENTENCE.finditer(text)
            for m in _QUOTED_KANA.finditer(text, sentence.start(), sentence.end()) if not _KANA_WORD.fullmatch(m.group("name"))]


@needs(capital=True)
def _given_names_with_initial(doc: Doc, _public: PublicNames) -> list[tuple[int, int]]:
    """(round K) A given name and an initial, quoted or before an honorific (「Takeshi Y.」)."""
    if not doc.has_capital or not _INITIAL_ANCHOR.search(doc.folded):
        return []
    return [(m.start(), m.end()) for m in _GIVEN_INITIAL.finditer(doc.folded)]


@needs(capital=True)
def _latin_after_a_persons_label(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round K) A Latin name after a person's word and a colon (寄附者：TANAKA AKIRA, 宛名はOKAZAKI YUKI).
    Each match holds a colon and its capital at most 4 + 1 + 2 characters after its start (宛名, 名義人: fewer)."""
    if not doc.has_capital:
        return []
    return [(m.start("name"), m.end("name")) for m in line_anchored_finditer(_LATIN_AFTER_PERSON, doc.folded, _COLON_CAPITAL, 7)
            if m.group("name") not in public]


@needs(*_PRIVATE_ROLE_WORD.pattern.split("|"), "職員", analyzer=True)  # its two scans' literals
def _surnames_before_a_private_role(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round K) A surname before a private person's role (「桑田受験者より…」, as the analyzer reads it); each match holds
    its role word right after at most 3 kanji."""
    found: list[tuple[int, int]] = []
    for match in line_anchored_finditer(_PRIVATE_ROLE, doc.folded, _PRIVATE_ROLE_WORD, 3):
        tokens = analyzer.analyse(match.group("name"))
        if (len(tokens) == 1 and tokens[0].is_surname and match.group("name") not in public
                and _accept(doc, public, match.start("name"), match.end("name"))):
            found.append((match.start("name"), match.end("name")))
    for match in _STAFF_AFTER_A_SURNAME.finditer(doc.folded):
        end = match.start()
        start = end
        while start > max(0, end - 4) and is_kanji(doc.folded[start - 1]):
            start -= 1  # the kanji run before 職員, four at most read
        if (2 <= end - start <= 3 and _a_surname_alone(doc.folded[start:end])
                and doc.folded[start:end] not in public and _accept(doc, public, start, end)):
            found.append((start, end))
    return found


@lru_cache(maxsize=4096)
def _a_surname_alone(word: str) -> bool:
    tokens = analyzer.analyse(word)
    return len(tokens) == 1 and tokens[0].is_surname


# (round M) A given name alone after a label of a person's name (委託児童名みのり、子の名 はると。); not after は
# (児童名はなし、 says there is none).
_GIVEN_AFTER_NAME_LABEL = re.compile(r"(?:児童|子|子ども|園児|生徒|乳児|幼児|本人)(?:の)?名[ \u3000:：]*(?![はがをものにとで])(?P<name>[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})(?=[、。，）)]|$)")
# Every match holds its 名 and, after spaces or a colon, the kana name, at most 5 characters after its start.
_NAME_LABEL_ANCHOR = re.compile("名[ \u3000:：]*[ぁ-ゖァ-ヺー]")
# (round M) A surname alone in brackets right after a personal number (認定番号 第1528836号（羽賀）).
# (?:[0-9]号?|[0-9]番)[（(](?P<name>…)[）)] read from its bracket, a literal in the folded text it reads (the number
# behind it): the same names (tests/detect/test_anchors.py), without reading every digit as a possible start.
_SURNAME_AFTER_NUMBER = re.compile(rf"\((?:(?<=[0-9]\()|(?<=[0-9]号\()|(?<=[0-9]番\())(?P<name>[{KANJI}]{{1,3}})\)")


# (round N) A child called by a hiragana given name and くん／ちゃん, after a class or a relative (ひなた組の
# そうまくん, 長女のゆいちゃん) or with a birth or an age in brackets after it (そうまくん（R5.3.27生）).
_CHILD = re.compile(r"(?:(?<=組の)|(?<=クラスの)|(?<=[男女]の)|(?<=息子の)|(?<=娘の)|(?<=孫の))(?P<a>[ぁ-ゖ]{2,5})(?:くん|ちゃん)"
                    r"|(?<![ぁ-ゖ])(?P<b>[ぁ-ゖ]{2,5})(?:くん|ちゃん)(?=[（(][^）)\n]{0,16}(?:生|歳))")
_CHILD_ANCHOR = re.compile("くん|ちゃん")  # at most 5 characters after the match's start


@needs("くん", "ちゃん")
def _hiragana_children(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round N) A child called by a hiragana given name and くん／ちゃん (ひなた組のそうまくん)."""
    if "くん" not in doc.folded and "ちゃん" not in doc.folded:
        return []
    found: list[tuple[int, int]] = []
    for match in line_anchored_finditer(_CHILD, doc.folded, _CHILD_ANCHOR, 5):
        group = "a" if match.group("a") else "b"
        start = match.start(group)
        if doc.folded[start] == "の" and start > 0 and is_kanji(doc.folded[start - 1]) and match.end(group) - start > 2:
            start += 1  # ひなた組のそうまくん: の is the particle
        if doc.folded[start : match.end(group)] not in public:
            found.append((start, match.end(group)))
    return found


@needs("名")
def _given_names_after_name_labels(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round M) A given name alone after a label of a person's name (委託児童名みのり、子の名 はると。)."""
    return [(m.start("name"), m.end("name")) for m in line_anchored_finditer(_GIVEN_AFTER_NAME_LABEL, doc.folded, _NAME_LABEL_ANCHOR, 5)
            if m.group("name") not in public]


@needs(*(f"{digit}(" for digit in "0123456789"), "号(", "番(", analyzer=True)  # its lookbehinds' literals
def _surnames_after_a_number(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round M) A surname alone in brackets right after a personal number (認定番号 第1528836号（羽賀）), as the analyzer reads it."""
    found: list[tuple[int, int]] = []
    for match in _SURNAME_AFTER_NUMBER.finditer(doc.folded):
        tokens = analyzer.analyse(match.group("name"))
        if len(tokens) == 1 and tokens[0].is_surname and _accept(doc, public, match.start("name"), match.end("name")):
            found.append((match.start("name"), match.end("name")))
    return found


@lru_cache(maxsize=4096)
def _surname_of(name: str) -> str | None:
    """The surname of a full name: the part before the space, or the analyzer's surname word."""
    parts = name.replace("\u3000", " ").split(" ")
    if len(parts) == 2 and parts[0] and all(is_kanji(ch) for ch in parts[0]):
        return parts[0]
    if (len(parts) == 2 and len(parts[0]) >= 2 and parts[1] and all(is_katakana(ch) for ch in parts[0])
            and all(is_kanji(ch) for ch in parts[1])):
        return parts[0]  # (round AD) a katakana surname and a kanji given name (ベネット 亜美 … 「ベネット」さん)
    if len(name) < _MIN_FULL_NAME or not all(is_kanji(ch) for ch in name) or not analyzer.available():
        return None
    tokens = analyzer.analyse(name)
    if len(tokens) == 2 and tokens[0].is_surname and tokens[1].is_given_name:
        return tokens[0].surface
    return None


def recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    yield from recognize_with(doc, use_analyzer=analyzer.available())


# (round O) A person's word (…者, 店主, 喪主) then a spaced full name: 隣地所有者 宮路 澄江 / 代表者 笹目 公子 宅 / 店主　江頭 実.
# (round P) a katakana name joined by 中黒 there too: 第6位の入札者　チャン・ミン・ホア.
_ROLE_THEN_NAME = re.compile(rf"(?:[{KANJI}]者|店主|喪主|世帯主|施主|家主)[ \u3000]+(?P<name>[{KANJI}]{{1,3}}[ \u3000][{KANJI}]{{1,3}}(?![{KANJI}ぁ-ゖァ-ヺ])"
                             rf"|[ァ-ヺー]{{1,8}}(?:・[ァ-ヺー]{{1,8}}){{1,3}}(?![ァ-ヺー・]))")
# A person's word with a colon, then a lone surname and a bracket or the line's end: 架電者: 岩淵（コールブリッジ）.
_ROLE_THEN_SURNAME = re.compile(rf"[{KANJI}]{{1,4}}者[ \u3000]*[:：][ \u3000]*(?P<name>[{KANJI}]{{2,3}})(?=[（(]|[ \u3000]*$)", re.MULTILINE)
# Their anchors: the person's word's last character and the space (colon) after it, at most this far
# from the match's start (世帯主 holds 主 two characters in; …者 four kanji then 者).
_ROLE_THEN_NAME_ANCHOR, _ROLE_THEN_NAME_BEFORE = re.compile("者 |者\u3000|主 |主\u3000"), 2  # plain words: see scan.py
_ROLE_THEN_SURNAME_ANCHOR, _ROLE_THEN_SURNAME_BEFORE = re.compile("者[ \u3000]*[:：]"), 4
# Who introduces themself: …に住む廣瀬と申します / 田所と名乗る.
# (round P) a spaced full name too: …に住む百瀬 ユリと申します.
_SELF_NAMED = re.compile(rf"(?<![{KANJI}])(?P<name>[{KANJI}]{{1,3}}[ \u3000][{KANJI}ァ-ヺーぁ-ゖ]{{1,4}}|[{KANJI}]{{2,4}})と(?:申します|申す|申しま|名乗)")
_SELF_ANCHOR = re.compile("と申|と名乗")
# A Latin name whose words are parted by two spaces, its surname in capitals (RAHMAN  MD  ASIF, BROWN  Samuel).
_SPACED_LATIN = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?: {1,2}[A-Z][A-Za-z]+)*  [A-Z][A-Za-z]+(?: {1,2}[A-Z][A-Za-z]+)*(?![A-Za-z])")
# Every match holds two spaces before a capital and no newline: read only on the lines holding them (from the line's
# start: the capitals before the spaces are any number), found by one search opening with its literal.
_TWO_SPACES_BEFORE_A_CAPITAL = re.compile("  (?=[A-Z])")
# A second Latin name after a found one and a slash: Name: James Wilson / Emily Wilson.
_SECOND_LATIN = re.compile(rf"[ \u3000]*/[ \u3000]*(?P<name>{_LATIN})(?![{_LETTER}])")


# (round Y) A firm's name, then its officer's role (株式会社クリーンすみれ 業務責任者 柴又 敏行): the firm's officer named for it,
# as a contract names them, not a private person.
_FIRMS_OFFICER_BEFORE = re.compile(rf"(?:株式会社|有限会社|合同会社|[（(][株有][）)])[^|、。\n]{{0,20}}[ \u3000]+"
                                   rf"(?:[{KANJI}]{{0,4}}責任者|代表者|代表取締役|管理者|現場代理人)[ \u3000]+\Z")


# (round P) A signature: a letter's date then a spaced full name closing the line (令和15年10月3日　高円寺 詩織),
# or a quoted signature (署名は「担当 汐入 真理子」).
_SIGNED = re.compile(rf"(?m)日[ \u3000]+(?P<name>[{KANJI}]{{1,3}}[ \u3000][{KANJI}ぁ-ゖァ-ヺー]{{1,4}})[ \u3000]*$"
                     rf"|署名(?:は|に|欄に?)?[ \u3000:：]*「(?:[^「」\n]{{0,12}}[ \u3000])?(?P<quoted>[{KANJI}]{{1,3}}[ \u3000][{KANJI}ぁ-ゖァ-ヺー]{{1,4}})」")
_SIGNED_ANCHOR = re.compile("署名|日 |日\u3000")  # plain words: found by `in` (scan.holds)


# (round P) A name typed in full-width Latin letters, its words parted by an ideographic space
# (ＳＭＩＴＨ　Ｄａｎｉｅｌ, ＬＩ　Ｗｅｎｊｕｎ): how a clerk's form holds a foreign resident's name.
_FULL_WIDTH_LATIN = re.compile("(?<![Ａ-Ｚａ-ｚ])[Ａ-Ｚ][Ａ-Ｚａ-ｚ]+(?:\u3000[Ａ-Ｚ][Ａ-Ｚａ-ｚ]+){1,3}(?![Ａ-Ｚａ-ｚ])")
_FULL_WIDTH_CAPITAL = re.compile("[Ａ-Ｚ][Ａ-Ｚａ-ｚ]*\u3000[Ａ-Ｚ]")


def _reads_as_given_name(word: str) -> bool:
    """A given name in kana, or one the analyzer reads as a single proper noun (詩織; not 三階, 会議室)."""
    if re.fullmatch("[ぁ-ゖァ-ヺー]{2,4}", word):
        return True
    if not analyzer.available():
        return False
    words = analyzer.analyse(word)
    return len(words) == 1 and words[0].is_proper


@needs(capital=True)
def _full_width_latin_names(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round P) A name typed in full-width Latin letters (ＳＭＩＴＨ　Ｄａｎｉｅｌ); read in the unfolded text."""
    if not doc.has_capital or not _FULL_WIDTH_CAPITAL.search(doc.text):  # a full-width capital folds to a capital
        return []
    return [match.span() for match in _FULL_WIDTH_LATIN.finditer(doc.text) if doc.folded[match.start():match.end()] not in public]


@needs("署名", "日 ", "日\u3000")
def _dated_or_quoted_signatures(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round P) A letter's date then a spaced full name closing the line (令和15年10月3日　高円寺 詩織), or a quoted
    signature (署名は「担当 汐入 真理子」)."""
    text = doc.folded
    names: list[tuple[int, int]] = []
    if not holds(_SIGNED_ANCHOR, text):
        return names
    for match in _SIGNED.finditer(text):
        group = "name" if match.group("name") else "quoted"
        start, end = match.span(group)
        first = text[start:end].split(" ")[0].split("\u3000")[0]
        if group == "name" and not _reads_as_given_name(re.split("[ \u3000]", text[start:end])[-1]):
            continue  # 令和6年5月1日　本庁舎 三階: a place after a date, not a signature
        if (_accept(doc, public, start, end, signed=group == "quoted") and (group == "quoted" or not is_generic(first))
                and not first.endswith(OFFICIAL_TITLES + ROLES)):  # 令和16年2月1日　委員長 鈴木: an officer
            names.append((start, end))
    return names


def _names_after_a_persons_word(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round O) A person's word (…者, 店主, 喪主) then a spaced full name (隣地所有者 宮路 澄江), or with a colon then a
    lone surname (架電者: 岩淵（コールブリッジ）); not a firm's officer."""
    text = doc.folded
    names: list[tuple[int, int]] = []
    if "者" not in text and "主" not in text:
        return names
    for pattern, anchor, before in ((_ROLE_THEN_NAME, _ROLE_THEN_NAME_ANCHOR, _ROLE_THEN_NAME_BEFORE),
                                    (_ROLE_THEN_SURNAME, _ROLE_THEN_SURNAME_ANCHOR, _ROLE_THEN_SURNAME_BEFORE)):
        for match in line_anchored_finditer(pattern, text, anchor, before):
            start, end = match.span("name")
            if (_accept(doc, public, start, end) and not is_generic(text[start:end].split(" ")[0].split("\u3000")[0])
                    and not _FIRMS_OFFICER_BEFORE.search(text, max(0, start - 40), start)):
                names.append((start, end))
    return names


def _self_named_with_moushimasu(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round O) Who introduces themself: …に住む廣瀬と申します / 田所と名乗る / 百瀬 ユリと申します."""
    text = doc.folded
    if not _SELF_ANCHOR.search(text):
        return []
    return [match.span("name") for match in _SELF_NAMED.finditer(text)
            if _accept(doc, public, *match.span("name")) and not is_generic(match.group("name"))]


def _latin_names_spaced_twice(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round O) A Latin name whose words are parted by two spaces, its surname in capitals (RAHMAN  MD  ASIF)."""
    if not doc.has_capital or "  " not in doc.folded:
        return []
    return [match.span() for match in line_anchored_finditer(_SPACED_LATIN, doc.folded, _TWO_SPACES_BEFORE_A_CAPITAL)
            if match.group() not in public]


def _second_latin_names(doc: Doc, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(round O) A second Latin name after a found one and a slash (Name: James Wilson / Emily Wilson)."""
    text = doc.folded
    if not doc.has_capital:
        return []
    names: list[tuple[int, int]] = []
    for start, end in found:
        if text.startswith("/", end) or text.startswith(" /", end):
            second = _SECOND_LATIN.match(text, end)
            if second and _LATIN_WHOLE.fullmatch(text, start, end):
                names.append(second.span("name"))
    return names


# (round R) A maiden name after 旧姓 (氏名 樋渡 真央（旧姓 嘉手納）): a surname of the person, any length.
_MAIDEN_ANCHOR = re.compile("旧姓")
# (round AD) and quoted (「旧姓渋江」の部分); after 旧姓は only a word the analyzer reads as a person's (旧姓は開示、… is a verdict).
_MAIDEN = re.compile(rf"旧姓[ \u3000]*(?P<topic>[:：は]?)[ \u3000]*(?P<name>[{KANJI}]{{1,4}}|[ァ-ヺー]{{2,8}})(?=[）)、。,\s」』]|$)")
# (round R) The sender or a recipient of a mail, named before the address: From: Kiyoshi Morozumi <k.m@…>;
# not a body's display name (From: Sumire FM <…>, Sumire City Office).
_MAIL_PERSON = re.compile(rf"(?m)^[ \u3000>]*(?:From|To|Cc|CC|Reply-To|差出人|送信者|宛先)[ \u3000]*[:：][ \u3000]*(?P<name>{_LATIN})[ \u3000]*<[^<>\s@]+@")
_MAIL_BODY_WORD = re.compile(r"\b(?:City|Office|FM|Center|Centre|Council|Bank|Inc|Co|Ltd|Association|Support|Team|Desk|Service|News"
                             r"|Info|Shop|Store|School|University|Club|Group|Department|Section|Division|Company|Corporation|Japan)\b")


@needs("旧姓")
def _maiden_names(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round R) A maiden name after 旧姓 (氏名 樋渡 真央（旧姓 嘉手納）)."""
    if not _MAIDEN_ANCHOR.search(doc.folded):
        return []
    return [match.span("name") for match in _MAIDEN.finditer(doc.folded)
            if match.group("name") not in public and not is_generic(match.group("name"))
            and (match.group("topic") != "は" or _read_as_a_persons_word(match.group("name")))]


def _read_as_a_persons_word(word: str) -> bool:
    """(round AD) The analyzer reads the word as a person's name (旧姓は嘉手納), not a common one (旧姓は開示)."""
    return not analyzer.available() or analyzer.is_one_person_word(word)


@needs("@", capital=True)
def _mail_senders(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    """(round R) The sender or a recipient of a mail named before the address (From: Kiyoshi Morozumi <k.m@…>)."""
    if not doc.has_capital or "@" not in doc.folded:
        return []
    return [match.span("name") for match in _MAIL_PERSON.finditer(doc.folded)
            if match.group("name") not in public and not _MAIL_BODY_WORD.search(match.group("name"))]


# (round V) A mail header's display name in Latin letters (From: "Tsubasa Ishigami" <t-ishigami@…>), and an English
# record's emergency contact or next of kin with the relation after it (Emergency      : Mele Fifita (wife)).
# Each is read only on the lines holding its header word: "From:" / "To:" / "Cc:", or Emergency / Next of kin / Spouse.
# (round W) or a quoted display name of a given name and an initial (From: "Kiyomi T." <…>)
# (round BT) or quoted with the surname first and a comma (Cc: "Harada-Wells, Thomas" <…>), as address books store them
_LATIN_SENDER = re.compile(rf"(?:From|To|Cc|Reply-To)[ \t]*:[ \t]*(?:\"?(?P<name>{_LATIN})\"?|\"(?P<initial>[{_UPPER}][{_LETTER}'\-]+ [A-Z]\.)\""
                           rf"|\"(?P<comma>[{_UPPER}][{_LETTER}'\-]+, [{_UPPER}][{_LETTER}'\-]+)\")[ \t]*<")
_LATIN_SENDER_ANCHOR = re.compile("(?:From|To|Cc|Reply-To)[ \t]*:")
_LATIN_KIN = re.compile(rf"(?:Emergency(?: [Cc]ontact)?|Next of [Kk]in|Spouse)[ \t]*:[ \t]*(?P<name>{_LATIN})"
                        r"(?=[ \t]*\((?:wife|husband|spouse|mother|father|son|daughter|sister|brother|partner|parent|friend)\))")
_LATIN_KIN_ANCHOR = re.compile("Emergency|Next of [Kk]in|Spouse")
# (round W) A relative in English prose named after the relation: for daughter Althea Dizon / her son (Arjun, born …).
_LATIN_RELATIVE = re.compile(rf"(?<![A-Za-z])(?:grand)?(?:son|daughter|wife|husband|mother|father|child)[ \t]+"
                             rf"(?:(?P<name>{_LATIN})|\((?P<given>[{_UPPER}][{_LETTER}'\-]+)(?=,|\)))")
_LATIN_RELATIVE_ANCHOR = re.compile("son|daughter|wife|husband|mother|father|child")
_LATIN_RELATIVE_BEFORE = 5  # grand


@needs(capital=True)
def _latin_senders_and_kin(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    text = doc.folded
    if not doc.has_capital:
        return []
    matches = [*line_anchored_finditer(_LATIN_SENDER, text, _LATIN_SENDER_ANCHOR, 0),
               *line_anchored_finditer(_LATIN_KIN, text, _LATIN_KIN_ANCHOR, 0)] if ":" in text else []
    spans = [m.span("name") if m.group("name") else m.span("initial") if m.group("initial") else m.span("comma") for m in matches]
    if doc.has_latin:
        spans += [m.span("name") if m.group("name") else m.span("given")
                  for m in line_anchored_finditer(_LATIN_RELATIVE, text, _LATIN_RELATIVE_ANCHOR, _LATIN_RELATIVE_BEFORE)]
    return [(lo, hi) for lo, hi in spans if text[lo:hi] not in public and not _LATIN_BODY_WORD.search(text[lo:hi])]


# (round V) A person's name inside an uploaded file's name, on a line holding a file's extension: in romaji joined by
# "_" before a personal document's word (kuwabara_nozomi_zairyu_card.pdf), or in Latin letters between "_"
# (会員名簿_Hanna Lindqvist_hanna.l@….xlsx).
_FILE_EXTENSION = re.compile(r"\.(?:pdf|jpe?g|png|heic|gif|xlsx?|docx?|csv|txt|zip)(?![A-Za-z0-9])", re.IGNORECASE)
_ROMAJI_IN_FILE = re.compile(r"(?<![A-Za-z0-9_])(?P<name>[a-z]{2,12}_[a-z]{2,12})_(?:zairyu|juminhyo|jyuminhyo|mynumber|kojin|hokensho"
                             r"|menkyo|tsucho|passport|shomeisho|shoumeisho|inkan|koseki|nenkin|kakunin|honnin)")
_LATIN_IN_FILE = re.compile(rf"_(?P<name>{_LATIN})(?=_)")


@needs("_")
def _names_in_file_names(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
    text = doc.folded
    if "_" not in text or "." not in text:
        return []
    names: list[tuple[int, int]] = []
    for lo, hi in line_windows(text, _FILE_EXTENSION, None):
        for match in (*_ROMAJI_IN_FILE.finditer(text, lo, hi), *(_LATIN_IN_FILE.finditer(text, lo, hi) if doc.has_capital else ())):
            if match.group("name") not in public and not _LATIN_BODY_WORD.search(match.group("name")):
                names.append(match.span("name"))
    return names


# (round V) A signature alone on its line right above a line that opens with a phone or an e-mail (the end of a
# citizen's mail: 神楽 瑞穂 / 080-…); and a caller's surname after their address read aloud (「すみれ市緑町1-3-7の鵜飼です。」).
# The first is read from the contact line's newline, the second from です.
# The lookahead after the newline passes over lines that cannot open with a contact at one character each (half the
# time of trying the alternatives at every line).
_CONTACT_LINE = re.compile(r"\n(?=[0-9A-Za-z電携メ])(?:(?:TEL|Tel|電話|携帯|Mail|E-mail|メール)[ \u3000:：]*)?(?:0[0-9]{1,4}[-(]|[A-Za-z0-9._%+-]+@)")
_SIGNATURE = re.compile(rf"[ \u3000]*(?P<name>[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖ]{{1,4}})[ \u3000]*")
# Read from the house number's last hyphen (rarer than です: a third of the time), the digit before it checked after.
_CALLER = re.compile(rf"-[0-9]{{1,4}}の(?P<name>[{KANJI}]{{2,3}})です[。、」]")


def _signatures_and_callers(doc: Doc, public: PublicNames, use_analyzer: bool) -> list[tuple[int, int]]:
    text = doc.folded
    names: list[tuple[int, int]] = []
    for contact in _CONTACT_LINE.finditer(text):
        line = text.rfind("\n", 0, contact.start()) + 1
        if contact.start() - line <= 14 and (signature := _SIGNATURE.fullmatch(text, line, contact.start())):
            start, end = signature.span("name")
            if is_private_name(signature.group("name"), public) and _accept(doc, public, start, end):
                names.append((start, end))
    if "「" in text:
        for caller in _CALLER.finditer(text):
            if not text[caller.start() - 1 : caller.start()].isdigit():
                continue  # a house number's hyphen follows a digit
            start, end = caller.span("name")
            line = text.rfind("\n", 0, start) + 1
            quote = text.rfind("「", line, start)
            if (quote >= 0 and text.find("」", quote, start) < 0 and caller.group("name") not in public
                    and not is_generic(caller.group("name")) and _accept(doc, public, start, end)):
                names.append((start, end))
    return names


# (tenth speed pass) The readings named by the form they read, each `reading(doc, public)`, in the order they are
# called (the comment at each says which tuning round added it). A new one is added here; its need, if it declares
# one, beside it (@needs: see needs.py).
_READINGS = (
    _latin_names,
    _listed_latin_names,
    _kana_names_after_labels,
    _hiragana_name_cells,
    _quoted_readings,
    _given_names_with_initial,
    _latin_after_a_persons_label,
    _surnames_before_a_private_role,
    _hiragana_children,
    _given_names_after_name_labels,
    _surnames_after_a_number,
    _names_before_readings,
    _full_width_latin_names,
    _dated_or_quoted_signatures,
    _maiden_names,
    _mail_senders,
    _self_introduced,
    _names_before_their_contact,
    _latin_after_sending,
    _latin_names_in_quotes,
    _latin_senders_and_kin,
    _names_in_file_names,
    _households_named,
    _named_as_i,
    _group_role_fields,
    _unpublished_staff,
    _latin_beside_kanji,
    _katakana_in_names,
    _named_in_quotes,
    _living_at_self_named,
    _fax_sender_fields,
    _latin_initials_quoted,
    _table_contact_rows,
    _wrapped_name_cells,
    _nicknames,
    _kin_named_in_brackets,
    _former_surnames,
    _register_given_names,
    _masked_name_cells,
    _group_roster_items,
    _display_names,
    _latin_names_before_their_mail,
    _kin_named_in_an_answer,
    _kanji_former_surnames,
    _contact_string_names,
    _latin_and_kanji_before_honorific,
    _households_by_surname,
    _json_names,
)

# The readings of names/ that read the folded text, each `reading(doc.folded, public)`, in the order they are called.
_READINGS_OF_THE_FOLDED_TEXT = (
    holders_named_in_records,
    childrens_nicknames,
    names_spaced_letter_by_letter,
    spelled_out_names,
    dotted_katakana_names,
    hiragana_full_names,
    kin_katakana_kanji_names,
    pupils_before_their_school_year,
    self_named_surnames,
    surnames_named_after_a_greeting,  # (round BT) [10:42] 突然すみません、蓮見です: names/self_named.py
    names_said_twice,
    self_introduced_names,  # (round AJ) わたしは ひいらぎ ななえ といいます
    names_corrected_by_their_speaker,  # (round BT) カワシマ、あ、いや、カワジリです、川尻 伊織です: names/corrected_names.py
    names_at_list_heads,  # (round AJ) - ② Rahman Mohammad Abdul　ゆうちょ銀行 … 普通 4471902
    names_after_a_role_in_list_items,  # (round AV) 1. 第1協力員 桃原 浩美 over its nested address and phone
    names_introduced_in_english,  # (round AV) My name is Grace Osei-Hanley (DOB: …)
    names_introduced_in_tagalog_or_spanish,  # (round BZ) Nanay ko si Rowena Dizon Bautista, Me llamo Lucía …: names/tagalog_spanish_introductions.py
    names_signing_a_letter,  # (round BT) Sincerely, / Grace Okafor-Mizuno: names/letter_signatures.py
    latin_surnames_with_kanji_given_names,  # (round AV) 娘はLindahl 沙羅で
    latin_kanji_names_beside_persons_words,  # (round AX) Kasongo 智恵 様, 申込者 Ferrante 航
    latin_names_after_a_role,  # (round BJ) 留学生 Ingrid Solberg（旅券…）: names/role_latin_names.py
    proxies_named_in_brackets,  # (round BP) （代理受取：神門 うた）: names/proxy_receivers.py
    surnames_before_a_members_word,  # (round BV) 真壁団員の欄に: names/brigade_members.py
    callers_opening_a_quoted_note,  # (round BV) 「尾車です、…折り返し…」: names/voicemail_surnames.py
    romanised_surnames_compared_with_kanji,  # (round BV) ローマ字のOhnoと漢字の大納: names/romanised_spellings.py
    delivery_workers_nicknames,  # (round BV) 配達のヤマさん: names/delivery_nicknames.py
    names_in_attachments_file_names,  # (round BV) 宇津木_住民票.pdf, IMG_22061104_kimura.jpg: names/file_name_names.py
    writers_of_a_quoted_mail,  # (round BV) 2205/09/02 Takumi Yoneda wrote:: names/forwarded_chains.py
    readings_in_a_tab_separated_column,  # (round BV) 受付No\t氏名\tふりがな / …\tさとう あおい: names/reading_columns.py
    kanji_after_half_width_kana_names,  # (round BT) ｳﾈﾒ ｻﾔｶ（漢字 采女 清香）: names/kanji_of_kana_names.py
    latin_names_before_particulars,  # (round BN) Ryūji Takemura すみれ市…, Bùi Thị Lan／みずほ銀行: names/names_before_particulars.py
    names_opening_a_slashed_payment_line,  # (round BN) 渡邊 琉生／ゆうちょ銀行 …／52,100円
    representatives_before_their_accounts,  # (round BN) 子ども会 代表 茂木 由香里 ゆうちょ銀行 …
    names_as_fields_of_a_parted_record,  # (round BN) RN「…」／日比野 颯／10代／…@…
    names_after_a_workers_job,  # (round BN) | 介護職員 﨑山 ひかり |, 配達員 鍋島 孝志（…）: names/workers_and_filers.py
    names_quoted_or_bracketed_after_a_persons_word,  # (round BN) 届出者「大豆生田 亮」, 従事者 大豆生田 葵（…生）
    names_said_to_stand_quoted,
    callback_addressees,
    surname_comma_given_names,  # (round AL) | Yamaguchi, Daichi | りそな銀行 …; (round BX) 01   HOSHINO, Kaede   D-…
    names_with_a_comma_in_quoted_fields,  # (round BX) "P190-0233","蕪木, 千晶",…: names/csv_quoted_names.py
    romaji_names_with_capitalised_surnames,  # (round BH) | UMEZAWA Takeshi |, (IMAI Mariko): names/capitalised_surnames.py
    surname_ideographic_comma_given_names,  # (round BF) 叔父　東風平、正明　電話…: names/ideographic_comma_names.py
    names_in_person_fields,  # (round AL) 代表者欄に「鷺坂 ひなた」
    names_with_dotted_readings,  # (round AI) foreign residents' names: names/foreign_names.py
    hangul_names_with_katakana_readings,  # (round BT) 김서연（キム・ソヨン）: names/hangul_names.py
    names_after_a_persons_word,
    machine_readable_names,
    names_also_written,
    linked_surname_names,  # (round AI) 桑ノ木 史郎: names/linked_surnames.py
    given_names_after_a_ditto,  # (round OJ) | 〃 結月 | under 児童氏名: names/ditto_given_names.py
    given_names_after_a_ditto_with_their_kin,  # (round BT) 〃 ふみ江（妻）: names/ditto_kin_given_names.py
    names_with_ruby_readings,  # (round AR) 鷲尾《わしお》 星凛《きらり》: names/ruby_names.py
    names_with_a_bracketed_surname_reading,  # (round BH) 大河原(おおがわら)トシ子: names/bracketed_readings.py
    names_with_a_bracketed_reading_opening_a_field,  # (round BT) - 佐治(さじ)みどり　…生: names/bracketed_reading_fields.py
    names_in_vcard_lines,  # (round AZ) N:鴫原;澄江 in a vCard: names/vcard_names.py
    romaji_names_of_log_users,  # (round BT) user=kanou.rintaro: names/log_user_names.py
    hosts_named_before_kata,  # (round AZ) 知人の 石動 昌平 方に: names/care_of_names.py
    households_in_brackets_after_an_address,  # (round BR) …19番地12（アンダーソン方）: names/care_of_names.py
    names_joined_by_a_dot_or_slash,  # (round BL) 羽根田 トヨ・羽根田 勝己, 鳥海 研二・和恵夫妻: names/joined_names.py
    names_after_a_firms_role_word,  # (round BL) 担当 荻原 陸斗, 従業員 梶 由紀夫: names/role_word_names.py
    names_in_rota_cells,  # (round BR) | 2/9 葛西 | 2/10 根本 ふみ |, | C-01 | 楠 | ベネット | under dates: names/rota_cells.py
    full_names_after_an_identity_number,  # (round BR) - 旅券　TR4182736　沓掛 智美: names/identity_numbers_before.py
    hiragana_names_spaced_by_character,  # (round BX) 乗客：う つ み　せ つ 様: names/spaced_hiragana_names.py
    hiragana_and_hankaku_surnames_joined,  # (round BX) 第1週　かわせ・ﾐﾔｺｼ: names/mixed_script_surnames.py
    names_before_a_bracketed_birth_date,  # (round BX) 長男 颯真（2199年4月2日生）: names/names_before_birth_brackets.py
    names_after_a_circled_number_in_cells,  # (round BX) | A-08 | ② 菱沼 セツ子 | 042-… |: names/circled_cell_names.py
    households_in_a_circulars_sign_off,  # (round BZ) | 1 | 戸倉 | 済 |, 2     ｽｽﾞｷ(鈴木)   ㊞: names/circular_sign_offs.py
    speakers_after_a_chats_timestamp,  # (round BZ) 〔6月3日 7:42〕渋谷川　みさ：: names/chat_speakers.py
    holders_named_before_meigi,  # (round BZ) （蓑輪名義）, （樋渡 マツ名義）: names/holders_before_meigi.py
)
