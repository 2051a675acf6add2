"""Holders of a role whose names the text says are published, read in prose (round OI).

Earlier rounds read a role's published names in a table's column (said_public) or after …の氏名は…公表して with the
holder right after the role (person_name._published_names). Minutes also say it in these forms:
- the role's name as one word, or the statement's object after を, or posted on a sign (代表者名は、団体の登録簿で公表している
  事項で…; …代表者名を市のホームページに掲載しております; 代表者の氏名は、許可の標識に掲示するものです; 市の告示で委員の
  氏名を公表しています), the holder named in the same turn by the role's stem, a space or a profession between
  (代表は宗像 恒一さん, 代表者は 鈴鹿 透 さん, 代表取締役は石動 和人氏, 委員長は弁護士の柘植 正臣 氏);
- the head of a listed body glued after the role and followed by 以下N名の氏名は公表 (委員長宝田 修以下4名の氏名は公表しています).
A statement that says the names are not published (…していません, …するものではありません) makes nothing public, nor one
whose role is a private party's (申請者, 相談者, 請求者, 本人 …). Called by said_public.names_said_public only where
公表して, 掲載して or 掲示す stands; read back from each 公表, 掲載 and 掲示.
"""

from __future__ import annotations

import re

from ..text import KANJI_CHARACTERS
from .lexicon import ROLES

_KANJI = KANJI_CHARACTERS
# The statement read back from each verb (found by `str.find`: a window scan around an alternation of the three costs
# seven times as much): 名 (or 名前) and は, も or を within 30 characters before it, a form that says it is done after it.
_VERBS = ("公表", "掲載", "掲示")
_STATEMENT_HEAD = re.compile(r"名前?(?:は|も|を)、?[^。\n]{0,30}\Z")
_DONE = re.compile(r"(?:して(?:いる|おり|います)|するもの(?!で[はも]))")
_HEAD_REACH_BACK = 40
_ROLE_BEFORE = re.compile(rf"[{_KANJI}]{{2,6}}\Z")
_ROLE_JOINERS = ("の氏", "のお", "の", "氏", "")  # between the role and 名: 委員の氏名, 代表者のお名前, 代表者の名前, 代表者氏名, 代表者名
_PRIVATE_ROLE = re.compile(r"申請|相談|請求|申出|利用|本人|患者|児童|生徒|保護者|被害")
_TURN_REACH = 200
_NAME = rf"(?P<name>[{_KANJI}ヶ]{{1,4}}[ \u3000]?[{_KANJI}ぁ-ゖァ-ヺ]{{1,4}}?)"
_HONORIFIC = r"(?=[ \u3000]?(?:さん|氏|様))"
_ROLE_WORDS = "|".join(sorted({*ROLES, "代表者", "代表", "理事長"}, key=len, reverse=True))
# 以下N名の氏名は公表して read from its literal 以下, the role and the name glued before it read back from there.
_LIST_PUBLISHED = re.compile(r"以下[0-9０-９一二三四五六七八九十]+名の(?:氏名|名前)は公表して(?!(?:い|お)(?:な|りませ|ませ))")
_HEAD_BEFORE = re.compile(rf"(?:{_ROLE_WORDS}){_NAME}\Z")
_HEAD_REACH = 16


def _holders(text: str, role: str, lo: int, hi: int) -> set[str]:
    stem = role[:2]  # 代表者 → 代表 (代表取締役, 代表者), 委員 → 委員長
    holder = re.compile(rf"{re.escape(stem)}[{_KANJI}]{{0,3}}(?:は|が)[ \u3000]?(?:[^、。\s]{{1,6}}の)?{_NAME}{_HONORIFIC}")
    return {m.group("name") for m in holder.finditer(text, lo, hi)}


def _role_before(text: str, name: int) -> str | None:
    head = text[max(0, name - 10) : name]
    for joiner in _ROLE_JOINERS:
        if head.endswith(joiner):
            role = _ROLE_BEFORE.search(head, 0, len(head) - len(joiner))
            if role is not None:
                return role.group()
    return None


def holders_of_published_roles(text: str) -> frozenset[str]:
    """Names the text makes public as the holders of a role it says is published by name."""
    names: set[str] = set()
    for verb in _VERBS:
        at = text.find(verb) if verb in text else -1
        while at >= 0:
            head = _STATEMENT_HEAD.search(text, max(0, at - _HEAD_REACH_BACK), at) if _DONE.match(text, at + 2) else None
            role = _role_before(text, head.start()) if head is not None else None
            if role is not None and not _PRIVATE_ROLE.search(role):
                lo = max(text.rfind("\n", 0, head.start()) + 1, head.start() - _TURN_REACH)
                line_end = text.find("\n", at)
                hi = min(line_end if line_end >= 0 else len(text), at + _TURN_REACH)
                names |= _holders(text, role, lo, hi)
            at = text.find(verb, at + 2)
    if "以下" in text:
        for listed in _LIST_PUBLISHED.finditer(text):
            head = _HEAD_BEFORE.search(text, max(0, listed.start() - _HEAD_REACH), listed.start())
            if head is not None:
                names.add(head.group("name"))
    return frozenset(names | {re.sub(r"[ \u3000]", "", name) for name in names})
