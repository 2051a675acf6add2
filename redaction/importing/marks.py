"""A Word comment's text as a tag head, validated exactly as the lexer validates `[[…: ]]` heads.

Accepted: a category id or alias with optional `until=YYYY-MM-DD` and `note="…"`
(`個人情報`, `入札 until=2027-04-01 note="入札公告前"`), optionally after 「非公開」 and a
space or colon (「非公開：個人情報」); and `public` for reviewed public text.
"""

from __future__ import annotations

import re

from redaction.core.config import SumiConfig
from redaction.core.errors import ContentError
from redaction.importing.model import Mark
from redaction.source.document import _lookup  # the lexer's category lookup, as `check` builds it
from redaction.source.tags import PUBLIC, lex

_PREFIX = re.compile(r"^非公開[ \t\u3000:：]+")
_PROBE = "x"


def comment_mark(text: str, key: str, config: SumiConfig) -> Mark | None:
    """The Mark a comment's text gives, or None when it is not a tag head (a question, a remark)."""
    head = " ".join(text.replace("\u3000", " ").split())   # Word may wrap or pad a comment
    head = _PREFIX.sub("", head).strip()
    if not head or any(ch in head for ch in "[]［］\n") or _has_colon_outside_quotes(head):
        return None
    try:
        lexed = lex(f"[[{head}: {_PROBE}]]", "comment", _lookup(config), allow_blocks=False)
    except ContentError:
        return None
    if len(lexed.tags) != 1:
        return None
    tag = lexed.tags[0]
    if tag.kind == PUBLIC:
        return Mark(PUBLIC, key, public=True)
    word = head.split(" ", 1)[0]
    rest = head[len(word):].strip()
    canonical = " ".join(part for part in (tag.category or word, rest) if part)
    return Mark(canonical, key)


def _has_colon_outside_quotes(head: str) -> bool:
    quoted = False
    for char in head:
        if char == '"':
            quoted = not quoted
        elif char in ":：" and not quoted:
            return True
    return False

