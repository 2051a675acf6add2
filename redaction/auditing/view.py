"""The audit folder's HTML: an index and one side-by-side page per document (Jinja2, autoescaped).

Pages are self-contained (one local stylesheet, no script, no request to any other host), so
that the folder opens offline from a file manager or a USB stick.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from importlib import resources
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from redaction.auditing.align import Mark
from redaction.auditing.compare import Comparison
from redaction.auditing.report import DocumentAudit, category_totals
from redaction.core.config import SumiConfig

TEMPLATES = Path(str(resources.files("redaction.auditing") / "templates"))
STATE_LABELS = {"withheld": "非公開", "disclosed": "公開日到来により公開", "public": "公開確認済み"}


def tooltip(mark: Mark) -> str:
    row = mark.row
    parts = [f"{mark.number}. {row.label}（{STATE_LABELS[mark.state]}）"]
    if row.basis:
        parts.append(f"根拠: {row.basis}")
    if row.until:
        parts.append(f"公開日: {row.until}（{'到来' if row.until_passed == 'yes' else '未到来'}）")
    if row.note:
        parts.append(f"注記: {row.note}")
    parts.append(mark.location)
    return "\n".join(parts)


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.globals.update(tip=tooltip, state_labels=STATE_LABELS)
    return env


def write_view(folder: Path, audits: Sequence[DocumentAudit], config: SumiConfig, today: date,
               comparison: Comparison | None = None, old_name: str = "") -> None:
    env = environment()
    common = {"today": today.isoformat(), "categories": config.categories, "review_share": config.review_share}
    (folder / "audit.css").write_bytes((TEMPLATES / "audit.css").read_bytes())
    index = env.get_template("index.html").render(
        audits=audits, city=config.city, totals=category_totals(audits),
        total_withheld=sum(sum(a.counts.values()) for a in audits), flagged=sum(a.flagged for a in audits),
        compared=comparison is not None, **common)
    _write(folder / "index.html", index)
    page = env.get_template("document.html")
    for audit in audits:
        marks: Mapping[int, Mark] = {m.number: m for m in audit.marks}
        _write(folder / audit.page, page.render(a=audit, marks=marks, **common))
    if comparison is not None:
        _write(folder / "compare.html", env.get_template("compare.html").render(c=comparison, old_name=old_name,
                                                                                **common))


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")
