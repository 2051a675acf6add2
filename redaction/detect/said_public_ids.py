"""Case and programme numbers the sentence right after them says were published (round AZ).

The number, then は or も and, in the same sentence, that it was made public (立入検査番号 …第121-0033号 は公開しました,
プログラム番号RJ-220は公開されていますね, 受付番号 FN-… は…個人を識別するものではないと考えて公開しております); or listed with another public item
(届出番号 …第125-031号 とともに公開しています, 事件番号 …第126-011号 と賠償額…は公開します), or called the office's own
number right after (…第124-003号で、これは市の管理番号ですので公開しています). Not 非公開,
nor a sentence saying it is not (公開していない, 公開しません, 公開されていない). Read only where 公開 stands within the
sentence's reach after the number.
A number the words right after it call a course's, a class's or a programme's (教室番号K122-03は児童館の講座の番号である):
the course's, not a person's. Read only where の番号 stands right after the number.
"""

from __future__ import annotations

import re

from .said_not_public import said_not_public, the_sentence_after

_REACH = 48
_SAID_PUBLIC_AFTER = re.compile(r"[ \u3000]*(?:は|も|とともに|と[^。\n、]{0,16}?は|で、?これ(?:は|も))[^。\n]{0,40}?(?<!非)公開"
                                r"(?:しました|して(?:おり|います)|しております|されて(?:い|お)|済み|(?:いた)?しま(?:す|した)(?!か))")


def an_id_said_public_after(text: str, end: int) -> bool:
    """The sentence after the number ending at `end` says the number was made public."""
    if "公開" not in text[end : end + _REACH]:
        return False
    return not said_not_public(the_sentence_after(text, end, _REACH)) and _SAID_PUBLIC_AFTER.match(text, end) is not None


_REACH_OF_A_COURSE = 28
_SAID_A_COURSES = re.compile(r"[ \u3000]?は、?[^\s。、「」（）()]{0,12}?(?:講座|教室|講習|コース|プログラム|催し|行事|事業)の番号(?:です|であ)")


def a_courses_number_said_after(text: str, end: int) -> bool:
    """The words after the number ending at `end` call it a course's, a class's or a programme's number."""
    return "の番号" in text[end : end + _REACH_OF_A_COURSE] and _SAID_A_COURSES.match(text, end) is not None
