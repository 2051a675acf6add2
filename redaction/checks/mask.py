"""Length-preserving views of a source text, for checks that must point at file:line:col.

The public view keeps what will be published (plain text, disclosed and reviewed-public
tag texts) and overwrites everything else — tag syntax, withheld texts, withheld blocks —
with 〓 (U+3013), one per character, so that every offset still points into the source.
It is drawn from the segments of the one redaction pass (redact.redact), as the public
Markdown and the audit are.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date

from redaction.source.document import SourceDocument
from redaction.source.redact import ESCAPE, PUBLISHED, TEXT, is_disclosed, redact
from redaction.source.tags import Lexed

MASK = "\u3013"  # 〓, the geta mark: Japanese print's sign for a character that is not there
_NOT_A_LINE_BREAK = re.compile(r"[^\n]")


def public_view(lexed: Lexed, today: date, *, keep_reviewed_public: bool = True) -> str:
    """The source text as the public will read it, with offsets unchanged.

    With keep_reviewed_public=False, [[public: …]] texts are masked too (the personal-data
    detector is silenced there) and so are texts disclosed by an `until` date (a clerk's
    tag already covers them).
    """
    text = lexed.text
    if not lexed.tags and not lexed.escapes:
        return text
    kept = (TEXT, PUBLISHED) if keep_reviewed_public else (TEXT,)
    pieces: list[str] = []
    for segment in redact(lexed, today).segments:
        piece = text[segment.start:segment.end]
        if segment.kind == ESCAPE:      # the backslash goes; the marker it escapes is published
            pieces.append(MASK + piece[1:])
        elif segment.kind in kept:
            pieces.append(piece)
        else:
            pieces.append(_NOT_A_LINE_BREAK.sub(MASK, piece))
    return "".join(pieces)


def views_digest(source: SourceDocument, today: date) -> str:
    """A digest that changes whenever a view of the document can: its name, its text, what `today` discloses.

    A check whose answer depends only on the document's views (and on what it looks for)
    can reuse its last answer for a document with the same digest.
    """
    known = getattr(source, "views_known", None)   # a cached source's digest, taken on its entry's day (source/cache.py)
    if known is not None and known[0] == today:
        return known[1]
    disclosed = "".join("1" if is_disclosed(tag, today) else "0"
                        for _, lexed in source.all_lexed() for tag in lexed.tags)
    return hashlib.sha256(f"{source.rel}\0{source.text_sha256}\0{disclosed}".encode()).hexdigest()
