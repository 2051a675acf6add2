"""The build, as a short named list of steps (markdown-it's habit): each step one job.

    build:  unchanged → load (and redact) → check → approval → stage → render → feeds → archive
            → scan → manifest → swap
    check:  load → check → approval
    audit:  load → check → approval → audit

(BUILD_STEPS, CHECK_STEPS and AUDIT_STEPS below; `unchanged` ends a build early when the published
site already is what these inputs give.) Nothing is published unless every step succeeds; any ContentError stops the run with the
previous site untouched.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from redaction.archiving.bundles import ArchiveResult, build_archive, bundle_refs
from redaction.checks.approval import Approvals, awaiting_approval, check_place, read_approvals
from redaction.checks.consistency import check_consistency
from redaction.checks.problem_report import grouped_warnings
from redaction.checks.safety_net import LocatedFinding, errors_of, find_personal_data
from redaction.core.config import SumiConfig
from redaction.core.cores import map_on_every_core
from redaction.core.errors import ContentError, Problem, problem
from redaction.core.normalize import squash
from redaction.core.scan_record import file_digests, known_clean, needles_digest, record_clean
from redaction.core.wareki import fiscal_year, fiscal_year_label
from redaction.publishing.leakscan import PARALLEL_BYTES, Leak, LeakScanner, scan_archive, scan_search_index
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
from redaction.site.browse import browse_pages, navigation
from redaction.site.feeds import write_feeds
from redaction.site.parts import render_site_in_parts
from redaction.site.render import renderer_config
from redaction.site.search.index import FOLDER as SEARCH_FOLDER
from redaction.site.search.index import SearchPage, index_search, search_page
from redaction.source.cache import SourceCache
from redaction.source.document import SourceDocument, read_document
from redaction.source.public_page import PublicDocument, public_document
from redaction.source.redact import withheld_needles

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


@dataclass
class Build:
    """The state one run carries from step to step."""

    config: SumiConfig
    paths: Paths
    today: date
    log: Callable[[str], None] = print
    sources: list[SourceDocument] = field(default_factory=list)
    documents: list[PublicDocument] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    findings: list[LocatedFinding] = field(default_factory=list)   # personal-data detector, error and warn
    new_site: Path | None = None
    new_archive: Path | None = None
    finished: bool = False            # a step found nothing left to do (the site is already up to date)
    audit_summary: dict[str, Any] = field(default_factory=dict)   # what the audit step wrote, for the summary
    unchanged_files: int = 0
    archive_result: ArchiveResult | None = None
    leaks: list[Leak] = field(default_factory=list)
    scan_counts: tuple[int, int] = (0, 0)   # output files; of them, unchanged since a clean scan (scan_record.py)
    scanned: dict[Path, str] = field(default_factory=dict)   # sha256 of every file the leak scan read
    theme_sha256: str | None = None   # of the theme folder and of Sumi's code, taken before the build uses them
    code_sha256: str = ""
    timings: dict[str, float] = field(default_factory=dict)
    reuse_checks: bool = True         # reuse the work folder's records of earlier checks (not for the audit)
    approval_gate: bool = True        # hold back what awaits approval (the preview sets False to show it)
    approvals: Approvals | None = None   # the approvals file as read (redaction/checks/approval.py); None: not needed
    awaiting: dict[str, str] = field(default_factory=dict)   # source path -> why it awaits approval (new, changed)

    def state_of(self, document: PublicDocument) -> str:
        """live, archived, draft, or awaiting (approval): held back like a draft, published nowhere."""
        if self.approval_gate and document.source.rel in self.awaiting:
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


def source_files(content: Path) -> list[Path]:
    """Every .md file under the content folder, in a stable order; hidden folders are skipped."""
    files = [p for p in content.rglob("*.md") if p.is_file()
             and not any(part.startswith(".") for part in p.relative_to(content).parts)]
    return sorted(files, key=lambda p: p.relative_to(content).as_posix())


def load(build: Build) -> None:
    """Read every source and redact it — on every core for a large corpus, as documents are independent
    and the worker sends back one public document, its source included, instead of a source to redact
    in the parent — then give each document its address.

    A source whose document the cache holds (source_cache.py) is taken from it here, in this process:
    sent back by a worker it would be unpickled twice more (worker, pipe), and unpickling is most of
    what a cached source costs. Only the others go to the workers."""
    build.theme_sha256 = theme_digest(theme_dir_of(build.paths.config, build.config.mkdocs))
    build.code_sha256 = code_digest()
    content = build.paths.content
    if not content.is_dir():
        raise ContentError([problem(str(content), 0, 0, "原稿フォルダがありません。", "content folder not found.")])
    files = [(path, path.relative_to(content).as_posix()) for path in source_files(content)]
    problems: list[Problem] = []
    cache = (SourceCache.open(build.paths.site, build.config.file_sha256, build.today, build.code_sha256)
             if build.reuse_checks else None)   # parsed sources of earlier builds (source_cache.py); not for audit
    look_up = cache is not None and cache.holds_any()
    documents: list[PublicDocument | None] = [cache.get(*file, file[0].read_bytes()) if look_up and cache else None
                                              for file in files]
    todo = [number for number, document in enumerate(documents) if document is None]
    for number, read in zip(todo, map_on_every_core(_read_and_redact, [files[n] for n in todo],
                                                    (build.config, build.today, cache),
                                                    worth_it=len(todo) >= PARALLEL_SOURCES, chunksize=16), strict=True):
        if isinstance(read, PublicDocument):
            documents[number] = read
        else:
            problems += read
    if problems:
        raise ContentError(problems)
    redacted = [document for document in documents if document is not None]
    if cache is not None:
        cache.keep_only(redacted)
    build.sources = [document.source for document in redacted]
    build.documents = with_addresses(redacted)


PARALLEL_SOURCES = 200  # below this, starting worker processes costs more than it saves


def _read_and_redact(file: tuple[Path, str], state: tuple[SumiConfig, date, SourceCache | None]
                     ) -> PublicDocument | list[Problem]:
    """A source not in the cache, read and redacted (and kept in the cache)."""
    config, today, cache = state
    try:
        document = public_document(read_document(*file, config), "", config, today)
    except ContentError as exc:
        return list(exc.problems)
    if cache is not None:
        cache.put(document)
    return document


def with_addresses(documents: Sequence[PublicDocument]) -> list[PublicDocument]:
    """The documents in site order (council, date, source path), each with its address
    `<council>/<fiscal year>/<date>`; a second meeting of a council on one day gets `-2`, and so on."""
    used: Counter[str] = Counter()
    addressed: list[PublicDocument] = []
    for document in sorted(documents, key=lambda d: (d.source.council, d.source.date, d.source.rel)):
        source = document.source
        base = f"{source.council}/{fiscal_year(source.date)}/{source.date.isoformat()}"
        used[base] += 1
        addressed.append(replace(document, url_path=base if used[base] == 1 else f"{base}-{used[base]}"))
    return addressed


def check(build: Build) -> None:
    rows = [row for document in build.documents for row in document.rows]
    work = build.paths.work if build.reuse_checks else None
    problems = check_consistency(build.sources, rows, build.config.public_terms, build.today, work)
    build.findings = find_personal_data(build.sources, build.config, build.today, work)
    problems += errors_of(build.findings)
    build.warnings += grouped_warnings([f.problem() for f in build.findings if f.level == "warn"])
    if problems:
        raise ContentError(problems)
    for row in rows:
        if row.kind == "inline" and row.withheld and len(squash(row.text)) < 2:
            build.warnings.append(f"{row.document}:{row.line}:{row.col}: 1文字の非公開部分は漏えい検査の対象外です"
                                  " / a one-character withheld text cannot be leak-scanned")


def approval(build: Build) -> None:
    """For councils that require approval: read the approvals file and find what awaits approval."""
    if not build.config.approval_required:
        return
    check_place(build.config.approvals, (build.paths.site, build.paths.archive))
    build.approvals = read_approvals(build.config.approvals)
    build.awaiting = awaiting_approval(build.documents, build.config, build.approvals)


def stage(build: Build) -> None:
    """Write the public Markdown — the renderer's only input — into a fresh staging folder."""
    staging = build.paths.work / "public"
    fresh = new_folder(staging)
    for document in build.live:
        write_page(fresh, f"{document.url_path}.md", document.markdown)
    bundles = bundle_refs(build.archived, build.paths.archive)
    for name, text in browse_pages(build.live, build.archived, build.config, bundles).items():
        write_page(fresh, name, text)
    swap_in(fresh, staging)


def write_page(root: Path, name: str, text: str) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def render(build: Build) -> None:
    remove_stale(build.paths.site)
    build.new_site = new_folder(build.paths.site)
    settings = renderer_config(build.config, build.paths.work / "public", build.new_site,
                               navigation(build.live, build.config))
    build.warnings += render_site_in_parts(settings, build.paths.work, build.today, build.log)
    build.warnings += index_search(build.new_site, [_search_page(d, build.config) for d in build.live],
                                   build.paths.work, build.log)


def _search_page(document: PublicDocument, config: SumiConfig) -> SearchPage:
    """A live page as the search index holds it: its staged Markdown, council and fiscal year."""
    year = f"{fiscal_year_label(document.fiscal_year)}（{document.fiscal_year}年度）"
    return search_page(document.url_path, document.title, config.councils[document.source.council].name, year,
                       document.source.date.isoformat(), document.date_label, document.markdown)


def feeds(build: Build) -> None:
    """Atom feeds of the live minutes (site-wide and per council), into the new site before the scan."""
    assert build.new_site is not None
    write_feeds(build.new_site, build.live, build.config, build.today)


def archive(build: Build) -> None:
    """Bundle what left the live site into a new archive folder, swapped in (before the site) by `swap`."""
    remove_stale(build.paths.archive)
    build.new_archive = new_folder(build.paths.archive)
    settings = renderer_config(build.config, build.paths.work / "public", build.paths.work / "archive", [])
    build.archive_result = build_archive(build.archived, build.config, settings, build.paths.archive,
                                         build.new_archive, build.paths.work / "archive", build.log)


def scan(build: Build) -> None:
    assert build.new_site is not None
    rows = [row for document in build.documents for row in document.rows]
    allowed = {squash(term) for term in build.config.public_terms}
    needles = [(n, r) for n, r in withheld_needles(rows) if n not in allowed]
    looked_for = needles_digest(n for n, _ in needles)
    clean = known_clean(build.paths.work, looked_for)
    site_files = file_digests(build.new_site)
    archive_files = file_digests(build.new_archive) if build.new_archive is not None else {}
    skip = frozenset(p for p, digest in (site_files | archive_files).items() if digest in clean)
    to_scan = sum(p.stat().st_size for p in (site_files | archive_files) if p not in skip)
    scanner = LeakScanner(needles, many_bytes=to_scan > PARALLEL_BYTES)   # a full scan: the fast first pass
    build.leaks = scanner.scan_tree(build.new_site, f"{build.paths.site.name}/", skip, build.log)
    shards = [p for p in (build.new_site / SEARCH_FOLDER).rglob("*.bin")]
    if any(p not in skip for p in shards):  # the shards' text, decoded together, unless all were scanned clean
        build.leaks += scan_search_index(scanner, build.new_site / SEARCH_FOLDER,
                                         f"{build.paths.site.name}/{SEARCH_FOLDER}/")
    if build.new_archive is not None:
        build.leaks += scan_archive(scanner, build.new_archive, f"{build.paths.archive.name}/",
                                    set(site_files.values()), skip, build.log)
    build.scan_counts = (len(site_files) + len(archive_files), len(skip))
    build.scanned = site_files | archive_files
    if build.leaks:
        raise ContentError([problem(leak.file, 0, 0,
                                    f"公開ファイルに非公開の文字列（{leak.row.document}:{leak.row.line}:{leak.row.col} の"
                                    "タグ）が見つかりました。公開を中止しました。",
                                    "withheld text found in an output file: nothing was published.", "leak")
                            for leak in build.leaks])
    record_clean(build.paths.work, looked_for, [*site_files.values(), *archive_files.values()])


def manifest(build: Build) -> None:
    """Record the sha256 of every site file (as the leak scan read them) and the digests of what it was
    built from (see manifest.py), each taken when the build read it or before it used it — an input
    saved again during the build is therefore a change for the next build, not taken as built."""
    assert build.new_site is not None and build.new_archive is not None
    write_manifest(build.new_site, build.today, input_digests(
        {s.rel: s.file_sha256 for s in build.sources}, build.config.file_sha256, build.theme_sha256,
        build.code_sha256, build.approvals.digest if build.approvals is not None else None),
        digest_of_listing(_relative(build.scanned, build.new_archive)), _relative(build.scanned, build.new_site))


def _relative(digests: dict[Path, str], root: Path) -> dict[str, str]:
    """The digests of the files under `root`, by their POSIX path relative to it."""
    return {path.relative_to(root).as_posix(): digest for path, digest in digests.items() if path.is_relative_to(root)}


def unchanged(build: Build) -> None:
    """Stop here when the published site (and archive) already are what these inputs give (see unchanged.py)."""
    recover(build.paths.archive)   # first: a swap killed half-way left the published folder aside (swap.py)
    recover(build.paths.site)
    verified = already_published(build.paths, build.config, build.today,
                                 [(p.relative_to(build.paths.content).as_posix(), p)
                                  for p in source_files(build.paths.content)])
    if verified is not None:
        build.unchanged_files = verified
        build.finished = True
        remove_stale(build.paths.site)      # what an interrupted earlier build left beside them
        remove_stale(build.paths.archive)


def audit(build: Build) -> None:
    from redaction.auditing import write_audit  # local import: the audit package imports this module's types
    write_audit(build)


def swap(build: Build) -> None:
    assert build.new_site is not None
    if build.new_archive is not None:  # archive first: nothing leaves the site before its bundle exists
        swap_in(build.new_archive, build.paths.archive)
        build.new_archive = None
    swap_in(build.new_site, build.paths.site)
    build.new_site = None


Step = tuple[str, str, Callable[[Build], None]]
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
    """Run the steps in order; on any failure remove the unfinished site and re-raise."""
    try:
        for number, (name, label, step) in enumerate(steps, 1):
            started = time.perf_counter()
            step(build)
            build.timings[name] = time.perf_counter() - started
            build.log(f"[{number}/{len(steps)}] {label} … {build.timings[name]:.1f} s")
            if build.finished:
                break
    finally:
        if build.new_site is not None:
            shutil.rmtree(build.new_site, ignore_errors=True)
            build.new_site = None
        if build.new_archive is not None:
            shutil.rmtree(build.new_archive, ignore_errors=True)
            build.new_archive = None
    return build


def stderr_log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
