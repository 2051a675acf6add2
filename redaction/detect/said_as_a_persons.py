"""A number said as a person's, the person named by a word of respect right before it (round AJ).

`P-01の方は 救第68-22714号、P-02の方は …` or `…様は 希望-63-00412 です`: the person (の方, 様, さん, 氏) is the topic and the value
the comment on it, with no label between. Only a number with a kana or kanji prefix joined by 第 or a hyphen is read so (救第68-22714号,
希望-63-00412): a count or an amount (…様は 2名です, …さんは 3,000円) has no such prefix. Read only around the words
の方は, 様は, さんは, 氏は.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .scan import anchored_finditer

_HYPHEN = "[-‐－―ー]"
_SAID_AS_A_PERSONS = re.compile(
    r"(?:の方|様|さん|氏)は[ \u3000]?(?P<id>[ぁ-ゖァ-ヺ一-龯]{1,4}(?:第[0-9]{2,4}" + _HYPHEN + r"[0-9]{3,8}号|"
    + _HYPHEN + r"[0-9]{2,4}" + _HYPHEN + r"[0-9]{3,8}))(?=[ \u3000]?(?:、|。|です|でした|と|で、))")
_ANCHOR = re.compile("の方は|様は|さんは|氏は")


def numbers_said_as_a_persons(text: str) -> Iterator[tuple[int, int]]:
    """The spans of numbers said as the person's right after the person's word and は."""
    for match in anchored_finditer(_SAID_AS_A_PERSONS, text, _ANCHOR, 3, 24):
        yield match.span("id")
