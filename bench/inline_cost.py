"""The renderer with Sumi's quick inline processor against Python-Markdown's own, side by side.

    python -m bench.inline_cost --work B/.sumi-work [--rounds 2]

Renders the staged site of a build's work folder (its ``mkdocs.yml`` and ``public/``) in one
MkDocs run each way, alternating, with the theme's templates compiled once beforehand, checks
that both wrote the same bytes, and prints the median times and their ratio.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import yaml

from redaction import markdown_ext
from redaction.render import render_pages, theme_environment_reused

TODAY = date(2026, 11, 22)


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.inline_cost", description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True, help="a build's work folder (.sumi-work)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    settings = yaml.safe_load((args.work / "mkdocs.yml").read_text(encoding="utf-8"))
    quick = markdown_ext.inline_triggers
    ways = {"Python-Markdown's": lambda md: None, "quick": quick}
    times: dict[str, list[float]] = {name: [] for name in ways}
    with tempfile.TemporaryDirectory(prefix="sumi-inline-") as scratch, theme_environment_reused():
        out = {name: Path(scratch) / str(number) for number, name in enumerate(ways)}
        render_pages({**settings, "site_dir": str(Path(scratch) / "warm")}, Path(scratch) / "m.yml", TODAY)
        try:
            for _ in range(args.rounds):
                for name, triggers in ways.items():
                    markdown_ext.inline_triggers = triggers
                    shutil.rmtree(out[name], ignore_errors=True)
                    started = time.perf_counter()
                    render_pages({**settings, "site_dir": str(out[name])}, Path(scratch) / "m.yml", TODAY)
                    times[name].append(time.perf_counter() - started)
        finally:
            markdown_ext.inline_triggers = quick
        same = tree(out["quick"]) == tree(out["Python-Markdown's"])
        pages = sum(1 for p in out["quick"].rglob("*.html"))
    before, after = statistics.median(times["Python-Markdown's"]), statistics.median(times["quick"])
    print(f"{pages} pages, one MkDocs run each way, {args.rounds} rounds: Python-Markdown's inline processor "
          f"{before:.1f} s, quick {after:.1f} s ({before / after:.2f}x); runs {times}")
    print(f"the same bytes: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
