"""Holders of a role whose names the text says are published, read in prose (round OI).

Earlier rounds read a role's published names in a table's column (said_public) or after …の氏名は…公表して with the
holder right after the role (person_name._published_names). Minutes also say it in these forms:
- the role's name as one word, or the statement's object after を, or posted on a sign (代表者名は、団体の登録簿で公表している
  事項で…; …代表者名を市のホームページに掲載しております; 代表者の氏名は、許可の標識に掲示するものです; 市の告示で委員の
  氏名を公表しています), the holder named in the same turn by the role's stem, a space or a profession between
  (代表は宗像 恒一さん, 代表者は 鈴鹿 透 さん, 代表取締役は石動 和人氏, 委員長は弁護士の柘植 正臣 氏);
- the head of a listed body glued after the role and followed by 以下N名の氏名は公表 (委員長宝田 修以下4名の氏名は公表しています).
A statement that says the names are not published (…していません, …するものではありません) makes nothing public, nor one
whose role is a private party's (申請者, 相談者, 請求者, 本人 …). Read only around 公表, 掲載 and 掲示 (`anchored_finditer`).
"""

from __future__ import annotations

import re

from ..scan import anchored_finditer
from ..text import KANJI_CHARACTERS
from .lexicon import ROLES

_KANJI = KANJI_CHARACTERS
_VERBS = re.compile("公表|掲載|掲示")
_STATEMENT = re.compile(
    rf"(?P<role>[{_KANJI}]{{2,6}}?)(?:名|の(?:氏名|お?名前))(?:は|も|を)、?[^。\n]{{0,30}}?(?:公表|掲載|掲示)"
    r"(?:して(?:いる|おり|います)|されて(?:いる|おり|います)|するもの(?!で[はも]))")
_PRIVATE_ROLE = re.compile(r"申請|相談|請求|申出|利用|本人|患者|児童|生徒|保護者|被害")
_TURN_REACH = 200
_NAME = rf"(?P<name>[{_KANJI}ヶ]{{1,4}}[ \u3000]?[{_KANJI}ぁ-ゖァ-ヺ]{{1,4}}?)"
_HONORIFIC = r"(?=[ \u3000]?(?:さん|氏|様))"
_ROLE_WORDS = "|".join(sorted({*ROLES, "代表者", "代表", "理事長"}, key=len, reverse=True))
_HEAD_OF_A_LIST = re.compile(rf"(?:{_ROLE_WORDS}){_NAME}以下[0-9０-９一二三四五六七八九十]+名の(?:氏名|名前)は公表して"
                             r"(?!(?:い|お)(?:な|りませ|ませ))")


def _holders(text: str, role: str, lo: int, hi: int) -> set[str]:
    stem = role[:2]  # 代表者 → 代表 (代表取締役, 代表者), 委員 → 委員長
    holder = re.compile(rf"{re.escape(stem)}[{_KANJI}]{{0,3}}(?:は|が)[ \u3000]?(?:[^、。\s]{{1,6}}の)?{_NAME}{_HONORIFIC}")
    return {m.group("name") for m in holder.finditer(text, lo, hi)}


def holders_of_published_roles(text: str) -> frozenset[str]:
    """Names the text makes public as the holders of a role it says is published by name."""
    if "公表" not in text and "掲載" not in text and "掲示" not in text:
        return frozenset()
    names: set[str] = set()
    for statement in anchored_finditer(_STATEMENT, text, _VERBS, before=48, after=12):
        role = statement.group("role")
        if _PRIVATE_ROLE.search(role):
            continue
        lo = max(text.rfind("\n", 0, statement.start()) + 1, statement.start() - _TURN_REACH)
        line_end = text.find("\n", statement.end())
        hi = min(line_end if line_end >= 0 else len(text), statement.end() + _TURN_REACH)
        names |= _holders(text, role, lo, hi)
    if "以下" in text:
        names |= {m.group("name") for m in anchored_finditer(_HEAD_OF_A_LIST, text, _VERBS, before=40, after=8)}
    return frozenset(names | {re.sub(r"[ \u3000]", "", name) for name in names})
