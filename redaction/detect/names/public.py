"""Names known to be public: the roster, attendees and officials, with or without the space."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..text import squeeze
from .lexicon import OFFICIAL_TITLES, ROLES

_PARENTHESES = re.compile(r"[（(][^）)]*[）)]")
_LIST_SEPARATORS = re.compile(r"[、,，・／/\n]")
_TRAILING_ROLE = re.compile("(?:" + "|".join(sorted(map(re.escape, ROLES), key=len, reverse=True)) + ")$")


@dataclass(frozen=True)
class PublicNames:
    full: frozenset[str]  # 北村誠一 (spaces removed)
    surnames: frozenset[str]  # 北村 (the part before the space)
    starts: frozenset[str]  # every start of a full name: 北, 北村, 北村誠, 北村誠一

    @classmethod
    def of(cls, names: frozenset[str]) -> PublicNames:
        return _public_names(names)

    def __contains__(self, candidate: str) -> bool:
        """A candidate is public when it is a listed name, its surname, or the start of a
        listed name written without a space (北村 of 北村誠一, 林 of 林正道: a surname of any
        length). A given name alone (誠一) is not: "誠一さん" may be anybody."""
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
    starts = frozenset(name[:end] for name in full for end in range(1, len(name) + 1))
    return PublicNames(full=full, surnames=surnames, starts=starts)


def names_of_entries(entries: Iterable[str]) -> frozenset[str]:
    """The names in entries as clerks write them in attendees, absentees, secretariat and the roster.

    「北村 誠一（会長）」→ 北村 誠一; 「北村誠一委員」→ 北村誠一; 「総務課長 藤原」→ 藤原;
    「総務課長 藤原、係長 関」→ 藤原, 関; 「湯浅・須藤」→ 湯浅, 須藤. A word ending in an official's
    title (総務課長, 同係主事) is a title, not a name; a council role after a name (委員) is dropped.
    The space between surname and given name is kept: it tells the surname (林 of 「林 正道」).
    """
    names: set[str] = set()
    for entry in entries:
        for part in _LIST_SEPARATORS.split(_PARENTHESES.sub(" ", entry)):
            words = [w for w in part.replace("\u3000", " ").split() if not w.endswith(OFFICIAL_TITLES)]
            words = [_TRAILING_ROLE.sub("", w) for w in words]
            name = " ".join(w for w in words if w)
            if name:
                names.add(name)
    return frozenset(names)
