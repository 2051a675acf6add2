"""A person named after their role in a Markdown list item, the list holding their particulars (round AV).

`1. 第1協力員 桃原 浩美` with `    - すみれ市寿町一丁目7番5号` and `    - 携帯 080-…` nested under it; `    - 会計 Rahimi Farzaneh` and
`    - 防犯部長 知念 健吾` among a group's officers whose nested items give their phones and mails. The item holds the role (a
kanji word ending as roles do: 長, 員, 計, 事, 役, 係, 担当; 第1 before it) and a full name alone (a kanji surname and a given
name with a space between, or two or three capitalised Latin words); the list — its items and their nested items, up to a
blank line — holds a person's particular (a phone's shape, an e-mail's @, 丁目, 番地, an account's kind). A name followed by
anything on its line (（自治会一覧で公表）) is not read. Read from each newline (the pattern opens with it), only in texts
holding a list item's mark and a role's last character before a space.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

_ROLE = r"(?:第[0-9０-９]{1,2})?[一-龯]{1,6}?(?:長|員|計|事|役|係|担当)"
_NAME = (r"(?:[一-龯々]{1,4}[ \u3000][一-龯々ぁ-ゖァ-ヺ]{1,4}"
         r"|[A-Z][a-z\u00e0-\u00ff\u0100-\u017f]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z\u00e0-\u00ff\u0100-\u017f]+(?:-[A-Z][a-z]+)?){1,2})")
_ITEM = re.compile(rf"\n(?P<indent>[ \t]*)(?:-|[0-9]{{1,3}}\.)[ ](?P<role>{_ROLE})[ \u3000](?P<name>{_NAME})[ \u3000]*(?=\n|\Z)")
# a role's last character and the space after it: one of them stands in every item read (a literal `in` test each)
_ROLE_THEN_SPACE = tuple(f"{ending}{space}" for ending in "長員計事役係当" for space in (" ", "\u3000"))
_PARTICULAR = re.compile(r"@|[0-9]{2,5}-[0-9]{2,4}-[0-9]{3,4}|丁目|番地|普通|当座|\+[0-9]")
_LIST_LINE = re.compile(r"[ \t]*(?:[-*+]|[0-9]{1,3}[.)])[ ]")
_LIST_REACH = 20  # lines of the list read on each side
_CHARACTERS_REACH = 2_000


@needs("- ", ". ")
def names_after_a_role_in_list_items(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """Full names standing alone after a role in a list item of a list that gives particulars."""
    if ("- " not in text and ". " not in text) or not any(map(text.__contains__, _ROLE_THEN_SPACE)):
        return []
    found: list[tuple[int, int]] = []
    for item in _ITEM.finditer(text):
        start, end = item.span("name")
        if text[start:end] not in public and _list_gives_particulars(text, item.start() + 1):
            found.append((start, end))
    return found


def _list_gives_particulars(text: str, line_start: int) -> bool:
    """The list around the line at `line_start` (its list lines and their nested lines, up to a blank line) holds a particular."""
    lines_before = text[max(0, line_start - _CHARACTERS_REACH) : line_start].split("\n")[-_LIST_REACH - 1 : -1]
    lines_after = text[line_start : line_start + _CHARACTERS_REACH].split("\n", _LIST_REACH + 1)[1 : _LIST_REACH + 1]
    block: list[str] = []
    for line in reversed(lines_before):
        if not line.strip() or not (_LIST_LINE.match(line) or line.startswith((" ", "\t"))):
            break
        block.append(line)
    for line in lines_after:
        if not line.strip() or not (_LIST_LINE.match(line) or line.startswith((" ", "\t"))):
            break
        block.append(line)
    return any(_PARTICULAR.search(line) for line in block)
