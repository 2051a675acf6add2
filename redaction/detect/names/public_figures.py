"""Names the text gives a public standing by their form (round AE): who the bearer is publicly, not what a clerk says.

- An office holder named with the office after the name (葛城 英明 知事, 知事 is an elected office: the name is public), or
  (round AG) a member of another assembly after the office (東京都議会議員の鳩山 昭一郎氏).
- An artist introduced by the art (作家の檀原 静也さん, 画家、久世 蒼風で): a writer's or a painter's name is their work's.
- An honorary citizen (…は当市の名誉市民で) and the name a public building or prize is called after (檀原静也記念文学館).
- (round AH) A person of a past era (江戸時代の儒学者、高嶺 秋水): a historical figure, and the name unspaced as a street
  called after them writes it.
- An author before a published book's title in 『』 (樋口一葉『たけくらべ』（ISBN …）): a citation, the name printed on the book.
- (round AN) A person a street is called after, the name unspaced before 通り in the street's quoted or 通称 name.
- (round AP) A national team's athlete, the team before the name (五輪代表の伊集院 翔選手).
- (round BH) The figure a statue shows (二宮尊徳像の前で).
- People the text says consented to their names' publication, listed (上泉 達彦様、久我 玲奈様は掲載に同意されています).

Each reading is read around its literal (知事・大臣, the arts' words, 名誉, 記念, 『, に同意, 通り), all searched first in one scan:
most minutes hold none of them.
"""

from __future__ import annotations

import re

from ..scan import anchored_finditer
from ..text import KANJI_CHARACTERS

_KANJI = KANJI_CHARACTERS
_NAME = rf"[{_KANJI}]{{1,4}}(?:[ \u3000][{_KANJI}ァ-ヺ]{{1,4}}|[{_KANJI}]{{1,4}})?"
_NAMED = rf"(?<![{_KANJI}])(?P<name>{_NAME})"
_END = rf"(?![{_KANJI}])"

# 葛城 英明 知事: the office right after the name
_OFFICE_AFTER = re.compile(rf"{_NAMED}[ \u3000]?(?:知事|副知事|大臣|総理大臣|首相)(?![{_KANJI}])")
# 作家の檀原 静也さん, 画家、久世 蒼風で: the art, の or 、, the name, then an honorific, a particle or a bracket
# (round AI) a space after the art too, and 故 before a late artist's name (詩人の故 汐見 千景氏, 明治期の書家 浅香 清風の書)
_ART_BEFORE = re.compile(rf"(?:作家|小説家|画家|詩人|歌人|俳人|彫刻家|書家|作曲家|漫画家)(?:の|、|[ \u3000])(?:故[ \u3000]?)?(?P<name>{_NAME}){_END}"
                         r"(?=[ \u3000]?(?:さん|氏|先生|は|が|で|の|、|（|\(|$))")
# 檀原 静也は当市の名誉市民で
_HONORARY = re.compile(rf"{_NAMED}{_END}(?:さん|氏)?は、?(?:当市|本市|市|当町|町|当村|村|区)の名誉(?:市民|町民|村民|区民)")
# 市立檀原静也記念文学館: the name a building or a prize is called after (a public body's 市立 before it left out)
# (round AG) and a course or a ground named after an athlete, a katakana word between (鳴海颯記念ランニングコース)
# (round AJ) a park's own word joined by の between (牧野富太郎記念の森公園)
# (round AR) and a fund, a scholarship or a foundation, the city's name glued before it (すみれ市大河内清三記念奨学基金: 市 after
# kana only, so a surname opening with 町 or 市 stays whole)
# (round OJ) a space and the facility's own kanji words between (「緒方貞子記念 国際交流ホール」)
_NAMED_AFTER = re.compile(rf"(?<![{_KANJI}])(?:[市県町村区都府]立|(?<=[ぁ-ゖァ-ヺ])[市県町村区都府])?(?P<name>{_NAME})記念"
                          rf"(?:の[森杜丘里](?=公園|広場))?(?:[ァ-ヺー]{{0,10}}|[ \u3000][{_KANJI}]{{1,6}})"
                          "(?:文学館|美術館|記念館|館|ホール|公園|広場|賞|図書館|室|コース|スタジアム|球場|競技場|体育館|プール|グラウンド"
                          "|奨学基金|基金|奨学金|財団"
                          "|の[森杜丘里](?=」))")  # (round AV) a park's quoted name ending so (「牧野富太郎記念の森」)
# (round AG) a member of another assembly, the office before the name (東京都議会議員の鳩山 昭一郎氏): an elected office in its
# public role, as a governor's; the surname after it (鳩山議員) is the same person's
# (round BZ) and of the city's own council (市議会議員の上野孝之議員), the same elected office in its public role
_ASSEMBLY_MEMBER = re.compile(rf"(?:都|道|府|県|市|区|町|村|国会|衆議院|参議院)議(?:会議)?員の(?P<name>{_NAME})(?=[ \u3000]?(?:氏|さん|議員|先生))")
# (round AH) a person of a past era, the era before the calling (江戸時代の儒学者、高嶺 秋水にちなむ): a historical figure; the
# name unspaced too, as a street or a prize called after them writes it (「高嶺秋水通り」)
_OF_A_PAST_ERA = re.compile(rf"(?:江戸|明治|大正|平安|鎌倉|室町|戦国|奈良|安土桃山)時代の[{_KANJI}ぁ-ゖァ-ヺ]{{1,8}}?(?:、|の)(?P<name>{_NAME}){_END}"
                            r"(?=[ 　]?(?:にちな|は|が|の|で|、|（|\(|$))")
# 樋口一葉『たけくらべ』（ISBN …）: the author before a published book's title (its ISBN, publisher or 著 after it; a pupil's
# essay quoted with its writer, 佐藤 ゆい『わたしの町』（小学3年）, is no book)
# (round AI) a citizen's honour's recipient, named with 選手, 氏 or さん before the award (金メダルを獲得した早瀬 凛 選手に
#市民栄誉賞を贈りました): the council publishes the award and whom it went to
_HONOUR_AWARDED = re.compile(rf"{_NAMED}{_END}[ \u3000]?(?:選手|氏|さん|様)に(?:市民|県民|都民|道民|府民|町民|村民|区民|国民)栄誉賞")
_AUTHOR = re.compile(rf"{_NAMED}{_END}[ \u3000]?『[^』\n]{{1,40}}』[^。\n]{{0,12}}?(?:ISBN|著|文庫|出版|刊|全集)")
# (round AJ) a citation's 著者 label before the author, a book's ISBN on the same line (書名：『…』　著者：夏目漱石　ISBN …)
_AUTHOR_LABEL = re.compile(rf"著者[：:][ 　]?(?P<name>{_NAME}){_END}(?=[^\n]{{0,40}}?ISBN)")
# (round AJ) in a text citing a book by its ISBN, a writer named by a work of theirs it compares (宮沢賢治の「…」や夏目漱石の作品): two
# authors joined by や, the first with its work in 「」, the second's 作品 (the gate's word) — an unspaced name with no honorific, as one cites an author
_AUTHORS_COMPARED = re.compile(rf"{_NAMED}{_END}の「[^」\n]{{1,30}}」や(?P<other>[{_KANJI}]{{2,6}})の作品")
# 上泉 達彦様、久我 玲奈様は掲載に同意されています: each name of the list
_CONSENTED_LIST = re.compile(
    rf"(?P<names>(?:{_NAME}(?:様|さん|氏)、)*{_NAME}(?:様|さん|氏))(?:は|も)、?(?:お?名前の|氏名の)?(?:掲載|公表|公開)に同意"
    r"(?!(?:されて|して|いただいて)?(?:いない|いません|おりません)|(?:され|し|いただけ)?(?:ませ|ない|なかっ|ず))")  # not a refusal
_ONE_OF_THE_LIST = re.compile(rf"(?P<name>{_NAME})(?:様|さん|氏)")


# (round AN) a street called after a person, the name unspaced before 通り in its quoted or 通称 name (「伊能忠敬通り」, 通称伊能忠敬
# 記念通り): a street's name is the town's, and a person a street is named after a public figure
_STREET_CALLED_AFTER = re.compile(rf"(?:「|通称)(?P<name>[{_KANJI}]{{3,6}}?)(?:記念)?通り(?![{_KANJI}])")
_STREET_ANCHOR = re.compile("通り")
_STREET_REACH = 10  # 「 or 通称, the name and 記念 at most
# (round AP) a national team's athlete, the team before the name (五輪代表の伊集院 翔選手, パラリンピック日本代表の…さん): a name the
# games publish, as the city does in its publicity
_NATIONAL_ATHLETE = re.compile(rf"(?:五輪|オリンピック|パラリンピック)(?:日本)?代表(?:選手)?(?:の|、|[ \u3000])(?P<name>{_NAME})"
                               r"(?=[ \u3000]?(?:選手|さん|氏))")
# (round AV) an author named by their works, the name unspaced with no honorific (夏目漱石の作品を多く所蔵): as one cites an
# author; and a reading circle's quoted name (「夏目漱石を読む会」): a club named after the author it reads
_WORKS = re.compile(rf"{_NAMED}{_END}の(?:作品|小説|著作|全集|詩集|歌集|句集)")
_WORKS_WORDS = ("の作品", "の小説", "の著作", "の全集", "の詩集", "の歌集", "の句集")
_WORKS_ANCHOR = re.compile("|".join(_WORKS_WORDS))
_READING_CIRCLE = re.compile(rf"「(?P<name>{_NAME})を(?:読む|語る|偲ぶ|学ぶ)会」")
_CIRCLE_ANCHOR = re.compile("を読む会|を語る会|を偲ぶ会|を学ぶ会")
_ATHLETE_ANCHOR = re.compile("輪代表|ック代表|ック日本代表")
_OFFICE_ANCHOR = re.compile("知事|大臣|首相")
_ASSEMBLY_ANCHOR = re.compile("議員の")
_ART_ANCHOR = re.compile("作家|小説家|画家|詩人|歌人|俳人|彫刻家|書家|作曲家|漫画家")
_HONORARY_ANCHOR = re.compile("名誉")
_NAMED_AFTER_ANCHOR = re.compile("記念")
_AUTHOR_ANCHOR = re.compile("『")
_AUTHOR_LABEL_ANCHOR = re.compile("著者")
_COMPARED_ANCHOR = re.compile("」や")
_CONSENT_ANCHOR = re.compile("に同意")
_PAST_ERA_ANCHOR = re.compile("時代の")
_HONOUR_ANCHOR = re.compile("栄誉賞")
# One scan for every reading's words first (臣 for 大臣, 同意 for に同意: a first character as common as 大 or に makes the scan
# slow); most minutes hold none, and each reading then searches only its own anchor.
# (round BH) the figure a statue shows, the name unspaced right before 像 (or 銅像, 胸像 …), as a statue's plate writes it
# (二宮尊徳像の前で, 野口英世の銅像が): a public monument's subject, never a private person
_STATUE_OF = re.compile(rf"(?<![{_KANJI}])(?P<name>[{_KANJI}]{{3,6}})の?(?:銅像|石像|胸像|座像|立像|像)(?=の|が|は|を|前|と|、|。|」|\))")
_STATUE_ANCHOR = re.compile("像")
_ANY_GATE = re.compile("輪代表|ック代表|ック日本代表|知事|臣|首相|名誉|記念|同意|『|議員の|時代の|栄誉賞|作家|小説家|画家|詩人|歌人|俳人|彫刻家|書家|作曲家|漫画家|通り")
_NAME_REACH = 10  # a name and the space before an office at most
_LIST_REACH = 64  # a few names listed before は…に同意


def _found(pattern: re.Pattern[str], text: str, anchor: re.Pattern[str], before: int, after: int) -> list[re.Match[str]]:
    return list(anchored_finditer(pattern, text, anchor, before, after))


def names_of_public_figures(text: str) -> frozenset[str]:
    """Names the text presents as an office holder's, an artist's or an author's, or as consented to publication. Each
    pattern is read only around its literal (a pattern opening with a lookbehind is tried at every position)."""
    names: set[str] = set()
    if "ISBN" in text:  # (round AJ) a text citing a book (its letters are rare in minutes: `in` answers at once in most)
        names |= {m.group("name") for m in _found(_AUTHOR_LABEL, text, _AUTHOR_LABEL_ANCHOR, 0, 60)}
        for compared in _found(_AUTHORS_COMPARED, text, _COMPARED_ANCHOR, 40, 12):
            names |= {compared.group("name"), compared.group("other")}
    if any(word in text for word in _WORKS_WORDS):  # (round AV)
        for work in _found(_WORKS, text, _WORKS_ANCHOR, _NAME_REACH, 4):
            if " " not in work.group("name") and "\u3000" not in work.group("name"):
                names.add(work.group("name"))
    if "会」" in text:
        names |= {m.group("name") for m in _found(_READING_CIRCLE, text, _CIRCLE_ANCHOR, _NAME_REACH + 1, 5)}
    if "像" in text:  # (round BH) 二宮尊徳像の前で: the figure a statue shows
        names |= {m.group("name") for m in _found(_STATUE_OF, text, _STATUE_ANCHOR, 8, 4)}
    if _ANY_GATE.search(text) is None:
        return frozenset(names)
    names |= {m.group("name") for m in _found(_STREET_CALLED_AFTER, text, _STREET_ANCHOR, _STREET_REACH, 2)}  # (round AN)
    names |= {m.group("name") for m in _found(_OFFICE_AFTER, text, _OFFICE_ANCHOR, _NAME_REACH, 4)}
    names |= {m.group("name") for m in _found(_NATIONAL_ATHLETE, text, _ATHLETE_ANCHOR, 6, _NAME_REACH + 6)}  # (round AP)
    for artist in _found(_ART_BEFORE, text, _ART_ANCHOR, 0, 18):
        if not text.startswith("の", artist.end()) or " " in artist.group("name") or "\u3000" in artist.group("name"):  # 作家の友人の
            names |= {artist.group("name"), artist.group("name").replace(" ", "").replace("\u3000", "")}  # (round AI) 汐見千景記念広場
    names |= {m.group("name") for m in _found(_HONOUR_AWARDED, text, _HONOUR_ANCHOR, _NAME_REACH + 6, 4)}
    names |= {m.group("name") for m in _found(_HONORARY, text, _HONORARY_ANCHOR, 24, 6)}
    names |= {m.group("name") for m in _found(_ASSEMBLY_MEMBER, text, _ASSEMBLY_ANCHOR, 6, _NAME_REACH + 4)}
    for named_after in _found(_NAMED_AFTER, text, _NAMED_AFTER_ANCHOR, _NAME_REACH + 2, 16):
        names |= {named_after.group("name"), named_after.group("name") + "記念"}  # (round AG) 鳴海颯記 read off 鳴海颯記念…: the name's
    for figure in _found(_OF_A_PAST_ERA, text, _PAST_ERA_ANCHOR, 6, 30):
        names |= {figure.group("name"), figure.group("name").replace(" ", "").replace("\u3000", "")}
    names |= {m.group("name") for m in _found(_AUTHOR, text, _AUTHOR_ANCHOR, _NAME_REACH, 60)}
    for listed in _found(_CONSENTED_LIST, text, _CONSENT_ANCHOR, _LIST_REACH, 12):
        names |= {m.group("name") for m in _ONE_OF_THE_LIST.finditer(listed.group("names"))}
    return frozenset(name for name in names if len(name.replace(" ", "").replace("\u3000", "")) >= 2)
