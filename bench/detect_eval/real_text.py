"""False alarms on real public minutes, read at run time from a folder (`--text-from DIR`).

Nothing of them is copied into the project. Real minutes published by a city hold no
untagged personal data, so every finding is a false alarm. They are plain text (or HTML
pasted as text), not Sumi sources: the header rows that the `import` command turns into
front matter are read the same way here — 出席者／欠席者／事務局／説明員 rows give the
document's public names (and are not scanned, as attendees are not), the 問い合わせ先 row
is the contact field — and the rest is scanned by the detector with that context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from redaction.checks.safety_net import is_public_by_field
from redaction.detect import DetectContext, Finding, LineIndex, detect
from redaction.detect.names.public import names_of_entries

SUFFIXES = (".txt", ".md", ".html", ".htm")
_NAME_ROWS = ("出席", "欠席", "事務局", "説明員", "委員名")
_CONTACT_ROWS = ("問い合わせ", "問合せ", "連絡先")
_HTML_TAG = re.compile(r"<[^>]*>")
_ROW_LABEL = re.compile(r"[●○◆■]?[^\s：:]{1,8}[：:]")
_SEPARATORS = re.compile(r"[\s、,，・]+")


@dataclass(frozen=True)
class RealResult:
    path: Path
    chars: int
    findings: tuple[tuple[int, int, Finding], ...]  # line, col, finding


def _row(line: str) -> tuple[str, str]:
    """The label of a header row (tab-separated, spaces in the label ignored) and its value."""
    label, _, value = line.partition("\t")
    return re.sub(r"\s", "", _HTML_TAG.sub("", label)), value


def context_of(text: str) -> tuple[DetectContext, set[int], set[int]]:
    """Public names from the header rows; the lines that are name rows and contact rows."""
    entries: list[str] = []
    name_lines: set[int] = set()
    contact_lines: set[int] = set()
    for number, line in enumerate(text.split("\n")):
        label, value = _row(line)
        if not value or len(label) > 12:
            continue
        if any(word in label for word in _NAME_ROWS):
            name_lines.add(number)
            cleaned = _ROW_LABEL.sub(" ", _HTML_TAG.sub(" ", value))
            entries += [w for w in _SEPARATORS.split(cleaned) if w]
        elif any(word in label for word in _CONTACT_ROWS):
            contact_lines.add(number)
    return DetectContext(public_names=names_of_entries(entries)), name_lines, contact_lines


def run_folder(folder: Path) -> list[RealResult]:
    results: list[RealResult] = []
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file()):
        text = path.read_text(encoding="utf-8-sig", errors="replace").replace("\r\n", "\n")
        context, name_lines, contact_lines = context_of(text)
        lines = text.split("\n")
        scanned = "\n".join("" if n in name_lines else line for n, line in enumerate(lines))
        index = LineIndex(scanned)
        located: list[tuple[int, int, Finding]] = []
        for finding in detect(scanned, context):
            line, col = index.line_col(finding.start)
            if not is_public_by_field("contact" if line - 1 in contact_lines else "body", finding.type):
                located.append((line, col, finding))
        results.append(RealResult(path, len(text), tuple(located)))
    return results
