"""Comparing two ledgers: which redactions were added, removed or changed since the last audit.

Rows are matched by the key (document, category, text) — not by line or column, so that a
paragraph inserted above a tag moves it without making it "changed". The same text tagged
twice in one document under one category gives two rows with the same key; they are paired
in the order they appear. A matched pair is "changed" when anything an auditor judges
differs: kind, field, label, legal basis, until date, disclosed, clerk's note.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from redaction.auditing.ledger import LedgerRow

COMPARED = ("kind", "field", "label", "basis", "until", "disclosed", "note")


def match_key(row: LedgerRow) -> tuple[str, str, str]:
    return (row.document, row.category, row.text)


@dataclass(frozen=True)
class Change:
    old: LedgerRow
    new: LedgerRow
    fields: tuple[str, ...]        # names of the compared columns that differ


@dataclass(frozen=True)
class Comparison:
    added: tuple[LedgerRow, ...]
    removed: tuple[LedgerRow, ...]
    changed: tuple[Change, ...]
    unchanged: int

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def compare_ledgers(old: Sequence[LedgerRow], new: Sequence[LedgerRow]) -> Comparison:
    pending: dict[tuple[str, str, str], list[LedgerRow]] = defaultdict(list)
    for row in old:
        pending[match_key(row)].append(row)
    added: list[LedgerRow] = []
    changed: list[Change] = []
    unchanged = 0
    for row in new:
        queue = pending.get(match_key(row))
        if not queue:
            added.append(row)
            continue
        before = queue.pop(0)
        differing = tuple(name for name in COMPARED if getattr(before, name) != getattr(row, name))
        if differing:
            changed.append(Change(before, row, differing))
        else:
            unchanged += 1
    removed = [row for rows in pending.values() for row in rows]
    order = lambda r: (r.document, r.line, r.column)  # noqa: E731
    return Comparison(tuple(sorted(added, key=order)), tuple(sorted(removed, key=order)),
                      tuple(sorted(changed, key=lambda c: order(c.new))), unchanged)
