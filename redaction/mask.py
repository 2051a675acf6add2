"""Length-preserving views of a source text, for checks that must point at file:line:col.

The public view keeps what will be published (plain text, disclosed and reviewed-public
tag texts) and overwrites everything else — tag syntax, withheld texts, withheld blocks —
with 〓 (U+3013), one per character, so that every offset still points into the source.
"""

from __future__ import annotations

import hashlib
from datetime import date

from redaction.redact import is_disclosed
from redaction.source import SourceDocument
from redaction.tags import Lexed

MASK = "\u3013"  # 〓, the geta mark: Japanese print's sign for a character that is not there


def public_view(lexed: Lexed, today: date, *, keep_reviewed_public: bool = True) -> str:
    """The source text as the public will read it, with offsets unchanged.

    With keep_reviewed_public=False, [[public: …]] texts are masked too (the personal-data
    detector is silenced there) and so are texts disclosed by an `until` date (a clerk's
    tag already covers them).
    """
    chars = list(lexed.text)

    def mask(start: int, end: int) -> None:
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = MASK

    withheld_blocks = [t for t in lexed.tags if t.kind == "block" and not is_disclosed(t, today)]
    for tag in lexed.tags:
        if tag.kind == "block":
            if tag in withheld_blocks:
                mask(tag.start, tag.end)
            else:
                mask(tag.start, tag.text_start)
                mask(tag.text_end, tag.end)
            continue
        if any(b.start <= tag.start < b.end for b in withheld_blocks):
            continue
        if keep_reviewed_public and is_disclosed(tag, today):
            mask(tag.start, tag.text_start)
            mask(tag.text_end, tag.end)
        else:
            mask(tag.start, tag.end)
    for escape in lexed.escapes:
        chars[escape.start] = MASK if chars[escape.start] == "\\" else chars[escape.start]
    return "".join(chars)


def views_digest(source: SourceDocument, today: date) -> str:
    """A digest that changes whenever a view of the document can: its name, its text, what `today` discloses.

    A check whose answer depends only on the document's views (and on what it looks for)
    can reuse its last answer for a document with the same digest.
    """
    disclosed = "".join("1" if is_disclosed(tag, today) else "0"
                        for _, lexed in source.all_lexed() for tag in lexed.tags)
    return hashlib.sha256(f"{source.rel}\0{source.text_sha256}\0{disclosed}".encode()).hexdigest()
