"""What every page generator does last: write its page, or with `--check` say whether the page is current."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def write_or_check(page: Path, text: str, argv: list[str], module: str) -> int:
    """Write `text` to `page`; with `--check` in argv, write nothing and return 1 when the page differs."""
    if "--check" in argv:
        if page.read_text(encoding="utf-8") != text:
            print(f"{page.relative_to(REPO).as_posix()} is out of date: run `python -m {module}`", file=sys.stderr)
            return 1
        return 0
    page.write_text(text, encoding="utf-8")
    return 0
