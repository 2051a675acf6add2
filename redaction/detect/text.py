"""Length-preserving text folding and the character classes the recognizers share.

fold() maps full-width digits, Latin letters and a few symbols to ASCII one character
for one character, so that offsets in the folded text are offsets in the original.
It also maps kanji digits written digit by digit (〇九〇―一二三四―五六七八, 〇八〇の四四二一の七七〇六, 二〇一〇年,
普通 一二三四五六七) to ASCII when a run holds at least four of them, so every recognizer
reads numbers in kanji as it reads them in digits, and (round AD) an OCR'd number's O and l (O9O-5559-21l7) as 0 and 1. Positional kanji numbers (四十九, 十二)
and short runs (一二三, a given name) are left as they are.
"""

from __future__ import annotations

import re

_FULL = "０１２３４５６７８９＠．＿＋（），－：／"
_HALF = "0123456789@._+(),-:/"
_TABLE = str.maketrans(
    _FULL
    + "".join(chr(c) for c in range(ord("Ａ"), ord("Ｚ") + 1))
    + "".join(chr(c) for c in range(ord("ａ"), ord("ｚ") + 1)),
    _HALF
    + "".join(chr(c) for c in range(ord("A"), ord("Z") + 1))
    + "".join(chr(c) for c in range(ord("a"), ord("z") + 1)),
)

# Hyphen-like characters clerks type between digit groups (ー is a common slip).
HYPHEN = "[-‐‑‒–—―−ーｰ]"
# A digit boundary: the match must not continue a longer number.
NO_DIGIT_BEFORE = r"(?<![0-9])"
NO_DIGIT_AFTER = r"(?![0-9])"
# Kanji and 々: the name readings' class, without the look-alikes 〆ヶヵ that KANJI adds.
KANJI_CHARACTERS = "一-龯々"
KANJI = KANJI_CHARACTERS + "〆ヶヵ"
KATAKANA = "ァ-ヺー"
HIRAGANA = "ぁ-ゖ"


# The plain forms of what fold() reads: _FULL_WIDTH_RUN and _KANJI_DIGIT_RUN state the rule; fold()
# uses faster equivalents, checked against them in tests/detect/test_anchors.py.
_FULL_WIDTH_RUN = re.compile("[" + re.escape(_FULL) + "Ａ-Ｚａ-ｚ]+")
_KANJI_DIGITS = "〇一二三四五六七八九"
_KANJI_TABLE = str.maketrans(_KANJI_DIGITS, "0123456789")
# Kanji digits, possibly in groups joined by a hyphen, a space or 中黒: 〇九〇―一二三四―五六七八.
# の joins groups as a number is read aloud (〇八〇の四四二一の七七〇六).
_KANJI_DIGIT_RUN = re.compile(f"[{_KANJI_DIGITS}]+(?:(?:{HYPHEN}|[ \u3000・の])[{_KANJI_DIGITS}]+)*")
_MIN_KANJI_DIGITS = 4
# The same runs, matched only from a digit that starts one of at least four digits: the run's first
# four digits, each joined to the next by at most one joiner, are there exactly when the whole run
# holds four (a run starting later, inside a shorter run, holds fewer). The 一 of 一般 and the 二
# of 二人 are then passed over in C instead of by a Python call each. The pattern opens with the
# digit (a character class the regex engine skips to), the lookahead after it: a pattern that opens
# with a lookahead is tried at every position (three times slower).
_LONG_KANJI_DIGIT_RUN = re.compile(
    f"[{_KANJI_DIGITS}](?=(?:(?:{HYPHEN}|[ \u3000・の])?[{_KANJI_DIGITS}]){{{_MIN_KANJI_DIGITS - 1}}})"
    f"[{_KANJI_DIGITS}]*(?:(?:{HYPHEN}|[ \u3000・の])[{_KANJI_DIGITS}]+)*")


KANJI_NUMERALS = frozenset(_KANJI_DIGITS + "十")
_KANJI_NUMBER = re.compile(f"[{_KANJI_DIGITS}十]+")


def kanji_numbers_in_arabic(text: str) -> str:
    """Each run of kanji numerals as its Arabic number: digit by digit (二〇五〇 → 2050) or, with 十, up to 99
    (五十二 → 52, 十 → 10); a run with two 十 (二十三十) is left as it is. 平成四年二月九日 → 平成4年2月9日."""
    return _KANJI_NUMBER.sub(_kanji_number, text)


def _kanji_number(match: re.Match[str]) -> str:
    run = match.group()
    if "十" not in run:
        return run.translate(_KANJI_TABLE)
    tens, _, ones = run.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "〇" in tens + ones:
        return run
    return str((int(tens.translate(_KANJI_TABLE)) if tens else 1) * 10 + (int(ones.translate(_KANJI_TABLE)) if ones else 0))


def _fold_kanji_digits(match: re.Match[str]) -> str:
    run = match.group()
    if sum(ch in _KANJI_DIGITS for ch in run) < _MIN_KANJI_DIGITS:
        return run
    return run.translate(_KANJI_TABLE)


# Every look-alike, replaced character by character without a Python call per occurrence (the same
# as translating each _FULL_WIDTH_RUN: the table maps one character to one, to ASCII, so the order of
# the replacements does not matter). The common ones are replaced first; the rest, all in U+FF01–FF5A,
# only when one search for that block finds a character of it (a test by `in` per look-alike reads the
# text seventy times; most texts hold none of them).
_COMMON_FULL_WIDTH = ("（", "）", "：")
_LOOK_ALIKES = tuple((full, chr(half)) for full, half in sorted(
    ((chr(code), half) for code, half in _TABLE.items()), key=lambda pair: pair[0] not in _COMMON_FULL_WIDTH))
_HALF_OF = dict(_LOOK_ALIKES)
_FULL_WIDTH_BLOCK = re.compile("[\uff01-\uff5a]")  # every key of _HALF_OF (tests/detect/test_anchors.py)


# (round Y) A name's variant kanji outside the unified block (浜﨑, 𠮷田, 飯塚 typed with U+FA10), read as their
# common form one code point for one, so that every rule's kanji class holds them (髙, 德, 廣 are in the block already).
# Done by model.Doc.of only when the text's rare characters (one class scan it reads anyway) hold one: a read by `in`
# of a CJK text for one such character is slow (its low byte stands in many kanji).
# (round AG) 髙 (髙橋) and 邊 (戸邊) as the old-style forms of 高 and 辺
# (round BN) 栁 (栁田) as the old-style form of 柳
VARIANT_KANJI = {"\ufa11": "崎", "\U00020bb7": "吉", "\ufa10": "塚", "\u9ad9": "高", "\u908a": "辺", "\u6801": "柳"}
_VARIANT_TABLE = str.maketrans(VARIANT_KANJI)


def fold_variant_kanji(text: str) -> str:
    """Return text with the variant kanji of VARIANT_KANJI replaced by their common forms, same length."""
    return text.translate(_VARIANT_TABLE)


def fold(text: str) -> str:
    """Return text with full-width ASCII look-alikes and kanji digit runs replaced, same length."""
    for full in _COMMON_FULL_WIDTH:
        if full in text:
            text = text.replace(full, _HALF_OF[full])
    if _FULL_WIDTH_BLOCK.search(text) is not None:
        for full in set(_FULL_WIDTH_BLOCK.findall(text)):
            if full in _HALF_OF:
                text = text.replace(full, _HALF_OF[full])
    text = _LONG_KANJI_DIGIT_RUN.sub(_fold_kanji_digits, text)
    if ("O" in text or "l" in text) and _OCR_LETTER_BY_A_DIGIT.search(text) is not None:
        text = _OCR_DIGIT_RUN.sub(_fold_ocr_letters, text)
    return text


# (round AD) An OCR'd record reads 0 as O and 1 as l (O9O-5559-21l7, 普通 O428l93, 令和4l年, 8番 l5号): a run of digits, O and
# l (hyphens between) with no other Latin letter beside it, holding at least as many digits as letters, is read as its
# digits. Each recognizer still asks the value's shape and its label or context (O157 folds to 0157, a number nobody's).
# The gate opens with the letters' class (a fast scan for two rare characters), the digit looked at around it: a pattern that
# opens with the digit class stops at every digit (four times slower over the generated corpus).
_OCR_LETTER_BY_A_DIGIT = re.compile("[Ol](?:(?<=[0-9].)|(?=[0-9]))")
_OCR_DIGIT_RUN = re.compile(r"(?<![A-Za-z0-9-])[0-9Ol](?:[0-9Ol]|-(?=[0-9Ol]))*(?![A-Za-z0-9])")
_OCR_TABLE = str.maketrans("Ol", "01")


def _fold_ocr_letters(match: re.Match[str]) -> str:
    run = match.group()
    letters = run.count("O") + run.count("l")
    if letters == 0 or letters > sum(ch.isdigit() for ch in run):
        return run
    return run.translate(_OCR_TABLE)


def alnum_key(text: str) -> str:
    """Letters and digits only: '03(1234)5678' and '03-1234-5678' share a key."""
    return "".join(ch for ch in fold(text) if ch.isalnum()).lower()


def squeeze(text: str) -> str:
    """Drop ASCII and ideographic spaces and tabs (for name comparison)."""
    return text.replace(" ", "").replace("\u3000", "").replace("\t", "")


# Particles that a leading hiragana name (すみれ市, すみれ銀行) may swallow:
# "住所はすみれ市…", "会場からすみれ市…", "振込先はすみれ銀行…".
_PARTICLE = re.compile(r"(?:から|まで|より|には|では|とは|への|にて|は|が|を|に|で|と|へ|の|も)(?=[ぁ-ゖ]{2})")


def skip_particle(text: str, start: int) -> int:
    """`start` moved past a particle that opens a match, if there is one."""
    particle = _PARTICLE.match(text, start)
    return particle.end() if particle else start
