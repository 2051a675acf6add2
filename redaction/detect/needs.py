"""What a reading needs a text to hold before it can find anything, declared beside the reading (tenth speed pass).

Most readings return at once on most texts: their first line tests a word (`if "うちは" not in doc.folded: return []`)
or a class of characters (`if not doc.has_capital`). On a short text (a title, an agenda item: ~40 characters, five
thousand of them in a council's year) that call is most of what a reading costs, and ~200 readings are called per
text. A reading that declares its need with `@needs(...)` is left out before it is called when the text does not
meet it: `called(readings, doc)` decides for all the readings of a recognizer at once, from the text's characters
(one set per view; each declared word is filed under one of its characters, so only the readings whose filed
character stands in the text have their words tested).

    @needs("うちは")                  # called only when one of the words stands in the folded text
    @needs("@", capital=True)        # and only when the folded text holds a capital Latin letter (Doc.has_capital)
    @needs(capital=True)             # a capital alone
    @needs("私は", analyzer=True)     # and only when the recognizer reads with the analyzer (SudachiPy)

The declaration must hold for the reading's whole body: on a text that meets none of its words (or lacks a capital it
declares), the reading finds nothing. tests/detect/test_needs.py calls every declared reading on the hand-written
minutes and the fixtures whose texts lack its need and fails when one finds something. Keep the reading's own gate
in its body: it stays correct when called directly, and the test checks the two agree. A reading that declares
nothing is always called (the safe default): declare a need only for a reading whose body says it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from .model import Doc

Reading = TypeVar("Reading", bound=Callable[..., object])


@dataclass(frozen=True)
class Need:
    """What a text must hold for a reading to find anything."""

    words: tuple[str, ...] = ()  # one of them stands in the folded text (none declared: no word is needed)
    capital: bool = False  # the folded text holds a capital Latin letter
    analyzer: bool = False  # the recognizer reads with the analyzer

    def met(self, doc: Doc, analyzer: bool = True) -> bool:
        return ((analyzer or not self.analyzer) and (not self.capital or doc.has_capital)
                and (not self.words or any(map(doc.folded.__contains__, self.words))))


DECLARED: dict[Callable[..., object], Need] = {}
"""Every declared reading and its need (tests/detect/test_needs.py reads them all)."""


def needs(*words: str, capital: bool = False, analyzer: bool = False) -> Callable[[Reading], Reading]:
    """Declare what a text must hold for the reading below to find anything; the reading itself is unchanged."""
    if any(not word for word in words):
        raise ValueError("an empty word stands in every text")

    def declare(reading: Reading) -> Reading:
        DECLARED[reading] = Need(words=words, capital=capital, analyzer=analyzer)
        return reading

    return declare


def called(readings: tuple[Reading, ...], doc: Doc, analyzer: bool = True) -> Iterable[Reading]:
    """`readings`, in their order, less the declared ones whose need this text does not meet."""
    index = _index(readings)
    candidates: set[Callable[..., object]] = set()
    for character in index.characters.intersection(doc.folded):
        candidates.update(index.by_character[character])
    if doc.has_capital:
        candidates.update(index.on_capital)
    candidates.update(index.on_analyzer)
    chosen = index.always | {reading for reading in candidates if DECLARED[reading].met(doc, analyzer)}
    return [reading for reading in readings if reading in chosen]


@dataclass(frozen=True)
class _Index:
    always: frozenset[Callable[..., object]]  # declaring nothing
    by_character: dict[str, tuple[Callable[..., object], ...]]  # a declared word's filed character: its readings
    characters: frozenset[str]
    on_capital: tuple[Callable[..., object], ...]  # declaring a capital and no word
    on_analyzer: tuple[Callable[..., object], ...]  # declaring the analyzer alone


@lru_cache(maxsize=64)
def _index(readings: tuple[Callable[..., object], ...]) -> _Index:
    by_character: dict[str, list[Callable[..., object]]] = {}
    on_capital: list[Callable[..., object]] = []
    on_analyzer: list[Callable[..., object]] = []
    for reading in readings:
        need = DECLARED.get(reading)
        if need is None:
            continue
        if not need.words:
            (on_capital if need.capital else on_analyzer).append(reading)
            continue
        for word in need.words:
            by_character.setdefault(max(word, key=_rarity), []).append(reading)
    return _Index(always=frozenset(reading for reading in readings if reading not in DECLARED),
                  by_character={c: tuple(r) for c, r in by_character.items()}, characters=frozenset(by_character),
                  on_capital=tuple(on_capital), on_analyzer=tuple(on_analyzer))


def _rarity(character: str) -> int:
    """Which character of a word to file it under: a kanji or a symbol before kana, kana before the commonest."""
    if "\u3041" <= character <= "\u309f":
        return 0  # hiragana: in every Japanese sentence
    if character in " \u3000、。\n":
        return -1
    return 1
