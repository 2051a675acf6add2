"""The HTML pages of an archive bundle: a plain index and one page per meeting (jinja2 templates).

An offline reading copy of a council's fiscal year: the bundle's index (what it is, where else
to read the minutes, a table of its meetings), and each meeting's public page — the header
table, the count of withheld passages, the minutes with their marks — rendered from the same
staged Markdown as the live page (redaction.archiving.bundle_markdown), with links to the previous and
next meeting and the index. No script, nothing from another host, no link to the live site.
Templates and the bundle stylesheet are package data under ``redaction/templates/bundle/``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from redaction.core.config import SumiConfig
from redaction.core.wareki import fiscal_year_label, format_date
from redaction.source.public_page import PublicDocument

if TYPE_CHECKING:
    import jinja2

TEMPLATES = Path(__file__).resolve().parent / "templates" / "bundle"
STYLESHEET = "bundle.css"          # package data, written as assets/bundle.css


@dataclass(frozen=True)
class BundlePage:
    """One meeting as the bundle names it."""

    page: str                       # file name in the bundle, "2021-06-10.html"
    title: str
    date_label: str
    withheld: str                   # "3か所" or "なし"
    retention: str
    posting_end: str


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    import jinja2  # here, not at the top: every command imports this module, only the archive step renders

    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True,
                              lstrip_blocks=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined)


def page_name(document: PublicDocument) -> str:
    """The stem of a meeting's files in its bundle: its date (and -2 … for a second meeting that day)."""
    return document.url_path.rsplit("/", 1)[-1]


def _meeting(document: PublicDocument, config: SumiConfig) -> BundlePage:
    end = document.retention.posting_end
    total = sum(document.counts.values())
    return BundlePage(f"{page_name(document)}.html", document.title, document.date_label,
                      f"{total}か所" if total else "なし", config.retention[document.retention_class].label,
                      format_date(end) if end else "—")


def bundle_pages(council_id: str, fy: int, documents: Sequence[PublicDocument], config: SumiConfig,
                 site_name: str, theme_css: bool) -> dict[str, bytes]:
    """index.html, one page per meeting and assets/bundle.css; `theme_css`: assets/sumi.css is in the bundle."""
    from markupsafe import Markup

    from redaction.archiving.bundle_markdown import inline_html, markdown_html, without_front_matter

    labels = {cid: category.label for cid, category in config.categories.items()}
    shared = {"site_name": site_name, "council_name": config.councils[council_id].name,
              "fiscal_year_label": fiscal_year_label(fy, western=True), "theme_css": theme_css}
    environment = _environment()
    meetings = [_meeting(d, config) for d in documents]
    files = {"index.html": environment.get_template("index.html").render(
        shared, city=config.city, meetings=meetings,
        notice=Markup(inline_html(" ".join(config.archive_notice.split()), labels)))}
    template = environment.get_template("page.html")
    for i, (document, meeting) in enumerate(zip(documents, meetings, strict=True)):
        files[meeting.page] = template.render(
            shared, title=meeting.title, position=i + 1, total=len(meetings),
            previous=meetings[i - 1] if i > 0 else None, next=meetings[i + 1] if i + 1 < len(meetings) else None,
            body=Markup(markdown_html(without_front_matter(document.markdown), labels)))
    encoded = {name: text.encode("utf-8") for name, text in files.items()}
    encoded[f"assets/{STYLESHEET}"] = (TEMPLATES / STYLESHEET).read_bytes()
    return encoded


def template_files() -> Mapping[str, bytes]:
    """Every template and stylesheet of the bundle pages, for the digest of what shapes a bundle."""
    return {path.name: path.read_bytes() for path in sorted(TEMPLATES.iterdir()) if path.is_file()}
