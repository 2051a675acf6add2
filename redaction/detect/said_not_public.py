"""The words after a value saying it is NOT made public: the one verdict the readings of values said public share.

A value, then in the same sentence 公開していない, 掲載しません, 公表されていない, 公開できない, 公開では… : whatever else
the sentence says, the value is not said public (said_public_ids.py, said_public_phones.py).
"""

from __future__ import annotations

import re

_NOT_SAID = re.compile(r"(?:公開|掲載|公表)(?:しておりません|しておらず|して(?:い)?ない|しません|されていない|されません|できない|しない|では)")


def the_sentence_after(text: str, end: int, reach: int) -> str:
    """The text from `end` to the sentence's 。, at most `reach` characters."""
    sentence_end = text.find("。", end, end + reach)
    return text[end : sentence_end if sentence_end >= 0 else end + reach]


def said_not_public(sentence: str) -> bool:
    """The sentence says its value is not published."""
    return _NOT_SAID.search(sentence) is not None
