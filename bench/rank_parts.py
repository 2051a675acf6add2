"""Does an index in parts rank like one index? The first screen of results, side by side.

Usage::

    python -m bench.rank_parts --site S [--words FILE] [--shown 10] [--keep DIR]

A site of many pages is indexed by Pagefind in parts of whole councils (redaction/search_index.py),
merged by the search page; Pagefind scores each part's results with that part's own statistics.
This tool makes a copy of the site `S` (hard links, with `--keep` kept in DIR) whose minutes are
indexed in one Pagefind run, as one index, then searches every word on both through the search
page's own `window.sumiSearch.find` (headless Chromium, local server) and compares the first
`--shown` results a reader sees: how many of them the two share, and from how many councils they
come. One index of the whole site is what the parts stand in for; it is not what the build makes,
because Pagefind holds all it indexes in memory (4.5 GB at 3,240 pages).

Prints a table and the mean overlap; exit status 0.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.search_eval import CHROMIUM, CHROMIUM_ARGS, DEFAULT_WORDS, read_words, serve
from redaction.search_index import PARTS_FOLDER, PARTS_LIST, PRIMARY

_FIRST_SCREEN = """async ([words, shown]) => {
  const out = {};
  for (const word of words) {
    const found = await window.sumiSearch.find(word, {}, shown, false);
    out[word] = (await Promise.all(found.shown.map(r => r.data()))).map(d => d.url);
  }
  return out;
}"""


def one_index_copy(site: Path, copy: Path) -> None:
    """`copy`: the site's files as hard links, its search index replaced by one Pagefind run over every page."""
    from pagefind_bin_extended import get_executable

    shutil.copytree(site, copy, copy_function=os.link,
                    ignore=lambda folder, names: [n for n in names if Path(folder) == site and n in (PRIMARY, PARTS_FOLDER)])
    subprocess.run([str(get_executable()), "--site", str(copy), "--output-path", str(copy / PRIMARY), "--quiet"],
                   check=True, capture_output=True)
    (copy / PRIMARY / PARTS_LIST).write_text(json.dumps({"parts": []}) + "\n", encoding="utf-8")


def first_screens(browser: Any, base: str, words: Sequence[str], shown: int) -> dict[str, list[str]]:
    """Word → the URLs of the first `shown` results, in order, as the search page at `base` lists them."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base + "search/", wait_until="load")
        page.wait_for_function("() => window.sumiSearch !== undefined", timeout=60_000)
        return page.evaluate(_FIRST_SCREEN, [list(words), shown])
    finally:
        context.close()


def council_of(url: str) -> str:
    """The council of a minutes page URL: /<council>/<fiscal year>/<date>/."""
    return url.strip("/").split("/")[0]


def overlap(one: Sequence[str], parts: Sequence[str]) -> int:
    return len(set(one) & set(parts))


@contextmanager
def _folder(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    with tempfile.TemporaryDirectory(prefix="sumi-rank-") as scratch:
        yield Path(scratch)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.rank_parts", description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, required=True, help="a built site whose index is in parts")
    parser.add_argument("--words", type=Path, default=DEFAULT_WORDS, help="one word a line")
    parser.add_argument("--shown", type=int, default=10, help="results on the first screen (the search page shows 10)")
    parser.add_argument("--keep", type=Path, help="make (and keep) the one-index copy in this folder")
    args = parser.parse_args(argv)
    site = args.site.resolve()
    if not (site / PRIMARY / PARTS_LIST).is_file():
        parser.error(f"no Sumi search index at {site}")
    words = read_words(args.words)
    from playwright.sync_api import sync_playwright

    with _folder(args.keep) as folder, sync_playwright() as driver:
        copy = folder / "one-index"
        if not (copy / PRIMARY).is_dir():
            one_index_copy(site, copy)
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        with serve(copy) as one_base, serve(site) as parts_base:
            one = first_screens(browser, one_base, words, args.shown)
            parts = first_screens(browser, parts_base, words, args.shown)
        browser.close()
    print(f"| word | shared of the first {args.shown} | councils: one index | councils: parts |\n|---|---:|---:|---:|")
    for word in words:
        print(f"| {word} | {overlap(one[word], parts[word])} | {len({council_of(u) for u in one[word]})} "
              f"| {len({council_of(u) for u in parts[word]})} |")
    shared = [overlap(one[w], parts[w]) for w in words]
    print(f"\nshared of the first {args.shown}: mean {statistics.mean(shared):.1f}, min {min(shared)}, "
          f"identical first screens {sum(one[w] == parts[w] for w in words)} of {len(words)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
