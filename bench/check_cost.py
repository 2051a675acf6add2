"""The check step (consistency check and personal-data detector) of this tree against another revision's.

    python -m bench.check_cost --content C [--config FILE] [--against REV] [--rounds 2] [--build]

Checks out REV (default HEAD) into a temporary git worktree, then runs ``build.py check`` over the
same sources alternately with that tree's code and this one's, each in a fresh process and a fresh
folder (so that no record of an earlier check is reused), and prints the median times of the
loading, redacting and checking steps and their ratios, and whether both found the same personal data. Measured side by side in one run: absolute
times drift on a shared machine, the ratio much less. With ``--build``, full builds from an empty
folder (``--today 2026-11-22``) instead of checks, every step timed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.run import TODAY, step_times

REPO = Path(__file__).resolve().parent.parent
STEPS = ("loading sources", "redacting", "loading and redacting sources",  # one step since 2026-12
         "consistency and personal-data check")


def check_times(tree: Path, content: Path, config: Path, build: bool = False) -> tuple[dict[str, float], Any]:
    """The step times of one check (or full build from scratch), and the findings it recorded (per document)."""
    with tempfile.TemporaryDirectory(prefix="sumi-check-") as folder:
        command = [sys.executable, str(tree / "build.py"), "build" if build else "check", "--content", str(content),
                   "--config", str(config)]
        if build:
            command += ["--site", f"{folder}/site", "--archive", f"{folder}/archive", "--today", TODAY]
        started = time.perf_counter()
        result = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
        record = Path(folder) / ".sumi-work" / "detector-findings.json"
        findings = json.loads(record.read_text(encoding="utf-8"))["documents"] if record.is_file() else None
    if result.returncode != 0:
        raise SystemExit(f"check failed in {tree}:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return {**step_times(result.stderr), "whole command": seconds}, findings


@contextlib.contextmanager
def revision_tree(revision: str) -> Iterator[Path]:
    """A temporary git worktree of `revision`, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="sumi-against-") as parent:
        other = Path(parent) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(other), revision], cwd=REPO, check=True)
        try:
            yield other
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(other)], cwd=REPO, check=False)


def print_side_by_side(revision: str, runs: dict[str, list[dict[str, float]]], steps: list[str]) -> None:
    """A table of each step's median time for the other revision and this tree, and their ratio; a step
    only one of them has (a step renamed or merged) is shown with 0.0 s on the other side."""
    print(f"| step | {revision} | this tree | ratio |\n|---|---|---|---|")
    for step in all_steps(runs, steps):
        before = statistics.median(run.get(step, 0.0) for run in runs["against"])
        after = statistics.median(run.get(step, 0.0) for run in runs["here"])
        print(f"| {step} | {before:.1f} s | {after:.1f} s | {before / after if after else 0:.2f}x |")


def all_steps(runs: dict[str, list[dict[str, float]]], steps: list[str]) -> list[str]:
    """`steps` that either tree timed, then the other steps the other revision timed, in their order."""
    timed = {step for tree_runs in runs.values() for run in tree_runs for step in run}
    ordered = [step for step in steps if step in timed]
    return list(dict.fromkeys(ordered + [step for run in runs["against"] for step in run]))


def folder_arguments(prog: str, description: str, argv: list[str] | None) -> tuple[argparse.Namespace, Path, Path]:
    """The arguments of a side-by-side benchmark over a kept benchmark folder: the parsed arguments,
    the folder and its configuration (--config, else FOLDER/mkdocs.yml, else the sample's)."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--folder", type=Path, required=True, help="a folder bench.run built and kept")
    parser.add_argument("--config", type=Path, help="its configuration (default: FOLDER/mkdocs.yml, else the sample's)")
    parser.add_argument("--against", default="HEAD", help="the revision to compare with (default HEAD)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    folder = args.folder.resolve()
    config = args.config or (folder / "mkdocs.yml" if (folder / "mkdocs.yml").is_file() else REPO / "mkdocs.yml")
    return args, folder, config.resolve()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.check_cost", description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, required=True)
    parser.add_argument("--config", type=Path, default=REPO / "mkdocs.yml")
    parser.add_argument("--against", default="HEAD", help="the revision to compare with (default HEAD)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--build", action="store_true", help="time full builds from scratch, every step")
    args = parser.parse_args(argv)
    content, config = args.content.resolve(), args.config.resolve()
    runs: dict[str, list[dict[str, float]]] = {"against": [], "here": []}
    findings: dict[str, Any] = {}
    with revision_tree(args.against) as other:
        for _ in range(args.rounds):
            for name, tree in (("against", other), ("here", REPO)):
                times, findings[name] = check_times(tree, content, config, args.build)
                runs[name].append(times)
    print_side_by_side(args.against, runs, list(runs["here"][0]) if args.build else [*STEPS, "whole command"])
    same = findings["against"] == findings["here"]
    count = sum(len(found) for found in (findings["here"] or {}).values())
    print(f"\nthe same personal-data findings in both: {'yes' if same else 'NO'} ({count} findings)")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
