"""Names known to be public: the roster, attendees and officials, with or without the space."""

from __future__ import annotations

from dataclasses import dataclass

from ..text import squeeze


@dataclass(frozen=True)
class PublicNames:
    full: frozenset[str]  # 北村誠一 (spaces removed)
    parts: frozenset[str]  # 北村, 誠一 (each side of the space)

    @classmethod
    def of(cls, names: frozenset[str]) -> PublicNames:
        full = frozenset(squeeze(n) for n in names if squeeze(n))
        parts = frozenset(p for n in names for p in n.replace("\u3000", " ").split(" ") if p)
        return cls(full=full, parts=parts)

    def __contains__(self, candidate: str) -> bool:
        """A candidate is public when it is a listed name, its surname or given name,
        or the start of a listed name written without a space (北村 of 北村誠一)."""
        key = squeeze(candidate)
        if not key:
            return False
        if key in self.full or key in self.parts:
            return True
        return len(key) >= 2 and any(name.startswith(key) for name in self.full)
