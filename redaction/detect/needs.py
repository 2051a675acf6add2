"""What a reading needs a text to hold before it can find anything, declared beside the reading (tenth speed pass).

Most readings return at once on most texts: their first line tests a word (`if "うちは" not in doc.folded: return []`)
or a class of characters (`if not doc.has_capital`). On a short text (a title, an agenda item: ~40 characters, five
thousand of them in a council's year) that call is most of what a reading costs, and ~200 readings are called per
text. A reading that declares its need with `@needs(...)` is left out before it is called when the text does not
meet it: `called(readings, doc)` decides for a table of readings at once, from the text's characters (each declared
word is filed under one of its characters, so only the readings whose filed character stands in the text have their
words tested). Only a text of up to _SHORT_TEXT characters is read so; a longer one (a body) is read by every reading
but those declaring a capital it lacks or the analyzer when it is off, each reading's own gate deciding.

person_name calls two tables so: `_READINGS` (`reading(doc, public)`) and `_READINGS_OF_THE_FOLDED_TEXT`
(`reading(doc.folded, public)`, the modules of names/); personal_id two more (twelfth speed pass): `_UNLABELLED_READINGS`
(numbers without a label, its exceptions applying to them) and `_READINGS` (after the exceptions). A new reading goes
into its table at the place of its findings' order, its need (if any) declared right above it.

    @needs("うちは")                  # called only when one of the words stands in the folded text
    @needs("@", capital=True)        # and only when the folded text holds a capital Latin letter (Doc.has_capital)
    @needs(capital=True)             # a capital alone
    @needs("私は", analyzer=True)     # and only when the recognizer reads with the analyzer (SudachiPy)
    @needs(analyzer=True)            # the analyzer alone

The declaration must hold for the reading's whole body: on a text that meets none of its words (or lacks a capital it
declares), the reading finds nothing. tests/detect/test_needs.py calls every declared reading on the hand-written
minutes and the fixtures whose texts lack its need and fails when one finds something. Keep the reading's own gate
in its body: it stays correct when called directly, and the test checks the two agree. A reading that declares
nothing is always called (the safe default): declare a need only for a reading whose body says it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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


def called(readings: tuple[Reading, ...], doc: Doc, analyzer: bool = True) -> tuple[Reading, ...]:
    """`readings`, in their order, less the declared ones whose need this text does not meet. Decided from the text's
    characters: only the readings filed under a character that stands in the text have their need tested."""
    index = _indexes.get(id(readings))
    if index is None or index.readings is not readings:
        index = _indexes[id(readings)] = _index(readings)
    if len(doc.folded) > _SHORT_TEXT:
        return index.for_a_body[analyzer, doc.has_capital]  # a body: each reading's own gate decides
    present = index.characters.intersection(doc.folded)
    if doc.has_capital and _CAPITAL in index.characters:
        present |= {_CAPITAL}
    chosen = [*index.on_analyzer] if analyzer else []
    for character in present:
        for position, need in index.by_character[character]:
            if ((analyzer or not need.analyzer) and (not need.capital or doc.has_capital)
                    and (not need.words or any(map(doc.folded.__contains__, need.words)))):
                chosen.append(position)
    if not chosen:
        return index.always
    every = index.every
    return tuple(every[position] for position in sorted({*chosen, *index.always_at}))


# A longer text (a body, a long field) is read by every reading: most filed characters stand in it, and the set
# intersection reads each of its characters (~25 ns each, once per table), more than the calls it saves past a couple
# of hundred characters (the hand set's texts of 200–1,000 characters: 2.99 s with the index against 2.75 s without).
# Its readings' bodies keep their gates for this (tests/detect/test_needs.py checks they agree with the declarations).
_SHORT_TEXT = 200  # a title, an agenda item, a field: every short text of the generated corpus

_CAPITAL = ""  # the key of the readings that declare a capital and no word


@dataclass(frozen=True)
class _Index:
    readings: tuple[Callable[..., object], ...]
    every: tuple[Callable[..., object], ...]  # = readings
    always: tuple[Callable[..., object], ...]  # declaring nothing, in order
    always_at: tuple[int, ...]  # their positions
    for_a_body: dict[tuple[bool, bool], tuple[Callable[..., object], ...]]  # by (analyzer, capital): the readings
    # less those declaring the analyzer or a capital the body's reading lacks (both known already: no search)
    by_character: dict[str, tuple[tuple[int, Need], ...]]  # a declared word's filed character (or _CAPITAL): position, need
    characters: frozenset[str]
    on_analyzer: tuple[int, ...]  # declaring the analyzer alone


_indexes: dict[int, _Index] = {}


def _index(readings: tuple[Callable[..., object], ...]) -> _Index:
    by_character: dict[str, dict[int, Need]] = {}
    on_analyzer: list[int] = []
    for position, reading in enumerate(readings):
        need = DECLARED.get(reading)
        if need is None:
            continue
        if not need.words and not need.capital:
            on_analyzer.append(position)
        for character in {max(word, key=_rarity) for word in need.words} or ({_CAPITAL} if need.capital else set()):
            by_character.setdefault(character, {})[position] = need
    always_at = tuple(position for position, reading in enumerate(readings) if reading not in DECLARED)
    for_a_body = {(analyzer, capital): tuple(reading for reading in readings if reading not in DECLARED
                                             or ((analyzer or not DECLARED[reading].analyzer)
                                                 and (capital or not DECLARED[reading].capital)))
                  for analyzer in (True, False) for capital in (True, False)}
    return _Index(readings=readings, every=readings, always=tuple(readings[p] for p in always_at), always_at=always_at,
                  for_a_body=for_a_body,
                  by_character={c: tuple(r.items()) for c, r in by_character.items()},
                  characters=frozenset(by_character), on_analyzer=tuple(on_analyzer))


def _rarity(character: str) -> int:
    """Which character of a word to file it under: a kanji or a symbol before kana, kana before the commonest."""
    if "\u3041" <= character <= "\u309f":
        return 0  # hiragana: in every Japanese sentence
    if character in " \u3000、。\n":
        return -1
    return 1
