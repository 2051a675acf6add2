"""The audit's view of approval (決裁): who approved which version of each document when."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from redaction.auditing.report import DocumentAudit
from redaction.checks.approval import AWAITING_LABELS, Approval

if TYPE_CHECKING:
    from redaction.pipeline import Build


def with_approvals(audits: Sequence[DocumentAudit], build: Build) -> list[DocumentAudit]:
    """Each audit with its document's state and approval, and its ledger rows with the approval columns;
    unchanged for councils that do not require approval."""
    if build.approvals is None:
        return list(audits)
    result: list[DocumentAudit] = []
    for audit in audits:
        source = audit.document.source
        if not build.config.councils[source.council].approval_required:
            result.append(audit)
            continue
        approved = build.approvals.of(source.rel, source.file_sha256)
        waiting = build.awaiting.get(source.rel)
        status = "awaiting" if waiting else "approved" if approved else "unapproved"   # unapproved: a draft
        columns = {"approval": status, "approved_by": _joined(a.by for a in approved),
                   "approved_role": _joined(a.role for a in approved),
                   "approved_date": _joined(a.date for a in approved),
                   "approved_sha256": source.file_sha256 if approved else ""}
        marks = tuple(replace(mark, row=replace(mark.row, **columns)) for mark in audit.marks)
        result.append(replace(audit, marks=marks, state=build.state_of(audit.document),
                              approval=_summary(approved, build.approvals.of_other_versions(source.rel, source.file_sha256),
                                                waiting, source.file_sha256)))
    return result


def _joined(values) -> str:
    return "; ".join(values)


def _summary(approved: Sequence[Approval], earlier: Sequence[Approval], waiting: str | None, sha256: str) -> str:
    """The approval line of the audit's views: this version's approvals, or why it waits and who approved before."""
    if waiting:
        text = f"承認待ち（{AWAITING_LABELS[waiting]}）sha256 {sha256[:12]}"
        if earlier:
            text += "。以前の版：" + "、".join(f"{_who(a)}が承認（sha256 {a.sha256[:12]}）" for a in earlier)
        return text
    if not approved:
        return f"未承認 sha256 {sha256[:12]}"
    return "、".join(_who(a) for a in approved) + f"が承認（sha256 {sha256[:12]}）"


def _who(approval: Approval) -> str:
    return f"{approval.date} {approval.by}" + (f"（{approval.role}）" if approval.role else "")
