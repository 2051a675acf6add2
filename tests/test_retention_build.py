"""Whole builds at the edges of posting periods: what is live, what is archived, what is warned about.

One corpus (web-1y meetings on 31 March and 1 April, a permanent one, a draft) is built on
successive "todays" into the same archive folder, as a city would over the years.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from redaction.archiving.bundles import read_bundle_manifest
from redaction.website.search.index import decoded_texts
from tests.archive_corpus import NOTICE, SECRET, run_build, write_config, write_minutes

MARCH_31 = "joho-kokai/2020/2021-03-31"    # FY2020, web-1y: on the site through 2022-03-31
APRIL_1 = "joho-kokai/2021/2021-04-01"     # FY2021, web-1y: on the site through 2023-03-31
PERMANENT = "joho-kokai/2015/2015-06-01"   # FY2015, permanent
DRAFT = "joho-kokai/2021/2021-05-10"       # never published
TODAYS = ("2022-02-28", "2022-03-31", "2022-04-01", "2023-03-31", "2023-04-01")


@dataclass(frozen=True)
class Snapshot:
    code: int
    out: str
    pages: frozenset[str]          # url paths of minutes pages in the site
    site_text: str                 # every HTML and sitemap byte, decoded
    search_text: str               # the search index: its files decompressed, its shards decoded
    bundles: dict[str, bytes]      # archive folder after the build


def _decompressed(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith(b"\x1f\x8b"):
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Snapshot]:
    root = tmp_path_factory.mktemp("retention")
    content = root / "content"
    write_minutes(content, "2021-03-31", 1, retention="web-1y")
    write_minutes(content, "2021-04-01", 2, retention="web-1y")
    write_minutes(content, "2015-06-01", 3, retention="permanent")
    write_minutes(content, "2021-05-10", 4, retention="web-1y", status="draft")
    write_config(root)
    snapshots: dict[str, Snapshot] = {}
    for today in TODAYS:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            code = run_build(root, today)
        site = root / "site"
        pages = frozenset(p.parent.relative_to(site).as_posix() for p in site.glob("*/*/*/index.html"))
        site_text = "\n".join(_decompressed(p) for p in sorted(site.rglob("*"))
                              if p.is_file() and p.suffix in {".html", ".xml", ".gz"})
        search_text = "\n".join([*(_decompressed(p) for p in sorted((site / "search-index").rglob("*"))
                                   if p.is_file() and p.suffix != ".bin"),
                                 *decoded_texts(site / "search-index").values()])
        archive = root / "archive"
        bundles = {p.name: p.read_bytes() for p in sorted(archive.glob("*.zip"))} if archive.exists() else {}
        snapshots[today] = Snapshot(code, buffer.getvalue(), pages, site_text, search_text, bundles)
    shutil.rmtree(root / ".sumi-work", ignore_errors=True)
    return snapshots


@pytest.mark.parametrize("today", TODAYS)
def test_when_built_then_sources_add_up_to_live_archived_and_draft(builds: dict[str, Snapshot], today: str) -> None:
    snapshot = builds[today]
    assert snapshot.code == 0
    expected_live = {"2022-02-28": 3, "2022-03-31": 3, "2022-04-01": 2, "2023-03-31": 2, "2023-04-01": 1}[today]
    assert (f"4 = 掲載中 live {expected_live} + 掲載終了 archived {3 - expected_live} + 下書き draft 1"
            in snapshot.out)


@pytest.mark.parametrize(
    ("today", "live", "gone"),
    [
        ("2022-03-31", {MARCH_31, APRIL_1, PERMANENT}, set()),          # last day of the 31 March meeting
        ("2022-04-01", {APRIL_1, PERMANENT}, {MARCH_31}),               # first day after it: archived
        ("2023-03-31", {APRIL_1, PERMANENT}, {MARCH_31}),               # last day of the 1 April meeting
        ("2023-04-01", {PERMANENT}, {MARCH_31, APRIL_1}),               # both gone; permanent stays
    ],
)
def test_when_posting_period_ends_then_page_leaves_pages_nav_search_and_sitemap(
        builds: dict[str, Snapshot], today: str, live: set[str], gone: set[str]) -> None:
    snapshot = builds[today]
    assert snapshot.pages == live
    for url in gone:
        assert url not in snapshot.site_text, f"{url} still linked on {today}"
        assert url not in snapshot.search_text, f"{url} still in the search index on {today}"
    for url in live:
        assert f"{url}/" in snapshot.site_text        # linked (nav, fiscal-year page, sitemap)
        assert url in snapshot.search_text
    assert DRAFT not in snapshot.site_text and DRAFT not in snapshot.search_text


@pytest.mark.parametrize(
    ("today", "names"),
    [
        ("2022-03-31", set()),
        ("2022-04-01", {"joho-kokai-fy2020.zip"}),
        ("2023-03-31", {"joho-kokai-fy2020.zip"}),
        ("2023-04-01", {"joho-kokai-fy2020.zip", "joho-kokai-fy2021.zip"}),
    ],
)
def test_when_fiscal_year_expires_then_its_bundle_exists(builds: dict[str, Snapshot], today: str,
                                                         names: set[str]) -> None:
    assert set(builds[today].bundles) == names


def test_when_later_year_expires_then_earlier_bundle_is_byte_identical(builds: dict[str, Snapshot]) -> None:
    first = builds["2022-04-01"].bundles["joho-kokai-fy2020.zip"]
    assert builds["2023-03-31"].bundles["joho-kokai-fy2020.zip"] == first
    assert builds["2023-04-01"].bundles["joho-kokai-fy2020.zip"] == first


def test_when_bundle_written_then_manifest_names_meeting_and_posting_end(builds: dict[str, Snapshot]) -> None:
    bundles = builds["2023-04-01"].bundles
    (fy2020,) = read_bundle_manifest(bundles["joho-kokai-fy2020.zip"])["documents"]
    (fy2021,) = read_bundle_manifest(bundles["joho-kokai-fy2021.zip"])["documents"]  # the draft is not archived
    assert (fy2020["id"], fy2020["date"], fy2020["retention_class"], fy2020["posting_end"]) == (
        MARCH_31, "2021-03-31", "web-1y", "2022-03-31")
    assert (fy2021["id"], fy2021["posting_end"]) == (APRIL_1, "2023-03-31")


def test_when_bundles_exist_then_archive_page_names_them_with_the_notice(builds: dict[str, Snapshot]) -> None:
    text = builds["2023-04-01"].site_text
    assert "joho-kokai-fy2021.zip" in text and "joho-kokai-fy2020.zip" in text
    assert "令和3年度（2021年度）" in text and "令和2年度（2020年度）" in text
    assert NOTICE[:20] in text


@pytest.mark.parametrize(
    ("today", "warned"),
    [
        ("2022-02-28", set()),                 # 31 days before the last day: not yet
        ("2022-03-31", {"2021-03-31.md"}),     # the last day itself
        ("2022-04-01", set()),                 # archived now: no longer a warning
        ("2023-03-31", {"2021-04-01.md"}),
    ],
)
def test_when_posting_ends_within_30_days_then_summary_warns(builds: dict[str, Snapshot], today: str,
                                                             warned: set[str]) -> None:
    lines = [line for line in builds[today].out.splitlines() if "leaves the site after" in line]
    assert {name for name in ("2021-03-31.md", "2021-04-01.md", "2015-06-01.md") if any(name in li for li in lines)} \
        == warned


def test_when_warning_days_configured_then_summary_uses_them(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    write_minutes(tmp_path / "content", "2021-03-31", 1, retention="web-1y")
    config = write_config(tmp_path, expiry_warning_days=60)
    assert run_build(tmp_path, "2022-02-01", config=config) == 0   # 58 days left
    assert "2021-03-31.md: 掲載期間は 2022-03-31 まで（あと58日）" in capsys.readouterr().out


def test_when_anything_is_built_then_no_withheld_text_anywhere(builds: dict[str, Snapshot]) -> None:
    for snapshot in builds.values():
        assert SECRET not in snapshot.site_text and SECRET not in snapshot.search_text
