"""The tuning half's open items: the misses and false alarms a round left, listed with a reason.

`hand/tune/OPEN.txt` holds one item a line, `tune/ae01.md:41:8 ALARM personal_id 'MS-54-017'  — reason`
(lines starting with # and blank lines are skipped; a .txt is no document of the set). The test of the tuning
half asserts that a run's misses and false alarms are exactly this list: a new one fails it, and so does a mended
one left on the list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.detect_eval.hand import HAND, HandResult

OPEN_LIST = HAND / "tune" / "OPEN.txt"
_ITEM = re.compile(r"^(?P<doc>\S+):(?P<line>\d+):(?P<col>\d+) (?P<kind>MISS|ALARM) (?P<type>\w+) "
                   r"'(?P<text>[^']+)'  — (?P<reason>\S.*)$")


@dataclass(frozen=True)
class OpenItem:
    doc: str
    line: int
    col: int
    kind: str
    type: str
    text: str

    def __str__(self) -> str:
        return f"{self.doc}:{self.line}:{self.col} {self.kind} {self.type} '{self.text}'"


def read_open_list(path: Path = OPEN_LIST) -> list[OpenItem]:
    """The listed items; a line that is not an item with its reason is an error, not skipped."""
    items: list[OpenItem] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        match = _ITEM.match(raw)
        if match is None:
            raise ValueError(f"{path.name}:{number}: not `file:line:col KIND type 'text'  — reason`: {raw!r}")
        items.append(OpenItem(match["doc"], int(match["line"]), int(match["col"]), match["kind"], match["type"],
                              match["text"]))
    return items


def items_of(results: Sequence[HandResult]) -> list[OpenItem]:
    """A run's misses and false alarms as items, in the order `--show` prints them."""
    items: list[OpenItem] = []
    for result in results:
        items += [OpenItem(result.doc.name, label.line, label.col, "MISS", label.type, label.text)
                  for label in result.doc.labels if not result.found(label)]
        items += [OpenItem(result.doc.name, f.line, f.col, "ALARM", f.type, f.text) for f in result.alarms]
    return items
