"""Half-width katakana runs that are a transfer form's words, not a name (round AZ).

A bank's transfer or recall form printed in half-width katakana (ｸﾐﾓﾄﾞｼ ｲﾗｲ, ﾎﾝﾗｲﾉ ｳｹﾄﾘﾆﾝ:, ﾌﾘｺﾐﾆﾝ: ｽﾐﾚｼ ｹﾝﾁｸｼﾄﾞｳｶ)
holds runs of two words that read like a surname and a given name:
- a run holding one of the form's own words (依頼, 受取人, 振込人, 組戻し, 金額, 本来の …), or a run standing as a field's
  key (a colon right after it);
- an office: a first word ending in a city's, a ward's or a town's reading (ｼ, ｸ, ﾁｮｳ, ﾏﾁ, ﾑﾗ) and a second word of six
  half-width characters or more ending in a section's (ｶ 課, ｶｶﾘ 係, ﾌﾞ 部, ｼﾂ 室): ｽﾐﾚｼ ｹﾝﾁｸｼﾄﾞｳｶ.
A holder's name after the key (ﾌﾘｺﾐｻｷ: … ﾓﾓﾀ ｻﾁｺ) holds none of these.
"""

from __future__ import annotations

import re

_FORM_WORDS = frozenset(("ｲﾗｲ", "ｳｹﾄﾘﾆﾝ", "ﾌﾘｺﾐﾆﾝ", "ﾌﾘｺﾐｻｷ", "ｸﾐﾓﾄﾞｼ", "ｷﾝｶﾞｸ", "ﾃｽｳﾘｮｳ", "ﾎﾝﾗｲﾉ", "ﾒｲｷﾞﾆﾝ",
                         "ﾌﾘｶｴ", "ｿｳｷﾝ", "ｼﾊﾗｲ", "ｾｲｷｭｳ", "ﾍﾝｷﾝ", "ｶﾝﾌﾟ", "ｲﾗｲﾆﾝ", "ｲﾗｲｼｮ"))  # whole words only
_KEY_AFTER = re.compile(r"[ \u3000]*[:：]")
_OFFICE = re.compile(r"[\uff66-\uff9f]+(?:ｼ|ｸ|ﾁｮｳ|ﾏﾁ|ﾑﾗ)[ \u3000][\uff66-\uff9f]{4,}(?:ｶ|ｶｶﾘ|ﾌﾞ|ｼﾂ)")


def a_forms_words(text: str, start: int, end: int) -> bool:
    """The half-width run at start:end is a form's words or key, or an office's name, not a person's."""
    run = text[start:end]
    if any(word in _FORM_WORDS for word in run.replace("\u3000", " ").split(" ")):
        return True
    if _KEY_AFTER.match(text, end):
        return True
    return _OFFICE.fullmatch(run) is not None
