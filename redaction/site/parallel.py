"""Render the staged site in parts, on every core, reusing the parts whose inputs did not change.

The explicit nav (redaction.site.browse.navigation) puts each council's fiscal year in a section
whose first entry is its index page. Such a leaf section is one *unit*: its index page and
its meetings. With Material's ``navigation.prune`` the HTML of a page depends only on

* the page itself,
* the nav skeleton (every page outside the units, plus each unit's index page),
* the pages of its own section (its sidebar),
* its neighbours in the page order (``<link rel="prev|next">``), and
* the titles and addresses of the pages it links to.

So each unit — or a few consecutive small units of one council, up to GROUP_MAX_PAGES pages —
is rendered by its own renderer run over a small docs folder: its pages in full, and every
other page it needs (skeleton, neighbour, link target) as an empty *stub*, excluded from the
run (never read nor rendered) and named in the nav with its title. The other units' other
pages are left out of its nav: a pruned section shows only its index page
(theme/partials/nav-item.html writes no white space per child, as Material's own does), so a
page added to one unit changes no other council's run. The pages outside the units (home, council pages, search,
archive, 404, theme assets) come from one more such run, the *shell*. The sitemap is then
written for every page, as one full run would. A test proves the result byte-identical to
one full renderer run over the whole staging folder.

A run's inputs — its docs folder, its nav, the renderer settings, the theme files and the
renderer's version — are hashed; its output pages are kept under that hash in the cache
folder, and a later build with the same hash copies them instead of rendering.

A run whose inputs changed still reuses each of its pages whose own inputs did not: a page's
HTML depends, within its run, on its own bytes, the run's nav and stubs, and the *titles* of
the run's other pages (its sidebar). Each rendered page is kept under a hash of exactly that
(`page_keys`); when a run must render again, its pages found under their keys are copied and
the rest rendered in a run of their own with the same nav, the kept pages as titled stubs — the
shape of a chunk, proven equal to one full run. So an edit that keeps the title renders one page.

This module knows the nav and the staging folder; only redaction.site.render knows the renderer.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import re
import shutil
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from redaction.core.cores import setup_to_send, start_worker, worker_context
from redaction.core.progress import Progress
from redaction.site.render import (
    page_output,
    render_pages,
    renderer_fingerprint,
    theme_environment_reused,
    write_sitemap,
)
from redaction.source.document import YAML_LOADER

CACHE_FORMAT = "sumi-render-cache/2"   # 2: jobs list their pages in the page cache
PAGE_CACHE_FORMAT = "sumi-page-cache/1"
PAGES = "pages"                   # the cache folder's folder of single pages, each under its page key
# Below this many pages one renderer run is faster than parts: a run costs about 0.2 s to start.
SPLIT_MIN_PAGES = 400
# Consecutive units of one council share a renderer run up to this many pages: a city's council
# meets a few times a year, and a run per unit of five pages would cost more to start than to
# render. Larger runs would make a rebuild render more pages again.
GROUP_MAX_PAGES = 150
SHELL = "_shell"
WRITTEN_LATER = frozenset({"sitemap.xml", "sitemap.xml.gz"})  # written for the whole site after the jobs
_LINK = re.compile(r"\]\(\s*<?([^)\s>#]+\.md)(?:#[^)\s]*)?>?(?:\s+\"[^\"]*\")?\s*\)")


@dataclass(frozen=True)
class Job:
    """One renderer run: the pages it keeps, the pages it needs as stubs, and its nav."""

    name: str                      # a unit "kojin-joho/2024", a group "kankyo/2014..2016", a chunk "…#2", or SHELL
    pages: tuple[str, ...]         # staged paths rendered in full and kept
    stubs: tuple[str, ...]         # staged paths present only for the nav and links
    nav: tuple[Any, ...]
    keep_all: bool = False         # the shell keeps every output except the stubs' pages

    @property
    def slug(self) -> str:
        return self.name.replace("/", "--")


@dataclass(frozen=True)
class RenderReport:
    """What a parallel render did."""

    jobs: int
    rendered: int
    reused: int
    pages: int
    warnings: tuple[str, ...]
    rendered_pages: int = 0        # pages the renderer ran over (the others came from the cache)


# --- the nav -------------------------------------------------------------------------------


def _entry_path(entry: Any) -> str | None:
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict) and len(entry) == 1:
        value = next(iter(entry.values()))
        return value if isinstance(value, str) else None
    return None


def _leaf_sections(nav: Sequence[Any]) -> list[tuple[str, list[Any]]]:
    """Every section whose entries are all pages and which starts with an index page."""
    found: list[tuple[str, list[Any]]] = []
    for entry in nav:
        if not (isinstance(entry, dict) and len(entry) == 1):
            continue
        children = next(iter(entry.values()))
        if not isinstance(children, list):
            continue
        paths = [_entry_path(child) for child in children]
        if len(children) > 1 and all(paths) and (paths[0] or "").endswith("index.md"):
            found.append((posixpath.dirname(paths[0] or ""), children))
        else:
            found += _leaf_sections(children)
    return found


def flatten(nav: Sequence[Any]) -> list[str]:
    """Every page of the nav in reading order (the order of prev/next links)."""
    pages: list[str] = []
    for entry in nav:
        path = _entry_path(entry)
        if path is not None:
            pages.append(path)
        elif isinstance(entry, dict):
            for children in entry.values():
                if isinstance(children, list):
                    pages += flatten(children)
    return pages


def _trimmed(nav: Sequence[Any], units: set[int], keep: Mapping[int, set[str]], full: frozenset[int]) -> list[Any]:
    """The nav without each unit section's pages, except its index and those in `keep[id(section)]`
    (all of them kept for the sections in `full`). A pruned section's HTML shows only its index page
    (theme/partials/nav-item.html writes nothing per child), so the others' pages need not be there."""
    out: list[Any] = []
    for entry in nav:
        if isinstance(entry, dict) and len(entry) == 1 and isinstance(next(iter(entry.values())), list):
            title, children = next(iter(entry.items()))
            if id(children) in units:
                wanted = keep.get(id(children), set())
                children = [c for i, c in enumerate(children)
                            if i == 0 or id(children) in full or _entry_path(c) in wanted]
                out.append({title: children})
            else:
                out.append({title: _trimmed(children, units, keep, full)})
        else:
            out.append(entry)
    return out


def _grouped(sections: Sequence[tuple[str, list[Any]]], limit: int) -> list[list[tuple[str, list[Any]]]]:
    """Consecutive units of one council (same parent folder) packed into groups of at most `limit` pages;
    a larger unit alone. A unit that grows moves the group boundaries of its own council only."""
    groups: list[list[tuple[str, list[Any]]]] = []
    size = 0
    for name, children in sections:
        group = groups[-1] if groups else None
        if (group is not None and posixpath.dirname(group[0][0]) == posixpath.dirname(name)
                and size + len(children) <= limit):
            group.append((name, children))
            size += len(children)
        else:
            groups.append([(name, children)])
            size = len(children)
    return groups


def _chunks(pages: Sequence[str], limit: int) -> list[Sequence[str]]:
    """A unit larger than `limit` pages in nearly equal consecutive chunks (`limit` 0: never split).

    A chunk is rendered with its whole unit in the nav and the unit's other pages as stubs: a
    page's sidebar needs their titles and addresses only. So an edited page re-renders its chunk,
    and one large unit keeps both cores busy."""
    count = -(-len(pages) // limit) if limit > 0 else 1
    size = -(-len(pages) // max(count, 1))
    return [pages[i:i + size] for i in range(0, len(pages), size)] if pages else [pages]


def plan(nav: Sequence[Any], staging: Path, split: bool = True) -> list[Job]:
    """Split the render into one job per group of units and one shell job (or one job for everything)."""
    sections = _leaf_sections(nav) if split else []
    order = flatten(nav)
    position = {path: i for i, path in enumerate(order)}
    owner: dict[str, int] = {}        # leaf page (not the index) -> id of its section
    for _, children in sections:
        for child in children[1:]:
            owner[_entry_path(child) or ""] = id(children)
    all_sections = {id(children): children for _, children in sections}
    staged = sorted(p.relative_to(staging).as_posix() for p in staging.rglob("*") if p.is_file())
    unit_pages: set[str] = set()
    jobs: list[Job] = []
    titles: dict[str, str | None] = {}  # a stub's title, read once: a skeleton page is a stub of every job
    for group in _grouped(sections, GROUP_MAX_PAGES):
        pages = [_entry_path(c) or "" for _, children in group for c in children]
        unit_pages.update(pages)
        name = group[0][0] if len(group) == 1 else f"{group[0][0]}..{posixpath.basename(group[-1][0])}"
        full = frozenset(id(children) for _, children in group)
        chunks = _chunks(pages, GROUP_MAX_PAGES)
        for number, chunk in enumerate(chunks, start=1):
            jobs.append(_job(name if len(chunks) == 1 else f"{name}#{number}", chunk, nav, order, position, owner,
                             all_sections, staging, full, titles))
    shell = [p for p in staged if p not in unit_pages]
    jobs.append(_job(SHELL, shell, nav, order, position, owner, all_sections, staging, frozenset(), titles,
                     keep_all=True))
    return jobs


def _job(name: str, pages: Sequence[str], nav: Sequence[Any], order: Sequence[str], position: Mapping[str, int],
         owner: Mapping[str, int], sections: Mapping[int, list[Any]], staging: Path, full: frozenset[int],
         titles: dict[str, str | None], keep_all: bool = False) -> Job:
    own = set(pages)
    needed: set[str] = set()
    for page in pages:
        if page in position:  # its neighbours, for prev/next
            i = position[page]
            needed.update(order[j] for j in (i - 1, i + 1) if 0 <= j < len(order))
        if page.endswith(".md"):
            needed.update(_links(staging, page))
    keep: dict[int, set[str]] = {}
    for path in needed - own:
        if path in owner and owner[path] not in full:
            keep.setdefault(owner[path], set()).add(path)
    job_nav = _trimmed(nav, set(sections), keep, full)
    in_nav = set(flatten(job_nav))
    stubs = sorted(((in_nav | needed) - own) & {p for p in in_nav | needed if (staging / p).is_file()})
    for stub in stubs:
        if stub not in titles:
            titles[stub] = page_title(staging / stub)
    titled = _titled(job_nav, {stub: titles[stub] for stub in stubs})
    return Job(name, tuple(pages), tuple(stubs), tuple(titled), keep_all)


def _titled(nav: Sequence[Any], titles: Mapping[str, str | None]) -> list[Any]:
    """Give every stub that the nav names by path alone its page title (stubs are never read)."""
    out: list[Any] = []
    for entry in nav:
        if isinstance(entry, str) and titles.get(entry):
            out.append({titles[entry]: entry})
        elif isinstance(entry, dict) and len(entry) == 1 and isinstance(next(iter(entry.values())), list):
            title, children = next(iter(entry.items()))
            out.append({title: _titled(children, titles)})
        else:
            out.append(entry)
    return out


def page_title(path: Path) -> str | None:
    """The title the renderer gives a page: front matter `title`, else the first H1."""
    return page_title_of(path.read_text(encoding="utf-8"))


def page_title_of(text: str) -> str | None:
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end > 0:
            meta = yaml.load(text[4:end], Loader=YAML_LOADER) or {}
            if isinstance(meta, dict) and meta.get("title"):
                return str(meta["title"])
            text = text[end + 5:]
    heading = next((line for line in text.split("\n") if line.startswith("# ")), None)
    return heading[2:].strip() if heading else None


def _links(staging: Path, page: str) -> set[str]:
    text = (staging / page).read_text(encoding="utf-8")
    base = posixpath.dirname(page)
    return {posixpath.normpath(posixpath.join(base, target)) for target in _LINK.findall(text)
            if "://" not in target and not target.startswith("/")}


# --- the docs folder of a job ------------------------------------------------------------------


def prepare_docs(job: Job, staging: Path, docs: Path) -> None:
    if docs.exists():
        shutil.rmtree(docs)
    for folder in sorted({posixpath.dirname(page) for page in (*job.pages, *job.stubs)}):
        (docs / folder).mkdir(parents=True, exist_ok=True)
    for page in job.pages:
        try:
            os.link(staging / page, docs / page)
        except OSError:
            shutil.copyfile(staging / page, docs / page)
    for page in job.stubs:  # excluded from the run: present for the nav and links, never read
        os.close(os.open(docs / page, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o644))


def job_key(job: Job, staging: Path, base: str) -> str:
    """A hash of the job's docs folder as prepare_docs makes it (its pages' bytes, its empty stubs) and nav."""
    digest = hashlib.sha256(base.encode())
    digest.update(json.dumps([job.name, list(job.nav), job.keep_all], ensure_ascii=False, sort_keys=True).encode())
    files = {page: hashlib.sha256((staging / page).read_bytes()).digest() for page in job.pages}
    files |= {stub: _EMPTY for stub in job.stubs}
    for rel in sorted(files):
        digest.update(rel.encode() + b"\0" + files[rel])
    return digest.hexdigest()


_EMPTY = hashlib.sha256(b"").digest()


def page_keys(job: Job, staging: Path, base: str) -> dict[str, str]:
    """For each Markdown page of a (non-shell) job, a hash of everything its HTML depends on within the
    job: the job's nav and stubs, the page's own bytes and the titles of the job's other pages."""
    pages = [p for p in job.pages if p.endswith(".md")]
    contents = {p: (staging / p).read_bytes() for p in pages}
    titles = {p: page_title_of(contents[p].decode("utf-8")) for p in pages}
    shared = json.dumps([PAGE_CACHE_FORMAT, base, job.name, list(job.nav), list(job.stubs)],
                        ensure_ascii=False, sort_keys=True).encode()
    keys: dict[str, str] = {}
    for page in pages:
        digest = hashlib.sha256(shared)
        digest.update(json.dumps([page, hashlib.sha256(contents[page]).hexdigest(),
                                  [[p, titles[p]] for p in pages if p != page]], ensure_ascii=False).encode())
        keys[page] = digest.hexdigest()
    return keys


def _remainder(job: Job, kept: Sequence[str], staging: Path) -> Job:
    """The job with the pages in `kept` (their HTML reused) turned into titled stubs: the rest rendered."""
    titles = {page: page_title(staging / page) for page in kept}
    return Job(f"{job.name}#rest", tuple(p for p in job.pages if p not in titles),
               tuple(sorted({*job.stubs, *titles})), tuple(_titled(job.nav, titles)))


def _base_key(settings: Mapping[str, Any], today: date) -> str:
    stable = {k: v for k, v in settings.items() if k not in ("docs_dir", "site_dir", "nav")}
    return json.dumps([CACHE_FORMAT, stable, renderer_fingerprint(settings)],
                      ensure_ascii=False, sort_keys=True, default=str)


# --- running --------------------------------------------------------------------------------------


def _run_job(job: Job, folder: Path, settings: Mapping[str, Any], today: date) -> tuple[list[str], float]:
    """In a worker process: render the job's docs folder into folder/site."""
    started = time.perf_counter()
    site = folder / "site"
    excluded = "\n".join([str(settings.get("exclude_docs") or ""), *(f"/{stub}" for stub in job.stubs)])
    job_settings = {**settings, "docs_dir": str(folder / "docs"), "site_dir": str(site), "nav": list(job.nav),
                    "exclude_docs": excluded.strip("\n")}
    warnings = render_pages(job_settings, folder / "mkdocs.yml", today)
    return warnings, time.perf_counter() - started


def _kept_outputs(job: Job, site: Path) -> list[str]:
    if not job.keep_all:
        return [page_output(p) for p in job.pages if p.endswith(".md")]
    stub_outputs = {page_output(p) for p in job.stubs if p.endswith(".md")}
    skip = stub_outputs | WRITTEN_LATER
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*")
                  if p.is_file() and p.relative_to(site).as_posix() not in skip)


def _place(source_root: Path, files: Iterable[str], target_root: Path, link: bool) -> None:
    for rel in files:
        _place_file(source_root / rel, target_root / rel, link)


def _place_file(source: Path, target: Path, link: bool) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if link:
        try:
            os.link(source, target)
            return
        except OSError:
            pass
    shutil.copyfile(source, target)


@dataclass(frozen=True)
class _Pending:
    """A job its cache entry could not give: what is rendered for it, and the pages reused."""

    job: Job
    key: str                          # the job key
    page_keys: Mapping[str, str]      # page → page key (empty: the shell, or no cache)
    run: Job | None                   # the job, its remainder (some pages reused), or None (every page reused)


def _pending(job: Job, key: str, staging: Path, base: str, lookup: Path | None) -> _Pending:
    """What to render for a job not in the cache: its pages found in the page folder `lookup` are reused."""
    if lookup is None or job.keep_all:
        return _Pending(job, key, {}, job)
    keys = page_keys(job, staging, base)
    kept = [page for page, page_key in keys.items() if (lookup / page_key).is_file()]
    if not kept:
        return _Pending(job, key, keys, job)
    return _Pending(job, key, keys, None if len(kept) == len(job.pages) else _remainder(job, kept, staging))


def _assemble(item: _Pending, root: Path, pages_cache: Path | None) -> Path:
    """The job's output folder, every page it keeps there: rendered, or copied from the page cache."""
    out = root / item.job.slug / "site"
    if item.run is item.job:
        return out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rendered = set(item.run.pages) if item.run is not None else set()
    if item.run is not None:
        _place(root / item.run.slug / "site", [page_output(p) for p in item.run.pages], out, link=True)
    assert pages_cache is not None
    for page, page_key in item.page_keys.items():
        if page not in rendered:
            _place_file(pages_cache / page_key, out / page_output(page), link=True)
    return out


def render_parallel(settings: Mapping[str, Any], work: Path, today: date, *, workers: int | None = None,
                    cache: bool = True, log: Callable[[str], None] | None = None) -> RenderReport:
    """Render settings["docs_dir"] into settings["site_dir"] in units, on `workers` processes, with a cache."""
    staging, site = Path(settings["docs_dir"]), Path(settings["site_dir"])
    pages = sum(1 for p in staging.rglob("*.md") if p.is_file())
    jobs = plan(settings["nav"], staging, split=pages >= SPLIT_MIN_PAGES)
    root = work / "parallel"
    cache_dir = work / "cache"
    pages_cache = cache_dir / PAGES if cache else None
    if root.exists():
        shutil.rmtree(root)
    cache_dir.mkdir(parents=True, exist_ok=True)
    base = _base_key(settings, today)
    # Pages are looked up only when there are some (not in a first build): their keys are otherwise
    # computed as each job finishes, while the workers render the others.
    lookup = pages_cache if pages_cache is not None and pages_cache.is_dir() and any(pages_cache.iterdir()) else None
    pending: list[_Pending] = []
    used: set[str] = set()
    reused = 0
    total_pages = sum(len(job.pages) for job in jobs)
    for job in jobs:
        key = job_key(job, staging, base)
        used.add(key)
        entry = cache_dir / key
        if cache and (entry / "files.json").is_file():
            files = json.loads((entry / "files.json").read_text(encoding="utf-8"))
            _place(entry / "out", files, site, link=False)  # copies: later steps may write into the site
            reused += 1
        else:
            item = _pending(job, key, staging, base, lookup)
            if item.run is not None:
                prepare_docs(item.run, staging, root / item.run.slug / "docs")
            pending.append(item)
    warnings: list[str] = []
    done_pages = reused_pages = total_pages - sum(len(item.job.pages) for item in pending)
    progress = Progress("ページ / pages", total_pages, log)

    def finish(item: _Pending) -> None:
        nonlocal done_pages
        out = _assemble(item, root, pages_cache)
        files = _kept_outputs(item.job, out)
        _place(out, files, site, link=False)
        if cache:
            keys = item.page_keys or (page_keys(item.job, staging, base) if not item.job.keep_all else {})
            _store(cache_dir / item.key, out, files, keys, pages_cache)
        done_pages += len(item.job.pages)
        progress.done(done_pages, first=reused_pages)

    runs = sorted(((item.run, item) for item in pending if item.run is not None),
                  key=lambda pair: -len(pair[0].pages))  # longest first: the cores finish together
    for item in pending:
        if item.run is None:      # every page of the job reused
            reused += 1
            finish(item)
    count = max(1, min(workers or os.cpu_count() or 1, len(runs) or 1))
    context = worker_context()  # fork on Linux, spawn on Windows and macOS (redaction/core/cores.py)
    setup = setup_to_send(context, theme_environment_reused)
    with theme_environment_reused(), ProcessPoolExecutor(max_workers=count, mp_context=context, initializer=start_worker,
                                                         initargs=(None, None, setup)) as pool:
        futures: dict[Future[tuple[list[str], float]], _Pending] = {
            pool.submit(_run_job, run, root / run.slug, settings, today): item for run, item in runs}
        for finished in as_completed(futures):
            warnings += finished.result()[0]
            finish(futures[finished])
    write_sitemap(settings, work / "mkdocs.yml", today)  # also leaves the derived config for `mkdocs serve`
    if cache:
        _evict(cache_dir, used)
    shutil.rmtree(root, ignore_errors=True)
    return RenderReport(len(jobs), len(runs), reused, total_pages, tuple(dict.fromkeys(warnings)),
                        sum(len(run.pages) for run, _ in runs))


def _evict(cache_dir: Path, used: set[str]) -> None:
    """Remove the cache entries of jobs this build did not have, and the pages none of its jobs holds."""
    kept_pages: set[str] = set()
    for entry in cache_dir.iterdir():
        if entry.name == PAGES:
            continue
        if entry.name not in used:
            shutil.rmtree(entry, ignore_errors=True)
        elif (entry / "pages.json").is_file():
            kept_pages.update(json.loads((entry / "pages.json").read_text(encoding="utf-8")))
    if (cache_dir / PAGES).is_dir():
        for page in (cache_dir / PAGES).iterdir():
            if page.name not in kept_pages:
                page.unlink()


def render_site_in_parts(settings: Mapping[str, Any], work: Path, today: date,
                         log: Callable[[str], None] | None = None) -> list[str]:
    """The pipeline's render: the pages in parts (cached). Returns warnings."""
    report = render_parallel(settings, work, today, log=log)
    if log is not None:
        log(f"  描画 / rendered {report.rendered} of {report.jobs} parts, reused {report.reused} "
            f"({report.pages:,} pages, {report.rendered_pages:,} of them rendered)")
    return list(report.warnings)


def _store(entry: Path, out: Path, files: Sequence[str], page_keys: Mapping[str, str], pages_cache: Path | None) -> None:
    temporary = entry.with_name(entry.name + ".tmp")
    if temporary.exists():
        shutil.rmtree(temporary)
    _place(out, files, temporary / "out", link=True)
    (temporary / "files.json").write_text(json.dumps(list(files)), encoding="utf-8")
    if pages_cache is not None and page_keys:
        pages_cache.mkdir(exist_ok=True)
        for page, page_key in page_keys.items():
            if not (pages_cache / page_key).is_file():
                _place_file(out / page_output(page), pages_cache / page_key, link=True)
        (temporary / "pages.json").write_text(json.dumps(sorted(page_keys.values())), encoding="utf-8")
    if entry.exists():
        shutil.rmtree(entry)
    temporary.rename(entry)
