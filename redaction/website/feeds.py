"""Atom feeds of new minutes: one for the whole site (feed.xml) and one per council (<council>/feed.xml).

Written into the rendered site after MkDocs runs, before the leak scan (which therefore covers
them). Deterministic: every date comes from a meeting date or the build's "today", never the
clock; entries are the live minutes, newest first. An entry carries only public text: the
plain public title, the council, the date and time, the public agenda, and how many passages
were withheld — never a withheld text, and never the minutes' body.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urljoin

from redaction.core.config import SumiConfig
from redaction.core.wareki import format_date, format_time_range
from redaction.source.public_page import PublicDocument

ATOM = "http://www.w3.org/2005/Atom"
FEED_NAME = "feed.xml"
MAX_ENTRIES = 50
TOKYO_OFFSET = "+09:00"


@dataclass(frozen=True)
class Feed:
    """One feed: where it goes in the site, its title and the page it belongs to."""

    path: str           # "feed.xml" or "kojin-joho/feed.xml"
    title: str
    page: str           # site-relative URL of the page the feed follows ("" or "kojin-joho/")
    documents: tuple[PublicDocument, ...]


def site_feeds(live: Sequence[PublicDocument], config: SumiConfig) -> list[Feed]:
    """The site-wide feed and one feed per configured council (empty if it has no live minutes)."""
    newest = sorted(live, key=lambda d: (d.source.date, d.url_path), reverse=True)
    site_name = str(config.mkdocs.get("site_name") or config.city)
    feeds = [Feed(FEED_NAME, f"{site_name} 新着の会議録", "", tuple(newest[:MAX_ENTRIES]))]
    by_council: dict[str, list[PublicDocument]] = {}   # one pass, not one per council (42 × 3,200 at 10,000)
    for document in newest:
        mine = by_council.setdefault(document.source.council, [])
        if len(mine) < MAX_ENTRIES:
            mine.append(document)
    for council_id, council in config.councils.items():
        feeds.append(Feed(f"{council_id}/{FEED_NAME}", f"{council.name} 新着の会議録（{config.city}）",
                          f"{council_id}/", tuple(by_council.get(council_id, ()))))
    return feeds


def write_feeds(site_dir: Path, live: Sequence[PublicDocument], config: SumiConfig, today: date) -> list[Path]:
    """Write every feed into `site_dir`; returns the files written. Needs `site_url` (absolute links)."""
    site_url = str(config.mkdocs.get("site_url") or "")
    if not site_url:
        return []
    base = site_url if site_url.endswith("/") else site_url + "/"
    written: list[Path] = []
    for feed in site_feeds(live, config):
        target = site_dir / feed.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(feed_xml(feed, base, config, today))
        written.append(target)
    return written


def feed_xml(feed: Feed, base: str, config: SumiConfig, today: date) -> bytes:
    """The Atom document of one feed, as bytes (UTF-8, with an XML declaration)."""
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "ja"})
    _text(root, "id", urljoin(base, feed.path))
    _text(root, "title", feed.title)
    newest = feed.documents[0].source.date if feed.documents else today
    _text(root, "updated", _timestamp(newest))
    ET.SubElement(root, f"{{{ATOM}}}link", {"rel": "self", "type": "application/atom+xml",
                                             "href": urljoin(base, feed.path)})
    ET.SubElement(root, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html",
                                             "href": urljoin(base, feed.page)})
    author = ET.SubElement(root, f"{{{ATOM}}}author")
    _text(author, "name", config.city)
    for document in feed.documents:
        root.append(_entry(document, base, config, today))
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _entry(document: PublicDocument, base: str, config: SumiConfig, today: date) -> ET.Element:
    url = urljoin(base, f"{document.url_path}/")
    entry = ET.Element(f"{{{ATOM}}}entry")
    _text(entry, "id", url)
    _text(entry, "title", document.title)
    _text(entry, "updated", _timestamp(document.source.date))
    _text(entry, "published", _timestamp(document.source.date))
    ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": url})
    council = config.councils[document.source.council]
    ET.SubElement(entry, f"{{{ATOM}}}category", {"term": council.id, "label": council.name})
    _text(entry, "summary", summary(document, config, today))
    return entry


def summary(document: PublicDocument, config: SumiConfig, today: date) -> str:
    """A short public summary: council, date and time, agenda, withheld count. Plain text."""
    source = document.source
    council = config.councils[source.council]
    when = f"{format_date(source.date)} {format_time_range(source.start, source.end)}".strip()
    parts = [f"{council.name}　{when}"]
    agenda = [" ".join(item.split()) for item in document.agenda_plain]
    if agenda:
        parts.append("会議次第：" + " ".join(f"（{i}）{item}" for i, item in enumerate(agenda, 1)))
    withheld = sum(document.counts.values())
    parts.append(f"非公開とした箇所：{withheld}か所" if withheld else "非公開とした箇所はありません。")
    return "\n".join(parts)


def _text(parent: ET.Element, name: str, text: str) -> ET.Element:
    child = ET.SubElement(parent, f"{{{ATOM}}}{name}")
    child.text = text
    return child


def _timestamp(day: date) -> str:
    """Midnight in Japan on `day`, as an RFC 3339 date-time."""
    return f"{day.isoformat()}T00:00:00{TOKYO_OFFSET}"
