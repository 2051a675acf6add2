"""`build.py import FILE... --council ID [--content DIR] [--config FILE] [--date YYYY-MM-DD]`.

Exit 0: every input written (each path printed). 1: a problem with an input, every problem
listed as `file: 日本語 / English` — and nothing written for any file of the run. 2: bad usage.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from redaction.core import clerk_messages as say
from redaction.core.config import load_config
from redaction.core.errors import ContentError, Problem
from redaction.importing.run import ImportRefusedError, import_files

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2


def run_import(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    try:
        config = load_config(args.config.resolve())
    except ContentError as exc:
        _problems(exc)
        return EXIT_CONTENT
    if args.council not in config.councils:
        wrong = say.IMPORTING_COUNCIL.line(council=args.council, defined=", ".join(config.councils), config=args.config)
        print(f"build.py import: {wrong}", file=sys.stderr)
        return EXIT_USAGE
    content = args.content.resolve()
    if content.exists() and not content.is_dir():
        print(f"build.py import: {say.IMPORTING_CONTENT_NOT_FOLDER.line(content=args.content)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        result = import_files(args.files, args.council, content, config, args.date)
    except ImportRefusedError as exc:
        _warnings(exc.warnings)
        _problems(exc)
        return EXIT_CONTENT
    except ContentError as exc:
        _problems(exc)
        return EXIT_CONTENT
    _warnings(result.warnings)
    for path in result.written:
        print(_shown(path))
    print(say.IMPORTING_DONE.line(count=len(result.written), seconds=f"{time.perf_counter() - started:.1f}"),
          file=sys.stderr)
    return EXIT_OK


def _warnings(warnings: tuple[str, ...]) -> None:
    for warning in warnings:
        print(say.IMPORTING_WARNING.line(warning=warning), file=sys.stderr)


def _problems(exc: ContentError) -> None:
    print(say.IMPORTING_NOTHING_WRITTEN.line(joined_by="\n", count=len(exc.problems)), file=sys.stderr)
    for item in sorted(exc.problems, key=_natural):
        print(f"  {item}", file=sys.stderr)


def _natural(problem: Problem) -> list[object]:
    """File, then paragraph 2 before paragraph 10."""
    text = f"{problem.location}\0{problem.ja}"
    return [int(part) if part.isdigit() else part for part in re.split(r"([0-9]+)", text)]


def _shown(path: Path) -> str:
    """A written path as the clerk would type it: relative to the current folder when inside it."""
    here = Path.cwd()
    return str(path.relative_to(here)) if path.is_relative_to(here) else str(path)
