"""Labels the minutes say are an office's own numbering (round BH).

`決定番号は市の文書番号です`, `受付番号は課の整理番号です`: the speaker says the label's values are the office's document,
filing or management numbers; its column and its values after it are nobody's in that document, as the labels said
to identify no one are (personal_id._unlinked_labels). Read only where 文書番号です, 整理番号です or 管理番号です stands.
"""

from __future__ import annotations

import re

_ENDINGS = ("文書番号です", "整理番号です", "管理番号です")
_SAID_AN_OFFICES = re.compile(r"(?P<label>[ァ-ヺー一-龯]{1,10}番号)は、?"
                              r"(?:市|町|村|区|都|道|府|県|国|[一-龯]{1,8}(?:市|町|村|課|係|局|所|室))の(?:文書|整理|管理)番号です")


def labels_said_an_offices_numbering(text: str) -> set[str]:
    """The labels said to be an office's document, filing or management numbers (`決定番号は市の文書番号です`)."""
    if not any(ending in text for ending in _ENDINGS):
        return set()
    return {match.group("label") for match in _SAID_AN_OFFICES.finditer(text)}
