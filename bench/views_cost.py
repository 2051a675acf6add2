"""The leak scan's decoding of output files: the fast views against the views as first specified, side by side.

    python -m bench.views_cost --site SITE [--files 400] [--rounds 3]

Takes a deterministic sample of a built site's files, builds the decoded views of each both
ways on one core (alternating, several rounds), checks they are equal, and prints the median
times and their ratio. tests/test_leakscan.py holds the two equal on tricky random texts.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import statistics
import time
from pathlib import Path
from urllib.parse import unquote

from redaction.leakscan import _context_sensitive, _context_sensitive_bmp, decoded_views
from redaction.normalize import build_tables, squash_plain

_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_TAG = re.compile(r"<[^>]*>")


def specified_views(text: str) -> list[str]:
    """decoded_views as first written: two full decoding rounds, markup removed before normalizing, and
    squash as defined (squash_plain)."""
    decoded = text
    for _ in range(2):
        decoded = html.unescape(unquote(_JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), decoded)))
    return [squash_plain(decoded), squash_plain(_TAG.sub("", decoded))]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.views_cost", description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, required=True, help="a built site folder")
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = sorted(p for p in args.site.rglob("*") if p.is_file())
    sample = random.Random(0).sample(files, min(args.files, len(files)))
    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in sample]
    build_tables()  # both ways use these tables: build them before timing
    _context_sensitive()
    _context_sensitive_bmp()
    ways = {"fast": lambda t: list(decoded_views(t)), "specified": specified_views}
    times: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(args.rounds):
        for name, views in ways.items():
            started = time.perf_counter()
            for text in texts:
                views(text)
            times[name].append(time.perf_counter() - started)
    assert all(list(decoded_views(t)) == specified_views(t) for t in texts), "the two ways differ"
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} files of {args.site} ({megabytes:.1f} MB), {args.rounds} rounds, one core; views equal")
    for name, values in times.items():
        print(f"{name:<10} median {statistics.median(values):6.2f} s   runs " + " ".join(f"{v:.2f}" for v in values))
    print(f"fast views are {statistics.median(times['specified']) / statistics.median(times['fast']):.2f}x as fast")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
