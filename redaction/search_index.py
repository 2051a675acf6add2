"""The site's search index: Pagefind, in parts of whole councils, each reused while its pages are unchanged.

Pagefind keeps what it indexes in memory: about 385 MB to start and 1.2 MB per minutes page
(3,314 pages: 4.7 GB and 91 s in one run; the same pages as two councils: 2.4 and 2.5 GB, 33 s
and 35 s). So the live minutes are indexed in parts of whole councils with at most
`sumi.search_pages_per_part` pages (default `PAGES_PER_PART`; a larger council is a part on its
own; smaller parts mean less to index again after an edit and more bytes per query), as few
parts as that allows and as even as they can be (`plan_parts`), one part after the other. The
first part is written to `pagefind/`, where the search page loads Pagefind from; the others to
`pagefind-parts/<n>/`, listed in `pagefind/sumi-parts.json`, which the search page merges
(`pagefind.mergeIndex`). A site with one part is indexed in one run over the whole site, as
before parts existed.

Each part's index is kept in the work folder under a key of everything it is made from (the
Pagefind version, the part's councils and the bytes of every page it reads): a rebuild indexes
only the parts whose pages changed and copies the others, byte for byte what Pagefind would
write again (its output is made canonical first: `reproducible.canonicalize_pagefind`).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from redaction import cbor, reproducible
from redaction.errors import ContentError, problem
from redaction.manifest import package_version
from redaction.reproducible import canonicalize_pagefind

PAGES_PER_PART = 2000
PART_STEP = 100                          # parts are evened out in steps of this many pages (plan_parts)
PRIMARY = "pagefind"
PARTS_FOLDER = "pagefind-parts"
PARTS_LIST = "sumi-parts.json"           # in the primary folder: the other parts, for the search page
CACHE_FORMAT = "sumi-search-cache/1"
_BUNDLE_ONLY = (".js", ".css")           # Pagefind's scripts and UI: the primary part's are the ones loaded


@dataclass(frozen=True)
class Part:
    """One Pagefind run: the councils (top folders of the site) whose pages it indexes, and where it writes."""

    councils: tuple[str, ...]            # empty: the whole site (a site indexed in one part)
    pages: int
    output: str                          # folder inside the site

    @property
    def glob(self) -> str | None:
        if not self.councils:
            return None
        folders = self.councils[0] if len(self.councils) == 1 else "{" + ",".join(self.councils) + "}"
        return f"{folders}/**/*.html"


def plan_parts(pages_per_council: Mapping[str, int], limit: int = PAGES_PER_PART) -> list[Part]:
    """Whole councils (in name order) packed into as few parts as `limit` pages a part allow, made as even
    as steps of `PART_STEP` pages let them; one part for everything when it all fits.

    Even parts rather than full ones and a remainder: a part of 2,000 pages and one of 100 would make
    the rebuild of most pages index 2,000 pages again, the largest Pagefind run (memory) 2,000 pages,
    and a small part rank its pages by statistics of its own (bench.rank_parts). A part's councils
    change only when the part crosses its bound (a multiple of `PART_STEP` pages), as full parts
    changed only when one crossed `limit`: a page more or less mostly changes a part's size only.
    """
    councils = sorted(pages_per_council)
    fewest = len(_packed(councils, pages_per_council, limit))
    if fewest <= 1:
        return [Part((), sum(pages_per_council.values()), PRIMARY)]
    bound = limit
    while bound - PART_STEP > 0 and len(_packed(councils, pages_per_council, bound - PART_STEP)) <= fewest:
        bound -= PART_STEP
    groups = _packed(councils, pages_per_council, bound)
    return [Part(tuple(group), sum(pages_per_council[c] for c in group), PRIMARY if i == 0 else f"{PARTS_FOLDER}/{i + 1}")
            for i, group in enumerate(groups)]


def _packed(councils: Sequence[str], pages: Mapping[str, int], bound: int) -> list[list[str]]:
    """The councils in order, a new group whenever the next would take the group over `bound` pages
    (a council larger than `bound` is a group of its own)."""
    groups: list[list[str]] = []
    size = 0
    for council in councils:
        if groups and size + pages[council] <= bound:
            groups[-1].append(council)
            size += pages[council]
        else:
            groups.append([council])
            size = pages[council]
    return groups


def index_search(site: Path, pages_per_council: Mapping[str, int], work: Path,
                 log: Callable[[str], None] | None = None, limit: int = PAGES_PER_PART) -> list[str]:
    """Index the site's minutes in parts of at most `limit` pages (see the module's text), reusing
    unchanged parts. Returns warnings."""
    parts = plan_parts(pages_per_council, limit)
    cache = work / "search-cache"
    cache.mkdir(parents=True, exist_ok=True)
    warnings: list[str] = []
    used: set[str] = set()
    for number, part in enumerate(parts, 1):
        started = time.perf_counter()
        key = part_key(site, part)
        used.add(key)
        entry = cache / key
        reused = (entry / "done").is_file()
        if not reused:
            warnings += _index_part(site, part, entry)
        shutil.copytree(entry / "index", site / part.output, dirs_exist_ok=True)
        if log is not None:
            what = "再利用 / reused" if reused else f"{time.perf_counter() - started:.1f} s"
            log(f"  検索索引 / search index（Pagefind）{number}/{len(parts)}: {part.pages:,} ページ / pages … {what}")
    others = [f"{part.output}/" for part in parts if part.output != PRIMARY]
    (site / PRIMARY / PARTS_LIST).write_text(json.dumps({"parts": others}, ensure_ascii=False) + "\n",
                                             encoding="utf-8")
    for stale in cache.iterdir():
        if stale.name not in used:
            shutil.rmtree(stale, ignore_errors=True)
    return warnings


def part_key(site: Path, part: Part) -> str:
    """A digest of what a part's index is made from: Pagefind's version, the part, and every page it reads."""
    pagefind = package_version("pagefind_bin_extended", "-")
    digest = hashlib.sha256(f"{CACHE_FORMAT}\n{pagefind}\n{part.councils}\n{part.output}\n".encode())
    for module in (__file__, reproducible.__file__, cbor.__file__):  # the code that shapes the output
        digest.update(Path(module).read_bytes())
    roots = [site / council for council in part.councils] if part.councils else [site]
    for root in roots:
        for path in sorted(root.rglob("*.html")):
            digest.update(path.relative_to(site).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _index_part(site: Path, part: Part, entry: Path) -> list[str]:
    """Run Pagefind for `part` into the cache entry `entry`/index, made canonical; mark it done."""
    from pagefind_bin_extended import get_executable  # the extended build is required for Japanese

    if entry.exists():
        shutil.rmtree(entry)
    output = entry / "index"
    command = [str(get_executable()), "--site", str(site), "--output-path", str(output), "--quiet"]
    if part.glob is not None:
        command += ["--glob", part.glob]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise ContentError([problem(str(site), 0, 0, "検索索引の生成に失敗しました。",
                                    f"Pagefind failed: {result.stderr.strip() or result.stdout.strip()}")])
    warnings = canonicalize_pagefind(output)  # Pagefind writes some files in hash order
    if part.output != PRIMARY:
        for path in output.iterdir():
            if path.is_file() and (path.suffix in _BUNDLE_ONLY or path.name.startswith("wasm.")):
                path.unlink()
    (entry / "done").write_text("", encoding="utf-8")
    return warnings


def pages_per_council(url_paths: Sequence[str]) -> dict[str, int]:
    """How many live minutes pages each council's folder holds (the first part of each page's URL path)."""
    counts: dict[str, int] = {}
    for url_path in url_paths:
        council = url_path.split("/", 1)[0]
        counts[council] = counts.get(council, 0) + 1
    return counts
