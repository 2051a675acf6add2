"""Labels the minutes say are an office's own numbering (round BH).

`決定番号は市の文書番号です`, `受付番号は課の整理番号です`: the speaker says the label's values are the office's document,
filing or management numbers; its column and its values after it are nobody's in that document, as the labels said
to identify no one are (personal_id._unlinked_labels). Read only where 番号です stands, in windows around
の文書番号です, の整理番号です or の管理番号です.
"""

from __future__ import annotations

import re

from .scan import anchored_finditer

_SAID_AN_OFFICES = re.compile(r"(?P<label>[ァ-ヺー一-龯]{1,10}番号)は、?"
                              r"(?:市|町|村|区|都|道|府|県|国|[一-龯]{1,8}(?:市|町|村|課|係|局|所|室))の(?:文書|整理|管理)番号です")

_ANCHOR = re.compile("の(?:文書|整理|管理)番号です")  # opens with a literal: the engine skips to each の
_BEFORE = 26  # a label of up to twelve characters, は、 and an office's name of up to nine before の
_AFTER = 8


def labels_said_an_offices_numbering(text: str) -> set[str]:
    """The labels said to be an office's document, filing or management numbers (`決定番号は市の文書番号です`)."""
    if "番号です" not in text:  # one scan for the three endings' common tail
        return set()
    return {match.group("label") for match in anchored_finditer(_SAID_AN_OFFICES, text, _ANCHOR, _BEFORE, _AFTER)}
