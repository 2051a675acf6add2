"""The command line (a contract: the manual's docs/dev/architecture.md, "Command line").

Exit status: 0 done; 1 the content or configuration is wrong (nothing published, the
previous site untouched, every problem listed with file:line:col); 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from redaction.checks.approval import CHANGED
from redaction.checks.problem_report import report_lines
from redaction.core import clerk_messages as say
from redaction.core.config import load_config
from redaction.core.errors import ContentError
from redaction.core.retention import expiring_soon, today_in_tokyo
from redaction.pipeline import AUDIT_STEPS, BUILD_STEPS, CHECK_STEPS, Build, Paths, run, stderr_log
from redaction.publishing.build_lock import exclusive_build

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad usage of the command line: exit status 2."""


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(say.CLI_DATE.line(value=value)) from None


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="build.py", description="Sumi (墨): 会議録の公開サイトを生成します / "
                                   "publish council minutes with non-public passages removed.")
    commands = main.add_subparsers(dest="command")
    build = commands.add_parser("build", help="サイトを生成して公開する / build and publish the site")
    build.add_argument("--content", type=Path, default=Path("content"))
    build.add_argument("--site", type=Path, default=Path("site"))
    build.add_argument("--archive", type=Path, default=Path("archive"))
    build.add_argument("--today", type=_date, default=None, help="YYYY-MM-DD (default: today in Asia/Tokyo)")
    build.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    check = commands.add_parser("check", help="原稿を検査する（公開しない）/ validate only")
    check.add_argument("--content", type=Path, default=Path("content"))
    check.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--today", type=_date, default=None, help=argparse.SUPPRESS)
    audit = commands.add_parser("audit", help="監査資料（対照表・台帳）を作る / write the audit folder")
    audit.add_argument("--content", type=Path, default=Path("content"))
    audit.add_argument("--out", type=Path, default=Path("audit"))
    audit.add_argument("--today", type=_date, default=None, help="YYYY-MM-DD (default: today in Asia/Tokyo)")
    audit.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    audit.add_argument("--compare", type=Path, default=None, metavar="OLD_LEDGER",
                       help="前回の ledger.json / ledger.csv / a previous ledger to compare with")
    verify = commands.add_parser("verify", help="公開サイトを検証する / verify the published site")
    verify.add_argument("--site", type=Path, default=Path("site"))
    verify.add_argument("--content", type=Path, default=None, help="原稿から再生成して比較 / rebuild and compare")
    verify.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    verify.add_argument("--today", type=_date, default=None, help="YYYY-MM-DD (default: the manifest's)")
    imports = commands.add_parser("import", help="Word・HTML・テキストの会議録を原稿にする / import minutes as sources")
    imports.add_argument("files", nargs="+", metavar="FILE", help=".docx .html .htm .txt .md、フォルダ、ワイルドカード / files, folders, patterns")
    imports.add_argument("--council", required=True, help="審議会ID / council id (sumi.councils)")
    imports.add_argument("--content", type=Path, default=Path("content"))
    imports.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    imports.add_argument("--date", type=_date, default=None, help="日付が読めない文書の開催日 / date for files without one")
    approve = commands.add_parser("approve", help="この版の原稿を承認する（決裁）/ approve these exact source versions")
    approve.add_argument("files", nargs="+", metavar="FILE", help="原稿ファイル、フォルダ、ワイルドカード / sources")
    approve.add_argument("--by", required=True, help="承認者の氏名 / the approver's name")
    approve.add_argument("--role", default="", help="承認者の役職 / the approver's role")
    approve.add_argument("--note", default="", help="メモ（公開されない文字列のみ）/ a note (no withheld text)")
    approve.add_argument("--content", type=Path, default=Path("content"))
    approve.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    from redaction.preview.command import add_parser as add_serve

    add_serve(commands, _date)
    return main


def _paths(args: argparse.Namespace) -> Paths:
    content = args.content.resolve()
    site = getattr(args, "site", Path("site")).resolve()
    archive = getattr(args, "archive", Path("archive")).resolve()
    for name, path in (("--site", site), ("--archive", archive)):
        if path == content or path.is_relative_to(content) or content.is_relative_to(path):
            raise UsageError(say.CLI_INSIDE_CONTENT.line(option=name))
    if site.is_relative_to(archive) or archive.is_relative_to(site):
        raise UsageError(say.CLI_SITE_AND_ARCHIVE.line())
    return Paths(content=content, site=site, archive=archive, config=args.config.resolve())


def _never_stop_on_output() -> None:
    """Where output is redirected to a file in a code page that cannot hold every character (Windows'
    cp932: 𠮷, an em dash), write an escape for such a character instead of stopping with a traceback."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding not in ("utf8", "utf8sig") and callable(getattr(stream, "reconfigure", None)):
            stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _never_stop_on_output()
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].startswith("--") and argv[0] not in ("-h", "--help")):
        argv = ["build", *argv]
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:
        return EXIT_OK if exc.code == 0 else EXIT_USAGE
    started = time.perf_counter()
    if args.command == "verify":
        return _verify(args)
    if args.command == "import":
        from redaction.importing.command import run_import
        return run_import(args)
    if args.command == "approve":
        return _approve(args)
    if args.command == "serve":
        return _serve(args)
    try:
        paths = _paths(args)
        config = load_config(paths.config)
        today = args.today or today_in_tokyo()
        if args.command == "check":
            return _check(Build(config, paths, today, log=stderr_log), args.format)
        if args.command == "audit":
            paths = _audit_paths(args, paths, config)
            _audit_summary(run(Build(config, paths, today, log=stderr_log, reuse_checks=False), AUDIT_STEPS), time.perf_counter() - started)
            return EXIT_OK
        with exclusive_build(paths.work):
            build = run(Build(config, paths, today, log=stderr_log), BUILD_STEPS)
    except UsageError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ContentError as exc:
        _report_problems(exc)
        return EXIT_CONTENT
    _summary(build, time.perf_counter() - started)
    return EXIT_OK


def _audit_paths(args: argparse.Namespace, paths: Paths, config) -> Paths:
    """The audit folder holds withheld text: never inside (or around) the site, archive or sources."""
    out = args.out.resolve()
    configured_site = (paths.config.parent / str(config.mkdocs.get("site_dir", "site"))).resolve()
    for name, path in (("サイト / site", paths.site), ("サイト / site", configured_site),
                       ("保存用 / archive", paths.archive), ("原稿 / content", paths.content)):
        if out.is_relative_to(path) or path.is_relative_to(out):
            raise UsageError(say.CLI_AUDIT_AROUND.line(out=args.out, name=name, path=path))
    if paths.config.is_relative_to(out):
        raise UsageError(say.CLI_AUDIT_HOLDS_CONFIG.line(out=args.out))
    if out.is_dir() and any(out.iterdir()) and not (out / "ledger.json").is_file():
        raise UsageError(say.CLI_AUDIT_NOT_AUDIT.line(out=args.out))
    compare = args.compare.resolve() if args.compare else None
    if compare is not None and not compare.is_file():
        raise UsageError(say.CLI_NO_COMPARE.line(compare=args.compare))
    return Paths(content=paths.content, site=paths.site, archive=paths.archive, config=paths.config,
                 audit=out, compare=compare)


def _audit_summary(build: Build, seconds: float) -> None:
    summary = build.audit_summary
    lines = ["", "── 監査資料 / audit ──────────────────────────────",
             f"  フォルダ / folder: {summary.get('folder')}（公開しないでください / never publish it）",
             f"  原稿 / documents:  {summary.get('documents')}、タグ / tags: {summary.get('rows')}",
             f"  要確認 / flagged:  {len(summary.get('flagged', []))}"
             + "".join(f"\n    {rel}" for rel in summary.get("flagged", []))]
    comparison = summary.get("comparison")
    if comparison is not None:
        lines.append(f"  前回との比較 / compare: 追加 added {len(comparison.added)}, 削除 removed "
                     f"{len(comparison.removed)}, 変更 changed {len(comparison.changed)}")
    lines.append(f"  所要時間 / time:   {seconds:.1f} s")
    print("\n".join(lines))


def _verify(args: argparse.Namespace) -> int:
    from redaction.publishing.manifest import ManifestError
    from redaction.verify import verify_manifest, verify_rebuild

    site = args.site.resolve()
    if not site.is_dir():
        print(f"build.py: {say.CLI_NO_SITE.line(site=args.site)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.content is None:
            result = verify_manifest(site)
        else:
            content = args.content.resolve()
            if not content.is_dir():
                print(f"build.py: {say.CLI_NO_CONTENT.line(content=args.content)}", file=sys.stderr)
                return EXIT_USAGE
            result = verify_rebuild(site, content, args.config.resolve(), args.today, stderr_log)
    except ManifestError as exc:
        print(say.CLI_CANNOT_VERIFY.line(reason=exc), file=sys.stderr)
        return EXIT_CONTENT
    except ContentError as exc:
        _report_problems(exc)
        return EXIT_CONTENT
    print("\n".join(result.report()))
    return EXIT_OK if result.identical else EXIT_CONTENT


def _approve(args: argparse.Namespace) -> int:
    from redaction.approval_command import ApproveUsageError, approve

    content = args.content.resolve()
    try:
        if not content.is_dir():
            raise ApproveUsageError(say.CLI_NO_CONTENT.line(content=args.content))
        approved = approve(args.files, args.by, args.role, args.note, content, args.config.resolve(),
                           today_in_tokyo(), stderr_log)
    except ApproveUsageError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ContentError as exc:
        print(say.CLI_NOT_APPROVED.line(joined_by="/ "), file=sys.stderr)
        _report_problems(exc, published=False)
        return EXIT_CONTENT
    lines = ["", "── 決裁を記録しました / approval recorded ──────────────────────────────",
             f"  記録 / file:       {approved.file}"]
    for record in approved.records:
        who = f"{record.by}（{record.role}）" if record.role else record.by
        lines.append(f"  {record.path}  sha256 {record.sha256[:12]}…  {who}  {record.date}")
    lines += [f"  注意 / note: {note}" for note in approved.notes]
    lines.append("  次のビルドで、この版が公開されます（原稿を直すと、再び承認が必要です）。"
                 "\n  the next build publishes these versions; an edit needs a new approval.")
    print("\n".join(lines))
    return EXIT_OK
def _serve(args: argparse.Namespace) -> int:
    from redaction.preview.command import serve

    try:
        return serve(args)
    except UsageError as exc:
        print(f"build.py serve: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _check(build: Build, output: str) -> int:
    """Validate only. With --format json, stdout is one JSON list: the detector's findings
    ({"file","line","col","type","text"}), then any other content problem (type "content")."""
    try:
        run(build, CHECK_STEPS)
    except ContentError as exc:
        if output == "json":
            from_findings = {finding.problem() for finding in build.findings}
            others = [_problem_json(p) for p in exc.problems if p not in from_findings]
            print(json.dumps([f.record() for f in build.findings] + others, ensure_ascii=False, indent=1))
        _report_problems(exc)
        return EXIT_CONTENT
    if output == "json":
        print(json.dumps([f.record() for f in build.findings], ensure_ascii=False, indent=1))
    for warning in build.warnings:
        print(say.CLI_WARNING.line(warning=warning), file=sys.stderr)
    for line in _awaiting_lines(build):
        print(line, file=sys.stderr)
    print(say.CLI_NO_PROBLEMS.line(joined_by="/ ", count=len(build.sources)), file=sys.stderr)
    return EXIT_OK


def _problem_json(problem) -> dict[str, object]:
    return {"file": problem.location.file, "line": problem.location.line, "col": problem.location.col,
            "type": "content", "text": problem.ja, "message": problem.en}


def _report_problems(exc: ContentError, published: bool = True) -> None:
    if published:
        print(say.CLI_NOT_PUBLISHED.line(joined_by="\n", count=len(exc.problems)), file=sys.stderr)
    else:
        print(say.CLI_PROBLEMS.line(joined_by="/ ", count=len(exc.problems)), file=sys.stderr)
    for line in report_lines(exc.problems):  # one message per finding, with its count and first places
        print(line, file=sys.stderr)


def _summary(build: Build, seconds: float) -> None:
    if build.finished:
        print("\n".join([
            "",
            "── 変更なし / unchanged ──────────────────────────────",
            f"  サイト / site:     {build.paths.site}",
            f"  基準日 / today:    {build.today.isoformat()}",
            "  公開中のサイトは、この原稿・設定・基準日から生成されるものと同じです（何も書き換えていません）。",
            "  the published site already is what these sources, configuration and date produce; nothing was written.",
            f"  照合 / verified:   {build.unchanged_files} files (sha256)",
            f"  所要時間 / time:   {seconds:.1f} s",
        ]))
        return
    counts = Counter(build.state_of(d) for d in build.documents)
    withheld = Counter(r.category for d in build.published for r in d.rows if r.counted)
    lines = [
        "",
        "── 公開しました / published ──────────────────────────────",
        f"  サイト / site:     {build.paths.site}",
        f"  基準日 / today:    {build.today.isoformat()}",
        f"  原稿 / sources:    {len(build.sources)} = 掲載中 live {counts['live']} + "
        f"掲載終了 archived {counts['archived']} + 下書き draft {counts['draft']}"
        + (f" + 承認待ち awaiting approval {counts['awaiting']}" if build.config.approval_required else ""),
        "  非公開 / withheld: " + (", ".join(f"{build.config.categories[c].label} {n}" for c, n in sorted(withheld.items()))
                                  or "なし / none"),
        f"  漏えい検査 / leak scan: 0件 / no leaks（{build.scan_counts[0]} files; 前回の検査から変わらず再検査を省いたもの "
        f"unchanged since the last clean scan, not decoded again: {build.scan_counts[1]}）",
        *_archive_lines(build),
        *_awaiting_lines(build),
        f"  所要時間 / time:   {seconds:.1f} s",
    ]
    for warning in build.warnings + _expiry_warnings(build):
        lines.append(f"  {say.CLI_WARNING.line(warning=warning)}")
    print("\n".join(lines))


def _awaiting_lines(build: Build) -> list[str]:
    """What waits for approval (決裁), each source with why; none when no council requires approval."""
    if not build.awaiting:
        return []
    lines = [f"  承認待ち / awaiting approval: {len(build.awaiting)}件（公開していません / not published）"]
    for rel, why in build.awaiting.items():
        if why == CHANGED:
            lines.append(f"    {rel}  承認後に変更されたため、承認されるまでサイトから外しています"
                         " / changed since its approval: off the site until the new version is approved")
        else:
            lines.append(f"    {rel}  新規（未承認）/ new, not yet approved")
    lines.append("    承認: python build.py approve FILE --by 氏名 --role 役職 / approve: python build.py approve FILE --by NAME")
    return lines


def _archive_lines(build: Build) -> list[str]:
    result = build.archive_result
    if result is None:
        return []
    return [f"  保存用 / archive:  {build.paths.archive}（新規・更新 written {len(result.written)}, "
            f"変更なし unchanged {len(result.unchanged)}, 以前から kept {len(result.kept)}）"]


def _expiry_warnings(build: Build) -> list[str]:
    """Live documents whose posting period ends within config.expiry_warning_days, soonest first."""
    days = build.config.expiry_warning_days
    soon = [d for d in build.live if expiring_soon(d.retention, build.today, days)]
    return [f"{d.source.rel}: {say.CLI_EXPIRING.line(end=d.retention.posting_end, days=d.retention.days_left(build.today))}"
            for d in sorted(soon, key=lambda d: (d.retention.posting_end, d.url_path))]
