"""Scale benchmark: full build, rebuilds and a plain MkDocs baseline at several corpus sizes.

Usage::

    python -m bench.run --sizes 100,1000,3000,10000 [--seed 0] [--councils N] [--keep DIR] [--cpu]
    python -m bench.run --corpus K [--no-rebuilds] [--cpu]

For each size N the command generates a synthetic corpus (``bench.generate``) in a
temporary folder, then measures, each in its own subprocess:

* ``python build.py build`` — the full Sumi build (search index included), from an empty
  work folder: wall time, peak memory, site size, search index bytes, per-step times;
* the same command again with nothing changed, then with one live document edited (a
  sentence appended, no tag changed), then with it edited again and one document added (a
  copy of it, so the withheld texts stay the same set) — the rebuild figures;
* a plain ``mkdocs build`` with Material and ``navigation.prune`` (its own search plugin,
  no Sumi) over the SAME staged public Markdown (``<site parent>/.sumi-work/public/``).

Peak memory is given three ways, sampled from /proc while the build runs (the build and its
worker processes): the largest sum of the proportional set sizes (PSS, from
``smaps_rollup``, every 0.5 s: a page shared by forked workers is counted once, split between
them — the memory the build really takes), the largest sum of the resident set sizes (RSS,
every 50 ms: shared pages counted in every process that maps them, an upper bound) and the
largest single process (what ``ru_maxrss`` and ``/usr/bin/time`` report).

``--councils N`` spreads the corpus over N councils (``bench/councils.py``) instead of the sample
configuration's two, whose 10,000 documents make about 385 meetings per council and fiscal
year: a real city has dozens of councils meeting a few times a year each.

``--cpu`` adds, for each size, the CPU seconds of the full build step by step — of the build's own process
and of its worker processes — and of the whole build, beside the plain MkDocs build's (one process): on a
machine shared with other work the CPU seconds move much less than the wall times, and on C cores a build
cannot take less than its CPU seconds / C. The CPU of each step is read from ``/proc`` when the build's log
line that ends the step arrives (the process's own ``utime + stime``; its workers': the finished ones
folded into its ``cutime + cstime``, the running ones' own counters); the whole build's from
``getrusage(RUSAGE_CHILDREN)`` of this process around it (exact, the workers it waited for included).

``--corpus K`` measures a folder ``--keep`` left (its ``content/`` and ``mkdocs.yml``, copied, never
written) instead of a generated corpus.

The corpus is deleted afterwards unless ``--keep`` is given.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.councils import write_config

REPO = Path(__file__).resolve().parents[1]
TODAY = "2026-11-22"
INDEX_LINE = re.compile(r"^検索索引 / search index: .* … (?P<seconds>[\d.]+) s$")  # redaction/website/search/index.py's line
SEARCH_INDEX = "of it, search index"
STEP_LINE = re.compile(r"^\[\d+/\d+\] .*?/ (?P<name>[^…]+?) … (?P<seconds>[\d.]+) s$")
PAGE_SIZE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
WHOLE_BUILD = "the whole build"


@dataclass(frozen=True)
class Cpu:
    """CPU seconds (user + system) of a build's own process and of its worker processes."""

    process: float
    workers: float

    @property
    def in_all(self) -> float:
        return self.process + self.workers

    def __sub__(self, other: Cpu) -> Cpu:
        return Cpu(self.process - other.process, self.workers - other.workers)


@dataclass(frozen=True)
class Run:
    """One measured subprocess."""

    seconds: float
    peak_mb: float            # largest sum of the tree's RSS
    returncode: int
    stderr: str
    pss_mb: float = 0.0       # largest sum of the tree's PSS
    largest_mb: float = 0.0   # largest single process RSS
    pss_by_step: dict[str, float] = field(default_factory=dict)   # largest PSS sum while each step ran (MB)
    cpu_by_step: dict[str, Cpu] = field(default_factory=dict)     # the CPU each step used, by step name
    cpu_seconds: float = 0.0  # the whole process tree's CPU seconds (the workers it waited for included)

    def memory(self) -> str:
        return f"{self.pss_mb:,.0f} / {self.peak_mb:,.0f} / {self.largest_mb:,.0f} MB"


@dataclass
class Row:
    """The figures of one corpus size."""

    documents: int
    live: int = 0
    full: Run | None = None
    unchanged: Run | None = None
    one_edited: Run | None = None
    one_changed: Run | None = None
    baseline: Run | None = None
    site_mb: float = 0.0
    index_mb: float = 0.0
    baseline_index_mb: float = 0.0
    steps: dict[str, float] = field(default_factory=dict)
    load: tuple[float, float] = (0.0, 0.0)   # the machine's 1-minute load average before and after the size


def _tree(root: int) -> list[int]:
    """`root` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))  # fields[1] = ppid
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack += children.get(pid, [])
    return found


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return int(handle.read().rsplit(b")", 1)[1].split()[21]) * PAGE_SIZE_KB  # rss in pages
    except (OSError, IndexError, ValueError):
        return 0


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _cpu_ticks(pid: int) -> tuple[int, int]:
    """A process's own CPU (utime + stime) and its waited-for children's (cutime + cstime), in clock ticks."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        return int(fields[11]) + int(fields[12]), int(fields[13]) + int(fields[14])
    except (OSError, IndexError, ValueError):
        return 0, 0


def _tree_cpu(root: int) -> Cpu:
    """The CPU used so far by `root` itself, and by its workers: those it waited for, and those still running
    (with whatever they waited for)."""
    own, finished = _cpu_ticks(root)
    running = sum(sum(_cpu_ticks(pid)) for pid in _tree(root) if pid != root)
    return Cpu(own / CLOCK_TICKS, (finished + running) / CLOCK_TICKS)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(command: Sequence[str], cwd: Path = REPO) -> Run:
    """Run `command`, sampling the process tree's memory until it ends. The log is read as it comes, so that
    each PSS sample is put to the step running then (a step's line ends it: samples before it are its own),
    and the tree's CPU is read at each step's line (what it used since the line before is the step's)."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    process = subprocess.Popen(list(command), cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = pss = largest = 0
    step_pss = [0]   # the largest PSS sum during the step now running (index: steps ended so far)
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak, pss, largest
        tick = 0
        while not stop.is_set():
            tree = _tree(process.pid)
            sizes = [_rss_kb(pid) for pid in tree]
            peak, largest = max(peak, sum(sizes)), max([largest, *sizes])
            if tick % 10 == 0:
                now = sum(_pss_kb(pid) for pid in tree)
                pss, step_pss[-1] = max(pss, now), max(step_pss[-1], now)
            tick += 1
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert process.stderr is not None
    lines, names = [], []
    cpu_at_lines = [Cpu(0.0, 0.0)]
    for line in process.stderr:
        lines.append(line)
        match = STEP_LINE.match(line.strip())
        if match:
            cpu_at_lines.append(_tree_cpu(process.pid))
            names.append(match["name"].strip())
            step_pss.append(0)
    process.wait()
    seconds = time.perf_counter() - started
    cpu_seconds = _children_cpu() - cpu_before
    stop.set()
    sampler.join()
    by_step = {name: step_pss[i] / 1024 for i, name in enumerate(names)}
    cpu_by_step = {name: cpu_at_lines[i + 1] - cpu_at_lines[i] for i, name in enumerate(names)}
    return Run(seconds, peak / 1024, process.returncode, "".join(lines), pss / 1024, largest / 1024, by_step,
               cpu_by_step, cpu_seconds)


def folder_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) if root.exists() else 0


def step_times(stderr: str) -> dict[str, float]:
    """A build log's step times by step name; the search index's time (within "rendering and indexing")
    as "of it, search index" when the log has it."""
    times: dict[str, float] = {}
    indexing: float | None = None
    for line in stderr.splitlines():
        match = STEP_LINE.match(line.strip())
        if match:
            times[match["name"].strip()] = float(match["seconds"])
            if indexing is not None:  # the step the indexing belonged to has just ended
                times[SEARCH_INDEX], indexing = indexing, None
        index = INDEX_LINE.match(line.strip())
        if index:
            indexing = (indexing or 0.0) + float(index["seconds"])
    return times


def baseline_config(public: Path, site: Path, overrides: Path) -> str:
    """A plain MkDocs + Material configuration (navigation.prune, Material's own search).

    `overrides` only maps the search page's template name to Material's main.html.
    """
    overrides.mkdir(parents=True, exist_ok=True)
    (overrides / "sumi-search.html").write_text('{% extends "main.html" %}\n', encoding="utf-8")
    return "\n".join([
        "site_name: baseline",
        f"docs_dir: {public}",
        f"site_dir: {site}",
        "theme:",
        "  name: material",
        "  language: ja",
        f"  custom_dir: {overrides}",
        "  features: [navigation.prune]",
        "markdown_extensions: [tables, admonition, def_list, footnotes, sane_lists]",
        "",
    ])


def _newest(content: Path) -> Path:
    return max(content.rglob("*.md"), key=lambda p: p.relative_to(content).as_posix())


def _edit_one(content: Path) -> None:
    """Append an untagged sentence to the newest (live) document."""
    newest = _newest(content)
    text = newest.read_text(encoding="utf-8")
    newest.write_text(text.rstrip("\n") + "\n\n委員から追加の意見があり、事務局が次回までに回答することとした。\n", encoding="utf-8")


def _change_one(content: Path) -> None:
    """Edit the newest document again and add a copy of it as a new meeting."""
    _edit_one(content)
    newest = _newest(content)
    added = newest.with_name(newest.stem + "-2.md")
    added.write_text(newest.read_text(encoding="utf-8").replace("title: ", "title: 追加 ", 1), encoding="utf-8")


def copy_corpus(kept: Path, root: Path) -> int:
    """A kept folder's sources and configuration copied into `root` (the rebuilds edit the copy); the number of
    documents."""
    shutil.copytree(kept / "content", root / "content")
    shutil.copyfile(kept / "mkdocs.yml", root / "mkdocs.yml")
    return sum(1 for _ in (root / "content").rglob("*.md"))


def bench_size(count: int, seed: int, root: Path, rebuilds: bool, log: bool, councils: int | None = None,
               corpus: Path | None = None) -> Row:
    started_load = os.getloadavg()[0]
    content, site, archive = root / "content", root / "site", root / "archive"
    if corpus is not None:
        count = copy_corpus(corpus, root)
        config = ["--config", str(root / "mkdocs.yml")]
    else:
        config = ["--config", str(write_config(root / "mkdocs.yml", councils))] if councils else []
        subprocess.run([sys.executable, "-m", "bench.generate", "--out", str(content), "--count", str(count),
                        "--seed", str(seed), *config], cwd=REPO, check=True, capture_output=True)
    row = Row(count)
    build = [sys.executable, "build.py", "build", "--content", str(content), "--site", str(site),
             "--archive", str(archive), "--today", TODAY, *config]
    row.full = measure(build)
    _check(row.full, "full build")
    if log:
        print(row.full.stderr, file=sys.stderr)
    row.steps = step_times(row.full.stderr)
    row.site_mb = folder_bytes(site) / 1e6
    row.index_mb = folder_bytes(site / "search-index") / 1e6
    public = root / ".sumi-work" / "public"
    row.live = sum(1 for p in public.rglob("*.md") if p.name != "index.md" and p.parent != public)
    if rebuilds:
        row.unchanged = measure(build)
        _check(row.unchanged, "rebuild, nothing changed")
        _edit_one(content)
        row.one_edited = measure(build)
        _check(row.one_edited, "rebuild, one edited")
        _change_one(content)
        row.one_changed = measure(build)
        _check(row.one_changed, "rebuild, one changed and one added")
    # The baseline reads the staging folder of the FIRST build's inputs (restaged by the last run).
    base_site = root / "baseline-site"
    config_file = root / "baseline.yml"
    config_file.write_text(baseline_config(public, base_site, root / "baseline-overrides"), encoding="utf-8")
    row.baseline = measure([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config_file)])
    _check(row.baseline, "plain mkdocs build")
    row.baseline_index_mb = folder_bytes(base_site / "search") / 1e6
    row.load = (started_load, os.getloadavg()[0])
    return row


def _check(run: Run, what: str) -> None:
    if run.returncode != 0:
        raise SystemExit(f"{what} failed ({run.returncode}):\n{run.stderr[-4000:]}")


def _fmt(run: Run | None) -> str:
    return "—" if run is None else f"{run.seconds:.1f} s"


def table(rows: Sequence[Row]) -> str:
    head = ("| documents (live) | Sumi full build | peak memory: PSS sum / RSS sum / largest process | site "
            "| search index | rebuild: no change | rebuild: 1 edited | rebuild: 1 changed + 1 added "
            "| plain mkdocs (Material, prune) | its peak memory | its search_index | Sumi / plain |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for row in rows:
        assert row.full is not None and row.baseline is not None
        lines.append(f"| {row.documents:,} ({row.live:,}) | {_fmt(row.full)} | {row.full.memory()} "
                     f"| {row.site_mb:,.0f} MB | {row.index_mb:,.1f} MB | {_fmt(row.unchanged)} | {_fmt(row.one_edited)} "
                     f"| {_fmt(row.one_changed)} "
                     f"| {_fmt(row.baseline)} | {row.baseline.memory()} | {row.baseline_index_mb:,.1f} MB "
                     f"| {row.full.seconds / row.baseline.seconds:.2f} |")
    lines.append("")
    lines.append(f"Machine load (1-minute load average on {os.cpu_count()} cores, before → after each size; other "
                 "work on the machine slows every figure): " + "; ".join(
                     f"{row.documents:,}: {row.load[0]:.1f} → {row.load[1]:.1f}" for row in rows))
    lines.append("")
    lines.append("Full-build step times (s): " + "; ".join(
        f"{row.documents:,}: " + ", ".join(f"{name} {sec:.1f}" for name, sec in row.steps.items()) for row in rows))
    edited = [row for row in rows if row.one_edited is not None]
    if edited:
        lines.append("")
        lines.append("Rebuild after one edit, step times (s): " + "; ".join(
            f"{row.documents:,}: " + ", ".join(f"{name} {sec:.1f}" for name, sec in step_times(row.one_edited.stderr).items())
            for row in edited if row.one_edited is not None))
    return "\n".join(lines)


def cpu_table(row: Row) -> str:
    """The full build's CPU seconds step by step, the whole build's and the plain MkDocs build's (Markdown)."""
    assert row.full is not None and row.baseline is not None
    cores = os.cpu_count() or 1
    walls = step_times(row.full.stderr)
    lines = [f"| step ({row.documents:,} documents) | wall | CPU, the build's process | CPU, its workers | CPU in all |",
             "|---|---|---|---|---|"]
    for name, cpu in row.full.cpu_by_step.items():
        lines.append(f"| {name} | {walls.get(name, 0.0):.1f} s | {cpu.process:.1f} s | {cpu.workers:.1f} s "
                     f"| {cpu.in_all:.1f} s |")
    own = sum(cpu.process for cpu in row.full.cpu_by_step.values())
    workers = sum(cpu.workers for cpu in row.full.cpu_by_step.values())
    whole, plain = row.full.cpu_seconds, row.baseline.cpu_seconds
    lines.append(f"| **{WHOLE_BUILD}** | {row.full.seconds:.1f} s | {own:.1f} s | {workers:.1f} s "
                 f"| **{whole:.1f} s** |")
    lines.append(f"| plain MkDocs + Material, the same pages (one process) | {row.baseline.seconds:.1f} s "
                 f"| {plain:.1f} s | — | **{plain:.1f} s** |")
    lines.append("")
    lines.append(f"On {cores} cores a build cannot take less than its CPU seconds / {cores}: Sumi {whole / cores:.1f} s, "
                 f"plain MkDocs {plain / cores:.1f} s; CPU seconds Sumi / plain: "
                 f"{whole / plain if plain else 0:.2f}. The first step's CPU includes the interpreter's start; the whole "
                 "build's CPU in all (getrusage) also what ran after the last step's line: "
                 f"{whole - own - workers:.1f} s beyond the steps' sum.")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000", help="comma-separated corpus sizes (default 100,1000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-rebuilds", action="store_true", help="skip the rebuild measurements")
    parser.add_argument("--keep", type=Path, default=None, help="keep the corpora and sites under this folder")
    parser.add_argument("--log", action="store_true", help="print each full build's log")
    parser.add_argument("--councils", type=int, default=None,
                        help="spread the corpus over this many councils (bench/councils.py; default: the "
                             "sample configuration's two)")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="measure a folder --keep left (its content/ and mkdocs.yml, copied) instead of "
                             "generating one; --sizes, --seed and --councils are not used")
    parser.add_argument("--cpu", action="store_true",
                        help="also the full build's CPU seconds step by step (its process, its workers, in all) and "
                             "the plain MkDocs build's")
    args = parser.parse_args(argv)
    sizes = [0] if args.corpus else [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    rows: list[Row] = []
    for count in sizes:
        if args.keep:
            Path(args.keep).mkdir(parents=True, exist_ok=True)
        root = Path(tempfile.mkdtemp(prefix=f"sumi-bench-{count or 'corpus'}-", dir=args.keep))
        try:
            rows.append(bench_size(count, args.seed, root, not args.no_rebuilds, args.log, args.councils,
                                   args.corpus.resolve() if args.corpus else None))
        finally:
            if args.keep is None:
                shutil.rmtree(root, ignore_errors=True)
        print(table(rows[-1:]), flush=True)
        if args.cpu:
            print("\n" + cpu_table(rows[-1]), flush=True)
    what = f"--corpus {args.corpus}" if args.corpus else f"--sizes {args.sizes}"
    councils = f" --councils {args.councils}" if args.councils and not args.corpus else ""
    print(f"\n## python -m bench.run {what}{councils}  ({os.cpu_count()} cores)\n")
    print(table(rows))
    if args.cpu:
        for row in rows:
            print("\n" + cpu_table(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
