"""One normalization for every comparison of withheld text with public text."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable
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
def joining_characters() -> frozenset[str]:
    """Every character NFKC may join to the character before it: combining marks (canonical class
    not 0), the second character of every canonical composition (゙ of が) and the Hangul vowel and
    final jamo. Built once, ~1 s."""
    joining: set[str] = {chr(c) for c in (*range(0x1161, 0x1176), *range(0x11A8, 0x11C3))}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.combining(char):
            joining.add(char)
        decomposition = unicodedata.decomposition(char)
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2:
                joining.add(chr(int(parts[1], 16)))
    return frozenset(joining)


@cache
def _ignorable_runs() -> re.Pattern[str]:
    """A character class of every ignorable code point, as ranges (built once, ~0.2 s).

    A regular expression removes them about four times faster than str.translate, which
    matters for the leak scan of hundreds of megabytes.
    """
    return re.compile(f"[{character_class(c for c in range(sys.maxunicode + 1) if is_ignorable(chr(c)))}]+")


@cache
def _format_runs_bmp() -> re.Pattern[str]:
    """Runs of invisible format characters (category Cf) of the Basic Multilingual Plane."""
    return re.compile(f"[{character_class(c for c in range(0x10000) if unicodedata.category(chr(c)) == 'Cf')}]+")


@cache
def _unstable_runs_bmp() -> re.Pattern[str]:
    """Runs of Basic Multilingual Plane characters NFKC may change, or join to the character before them.

    Every other character is a normalization boundary (it is its own NFKC form, has canonical
    class 0 and composes with nothing before it), so NFKC of a text is NFKC of each such run
    together with the one character before it, the rest left as it is (Unicode UAX #15,
    "Stable code points").
    """
    joining = joining_characters()
    return re.compile("[" + character_class(
        c for c in range(0x10000) if chr(c) in joining or unicodedata.normalize("NFKC", chr(c)) != chr(c)) + "]+")


def build_tables() -> None:
    """Build squash's tables now (before worker processes fork, so that they inherit them)."""
    _ignorable_runs(), _format_runs_bmp(), _unstable_runs_bmp()


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def beyond_bmp(text: str) -> bool:
    """True when the text holds a character beyond the Basic Multilingual Plane (𠮷, an emoji): Python's
    regular expressions are slow with such characters in a class, so the fast ways leave those texts."""
    return _ASTRAL.search(text) is not None


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
        text = _nfkc_by_runs(text)
    text = "".join(text.split())  # str.split's white space is str.isspace, as is_ignorable's
    if ZERO_WIDTH_SPACE in text:  # the commonest of them: str.replace is 5x the regex
        text = text.replace(ZERO_WIDTH_SPACE, "")
    return _format_runs_bmp().sub("", text) if _format_runs_bmp().search(text) else text


def squash_plain(text: str) -> str:
    """squash as defined: NFKC of the whole text, then every ignorable character removed."""
    return _ignorable_runs().sub("", unicodedata.normalize("NFKC", text))


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
