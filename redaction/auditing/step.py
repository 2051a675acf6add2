"""The `audit` step: write the audit folder (ledger, side-by-side views, comparison) atomically."""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from redaction.auditing.approvals import with_approvals
from redaction.auditing.compare import compare_ledgers
from redaction.auditing.ledger import LedgerError, read_ledger, write_ledger
from redaction.auditing.report import audit_documents
from redaction.auditing.view import write_view
from redaction.core import clerk_messages as say
from redaction.core.errors import ContentError
from redaction.publishing.swap import new_folder, swap_in

if TYPE_CHECKING:
    from redaction.pipeline import Build

DEFAULT_AUDIT = Path("audit")


def write_audit(build: Build) -> None:
    out = build.paths.audit or DEFAULT_AUDIT.resolve()
    old_path = build.paths.compare
    old_rows = None
    if old_path is not None:  # read before the swap: the old ledger may lie in the folder being replaced
        try:
            old_rows = read_ledger(old_path)
        except LedgerError as exc:
            raise ContentError([say.AUDITING_COMPARE_UNREADABLE.at(str(old_path), 0, 0, reason=exc)]) from None
    audits = with_approvals(audit_documents(build.documents, build.config, build.today), build)
    rows = [row for audit in audits for row in audit.rows]
    comparison = compare_ledgers(old_rows, rows) if old_rows is not None else None
    fresh = new_folder(out)
    try:
        write_ledger(fresh, rows, build.today)
        write_view(fresh, audits, build.config, build.today, comparison, old_path.name if old_path else "")
        if comparison is not None:
            payload = {"key": ["document", "category", "text"],
                       "added": [asdict(r) for r in comparison.added],
                       "removed": [asdict(r) for r in comparison.removed],
                       "changed": [{"fields": list(c.fields), "old": asdict(c.old), "new": asdict(c.new)}
                                   for c in comparison.changed],
                       "unchanged": comparison.unchanged}
            (fresh / "compare.json").write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    swap_in(fresh, out)
    build.audit_summary = {"folder": str(out), "documents": len(audits),
                           "flagged": [a.document.source.rel for a in audits if a.flagged],
                           "rows": len(rows), "comparison": comparison}
