"""The auditor's view: ledger of every tag, side-by-side source/public views, comparison of ledgers."""

from redaction.auditing.step import write_audit

__all__ = ["write_audit"]
