"""What the audit says about each document: aligned lines, marks, counts and the withheld share."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from redaction.auditing.align import AlignedLine, Mark, align
from redaction.auditing.ledger import LedgerRow
from redaction.core.config import SumiConfig
from redaction.source.public_page import PublicDocument
from redaction.source.redact import decisions
from redaction.source.tags import Lexed

STATE_LABELS = {"live": "掲載中", "archived": "掲載終了", "draft": "下書き（非公開）", "awaiting": "承認待ち（非公開）"}


@dataclass(frozen=True)
class DocumentAudit:
    document: PublicDocument
    page: str                          # file name of its side-by-side view
    lines: tuple[AlignedLine, ...]
    marks: tuple[Mark, ...]
    counts: Mapping[str, int]          # withheld passages by category id (as counted on the page)
    withheld_chars: int
    total_chars: int
    flagged: bool                      # withheld share above config.review_share
    state: str = ""                    # the build's state of the document (awaiting approval) when not its own
    approval: str = ""                 # who approved the current version when, for councils that require it

    @property
    def share(self) -> float:
        return self.withheld_chars / self.total_chars if self.total_chars else 0.0

    @property
    def rows(self) -> tuple[LedgerRow, ...]:
        return tuple(m.row for m in self.marks)

    @property
    def state_label(self) -> str:
        state = self.state or self.document.state
        return STATE_LABELS.get(state, state)


def character_counts(lexed: Lexed, today: date) -> tuple[int, int]:
    """(withheld, total) characters of a text, white space and tag syntax not counted.

    A character is withheld when it lies in the text of a withheld tag (a block's whole
    content included); the share of a document is withheld / total over all its texts.
    """
    kinds = ["public"] * len(lexed.text)
    for tag, row in zip(lexed.tags, decisions(lexed, "", "", today), strict=True):
        if row.withheld:
            kinds[tag.text_start:tag.text_end] = ["withheld"] * (tag.text_end - tag.text_start)
    for tag in lexed.tags:
        kinds[tag.start:tag.text_start] = ["markup"] * (tag.text_start - tag.start)
        kinds[tag.text_end:tag.end] = ["markup"] * (tag.end - tag.text_end)
    counted = [kind for kind, char in zip(kinds, lexed.text, strict=True) if not char.isspace() and kind != "markup"]
    return counted.count("withheld"), len(counted)


def audit_document(document: PublicDocument, page: str, config: SumiConfig, today: date) -> DocumentAudit:
    source = document.source
    council = config.councils[source.council]
    lines: list[AlignedLine] = []
    marks: list[Mark] = []
    withheld = total = 0
    for name, lexed in source.all_lexed():
        names = council if name == "body" else None    # the speaker-name policy applies to the body
        new_lines, new_marks = align(lexed, name, source.rel, today, config, len(marks) + 1, names)
        lines += new_lines
        marks += new_marks
        w, t = character_counts(lexed, today)
        withheld, total = withheld + w, total + t
    share = withheld / total if total else 0.0
    lines.sort(key=lambda line: line.line)  # file order: front matter values, then the body
    return DocumentAudit(document, page, tuple(lines), tuple(marks), dict(document.counts), withheld, total,
                         share > config.review_share)


def audit_documents(documents: Sequence[PublicDocument], config: SumiConfig, today: date) -> list[DocumentAudit]:
    audits: list[DocumentAudit] = []
    used: set[str] = set()
    for document in sorted(documents, key=lambda d: d.source.rel):
        page = page_name(document.source.rel, used)
        used.add(page)
        audits.append(audit_document(document, page, config, today))
    return audits


def page_name(rel: str, used: set[str]) -> str:
    """A flat file name for a document's view: kojin-joho/2024/2024-07-11.md -> kojin-joho--2024--2024-07-11.html."""
    stem = rel.removesuffix(".md").replace("/", "--")
    name, number = f"{stem}.html", 1
    while name in used:
        number += 1
        name = f"{stem}-{number}.html"
    return name


def category_totals(audits: Sequence[DocumentAudit]) -> Counter[str]:
    totals: Counter[str] = Counter()
    for audit in audits:
        totals.update(audit.counts)
    return totals
