"""One normalization for every comparison of withheld text with public text."""

from __future__ import annotations

import array
import itertools
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache


def is_ignorable(char: str) -> bool:
    """White space and invisible format characters (zero-width space, joiners, soft hyphen, BOM).

    A text split by invisible characters (a zero-width space between words) must still compare equal.
    """
    return char.isspace() or unicodedata.category(char) == "Cf"


def character_class(codes: Iterable[int]) -> str:
    """The members of a regular-expression character class for sorted code points, as ranges."""
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


@cache
def every_character() -> str:
    """Every code point, in order, as one string: the tables below test it with C functions mapped over
    it (itertools.compress), never a Python loop over 1.1 million characters (~3 s at every build)."""
    codes = array.array("I", range(sys.maxunicode + 1)).tobytes()   # 2.5x "".join(map(chr, …))
    return codes.decode(f"utf-32-{'le' if sys.byteorder == 'little' else 'be'}", "surrogatepass")


def codes_where(flags: Iterable[object]) -> list[int]:
    """The code points whose flag (one per code point, in order) is true."""
    return list(itertools.compress(range(sys.maxunicode + 1), flags))


@cache
def decompositions() -> dict[str, str]:
    """unicodedata.decomposition of every character that has one."""
    decomposed = map(unicodedata.decomposition, every_character())
    return {chr(code): unicodedata.decomposition(chr(code)) for code in codes_where(decomposed)}


@cache
def joining_characters() -> frozenset[str]:
    """Every character NFKC may join to the character before it: combining marks (canonical class
    not 0), the second character of every canonical composition (゙ of が) and the Hangul vowel and
    final jamo."""
    joining: set[str] = {chr(c) for c in (*range(0x1161, 0x1176), *range(0x11A8, 0x11C3))}
    joining.update(map(chr, codes_where(map(unicodedata.combining, every_character()))))
    for decomposition in decompositions().values():
        if not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2:
                joining.add(chr(int(parts[1], 16)))
    return frozenset(joining)


@cache
def _ignorable_runs() -> re.Pattern[str]:
    """A character class of every ignorable code point, as ranges (built once).

    A regular expression removes them about four times faster than str.translate, which
    matters for the leak scan of hundreds of megabytes.
    """
    return re.compile(f"[{character_class(ignorable_codes())}]+")


@cache
def ignorable_codes() -> tuple[int, ...]:
    """The code points of every ignorable character (is_ignorable), in order."""
    space = codes_where(map(str.isspace, every_character()))
    return tuple(sorted({*space, *format_codes()}))


@cache
def format_codes() -> tuple[int, ...]:
    """The code points of every invisible format character (category Cf), in order."""
    return tuple(codes_where(map("Cf".__eq__, map(unicodedata.category, every_character()))))


@cache
def _format_runs_bmp() -> re.Pattern[str]:
    """Runs of invisible format characters (category Cf) of the Basic Multilingual Plane."""
    return re.compile(f"[{character_class(c for c in format_codes() if c < 0x10000)}]+")


@cache
def _unstable_runs_bmp() -> re.Pattern[str]:
    """Runs of Basic Multilingual Plane characters NFKC may change, or join to the character before them.

    Every other character is a normalization boundary (it is its own NFKC form, has canonical
    class 0 and composes with nothing before it), so NFKC of a text is NFKC of each such run
    together with the one character before it, the rest left as it is (Unicode UAX #15,
    "Stable code points").
    """
    joining = {ord(char) for char in joining_characters() if ord(char) < 0x10000}
    bmp = every_character()[:0x10000]
    changed = codes_where(map(str.__ne__, map(unicodedata.normalize, itertools.repeat("NFKC"), bmp), bmp))
    return re.compile("[" + character_class(sorted(joining.union(changed))) + "]+")


def build_tables() -> None:
    """Build squash's tables now (before worker processes fork, so that they inherit them)."""
    _ignorable_runs(), _format_runs_bmp(), _unstable_runs_bmp(), _common_forms(), _format_characters_bmp()


def beyond_bmp(text: str) -> bool:
    """True when the text holds a character beyond the Basic Multilingual Plane (𠮷, an emoji): Python's
    regular expressions are slow with such characters in a class, so the fast ways leave those texts.

    Such a character is two UTF-16 code units, every other one (a lone surrogate too, with "surrogatepass")
    one: the encoding's length tells, at C speed (a rendered page: 0.08 against 0.54 ms for the regular
    expression `[\U00010000-\U0010FFFF]`, which tried every character)."""
    return not text.isascii() and len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


ZERO_WIDTH_SPACE = "\u200b"   # a format character (Cf): ignorable
LONG_TEXT = 2048  # from this length on, squash takes the way through runs (below, it costs more than it saves)


def squash(text: str) -> str:
    """NFKC, without white space or invisible characters: 「山田　太郎」 and 「山田\u200b太郎」 equal 「山田太郎」.

    Equal to squash_plain(text). A long text of the Basic Multilingual Plane — a rendered page
    — is normalized run by run and loses its white space by str.split: the leak scan's hundreds
    of megabytes go about twice as fast (measured against the per-character squash_plain).
    """
    if len(text) < LONG_TEXT or beyond_bmp(text):
        return squash_plain(text)
    if not unicodedata.is_normalized("NFKC", text):
        text = _common_forms_normalized(text)
        if not unicodedata.is_normalized("NFKC", text):
            text = _nfkc_by_runs(text)
    text = "".join(text.split())  # str.split's white space is str.isspace, as is_ignorable's
    if ZERO_WIDTH_SPACE in text:  # the commonest of them: str.replace is 5x the regex
        text = text.replace(ZERO_WIDTH_SPACE, "")
    if any(char in text for char in _format_characters_bmp()):  # 43 scans at C speed: 20x the regex's search
        return _format_runs_bmp().sub("", text)
    return text


# A private-use character: a stable code point (UAX #15: its own NFKC form, canonical class 0, composing
# with nothing on either side) that squash keeps. NFKC of texts joined by it is their NFKC forms joined by it.
_APART = "\ue000"


def squash_each(texts: Sequence[str]) -> list[str]:
    """[squash(text) for text in texts], worked out as one squash of the texts joined by a stable code point
    (`_APART`), split again: one pass of the long-text way instead of a call per text (68,000 withheld texts:
    about 0.2 against 0.6 s). If a text holds that character, each is squashed alone."""
    if len(texts) < 2:
        return [squash(text) for text in texts]
    joined = _APART.join(texts)
    if joined.count(_APART) == len(texts) - 1:
        pieces = squash(joined).split(_APART)
        if len(pieces) == len(texts):
            return pieces
    return [squash(text) for text in texts]


def squash_plain(text: str) -> str:
    """squash as defined: NFKC of the whole text, then every ignorable character removed."""
    return _ignorable_runs().sub("", unicodedata.normalize("NFKC", text))


# The compatibility forms of Japanese text: full-width ASCII (（）：０-９Ａ-Ｚ …) and the ideographic space.
COMMON_FORMS = "".join(map(chr, range(0xFF01, 0xFF5F))) + "\u3000"


@cache
def _common_forms() -> tuple[tuple[str, str], ...]:
    return tuple((char, unicodedata.normalize("NFKC", char)) for char in COMMON_FORMS)


@cache
def _format_characters_bmp() -> tuple[str, ...]:
    return tuple(chr(code) for code in format_codes() if code < 0x10000)


def _common_forms_normalized(text: str) -> str:
    """`text` with every common compatibility form replaced by its NFKC form, by str.replace (at C speed).

    NFKC of the result is NFKC of `text`: replacing any character by its own NFKC form changes
    neither the text's full decomposition (NFKD(NFKC(c)) = NFKD(c)) nor, therefore, its NFKC.
    On a rendered page these forms (（）：) are almost every run _nfkc_by_runs would normalize
    one Python call at a time (23,000 calls a page of 46,000 characters: 5.7 against 0.3 ms).
    """
    for char, normalized in _common_forms():
        if char in text:
            text = text.replace(char, normalized)
    return text


def _nfkc_by_runs(text: str) -> str:
    """NFKC of a text without characters beyond the Basic Multilingual Plane, run by run (see _unstable_runs_bmp)."""
    pieces: list[str] = []
    done = 0
    for run in _unstable_runs_bmp().finditer(text):
        start = max(run.start() - 1, done)  # the boundary character before the run may compose with it
        pieces += (text[done:start], unicodedata.normalize("NFKC", text[start:run.end()]))
        done = run.end()
    pieces.append(text[done:])
    return "".join(pieces)
