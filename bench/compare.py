"""One step of the build, with the code of two revisions, side by side in one run.

    python -m bench.compare STEP --before REV [--after REV] (--content C | --folder B) [--config F] [--rounds 2]
                            [--memory-by-step]

STEP is one of:

* ``build``   — full builds from an empty folder over the sources C (``--today 2026-11-22``): every step's
                time, the peak PSS of the build's processes (``--memory-by-step``: also while each step ran), and
                whether both wrote the same site and archive bytes and found the same personal data;
* ``check``   — ``build.py check`` over C in a fresh folder: loading, redacting and checking, and whether
                both found the same personal data;
* ``rebuild`` — a folder B that ``python -m bench.run --keep`` left, copied once per side and rebuilt once
                after an edit (each side's own caches), then in every round the newest document gets one untagged
                sentence more and is rebuilt (``--add``: and a copy of it is added as a new meeting, as the table's
                last rebuild does, under a name not taken yet): every step's time, and whether both published the
                same bytes;
* ``sequence`` — the table's own sequence (``bench.run``), warming nothing: in every round, a copy of the sources C
                in a fresh folder, a full build, then at once the rebuilds after one edit (the FIRST rebuild after a
                full build) and after it edited again and one added, each right after the one before (whatever the
                one before left running, runs on): every step's time of the two rebuilds, and whether both published
                the same bytes;
* ``scan``    — the whole leak scan of B's site and archive (nothing skipped as already clean; the search index
                searched for every withheld text as well where the code does), the scanner built from the withheld
                texts of B's sources as a build does: its time, and the same leaks;
* ``bundles`` — the archive step alone over B's sources, into an empty archive folder (every bundle
                rendered): its time, and whether both wrote the same bundle bytes.

REV is checked out into a temporary git worktree; ``--after`` defaults to this working tree (uncommitted
changes included). Each measurement runs in a fresh process, the two sides alternating round by round,
and the table gives each side's median and the ratio before / after: absolute times drift on a machine
shared with other work, the ratio much less. Exit status 1 when the outputs differ (for a change meant to
keep them: the proof that it did).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.run import TODAY, _change_one, _edit_one, _newest, measure, step_times

REPO = Path(__file__).resolve().parent.parent
STEPS = ("build", "check", "rebuild", "sequence", "scan", "bundles")
KEPT_FOLDERS = ("content", "site", "archive", ".sumi-work")


@dataclass
class Side:
    """One side of the comparison: its code and what each round measured."""

    label: str
    tree: Path
    times: list[dict[str, float]] = field(default_factory=list)
    outputs: list[Any] = field(default_factory=list)


@contextlib.contextmanager
def revision_tree(revision: str | None) -> Iterator[Path]:
    """A temporary git worktree of `revision` (removed afterwards); this working tree for None."""
    if revision is None:
        yield REPO
        return
    with tempfile.TemporaryDirectory(prefix="sumi-compare-") as parent:
        other = Path(parent) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(other), revision], cwd=REPO, check=True)
        try:
            yield other
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(other)], cwd=REPO, check=False)


def tree_digest(root: Path) -> str | None:
    """sha256 over every file's path and content under `root` (None when it does not exist), leaving out
    what records the code that made it: the site manifest, and each bundle manifest's digest of its inputs
    (zip entries are read one by one). Two revisions that publish the same pages give the same digest."""
    if not root.is_dir():
        return None
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.name != "sumi-manifest.json"):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + _content_digest(path.read_bytes()))
    return digest.hexdigest()


def _content_digest(data: bytes) -> bytes:
    if not data.startswith(b"PK\x03\x04"):
        return hashlib.sha256(data).digest()
    digest = hashlib.sha256()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in sorted(archive.namelist()):
            entry = archive.read(name)
            if name.endswith("/manifest.json"):
                manifest = json.loads(entry)
                manifest.pop("inputs_sha256", None)
                entry = json.dumps(manifest, sort_keys=True).encode()
            digest.update(name.encode() + b"\0" + hashlib.sha256(entry).digest())
    return digest.digest()


def _findings(folder: Path) -> Any:
    record = folder / ".sumi-work" / "detector-findings.json"
    return json.loads(record.read_text(encoding="utf-8")).get("documents") if record.is_file() else None


def build_command(tree: Path, command: str, content: Path, config: Path, folder: Path) -> list[str]:
    line = [sys.executable, str(tree / "build.py"), command, "--content", str(content), "--config", str(config)]
    if command == "build":
        line += ["--site", str(folder / "site"), "--archive", str(folder / "archive"), "--today", TODAY]
    return line


PEAK = "peak PSS"   # rows in MB, not seconds: the largest PSS sum of the build's process tree (bench.run.measure)


def timed(line: list[str], cwd: Path, memory_by_step: bool = False) -> dict[str, float]:
    """Run a build command; its step times from the log, the whole command's wall time and its peak PSS
    (with `memory_by_step`, also the peak while each step ran: where the peak is)."""
    run = measure(line, cwd)
    if run.returncode != 0:
        raise SystemExit(f"{' '.join(line)} failed:\n{run.stderr[-4000:]}")
    times = {**step_times(run.stderr), "whole command": run.seconds, PEAK: run.pss_mb}
    if memory_by_step:
        times |= {f"{PEAK} in {name}": mb for name, mb in run.pss_by_step.items()}
    return times


# --- one measurement of each step -------------------------------------------------------------------


def measure_fresh(side: Side, args: argparse.Namespace, command: str) -> None:
    """`build` or `check` from an empty folder."""
    with tempfile.TemporaryDirectory(prefix="sumi-compare-run-") as scratch:
        folder = Path(scratch)
        side.times.append(timed(build_command(side.tree, command, args.content, args.config, folder), folder,
                                 args.memory_by_step))
        outputs = {"personal-data findings": _findings(folder)}
        if command == "build":
            outputs |= {"site bytes": tree_digest(folder / "site"), "archive bytes": tree_digest(folder / "archive")}
        side.outputs.append(outputs)


def edited_and_added(content: Path) -> Path:
    """bench.run's last change, repeatable: the newest document edited, and a copy of it added as a new meeting of
    the same date under the first name not taken yet (`…-2.md`, `…-3.md`, …). Returns the added file."""
    _edit_one(content)
    newest = _newest(content)
    number = 2
    while (added := newest.with_name(f"{newest.stem}-{number}.md")).exists():
        number += 1
    added.write_text(newest.read_text(encoding="utf-8").replace("title: ", "title: 追加 ", 1), encoding="utf-8")
    return added


def measure_rebuild(side: Side, args: argparse.Namespace, copy: Path) -> None:
    (edited_and_added if args.add else _edit_one)(copy / "content")
    side.times.append(timed(build_command(side.tree, "build", copy / "content", args.config, copy), copy,
                                 args.memory_by_step))
    side.outputs.append({"site bytes": tree_digest(copy / "site"), "archive bytes": tree_digest(copy / "archive")})


def measure_sequence(side: Side, args: argparse.Namespace) -> None:
    """bench.run's sequence over a copy of the sources: full build, then at once one edit, then edited again and one
    added; the two rebuilds' times (prefixed) and the full build's whole command."""
    with tempfile.TemporaryDirectory(prefix="sumi-compare-seq-") as scratch:
        folder = Path(scratch)
        shutil.copytree(args.content, folder / "content")
        line = build_command(side.tree, "build", folder / "content", args.config, folder)
        times = {"full build: whole command": timed(line, folder)["whole command"]}
        for label, change in (("first rebuild, 1 edited", _edit_one), ("then 1 changed + 1 added", _change_one)):
            change(folder / "content")
            times |= {f"{label}: {step}": seconds for step, seconds in timed(line, folder, args.memory_by_step).items()}
        side.times.append(times)
        side.outputs.append({"site bytes": tree_digest(folder / "site"), "archive bytes": tree_digest(folder / "archive")})


# Run in a fresh process with a tree's own code (its folder first on sys.path), over a kept folder. Uses the
# pipeline's own steps, so that it works with every revision: prints one JSON line.
_IN_TREE = """
import hashlib, json, sys, tempfile, time
from datetime import date
from pathlib import Path
tree, folder, config, what, bench = sys.argv[1:6]
sys.path.insert(0, bench)
from bench.compare import tree_digest as digest
sys.path.insert(0, tree)
import redaction
assert redaction.__file__.startswith(tree), redaction.__file__
from redaction import pipeline
import importlib
def module(*names):  # the stage folders' name first, the name before the folders (revisions before them) second
    for name in names:
        try:
            return importlib.import_module(name)
        except ModuleNotFoundError:
            pass
    raise ModuleNotFoundError(names[0])
load_config = module("redaction.core.config", "redaction.config").load_config
folder = Path(folder)
scratch = Path(tempfile.mkdtemp(prefix="sumi-compare-step-"))
site = folder / "site" if what == "scan" else scratch / "site"
build = pipeline.Build(load_config(Path(config)), pipeline.Paths(folder / "content", site, scratch / "archive",
                       Path(config)), date(2026, 11, 22), log=lambda _: None)
pipeline.load(build)
if what == "scan":
    leakscan = module("redaction.publishing.leakscan", "redaction.leakscan")
    scan_archive = getattr(leakscan, "scan_archive", None) or module("redaction.archive").scan_archive
    LeakScanner = leakscan.LeakScanner
    squash = module("redaction.core.normalize", "redaction.normalize").squash
    withheld_needles = module("redaction.source.redact", "redaction.redact").withheld_needles
    file_digests = module("redaction.core.scan_record", "redaction.scan_record").file_digests
    allowed = {squash(term) for term in build.config.public_terms}
    rows = [row for document in build.documents for row in document.rows]
    needles = [(n, r) for n, r in withheld_needles(rows) if n not in allowed]
    started = time.perf_counter()
    import inspect  # a full scan as a build runs it: with the fast first pass where the code has one
    scanner = LeakScanner(needles, **({"many_bytes": True} if "many_bytes" in inspect.signature(LeakScanner).parameters
                                      else {}))
    index = folder / "site" / "search-index"   # the index as the build scans it, where the code has a way for it
    index_shards = getattr(leakscan, "index_shards", None)
    leaks = scanner.scan_tree(folder / "site", "site/", **({"shards": index_shards(index)} if index_shards else {}))
    if hasattr(leakscan, "scan_search_index"):
        leaks += leakscan.scan_search_index(scanner, index, "site/search-index/")
    leaks += scan_archive(scanner, folder / "archive", "archive/", set(file_digests(folder / "site").values()))
    output = {"leaks": sorted(leak.file for leak in leaks)}
else:
    getattr(pipeline, "approval", lambda _: None)(build)   # what awaits approval is not archived (revisions with it)
    started = time.perf_counter()
    pipeline.archive(build)
    output = {"bundle files": sorted(p.name for p in build.new_archive.iterdir()),
              "bundle bytes": digest(build.new_archive)}
seconds = time.perf_counter() - started
import shutil
shutil.rmtree(scratch, ignore_errors=True)
print(json.dumps({"seconds": seconds, "output": output}))
"""


def measure_in_tree(side: Side, args: argparse.Namespace, what: str) -> None:
    result = subprocess.run([sys.executable, "-c", _IN_TREE, str(side.tree), str(args.folder), str(args.config), what,
                             str(REPO)],
                            capture_output=True, text=True, check=False, cwd=args.folder)
    if result.returncode != 0:
        raise SystemExit(f"{what} failed with the code of {side.tree}:\n{result.stderr[-3000:]}")
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    side.times.append({"leak scan" if what == "scan" else "archive bundles": measured["seconds"]})
    side.outputs.append(measured["output"])


# --- the table ----------------------------------------------------------------------------------------


def side_by_side(before: Side, after: Side) -> str:
    """Markdown: each step's median on both sides and the ratio before / after; a step only one side timed
    (renamed or merged) shows 0.0 s on the other."""
    steps = list(dict.fromkeys([step for run in after.times + before.times for step in run]))
    lines = [f"| step | {before.label} | {after.label} | before / after |", "|---|---|---|---|"]
    for step in steps:
        old = statistics.median(run.get(step, 0.0) for run in before.times)
        new = statistics.median(run.get(step, 0.0) for run in after.times)
        unit = " MB" if PEAK in step else " s"
        lines.append(f"| {step} | {old:,.1f}{unit} | {new:,.1f}{unit} | {old / new if new else 0:.2f}x |")
    return "\n".join(lines)


def same_outputs(before: Side, after: Side) -> list[tuple[str, bool]]:
    """For each output both sides recorded (last round): whether they are equal."""
    last_before, last_after = before.outputs[-1], after.outputs[-1]
    return [(name, last_before.get(name) == last_after.get(name)) for name in last_after]


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.compare", description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=STEPS)
    parser.add_argument("--before", required=True, help="the revision to compare with (e.g. HEAD, main, a hash)")
    parser.add_argument("--after", help="the other revision (default: this working tree)")
    parser.add_argument("--content", type=Path, help="sources (build, check)")
    parser.add_argument("--folder", type=Path, help="a folder `python -m bench.run --keep` left (rebuild, scan, bundles)")
    parser.add_argument("--config", type=Path, help="configuration (default: FOLDER/mkdocs.yml, else the sample's)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--add", action="store_true",
                        help="rebuild: every round also adds a copy of the newest document as a new meeting")
    parser.add_argument("--memory-by-step", action="store_true",
                        help="build, check, rebuild: also the peak PSS while each step ran (where the peak is)")
    args = parser.parse_args(argv)
    needs = "content" if args.step in ("build", "check", "sequence") else "folder"
    if getattr(args, needs) is None:
        parser.error(f"{args.step} needs --{needs}")
    base = args.folder.resolve() if args.folder else None
    if args.content:
        args.content = args.content.resolve()
    if base is not None:
        args.folder = base
    config = args.config or (base / "mkdocs.yml" if base and (base / "mkdocs.yml").is_file() else REPO / "mkdocs.yml")
    args.config = config.resolve()
    return args


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    with revision_tree(args.before) as old, revision_tree(args.after) as new, \
            tempfile.TemporaryDirectory(prefix="sumi-compare-copies-") as copies:
        sides = [Side(args.before, old), Side(args.after or "this tree", new)]
        measure: Callable[[Side], None]
        if args.step in ("build", "check"):
            def measure(side: Side) -> None:
                measure_fresh(side, args, args.step)
        elif args.step == "rebuild":
            for number, side in enumerate(sides):
                copy = Path(copies) / str(number)
                for name in KEPT_FOLDERS:
                    if (args.folder / name).exists():
                        shutil.copytree(args.folder / name, copy / name, symlinks=True)
                # Warm each side's caches with an edit: a rebuild with nothing changed would stop at the
                # comparison and leave the side whose code built B without a cache of parsed sources.
                _edit_one(copy / "content")
                timed(build_command(side.tree, "build", copy / "content", args.config, copy), copy)

            def measure(side: Side) -> None:
                measure_rebuild(side, args, Path(copies) / str(sides.index(side)))
        elif args.step == "sequence":
            def measure(side: Side) -> None:
                measure_sequence(side, args)
        else:
            def measure(side: Side) -> None:
                measure_in_tree(side, args, args.step)
        for _ in range(args.rounds):
            for side in sides:
                measure(side)
    before, after = sides
    print(f"{args.step}, medians of {args.rounds} rounds, alternating ({before.label} first):\n")
    print(side_by_side(before, after))
    checks = same_outputs(before, after)
    print()
    for name, same in checks:
        print(f"the same {name} on both sides: {'yes' if same else 'NO'}")
    return 0 if all(same for _, same in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
