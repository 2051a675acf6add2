"""The audit ledger: one row per tag, as data (JSON) and as a spreadsheet (CSV, UTF-8 with BOM)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date
from pathlib import Path

from redaction.core.config import SumiConfig
from redaction.source.redact import Redaction

LEDGER_FORMAT = "sumi-ledger/1"


@dataclass(frozen=True)
class LedgerRow:
    """One tag of one document and what was decided for it (columns of ledger.csv, in order)."""

    document: str
    field: str            # body, title, agenda[2], …
    line: int
    column: int
    kind: str             # inline, block, public
    category: str         # "" for [[public: …]]
    label: str
    basis: str
    until: str            # YYYY-MM-DD or ""
    until_passed: str     # yes / no / "" (no until date)
    disclosed: str        # yes / no
    in_block: str         # yes / no: an inline tag inside a block (its characters count in the block's row)
    note: str
    withheld_chars: int   # characters withheld (0 when disclosed or reviewed public)
    text: str             # the text under the tag
    # Approval (決裁) of the document's current version, for councils that require it (redaction/checks/approval.py):
    approval: str = ""          # approved / awaiting / unapproved (a draft) / "" (the council does not require it)
    approved_by: str = ""       # who approved this version; several approvals joined by "; ", oldest first
    approved_role: str = ""
    approved_date: str = ""     # YYYY-MM-DD in Asia/Tokyo
    approved_sha256: str = ""   # the sha256 of the source bytes approved (the version now in the content folder)

    @property
    def withheld(self) -> bool:
        return self.disclosed == "no"


COLUMNS = tuple(f.name for f in fields(LedgerRow))
APPROVAL_COLUMNS = ("approval", "approved_by", "approved_role", "approved_date", "approved_sha256")


def ledger_row(row: Redaction, config: SumiConfig, today: date) -> LedgerRow:
    category = config.categories.get(row.category or "")
    withheld = row.withheld
    return LedgerRow(
        document=row.document, field=row.field, line=row.line, column=row.col, kind=row.kind,
        category=row.category or "", label=category.label if category else "公開確認済み",
        basis=category.basis if category else "",
        until=row.until.isoformat() if row.until else "",
        until_passed=("yes" if row.until <= today else "no") if row.until else "",
        disclosed="no" if withheld else "yes", in_block="yes" if row.in_block else "no",
        note=row.note or "", withheld_chars=len(row.text) if withheld else 0, text=row.text)


def ledger_rows(rows: Iterable[Redaction], config: SumiConfig, today: date) -> list[LedgerRow]:
    return [ledger_row(r, config, today) for r in rows]


def ledger_json(rows: Sequence[LedgerRow], today: date) -> str:
    payload = {"format": LEDGER_FORMAT, "today": today.isoformat(), "columns": list(COLUMNS),
               "rows": [asdict(r) for r in rows]}
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


def ledger_csv(rows: Sequence[LedgerRow]) -> str:
    """CSV text; write it with encoding="utf-8-sig" so that Excel reads the Japanese as UTF-8."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([getattr(row, name) for name in COLUMNS])
    return buffer.getvalue()


def write_ledger(folder: Path, rows: Sequence[LedgerRow], today: date) -> None:
    (folder / "ledger.json").write_text(ledger_json(rows, today), encoding="utf-8", newline="\n")
    (folder / "ledger.csv").write_text(ledger_csv(rows), encoding="utf-8-sig", newline="")


class LedgerError(Exception):
    """An old ledger given to --compare cannot be read."""


def read_ledger(path: Path) -> list[LedgerRow]:
    """Read a ledger.json or ledger.csv written by a previous audit."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise LedgerError(f"{path}: 台帳を読めません / cannot read the ledger: {exc}") from None
    try:
        if path.suffix.lower() == ".csv":
            records = list(csv.DictReader(io.StringIO(text, newline="")))
        else:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("format") != LEDGER_FORMAT:
                raise LedgerError(f"{path}: {LEDGER_FORMAT} の台帳ではありません / not a {LEDGER_FORMAT} ledger")
            records = data["rows"]
        return [LedgerRow(**{name: _typed(name, record[name] if name not in APPROVAL_COLUMNS else record.get(name, ""))
                             for name in COLUMNS}) for record in records]   # a ledger from before approvals
    except (KeyError, TypeError, ValueError) as exc:
        raise LedgerError(f"{path}: 台帳の列が足りないか壊れています / missing or bad column: {exc}") from None


def _typed(name: str, value: object) -> object:
    return int(value) if name in ("line", "column", "withheld_chars") else str(value)
