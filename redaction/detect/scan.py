"""Run an expensive pattern only in windows around a cheap anchor.

A recognizer whose pattern has no literal prefix (an address starts with any
kanji) would make the regex engine try every position. Its matches all contain a
short anchor (番, 号, 普通, 生 …) that a plain search finds quickly; the pattern
then runs only in the windows around the anchors, merged where they overlap.
Lookbehinds still see the text before a window.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def windows(text: str, anchor: re.Pattern[str], before: int, after: int) -> Iterator[tuple[int, int]]:
    """Merged [lo, hi) windows around every anchor occurrence."""
    lo = hi = -1
    for match in anchor.finditer(text):
        start, end = max(0, match.start() - before), min(len(text), match.end() + after)
        if start <= hi:
            hi = max(hi, end)
            continue
        if hi > lo:
            yield lo, hi
        lo, hi = start, end
    if hi > lo:
        yield lo, hi


def anchored_finditer(
    pattern: re.Pattern[str], text: str, anchor: re.Pattern[str], before: int, after: int
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), restricted to the windows around `anchor`."""
    for lo, hi in windows(text, anchor, before, after):
        yield from pattern.finditer(text, lo, hi)
