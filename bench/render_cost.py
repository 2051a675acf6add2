"""The renderer as shipped against the renderer without one of Sumi's shortcuts, side by side.

    python -m bench.render_cost --work B/.sumi-work [--rounds 2]

Renders the staged site of a build's work folder (its ``mkdocs.yml`` and ``public/``) in one MkDocs
run per way, alternating, with the theme's templates compiled once beforehand: as shipped, without
the quick inline processor (redaction.markdown_ext: every text through every inline pattern), and
without the sidebar cache for pruned sections, and without the sidebar cache at all
(redaction.nav_links: Material's macro for every link and pruned section).
Checks that every way wrote the same bytes, and prints the median times and the ratios.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
import yaml

from redaction import markdown_ext, nav_links
from redaction.render import render_pages, theme_environment_reused

TODAY = date(2026, 11, 22)
WAYS: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    "as shipped": lambda patch: None,
    "no quick inline processor": lambda patch: patch.setattr(markdown_ext, "inline_triggers", lambda md: None),
    "no pruned-section cache": lambda patch: patch.setattr(nav_links, "_pruned_section", lambda *args: False),
    "no sidebar cache": lambda patch: patch.setattr(nav_links, "nav_item_renderer", lambda: None),
}


@contextmanager
def way(name: str) -> Iterator[None]:
    patch = pytest.MonkeyPatch()
    WAYS[name](patch)
    try:
        yield
    finally:
        patch.undo()


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.render_cost", description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True, help="a build's work folder (.sumi-work)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    settings = yaml.safe_load((args.work / "mkdocs.yml").read_text(encoding="utf-8"))
    times: dict[str, list[float]] = {name: [] for name in WAYS}
    with tempfile.TemporaryDirectory(prefix="sumi-render-") as scratch, theme_environment_reused():
        out = {name: Path(scratch) / str(number) for number, name in enumerate(WAYS)}
        render_pages({**settings, "site_dir": str(Path(scratch) / "warm")}, Path(scratch) / "m.yml", TODAY)
        for _ in range(args.rounds):
            for name in WAYS:
                shutil.rmtree(out[name], ignore_errors=True)
                with way(name):
                    started = time.perf_counter()
                    render_pages({**settings, "site_dir": str(out[name])}, Path(scratch) / "m.yml", TODAY)
                    times[name].append(time.perf_counter() - started)
        shipped = tree(out["as shipped"])
        same = all(tree(out[name]) == shipped for name in WAYS)
        pages = sum(1 for p in out["as shipped"].rglob("*.html"))
    base = statistics.median(times["as shipped"])
    print(f"{pages} pages, one MkDocs run per way, medians of {args.rounds} rounds:")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:<28} {median:6.1f} s  ({median / base:.2f}x the time as shipped)   runs "
              + " ".join(f"{v:.1f}" for v in values))
    print(f"the same bytes every way: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
