"""A withheld text that also stands untagged elsewhere would leak there: find it before rendering.

Every withheld inline text of the corpus, and every line and table cell of a withheld block
from BLOCK_MIN_CHARS characters on (the leak scan's pieces, redact.withheld_needles), is
looked for in the public view of every published text (front matter and body, every
document but drafts), compared after NFKC with white space removed. It is reported at the
source line where it stands, naming the tag's or the block's place. Inline texts shorter than
two characters are not looked for: a single character stands everywhere, so the check could
only stop every build; it is still withheld.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from redaction.checks.mask import public_view, views_digest
from redaction.core import clerk_messages as say
from redaction.core import cores
from redaction.core.any_of import Needles, occurring
from redaction.core.cores import map_on_every_core
from redaction.core.errors import Problem
from redaction.core.normalize import is_ignorable, squash
from redaction.core.scan_record import known_clean, needles_digest, record_clean
from redaction.source.document import SourceDocument
from redaction.source.redact import Redaction, withheld_needles

MIN_CHARS = 2
BLOCK_MIN_CHARS = 10  # as the leak scan: a short cell such as 「氏名」 also stands in public text
_EXCERPT = 24
NARROW_DOCUMENTS = 8   # up to this many documents to search, only the needles that occur in them are built (_occurring)
FIRST_PASS_DOCUMENTS = 200  # from this many documents to search, the fast first pass is worth building (any_of.py)
KIND = "consistency"
RECORD_NAME = "consistency-clean.json"
CHECKING_MODULES = (__name__,)   # this module and what it imports: the key of its record (code_fingerprint.py)


def squashed_with_offsets(text: str) -> tuple[str, list[int]]:
    """squash() of text, with the source offset of every output character."""
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        for piece in unicodedata.normalize("NFKC", char):
            if not is_ignorable(piece):
                out.append(piece)
                offsets.append(index)
    return "".join(out), offsets


def check_consistency(sources: Sequence[SourceDocument], rows: Iterable[Redaction], public_terms: Iterable[str],
                      today: date, work: Path | None = None) -> list[Problem]:
    """Problems for every untagged occurrence of a withheld inline text.

    With a work folder, documents that the last check found clean against exactly the same
    withheld texts, and whose views are unchanged (`views_digest`), are not searched again.
    """
    allowed = {squash(term) for term in public_terms}
    first: dict[str, Redaction] = {}
    for needle, row in withheld_needles(rows, block_min_chars=BLOCK_MIN_CHARS, inline_min_chars=MIN_CHARS):
        if needle not in allowed:
            first.setdefault(needle, row)
    if not first:
        return []
    needles = Needles(first)
    looked_for = needles_digest(first, CHECKING_MODULES)
    clean_before = known_clean(work, looked_for, RECORD_NAME) if work is not None else frozenset()
    published = [(source, views_digest(source, today)) for source in sources if source.status != "draft"]
    todo = [source for source, views in published if views not in clean_before]
    if len(todo) >= FIRST_PASS_DOCUMENTS:
        needles.with_first_pass()    # before the workers fork (any_of.py)
    elif todo:
        if len(todo) <= NARROW_DOCUMENTS:
            needles = _occurring(first, todo, today)
        needles.automaton()
    found = map_on_every_core(_untagged_uses_of, range(len(todo)), (todo, needles, today),  # workers inherit todo
                              worth_it=len(todo) >= cores.PARALLEL_DOCUMENTS, chunksize=16)
    found_in = {source.rel: problems for source, problems in zip(todo, found, strict=True)}
    clean_now = [views for source, views in published if not found_in.get(source.rel)]
    if work is not None:
        record_clean(work, looked_for, clean_now, RECORD_NAME)
    return [problem for problems in found for problem in problems]



def _occurring(first: dict[str, Redaction], sources: Sequence[SourceDocument], today: date) -> Needles:
    """The needles that occur in the sources' public views: a rebuild after one edit searches one document,
    and an automaton of every withheld text of the corpus (70,000 at 10,000 documents) cost seconds to
    build where a substring test of each takes a fraction. Every needle that occurs is kept, so the hits,
    and their order, are those of the whole automaton."""
    views = [squash(public_view(lexed, today)) for source in sources for _, lexed in source.all_lexed()]
    found = occurring(first, views)   # by pairs of characters (any_of.py): a substring test of each cost 1 s
    return Needles({needle: row for needle, row in first.items() if needle in found})


def _untagged_uses_of(index: int, job: tuple[Sequence[SourceDocument], Needles, date]) -> list[Problem]:
    sources, needles, today = job
    return _untagged_uses(sources[index], needles, today)


def _untagged_uses(source: SourceDocument, needles: Needles, today: date) -> list[Problem]:
    problems: list[Problem] = []
    for _, lexed in source.all_lexed():
        visible = public_view(lexed, today)
        if next(needles.hits(squash(visible)), None) is None:
            continue  # the common case, at C speed; exact offsets are only worked out for a hit
        view, offsets = squashed_with_offsets(visible)
        for end, (needle, row) in needles.hits(view):
            line, col = lexed.position(offsets[end - len(needle) + 1])
            problems.append(_untagged_use(source.rel, line, col, needle, row))
    return problems


def _untagged_use(file: str, line: int, col: int, needle: str, row: Redaction) -> Problem:
    where = f"{row.document}:{row.line}:{row.col}"
    if row.kind == "block":
        excerpt = needle if len(needle) <= _EXCERPT else needle[:_EXCERPT] + "…"
        return say.UNTAGGED_BLOCK_LINE.at(file, line, col, kind=KIND, place=where, excerpt=excerpt)
    return say.UNTAGGED_USE.at(file, line, col, kind=KIND, place=where, text=row.text)
