"""Indexing time of Sumi's search index (redaction/website/search): a full build, then rebuilds after one edit.

Usage::

    python -m bench.bigram_index --staged DIR [--rounds 3] [--no-verify]

DIR is a staging folder of public Markdown (`<folder>/.sumi-work/public`, as a build leaves it); it
is only read. Every staged minutes page becomes a `SearchPage` (its front matter gives council,
fiscal year and date, as the build's own PublicDocuments do) and the index is written into a
scratch folder, timed: in full, then after each of three edits of one page (a paragraph appended
at its end, a paragraph inserted in its middle, one character changed in a middle paragraph), after
one page added (a copy of the newest with a later address), and after what `bench.run`'s last
rebuild does (the page of the last address edited, and a copy of it added). After every update the folder is
compared with a full build of the same pages, file by file: an update must write what a full build
writes (`--no-verify` skips that, for large corpora: one full build more per change). Medians of `--rounds`. Prints a table and the exact command.
"""

from __future__ import annotations

import argparse
import filecmp
import shlex
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import yaml

from redaction.website.search.index import SearchPage, Written, build_index, ordered, search_page, update_index

APPENDED = "委員から追加の意見があり、事務局が次回までにズミレ基金の運用を回答することとした。"
_FRONT_MATTER_END = "\n---\n"


def staged_pages(staged: Path) -> list[SearchPage]:
    """Every staged minutes page as the build hands it to the indexer."""
    pages: list[SearchPage] = []
    for path in sorted(staged.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith("---\n") or _FRONT_MATTER_END not in text:
            continue
        meta = yaml.load(text[4:text.index(_FRONT_MATTER_END)], Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        sumi = meta.get("sumi") or {}
        if sumi.get("kind") != "minutes":
            continue
        year = f"{sumi['fiscal_year_label']}（{sumi['fiscal_year']}年度）"
        url = path.relative_to(staged).with_suffix("").as_posix()
        pages.append(search_page(url, meta["title"], sumi["council_name"], year, str(sumi["date"]),
                                 sumi["date_label"], text))
    return ordered(pages)


def _paragraphs(page: SearchPage) -> tuple[str, list[str]]:
    """The page's front matter and its body's blank-line separated blocks."""
    end = page.markdown.index(_FRONT_MATTER_END, 4) + len(_FRONT_MATTER_END)
    return page.markdown[:end], page.markdown[end:].split("\n\n")


def appended(page: SearchPage) -> SearchPage:
    return replace(page, text=page.markdown.rstrip("\n") + f"\n\n{APPENDED}\n", sha256="")


def inserted(page: SearchPage) -> SearchPage:
    front, blocks = _paragraphs(page)
    middle = len(blocks) // 2
    return replace(page, text=front + "\n\n".join([*blocks[:middle], APPENDED, *blocks[middle:]]), sha256="")


def one_character(page: SearchPage) -> SearchPage:
    """The last character of the middle paragraph changed (a sentence's 。 made ．, or the other way)."""
    front, blocks = _paragraphs(page)
    middle = next(i for i in range(len(blocks) // 2, len(blocks)) if blocks[i].rstrip().endswith(("。", "．")))
    block = blocks[middle].rstrip()
    blocks[middle] = block[:-1] + ("．" if block.endswith("。") else "。")
    return replace(page, text=front + "\n\n".join(blocks), sha256="")


def added(pages: Sequence[SearchPage]) -> list[SearchPage]:
    newest = pages[-1]
    return ordered([*pages, replace(newest, url=newest.url.rstrip("/") + "-2/", title="追加 " + newest.title)])


def edited_and_added(pages: Sequence[SearchPage]) -> list[SearchPage]:
    """What `bench.run` does for its last rebuild: the page of the last address edited (a paragraph appended)
    and a copy of it added as a new meeting of the same date (its address after it)."""
    last = max(pages, key=lambda p: p.url)
    edited = appended(last)
    copy = replace(edited, url=last.url.rstrip("/") + "-2/", title="追加 " + last.title)
    return ordered([*(edited if p is last else p for p in pages), copy])


def same_folders(a: Path, b: Path) -> bool:
    """Every file of `a` is in `b` with the same bytes, and the other way round."""
    left = sorted(p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file())
    right = sorted(p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file())
    if left != right:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, left, shallow=False)
    return not mismatch and not errors


def timed(action: Callable[[], Written]) -> tuple[float, Written]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bigram_index", description=__doc__.split("\n")[0])
    parser.add_argument("--staged", type=Path, required=True, help="staged public Markdown (read only)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-verify", action="store_true", help="do not compare updates with full builds")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    pages = staged_pages(args.staged.resolve())
    if not pages:
        parser.error(f"no staged minutes pages in {args.staged}")
    print(f"{len(pages):,} pages, {sum(len(s) for p in pages for s in p.segments):,} characters; "
          f"read in {time.perf_counter() - started:.1f} s")
    target = len(pages) // 2
    edits = {"paragraph appended": appended, "paragraph inserted in the middle": inserted,
             "one character changed": one_character}
    rows: dict[str, list[tuple[float, Written]]] = {}
    full: list[float] = []
    with tempfile.TemporaryDirectory(prefix="sumi-index-") as scratch:
        root = Path(scratch)
        for _ in range(args.rounds):
            shutil.rmtree(root / "full", ignore_errors=True)
            seconds, written = timed(lambda: build_index(root / "full", pages))
            full.append(seconds)
        state = [(p.url, p.digest) for p in pages]
        cases = [(name, [*pages[:target], edit(pages[target]), *pages[target + 1:]]) for name, edit in edits.items()]
        cases.append(("one page added (newest date)", added(pages)))
        cases.append(("last address edited, a copy added (as bench.run)", edited_and_added(pages)))
        for name, changed in cases:
            if not args.no_verify:
                build_index(root / "expected", changed)
            for _ in range(args.rounds):
                shutil.rmtree(root / "updated", ignore_errors=True)
                shutil.copytree(root / "full", root / "updated")
                seconds, written = timed(lambda changed=changed: update_index(root / "updated", state, changed))
                if not (args.no_verify or same_folders(root / "updated", root / "expected")):
                    raise SystemExit(f"{name}: the update does not give what a full build gives")
                rows.setdefault(name, []).append((seconds, written))
            shutil.rmtree(root / "expected", ignore_errors=True)
        files = [p for p in (root / "full").rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in files)
    print(f"full build: {statistics.median(full):.1f} s (median of {args.rounds}: "
          + ", ".join(f"{s:.1f}" for s in full) + f"); {len(files):,} files, {size / 1e6:.1f} MB; "
          f"{written.shards if written else 0:,} shard files")
    print()
    print("| change (page " + pages[target].url + ") | update s (median) | shard files written / all | texts written |")
    print("|---|---:|---:|---:|")
    for name, results in rows.items():
        w = results[0][1]
        print(f"| {name} | {statistics.median(s for s, _ in results):.2f} | {w.shards:,} / {w.shards_total:,} | {w.texts} |")
    print()
    print("command: python -m bench.bigram_index " + shlex.join(sys.argv[1:] if argv is None else argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
