"""The build, as a short named list of steps (markdown-it's habit): each step one job.

    build:  unchanged → load (and redact) → check → approval → stage → render → feeds → archive
            → scan → manifest → swap
    check:  load → check → approval
    audit:  load → check → approval → audit

(BUILD_STEPS, CHECK_STEPS and AUDIT_STEPS below; `unchanged` ends a build early when the published
site already is what these inputs give.) Each step returns a frozen record of what it made (`Loaded`,
`Checked`, `Gated`, `Rendered`, `Archived`, `Scanned`, …), kept on the `Build` under the step's name;
the `Build` itself holds only the run's inputs. A step reads what earlier steps made through the
`Build`'s read-only properties (`build.documents`, `build.new_site`, …): asked for before its step
has run, a record raises `StepOrderError`, naming the order. A record may carry problems (the
checks' errors, the leaks): they are raised after the record is kept, so that `check --format json`
can still list the findings. Nothing is published unless every step succeeds; any ContentError
stops the run with the previous site untouched and the unfinished site and archive folders removed.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import pickle
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from redaction.archiving.bundles import ArchiveResult, build_archive, bundle_refs
from redaction.checks.approval import Approvals, awaiting_approval, check_place, read_approvals
from redaction.checks.consistency import check_consistency
from redaction.checks.mask import views_digest
from redaction.checks.problem_report import grouped_warnings
from redaction.checks.safety_net import LocatedFinding, errors_of, find_personal_data
from redaction.core import clerk_messages as say
from redaction.core.config import SumiConfig
from redaction.core.cores import each_on_every_core
from redaction.core.errors import ContentError, Problem
from redaction.core.normalize import squash
from redaction.core.scan_record import file_digests, known_clean, known_clean_extra, needles_digest, record_clean
from redaction.core.stat_digests import StatDigests
from redaction.core.walk import files_under
from redaction.core.wareki import fiscal_year, fiscal_year_label
from redaction.publishing.leakscan import (
    PARALLEL_BYTES,
    IndexState,
    Leak,
    LeakScanner,
    index_shards,
    scan_archive,
    scan_search_index,
)
from redaction.publishing.manifest import (
    code_digest,
    digest_of_listing,
    input_digests,
    theme_digest,
    theme_dir_of,
    write_manifest,
)
from redaction.publishing.swap import new_folder, recover, remove_stale, swap_in
from redaction.publishing.unchanged import already_published
from redaction.source.cache import Kept, SourceCache, published_stats, source_stats
from redaction.source.document import SourceDocument, read_document
from redaction.source.public_page import PublicDocument, at_address, public_document
from redaction.source.redact import Redaction, forms_of, known_forms, needle_forms, withheld_needles
from redaction.website.browse import browse_pages, navigation
from redaction.website.feeds import write_feeds
from redaction.website.parts import render_site_in_parts
from redaction.website.render import renderer_config
from redaction.website.search.index import FOLDER as SEARCH_FOLDER
from redaction.website.search.index import SearchPage, index_search, search_page
from redaction.website.staged_facts import STATS as STAGED_FILE_STATS
from redaction.website.staging import KnownPage, sync_pages

WORK_DIR_NAME = ".sumi-work"


@dataclass(frozen=True)
class Paths:
    content: Path
    site: Path
    archive: Path
    config: Path
    audit: Path | None = None          # the audit folder (`audit` command only)
    compare: Path | None = None        # a previous ledger to compare with (`audit --compare`)

    @property
    def work(self) -> Path:
        """Staging and renderer files, beside the site (mkdocs.yml's docs_dir points here)."""
        return self.site.parent / WORK_DIR_NAME


@dataclass(frozen=True)
class Loaded:
    """load: every source, and its public document with its address, in site order."""

    sources: tuple[SourceDocument, ...]
    documents: tuple[PublicDocument, ...]
    theme_sha256: str | None   # of the theme folder and of Sumi's code, taken before the build uses them
    code_sha256: str


@dataclass(frozen=True)
class Checked:
    """check: the personal-data detector's findings (error and warn), the warnings, and the errors that stop the run."""

    findings: tuple[LocatedFinding, ...]
    warnings: tuple[str, ...]
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Gated:
    """approval: the approvals file as read (None: no council requires approval) and what awaits approval."""

    approvals: Approvals | None
    awaiting: Mapping[str, str]   # source path -> why it awaits approval (new, changed)


@dataclass(frozen=True)
class Staged:
    """stage: the folder of public Markdown, the renderer's only input."""

    folder: Path


@dataclass(frozen=True)
class Rendered:
    """render: the new site folder (not yet published) and the renderer's and the search index's warnings."""

    new_site: Path
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class Archived:
    """archive: the new archive folder (not yet published) and what was bundled."""

    new_archive: Path
    result: ArchiveResult


@dataclass(frozen=True)
class Scanned:
    """scan: the leaks found (each a problem), the files scanned, and the sha256 of every file the scan read."""

    leaks: tuple[Leak, ...]
    counts: tuple[int, int]   # output files; of them, unchanged since a clean scan (scan_record.py)
    scanned: Mapping[Path, str]
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Unchanged:
    """unchanged: whether the published site already is what these inputs give, and how many files say so."""

    finished: bool
    files: int = 0


@dataclass(frozen=True)
class Audited:
    """audit: what the audit step wrote, for the summary."""

    summary: Mapping[str, Any]


@dataclass(frozen=True)
class Written:
    """A step whose product is files only (feeds, manifest, swap)."""


Record = TypeVar("Record")


class StepOrderError(RuntimeError):
    """A step asked for what a step that has not run makes: the step list is out of order."""


@dataclass
class Build:
    """One run: its inputs, and what each step made (`made`, by step name), read through the properties."""

    config: SumiConfig
    paths: Paths
    today: date
    log: Callable[[str], None] = print
    timings: dict[str, float] = field(default_factory=dict)
    reuse_checks: bool = True         # reuse the work folder's records of earlier checks (not for the audit)
    approval_gate: bool = True        # hold back what awaits approval (the preview sets False to show it)
    made: dict[str, object] = field(default_factory=dict)   # step name -> the record it returned, in run order
    order: tuple[str, ...] = ()       # the names of the steps `run` was given (for StepOrderError's message)
    unpublished: list[Path] = field(default_factory=list)   # new site / archive folders not swapped in yet
    started: dict[str, int] = field(default_factory=dict)   # step name -> when `run` started it (time.time_ns)

    def of(self, step: str, kind: type[Record]) -> Record:
        """The record `step` made; StepOrderError if it has not run (the order is the step list's)."""
        record = self.made.get(step)
        if not isinstance(record, kind):
            order = " → ".join(self.order or (name for name, _, _ in BUILD_STEPS))
            raise StepOrderError(f"the {step!r} step has not run, so what it makes is not there yet: steps run "
                                 f"in the list's order ({order}); ran so far: {', '.join(self.made) or 'none'}")
        return record

    def ran(self, step: str) -> bool:
        return step in self.made

    @property
    def sources(self) -> list[SourceDocument]:
        return list(self.of("load", Loaded).sources)

    @property
    def documents(self) -> list[PublicDocument]:
        return list(self.of("load", Loaded).documents)

    @property
    def theme_sha256(self) -> str | None:
        return self.of("load", Loaded).theme_sha256

    @property
    def code_sha256(self) -> str:
        return self.of("load", Loaded).code_sha256

    @property
    def findings(self) -> list[LocatedFinding]:
        """The personal-data detector's findings, error and warn (kept even when the check stopped the run)."""
        return list(self.of("check", Checked).findings)

    @property
    def warnings(self) -> list[str]:
        """Every warning the steps that ran gave, in their order."""
        return [warning for record in self.made.values() for warning in getattr(record, "warnings", ())]

    @property
    def approvals(self) -> Approvals | None:
        return self.of("approval", Gated).approvals

    @property
    def awaiting(self) -> dict[str, str]:
        return dict(self.of("approval", Gated).awaiting)

    @property
    def new_site(self) -> Path:
        return self.of("render", Rendered).new_site

    @property
    def new_archive(self) -> Path:
        return self.of("archive", Archived).new_archive

    @property
    def archive_result(self) -> ArchiveResult:
        return self.of("archive", Archived).result

    @property
    def leaks(self) -> list[Leak]:
        return list(self.of("scan", Scanned).leaks)

    @property
    def scan_counts(self) -> tuple[int, int]:
        return self.of("scan", Scanned).counts

    @property
    def scanned(self) -> dict[Path, str]:
        return dict(self.of("scan", Scanned).scanned)

    @property
    def finished(self) -> bool:
        """A step found nothing left to do: the published site already is what these inputs give."""
        record = self.made.get("unchanged")
        return isinstance(record, Unchanged) and record.finished

    @property
    def unchanged_files(self) -> int:
        return self.of("unchanged", Unchanged).files

    @property
    def audit_summary(self) -> Mapping[str, Any]:
        return self.of("audit", Audited).summary

    def state_of(self, document: PublicDocument) -> str:
        """live, archived, draft, or awaiting (approval): held back like a draft, published nowhere."""
        if self.approval_gate and document.source.rel in self.of("approval", Gated).awaiting:
            return "awaiting"
        return document.state

    @property
    def live(self) -> list[PublicDocument]:
        return [d for d in self.documents if self.state_of(d) == "live"]

    @property
    def archived(self) -> list[PublicDocument]:
        return [d for d in self.documents if self.state_of(d) == "archived"]

    @property
    def published(self) -> list[PublicDocument]:
        return [d for d in self.documents if self.state_of(d) in ("live", "archived")]


def _step(make: Callable[[Build], Record]) -> Callable[[Build], Record]:
    """A step: keep the record `make` returns on the build under the step's name (the function's), then
    raise the problems it carries. Called directly (tests, bench/compare.py), a step keeps its record too."""
    @functools.wraps(make)
    def step(build: Build) -> Record:
        record = make(build)
        build.made[make.__name__] = record
        problems = getattr(record, "problems", ())
        if problems:
            raise ContentError(list(problems))
        return record
    return step


def source_listing(content: Path) -> list[tuple[str, Path]]:
    """(POSIX path relative to the content folder, path) of every .md file under it, in a stable
    order; hidden files and folders are skipped."""
    return files_under(content, ".md", skip_hidden=True)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while many long-lived objects are made (they live as long as the build,
    and `run` freezes them after the load), on again after, as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def source_files(content: Path) -> list[Path]:
    """Every .md file under the content folder, in a stable order; hidden folders are skipped."""
    return [path for _, path in source_listing(content)]


@_step
def load(build: Build) -> Loaded:
    """Read every source and redact it — on every core for a large corpus, as documents are independent
    and the worker sends back one public document, its source included, instead of a source to redact
    in the parent — then give each document its address.

    A source whose document the cache holds (source_cache.py) is taken from it here, in this process:
    sent back by a worker it would be unpickled twice more (worker, pipe), and unpickling is most of
    what a cached source costs. Only the others go to the workers."""
    theme_sha256 = theme_digest(theme_dir_of(build.paths.config, build.config.mkdocs))
    code_sha256 = code_digest()
    content = build.paths.content
    if not content.is_dir():
        raise ContentError([say.CONTENT_MISSING.at(str(content), 0, 0)])
    files = [(path, rel) for rel, path in source_listing(content)]
    problems: list[Problem] = []
    cache = (SourceCache.open(build.paths.site, build.config.file_sha256, build.today, code_sha256)
             if build.reuse_checks else None)   # parsed sources of earlier builds (source_cache.py); not for audit
    documents: list[PublicDocument | None] = [None] * len(files)
    stats = cache.source_stats() if cache is not None else None   # sha256 by stat (stat_digests.py)
    summaries = cache.summaries() if cache is not None else None  # every entry's summary, in one file
    if cache is not None and stats is not None:
        if cache.holds_any():   # read and hash only the sources whose stat changed
            digests = stats.sha256s([path for path, _ in files])
            with _collector_paused():   # 10,000 summaries unpickled: every gen2 collection walked those read before
                documents = [cache.get(path, rel, digest, summaries)
                             for (path, rel), digest in zip(files, digests, strict=True)]
        else:                   # a first build: the workers' reading gives the digests
            stats.known([path for path, _ in files])
    todo = [number for number, document in enumerate(documents) if document is None]
    reads = each_on_every_core(_read_and_redact, [files[n] for n in todo], (build.config, build.today, cache),
                               worth_it=len(todo) >= PARALLEL_SOURCES, chunksize=16)
    for number, read in zip(todo, reads, strict=True):   # one at a time: its pickle dropped once unpickled
        if isinstance(read, Read):
            documents[number] = pickle.loads(read.document)
            known_forms(read.forms)   # worked out in the worker: the check asks for them (the leak scan does not)
            if summaries is not None and read.kept is not None:
                summaries.keep(read.kept)
        else:
            problems += read
    if problems:
        raise ContentError(problems)
    redacted = [document for document in documents if document is not None]
    if cache is not None and stats is not None and summaries is not None:
        for number in todo:   # every document is there (a problem stopped the load above)
            stats.learn(files[number][0], redacted[number].source.file_sha256)
        stats.save()
        summaries.save(cache.keep_only(redacted))
    return Loaded(tuple(document.source for document in redacted), tuple(with_addresses(redacted)),
                  theme_sha256, code_sha256)


PARALLEL_SOURCES = 200  # below this, starting worker processes costs more than it saves


@dataclass(frozen=True)
class Read:
    """A source read and redacted in a worker: its document pickled once (for the pipe and the cache's entry
    alike), the needle forms of its withheld texts (worked out here, on every core, for the check), and
    what the cache's file of summaries keeps of its entry."""

    document: bytes
    forms: Mapping[str, tuple[str, ...]]
    kept: Kept | None


def _read_and_redact(file: tuple[Path, str], state: tuple[SumiConfig, date, SourceCache | None]) -> Read | list[Problem]:
    """A source not in the cache, read and redacted (and kept in the cache)."""
    config, today, cache = state
    try:
        document = public_document(read_document(*file, config), "", config, today)
    except ContentError as exc:
        return list(exc.problems)
    document.markdown_sha256   # noqa: B018 (computed here, on every core, and kept with the document)
    whole = pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL)
    kept = cache.put(document, (today, views_digest(document.source, today)), whole) if cache is not None else None
    return Read(whole, forms_of(document.rows), kept)


def with_addresses(documents: Sequence[PublicDocument]) -> list[PublicDocument]:
    """The documents in site order (council, date, source path), each with its address
    `<council>/<fiscal year>/<date>`; a second meeting of a council on one day gets `-2`, and so on."""
    used: Counter[str] = Counter()
    addressed: list[PublicDocument] = []
    for document in sorted(documents, key=lambda d: (d.source.council, d.source.date, d.source.rel)):
        source = document.source
        base = f"{source.council}/{fiscal_year(source.date)}/{source.date.isoformat()}"
        used[base] += 1
        addressed.append(at_address(document, base if used[base] == 1 else f"{base}-{used[base]}"))
    return addressed


@_step
def check(build: Build) -> Checked:
    rows = [row for document in build.documents for row in document.rows]
    work = build.paths.work if build.reuse_checks else None
    problems = check_consistency(build.sources, rows, build.config.public_terms, build.today, work)
    findings = find_personal_data(build.sources, build.config, build.today, work)
    problems += errors_of(findings)
    warnings = grouped_warnings([f.problem() for f in findings if f.level == "warn"])
    if problems:
        return Checked(tuple(findings), tuple(warnings), tuple(problems))
    return Checked(tuple(findings), (*warnings, *_one_character_warnings(rows)))


def _one_character_warnings(rows: Sequence[Redaction]) -> list[str]:
    """The inline withheld texts the leak scan cannot look for: one character long once squashed."""
    return [f"{row.document}:{row.line}:{row.col}: {say.ONE_CHARACTER_UNSCANNED.line()}"
            for row in rows if row.kind == "inline" and row.withheld and len(needle_forms(row.text)[0]) < 2]


@_step
def approval(build: Build) -> Gated:
    """For councils that require approval: read the approvals file and find what awaits approval."""
    if not build.config.approval_required:
        return Gated(None, {})
    check_place(build.config.approvals, (build.paths.site, build.paths.archive))
    approvals = read_approvals(build.config.approvals)
    return Gated(approvals, awaiting_approval(build.documents, build.config, approvals))


@_step
def stage(build: Build) -> Staged:
    """Bring the staging folder to exactly this build's public Markdown — the renderer's only input —
    writing only the pages whose bytes changed (website/staging.py)."""
    staging = build.paths.work / "public"
    pages: dict[str, str | KnownPage] = {f"{document.url_path}.md": _known_page(document) for document in build.live}
    bundles = bundle_refs(build.archived, build.paths.archive)
    pages |= browse_pages(build.live, build.archived, build.config, bundles)
    stats = StatDigests.read(build.paths.work / STAGED_STATS) if build.reuse_checks else None
    sync_pages(staging, pages, stats)   # only the pages that changed are written (website/staging.py)
    return Staged(staging)


STAGED_STATS = STAGED_FILE_STATS   # the staged pages' sha256 by their stat, in the work folder, shared with the render


def _known_page(document: PublicDocument) -> KnownPage:
    """A live page by its sha256; its text (from the cache, for a cached document) only if it must be written."""
    return KnownPage(document.markdown_sha256, functools.partial(getattr, document, "markdown"))


@_step
def render(build: Build) -> Rendered:
    staged, live = build.of("stage", Staged).folder, build.live
    remove_stale(build.paths.site)
    new_site = new_folder(build.paths.site)
    build.unpublished.append(new_site)   # removed by `run` if the build stops before `swap`
    settings = renderer_config(build.config, staged, new_site, navigation(live, build.config))
    warnings = render_site_in_parts(settings, build.paths.work, build.today, build.log)
    warnings += index_search(new_site, [_search_page(d, build.config) for d in live], build.paths.work, build.log)
    return Rendered(new_site, tuple(warnings))


def _search_page(document: PublicDocument, config: SumiConfig) -> SearchPage:
    """A live page as the search index holds it: its staged Markdown, council and fiscal year."""
    year = f"{fiscal_year_label(document.fiscal_year)}（{document.fiscal_year}年度）"
    return search_page(document.url_path, document.title, config.councils[document.source.council].name, year,
                       document.source.date.isoformat(), document.date_label,
                       functools.partial(getattr, document, "markdown"), document.markdown_sha256)


@_step
def feeds(build: Build) -> Written:
    """Atom feeds of the live minutes (site-wide and per council), into the new site before the scan."""
    write_feeds(build.new_site, build.live, build.config, build.today)
    return Written()


@_step
def archive(build: Build) -> Archived:
    """Bundle what left the live site into a new archive folder, swapped in (before the site) by `swap`."""
    archived = build.archived
    remove_stale(build.paths.archive)
    new_archive = new_folder(build.paths.archive)
    build.unpublished.append(new_archive)   # removed by `run` if the build stops before `swap`
    settings = renderer_config(build.config, build.paths.work / "public", build.paths.work / "archive", [])
    return Archived(new_archive, build_archive(archived, build.config, settings, build.paths.archive,
                                               new_archive, build.paths.work / "archive", build.log))


@_step
def scan(build: Build) -> Scanned:
    new_site, new_archive = build.new_site, build.new_archive
    rows = [row for document in build.documents for row in document.rows]
    allowed = {squash(term) for term in build.config.public_terms}
    needles = [(n, r) for n, r in withheld_needles(rows, fresh=True) if n not in allowed]
    looked_for = needles_digest(n for n, _ in needles)
    clean = known_clean(build.paths.work, looked_for)
    site_files = file_digests(new_site)
    archive_files = file_digests(new_archive)
    skip = frozenset(p for p, digest in (site_files | archive_files).items() if digest in clean)
    to_scan = sum(p.stat().st_size for p in (site_files | archive_files) if p not in skip)
    scanner = LeakScanner(needles, many_bytes=to_scan > PARALLEL_BYTES)   # a full scan: the fast first pass
    leaks = scanner.scan_tree(new_site, f"{build.paths.site.name}/", skip, build.log,   # shards: read as their keys
                              shards=index_shards(new_site / SEARCH_FOLDER, site_files), listing=site_files)
    index_now = IndexState.of(new_site / SEARCH_FOLDER, site_files)   # the shards' text, decoded together
    index_clean = IndexState.from_json(known_clean_extra(build.paths.work, looked_for))
    leaks += scan_search_index(scanner, new_site / SEARCH_FOLDER, f"{build.paths.site.name}/{SEARCH_FOLDER}/",
                               index_now, index_clean, build.paths.site / SEARCH_FOLDER)   # the published index
    leaks += scan_archive(scanner, new_archive, f"{build.paths.archive.name}/",
                          set(site_files.values()), skip, build.log)
    counts = (len(site_files) + len(archive_files), len(skip))
    if leaks:
        return Scanned(tuple(leaks), counts, site_files | archive_files, tuple(
            say.LEAK_FOUND.at(leak.file, 0, 0, kind="leak", place=f"{leak.row.document}:{leak.row.line}:{leak.row.col}")
            for leak in leaks))
    record_clean(build.paths.work, looked_for, [*site_files.values(), *archive_files.values()],
                 extra=index_now.as_json() if index_now is not None else None)
    return Scanned((), counts, site_files | archive_files)


@_step
def manifest(build: Build) -> Written:
    """Record the sha256 of every site file (as the leak scan read them) and the digests of what it was
    built from (see manifest.py), each taken when the build read it or before it used it — an input
    saved again during the build is therefore a change for the next build, not taken as built."""
    scanned = build.scanned
    write_manifest(build.new_site, build.today, input_digests(
        {s.rel: s.file_sha256 for s in build.sources}, build.config.file_sha256, build.theme_sha256,
        build.code_sha256, build.approvals.digest if build.approvals is not None else None),
        digest_of_listing(_relative(scanned, build.new_archive)), _relative(scanned, build.new_site))
    return Written()


def _relative(digests: dict[Path, str], root: Path) -> dict[str, str]:
    """The digests of the files under `root`, by their POSIX path relative to it (as strings: 16,000 files)."""
    inside = f"{root}{os.sep}"
    return {name[len(inside):].replace(os.sep, "/"): digest for path, digest in digests.items()
            if (name := str(path)).startswith(inside)}


@_step
def unchanged(build: Build) -> Unchanged:
    """Stop here when the published site (and archive) already are what these inputs give (see unchanged.py)."""
    recover(build.paths.archive)   # first: a swap killed half-way left the published folder aside (swap.py)
    recover(build.paths.site)
    verified = already_published(build.paths, build.config, build.today,
                                 source_listing(build.paths.content),
                                 source_stats(build.paths.site), published_stats(build.paths.site))
    if verified is None:
        return Unchanged(finished=False)
    remove_stale(build.paths.site)      # what an interrupted earlier build left beside them
    remove_stale(build.paths.archive)
    return Unchanged(finished=True, files=verified)


@_step
def audit(build: Build) -> Audited:
    from redaction.auditing import write_audit  # local import: the audit package imports this module's types
    return Audited(write_audit(build))


@_step
def swap(build: Build) -> Written:
    new_site, new_archive = build.new_site, build.new_archive
    background = len(build.scanned) >= BACKGROUND_REMOVAL_FILES   # the old versions' removal (swap.py)
    swap_in(new_archive, build.paths.archive, background)   # archive first: nothing leaves the site before its bundle exists
    build.unpublished.remove(new_archive)
    swap_in(new_site, build.paths.site, background)
    build.unpublished.remove(new_site)
    if "scan" in build.started:   # the published files' digests by stat, for the next check that nothing changed
        with contextlib.suppress(OSError):   # published already: without a record the next check hashes every file
            record = published_stats(build.paths.site, fresh=True)
            for new, live in ((new_site, build.paths.site), (new_archive, build.paths.archive)):
                for name, digest in _moved(build.scanned, new, live):
                    record.record(name, digest, build.started["scan"])
            record.save()
    return Written()


def _moved(digests: Mapping[Path, str], new: Path, live: Path) -> Iterator[tuple[str, str]]:
    """(the path, as a string, that each file under `new` has once `new` is swapped in as `live`; its digest)."""
    inside, there = f"{new}{os.sep}", f"{live}{os.sep}"
    for path, digest in digests.items():
        if (name := str(path)).startswith(inside):
            yield there + name[len(inside):], digest


BACKGROUND_REMOVAL_FILES = 2_000   # from this many published files, the old versions are removed by a detached process


Step = tuple[str, str, Callable[[Build], object]]   # name, label, the step (returns its record)
CHECK_STEPS: Sequence[Step] = (
    ("load", "原稿の読み込みと非公開部分の除去 / loading and redacting sources", load),
    ("check", "整合性と個人情報の検査 / consistency and personal-data check", check),
    ("approval", "決裁の確認 / approvals", approval),
)
BUILD_STEPS: Sequence[Step] = (
    ("unchanged", "公開中のサイトとの照合 / comparing with the published site", unchanged),
    *CHECK_STEPS,
    ("stage", "公開用原稿の書き出し / staging public Markdown", stage),
    ("render", "サイトの生成と検索索引 / rendering and indexing", render),
    ("feeds", "フィードの書き出し / writing feeds", feeds),
    ("archive", "掲載終了分の保存用バンドル / archive bundles", archive),
    ("scan", "漏えい検査 / leak scan", scan),
    ("manifest", "マニフェストの記録 / writing the manifest", manifest),
    ("swap", "公開（差し替え）/ publishing", swap),
)
AUDIT_STEPS: Sequence[Step] = (
    *CHECK_STEPS,
    ("audit", "監査資料の作成 / writing the audit folder", audit),
)


def run(build: Build, steps: Sequence[Step]) -> Build:
    """Run the steps in order (each keeps its record on the build, see `_step`); on any failure remove the
    unfinished site and archive folders and re-raise."""
    build.order = tuple(name for name, _, _ in steps)
    try:
        for number, (name, label, step) in enumerate(steps, 1):
            started = time.perf_counter()
            build.started[name] = time.time_ns()
            step(build)
            if name == "load":   # what it loaded lives as long as the build: no collection need go through it
                gc.freeze()
            build.timings[name] = time.perf_counter() - started
            build.log(f"[{number}/{len(steps)}] {label} … {build.timings[name]:.1f} s")
            if build.finished:
                break
    finally:
        gc.unfreeze()
        while build.unpublished:   # empty after `swap`; on failure, the new site and archive folders
            shutil.rmtree(build.unpublished.pop(), ignore_errors=True)
    return build


def stderr_log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
