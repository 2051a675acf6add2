"""A rebuild after one edit, with this tree against another revision, side by side.

    python -m bench.rebuild_cost --folder B [--config FILE] [--against REV] [--rounds 2]

B is a folder that `python -m bench.run` left (content/, site/, archive/, .sumi-work/). It is copied
twice, one copy per tree, so that each tree rebuilds over its own published site and work folder.
Each copy is first rebuilt once with nothing changed (so that neither tree pays for the other's
code in its caches); then, in every round and for each tree in turn, the newest document gets one
untagged sentence more (bench.run's edit) and is rebuilt. Prints the median time of every step and
their ratio. Both trees see the same sources in every round.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.check_cost import folder_arguments, print_side_by_side, revision_tree
from bench.run import TODAY, _edit_one, step_times

FOLDERS = ("content", "site", "archive", ".sumi-work")


def rebuild(tree: Path, folder: Path, config: Path) -> dict[str, float]:
    """The step times of one build of `folder` with the code of `tree`."""
    command = [sys.executable, str(tree / "build.py"), "build", "--content", str(folder / "content"),
               "--site", str(folder / "site"), "--archive", str(folder / "archive"), "--today", TODAY,
               "--config", str(config)]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"build failed in {tree}:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return {**step_times(result.stderr), "whole command": seconds}


def main(argv: list[str] | None = None) -> int:
    args, source, config = folder_arguments("python -m bench.rebuild_cost", __doc__.splitlines()[0], argv)
    runs: dict[str, list[dict[str, float]]] = {"against": [], "here": []}
    with tempfile.TemporaryDirectory(prefix="sumi-rebuild-") as scratch, revision_tree(args.against) as other:
        trees = {"against": other, "here": Path(__file__).resolve().parent.parent}
        copies = {name: Path(scratch) / name for name in trees}
        for name, copy in copies.items():
            for folder in FOLDERS:
                shutil.copytree(source / folder, copy / folder, symlinks=True)
            rebuild(trees[name], copy, config)  # warm: each tree's own caches
        for _ in range(args.rounds):
            for name, tree in trees.items():
                _edit_one(copies[name] / "content")
                runs[name].append(rebuild(tree, copies[name], config))
    print_side_by_side(args.against, runs, list(runs["here"][0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
