"""Full names after a private worker's job word, or quoted after a person's word (round BN).

A staff list or a report names a care home's, a shop's or a delivery firm's worker after the job
(`| 介護職員 﨑山 ひかり |`, `| 事務員 Ōkubo Jun |`, `配達員 鍋島 孝志（販売所の代表 …）`): a private business's worker, not an
official (a bare 職員 may be the city's and is left to the other readings). A form read out quotes the filer's name after a
person's word (`届出者「大豆生田 亮」`), and a list gives a person's word, a name and the bracket of its particulars
(`従事者 大豆生田 葵（2163年5月3日生）`): the surname may be of four kanji, which the analyzer does not know.
"""

from __future__ import annotations

import re

from ..needs import needs
from ..text import KANJI
from .candidates import is_kanji
from .lexicon import is_generic
from .public import PublicNames

# (round BV) and a volunteer fire brigade's member (第5分団 団員 鬼塚 蓮 ㊞（団員番号 …）): no official
_JOBS = ("介護職員", "事務員", "配達員", "作業員", "警備員", "清掃員", "販売員", "従業員", "乗務員", "調理員", "団員")
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).isupper())
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u1e00-\u1eff"
_LATIN = rf"[{_UPPER}][{_LOWER}]+(?: [{_UPPER}][{_LOWER}]+){{1,2}}"
_KANJI_NAME = rf"[{KANJI}]{{1,4}}[ \u3000][{KANJI}ぁ-ゖァ-ヺー]{{1,4}}"
# (round BV) the name may be sealed (鬼塚 蓮 ㊞（…）)
_AFTER_A_JOB = re.compile(rf"(?P<name>{_KANJI_NAME}|{_LATIN})(?=[ \u3000]*(?:[|（(㊞]|$)|\u3000)",
                          re.MULTILINE)
# each opening with the literal 者 (the engine's fast skip); the kanji before it checked after the match
_QUOTED_AFTER_A_PERSONS_WORD = re.compile(rf"者「(?P<name>{_KANJI_NAME})」")
_LONG_SURNAME_BEFORE_A_BRACKET = re.compile(rf"者[ \u3000](?P<name>[{KANJI}]{{4}}[ \u3000][{KANJI}ぁ-ゖ]{{1,3}})(?=[（(])")


def _a_name(name: str, public: PublicNames) -> bool:
    return name not in public and not is_generic(re.split("[ \u3000]", name)[0])


@needs(*_JOBS)
def names_after_a_workers_job(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`﨑山 ひかり` after 介護職員, `Ōkubo Jun` after 事務員, `鍋島 孝志` after 配達員."""
    names = []
    for job in _JOBS:
        if job not in text:  # a body's word test: one read of model.LongText for them all
            continue
        for space in (" ", "\u3000"):  # the name matched after each of the job's words and its space
            at = text.find(job + space)
            while at >= 0:
                if (match := _AFTER_A_JOB.match(text, at + len(job) + 1)) and _a_name(match.group("name"), public):
                    names.append(match.span("name"))
                at = text.find(job + space, at + 1)
    return sorted(names)


@needs("者「", "者 ", "者\u3000")
def names_quoted_or_bracketed_after_a_persons_word(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`大豆生田 亮` in 届出者「…」, `大豆生田 葵` in 従事者 …（…生）."""
    names = []
    for opening, pattern in (("者「", _QUOTED_AFTER_A_PERSONS_WORD), ("者", _LONG_SURNAME_BEFORE_A_BRACKET)):
        if opening not in text:
            continue
        for match in pattern.finditer(text):  # a kanji before 者: a person's word, not 者 alone
            if match.start() and is_kanji(text[match.start() - 1]) and _a_name(match.group("name"), public):
                names.append(match.span("name"))
    return sorted(names)
