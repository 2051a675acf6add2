"""Case and programme numbers the sentence right after them says were published (round AZ).

The number, then は or も and, in the same sentence, that it was made public (立入検査番号 …第121-0033号 は公開しました,
プログラム番号RJ-220は公開されていますね, 受付番号 FN-… は…個人を識別するものではないと考えて公開しております); or listed with another public item
(届出番号 …第125-031号 とともに公開しています, 事件番号 …第126-011号 と賠償額…は公開します), or called the office's own
number right after (…第124-003号で、これは市の管理番号ですので公開しています). Not 非公開,
nor a sentence saying it is not (公開していない, 公開しません, 公開されていない). Read only where 公開 stands within the
sentence's reach after the number.
(A number the words right after it call a course's, a class's or a programme's, also of round AZ, is read with the
other things' numbers said after them: said_whose_number.)
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
