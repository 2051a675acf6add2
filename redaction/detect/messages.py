"""Findings as clerks read them: file:line:col, type, text, what to do (Japanese first)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from redaction.core import clerk_messages as say

from .model import Finding

TYPE_LABELS: dict[str, tuple[str, str]] = {
    "phone": ("電話番号", "phone number"),
    "email": ("メールアドレス", "e-mail address"),
    "postal_address": ("住所・郵便番号", "postal address"),
    "birth_date": ("生年月日", "birth date"),
    "my_number": ("マイナンバー（個人番号）", "My Number"),
    "bank_account": ("銀行口座", "bank account"),
    "personal_id": ("被保険者番号等の個人の番号", "personal ID number"),
    "person_name": ("個人の氏名", "person's name"),
}


class LineIndex:
    """Offsets in a text to 1-based line and column (columns count characters)."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def to_records(file: str, text: str, findings: Iterable[Finding], line_offset: int = 0) -> list[dict[str, object]]:
    """The JSON shape of `check --format json`: {"file","line","col","type","text"}.

    `line_offset` is the number of source lines before `text` (the front matter).
    """
    index = LineIndex(text)
    records: list[dict[str, object]] = []
    for f in findings:
        line, col = index.line_col(f.start)
        records.append({"file": file, "line": line + line_offset, "col": col, "type": f.type, "text": f.text})
    return records


def format_finding(file: str, line: int, col: int, finding: Finding, level: str) -> str:
    """One message line for a clerk, Japanese first, then English."""
    ja, en = TYPE_LABELS.get(finding.type, (finding.type, finding.type))
    kind = "エラー" if level == "error" else "警告"
    said_ja, said_en = say.POSSIBLE_PERSONAL_DATA.texts(what=ja, what_en=en, text=finding.text.replace("\n", "⏎"))
    return f"{file}:{line}:{col}: {kind}: {said_ja} / {level}: {said_en}"
