"""The leak scan of a built site and archive folder, with this tree against another revision, side by side.

    python -m bench.scan_against --folder B [--config FILE] [--against REV] [--rounds 2]

B is a folder that `python -m bench.run --keep` left (content/, site/, archive/). For each tree in
turn, in a fresh process: the sources are loaded and redacted and the scanner built from their
withheld texts as the build does (pipeline.scan), then the whole site and archive folder are
scanned (nothing skipped as already clean). Prints the median scan time of each tree, their ratio,
and the leaks each found (both must find the same).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

from bench.check_cost import folder_arguments, revision_tree

REPO = Path(__file__).resolve().parent.parent

# Run with the tree's own code (its folder first on sys.path): prints {"seconds": …, "leaks": […]}.
_SCAN = """
import json, sys, time
from datetime import date
from pathlib import Path
tree, folder, config = sys.argv[1:4]
sys.path.insert(0, tree)
import redaction
assert redaction.__file__.startswith(tree), redaction.__file__
from redaction import pipeline
from redaction.archive import scan_archive
from redaction.config import load_config
from redaction.leakscan import LeakScanner
from redaction.normalize import squash
from redaction.redact import withheld_needles
from redaction.scan_record import file_digests
folder = Path(folder)
build = pipeline.Build(load_config(Path(config)), pipeline.Paths(folder / "content", folder / "site", folder / "archive",
                       Path(config)), date(2026, 11, 22), log=lambda _: None)
pipeline.load(build)
if hasattr(pipeline, "redact"):  # a separate step before 2026-12
    pipeline.redact(build)
allowed = {squash(term) for term in build.config.public_terms}
rows = [row for document in build.documents for row in document.rows]
needles = [(n, r) for n, r in withheld_needles(rows) if n not in allowed]
started = time.perf_counter()
scanner = LeakScanner(needles)
leaks = scanner.scan_tree(folder / "site", "site/")
leaks += scan_archive(scanner, folder / "archive", "archive/", set(file_digests(folder / "site").values()))
print(json.dumps({"seconds": time.perf_counter() - started, "leaks": sorted(leak.file for leak in leaks)}))
"""


def scan_once(tree: Path, folder: Path, config: Path) -> dict[str, object]:
    result = subprocess.run([sys.executable, "-c", _SCAN, str(tree), str(folder), str(config)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"scan failed in {tree}:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    args, folder, config = folder_arguments("python -m bench.scan_against", __doc__.splitlines()[0], argv)
    seconds: dict[str, list[float]] = {"against": [], "here": []}
    leaks: dict[str, object] = {}
    with revision_tree(args.against) as other:
        for _ in range(args.rounds):
            for name, tree in (("against", other), ("here", REPO)):
                run = scan_once(tree, folder, config)
                seconds[name].append(float(run["seconds"]))  # type: ignore[arg-type]
                leaks[name] = run["leaks"]
    before, after = statistics.median(seconds["against"]), statistics.median(seconds["here"])
    print(f"leak scan of {folder}/site and archive, medians of {args.rounds}: {args.against} {before:.1f} s, "
          f"this tree {after:.1f} s ({before / after:.2f}x); runs {seconds}")
    same = leaks["against"] == leaks["here"]
    print(f"the same leaks in both: {'yes' if same else 'NO'} ({len(leaks['here'])} leaks)")  # type: ignore[arg-type]
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
