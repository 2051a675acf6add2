"""Check every composed source as `build.py check` reads it, then write them all — or none.

Targets are `<content>/<council>/<fiscal year>/<date>.md`. A target that exists is an error
(the import never overwrites); two inputs with one target are an error too. Files are
created with exclusive mode ("x"), and when a write fails, the files of this run are removed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from redaction.config import SumiConfig
from redaction.errors import ContentError, Problem
from redaction.importing.compose import Composed
from redaction.importing.model import place_problem
from redaction.source import read_document
from redaction.wareki import fiscal_year


def target(content: Path, council: str, composed: Composed) -> Path:
    assert composed.date is not None
    return content / council / str(fiscal_year(composed.date)) / f"{composed.date.isoformat()}.md"


def check(content: Path, council: str, items: Sequence[Composed], config: SumiConfig) -> list[Problem]:
    problems: list[Problem] = []
    owners: dict[Path, str] = {}
    with tempfile.TemporaryDirectory(prefix="sumi-import-") as scratch:
        for composed in items:
            path = target(content, council, composed)
            rel = path.relative_to(content).as_posix()
            if path.exists():
                problems.append(place_problem(composed.draft.name, "", f"{path} は既にあります（上書きしません）。"
                                              "既存の原稿を確かめ、必要なら移動してから取り込んでください。",
                                              f"{path} already exists: the import never overwrites."))
            if path in owners:
                problems.append(place_problem(composed.draft.name, "", f"{owners[path]} と同じ日付の原稿 {rel} になります。"
                                              "どちらかの日付を確かめてください。",
                                              f"same target {rel} as {owners[path]}: check the dates."))
            owners.setdefault(path, composed.draft.name)
            probe = Path(scratch) / rel
            probe.parent.mkdir(parents=True, exist_ok=True)
            probe.write_text(composed.text, encoding="utf-8")
            try:
                read_document(probe, rel, config)
            except ContentError as exc:
                problems.extend(place_problem(composed.draft.name, "", f"取り込んだ結果が原稿の形式に合いません（{p.location}: {p.ja}）。",
                                              f"the imported text is not a valid source ({p.location}: {p.en}).")
                                for p in exc.problems)
            probe.unlink()
    return problems


def write_all(content: Path, council: str, items: Sequence[Composed]) -> list[Path]:
    written: list[Path] = []
    try:
        for composed in items:
            path = target(content, council, composed)
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("x", encoding="utf-8", newline="\n") as handle:
                handle.write(composed.text)
            written.append(path)
    except OSError as exc:
        for path in written:
            path.unlink(missing_ok=True)
        raise ContentError([place_problem(str(exc.filename or content), "", f"書き込めません（{exc.strerror}）。何も書き込んでいません。",
                                          f"cannot write ({exc.strerror}); nothing was written.")]) from None
    return written
