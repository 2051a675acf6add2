"""Terms the configuration lists as public: their occurrences are never findings."""

from __future__ import annotations

from functools import lru_cache

from .model import Finding
from .text import alnum_key, fold

_MIN_KEY = 6  # a term compared by letters and digits alone must have at least this many


def public_spans(text: str, folded: str, terms: frozenset[str]) -> list[tuple[int, int]]:
    """Every occurrence of every term, found in the text as written or folded."""
    spans: list[tuple[int, int]] = []
    for term, folded_term in _folded_terms(terms):
        for haystack, needle in ((text, term), (folded, folded_term)):
            at = haystack.find(needle)
            while at >= 0:
                spans.append((at, at + len(needle)))
                at = haystack.find(needle, at + 1)
    return spans


def is_public(finding: Finding, spans: list[tuple[int, int]], keys: frozenset[str]) -> bool:
    """Inside a public occurrence, or the same letters and digits as a public term
    (the switchboard 042-000-1111 written 042(000)1111, or +81-42-000-1111)."""
    if any(s <= finding.start and finding.end <= e for s, e in spans):
        return True
    key = alnum_key(finding.text)
    if len(key) >= _MIN_KEY and key in keys:
        return True
    # (round BZ) a public phone in its international form (Tel. +81-42-000-1111 for the switchboard 042-000-1111): 81, then
    # the number without its leading 0
    return finding.text.startswith("+81") and len(key) > _MIN_KEY and "0" + key[2:] in keys


@lru_cache(maxsize=64)
def _folded_terms(terms: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """Each term and its fold: the same terms come with every document of a build."""
    return tuple((term, fold(term)) for term in terms if term)


@lru_cache(maxsize=64)
def term_keys(terms: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in (alnum_key(t) for t in terms) if len(k) >= _MIN_KEY)
