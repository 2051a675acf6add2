"""Names in a sentence that opens by saying what follows was published (round OJ).

An official answers from what the city already published (広報で公表しておりますとおり、… 綿貫 重蔵 さんと、… Nguyen Thi Lan
さんのお二人でございます): the sentence opens with 公表して(おります／いる／います)とおり、 and every full name before an honorific
in it is public, with its surname, wherever the text repeats them. The names of another sentence are not; nor those of a
sentence where the words come later (…さんは、公表しているとおり…: the name stands before the statement, no list after it).
Read only where とおり、 stands after 公表して.
"""

from __future__ import annotations

import re

from ..text import KANJI_CHARACTERS

_KANJI = KANJI_CHARACTERS
_OPENING = re.compile(r"公表して(?:おります|おり|いる|います)とおり、")
_FULL_NAME = re.compile(
    rf"(?<![{_KANJI}])(?P<surname>[{_KANJI}]{{1,4}})[ \u3000](?P<given>[{_KANJI}ぁ-ゖァ-ヺ]{{1,4}})[ \u3000]?(?=さん|様|氏)"
    r"|(?<![A-Za-z])(?P<latin>[A-Z][a-z]+)(?P<rest>(?: [A-Z][a-z]+){1,3})[ \u3000]?(?=さん|様|氏)")


def names_published_as_listed(text: str) -> frozenset[str]:
    """Full names (spaced and run together) and their surnames in a sentence opening with 公表しておりますとおり、."""
    if "とおり、" not in text:
        return frozenset()
    names: set[str] = set()
    for opening in _OPENING.finditer(text):
        ends = [end for end in (text.find("。", opening.end()), text.find("\n", opening.end())) if end >= 0]
        for match in _FULL_NAME.finditer(text, opening.end(), min(ends) if ends else len(text)):
            if match.group("latin"):
                names |= {match.group("latin") + match.group("rest"), match.group("latin")}
            else:
                names |= {f"{match.group('surname')} {match.group('given')}", match.group("surname") + match.group("given"),
                          match.group("surname"), match.group().rstrip(" \u3000")}
    return frozenset(names)
