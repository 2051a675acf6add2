"""Full names with a short katakana given name after a space (round AN): 鰐部 トメ（…）, 芹沢 ルシアです, 祖母新発田 キヨ宅.

Women born before the war were often registered with two or three katakana (キヨ, トメ, ミツヱ with the old ヱ), and some
foreign given names are written the same way (ルシア): the analyzer reads many of them as common nouns (トメ, ミツヱ), so
the kana pair reading, which wants a given name, does not see them. Read here from a space, the katakana (two or three,
no long mark: a word such as データ or ルール has one), and what closes a person's name right after it: an honorific, 宅,
です, a bracket, a comma, a quote's end, the line's end, or an era date (楪 キヨ　昭和3年9月9日生). The word before the space is
the surname when the analyzer reads the kanji run as one surname (鰐部, 芹沢), or when a relative's word is glued before
it (祖母新発田 キヨ宅: the relative's name), or when an era date follows (a register's row). Each span is then checked by
the person-name recognizer's own acceptance (public names, officials, generic words).

The scan opens on the space (a half-width one, as names are typed; an ideographic space opens every speaker's turn and
would make the scan slow) and a katakana character: most candidates end at once on their closer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import KANJI_CHARACTERS
from . import analyzer
from .lexicon import KIN, is_generic

_KANJI = KANJI_CHARACTERS
_ERA_DATE = r"[ \u3000]?(?:明治|大正|昭和|平成|令和)[0-9元]{1,2}年"
_GIVEN_AFTER_SPACE = re.compile(
    r" (?P<given>[ァ-ヺ]{2,3})(?![ァ-ヺー・=＝])"
    rf"(?:(?P<date>{_ERA_DATE})|(?=さん|様|宅|です|[（(、。」』]|$))", re.MULTILINE)
_SURNAME_RUN = re.compile(rf"[{_KANJI}]{{1,6}}\Z")
_KANJI_CHAR = re.compile(f"[{_KANJI}]")
_REACH = 6  # the kanji run before the space: a relative's word and a surname at most
_KIN_BEFORE = tuple(sorted(KIN, key=len, reverse=True))


@lru_cache(maxsize=4096)
def _one_surname(word: str) -> bool:
    tokens = analyzer.analyse(word)
    return len(tokens) == 1 and tokens[0].is_surname


@lru_cache(maxsize=4096)
def _surname_start(run: str, dated: bool) -> int | None:
    """Where the surname starts in the kanji run before the space, or None."""
    if _one_surname(run):
        return 0
    for kin in _KIN_BEFORE:
        if run.startswith(kin) and 1 <= len(run) - len(kin) <= 4 and not is_generic(run[len(kin):]):
            return len(kin)  # 祖母新発田: the relative's word glued before the name
    if dated and len(run) <= 3 and not is_generic(run):
        return 0  # 楪 キヨ　昭和3年9月9日: a register's row, the name before the date
    return None


def katakana_given_names(text: str) -> list[tuple[int, int]]:
    """Spans of a surname, a space and a two- or three-katakana given name (analyzer only)."""
    found: list[tuple[int, int]] = []
    if not analyzer.available():
        return found
    for match in _GIVEN_AFTER_SPACE.finditer(text):
        space = match.start()
        run = _SURNAME_RUN.search(text, max(0, space - _REACH), space)
        if run is None or (run.start() > 0 and _KANJI_CHAR.match(text, run.start() - 1)):
            continue  # the run goes on further back than a relative's word and a surname: a longer word, not a name
        offset = _surname_start(run.group(), match.group("date") is not None)
        if offset is not None:
            found.append((run.start() + offset, match.end("given")))
    return found
