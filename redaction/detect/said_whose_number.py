"""The words after a number saying whose number it is (V は猫の個体の番号です; rounds Z, AD, AH, AP, AZ, BD, BF, BH, BJ, BN).

One reading of one form, written round by round as six patterns in two modules until the thirteenth speed pass
(personal_id's `_SAID_A_THINGS`, `_SAID_A_BODYS` — round BF's police there too —, `_SAID_A_BODYS_NEXT`; things_said's
`said_a_things_number_after`, two, and `said_attached_to_a_thing`), each behind its own search of the sentence after the
number. The form: the number, a few words, then the thing, the body, the course or the thing it is attached to, then
の番号 (or に付く番号) and a closing form (です, である, で、). Each form is a row of `WHOSE_NUMBER_SAID_AFTER`; a tuner adds a
"whose" word to its row's `whose` (a new form is a new row). A person's words (本人, 個人, 人, 者, 方, 世帯) are never a
thing's: no row lists them, and the attached-to row, whose thing is any word, refuses them (`PERSONS_WORDS`).

Rounds BH, BJ and BN wrote four more of the form in a module of their own (said_a_citys_numbers: the city's, an
insurer's or a group's number, `…で、いずれも市が付した番号です`, `（保険会社の番号）`); they are rows here too, each keeping the
gate it read with (番号 within 48 characters: `gate` and `reach`) and the body's pattern a row's `whose_pattern` adds to
its words (an office's or a place's name: `すみれ市`, `道路管理課`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class WhoseNumberSaid:
    """One form of the words after a number saying whose number it is.

    The pattern, matched right at the number's end, is `before`, one of `whose`, `number` and one of `closings`.
    `also_needs` is a literal the sentence after the number must hold besides (the form's own gate, kept as it read);
    `gate` is the literal the row is read behind, within `reach` characters after the number; `whose_pattern` a pattern
    the whose words' alternatives end with (a name ending as a body's does)."""

    round: str
    before: str  # a pattern: from the number's end to the whose word
    whose: tuple[str, ...]  # the whose words (after `before`'s run of characters: their endings)
    number: str  # a pattern: from the whose word to 番号
    closings: tuple[str, ...]
    also_needs: str = ""
    gate: str = "の番号"
    reach: int = 80
    whose_pattern: str = ""

    def pattern(self) -> re.Pattern[str]:
        whose = (*self.whose, self.whose_pattern) if self.whose_pattern else self.whose
        return re.compile(f"{self.before}(?:{'|'.join(whose)}){self.number}(?:{'|'.join(self.closings)})")


_NUMBER_OF = "の番号"
_CLOSES = ("です", "であ")
_CLOSES_OR_GOES_ON = ("です", "であ", "で、")
_WORDS_OF_A_BODY = r"[^\s。、「」（）()]{1,12}"  # the body's name up to its ending (獣医師会, 社協)
# (rounds BH, BJ, BN) the city, a public body, an insurer or a group, or an office's or a place's name
_BODY_WORDS = ("市", "町", "村", "区", "都", "道", "府", "県", "国", "団体", "保険会社", "会社", "組合")
_NAMED_BODY = r"[一-龯]{1,8}(?:市|町|村|課|係|所|局)"
_OF_ITS_NUMBER = r"の(?:[一-龯]{1,4}の)?番号"  # の番号, or a word between (市の契約の番号)
_NEAR = 48  # said_a_citys_numbers' rows: read behind 番号 within this reach, as they were

WHOSE_NUMBER_SAID_AFTER = (
    # (round Z) the sentence goes on to call the value a thing's number: …で、これは証明書の番号です, これは登記上の番号です
    WhoseNumberSaid("Z", r"[^。\n]{0,30}?、(?:これ|それ|いずれ)(?:は|も)",
                    ("証明書", "書類", "文書", "登記上", "登記", "家屋", "荷物", "物品", "車両", "受付順", "事業所", "会社", "法人"),
                    _NUMBER_OF, _CLOSES),
    # (round AD) or an association's or a body's (済票番号（注R50-11842など）は獣医師会の番号で、…): a value, an example's など and
    # its bracket, は, then the body (the endings …会, 組合, 機構, 団体, 協議会) and の番号
    WhoseNumberSaid("AD", rf"(?:など)?[)）]?[ \u3000]?は[、]?{_WORDS_OF_A_BODY}", ("会", "組合", "機構", "団体", "協議会"),
                    _NUMBER_OF, _CLOSES_OR_GOES_ON),
    # (round BF) or the police's (拾第137-0088号は警察の番号で、: a found item's receipt at the police): up to eight characters
    # before 警察 or 警察署 (すみれ警察署)
    WhoseNumberSaid("BF", r"(?:など)?[)）]?[ \u3000]?は[、]?[^\s。、「」（）()]{0,8}", ("警察署", "警察"), _NUMBER_OF,
                    _CLOSES_OR_GOES_ON),
    # (round AH) or the next sentence names the body, its subject left out (証券番号は VA-2080-0055 です。社協の契約の番号です);
    # read only where の番号です stands in the sentence's reach, as it was
    WhoseNumberSaid("AH", rf"[ \u3000]?です。(?:これは|この番号は)?{_WORDS_OF_A_BODY}",
                    ("会", "協", "組合", "機構", "団体", "協議会", "法人", "会社"), r"の(?:[一-龯]{1,4}の)?番号", _CLOSES,
                    also_needs="の番号です"),
    # (round BD) an animal's, a vendor's or a thing's, named from a closed list (マイクロチップの番号 V は猫の個体の番号です;
    # V は業者の伝票の番号です)
    WhoseNumberSaid("BD", r"[ \u3000]?は、?",
                    ("犬", "猫", "動物", "業者", "事業者", "店", "店舗", "会社", "車", "車両", "機器", "機械", "建物", "物件", "荷物"),
                    r"の(?:個体|伝票|納品書|領収書|請求書|管理|製造|車体)?の?番号", _CLOSES_OR_GOES_ON),
    # (round AZ) a course's, a class's or a programme's, a few words naming whose before it (教室番号K122-03は児童館の講座の番号
    # である)
    WhoseNumberSaid("AZ", r"[ \u3000]?は、?[^\s。、「」（）()]{0,12}?",
                    ("講座", "教室", "講習", "コース", "プログラム", "催し", "行事", "事業"), _NUMBER_OF, _CLOSES),
    # (round BH) the sentence goes on to say the body gave it or holds it (使用許可番号はすみれ墓第…号で、いずれも市が付した番号
    # です; 改葬許可番号は…で、これらは市の番号です; 証券番号ST-…で、これは団体の契約の番号です)
    WhoseNumberSaid("BH", r"[^。\n]{0,30}?で、(?:これ|それ|いずれ|この番号)(?:ら)?(?:は|も)、?", _BODY_WORDS,
                    r"(?:が(?:付|振|つけ|ふ|付番)(?:し|け|っ)た|の(?:[一-龯]{1,4}の)?)番号", _CLOSES,
                    gate="番号", reach=_NEAR, whose_pattern=_NAMED_BODY),
    # (round BH) or a bracket right after the value says so (事故受付番号　23-00481（保険会社の番号）)
    WhoseNumberSaid("BH bracket", r"[ \u3000]?[（(]", _BODY_WORDS, _OF_ITS_NUMBER, (r"[）)]",), gate="番号",
                    reach=_NEAR, whose_pattern=_NAMED_BODY),
    # (round BJ) or the sentence says it right after the value, its bracket closed (保険の証券番号 V は市の契約の番号です;
    # 証明書の番号（第V号）は事業者の管理番号です): the city's contract, a contractor's own management number
    WhoseNumberSaid("BJ", r"号?[）)]?[ \u3000]?は、?", (*_BODY_WORDS, "事業者", "業者"), r"の(?:[一-龯]{1,4}の)?(?:管理)?番号",
                    _CLOSES, gate="番号", reach=_NEAR, whose_pattern=_NAMED_BODY),
    # (round BN) or the value is given as an example of the city's numbers (登録番号（すみれ手通第V号のような、市の登録の番号）)
    WhoseNumberSaid("BN", r"号?のような、?", _BODY_WORDS, _OF_ITS_NUMBER, ("",), gate="番号", reach=_NEAR,
                    whose_pattern=_NAMED_BODY),
)

# (round AP) a sentence listing numbers and closing on their being attached to a thing (犬の登録番号は V、注射済票は W で、
# いずれも犬に付く番号です): いずれも／ともに, or は、 closing the list, then the thing, any word but a person's
_ATTACHED_TO_A_THING = re.compile(r"[^。\n]{0,50}?(?:いずれも|ともに|は、?)[ \u3000]?(?P<thing>[^。\n、 \u3000]{1,8})"
                                  r"に付(?:く|ける|けた|けられた|される)番号(?:です|で[、す]|であ)")
PERSONS_WORDS = ("人", "者", "方", "本人", "個人", "世帯")

_REACH = 80  # every row's match ends within it (the longest, round AP's, within 66 characters)
_READ = tuple((row, row.pattern()) for row in WHOSE_NUMBER_SAID_AFTER)


def said_whose_number_after(text: str, end: int) -> bool:
    """The words right after the number ending at `end` say it is a thing's, a body's, a course's or attached to a thing."""
    window = text[end : end + _REACH]
    if "番号" in window:
        for row, pattern in _READ:
            if (row.gate in window[: row.reach] and (not row.also_needs or row.also_needs in window)
                    and pattern.match(text, end) is not None):
                return True
    if "に付" in window:
        match = _ATTACHED_TO_A_THING.match(text, end)
        return (match is not None and not any(word in match.group("thing") for word in PERSONS_WORDS)
                and "個人" not in match.group())
    return False
