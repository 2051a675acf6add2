"""`build.py approve FILE... --by NAME [--role ROLE] [--note TEXT]`: record that this exact version was approved.

The sources are checked first, as `check` does (every source: a withheld text of one is looked for
in the others); any content or detector error refuses the approval, and nothing is appended. A
name, role or note that holds a withheld text is refused too: the approvals file is not secret.
"""

from __future__ import annotations

import glob
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from redaction.checks.approval import Approval, append_approvals, withheld_in
from redaction.core import clerk_messages as say
from redaction.core.config import load_config
from redaction.core.errors import ContentError
from redaction.pipeline import CHECK_STEPS, Build, Paths, run, source_files

_WILDCARDS = frozenset("*?[")


class ApproveUsageError(Exception):
    """The files or options given to `approve` cannot be used (exit status 2)."""


@dataclass(frozen=True)
class Approved:
    records: tuple[Approval, ...]
    file: Path
    notes: tuple[str, ...]     # for the summary: what the approver should know


def approve(files: Sequence[str], by: str, role: str, note: str, content: Path, config_file: Path,
            today: date, log: Callable[[str], None]) -> Approved:
    """Check the content, then append one approval per file; ContentError (nothing appended) when refused."""
    if not by.strip():
        raise ApproveUsageError(say.APPROVALS_NO_BY.line())
    config = load_config(config_file)
    if config.approvals.resolve().is_relative_to(content):
        raise ApproveUsageError(say.APPROVALS_IN_CONTENT.line(file=config.approvals))
    targets = chosen_sources(files, content)
    # The records of earlier checks live in the work folder beside the configuration's site, as for `build`
    # run from the configuration's folder; never in the content folder.
    site = (config_file.parent / str(config.mkdocs.get("site_dir", "site"))).resolve()
    paths = Paths(content, site, site.parent / "archive", config_file)
    reuse = not (paths.work.is_relative_to(content) or content.is_relative_to(paths.work))
    build = run(Build(config, paths, today, log=log, reuse_checks=reuse), CHECK_STEPS)
    assert build.approvals is not None   # the approval step read the file: a malformed line stopped the run
    rows = [row for document in build.documents for row in document.rows]
    leaking = withheld_in({"--by": by, "--role": role, "--note": note}, rows)
    if leaking:
        raise ContentError([say.APPROVALS_WITHHELD_IN_NOTE.at(str(config.approvals), 0, 0, options=", ".join(leaking))])
    by_rel = {source.rel: source for source in build.sources}
    records: list[Approval] = []
    notes: list[str] = []
    for rel in targets:
        source = by_rel[rel]
        records.append(Approval(rel, source.file_sha256, by.strip(), role.strip(), today.isoformat(), note.strip()))
        if not config.councils[source.council].approval_required:
            notes.append(f"{rel}: {say.APPROVALS_NOT_REQUIRED.line(council=source.council)}")
        if source.status == "draft":
            notes.append(f"{rel}: {say.APPROVALS_DRAFT.line()}")
        if build.approvals.of(rel, source.file_sha256):
            notes.append(f"{rel}: {say.APPROVALS_AGAIN.line()}")
    append_approvals(config.approvals, records)
    return Approved(tuple(records), config.approvals, tuple(notes))


def chosen_sources(files: Sequence[str], content: Path) -> list[str]:
    """The sources named (a file, a folder of them, or a wildcard the shell did not expand, as on
    Windows), by their path relative to the content folder, in order and once each."""
    known = {path.resolve(): path.relative_to(content).as_posix() for path in source_files(content)}
    chosen: list[str] = []
    for name in files:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.resolve().rglob("*.md") if p in known)
        elif not path.exists() and _WILDCARDS & set(name):
            found = sorted(p.resolve() for p in map(Path, glob.glob(name, recursive=True)) if p.is_file())
        else:
            found = [path.resolve()]
        if not found:
            raise ApproveUsageError(say.APPROVALS_NO_MATCH.line(name=name))
        for resolved in found:
            if resolved not in known:
                raise ApproveUsageError(say.APPROVALS_NOT_A_SOURCE.line(path=resolved, content=content))
            if known[resolved] not in chosen:
                chosen.append(known[resolved])
    return chosen
