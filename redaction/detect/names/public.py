"""Names known to be public: the roster, attendees and officials, with or without the space."""

from __future__ import annotations

from dataclasses import dataclass

from ..text import squeeze


@dataclass(frozen=True)
class PublicNames:
    full: frozenset[str]  # 北村誠一 (spaces removed)
    surnames: frozenset[str]  # 北村 (the part before the space)

    @classmethod
    def of(cls, names: frozenset[str]) -> PublicNames:
        full = frozenset(squeeze(n) for n in names if squeeze(n))
        split = (n.replace("\u3000", " ").split() for n in names)
        surnames = frozenset(parts[0] for parts in split if len(parts) >= 2)
        return cls(full=full, surnames=surnames)

    def __contains__(self, candidate: str) -> bool:
        """A candidate is public when it is a listed name, its surname, or the start of a
        listed name written without a space (北村 of 北村誠一). A given name alone (誠一)
        is not: "誠一さん" may be anybody."""
        key = squeeze(candidate)
        if not key:
            return False
        if key in self.full or key in self.surnames:
            return True
        return len(key) >= 2 and any(name.startswith(key) for name in self.full)
