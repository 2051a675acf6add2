"""What a citizen meets, read from the built HTML: meeting header, counts, names, dates, browsing, titles."""

from __future__ import annotations

import itertools
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from redaction.core.config import SumiConfig
from redaction.source.document import read_document
from redaction.source.public_page import public_document

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = date(2026, 11, 22)


class _Outline(HTMLParser):
    """Collects the parts of a page the tests look at."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.html_lang = ""
        self.title = ""
        self.headings: list[tuple[int, str]] = []
        self.rows: list[tuple[str, str]] = []       # first table: (label, value)
        self.tables = 0
        self.breadcrumbs: list[str] = []
        self.links: list[tuple[str, str]] = []      # (href, text)
        self.loads: list[str] = []                  # src / stylesheet / script URLs
        self.alternates: list[str] = []
        self._text: list[str] = []
        self._cells: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.html_lang = a.get("lang", "")
        if tag in ("script", "img", "iframe", "source") and a.get("src"):
            self.loads.append(a["src"])
        if tag == "link" and a.get("rel") in ("stylesheet", "preload", "icon", "modulepreload"):
            self.loads.append(a.get("href", ""))
        if tag == "link" and a.get("rel") == "alternate" and a.get("type") == "application/atom+xml":
            self.alternates.append(a.get("href", ""))
        if tag == "table":
            self.tables += 1
        if tag in ("title", "h1", "h2", "h3", "h4", "td", "th", "a"):
            self._text = []
        self.stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            open_tag, attrs = self.stack.pop()
            if open_tag == tag:
                break
        text = " ".join("".join(self._text).split())
        if tag == "title":
            self.title = text
        elif re.fullmatch(r"h[1-6]", tag):
            self.headings.append((int(tag[1]), text))
        elif tag in ("td", "th") and self.tables == 1:
            self._cells.append(text)
        elif tag == "tr" and self.tables == 1:
            if len(self._cells) == 2 and self._cells != ["項目", "内容"]:
                self.rows.append((self._cells[0], self._cells[1]))
            self._cells = []
        elif tag == "a":
            self.links.append((attrs.get("href", ""), text))
            if any(t == "nav" and "md-path" in a.get("class", "") for t, a in self.stack):
                self.breadcrumbs.append(text)

    def handle_data(self, data: str) -> None:
        self._text.append(data)


def outline(site: Path, url_path: str) -> _Outline:
    parser = _Outline()
    parser.feed((site / url_path / "index.html").read_text(encoding="utf-8"))
    return parser


# ---- 1. Meeting page ------------------------------------------------------------------------------

def _header_rows(name: str, config: SumiConfig) -> list[tuple[str, str]]:
    source = read_document(FIXTURES / name, name, config)
    markdown = public_document(source, "kojin-joho/2025/2025-06-10", config, TODAY).markdown
    rows = re.findall(r"^\| (\S+) \| (.*) \|$", markdown, flags=re.M)
    return [(label, value) for label, value in rows if label not in ("項目", "---")]


def test_when_front_matter_is_full_then_every_header_row_is_shown_in_order(config: SumiConfig) -> None:
    rows = dict(_header_rows("full.md", config))
    assert list(rows) == ["会議の名称", "開催日時", "開催場所", "出席者", "欠席者", "事務局", "傍聴の可否",
                          "会議次第", "問い合わせ先"]
    assert rows["開催日時"] == "令和7年6月10日（火） 午後2時～午後4時5分"
    assert rows["傍聴の可否"] == "傍聴不可（理由：個人の情報を扱うため）"
    assert rows["会議次第"] == "（1）報告 苦情の処理状況について（総務課） （2）報告 委託の状況について（総務課）"
    assert rows["問い合わせ先"].endswith("042-000-1111")


def test_when_front_matter_is_minimal_then_only_name_and_date_rows_are_shown(config: SumiConfig) -> None:
    assert _header_rows("minimal.md", config) == [("会議の名称", "令和7年度第2回個人情報保護運営審議会"),
                                                   ("開催日時", "令和7年6月10日（火）")]


def test_when_council_hides_names_then_roster_members_appear_by_role_in_the_body(config: SumiConfig) -> None:
    source = read_document(FIXTURES / "full.md", "full.md", config)
    markdown = public_document(source, "kojin-joho/2025/2025-06-10", config, TODAY).markdown
    body = markdown.split("## 1 開会", 1)[1]
    assert "会長が開会を宣言した" in body and "委員：申出人は" in body
    assert not any(name in body for name in ("北村", "大野", "誠一"))
    assert "北村 誠一（会長）" in markdown.split("## 1 開会", 1)[0]  # the attendance list keeps the names


def test_when_council_shows_names_then_the_body_keeps_them(config: SumiConfig) -> None:
    source = read_document(FIXTURES / "shown.md", "shown.md", config)
    markdown = public_document(source, "joho-kokai/2025/2025-05-01", config, TODAY).markdown
    assert "川端委員：森下 宏会長の提案に賛成する。" in markdown


def test_when_passages_are_withheld_then_the_page_counts_them_by_category(config: SumiConfig) -> None:
    source = read_document(FIXTURES / "full.md", "full.md", config)
    markdown = public_document(source, "kojin-joho/2025/2025-06-10", config, TODAY).markdown
    assert "2か所を非公開としています（個人情報 1か所、情報セキュリティ対策の詳細 1か所）" in markdown
    assert "原田" not in markdown and "手作業" not in markdown


def test_when_a_meeting_page_is_built_then_header_counts_and_minutes_follow_each_other(built) -> None:
    page = outline(built.site, "kojin-joho/2024/2024-07-11")
    labels = [label for label, _ in page.rows]
    assert labels[:3] == ["会議の名称", "開催日時", "開催場所"] and labels[-1] == "問い合わせ先"
    assert dict(page.rows)["開催日時"] == "令和6年7月11日（木） 午後6時～午後8時25分"
    html = (built.site / "kojin-joho/2024/2024-07-11/index.html").read_text(encoding="utf-8")
    html = html[html.index("<article"):]
    assert html.index("問い合わせ先") < html.index("sumi-count") < html.index("1 開会")
    assert 'aria-label="非公開（個人情報）"' in html
    assert "北村会長" not in html.split("sumi-count", 1)[1]


# ---- 3. Browsing, titles, breadcrumbs, language, no other hosts -----------------------------------

def test_when_home_is_built_then_it_lists_latest_minutes_across_councils_newest_first(built, config) -> None:
    home = outline(built.site, "")
    minutes = [(href, text) for href, text in home.links if re.search(r"/20\d\d-\d\d-\d\d/$", href)
               and not href.startswith("..")]
    dates = [re.search(r"(20\d\d-\d\d-\d\d)/$", href).group(1) for href, _ in minutes]
    assert dates and dates == sorted(dates, reverse=True)
    councils = {href.split("/")[0] for href, _ in minutes}
    assert councils == {"kojin-joho", "joho-kokai"}
    assert [text for _, text in home.links if text in {c.name for c in config.councils.values()}]


def test_when_a_council_page_is_built_then_its_fiscal_years_run_newest_first(built) -> None:
    council = outline(built.site, "kojin-joho")
    years = [int(m.group(1)) for _, text in council.links if (m := re.search(r"（(\d{4})年度）", text))]
    assert len(years) >= 3 and years == sorted(years, reverse=True)
    assert council.breadcrumbs == ["ホーム", "個人情報保護運営審議会"]


def test_when_a_fiscal_year_page_is_built_then_it_lists_meetings_with_date_and_agenda(built) -> None:
    year = outline(built.site, "kojin-joho/2024")
    html = (built.site / "kojin-joho/2024/index.html").read_text(encoding="utf-8")
    assert "<th>開催日</th>" in html and "<th>会議次第</th>" in html
    assert "令和6年7月11日（木）" in html and "個人住民税の賦課に関する事務" in html
    assert year.breadcrumbs == ["ホーム", "個人情報保護運営審議会", "令和6年度"]


@pytest.mark.parametrize("url_path", ["kojin-joho/2024/2024-07-11", "joho-kokai/2025/2025-08-21"])
def test_when_a_meeting_page_is_built_then_title_says_council_meeting_and_date(built, url_path) -> None:
    page = outline(built.site, url_path)
    council = "個人情報保護運営審議会" if url_path.startswith("kojin") else "情報公開運営審議会"
    assert council in page.title and "第" in page.title
    assert re.search(r"令和\d+年\d+月\d+日", page.title)
    assert page.breadcrumbs[:2] == ["ホーム", council] and page.breadcrumbs[2].endswith("年度")


def test_when_any_page_is_built_then_it_is_japanese_and_loads_nothing_from_other_hosts(built) -> None:
    pages = sorted(built.site.rglob("index.html"))
    assert len(pages) > 10
    for path in pages:
        parser = _Outline()
        parser.feed(path.read_text(encoding="utf-8"))
        assert parser.html_lang == "ja", path
        assert not [u for u in parser.loads if re.match(r"(https?:)?//", u)], path
        levels = [level for level, _ in parser.headings]
        assert levels.count(1) == 1, path
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), (path, levels)


def test_when_pages_are_built_then_they_link_their_feeds(built) -> None:
    assert outline(built.site, "").alternates == ["feed.xml"]
    assert outline(built.site, "kojin-joho").alternates == ["../feed.xml", "feed.xml"]
    assert outline(built.site, "kojin-joho/2024/2024-07-11").alternates == ["../../../feed.xml", "../../feed.xml"]


def test_when_pages_are_built_then_a_header_search_box_goes_to_the_search_page(built) -> None:
    html = (built.site / "kojin-joho/2024/index.html").read_text(encoding="utf-8")
    form = re.search(r'<form class="sumi-header-search"[^>]*action="([^"]+)"', html)
    assert form and form.group(1) == "../../search/"
    assert 'name="q"' in html and '<label class="sumi-visually-hidden" for="sumi-header-q">' in html
