"""Names a sentence itself makes public by what it says of their bearer (round AD).

- A historical figure an anniversary is kept for (伊能忠敬の測量200年を記念して, …の生誕150年, 没後100年): a name in the
  public record, wherever the text repeats it (surname alone included).
- A street named after such a figure (伊能通り): 伊能通 is a street's name, never a person's.
- A bearer the text says publishes the name (作者の楠原氏も、作品に名を記して公表している方です): the surname and the full
  name it stands for in the text.
- A bearer who consented to the name's display (寄贈者の稲生 恒夫様は、銘板に名前を刻むことに同意されております).
- (round AG) A bearer whose name the sentence says is shown (…さんは、氏名…を公開可と, …先生で、…お名前と経歴を載せて), unless the
  sentence keeps something of the bearer private (非公開, 不可).
- (round AG) The holders of a role whose names the text says are published (受賞者の氏名を…公表しております), in the table
  column the role heads.
- (round OI) The holders of a role the text says is published by name, read in prose (published_role_holders.py).
- (round OJ) A full name a bracket right after it says is published (…（広報で公表）: bracketed_publication.py), and the
  full names in a sentence opening with 公表しておりますとおり、 (published_as_listed.py).

Each reading is gated by its literal (記念, 生誕, 没後, 通り, 公表して, ことに同意), the five first searched together: most
minutes hold none.
"""

from __future__ import annotations

import re

from ..particulars import table_cells
from ..scan import anchored_finditer
from ..text import KANJI_CHARACTERS
from .bracketed_publication import names_bracketed_published
from .published_as_listed import names_published_as_listed
from .published_role_holders import holders_of_published_roles

_KANJI = KANJI_CHARACTERS
_ANNIVERSARY = re.compile(
    rf"(?<![{_KANJI}])(?P<name>[{_KANJI}]{{2,5}})の(?:[^。\n、]{{0,8}}?[0-9一二三四五六七八九十百]+(?:周年|年)(?:を|の)?記念|生誕|没後)")
_STREET = re.compile(rf"(?<![{_KANJI}])(?P<street>[{_KANJI}]{{1,4}}通)り")
_PUBLISHING_BEARER = re.compile(
    rf"(?<![{_KANJI}])(?P<surname>[{_KANJI}]{{1,4}})(?:氏|さん|様)(?:も|は)、?[^。\n]{{0,16}}?(?:氏名|名前|実名|名を記して|署名して)"
    r"[^。\n]{0,8}?公表して(?:いる|おり|います)")  # the name published, not what the bearer disclosed (病名を公表している)
_CONSENTING_BEARER = re.compile(
    rf"(?<![{_KANJI}])(?P<name>[{_KANJI}]{{1,4}}[ \u3000]?[{_KANJI}ぁ-ゖァ-ヺ]{{1,4}}?)(?:氏|さん|様)は、?[^。\n]{{0,20}}?"
    r"(?:名前|氏名)を[^。\n]{0,12}?(?:刻む|掲載する|載せる|公表する|記す|表示する)ことに同意")


# (round AG) A bearer whose name the same sentence says is shown to the public (郷土史家の瀧本 玄斎さんは、…氏名、プロフィール、
# 講座名のすべてを公開可と…; 民話研究家の小此木 澄江先生で、…講座案内にもお名前と経歴を載せております): the full name and
# its surname. A sentence that also keeps something of the bearer private (…のみ公開可で、…は非公開の希望です) stays personal.
_SHOWN_BEARER = re.compile(
    rf"(?<![{_KANJI}])(?P<name>(?P<surname>[{_KANJI}]{{1,4}})[ \u3000][{_KANJI}ぁ-ゖァ-ヺ]{{1,4}}?)(?:先生|氏|さん|様)(?:で|は)、?"
    r"[^。\n]{0,40}?(?:お名前|氏名|名前)[^。\n]{0,16}?(?:公開可|載せて|掲載して)")
_KEPT_PRIVATE = re.compile("非公開|公開不可|不可")
_SHOWN_ANCHOR = re.compile("公開可|載せて|掲載して")
_SHOWN_BEFORE = 80  # the name, its honorific and the sentence's words before the verb
# (round AG) A role whose holders' names the text says are published (受賞者の氏名を市の広報とホームページで公表しております):
# the names in a table's column headed by the role (| 受賞者 | … |), each cell's name alone (a phone in another cell stays).
_PUBLISHED_ROLE = re.compile(rf"(?P<role>[{_KANJI}]{{1,4}}者)の(?:氏名|お名前|名前)を[^。\n]{{0,24}}?(?:公表して|掲載して)")
_ROLE_ANCHOR = re.compile("者の")
_SHOWN_WORDS = {word: re.compile(word) for word in ("公開可", "載せて", "掲載して")}

_WORDS = {word: re.compile(word) for word in ("記念", "生誕", "没後", "公表して", "ことに同意")}


def _holds_a_statement(text: str) -> bool:
    """One of the five words stands in the text: each searched as a literal (the regex engine's fast skip), the rarer ones
    only where one of their characters stands (a one-character search is the fastest; most minutes hold none of them)."""
    return (_WORDS["記念"].search(text) is not None or ("誕" in text and _WORDS["生誕"].search(text) is not None)
            or ("没" in text and _WORDS["没後"].search(text) is not None) or ("公表" in text and _WORDS["公表して"].search(text) is not None)
            or ("意" in text and _WORDS["ことに同意"].search(text) is not None))


def _shown_bearers(text: str) -> set[str]:
    names: set[str] = set()
    for match in anchored_finditer(_SHOWN_BEARER, text, _SHOWN_ANCHOR, _SHOWN_BEFORE, 8):
        ends = [end for end in (text.find("。", match.end()), text.find("\n", match.end())) if end >= 0]
        if not _KEPT_PRIVATE.search(text, match.start(), min(ends) if ends else len(text)):  # the whole sentence
            names |= {match.group("name"), match.group("surname"), match.group("name").replace(" ", "").replace("\u3000", "")}
    return names


def _published_roles_cells(text: str) -> set[str]:
    roles = {match.group("role") for match in anchored_finditer(_PUBLISHED_ROLE, text, _ROLE_ANCHOR, 5, 40)}
    if not roles or "|" not in text:
        return set()
    return {text[start:end] for header, start, end in table_cells(text) if header in roles}


def names_said_public(text: str) -> frozenset[str]:
    """Names (and street names) the text's own sentences make public."""
    shown: set[str] = set()
    # (round AG) each word searched as its own literal (an alternation of them scans 1.5 times as long); most minutes hold none
    posted = _SHOWN_WORDS["掲載して"].search(text) is not None
    if posted or _SHOWN_WORDS["公開可"].search(text) is not None or _SHOWN_WORDS["載せて"].search(text) is not None:
        shown = _shown_bearers(text)
    published = posted or _WORDS["公表して"].search(text) is not None
    if published and "者の" in text:
        shown |= _published_roles_cells(text)
    if published or "掲示す" in text:
        shown |= holders_of_published_roles(text)  # (round OI) 代表者名は…公表している…。代表は…さん (published_role_holders)
    if "公表" in text:
        shown |= names_bracketed_published(text)  # (round OJ) 分団長 宮良 剛（広報で公表） (bracketed_publication)
    if published and "とおり、" in text:
        shown |= names_published_as_listed(text)  # (round OJ) 公表しておりますとおり、…さんと…さん (published_as_listed)
    if not _holds_a_statement(text):
        return frozenset(shown)
    names: set[str] = shown
    if "記念" in text or "生誕" in text or "没後" in text:
        names |= {m.group("name") for m in _ANNIVERSARY.finditer(text)}
    if names and "通り" in text:  # a street named after one of them (伊能通り after 伊能忠敬)
        names |= {m.group("street") for m in _STREET.finditer(text)
                  if any(name.startswith(m.group("street")[:-1]) for name in names)}
    if "公表して" in text:
        for match in _PUBLISHING_BEARER.finditer(text):
            surname = match.group("surname")
            names.add(surname)
            full = re.compile(rf"{re.escape(surname)}[ \u3000][{_KANJI}ぁ-ゖァ-ヺ]{{1,4}}?(?=氏|さん|様)")
            names |= {m.group() for m in full.finditer(text)}
    if "ことに同意" in text:
        names |= {m.group("name") for m in _CONSENTING_BEARER.finditer(text)}
    return frozenset(names)
