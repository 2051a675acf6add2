"""Render the staged site in parts, on every core, reusing the parts and pages whose inputs did not change.

Takes the renderer settings (``docs_dir``: the staging folder of public Markdown; ``site_dir``;
the explicit ``nav``), the work folder and the build date. Gives ``site_dir`` exactly as one
renderer run over the whole staging folder would write it (a test proves every byte equal), the
renderer's warnings, and a `RenderReport`; keeps its cache in ``work/cache``.

Words used here, each for one thing:

* **section** — a leaf section of the nav (redaction.website.browse.navigation): a council's fiscal
  year, its index page first, then its meetings.
* **part** — the pages one renderer run renders and keeps (a `Part`). A part is one section,
  several consecutive small sections of one council (up to PART_MAX_PAGES pages), a slice of a
  larger section, or the **outer part**: every page outside the sections (home, council pages,
  search, archive, 404, theme assets). When a part must render again but some of its pages are
  found in the page cache, only the others are rendered: a smaller part, named ``…#rest``.
* **stub** — a page that another part renders, present in a part's docs folder as an empty file
  (excluded from the run: never read nor rendered) and named in its nav with its title, because a
  page of the part links to it, neighbours it or shares its sidebar.
* **part key**, **page key** — the hashes a part's output and a single page's HTML are cached under.

Why parts give the same bytes: with Material's ``navigation.prune`` the HTML of a page depends only on

* the page itself,
* the nav skeleton (every page outside the sections, plus each section's index page),
* the pages of its own section (its sidebar),
* its neighbours in the page order (``<link rel="prev|next">``), and
* the titles and addresses of the pages it links to.

So a part's docs folder holds its pages in full and every other page it needs (skeleton,
neighbour, link target) as a stub. The other sections' other pages are left out of its nav: a
pruned section shows only its index page (theme/partials/nav-item.html writes no white space per
child, as Material's own does), so a page added to one section changes no other council's part.
The sitemap is then written for every page, as one full run would.

A part's inputs — its docs folder, its nav, the renderer settings, the theme files and the
renderer's version — are hashed into its part key; its output pages are kept under that key in
the cache folder, and a later build with the same key copies them instead of rendering.

A part whose inputs changed still reuses each of its pages whose own inputs did not: a page's
HTML depends, within its part, on its own bytes, the part's nav and stubs, and the *titles* of
the part's other pages (its sidebar). Each rendered page is kept under its page key
(`page_keys`); when a part must render again, its pages found under their keys are copied and
the rest rendered as a part of their own with the same nav, the reused pages as titled stubs —
the shape of a slice of a section, proven equal to one full run. So an edit that keeps the title
renders one page.

This module knows the nav and the staging folder; only redaction.website.render knows the renderer.
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
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from redaction.core.cores import setup_to_send, start_worker, worker_context
from redaction.core.progress import Progress
from redaction.core.removal import remove_aside
from redaction.core.walk import files_under
from redaction.source.document import YAML_LOADER
from redaction.website.render import (
    page_output,
    record_config,
    render_pages,
    renderer_fingerprint,
    theme_environment_reused,
    write_sitemap,
)
from redaction.website.staged_facts import StagedFacts

CACHE_FORMAT = "sumi-render-cache/2"   # 2: parts list their pages in the page cache
PAGE_CACHE_FORMAT = "sumi-page-cache/3"   # 2: a page keyed by its own section, not its part; 3: the cut nav once per part
PAGES = "pages"                   # the cache folder's folder of single pages, each under its page key
TEMPLATES = "templates"           # the cache folder's folder of the theme's compiled templates (render._compiled_templates)
# Below this many pages one renderer run is faster than parts: a run costs about 0.2 s to start.
SPLIT_MIN_PAGES = 400
# Consecutive sections of one council share a part up to this many pages, and a larger section is
# sliced into parts of at most this many: a city's council meets a few times a year, and a part per
# section of five pages would cost more to start than to render. Larger parts would make a rebuild
# render more pages again.
PART_MAX_PAGES = 150
OUTER = "_outer"                  # the outer part's name
WRITTEN_LATER = frozenset({"sitemap.xml", "sitemap.xml.gz"})  # written for the whole site after the parts
SITEMAP_FORMAT = "sumi-sitemap/1"   # the sitemap's cache entry (`_sitemap`)
_LINK = re.compile(r"\]\(\s*<?([^)\s>#]+\.md)(?:#[^)\s]*)?>?(?:\s+\"[^\"]*\")?\s*\)")

Section = tuple[str, list[Any]]   # a section's folder ("kojin-joho/2024") and its nav entries, index page first


@dataclass(frozen=True)
class Part:
    """The pages one renderer run renders and keeps, the pages it needs as stubs, and its nav."""

    name: str                      # a section "kojin-joho/2024", sections "kankyo/2014..2016", a slice "…#2", OUTER
    pages: tuple[str, ...]         # staged paths rendered in full and kept
    stubs: tuple[str, ...]         # staged paths present only for the nav and links
    nav: tuple[Any, ...]

    @property
    def outer(self) -> bool:
        """The outer part keeps every output but its stubs' pages (the theme's assets, the search page's data…)."""
        return self.name == OUTER

    @property
    def slug(self) -> str:
        return self.name.replace("/", "--")


@dataclass(frozen=True)
class RenderReport:
    """What a render in parts did."""

    parts: int
    rendered: int                  # parts the renderer ran over (all or some of their pages)
    reused: int                    # parts copied whole from the cache
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


def _leaf_sections(nav: Sequence[Any]) -> list[Section]:
    """Every section whose entries are all pages and which starts with an index page."""
    found: list[Section] = []
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


def _trimmed(nav: Sequence[Any], sections: set[int], keep: Mapping[int, set[str]], whole: frozenset[int]) -> list[Any]:
    """The nav without each section's pages, except its index and those in `keep[id(section)]`
    (all of them kept for the sections in `whole`). A pruned section's HTML shows only its index page
    (theme/partials/nav-item.html writes nothing per child), so the others' pages need not be there."""
    out: list[Any] = []
    for entry in nav:
        if isinstance(entry, dict) and len(entry) == 1 and isinstance(next(iter(entry.values())), list):
            title, children = next(iter(entry.items()))
            if id(children) in sections:
                wanted = keep.get(id(children), set())
                if id(children) in whole:
                    children = list(children)
                elif not wanted:   # most sections of most parts: the index page alone
                    children = children[:1]
                else:
                    children = [c for i, c in enumerate(children) if i == 0 or _entry_path(c) in wanted]
                out.append({title: children})
            else:
                out.append({title: _trimmed(children, sections, keep, whole)})
        else:
            out.append(entry)
    return out


def _packed(sections: Sequence[Section], limit: int) -> list[list[Section]]:
    """Consecutive sections of one council (same parent folder) packed together up to `limit` pages;
    a larger section alone. A section that grows moves the boundaries of its own council only."""
    packs: list[list[Section]] = []
    size = 0
    for name, children in sections:
        pack = packs[-1] if packs else None
        if (pack is not None and posixpath.dirname(pack[0][0]) == posixpath.dirname(name)
                and size + len(children) <= limit):
            pack.append((name, children))
            size += len(children)
        else:
            packs.append([(name, children)])
            size = len(children)
    return packs


def _sliced(pages: Sequence[str], limit: int) -> list[Sequence[str]]:
    """Pages of more than `limit` in nearly equal consecutive slices (`limit` 0: never sliced).

    A slice is rendered with its whole section in the nav and the section's other pages as stubs: a
    page's sidebar needs their titles and addresses only. So an edited page re-renders its slice,
    and one large section keeps both cores busy."""
    count = -(-len(pages) // limit) if limit > 0 else 1
    size = -(-len(pages) // max(count, 1))
    return [pages[i:i + size] for i in range(0, len(pages), size)] if pages else [pages]


def plan(nav: Sequence[Any], staging: Path, split: bool = True, facts: StagedFacts | None = None) -> list[Part]:
    """The parts of the render: one per pack of sections or slice of one, then the outer part
    (without `split`: the outer part alone, holding every page). `facts`: the staged pages' links and
    titles (read from the pages when not given)."""
    sections = _leaf_sections(nav) if split else []
    layout = _Layout.of(nav, sections, staging, facts or staged_facts(staging, None))
    in_sections: set[str] = set()
    parts: list[Part] = []
    for pack in _packed(sections, PART_MAX_PAGES):
        pages = [_entry_path(c) or "" for _, children in pack for c in children]
        in_sections.update(pages)
        name = pack[0][0] if len(pack) == 1 else f"{pack[0][0]}..{posixpath.basename(pack[-1][0])}"
        whole = frozenset(id(children) for _, children in pack)
        slices = _sliced(pages, PART_MAX_PAGES)
        for number, pages_of_slice in enumerate(slices, start=1):
            parts.append(layout.part(name if len(slices) == 1 else f"{name}#{number}", pages_of_slice, whole))
    staged = [name for name, _ in files_under(staging)]   # sorted by name; rglob and relative_to: 0.3 s at 10,000
    parts.append(layout.part(OUTER, [p for p in staged if p not in in_sections], frozenset()))
    return parts


@dataclass(frozen=True)
class _Layout:
    """The staged site as the plan sees it: the nav, its pages in reading order, the section of each page."""

    staging: Path
    nav: Sequence[Any]
    order: Sequence[str]                       # every page of the nav in reading order
    position: Mapping[str, int]                # page -> its place in `order`
    section_of: Mapping[str, int]              # a section's page (not its index) -> id of the section
    sections: Mapping[int, list[Any]]          # id of a section -> its nav entries
    facts: StagedFacts                         # each staged page's links and title
    titles: dict[str, str | None] = field(default_factory=dict)  # a stub's title, read once: the skeleton is in every part
    files: dict[str, bool] = field(default_factory=dict)         # whether a page is a staged file, asked once

    @classmethod
    def of(cls, nav: Sequence[Any], sections: Sequence[Section], staging: Path, facts: StagedFacts) -> _Layout:
        order = flatten(nav)
        return cls(staging, nav, order, {path: i for i, path in enumerate(order)},
                   {_entry_path(child) or "": id(children) for _, children in sections for child in children[1:]},
                   {id(children): children for _, children in sections}, facts)

    def is_file(self, page: str) -> bool:
        """Whether `page` is a file of the staging folder (asked once: the nav's skeleton is in every part)."""
        if page not in self.files:
            self.files[page] = (self.staging / page).is_file()
        return self.files[page]

    def part(self, name: str, pages: Sequence[str], whole: frozenset[int]) -> Part:
        """The part rendering `pages`, with the sections in `whole` in full in its nav and every page
        it needs besides (neighbours, link targets, the nav's) as titled stubs."""
        own = set(pages)
        needed: set[str] = set()
        for page in pages:
            if page in self.position:  # its neighbours, for prev/next
                i = self.position[page]
                needed.update(self.order[j] for j in (i - 1, i + 1) if 0 <= j < len(self.order))
            if page.endswith(".md"):
                needed.update(self.facts.links(page))
        keep: dict[int, set[str]] = {}
        for path in needed - own:
            if path in self.section_of and self.section_of[path] not in whole:
                keep.setdefault(self.section_of[path], set()).add(path)
        nav = _trimmed(self.nav, set(self.sections), keep, whole)
        in_nav = set(flatten(nav))
        stubs = sorted(p for p in (in_nav | needed) - own if self.is_file(p))
        for stub in stubs:
            if stub not in self.titles:
                self.titles[stub] = self.facts.title(stub)
        titled = _titled(nav, {stub: self.titles[stub] for stub in stubs})
        return Part(name, tuple(pages), tuple(stubs), tuple(titled))


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


def _links_in(text: str, page: str) -> set[str]:
    """The staged pages that the Markdown `text` of `page` links to."""
    base = posixpath.dirname(page)
    return {posixpath.normpath(posixpath.join(base, target)) for target in _LINK.findall(text)
            if "://" not in target and not target.startswith("/")}


def _links(staging: Path, page: str) -> set[str]:
    return _links_in((staging / page).read_text(encoding="utf-8"), page)


def staged_facts(staging: Path, work: Path | None) -> StagedFacts:
    """The staged pages' sha256, links and titles, kept in `work` between builds (None: read every time)."""
    return StagedFacts(staging, work, _links_in, page_title_of)


# --- the docs folder of a part and its keys -------------------------------------------------------


def prepare_docs(part: Part, staging: Path, docs: Path) -> None:
    if docs.exists():
        shutil.rmtree(docs)
    for folder in sorted({posixpath.dirname(page) for page in (*part.pages, *part.stubs)}):
        (docs / folder).mkdir(parents=True, exist_ok=True)
    for page in part.pages:   # copies, not hard links: a link (and its removal) changes the staged file's ctime,
        shutil.copyfile(staging / page, docs / page)   # so the next build's stat records would hash every page again
    for page in part.stubs:  # excluded from the run: present for the nav and links, never read
        os.close(os.open(docs / page, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o644))


def part_key(part: Part, staging: Path, base: str, facts: StagedFacts | None = None) -> str:
    """A hash of the part's docs folder as prepare_docs makes it (its pages' bytes, its empty stubs) and nav."""
    digest = hashlib.sha256(base.encode())
    digest.update(json.dumps([part.name, list(part.nav), part.outer], ensure_ascii=False, sort_keys=True).encode())
    facts = facts or staged_facts(staging, None)
    files = {page: bytes.fromhex(facts.sha256(page)) for page in part.pages}
    files |= {stub: _EMPTY for stub in part.stubs}
    for rel in sorted(files):
        digest.update(rel.encode() + b"\0" + files[rel])
    return digest.hexdigest()


_EMPTY = hashlib.sha256(b"").digest()


def page_keys(part: Part, staging: Path, base: str) -> dict[str, str]:
    """For each Markdown page of a (not outer) part, a hash of everything its HTML depends on: its own bytes,
    the nav as the page shows it (`navigation.prune`: its own section in full, with its pages' titles; every
    other section of the part as its index page alone), its neighbours in the reading order with their titles
    (`<link rel="prev|next">`, the footer), and which of the pages it links to are there. Not the part's name
    nor its other sections' pages: so a page added to one fiscal year renders that year's pages again, not its
    whole part, and a page moved to another part by a growing section is still found.

    The nav a page shows is the part's nav with every section cut to its index page (`_view`, the same for
    all its pages: walked and written once per part) and its own section in full (written once per section),
    so the key holds both: together they are that nav."""
    pages = [p for p in part.pages if p.endswith(".md")]
    contents = {p: (staging / p).read_bytes() for p in pages}
    texts = {p: contents[p].decode("utf-8") for p in pages}
    titles = {p: page_title_of(texts[p]) for p in pages}
    labels = _labels(part.nav)
    order = flatten(part.nav)
    position = {path: i for i, path in enumerate(order)}
    present = set(order) | set(part.pages) | set(part.stubs)
    sections = _leaf_sections(part.nav)
    section_of: dict[str | None, int] = {}   # a page -> the first section holding it
    for number, (_, children) in enumerate(sections):
        for child in children:
            section_of.setdefault(_entry_path(child), number)

    def shown(entries: Sequence[Any]) -> list[list[Any]]:
        return [[path, labels.get(path) or titles.get(path)] for path in flatten(entries)]

    cut = _view(part.nav, {id(children) for _, children in sections}, None)
    shared = json.dumps([PAGE_CACHE_FORMAT, base, cut, shown(cut)], ensure_ascii=False, sort_keys=True).encode()
    own_views: dict[int | None, str] = {}
    keys: dict[str, str] = {}
    for page in pages:
        number = section_of.get(page)
        if number not in own_views:   # its own section in full, and where it stands (its index page)
            children = sections[number][1] if number is not None else []
            own_views[number] = json.dumps([children, shown(children)], ensure_ascii=False, sort_keys=True)
        i = position.get(page)
        neighbours = [[order[j], labels.get(order[j]) or titles.get(order[j])] if i is not None and 0 <= j < len(order)
                      else None for j in ((i or 0) - 1, (i or 0) + 1)]
        links = sorted(target for target in _links_in(texts[page], page) if target in present)
        digest = hashlib.sha256(shared)
        digest.update(json.dumps([page, hashlib.sha256(contents[page]).hexdigest(), own_views[number], neighbours, links],
                                 ensure_ascii=False).encode())
        keys[page] = digest.hexdigest()
    return keys


def _labels(nav: Sequence[Any]) -> dict[str, str]:
    """The nav's own title of each page it names with one ({title: path}); a page named by path alone has none."""
    found: dict[str, str] = {}
    for entry in nav:
        if isinstance(entry, dict) and len(entry) == 1:
            title, value = next(iter(entry.items()))
            if isinstance(value, str):
                found[value] = title
            elif isinstance(value, list):
                found |= _labels(value)
    return found


def _view(nav: Sequence[Any], sections: set[int], own: int | None) -> list[Any]:
    """The nav with every leaf section but `own` cut to its index page: what a page of `own` shows of it."""
    out: list[Any] = []
    for entry in nav:
        if isinstance(entry, dict) and len(entry) == 1 and isinstance(next(iter(entry.values())), list):
            title, children = next(iter(entry.items()))
            if id(children) in sections and id(children) != own:
                out.append({title: children[:1]})
            else:
                out.append({title: _view(children, sections, own)})
        else:
            out.append(entry)
    return out


def _rest(part: Part, reused: Sequence[str], facts: StagedFacts) -> Part:
    """The part with the pages in `reused` (their HTML from the page cache) turned into titled stubs."""
    titles = {page: facts.title(page) for page in reused}
    return Part(f"{part.name}#rest", tuple(p for p in part.pages if p not in titles),
                tuple(sorted({*part.stubs, *titles})), tuple(_titled(part.nav, titles)))


def _base_key(settings: Mapping[str, Any], today: date) -> str:
    stable = {k: v for k, v in settings.items() if k not in ("docs_dir", "site_dir", "nav")}
    return json.dumps([CACHE_FORMAT, stable, renderer_fingerprint(settings)],
                      ensure_ascii=False, sort_keys=True, default=str)


# --- rendering ------------------------------------------------------------------------------------


def _render_part(part: Part, folder: Path, settings: Mapping[str, Any], today: date) -> tuple[list[str], float]:
    """In a worker process: render the part's docs folder (folder/docs) into folder/site."""
    started = time.perf_counter()
    site = folder / "site"
    excluded = "\n".join([str(settings.get("exclude_docs") or ""), *(f"/{stub}" for stub in part.stubs)])
    part_settings = {**settings, "docs_dir": str(folder / "docs"), "site_dir": str(site), "nav": list(part.nav),
                     "exclude_docs": excluded.strip("\n")}
    warnings = render_pages(part_settings, folder / "mkdocs.yml", today)
    return warnings, time.perf_counter() - started


def _kept_outputs(part: Part, site: Path) -> list[str]:
    if not part.outer:
        return [page_output(p) for p in part.pages if p.endswith(".md")]
    stub_outputs = {page_output(p) for p in part.stubs if p.endswith(".md")}
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
class _Uncached:
    """A part its cache entry could not give: what is rendered for it, and the pages reused."""

    part: Part
    key: str                          # the part key
    page_keys: Mapping[str, str]      # page → page key (empty: the outer part, or no cache)
    render: Part | None               # the part, its rest (some pages reused), or None (every page reused)


def _uncached(part: Part, key: str, staging: Path, base: str, lookup: Path | None, facts: StagedFacts) -> _Uncached:
    """What to render for a part not in the cache: its pages found in the page folder `lookup` are reused."""
    if lookup is None or part.outer:
        return _Uncached(part, key, {}, part)
    keys = page_keys(part, staging, base)
    reused = [page for page, page_key in keys.items() if (lookup / page_key).is_file()]
    if not reused:
        return _Uncached(part, key, keys, part)
    return _Uncached(part, key, keys, None if len(reused) == len(part.pages) else _rest(part, reused, facts))


def _assemble(item: _Uncached, root: Path, pages_cache: Path | None) -> Path:
    """The part's output folder, every page it keeps there: rendered, or copied from the page cache."""
    out = root / item.part.slug / "site"
    if item.render is item.part:
        return out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rendered = set(item.render.pages) if item.render is not None else set()
    if item.render is not None:
        _place(root / item.render.slug / "site", [page_output(p) for p in item.render.pages], out, link=True)
    assert pages_cache is not None
    for page, page_key in item.page_keys.items():
        if page not in rendered:
            _place_file(pages_cache / page_key, out / page_output(page), link=True)
    return out


def render_in_parts(settings: Mapping[str, Any], work: Path, today: date, *, workers: int | None = None,
                    cache: bool = True, log: Callable[[str], None] | None = None) -> RenderReport:
    """Render settings["docs_dir"] into settings["site_dir"] in parts, on `workers` processes, with a cache."""
    staging, site = Path(settings["docs_dir"]), Path(settings["site_dir"])
    pages = sum(1 for p in staging.rglob("*.md") if p.is_file())
    facts = staged_facts(staging, work if cache else None)
    parts = plan(settings["nav"], staging, split=pages >= SPLIT_MIN_PAGES, facts=facts)
    root = work / "parts"
    cache_dir = work / "cache"
    pages_cache = cache_dir / PAGES if cache else None
    remove_aside(root)   # an earlier run's, if it stopped before its end (core/removal.py)
    cache_dir.mkdir(parents=True, exist_ok=True)
    base = _base_key(settings, today)
    # Pages are looked up only when there are some (not in a first build): their keys are otherwise
    # computed as each part finishes, while the workers render the others.
    lookup = pages_cache if pages_cache is not None and pages_cache.is_dir() and any(pages_cache.iterdir()) else None
    uncached: list[_Uncached] = []
    used: set[str] = set()
    reused = 0
    total_pages = sum(len(part.pages) for part in parts)
    for part in parts:
        key = part_key(part, staging, base, facts)
        used.add(key)
        entry = cache_dir / key
        if cache and (entry / "files.json").is_file():
            files = json.loads((entry / "files.json").read_text(encoding="utf-8"))
            _place(entry / "out", files, site, link=False)  # copies: later steps may write into the site
            reused += 1
        else:
            item = _uncached(part, key, staging, base, lookup, facts)
            if item.render is not None:
                prepare_docs(item.render, staging, root / item.render.slug / "docs")
            uncached.append(item)
    warnings: list[str] = []
    done_pages = reused_pages = total_pages - sum(len(item.part.pages) for item in uncached)
    progress = Progress("ページ / pages", total_pages, log)

    def finish(item: _Uncached) -> None:
        nonlocal done_pages
        out = _assemble(item, root, pages_cache)
        files = _kept_outputs(item.part, out)
        _place(out, files, site, link=False)
        if cache:
            keys = item.page_keys or (page_keys(item.part, staging, base) if not item.part.outer else {})
            _store(cache_dir / item.key, out, files, keys, pages_cache)
        done_pages += len(item.part.pages)
        progress.done(done_pages, first=reused_pages)

    to_render = sorted(((item.render, item) for item in uncached if item.render is not None),
                       key=lambda pair: -len(pair[0].pages))  # longest first: the cores finish together
    for item in uncached:
        if item.render is None:      # every page of the part reused
            reused += 1
            finish(item)
    count = max(1, min(workers or os.cpu_count() or 1, len(to_render) or 1))
    context = worker_context()  # fork on Linux, spawn on Windows and macOS (redaction/core/cores.py)
    setup = setup_to_send(context, theme_environment_reused)
    with theme_environment_reused(compiled=cache_dir / TEMPLATES if cache else None), ProcessPoolExecutor(max_workers=count, mp_context=context, initializer=start_worker,
                                                         initargs=(None, None, setup)) as pool:
        futures: dict[Future[tuple[list[str], float]], _Uncached] = {
            pool.submit(_render_part, part, root / part.slug, settings, today): item for part, item in to_render}
        for finished in as_completed(futures):
            warnings += finished.result()[0]
            finish(futures[finished])
    used.add(_sitemap(settings, work, today, base, cache_dir if cache else None))
    used.add(TEMPLATES)
    if cache:
        facts.save()
        _evict(cache_dir, used)
    remove_aside(root)   # tens of thousands of folders: removed by a detached process (core/removal.py)
    return RenderReport(len(parts), len(to_render), reused, total_pages, tuple(dict.fromkeys(warnings)),
                        sum(len(part.pages) for part, _ in to_render))


def _sitemap(settings: Mapping[str, Any], work: Path, today: date, base: str, cache_dir: Path | None) -> str:
    """Write the site's sitemap (and leave the derived config for `mkdocs serve`); its name in the cache.

    The sitemap lists every Markdown page's address with the build date (MkDocs' template reads nothing of
    a page but its address, and no meta: the pages are not read for it), so it is kept in the cache under
    the renderer's settings and fingerprint (`base`), the date and the staged pages' paths, and copied
    when they are the same: making it costs a MkDocs configuration and a page object per page (about
    1 s at 10,000 documents)."""
    site, config_file = Path(settings["site_dir"]), work / "mkdocs.yml"
    pages = [name for name, _ in files_under(Path(settings["docs_dir"]), ".md")]
    key = "sitemap-" + hashlib.sha256(json.dumps([SITEMAP_FORMAT, base, today.isoformat(), pages],
                                                 ensure_ascii=False).encode()).hexdigest()
    entry = cache_dir / key if cache_dir is not None else None
    if entry is not None and all((entry / name).is_file() for name in WRITTEN_LATER):
        record_config(settings, config_file)
        for name in sorted(WRITTEN_LATER):
            shutil.copyfile(entry / name, site / name)
        return key
    write_sitemap(settings, config_file, today)
    if entry is not None:
        temporary = entry.with_name(entry.name + ".tmp")
        if temporary.exists():
            shutil.rmtree(temporary)
        temporary.mkdir(parents=True)
        for name in sorted(WRITTEN_LATER):
            shutil.copyfile(site / name, temporary / name)
        if entry.exists():
            shutil.rmtree(entry)
        temporary.rename(entry)
    return key


def _evict(cache_dir: Path, used: set[str]) -> None:
    """Remove the cache entries of parts this build did not have, and the pages none of its parts holds."""
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
    report = render_in_parts(settings, work, today, log=log)
    if log is not None:
        log(f"  描画 / rendered {report.rendered} of {report.parts} parts, reused {report.reused} "
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
