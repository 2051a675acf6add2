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
from collections.abc import Callable, Iterator
from functools import lru_cache, partial


def windows(text: str, anchor: re.Pattern[str], before: int, after: int) -> Iterator[tuple[int, int]]:
    """Merged [lo, hi) windows around every anchor occurrence."""
    narrowed = present_words(anchor, text)
    if narrowed is None:
        return
    lo = hi = -1
    for match in narrowed.finditer(text):
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


def line_windows(text: str, anchor: re.Pattern[str], before: int | None) -> Iterator[tuple[int, int]]:
    """[lo, hi) per line holding the anchor: from `before` characters ahead of the line's first
    anchor (not past the line's start; None: the line's start) to the end of the line, its
    newline included (so a lookahead at the end sees what it sees in the whole text)."""
    narrowed = present_words(anchor, text)
    position = 0
    while narrowed is not None and (match := narrowed.search(text, position)) is not None:
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
    occurrence too: one read of the text, shared by the patterns that open with those words (finditer_from)."""
    found: list[int] = []
    match = words.search(text)
    while match is not None:
        found.append(match.start())
        match = words.search(text, match.start() + 1)
    return tuple(found)


def finditer_from(pattern: re.Pattern[str], text: str, starts: tuple[int, ...]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern whose every match is non-empty and starts at one of `starts` (ascending:
    word_starts of the words the pattern opens with): the same matches, tried only there. finditer tries each position
    from the end of its last match on; a position where no word starts holds no match."""
    reach = 0
    for start in starts:
        if start >= reach and (match := pattern.match(text, start)) is not None:
            yield match
            reach = match.end()


def present_words(anchor: re.Pattern[str], text: str) -> re.Pattern[str] | None:
    """`anchor`, or for an alternation of plain words the alternation of those that stand in `text`
    (None when none does)."""
    words = _plain_words(anchor)
    if words is None:
        return anchor
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


@lru_cache(maxsize=256)
def _plain_words(anchor: re.Pattern[str]) -> tuple[str, ...] | None:
    words = tuple(anchor.pattern.split("|"))
    plain = anchor.flags == re.UNICODE and all(word and not any(ch in _SPECIAL for ch in word) for word in words)
    return words if plain else None


_SPECIAL = frozenset(".^$*+?{}[]\\|()")


@lru_cache(maxsize=256)
def unlettered(anchor: re.Pattern[str]) -> re.Pattern[str]:
    """For a text that holds no ASCII letter (Doc.has_latin false: most minutes), `anchor` without its words
    that hold one (ID, No): they stand nowhere in such a text, and each would read it whole to find so.
    An anchor that is not plain words, or whose every word holds a letter, is returned as it is. Once per anchor
    (every view asks again)."""
    words = _plain_words(anchor)
    kept = tuple(word for word in words or () if not any(ch in _ASCII_LETTERS for ch in word))
    return _alternation(kept) if words is not None and kept else anchor


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def holds(anchor: re.Pattern[str], text: str) -> bool:
    """Whether `anchor` occurs in `text`; for an anchor of plain words, by `in` alone."""
    words = _plain_words(anchor)
    if words is None:
        return anchor.search(text) is not None
    return any(search(text) for _word, search in _searchers(words))


@lru_cache(maxsize=1024)
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(words))
