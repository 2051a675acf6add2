"""How much the personal-data detector adds to a build: the same build with and without it.

    python -m bench.detector_cost [--content content] [--rounds 3] [--tree DIR]

Runs `build.py build` alternately with the shipped configuration and with every detector
type set to `off` (the detector is then never run; it is still imported, as every build imports
it through `redaction.pipeline`, so its import is on both sides), in fresh processes, and prints
the median wall times and their ratio. Measured side by side in one run: absolute times
drift on a shared machine, the ratio much less. The CPU time of each build (its processes
and their workers, user + system) is printed too: on a loaded machine it moves far less than
the wall time. `--tree` builds with another checkout's code (a worktree of main, say); given
twice or more, the trees' builds alternate within each round (side by side in one session):

    python -m bench.detector_cost --content C --rounds 2 --tree ../dc-main --tree .
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from mkdocs.utils.yaml import get_yaml_loader

REPO = Path(__file__).resolve().parent.parent


def config_without_detector(folder: Path, tree: Path = REPO) -> Path:
    """A copy of mkdocs.yml with every detector type off (theme paths kept absolute)."""
    from redaction.detect.registry import RECOGNIZERS

    raw = yaml.load((tree / "mkdocs.yml").read_text(encoding="utf-8"), Loader=get_yaml_loader())
    raw["sumi"]["detector"] = {name: "off" for name in RECOGNIZERS}
    raw["theme"]["custom_dir"] = str(tree / raw["theme"]["custom_dir"])
    path = folder / "mkdocs.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def timed_build(content: Path, out: Path, config: Path, tree: Path = REPO) -> tuple[float, float]:
    """Wall and CPU seconds of one build (CPU: the build's processes and their workers, once reaped)."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    subprocess.run([sys.executable, str(tree / "build.py"), "build", "--content", str(content), "--site",
                    str(out / "site"), "--archive", str(out / "archive"), "--today", "2026-11-22",
                    "--config", str(config)], check=True, capture_output=True, cwd=tree)
    return time.perf_counter() - started, _children_cpu() - cpu_before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=REPO / "content")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tree", type=Path, action="append",
                        help="a checkout whose code builds (default: this one); repeat to alternate several")
    args = parser.parse_args()
    trees = [tree.resolve() for tree in args.tree or [REPO]]
    labels = ("with detector", "without detector")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        configs = {}
        for number, tree in enumerate(trees):
            (folder / f"tree-{number}").mkdir()
            configs[tree] = {"with detector": tree / "mkdocs.yml",
                             "without detector": config_without_detector(folder / f"tree-{number}", tree)}
        wall = {tree: {label: [] for label in labels} for tree in trees}
        cpu = {tree: {label: [] for label in labels} for tree in trees}
        for round_number in range(args.rounds):
            for number, tree in enumerate(trees):
                for label in labels:
                    out = folder / f"{number}-{label.replace(' ', '-')}-{round_number}"  # a fresh site and archive each run
                    seconds, cpu_seconds = timed_build(args.content, out, configs[tree][label], tree)
                    wall[tree][label].append(seconds)
                    cpu[tree][label].append(cpu_seconds)
    for tree in trees:
        _report(tree, wall[tree], cpu[tree])


def _report(tree: Path, wall: dict[str, list[float]], cpu: dict[str, list[float]]) -> None:
    print(f"code of {tree}")
    for name, times in (("wall", wall), ("CPU", cpu)):
        with_median = statistics.median(times["with detector"])
        without_median = statistics.median(times["without detector"])
        print(f"{'build':<18} {name + ' s':>9}  runs")
        for label, values in times.items():
            print(f"{label:<18} {statistics.median(values):>9.2f}  " + " ".join(f"{v:.2f}" for v in values))
        print(f"detector adds {100 * (with_median / without_median - 1):+.1f} % to the build's {name} time "
              f"(ratio {with_median / without_median:.3f})")


if __name__ == "__main__":
    main()
