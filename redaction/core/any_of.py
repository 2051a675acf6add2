"""Many withheld texts looked for in public text at once: the leak scan's and the consistency check's.

Both look for thousands of withheld texts (tens of thousands at 10,000 documents) in every public
text, and almost every text holds none. pyahocorasick, which lists each hit with its value, looks
up a character among a trie node's children one by one, so its pass slows down as the withheld
texts grow more varied: 54 ms for a rendered page against 67,000 texts, where ahocorasick-rs (the
Rust aho-corasick crate's automaton) takes 0.4 ms but takes about 3 s to build. So a caller with
much to search asks for that first pass (`with_first_pass`, before its workers fork) and then
pyahocorasick lists the hits only of a text that holds one; a caller with little to search (a
rebuild after one edit) builds no automaton up front: its pass by pairs (`PairPass`: a text's
pairs of consecutive characters, then a substring test of each string that starts and ends with
one of them) answers in milliseconds where building pyahocorasick's automaton of 70,000 texts took
1.5 s, and the automaton is built only for a text that holds one. Either way the hits, and their
order, are pyahocorasick's; each automaton is built once, when first needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import ahocorasick
import ahocorasick_rs


class AnyOf:
    """Whether a text holds any of a set of strings (ahocorasick-rs; rebuilt, not pickled, in a spawned worker)."""

    def __init__(self, strings: tuple[str, ...]) -> None:
        self.strings = strings
        self._automaton = ahocorasick_rs.AhoCorasick(list(strings)) if strings else None

    def occurs_in(self, text: str) -> bool:
        """True when one of the strings stands in `text` (standard matching reports the first that ends)."""
        return self._automaton is not None and bool(self._automaton.find_matches_as_indexes(text))

    def __getstate__(self) -> dict[str, Any]:
        return {"strings": self.strings}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["strings"])  # type: ignore[misc]


class PairPass:
    """Whether a text holds any of a set of strings, and which, without an automaton: a string of two
    characters or more stands in a text only where the text holds its first two characters and its last
    two, so only the strings whose first and last pairs are among the text's pairs are tested (`in`, at C
    speed). Building it is one dictionary of the strings by their first pair; a text of n characters costs a
    set of its n - 1 pairs. For little to search: a rebuild after one edit scans a few files."""

    def __init__(self, strings: Iterable[str]) -> None:
        self.by_first: dict[str, list[str]] = {}
        self.single: set[str] = set()
        for string in dict.fromkeys(strings):   # each once
            if len(string) >= 2:
                self.by_first.setdefault(string[:2], []).append(string)
            else:   # one character (or none: the empty string stands in every text)
                self.single.add(string)

    def occurring(self, text: str, first_only: bool = False) -> list[str]:
        """The strings that stand in `text` (with `first_only`: the first found, if any), in no set order."""
        found = [char for char in self.single if char in text]
        if found and first_only:
            return found[:1]
        pairs = {text[i:i + 2] for i in range(len(text) - 1)}
        for pair in pairs.intersection(self.by_first):
            for string in self.by_first[pair]:
                if string[-2:] in pairs and string in text:
                    found.append(string)
                    if first_only:
                        return found
        return found

    def occurs_in(self, text: str) -> bool:
        return bool(self.occurring(text, first_only=True))


def occurring(strings: Iterable[str], texts: Iterable[str]) -> set[str]:
    """The strings that stand in at least one of `texts` (exactly those of a substring test of each)."""
    by_pairs = PairPass(strings)
    return {string for text in texts for string in by_pairs.occurring(text)}


class Needles:
    """Withheld texts, each with a value (the tag or block it came from), and the hits of a text."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.values = dict(values)
        self._automaton: Any = None
        self._first_pass: AnyOf | PairPass | None = None

    def __len__(self) -> int:
        return len(self.values)

    def with_first_pass(self) -> Needles:
        """Build the fast first pass now (worth it for many texts; before forking, so workers inherit it)."""
        if self._first_pass is None and self.values:
            self._first_pass = AnyOf(tuple(sorted(self.values)))
        return self

    def with_pair_pass(self) -> Needles:
        """A first pass that costs next to nothing to build (`PairPass`): for little to search, where neither
        automaton would pay for its building; the automaton is built only if a text holds a needle."""
        if self._first_pass is None and self.values:
            self._first_pass = PairPass(self.values)
        return self

    def automaton(self) -> Any:
        """The pyahocorasick automaton, value (needle, its value) per needle, built on first use."""
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for needle, value in self.values.items():
                automaton.add_word(needle, (needle, value))
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def hits(self, text: str) -> Iterator[tuple[int, tuple[str, Any]]]:
        """pyahocorasick's (end, (needle, value)) for every occurrence in `text`, in its order."""
        if not self.values or (self._first_pass is not None and not self._first_pass.occurs_in(text)):
            return iter(())
        return self.automaton().iter(text)

    def __getstate__(self) -> dict[str, Any]:
        kind = None if self._first_pass is None else "pairs" if isinstance(self._first_pass, PairPass) else "any_of"
        return {"values": self.values, "first_pass": kind}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["values"])  # type: ignore[misc]
        if state["first_pass"] == "pairs":
            self.with_pair_pass()
        elif state["first_pass"]:
            self.with_first_pass()
