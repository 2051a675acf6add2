"""Whether a text holds any of many strings: the fast first pass of the leak scan and the consistency check.

Both look for thousands of withheld texts (tens of thousands at 10,000 documents) in every public
text, and almost every text holds none. pyahocorasick, which lists each hit with its value, looks
up a character among a trie node's children one by one, so its pass slows down as the withheld
texts grow more varied: 54 ms for a rendered page against 67,000 texts, where ahocorasick-rs (the
Rust aho-corasick crate's automaton) takes 0.4 ms. The callers ask this module first and list the
hits with pyahocorasick only for a text that holds one, so what they report is unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ahocorasick_rs


class AnyOf:
    """A set of strings and one automaton over them (rebuilt, not pickled, in a spawned worker)."""

    def __init__(self, strings: Iterable[str]) -> None:
        self.strings = tuple(sorted({s for s in strings if s}))
        self._automaton = ahocorasick_rs.AhoCorasick(list(self.strings)) if self.strings else None

    def occurs_in(self, text: str) -> bool:
        """True when one of the strings stands in `text` (standard matching reports the first that ends)."""
        return self._automaton is not None and bool(self._automaton.find_matches_as_indexes(text))

    def __getstate__(self) -> dict[str, Any]:
        return {"strings": self.strings}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["strings"])  # type: ignore[misc]
