"""Check every composed source as `build.py check` reads it, then write them all — or none.

Targets are `<content>/<council>/<fiscal year>/<date>.md`. A target that exists is an error
(the import never overwrites); two inputs with one target are an error too. Files are
created with exclusive mode ("x"), and when a write fails, the files of this run are removed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from redaction.core import clerk_messages as say
from redaction.core.config import SumiConfig
from redaction.core.errors import ContentError, Problem
from redaction.core.wareki import fiscal_year
from redaction.importing.compose import Composed
from redaction.importing.model import place_problem
from redaction.source.document import read_document


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
                problems.append(place_problem(composed.draft.name, "", *say.IMPORTING_EXISTS.texts(path=path)))
            if path in owners:
                problems.append(place_problem(composed.draft.name, "", *say.IMPORTING_SAME_TARGET.texts(other=owners[path], rel=rel)))
            owners.setdefault(path, composed.draft.name)
            probe = Path(scratch) / rel
            probe.parent.mkdir(parents=True, exist_ok=True)
            probe.write_text(composed.text, encoding="utf-8")
            try:
                read_document(probe, rel, config)
            except ContentError as exc:
                problems.extend(place_problem(composed.draft.name, "", *say.IMPORTING_NOT_A_SOURCE.texts(
                    location=p.location, text=p.ja, text_en=p.en)) for p in exc.problems)
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
        raise ContentError([place_problem(str(exc.filename or content), "", *say.IMPORTING_CANNOT_WRITE.texts(reason=exc.strerror))]) from None
    return written
