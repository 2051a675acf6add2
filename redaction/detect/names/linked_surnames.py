"""Full names whose surname holds ノ or ツ between kanji (round AI).

A surname joined by ノ or ツ (桑ノ木, 六ツ見, 一ノ瀬) falls outside a kanji run, so the run's analysis never sees it whole.
Read here around each ノ or ツ: one or two kanji, the link, one or two kanji, a space, and a given name the analyzer
reads as one (史郎, 咲良), closed by a delimiter, a bracket or an honorific. The surname alone later (桑ノ木様) is read by
the later-mentions rule from the full name found. A place (一ノ関 駅) has no given name after it.
"""

from __future__ import annotations

import re

from ..needs import needs
from . import analyzer
from .public import PublicNames

_LINKED_FULL_NAME = re.compile(r"(?<![一-龯々])(?P<name>[一-龯々]{1,2}[ノツ][一-龯々]{1,2}[ \u3000](?P<given>[一-龯々]{1,3}))"
                               r"(?=[、。,（( \u3000」』]|様|さん|氏|$)", re.MULTILINE)  # (round AN) a quote's end too (回答者 一ノ瀬 恭子」)
_REACH_BEFORE = 3  # a kanji or two and the link before it


def _given_name(word: str) -> bool:
    tokens = analyzer.analyse(word)
    return len(tokens) == 1 and tokens[0].is_given_name


@needs("ノ", "ツ")
def linked_surname_names(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Spans of full names with a ノ- or ツ-linked surname (analyzer only)."""
    found: list[tuple[int, int]] = []
    if ("ノ" not in text and "ツ" not in text) or not analyzer.available():
        return found
    for link in ("ノ", "ツ"):
        at = text.find(link)
        while at != -1:
            if not (at > 0 and "一" <= text[at - 1] <= "龯"):  # a katakana word's ノ or ツ (スポーツ): no kanji before it
                at = text.find(link, at + 1)
                continue
            match = _LINKED_FULL_NAME.search(text, max(0, at - _REACH_BEFORE), at + 12)
            if (match is not None and match.start() < at < match.end() and match.group("name") not in public
                    and _given_name(match.group("given"))):
                found.append(match.span("name"))
            at = text.find(link, at + 1)
    return found
