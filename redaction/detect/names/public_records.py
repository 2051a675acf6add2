"""Names the text says a named public record publishes (round AJ): an election's candidates in the 告示 and the 選挙公報.

A sentence that says names are published by a public record — 告示, 公示, 選挙公報, 官報, 公報 — (候補者は、鶴見 晃一氏、芦原
直美氏の2名で、選挙公報と告示で公表されております; 氏名は告示と選挙公報で公表されております。例えば、当選した笠置 弘道氏、…):
the names with an honorific in that sentence and in the one after it (which gives the examples) are the record's, public.
A statement that a record does not publish them (公表されておりません) makes nothing public. Gated by 告, 官 or 挙 and by 公表され
(a text naming only 公報 or 公示 is not read).
"""

from __future__ import annotations

import re

from ..text import KANJI_CHARACTERS

_KANJI = KANJI_CHARACTERS
_RECORD = "(?:選挙公報|告示|公示|官報|公報)"
_STATEMENT = re.compile(rf"{_RECORD}(?:[とや、・]{_RECORD})*(?:で|に|により|にて)(?:も)?公表されて(?!いない|いません|おりません)")
_HONORED_NAME = re.compile(rf"(?P<name>[{_KANJI}]{{1,4}}[ \u3000]?[{_KANJI}ぁ-ゖァ-ヺ]{{1,4}}?)(?=[ \u3000]?(?:氏|さん|様))")
_SENTENCE_REACH = 240  # a sentence's length at most, before or after the statement


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    head = max(text.rfind("。", max(0, start - _SENTENCE_REACH), start), text.rfind("\n", max(0, start - _SENTENCE_REACH), start))
    head = head + 1 if head >= 0 else max(0, start - _SENTENCE_REACH)
    stops = [stop for stop in (text.find("。", end, end + _SENTENCE_REACH), text.find("\n", end, end + _SENTENCE_REACH)) if stop >= 0]
    return head, min(stops) if stops else min(len(text), end + _SENTENCE_REACH)


def names_a_public_record_publishes(text: str) -> frozenset[str]:
    """Names with an honorific in a sentence saying a public record publishes names, and in the sentence after it."""
    # one character first (告 of 告示, 官 of 官報, 挙 of 選挙公報; one-character searches are the fastest), then the verb
    if ("告" not in text and "官" not in text and "挙" not in text) or "公表され" not in text:
        return frozenset()
    names: set[str] = set()
    for statement in _STATEMENT.finditer(text):
        head, stop = _sentence_bounds(text, statement.start(), statement.end())
        if text.startswith("。", stop):  # the next sentence in the same paragraph gives the examples
            _, stop = _sentence_bounds(text, stop + 1, stop + 1)
        for match in _HONORED_NAME.finditer(text, head, stop):
            name = match.group("name")
            names |= {name, name.replace(" ", "").replace("\u3000", "")}
    return frozenset(name for name in names if len(name.replace(" ", "").replace("\u3000", "")) >= 3)
