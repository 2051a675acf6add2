"""Atom feeds: one for the site, one per council; live minutes newest first; public text only."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from redaction.core.config import SumiConfig
from redaction.pipeline import BUILD_STEPS
from redaction.source.document import read_document
from redaction.source.public_page import public_document
from redaction.website.feeds import feed_xml, site_feeds
from tests.public_site.test_site_pages import FIXTURES

NS = {"a": "http://www.w3.org/2005/Atom"}
SITE_URL = "https://www.city.sumire.example.jp/kaigiroku/"


def entries(path) -> list[ET.Element]:
    return ET.parse(path).getroot().findall("a:entry", NS)


def test_when_the_site_is_built_then_the_site_feed_lists_every_live_minutes_newest_first(built) -> None:
    root = ET.parse(built.site / "feed.xml").getroot()
    links = [e.find("a:link", NS).get("href") for e in root.findall("a:entry", NS)]
    expected = sorted(built.minutes_markdown(), key=lambda u: (u.rstrip("/").rsplit("/", 1)[1], u), reverse=True)
    assert links == [SITE_URL + url for url in expected]
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "ja"
    assert root.find("a:updated", NS).text == root.find("a:entry/a:updated", NS).text


def test_when_the_site_is_built_then_each_council_has_its_own_feed(built, config: SumiConfig) -> None:
    for council_id in config.councils:
        links = [e.find("a:link", NS).get("href") for e in entries(built.site / council_id / "feed.xml")]
        assert links and all(link.startswith(f"{SITE_URL}{council_id}/") for link in links)
        updated = [e.find("a:updated", NS).text for e in entries(built.site / council_id / "feed.xml")]
        assert updated == sorted(updated, reverse=True)


def test_when_an_entry_is_written_then_it_carries_the_public_title_and_date_only(built) -> None:
    entry = next(e for e in entries(built.site / "feed.xml")
                 if e.find("a:id", NS).text.endswith("kojin-joho/2024/2024-07-11/"))
    assert entry.find("a:title", NS).text == "令和6年度第1回個人情報保護運営審議会（令和6年7月11日）"
    assert entry.find("a:updated", NS).text == "2024-07-11T00:00:00+09:00"
    summary = entry.find("a:summary", NS).text
    assert summary.startswith("個人情報保護運営審議会　令和6年7月11日（木） 午後6時～午後8時25分")
    assert "非公開とした箇所：3か所" in summary
    assert "並行稼働" not in summary  # a body sentence: the feed never carries the minutes themselves


def test_when_agenda_has_a_withheld_passage_then_the_feed_shows_only_the_ink(config: SumiConfig, tmp_path) -> None:
    text = (FIXTURES / "full.md").read_text(encoding="utf-8").replace(
        "- 報告 委託の状況について（総務課）",
        '- "報告 [[corporate: 株式会社みなと計算センター]]への委託の状況について（総務課）"')
    path = tmp_path / "x.md"
    path.write_text(text, encoding="utf-8")
    document = public_document(read_document(path, "x.md", config), "kojin-joho/2025/2025-06-10", config,
                                date(2026, 11, 22))
    feed = next(f for f in site_feeds([document], config) if f.path == "feed.xml")
    xml = feed_xml(feed, SITE_URL, config, date(2026, 11, 22)).decode("utf-8")
    assert "みなと計算センター" not in xml and "原田" not in xml
    assert "（2）報告 ■■■への委託の状況について" in xml


def test_when_built_twice_then_the_feeds_are_byte_identical(config: SumiConfig) -> None:
    source = read_document(FIXTURES / "full.md", "full.md", config)
    document = public_document(source, "kojin-joho/2025/2025-06-10", config, date(2026, 11, 22))
    feeds = site_feeds([document], config)
    first = [feed_xml(f, SITE_URL, config, date(2026, 11, 22)) for f in feeds]
    second = [feed_xml(f, SITE_URL, config, date(2026, 11, 22)) for f in feeds]
    assert first == second


def test_when_a_council_has_no_live_minutes_then_its_feed_is_empty_and_dated_today(config: SumiConfig) -> None:
    feed = next(f for f in site_feeds([], config) if f.path == "joho-kokai/feed.xml")
    root = ET.fromstring(feed_xml(feed, SITE_URL, config, date(2026, 11, 22)))
    assert root.findall("a:entry", NS) == []
    assert root.find("a:updated", NS).text == "2026-11-22T00:00:00+09:00"
    assert root.find("a:link[@rel='alternate']", NS).get("href") == SITE_URL + "joho-kokai/"


def test_when_the_build_runs_then_feeds_are_written_before_the_leak_scan() -> None:
    names = [name for name, _, _ in BUILD_STEPS]
    assert names.index("render") < names.index("feeds") < names.index("scan")


def test_when_feeds_are_built_then_no_withheld_text_is_in_them(built) -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in built.site.rglob("feed.xml"))
    assert "河原崎" not in text and "福祉給付審査サポート" not in text  # withheld in kojin-joho/2024/2024-07-11
    assert "[[" not in text
