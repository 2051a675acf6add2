"""Records of the personal-data detector: a finding, the public context, a document view."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import ahocorasick_rs

from .text import fold, fold_variant_kanji
from .wrapped import GATE as WRAPPED_TABLE_GATE

MASK = "〓"  # U+3013: what the pipeline puts in place of every masked character


@dataclass(frozen=True)
class Finding:
    """A span of public text that looks like personal data of one type."""

    type: str  # "phone", "email", "postal_address", "birth_date", "my_number", "bank_account", "personal_id", "person_name"
    start: int  # offsets into the text passed to detect()
    end: int
    text: str


@dataclass(frozen=True)
class DetectContext:
    """What is known to be public; nothing listed here is ever a finding."""

    public_terms: frozenset[str] = frozenset()  # from configuration
    public_names: frozenset[str] = frozenset()  # attendees, roster names, officials


@dataclass(frozen=True)
class Doc:
    """The text a recognizer reads: the original and its length-preserving fold."""

    text: str
    context: DetectContext = field(default_factory=DetectContext)
    folded: str = ""

    @classmethod
    def of(cls, text: str, context: DetectContext) -> Doc:
        folded = fold(text)
        rare = "".join(_RARE.findall(folded))
        if _VARIANT.search(rare) is not None:  # (round Y) 浜﨑: read as 浜崎 (text.VARIANT_KANJI)
            folded = fold_variant_kanji(folded)
        if len(text) > _LONG_TEXT:
            text, folded = LongText(text), LongText(folded)
        doc = cls(text=text, context=context, folded=folded)
        doc.__dict__["rare_characters"] = rare  # the cached property below, computed once here
        return doc

    @cached_property
    def rare_characters(self) -> str:
        """Every character of the folded text in a class most minutes never hold (Latin letters,
        half-width katakana), found in one pass: the gates below read this short string instead
        of scanning the whole text once each."""
        return "".join(_RARE.findall(self.folded))

    @cached_property
    def has_capital(self) -> bool:
        """Whether the folded text holds a capital Latin letter. Most minutes hold none: the rules
        whose every match holds one (passports, names in Latin letters) skip them, one scan for all."""
        return _CAPITAL.search(self.rare_characters) is not None

    @cached_property
    def has_latin(self) -> bool:
        """Whether the folded text holds an ASCII letter: the rules whose every match holds one (a
        login name) skip the many minutes that hold none."""
        return _LATIN.search(self.rare_characters) is not None

    @cached_property
    def has_hankaku(self) -> bool:
        """Whether the folded text holds half-width katakana (ｸﾞｴﾝ ﾅﾑ, as systems print names)."""
        return _HANKAKU.search(self.rare_characters) is not None


    @cached_property
    def has_wrapped_table(self) -> bool:
        """(round Y) Whether the text may hold a fixed-width person's table (see wrapped.py): read once for the three
        recognizers that read its rows."""
        return any(map(self.folded.__contains__, WRAPPED_TABLE_GATE))


class LongText(str):
    """A document's body as the recognizers read it: a `str` whose `in` test of a word of several characters is
    answered from one read of the whole text. The readings ask a body for some two hundred words (their gates,
    `"芸名" in text`, and the plain words of the anchored scans: scan.present_words), most of them absent, each a search
    of the whole text; the words asked of the earlier bodies are found in this one at once by one multi-word matcher
    (_HeldWords: Aho-Corasick as a DFA, every occurrence, overlapping ones too), and each test is then a set lookup. A word the
    matcher was not built with is tested as before (_searched): its characters first, then the word. The answer is the
    same either way (tests/detect/test_anchors.py). Nothing else changes: every other method is `str`'s, and a slice
    or a match's text is a plain `str`. Only texts longer than _LONG_TEXT are made one: in a short text (a title, an
    agenda item) a search costs less than the matcher's read."""

    def __contains__(self, word: object) -> bool:
        if isinstance(word, str) and len(word) > 1:
            held = self.__dict__.get("held")
            if held is None:
                held = self.__dict__["held"] = _HELD_WORDS.read(self)
            if word in held.sought:
                return word in held.found
            _HELD_WORDS.asked(word, held)
            return _searched(self, word)
        return _contains(self, word)


def _searched(text: str, word: str) -> bool:
    """Whether `word` stands in `text`, asking for each of its characters first: Python's search for one character in
    a Japanese text reads it about seven times faster than its search for two (`memchr` on the character's low byte),
    and a word is most often absent because one of its characters is. Where they all stand, the word is sought by the
    regex engine's literal search (_literal_search), a third faster than `str`'s."""
    for character in word:
        if not _contains(text, character):
            return False
    return _literal_search(word)(text) is not None


_contains = str.__contains__
_LONG_TEXT = 1000


@lru_cache(maxsize=1024)
def _literal_search(word: str) -> Callable[[str], re.Match[str] | None]:
    """(ninth pass) The word's search once its characters all stand in the text: the regex engine's literal search
    reads a Japanese body about a third faster than `str`'s (0.44 against 0.65 s for the generated corpus's 39,438
    such tests; scan._searchers found the same). The same answer: the escaped word matches exactly where it stands."""
    return re.compile(re.escape(word)).search


@dataclass(frozen=True)
class _Held:
    """What one body holds of the words its matcher was built with (`found` within `sought`), and the words asked of it
    that the matcher was not built with."""

    sought: frozenset[str]
    found: frozenset[str]
    missed: set[str] = field(default_factory=set)


class _HeldWords:
    """(eleventh pass) The words asked of long texts, and one matcher for them. A word joins the matcher once it has
    been asked of _BODIES_BEFORE_SOUGHT bodies (the readings' own words, asked of every body, not a name a reading
    asks of one text), up to _MOST_SOUGHT words; the matcher is rebuilt for the next body after a word joins (over the
    generated corpus: in its first bodies, then never). The words and the matcher built for them are kept as one
    tuple, replaced whole: a body's answers come from one matcher and the words it was built with. A text the matcher
    cannot read (a lone surrogate) is answered word by word."""

    def __init__(self) -> None:
        self._sought: tuple[str, ...] = ()
        self._built: tuple[tuple[str, ...], frozenset[str], ahocorasick_rs.AhoCorasick] | None = None
        self._bodies: dict[str, int] = {}

    def read(self, text: str) -> _Held:
        built = self._built
        if built is None:
            if not self._sought:
                return _Held(frozenset(), frozenset())
            sought = self._sought
            built = self._built = (sought, frozenset(sought),
                                   ahocorasick_rs.AhoCorasick(list(sought), implementation=ahocorasick_rs.Implementation.DFA))
        words, sought_set, matcher = built
        try:
            found = matcher.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:
            return _Held(frozenset(), frozenset())
        return _Held(sought_set, frozenset({words[index] for index, _start, _end in found}))

    def asked(self, word: str, held: _Held) -> None:
        if word in held.missed or len(self._sought) >= _MOST_SOUGHT:
            return
        held.missed.add(word)
        bodies = self._bodies[word] = self._bodies.get(word, 0) + 1
        if bodies >= _BODIES_BEFORE_SOUGHT:
            del self._bodies[word]
            self._sought += (word,)
            self._built = None
        elif len(self._bodies) > _MOST_COUNTED:
            self._bodies.clear()  # words of one body each (names): forgotten, and counted afresh


_BODIES_BEFORE_SOUGHT = 2
_MOST_SOUGHT = 2048
_MOST_COUNTED = 65536
_HELD_WORDS = _HeldWords()


_CAPITAL = re.compile("[A-ZÀ-ÖØ-Þ]")
_LATIN = re.compile("[A-Za-z]")
_HANKAKU = re.compile("[\uff66-\uff9f]")
# (round Y) and the variant kanji fold() leaves (text.VARIANT_KANJI): the class holds them at no cost to its scan
_RARE = re.compile("[A-Za-zÀ-ÖØ-Þ\uff66-\uff9f\ufa10\ufa11\U00020bb7\u9ad9\u908a\u6801][A-Za-zÀ-ÖØ-Þ\uff66-\uff9f\ufa10\ufa11\U00020bb7\u9ad9\u908a\u6801]*")  # opens with a class: see scan.py
_VARIANT = re.compile("[\ufa10\ufa11\U00020bb7\u9ad9\u908a\u6801]")
