"""Word comments → marks. Every comment must be a tag head; its author and date are never read."""

from __future__ import annotations

from docx.document import Document
from docx.oxml.ns import qn
from lxml import etree

from redaction.core import clerk_messages as say
from redaction.core.config import SumiConfig
from redaction.core.errors import Problem
from redaction.importing.docx_places import Places
from redaction.importing.marks import comment_mark
from redaction.importing.model import Mark, place_problem

_ANCHORS = (qn("w:commentRangeStart"), qn("w:commentReference"))


def read_marks(file: str, document: Document, body: etree._Element, places: Places,
               config: SumiConfig) -> tuple[dict[str, Mark], list[Problem]]:
    """Comment id → Mark for every comment; a problem for each comment that is not a tag head."""
    anchors: dict[str, etree._Element] = {}
    for anchor in body.iter(*_ANCHORS):
        anchors.setdefault(anchor.get(qn("w:id")) or "", anchor)
    marks: dict[str, Mark] = {}
    problems: list[Problem] = []
    if not _has_comments(document):
        return marks, problems
    for comment in document.comments:
        key = str(comment.comment_id)
        text = comment.text
        mark = comment_mark(text, key, config)
        place = places.at(anchors[key]) if key in anchors else "コメント / comment"
        if mark is None:
            shown = " ".join(text.split())[:30]
            problems.append(place_problem(file, place, *say.IMPORTING_COMMENT_NOT_TAG.texts(shown=shown)))
            continue
        if key not in anchors:
            continue   # anchored outside the body (page header or footer): nothing there is imported
        marks[key] = mark
    return marks, problems


def _has_comments(document: Document) -> bool:
    """Whether the file has a comments part (asking python-docx for comments would add an empty one)."""
    return any(rel.reltype.endswith("/comments") for rel in document.part.rels.values())
