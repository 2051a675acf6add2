"""Numbers the sentence goes on to call the city's own, or an insurer's or a group's (round BH).

A permit's or a plot's number read out, then said to be one the city (or its office) gave: `使用許可番号はすみれ墓第…号で、
いずれも市が付した番号です`, `改葬許可番号は すみれ改第…号で、これらは市の番号です`. The sentence says whose the number is: the
issuing body's register; so for `証券番号ST-…で、これは団体の契約の番号です` and a bracket after the value,
`23-00481（保険会社の番号）`, as round Y's `…で、市の番号です` and round Z's `…で、これは証明書の番号です` read. Checked within a
short reach after the value, behind the literal 番号 there (personal_id's exceptions).
"""

from __future__ import annotations

import re

_REACH = 48
_BODY = r"(?:市|町|村|区|都|道|府|県|国|団体|保険会社|会社|組合|[一-龯]{1,8}(?:市|町|村|課|係|所|局))"
_SAID_THE_CITYS = re.compile(r"[^。\n]{0,30}?で、(?:これ|それ|いずれ|この番号)(?:ら)?(?:は|も)、?"
                             rf"{_BODY}(?:が(?:付|振|つけ|ふ|付番)(?:し|け|っ)た|の(?:[一-龯]{{1,4}}の)?)番号(?:です|であ)")
# (round BJ) or the sentence says it right after the value, its bracket closed (保険の証券番号 V は市の契約の番号です; 証明書の番号
# （第V号）は事業者の管理番号です): the city's contract, a contractor's own management number
_SAID_RIGHT_AFTER = re.compile(rf"号?[）)]?[ \u3000]?は、?(?:{_BODY}|事業者|業者)の(?:[一-龯]{{1,4}}の)?(?:管理)?番号(?:です|であ)")
# or a bracket right after the value says it (事故受付番号　23-00481（保険会社の番号）)
_BRACKET_SAYS_WHOSE = re.compile(rf"[ \u3000]?[（(]{_BODY}の(?:[一-龯]{{1,4}}の)?番号[）)]")
# (round BN) or the value is given as an example of the city's numbers (登録番号（すみれ手通第V号のような、市の登録の番号）)
_GIVEN_AS_THE_CITYS_KIND = re.compile(rf"号?のような、?{_BODY}の(?:[一-龯]{{1,4}}の)?番号")


def said_the_citys_number_after(text: str, end: int) -> bool:
    """After the value ending at `end`, the sentence (or a bracket) calls it the city's, an insurer's or a group's number."""
    return "番号" in text[end : end + _REACH] and (_SAID_THE_CITYS.match(text, end) is not None
                                                  or _BRACKET_SAYS_WHOSE.match(text, end) is not None
                                                  or _SAID_RIGHT_AFTER.match(text, end) is not None
                                                  or _GIVEN_AS_THE_CITYS_KIND.match(text, end) is not None)
