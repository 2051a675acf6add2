"""The public page of one minutes document: header table, withheld counts, then the minutes.

The page is written as Markdown into the staging folder, so that the header and the marks
are the same whatever renders them.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

import yaml

from redaction.core.config import SumiConfig
from redaction.core.retention import RetentionDecision, decide
from redaction.core.wareki import fiscal_year, fiscal_year_label, format_date, format_time_range
from redaction.source.document import SourceDocument
from redaction.source.redact import Redaction, decisions, public_text
from redaction.source.speakers import hide_names
from redaction.source.tags import Lexed


@dataclass(frozen=True)
class PublicDocument:
    """One source document as it will be published (or archived, or kept back as a draft)."""

    source: SourceDocument
    url_path: str                  # "kojin-joho/2024/2024-05-14", no withheld text possible
    fiscal_year: int
    retention_class: str
    retention: RetentionDecision
    title: str                     # plain public title
    rows: tuple[Redaction, ...]    # every tag of the document, front matter included
    counts: Mapping[str, int]      # withheld passages by category id
    markdown: str                  # the staged page
    agenda: tuple[str, ...] = ()   # public Markdown of each agenda item
    agenda_plain: tuple[str, ...] = ()   # public plain text of each agenda item (the feeds' summary)

    @cached_property
    def markdown_sha256(self) -> str:
        """The sha256 of the staged page's UTF-8 bytes (a cached document knows it without its text: cache.py)."""
        return hashlib.sha256(self.markdown.encode("utf-8")).hexdigest()

    @property
    def state(self) -> str:
        if self.source.status == "draft":
            return "draft"
        return "live" if self.retention.live else "archived"

    @property
    def date_label(self) -> str:
        return format_date(self.source.date)


def at_address(document: PublicDocument, url_path: str) -> PublicDocument:
    """The document with its address (a copy: a cached document's summary stays a summary, source/cache.py)."""
    moved = object.__new__(type(document))
    vars(moved).update(vars(document), url_path=url_path)
    return moved


def public_document(source: SourceDocument, url_path: str, config: SumiConfig, today: date) -> PublicDocument:
    """Redact one document and write its public page (in memory)."""
    council = config.councils[source.council]
    retention_class = source.retention or council.retention
    years = config.retention[retention_class].years
    rows: list[Redaction] = []
    for name, lexed in source.all_lexed():
        rows.extend(decisions(lexed, source.rel, name, today))
    counts = Counter(r.category for r in rows if r.counted)
    plain_title = public_text(source.title, today, config, form="plain")
    title = f"{plain_title}（{format_date(source.date, weekday=False)}）"
    document = PublicDocument(
        source=source, url_path=url_path, fiscal_year=fiscal_year(source.date),
        retention_class=retention_class, retention=decide(source.date, years, today),
        title=title, rows=tuple(rows), counts=dict(sorted(counts.items())), markdown="",
        agenda=tuple(public_text(item, today, config, form="markdown") for item in source.lists.get("agenda", ())),
        agenda_plain=tuple(public_text(item, today, config, form="plain") for item in source.lists.get("agenda", ())),
    )
    return replace(document, markdown=render_page(document, config, today))


def render_page(document: PublicDocument, config: SumiConfig, today: date) -> str:
    source = document.source
    council = config.councils[source.council]

    def md(lexed: Lexed) -> str:
        return public_text(lexed, today, config, form="markdown")

    meta = {
        "title": document.title if council.name in document.title else f"{document.title} {council.name}",
        "sumi": {
            "kind": "minutes",
            "council": council.id,
            "council_name": council.name,
            "fiscal_year": document.fiscal_year,
            "fiscal_year_label": fiscal_year_label(document.fiscal_year),
            "date": source.date.isoformat(),
            "date_label": format_date(source.date),
            "withheld": sum(document.counts.values()),
        },
    }
    lines = [front_matter(meta), f"# {_cell(md(source.title))}", "", "| 項目 | 内容 |", "| --- | --- |"]
    lines += [f"| {name} | {_cell(value)} |" for name, value in _header_rows(source, council.name, md)]
    lines += ["", withheld_summary(document.counts, config), ""]
    body = hide_names(md(source.body), council)
    lines += ["## 会議の経過" if not _has_heading(body) else "", "", body.strip("\n"), ""]
    return "\n".join(lines)


def _header_rows(source: SourceDocument, council_name: str, md) -> list[tuple[str, str]]:
    title = md(source.title)
    rows: list[tuple[str, str]] = [("会議の名称", title if council_name in title else f"{title}（{council_name}）")]
    when = format_date(source.date)
    time_range = format_time_range(source.start, source.end)
    rows.append(("開催日時", f"{when} {time_range}".strip()))
    if "place" in source.fields:
        rows.append(("開催場所", md(source.fields["place"])))
    for key, label in (("attendees", "出席者"), ("absentees", "欠席者"), ("secretariat", "事務局")):
        if key in source.lists:
            values = [md(v) for v in source.lists[key]]
            rows.append((label, "、".join(values) if values else "なし"))
    if source.hearing is not None:
        hearing = "傍聴可" if source.hearing else "傍聴不可"
        if "hearing_reason" in source.fields:
            hearing += f"（理由：{md(source.fields['hearing_reason'])}）"
        rows.append(("傍聴の可否", hearing))
    if source.lists.get("agenda"):
        rows.append(("会議次第", " ".join(f"（{i}）{md(item)}" for i, item in enumerate(source.lists["agenda"], 1))))
    if "contact" in source.fields:
        rows.append(("問い合わせ先", md(source.fields["contact"])))
    return rows


def withheld_summary(counts: Mapping[str, int], config: SumiConfig) -> str:
    """The sentence on each page that says how many passages were withheld, by category."""
    total = sum(counts.values())
    if total == 0:
        return "!!! sumi-count \"非公開とした箇所\"\n    この会議録に非公開とした箇所はありません。"
    parts = "、".join(f"{config.categories[c].label} {n}か所" for c, n in counts.items())
    return (f"!!! sumi-count \"非公開とした箇所\"\n    この会議録では、{total}か所を非公開としています（{parts}）。"
            "非公開とした部分は「■■■」で示しています。")


YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)   # libyaml: the same text, ten times faster


def front_matter(meta: Mapping[str, object]) -> str:
    """A staged page's YAML front matter block (keys sorted, so the bytes never depend on dict order)."""
    return "---\n" + yaml.dump(dict(meta), Dumper=YAML_DUMPER, allow_unicode=True, sort_keys=True) + "---\n"


def _cell(text: str) -> str:
    """A value fit for one Markdown table cell (or a heading line)."""
    return " ".join(text.replace("|", "\\|").split())


def _has_heading(body: str) -> bool:
    return any(line.startswith("## ") for line in body.splitlines())


def fiscal_years_newest_first(documents: Sequence[PublicDocument]) -> list[int]:
    return sorted({d.fiscal_year for d in documents}, reverse=True)
