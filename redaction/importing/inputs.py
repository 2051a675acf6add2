"""FILE arguments → the files to import. Folders and wildcard patterns are expanded here, because
Windows shells pass `*.docx` on unexpanded."""

from __future__ import annotations

import glob
from dataclasses import dataclass
from pathlib import Path

from redaction.core import clerk_messages as say
from redaction.core.errors import Problem
from redaction.importing.model import place_problem

SUFFIXES = (".docx", ".html", ".htm", ".txt", ".md")
_WILDCARD = set("*?[")


@dataclass(frozen=True)
class Inputs:
    files: tuple[Path, ...]
    problems: tuple[Problem, ...]


def _wanted(path: Path) -> bool:
    name = path.name
    return path.is_file() and path.suffix.lower() in SUFFIXES and not name.startswith(("~$", "."))


def _folder(folder: Path) -> list[Path]:
    return sorted((p for p in folder.rglob("*") if _wanted(p)), key=lambda p: p.as_posix())


def expand(arguments: list[str]) -> Inputs:
    files: list[Path] = []
    problems: list[Problem] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found = _folder(path)
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                problems.append(place_problem(argument, "", *say.IMPORTING_KIND.texts(suffixes=", ".join(SUFFIXES))))
                continue
            found = [path]
        elif _WILDCARD & set(argument):
            matches = sorted(Path(m) for m in glob.glob(argument, recursive=True))
            found = [f for m in matches for f in (_folder(m) if m.is_dir() else [m] if _wanted(m) else [])]
        else:
            problems.append(place_problem(argument, "", *say.IMPORTING_NO_SUCH.texts()))
            continue
        if not found:
            problems.append(place_problem(argument, "", *say.IMPORTING_NOTHING_MATCHES.texts()))
        files.extend(found)
    unique = list(dict.fromkeys(files))   # a file named twice (a folder and a pattern) is read once
    seen: dict[Path, Path] = {}
    deduplicated = []
    for file in unique:
        resolved = file.resolve()
        if resolved not in seen:
            seen[resolved] = file
            deduplicated.append(file)
    return Inputs(tuple(deduplicated), tuple(problems))
