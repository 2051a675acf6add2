"""A person naming themself by surname alone in a record's line (round AB), or by surname and then in full (round AH).

A chat log's or a form's line that is no speaker's turn (not ○…) and holds a sentence of a surname and です
(…に返信ください。柏木です): the writer of the line names themself, and the surname is theirs however common. The
surname is one the analyzer knows as a surname; the sentence opens after 。 (the line's sentence before it) and ends
with です (and 。, a space or the line's end). A speaker's turn (○北村委員　北村です。) is the council's own and is not read.
"""

from __future__ import annotations

import re

from ..needs import needs
from . import analyzer
from .public import PublicNames

_SELF_NAMED = re.compile(r"。(?P<name>[一-龯]{1,4})(?:です|と申します)(?=。|$|\s)", re.MULTILINE)  # opens with its literal 。


@needs("です", "と申します")
def self_named_surnames(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Surnames that make up a sentence with です in a line that is not a speaker's turn."""
    found: list[tuple[int, int]] = []
    for match in _SELF_NAMED.finditer(text):
        line = text.rfind("\n", 0, match.start()) + 1
        if text.startswith(("○", "◯", "◎", "〇"), line) or match.group("name") in public:
            continue
        tokens = analyzer.analyse(match.group("name"))
        if len(tokens) == 1 and tokens[0].is_surname:
            found.append(match.span("name"))
    return found


# (round AH) A caller naming themself by surname, then again in full (…取りに行った戸邊です。戸邊 みさを。): the surname said
# before です and the same surname opening the next sentence with a given name after a space; both are the caller's.
_FULL_NAME_AFTER = re.compile(r"です。(?P<surname>[一-龯]{1,4})[ \u3000](?P<given>[一-龯ぁ-ゖ]{1,4})(?=。|、|です)")  # opens with its literal


@needs("です。")
def names_said_twice(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """A surname before です and the same surname with a given name in the next sentence, in a line no speaker's turn opens."""
    found: list[tuple[int, int]] = []
    for match in _FULL_NAME_AFTER.finditer(text):
        surname = match.group("surname")
        said = match.start() - len(surname)
        line = text.rfind("\n", 0, match.start()) + 1
        if (said < line or text[said : match.start()] != surname or text.startswith(("○", "◯", "◎"), line)
                or surname in public or f"{surname} {match.group('given')}" in public):
            continue
        found += [(said, match.start()), (match.start("surname"), match.end("given"))]
    return found


# A word quoted with an honorific right after the minutes say a person's name stands there (審査請求人の方のお名前が入って
# います。「鵜飼さんの請求は」とありますが): the word is a surname, whatever else the analyzer reads it as (鵜飼, cormorant
# fishing). Read only where the text says a name is written (お名前が入って, 氏名が載って …).
_NAME_IS_WRITTEN = re.compile(r"(?:お?名前|氏名)が(?:入って|載って|出て|書かれて|記載され)")
_QUOTED_WITH_HONORIFIC = re.compile(r"「(?P<name>[一-龯]{1,4})(?:さん|様|氏)")
_QUOTE_REACH = 40


@needs("「")
def names_said_to_stand_quoted(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """A quoted word and an honorific right after the text says a person's name is written there (read from each quote
    that opens with a kanji word and an honorific: rarer than the statement's words)."""
    found: list[tuple[int, int]] = []
    for quoted in _QUOTED_WITH_HONORIFIC.finditer(text):
        line = text.rfind("\n", 0, quoted.start()) + 1
        if (_NAME_IS_WRITTEN.search(text, max(line, quoted.start() - _QUOTE_REACH), quoted.start()) is not None
                and quoted.group("name") not in public):
            found.append(quoted.span("name"))
    return found


# (round BT) A chat line's writer naming themself by surname right after a greeting (突然すみません、蓮見です。), the sentence
# opening with the greeting rather than after 。: the surname is the writer's. The same tests as above (a line no speaker's
# turn opens, a surname as the analyzer reads it), and not on a line naming the same surname before the greeting (民生委員（北町地区
# 早乙女 晴美）：こんにちは、早乙女です: the role's label names the writer, left to the role's readings); read only where a
# greeting and its comma stand, each tried at the greeting.
GREETINGS = ("すみません、", "失礼します、", "こんにちは、", "こんばんは、", "おはようございます、", "お世話になります、",
             "お世話になっております、")
_AFTER_A_GREETING = re.compile(r"(?P<name>[一-龯]{1,4})(?:です|と申します)(?=。|$|\s)", re.MULTILINE)


@needs(*GREETINGS)
def surnames_named_after_a_greeting(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`蓮見` in `[10:42] 突然すみません、蓮見です。`."""
    found: list[tuple[int, int]] = []
    for greeting in GREETINGS:
        at = text.find(greeting)
        while at >= 0:
            match = _AFTER_A_GREETING.match(text, at + len(greeting))
            line = text.rfind("\n", 0, at) + 1
            if (match is not None and not text.startswith(("○", "◯", "◎", "〇"), line) and match.group("name") not in public
                    and text.find(match.group("name"), line, at) < 0):  # a line naming the writer before (a role's label) is left
                tokens = analyzer.analyse(match.group("name"))
                if len(tokens) == 1 and tokens[0].is_surname:
                    found.append(match.span("name"))
            at = text.find(greeting, at + len(greeting))
    return found
