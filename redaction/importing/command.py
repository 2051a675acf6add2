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

from redaction.config import load_config
from redaction.errors import ContentError, Problem
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
        print(f"build.py import: --council {args.council}: 設定にない審議会IDです（{', '.join(config.councils)}）"
              f" / not a council of {args.config}", file=sys.stderr)
        return EXIT_USAGE
    content = args.content.resolve()
    if content.exists() and not content.is_dir():
        print(f"build.py import: --content {args.content}: フォルダではありません / not a folder", file=sys.stderr)
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
    print(f"取り込みました: {len(result.written)}件（{time.perf_counter() - started:.1f} s）"
          f" / imported {len(result.written)} file(s)", file=sys.stderr)
    return EXIT_OK


def _warnings(warnings: tuple[str, ...]) -> None:
    for warning in warnings:
        print(f"警告 / warning: {warning}", file=sys.stderr)


def _problems(exc: ContentError) -> None:
    print(f"エラー: {len(exc.problems)}件の問題があるため、何も書き込んでいません。\n"
          f"error: {len(exc.problems)} problem(s); nothing was written.", file=sys.stderr)
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
