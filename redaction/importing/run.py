"""The import as a short, named list of steps over every input; nothing is written unless all succeed."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from redaction.core import clerk_messages as say
from redaction.core.config import SumiConfig
from redaction.core.errors import ContentError, Problem
from redaction.importing.compose import Composed, compose
from redaction.importing.docx_reader import read_docx
from redaction.importing.html_reader import read_html
from redaction.importing.inputs import expand
from redaction.importing.model import Draft, place_problem
from redaction.importing.text_reader import read_text
from redaction.importing.writer import check, write_all


@dataclass(frozen=True)
class Imported:
    written: tuple[Path, ...]
    warnings: tuple[str, ...]


def read(path: Path, config: SumiConfig) -> Draft:
    """Step 2: one file → Draft, by its kind."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Draft(name, "", "", problems=(place_problem(name, "", *say.IMPORTING_UNREADABLE.texts(reason=exc.strerror)),))
    sha256 = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return read_docx(name, data, sha256, config)
    if suffix in (".html", ".htm"):
        return read_html(name, data, sha256)
    return read_text(name, data, sha256, markdown=suffix == ".md")


def import_files(arguments: list[str], council: str, content: Path, config: SumiConfig,
                 fallback_date: date | None) -> Imported:
    """Import every input or none: raises ContentError listing every problem of every input."""
    inputs = expand(arguments)
    problems: list[Problem] = list(inputs.problems)
    composed: list[Composed] = [compose(read(path, config), council, fallback_date) for path in inputs.files]
    warnings = [w for c in composed for w in c.warnings]
    for item in composed:
        problems.extend(item.problems)
    good = [c for c in composed if not c.problems]
    problems.extend(check(content, council, good, config))
    if problems:
        raise ImportRefusedError(problems, warnings)
    return Imported(tuple(write_all(content, council, good)), tuple(warnings))


class ImportRefusedError(ContentError):
    """ContentError that also carries the warnings gathered before the refusal."""

    def __init__(self, problems: list[Problem], warnings: list[str]) -> None:
        super().__init__(problems)
        self.warnings = tuple(warnings)
