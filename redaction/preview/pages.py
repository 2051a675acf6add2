"""The preview's own pages, rendered in memory with Jinja2 (autoescaped): never written to disk.

The review view reuses the audit's alignment (auditing/report.py), its segment macro and its
stylesheet, and adds the personal-data detector's findings on the lines where they stand.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader

from redaction.auditing import view
from redaction.auditing.align import Mark
from redaction.auditing.report import STATE_LABELS, audit_document
from redaction.checks.approval import CHANGED, NEW
from redaction.checks.safety_net import LocatedFinding
from redaction.core.errors import Problem
from redaction.preview.session import GoodBuild, State

TEMPLATES = Path(str(resources.files("redaction.preview") / "templates"))
REVIEW = "/_sumi/review/"
LAST_GOOD = "/_sumi/last-good"
ERRORS = "/_sumi/errors"
STATIC = {"/_sumi/preview.css": TEMPLATES / "preview.css", f"{REVIEW}audit.css": view.TEMPLATES / "audit.css"}


@dataclass(frozen=True)
class Notice:
    """The bar the server puts at the top of every preview page (in the response, never in a file)."""

    source: str | None = None         # the page's source file, relative to the content folder
    review: str | None = None         # the address of its review view (None: the review view is off)
    facts: tuple[str, ...] = ()       # what the clerk should know of this version (the approval state joins here)


def _environment() -> Environment:
    env = view.environment()   # the audit's: autoescape, StrictUndefined, tip() and state labels
    env.loader = ChoiceLoader([FileSystemLoader(str(TEMPLATES)), env.loader])
    return env


ENV = _environment()


PREVIEW_LABELS = {NEW: "新規", CHANGED: "承認後に変更"}   # why a page awaits approval, as the notice bar says it


def notice_for(good: GoodBuild | None, url_path: str, review_on: bool) -> Notice:
    document = good.by_url.get(url_path) if good is not None else None
    if document is None or good is None:
        return Notice(review=REVIEW if review_on else None)
    page = next((name for name, d in good.review_pages.items() if d is document), None)
    withheld = sum(document.counts.values())
    findings = sum(1 for f in good.findings if f.file == document.source.rel)
    waiting = good.awaiting.get(document.source.rel)
    facts = (*((f"承認待ち（{PREVIEW_LABELS[waiting]}）: 承認されるまで公開サイトには出ません",) if waiting else ()),
             f"非公開 {withheld} 件", *((f"検出器の指摘 {findings} 件",) if findings else ()))
    return Notice(document.source.rel, f"{REVIEW}{page}" if review_on and page else None, facts)


def notice_html(notice: Notice) -> str:
    return ENV.get_template("notice.html").render(n=notice)


def error_page(state: State, path: str, detailed: bool, review_on: bool) -> str:
    """Every problem of the latest rebuild, Japanese first; with `detailed` False (a client that is not
    this PC), only where they are: a message may quote withheld text."""
    assert state.latest is not None
    last_good = f"{LAST_GOOD}{path}" if state.good is not None else None
    return ENV.get_template("errors.html").render(
        outcome=state.latest, good=state.good, problems=_by_file(state.latest.problems), detailed=detailed,
        last_good=last_good, review_on=review_on, title="プレビューを更新できません")


def _by_file(problems: Sequence[Problem]) -> dict[str, list[Problem]]:
    grouped: dict[str, list[Problem]] = defaultdict(list)
    for item in problems:
        grouped[item.location.file].append(item)
    return dict(grouped)


def review_index(state: State) -> str:
    good = state.good
    assert good is not None
    findings: Mapping[str, int] = _count_by_file(good.findings)
    return ENV.get_template("review_index.html").render(
        state=state, good=good, pages=good.review_pages, findings=findings,
        categories=good.config.categories, doc_states=STATE_LABELS, title="確認用表示 — 会議録の一覧")


def _count_by_file(findings: Sequence[LocatedFinding]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for finding in findings:
        counts[finding.file] += 1
    return dict(counts)


def review_document(state: State, page: str) -> str | None:
    """A document the auditor's way, with the detector's findings where they stand; None: no such page."""
    good = state.good
    document = good.review_pages.get(page) if good is not None else None
    if good is None or document is None:
        return None
    audit = audit_document(document, page, good.config, good.today)
    found = [f for f in good.findings if f.file == document.source.rel]
    at_line: dict[int, list[LocatedFinding]] = defaultdict(list)
    lines = {line.line for line in audit.lines}
    for finding in found:
        at_line[finding.line if finding.line in lines else 0].append(finding)
    notes_at: dict[int, list[Mark]] = defaultdict(list)   # the clerk's note, shown under the line its tag starts on
    for mark in audit.marks:
        if mark.row.note:
            notes_at[mark.row.line].append(mark)
    url = f"/{document.url_path}/" if document.url_path in good.by_url else None
    return ENV.get_template("review_document.html").render(
        state=state, a=audit, marks={m.number: m for m in audit.marks}, at_line=dict(at_line), findings=found,
        notes_at=dict(notes_at),
        public_url=url, categories=good.config.categories, review_share=good.config.review_share,
        title=f"確認用表示 — {document.title}")


def refused_page(reason: str, review_on: bool) -> str:
    return ENV.get_template("refused.html").render(reason=reason, review_on=review_on, title="確認用表示は使えません")


def not_found_page(review_on: bool) -> str:
    return ENV.get_template("not_found.html").render(review_on=review_on, title="ページが見つかりません")
