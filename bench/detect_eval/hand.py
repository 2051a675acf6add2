"""The hand-written labelled minutes (hand/tune, hand/held) through the real safety net.

Each file under hand/ is a source of format v1 written the way clerks write minutes, in
which every personal value that slipped in is labelled `{{TYPE:text}}` (TYPE: ph phone,
em email, ad postal_address, bd birth_date, mn my_number, ba bank_account, id personal_id,
nm person_name). The labels are taken out, the file is read by `read_document` with the
project's configuration and checked by `find_personal_data` (context, contact field, policy
and all), and every finding is matched against the labels by line and column: a label is
found when a finding of its class (structured or name) overlaps it; a finding that overlaps
no label is a false alarm.

hand/tune is what the rules were tuned on; hand/held was written before tuning and is
the figure to report.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from redaction.checks.safety_net import LocatedFinding, find_personal_data
from redaction.core.config import SumiConfig
from redaction.source.document import read_document

HAND = Path(__file__).parent / "hand"
SETS = ("tune", "held")
CODES = {"ph": "phone", "em": "email", "ad": "postal_address", "bd": "birth_date", "mn": "my_number",
         "ba": "bank_account", "id": "personal_id", "nm": "person_name"}
_LABEL = re.compile(r"\{\{(" + "|".join(CODES) + r"):(.+?)\}\}")
TODAY = date(2026, 12, 1)


@dataclass(frozen=True)
class HandLabel:
    type: str
    line: int
    col: int
    text: str

    def overlaps(self, finding: LocatedFinding) -> bool:
        width = len(finding.text.split("\n")[0])
        return finding.line == self.line and finding.col < self.col + len(self.text) and self.col < finding.col + width


@dataclass(frozen=True)
class HandDoc:
    name: str
    text: str
    labels: tuple[HandLabel, ...]


@dataclass(frozen=True)
class HandResult:
    doc: HandDoc
    findings: tuple[LocatedFinding, ...]

    def found(self, label: HandLabel) -> bool:
        return any(label.overlaps(f) and _class(f.type) == _class(label.type) for f in self.findings)

    @property
    def alarms(self) -> tuple[LocatedFinding, ...]:
        return tuple(f for f in self.findings if not any(label.overlaps(f) for label in self.doc.labels))


def _class(type_: str) -> str:
    return "name" if type_ == "person_name" else "structured"


def strip_labels(name: str, labelled: str) -> HandDoc:
    """The source without its label marks, and the labels at their line:col in it."""
    out: list[str] = []
    labels: list[HandLabel] = []
    cursor = 0
    length = 0
    for match in _LABEL.finditer(labelled):
        out.append(labelled[cursor:match.start()])
        length += match.start() - cursor
        before = "".join(out)
        line = before.count("\n") + 1
        col = length - (before.rfind("\n") + 1) + 1
        labels.append(HandLabel(CODES[match.group(1)], line, col, match.group(2)))
        out.append(match.group(2))
        length += len(match.group(2))
        cursor = match.end()
    out.append(labelled[cursor:])
    return HandDoc(name, "".join(out), tuple(labels))


def load_set(which: str, folder: Path = HAND) -> list[HandDoc]:
    return [strip_labels(f"{which}/{path.name}", path.read_text(encoding="utf-8"))
            for path in sorted((folder / which).glob("*.md")) if not path.name.startswith("README")]  # a set's notes (README-round-j.md too)


def run_set(docs: Sequence[HandDoc], config: SumiConfig) -> list[HandResult]:
    """Each document read and checked as a build would (in a scratch content folder)."""
    results: list[HandResult] = []
    with tempfile.TemporaryDirectory() as tmp:
        for doc in docs:
            path = Path(tmp) / doc.name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(doc.text, encoding="utf-8")
            source = read_document(path, doc.name, config)
            results.append(HandResult(doc, tuple(find_personal_data([source], config, TODAY))))
    return results


@dataclass(frozen=True)
class HandScore:
    labels: Counter[str]
    found: Counter[str]
    alarms: int
    documents: int

    def recall(self, cls: str) -> tuple[int, int]:
        types = [t for t in self.labels if _class(t) == cls]
        return sum(self.found[t] for t in types), sum(self.labels[t] for t in types)


def score(results: Sequence[HandResult]) -> HandScore:
    labels: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for result in results:
        for label in result.doc.labels:
            labels[label.type] += 1
            found[label.type] += result.found(label)
    return HandScore(labels, found, sum(len(r.alarms) for r in results), len(results))
