"""The morphological analyzer (SudachiPy + sudachidict_core), loaded once, lazily.

Only short candidate spans are analysed, never whole documents: see person_name.
When SudachiPy is not installed, available() is False and the name recognizer
falls back to its context rules alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any


@dataclass(frozen=True)
class Token:
    surface: str
    start: int  # offset in the analysed string
    end: int
    pos: tuple[str, ...]  # Sudachi part of speech, first four levels
    oov: bool  # out of vocabulary: an unknown word (often a rare name)

    @property
    def is_person(self) -> bool:
        return self.pos[:3] == ("名詞", "固有名詞", "人名")

    @property
    def is_surname(self) -> bool:
        return self.is_person and self.pos[3] == "姓"

    @property
    def is_given_name(self) -> bool:
        return self.is_person and self.pos[3] == "名"

    @property
    def is_proper(self) -> bool:
        return self.pos[:2] == ("名詞", "固有名詞")

    @property
    def is_common_noun(self) -> bool:
        return not self.oov and self.pos[:2] == ("名詞", "普通名詞")


@lru_cache(maxsize=1)
def _dictionary() -> Any:
    from sudachipy import Dictionary  # imported here: loading is the expensive part

    return Dictionary(dict="core")


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    from sudachipy import SplitMode

    return _dictionary().tokenizer(mode=SplitMode.C)


@cache
def _pos(pos_id: int) -> tuple[str, ...]:
    """Part of speech by id: looked up once per id, not once per token."""
    return tuple(_dictionary().pos_of(pos_id)[:4])


@lru_cache(maxsize=1)
def available() -> bool:
    try:
        _tokenizer()
    except Exception:
        return False
    return True


def is_one_person_word(text: str) -> bool:
    """True when the analyzer reads the whole text as one word that is a person's name (a surname or a given name)."""
    tokens = analyse(text)
    return len(tokens) == 1 and tokens[0].is_person


@lru_cache(maxsize=65536)
def analyse(text: str) -> tuple[Token, ...]:
    """Tokens of a short string, in SplitMode.C (longest units: 佐藤|花子, 総務課長)."""
    return tuple(
        Token(m.surface(), m.begin(), m.end(), _pos(m.part_of_speech_id()), m.is_oov())
        for m in _tokenizer().tokenize(text)
    )
