"""Names known to be public: the roster, attendees and officials, with or without the space."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..text import squeeze


@dataclass(frozen=True)
class PublicNames:
    full: frozenset[str]  # 北村誠一 (spaces removed)
    surnames: frozenset[str]  # 北村 (the part before the space)
    starts: frozenset[str]  # every start of a full name of two characters or more: 北村, 北村誠, 北村誠一

    @classmethod
    def of(cls, names: frozenset[str]) -> PublicNames:
        return _public_names(names)

    def __contains__(self, candidate: str) -> bool:
        """A candidate is public when it is a listed name, its surname, or the start of a
        listed name written without a space (北村 of 北村誠一). A given name alone (誠一)
        is not: "誠一さん" may be anybody."""
        key = squeeze(candidate)
        if not key:
            return False
        if key in self.full or key in self.surnames:
            return True
        return key in self.starts


@lru_cache(maxsize=256)
def _public_names(names: frozenset[str]) -> PublicNames:
    """Built once per set of names: every text of a document (its body, each front matter value) asks."""
    full = frozenset(squeeze(n) for n in names if squeeze(n))
    split = (n.replace("\u3000", " ").split() for n in names)
    surnames = frozenset(parts[0] for parts in split if len(parts) >= 2)
    starts = frozenset(name[:end] for name in full for end in range(2, len(name) + 1))
    return PublicNames(full=full, surnames=surnames, starts=starts)
