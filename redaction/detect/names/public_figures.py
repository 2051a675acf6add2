"""Names the text gives a public standing by their form (round AE): who the bearer is publicly, not what a clerk says.

- An office holder named with the office after the name (葛城 英明 知事, 知事 is an elected office: the name is public).
- An artist introduced by the art (作家の檀原 静也さん, 画家、久世 蒼風で): a writer's or a painter's name is their work's.
- An honorary citizen (…は当市の名誉市民で) and the name a public building or prize is called after (檀原静也記念文学館).
- An author before a work's title in 『』 (樋口一葉『たけくらべ』): a citation, the name printed on the book.
- People the text says consented to their names' publication, listed (上泉 達彦様、久我 玲奈様は掲載に同意されています).

Each reading is gated by a literal (知事・大臣, 家, 名誉, 記念, 『, に同意); most minutes hold none of the gates' full words.
"""

from __future__ import annotations

import re

_KANJI = "一-龯々"
_NAME = rf"[{_KANJI}]{{1,4}}(?:[ \u3000][{_KANJI}ァ-ヺ]{{1,4}}|[{_KANJI}]{{1,4}})?"
_NAMED = rf"(?<![{_KANJI}])(?P<name>{_NAME})"
_END = rf"(?![{_KANJI}])"

_OFFICE_AFTER = re.compile(rf"{_NAMED}[ \u3000]?(?:知事|副知事|大臣|総理大臣|首相)(?![{_KANJI}])")
_ART_BEFORE = re.compile(rf"(?:作家|小説家|画家|詩人|歌人|俳人|彫刻家|書家|作曲家|漫画家)(?:の|、)(?P<name>{_NAME}){_END}"
                         r"(?=[ \u3000]?(?:さん|氏|先生|は|が|で|の|、|（|\(|$))")
_HONORARY = re.compile(rf"{_NAMED}{_END}(?:さん|氏)?は、?(?:当市|本市|市|当町|町|当村|村|区)の名誉(?:市民|町民|村民|区民)")
_NAMED_AFTER = re.compile(rf"(?<![{_KANJI}])(?:[市県町村区都府]立)?(?P<name>{_NAME})記念(?:文学館|美術館|記念館|館|ホール|公園|賞|図書館|室)")
_AUTHOR = re.compile(rf"{_NAMED}{_END}[ \u3000]?『[^』\n]{{1,40}}』")
_CONSENTED_LIST = re.compile(
    rf"(?P<names>(?:{_NAME}(?:様|さん|氏)、)*{_NAME}(?:様|さん|氏))(?:は|も)、?(?:お?名前の|氏名の)?(?:掲載|公表|公開)に同意")
_ONE_OF_THE_LIST = re.compile(rf"(?P<name>{_NAME})(?:様|さん|氏)")


def names_of_public_figures(text: str) -> frozenset[str]:
    """Names the text presents as an office holder's, an artist's or an author's, or as consented to publication."""
    names: set[str] = set()
    if "知事" in text or "大臣" in text or "首相" in text:
        names |= {m.group("name") for m in _OFFICE_AFTER.finditer(text)}
    if "家" in text or "詩人" in text or "歌人" in text or "俳人" in text:
        names |= {m.group("name") for m in _ART_BEFORE.finditer(text)
                  if not text.startswith("の", m.end()) or " " in m.group("name") or "\u3000" in m.group("name")}  # 作家の友人の
    if "名誉" in text:
        names |= {m.group("name") for m in _HONORARY.finditer(text)}
    if "記念" in text:
        names |= {m.group("name") for m in _NAMED_AFTER.finditer(text)}
    if "『" in text:
        names |= {m.group("name") for m in _AUTHOR.finditer(text)}
    if "に同意" in text:
        for listed in _CONSENTED_LIST.finditer(text):
            names |= {m.group("name") for m in _ONE_OF_THE_LIST.finditer(listed.group("names"))}
    return frozenset(name for name in names if len(name.replace(" ", "").replace("\u3000", "")) >= 2)
