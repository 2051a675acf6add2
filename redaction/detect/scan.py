"""Run an expensive pattern only in windows around a cheap anchor.

A recognizer whose pattern has no literal prefix (an address starts with any
kanji) would make the regex engine try every position. Its matches all contain a
short anchor (番, 号, 普通, 生 …) that a plain search finds quickly; the pattern
then runs only in the windows around the anchors, merged where they overlap.
Lookbehinds still see the text before a window.

A pattern scanned over a whole text (an anchor above all) should open with one character class or
literal, not with a repeat (`[0-9]{4}`), a lookaround or `^`: Python's regex engine then skips to the
positions where that character stands, in a tight loop; otherwise it starts a match attempt at every
position, two to thirty times slower. `[0-9][0-9]{3}` is `[0-9]{4}`, written so that it opens with a
class (tests/detect/test_anchors.py checks the hot patterns).

An anchor of several plain words (番号|コード|ID|No, 生|誕) opens with a class of their first characters,
read character by character (ten times slower than a search for one word): the anchor is read as
the alternation of the words that stand in the text (each found by `in`, a fast search), in the
same order, and not at all when none does. A word that is nowhere in the text matches nowhere, so
the anchor finds what it found before. Each `in` reads the text once: for an anchor of many words
(a bank's: 16) one search for the anchor itself answers first whether any word stands in the text
(the alternation matches where any of its words stands), and most texts hold none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import lru_cache, partial


def windows(text: str, anchor: re.Pattern[str], before: int, after: int) -> Iterator[tuple[int, int]]:
    """Merged [lo, hi) windows around every anchor occurrence."""
    narrowed = present_words(anchor, text)
    if narrowed is None:
        return
    lo = hi = -1
    starts = opener_positions(narrowed, text) if _digit_led(narrowed.pattern, narrowed.flags) is not None else None
    for match in narrowed.finditer(text) if starts is None else finditer_from(narrowed, text, starts):
        start, end = max(0, match.start() - before), min(len(text), match.end() + after)
        if start <= hi:
            hi = max(hi, end)
            continue
        if hi > lo:
            yield lo, hi
        lo, hi = start, end
    if hi > lo:
        yield lo, hi


def anchored_finditer(
    pattern: re.Pattern[str], text: str, anchor: re.Pattern[str], before: int, after: int
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), restricted to the windows around `anchor`."""
    for lo, hi in windows(text, anchor, before, after):
        yield from pattern.finditer(text, lo, hi)


def anchored_finditer_any(
    pattern: re.Pattern[str], text: str, anchors: tuple[re.Pattern[str], ...], before: int, after: int
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), restricted to the windows around any of `anchors`, merged across them: one anchor's
    window ending inside a word another's covers whole would cut a match short there (森下会長　Tuila of …Tuilagi)."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(window for anchor in anchors for window in windows(text, anchor, before, after)):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    for lo, hi in merged:
        yield from pattern.finditer(text, lo, hi)


def line_windows(text: str, anchor: re.Pattern[str], before: int | None) -> Iterator[tuple[int, int]]:
    """[lo, hi) per line holding the anchor: from `before` characters ahead of the line's first
    anchor (not past the line's start; None: the line's start) to the end of the line, its
    newline included (so a lookahead at the end sees what it sees in the whole text)."""
    narrowed = present_words(anchor, text)
    starts = opener_positions(narrowed, text) if narrowed is not None and _digit_led(narrowed.pattern, narrowed.flags) is not None else None
    position = 0
    while narrowed is not None and (match := narrowed.search(text, position) if starts is None
                                    else next(finditer_from(narrowed, text, starts[bisect_left(starts, position):]), None)) is not None:
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        hi = len(text) if line_end < 0 else line_end + 1
        yield line_start if before is None else max(line_start, match.start() - before), hi
        position = hi


def line_anchored_finditer(
    pattern: re.Pattern[str], text: str, anchor: re.Pattern[str], before: int | None = None
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern whose matches never hold a newline, each holding the
    anchor at most `before` characters after the match's start: the same matches, read only on
    the lines that hold the anchor. Unlike anchored_finditer there is no bound after the anchor,
    so a pattern ending in an unbounded run (a number of any length) is cut only where a line is.
    """
    for lo, hi in line_windows(text, anchor, before):
        yield from pattern.finditer(text, lo, hi)


def word_starts(words: re.Pattern[str], text: str) -> tuple[int, ...]:
    """Every position where one of `words` (an alternation of plain words) starts, the starts inside another's
    occurrence too, ascending: found once, shared by the patterns that open with those words (finditer_from).
    (Thirteenth pass) In a body (model.LongText), each word standing in it (`in`: an answer from the body's one read) is
    found by `str.find` wherever it starts, overlapping places too. The alternation matches at a position exactly where one of
    its words starts, so these are the places its search from each last start + 1 found (a quarter cheaper over C's
    bodies: the engine tried the alternation at every character in its words' first characters)."""
    plain = _plain_words(words.pattern, words.flags) if type(text) is not str else None  # a short text: one search
    if plain is None:
        found: list[int] = []
        match = words.search(text)
        while match is not None:
            found.append(match.start())
            match = words.search(text, match.start() + 1)
        return tuple(found)
    starts: set[int] = set()
    for word in plain:
        if word in text:
            at = text.find(word)
            while at >= 0:
                starts.add(at)
                at = text.find(word, at + 1)
    return tuple(sorted(starts))


def finditer_from(pattern: re.Pattern[str], text: str, starts: tuple[int, ...]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern whose every match is non-empty and starts at one of `starts` (ascending:
    word_starts of the words the pattern opens with): the same matches, tried only there. finditer tries each position
    from the end of its last match on; a position where no word starts holds no match."""
    reach = 0
    for start in starts:
        if start >= reach and (match := pattern.match(text, start)) is not None:
            yield match
            reach = match.end()


def led_finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text). A pattern that opens with one character of a class of ASCII digits and a few plain
    characters ([0-9], [月0-9], [番丁0-9]) is tried only where one of them stands when the text holds few (opener_positions):
    most minutes hold few digits (0.3 % of the generated corpus's characters), and a scan of the whole text tests every
    character against the class (~3 ns each: about as much as trying the pattern at 150 digits)."""
    starts = opener_positions(pattern, text)
    return pattern.finditer(text) if starts is None else finditer_from(pattern, text, starts)


def opener_positions(pattern: re.Pattern[str], text: str) -> tuple[int, ...] | None:
    """Where a character that may open a match of `pattern` stands (as led_finditer reads it), ascending; None when the
    pattern does not open with such a class or the text holds more than one such character in _FEW characters."""
    others = _digit_led(pattern.pattern, pattern.flags)
    if others is None:
        return None
    digits = digit_positions(text)
    if digits is None or not others:
        return digits
    found = list(digits)
    most = len(text) // _FEW
    for character in others:
        at = text.find(character)
        while at >= 0:
            if len(found) == most:
                return None
            found.append(at)
            at = text.find(character, at + 1)
    return tuple(sorted(found))


_FEW = 100  # at most one opening character in this many: a try at each costs less than a class scan of the whole text
_DIGIT = re.compile("[0-9]")


@lru_cache(maxsize=4)
def digit_positions(text: str) -> tuple[int, ...] | None:
    """Where the ASCII digits of `text` stand (None: more than one in _FEW characters). Every digit-led anchor of a text asks."""
    most = len(text) // _FEW
    found: list[int] = []
    for match in _DIGIT.finditer(text):
        if len(found) == most:
            return None
        found.append(match.start())
    return tuple(found)


@lru_cache(maxsize=256)
def _digit_led(source: str, flags: int) -> str | None:
    """For a pattern whose every match opens with a digit or one of a few plain characters — a class holding 0-9 and
    plain characters (no other range) first, neither repeated nor optional, and no alternative at the top level — those other characters
    ("" for [0-9]); else None."""
    close = source.find("]")
    if flags != re.UNICODE or not source.startswith("[") or close < 0 or "0-9" not in source[1:close]:
        return None
    others = source[1:close].replace("0-9", "", 1)
    if any(ch in _SPECIAL or ch == "-" or ch.isspace() for ch in others) or source[close + 1 : close + 2] in ("?", "*", "+", "{"):
        return None
    return others if not _top_level_alternative(source) else None


def _top_level_alternative(source: str) -> bool:
    depth = 0
    in_class = escaped = False
    for ch in source:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


def present_words(anchor: re.Pattern[str], text: str) -> re.Pattern[str] | None:
    """`anchor`, or for an alternation of plain words the alternation of those that stand in `text`
    (None when none does)."""
    words = _plain_words(anchor.pattern, anchor.flags)
    if words is None:
        return anchor
    if type(text) is not str:  # (eleventh pass) a body (model.LongText): its `in` answers from one read for all words
        present = tuple(word for word in words if word in text)
        return _alternation(present) if present else None
    if len(words) > _MANY_WORDS and anchor.search(text) is None:
        return None
    present = tuple(word for word, search in _searchers(words) if search(text))  # the words in the text, in order
    return _alternation(present) if present else None


@lru_cache(maxsize=256)
def _searchers(words: tuple[str, ...]) -> tuple[tuple[str, Callable[[str], object]], ...]:
    """(round AB) Each word with the test that finds it fastest: a word of several characters by its compiled pattern's
    search (the regex engine's literal search reads Japanese text about a third faster than `in`: 0.014 against 0.022 s
    for an absent two-character word over the generated corpus's views), one character by `in` (a plain character
    search, faster than any pattern)."""
    return tuple((word, re.compile(re.escape(word)).search if len(word) > 1 else partial(_contains, word))
                 for word in words)


def _contains(word: str, text: str) -> bool:
    return word in text


_MANY_WORDS = 8  # more `in` searches than this cost more than one search for the alternation


# The caches below are keyed by a pattern's source and flags, not by the compiled pattern: its hash reads its whole
# compiled code at every call (~6 µs for a long one), a string's is computed once.
@lru_cache(maxsize=256)
def _plain_words(source: str, flags: int) -> tuple[str, ...] | None:
    words = tuple(source.split("|"))
    plain = flags == re.UNICODE and all(word and not any(ch in _SPECIAL for ch in word) for word in words)
    return words if plain else None


_SPECIAL = frozenset(".^$*+?{}[]\\|()")


def unlettered(anchor: re.Pattern[str]) -> re.Pattern[str]:
    """For a text that holds no ASCII letter (Doc.has_latin false: most minutes), `anchor` without its words
    that hold one (ID, No): they stand nowhere in such a text, and each would read it whole to find so.
    An anchor that is not plain words, or whose every word holds a letter, is returned as it is. Once per anchor
    (every view asks again)."""
    kept = _unlettered_words(anchor.pattern, anchor.flags)
    return anchor if kept is None else _alternation(kept)


@lru_cache(maxsize=256)
def _unlettered_words(source: str, flags: int) -> tuple[str, ...] | None:
    words = _plain_words(source, flags)
    kept = tuple(word for word in words or () if not any(ch in _ASCII_LETTERS for ch in word))
    return kept if words is not None and kept else None


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def holds(anchor: re.Pattern[str], text: str) -> bool:
    """Whether `anchor` occurs in `text`; for an anchor of plain words, by `in` alone."""
    words = _plain_words(anchor.pattern, anchor.flags)
    if words is None:
        return anchor.search(text) is not None
    if type(text) is not str:  # a body (model.LongText), as in present_words
        return any(word in text for word in words)
    return any(search(text) for _word, search in _searchers(words))


@lru_cache(maxsize=1024)
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(words))
