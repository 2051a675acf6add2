"""The leak scan of the archive folder on one core and on every core, measured side by side.

    python -m bench.scan_cost --site SITE --archive ARCHIVE [--rounds 2] [--needles 3000]

Scans a built archive folder (bundles opened entry by entry, entries already in the site
skipped, as the build does) alternately with the work shared out over every core and on one
core, with the same synthetic needles (none of them present), and prints the median times
and their ratio. Both must report the same leaks (none).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from redaction import leakscan
from redaction.archive import scan_archive
from redaction.scan_record import file_digests


def timed_scan(scanner: leakscan.LeakScanner, archive: Path, seen: set[str], parallel_bytes: int) -> float:
    chosen = leakscan.PARALLEL_BYTES
    leakscan.PARALLEL_BYTES = parallel_bytes
    try:
        started = time.perf_counter()
        leaks = scan_archive(scanner, archive, "archive/", set(seen))
        seconds = time.perf_counter() - started
    finally:
        leakscan.PARALLEL_BYTES = chosen
    assert not leaks, f"{len(leaks)} leaks of needles that are in no file"
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scan_cost", description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, required=True, help="a built site folder")
    parser.add_argument("--archive", type=Path, required=True, help="its archive folder")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--needles", type=int, default=3000)
    args = parser.parse_args()
    scanner = leakscan.LeakScanner([(f"存在しない非公開の文{index:05d}", None) for index in range(args.needles)])
    seen = set(file_digests(args.site).values())
    modes = {"every core": 1, "one core": 10**15}
    times: dict[str, list[float]] = {label: [] for label in modes}
    for _ in range(args.rounds):
        for label, parallel_bytes in modes.items():
            times[label].append(timed_scan(scanner, args.archive, seen, parallel_bytes))
    megabytes = sum(p.stat().st_size for p in args.archive.rglob("*") if p.is_file()) / 1e6
    print(f"archive {args.archive}: {megabytes:.0f} MB of bundles, {args.needles} needles, {args.rounds} rounds")
    for label, values in times.items():
        print(f"{label:<11} median {statistics.median(values):7.2f} s   runs " + " ".join(f"{v:.2f}" for v in values))
    ratio = statistics.median(times["one core"]) / statistics.median(times["every core"])
    print(f"archive scan on every core is {ratio:.2f}x as fast as on one core")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
