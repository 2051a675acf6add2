"""Archive bundles: deterministic zips of what left the site, public text only, never lost."""

from __future__ import annotations

import hashlib
import html
import io
import json
import os
import posixpath
import re
import zipfile
from pathlib import Path

import pytest

from redaction.archiving import bundles as archive
from redaction.archiving.bundles import BUNDLE_NAME, bundle_name, read_bundle_manifest, verify_bundle, zip_bytes
from tests.archive_corpus import NOTICE, PUBLIC_WORD, SECRET, run_build, write_config, write_minutes

TODAY = "2026-11-22"   # FY2021 and FY2022 (web-3y) have left the site; FY2023 is still live


def _corpus(root: Path) -> None:
    content = root / "content"
    write_minutes(content, "2021-06-10", 1)
    write_minutes(content, "2022-01-20", 2)
    write_minutes(content, "2022-09-15", 3)
    write_minutes(content, "2023-07-06", 4)
    write_minutes(content, "2021-07-01", 1, council="kojin-joho")
    write_config(root)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    _corpus(root)
    assert run_build(root, TODAY) == 0
    return root


def _entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


# ---------------------------------------------------------------- names and zip format


@pytest.mark.parametrize(("council", "fy", "name"), [
    ("kojin-joho", 2021, "kojin-joho-fy2021.zip"),
    ("joho-kokai", 2019, "joho-kokai-fy2019.zip"),
    ("a-b-2", 2030, "a-b-2-fy2030.zip"),  # hyphens and digits in the id still parse back
])
def test_when_named_then_ascii_and_parsed_back(council: str, fy: int, name: str) -> None:
    assert bundle_name(council, fy) == name and name.isascii()
    match = BUNDLE_NAME.match(name)
    assert match and (match["council"], int(match["fy"])) == (council, fy)


def test_when_zipped_twice_then_bytes_identical_entries_sorted_dates_and_modes_fixed() -> None:
    files = {"b.html": b"<p>b</p>", "a/x.css": b"p{}", "manifest.json": b"{}"}
    data = zip_bytes("bundle", files)
    assert data == zip_bytes("bundle", dict(reversed(list(files.items()))))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == ["bundle/a/x.css", "bundle/b.html", "bundle/manifest.json"]
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert {(i.external_attr >> 16) & 0o777 for i in infos} == {0o644}


def test_when_a_file_is_changed_then_verify_reports_it(built: Path) -> None:
    data = (built / "archive" / "joho-kokai-fy2021.zip").read_bytes()
    assert verify_bundle(data, ["joho-kokai/2021/2021-06-10"]) == []
    files = {name.split("/", 1)[1]: body for name, body in _entries(data).items()}
    files["2021-06-10.html"] += b"<!-- changed -->"
    problems = verify_bundle(zip_bytes("joho-kokai-fy2021", files), ["joho-kokai/2021/2021-06-10", "x/1/2"])
    assert any("2021-06-10.html" in p for p in problems) and any("x/1/2" in p for p in problems)


# ---------------------------------------------------------------- bundles of a build


def test_when_built_then_one_bundle_per_council_and_expired_fiscal_year(built: Path) -> None:
    names = sorted(p.name for p in (built / "archive").iterdir())
    assert names == ["joho-kokai-fy2021.zip", "joho-kokai-fy2022.zip", "kojin-joho-fy2021.zip"]


def test_when_built_then_bundle_holds_offline_pages_markdown_and_manifest(built: Path) -> None:
    entries = _entries((built / "archive" / "joho-kokai-fy2021.zip").read_bytes())
    names = set(entries)
    assert {"joho-kokai-fy2021/index.html", "joho-kokai-fy2021/2021-06-10.html", "joho-kokai-fy2021/2022-01-20.html",
            "joho-kokai-fy2021/markdown/2021-06-10.md", "joho-kokai-fy2021/markdown/2022-01-20.md",
            "joho-kokai-fy2021/manifest.json", "joho-kokai-fy2021/assets/sumi.css"} <= names
    assert not [n for n in names if "lunr" in n or n.endswith((".map", "sitemap.xml", "404.html"))]
    page = entries["joho-kokai-fy2021/2021-06-10.html"].decode()
    assert 'href="2022-01-20.html"' in page and 'href="index.html"' in page   # links stay inside the bundle
    assert "https://www.city.sumire.example.jp" not in page                   # nothing points to the live site
    assert NOTICE in entries["joho-kokai-fy2021/index.html"].decode()


def test_when_built_then_every_link_of_every_bundle_page_resolves_inside_the_bundle(built: Path) -> None:
    checked = 0
    for bundle in (built / "archive").glob("*.zip"):
        entries = {name.split("/", 1)[1] for name in _entries(bundle.read_bytes())}
        for name, body in _entries(bundle.read_bytes()).items():
            if not name.endswith(".html"):
                continue
            for target in re.findall(r'(?:href|src)="(?![a-z]+:|#)([^"#?]+)', body.decode()):
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(name.split("/", 1)[1]), target))
                assert resolved in entries, f"{bundle.name}!{name}: {target}"
                checked += 1
    assert checked > 20  # stylesheets, scripts, favicon and the meeting links were all looked at


def test_when_built_then_manifest_lists_documents_and_sha256_of_every_file(built: Path) -> None:
    data = (built / "archive" / "joho-kokai-fy2021.zip").read_bytes()
    manifest = read_bundle_manifest(data)
    assert [d["date"] for d in manifest["documents"]] == ["2021-06-10", "2022-01-20"]
    first = manifest["documents"][0]
    assert first["title"].startswith("第1回情報公開運営審議会")
    assert (first["retention_class"], first["posting_end"]) == ("web-3y", "2025-03-31")
    entries = {name.split("/", 1)[1] for name in _entries(data)}
    assert {f["path"] for f in manifest["files"]} == entries - {"manifest.json"}
    assert verify_bundle(data) == []


def test_when_built_then_bundles_hold_public_text_only(built: Path) -> None:
    for bundle in (built / "archive").glob("*.zip"):
        entries = _entries(bundle.read_bytes())
        text = "\n".join(body.decode("utf-8", errors="replace") for body in entries.values())
        assert SECRET not in text and SECRET.replace(" ", "") not in text, bundle.name
        assert "[[personal" not in text, bundle.name
    markdown = _entries((built / "archive" / "joho-kokai-fy2021.zip").read_bytes())[
        "joho-kokai-fy2021/markdown/2021-06-10.md"].decode()
    assert PUBLIC_WORD in markdown and "[[■personal]]" in markdown


def test_when_built_then_expired_pages_are_not_on_the_site_but_archive_page_names_bundles(built: Path) -> None:
    site = built / "site"
    assert not (site / "joho-kokai" / "2021").exists()
    assert (site / "joho-kokai" / "2023" / "2023-07-06" / "index.html").exists()
    archive_page = (site / "archive" / "index.html").read_text(encoding="utf-8")
    for name in ("joho-kokai-fy2021.zip", "joho-kokai-fy2022.zip", "kojin-joho-fy2021.zip"):
        assert name in archive_page
    assert "令和4年度（2022年度）" in archive_page and NOTICE[:15] in archive_page


def test_when_rebuilt_on_another_day_then_bundles_are_byte_identical(built: Path, tmp_path: Path) -> None:
    (tmp_path / "content").symlink_to(built / "content")
    write_config(tmp_path)
    assert run_build(tmp_path, "2027-01-15") == 0
    for bundle in (built / "archive").glob("*.zip"):
        assert (tmp_path / "archive" / bundle.name).read_bytes() == bundle.read_bytes(), bundle.name


def test_when_archived_source_changes_then_only_its_bundle_is_rewritten(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    _corpus(tmp_path)
    assert run_build(tmp_path, TODAY) == 0
    before = {p.name: p.read_bytes() for p in (tmp_path / "archive").iterdir()}
    published = tmp_path / "published-fy2022.zip"   # the published file itself (same inode), not a copy
    os.link(tmp_path / "archive" / "joho-kokai-fy2022.zip", published)
    source = tmp_path / "content" / "joho-kokai" / "2022" / "2022-09-15.md"
    source.write_text(source.read_text(encoding="utf-8").replace("妥当と考える", "おおむね妥当と考える"),
                      encoding="utf-8")
    capsys.readouterr()
    assert run_build(tmp_path, TODAY) == 0
    assert "written 1, 変更なし unchanged 2" in capsys.readouterr().out
    after = {p.name: p.read_bytes() for p in (tmp_path / "archive").iterdir()}
    assert set(after) == set(before)                                   # same document: nothing superseded
    assert after["joho-kokai-fy2022.zip"] != before["joho-kokai-fy2022.zip"]
    assert "おおむね妥当" in _entries(after["joho-kokai-fy2022.zip"])["joho-kokai-fy2022/markdown/2022-09-15.md"].decode()
    assert after["joho-kokai-fy2021.zip"] == before["joho-kokai-fy2021.zip"]
    assert published.read_bytes() == before["joho-kokai-fy2022.zip"]  # replaced in the new folder, not rewritten


def test_when_a_bundle_in_the_archive_folder_is_damaged_then_it_is_rendered_again(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _corpus(tmp_path)
    assert run_build(tmp_path, TODAY) == 0
    record = json.loads((tmp_path / ".sumi-work" / "archive" / archive.VERIFIED_RECORD).read_text(encoding="utf-8"))
    bundles = sorted((tmp_path / "archive").glob("*.zip"))
    assert sorted(record["clean"]) == sorted(hashlib.sha256(b.read_bytes()).hexdigest() for b in bundles)
    bundle = tmp_path / "archive" / "joho-kokai-fy2021.zip"
    original = bundle.read_bytes()
    files = {name.split("/", 1)[1]: body for name, body in _entries(original).items()}
    files["2021-06-10.html"] += b"<!-- damaged -->"           # the manifest still names the same inputs
    bundle.unlink()
    bundle.write_bytes(zip_bytes("joho-kokai-fy2021", files))
    capsys.readouterr()
    assert run_build(tmp_path, TODAY) == 0
    assert "written 1, 変更なし unchanged 2" in capsys.readouterr().out
    assert bundle.read_bytes() == original


def test_when_bundles_were_found_intact_before_then_their_entries_are_not_read_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _corpus(tmp_path)
    assert run_build(tmp_path, TODAY) == 0
    verified: list[bytes] = []
    check = archive.verify_bundle
    monkeypatch.setattr(archive, "verify_bundle", lambda data, expected=(): verified.append(data) or check(data, expected))
    assert run_build(tmp_path, "2026-11-23") == 0      # another day: a build, every bundle made from the same inputs
    assert verified == []
    (tmp_path / ".sumi-work" / "archive" / archive.VERIFIED_RECORD).unlink()
    assert run_build(tmp_path, "2026-11-24") == 0      # without the record, every entry of every bundle is checked
    assert len(verified) == 3


# ---------------------------------------------------------------- nothing lost, nothing leaked


def test_when_source_deleted_then_bundle_is_kept_and_still_listed(tmp_path: Path) -> None:
    _corpus(tmp_path)
    assert run_build(tmp_path, TODAY) == 0
    before = {p.name: p.read_bytes() for p in (tmp_path / "archive").iterdir()}
    (tmp_path / "content" / "kojin-joho" / "2021" / "2021-07-01.md").unlink()         # a whole fiscal year
    (tmp_path / "content" / "joho-kokai" / "2022" / "2022-01-20.md").unlink()         # one of two meetings
    assert run_build(tmp_path, TODAY) == 0
    after = {p.name: p.read_bytes() for p in (tmp_path / "archive").iterdir()}
    assert after["kojin-joho-fy2021.zip"] == before["kojin-joho-fy2021.zip"]
    kept = [name for name in after if name.startswith("joho-kokai-fy2021.") and name != "joho-kokai-fy2021.zip"]
    assert len(kept) == 1 and after[kept[0]] == before["joho-kokai-fy2021.zip"]      # the fuller version stays
    assert [d["date"] for d in read_bundle_manifest(after["joho-kokai-fy2021.zip"])["documents"]] == ["2021-06-10"]
    archive_page = (tmp_path / "site" / "archive" / "index.html").read_text(encoding="utf-8")
    assert "kojin-joho-fy2021.zip" in archive_page


def test_when_a_bundle_would_leak_then_nothing_is_published(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    _corpus(tmp_path)
    assert run_build(tmp_path, TODAY) == 0
    archive, site = tmp_path / "archive", tmp_path / "site"
    leaking = zip_bytes("old", {"page.html": f"<p>{SECRET}</p>".encode()})
    (archive / "old-fy2010.zip").write_bytes(leaking)          # e.g. a bundle made by hand long ago
    before_archive = {p.name: p.read_bytes() for p in archive.iterdir()}
    before_site = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    (tmp_path / "content" / "joho-kokai" / "2023" / "2023-07-06.md").unlink()
    assert run_build(tmp_path, TODAY) == 1
    assert "archive/old-fy2010.zip!old/page.html" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in archive.iterdir()} == before_archive
    assert {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()} == before_site
    assert not list(tmp_path.glob(".archive.sumi-*")) and not list(tmp_path.glob(".site.sumi-*"))


def test_when_built_then_every_archived_document_is_in_a_bundle(built: Path) -> None:
    ids = set()
    for bundle in (built / "archive").glob("*.zip"):
        ids |= {d["id"] for d in read_bundle_manifest(bundle)["documents"]}
    assert ids == {"joho-kokai/2021/2021-06-10", "joho-kokai/2021/2022-01-20", "joho-kokai/2022/2022-09-15",
                   "kojin-joho/2021/2021-07-01"}
    manifest = json.loads(_entries((built / "archive" / "kojin-joho-fy2021.zip").read_bytes())[
        "kojin-joho-fy2021/manifest.json"])
    assert manifest["council"] == {"id": "kojin-joho", "name": "個人情報保護運営審議会"}
    assert manifest["fiscal_year_label"] == "令和3年度"


def test_when_bundle_pages_are_read_offline_then_they_offer_no_search_box(built: Path) -> None:
    entries = _entries((built / "archive" / "joho-kokai-fy2021.zip").read_bytes())
    for name, data in entries.items():
        if name.endswith(".html"):
            assert "sumi-header-search" not in data.decode(), name   # it would lead to a page the bundle lacks


def test_when_published_then_site_and_archive_folders_are_readable_by_a_web_server(built: Path) -> None:
    for folder in (built / "site", built / "archive"):
        assert folder.stat().st_mode & 0o755 == 0o755, folder


RICH_MINUTES = """---
title: 第5回情報公開運営審議会
council: joho-kokai
date: 2023-07-06
place: "本庁舎 [[personal: 西山 文子]] 様の会議室"
attendees: [会長 今井 敏夫, "[[personal: 西山 文子]]"]
agenda: [報告 \\<script>alert(1)\\</script> の扱い]
---

## 1 報告 [[personal: 西山 文子]] 氏の件

事務局：請求者は [[個人: 西山 文子]] 氏で、対象は `\\[[` を含む文書である。**重要**な点は
[市の例規集](https://www.city.sumire.example.jp/reiki/) と [これ](javascript:alert(1)) と ![外部の図](https://img.example.org/a.png) である。

::: redact security
- サーバ: 第3サーバ室
- 鍵の保管: 総務課金庫
:::

| 委託先 | 件数 |
| --- | --- |
| [[corporate: 株式会社すみれ情報]] | 3件 |

1. 一つ目 \\<b>太字\\</b>
2. 二つ目 &amp; 三つ目

委員：了承する。
"""


def _article(html_text: str) -> str:
    """A page's minutes from their first heading on (the live page's hidden search metadata left out)."""
    start = html_text.index("<h1", html_text.index("<article"))
    return html_text[start:html_text.index("</article>", start)]


def _visible_text(html_text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", html_text)).split())


MARK_HTML = re.compile(r'<span aria-label="[^"]*" class="sumi-mark[^"]*" role="img">.*?</span></span>')


def test_when_a_live_page_leaves_the_site_then_its_bundle_page_has_the_same_text_and_marks(tmp_path: Path) -> None:
    live, later = tmp_path / "live", tmp_path / "later"
    for root in (live, later):
        (root / "content" / "joho-kokai" / "2023").mkdir(parents=True)
        (root / "content" / "joho-kokai" / "2023" / "2023-07-06.md").write_text(RICH_MINUTES, encoding="utf-8")
        write_config(root)
    assert run_build(live, TODAY) == 0                       # FY2023 is on the site…
    assert run_build(later, "2027-04-01") == 0               # …and has left it (web-3y): in a bundle
    site_page = (live / "site" / "joho-kokai" / "2023" / "2023-07-06" / "index.html").read_text(encoding="utf-8")
    bundle_page = _entries((later / "archive" / "joho-kokai-fy2023.zip").read_bytes())[
        "joho-kokai-fy2023/2023-07-06.html"].decode("utf-8")
    on_site, in_bundle = _article(site_page), _article(bundle_page)
    assert MARK_HTML.findall(in_bundle) == MARK_HTML.findall(on_site) and len(MARK_HTML.findall(on_site)) == 5
    assert _visible_text(in_bundle) == _visible_text(on_site)
    assert "非公開（情報セキュリティ対策の詳細）" in in_bundle and "第3サーバ室" not in in_bundle
    assert "<script" not in in_bundle and "&lt;script&gt;" in in_bundle and "<b>" not in in_bundle
    assert "javascript:" not in in_bundle and "<img" not in in_bundle
    assert 'href="https://img.example.org/a.png"' in in_bundle    # an image from another host: a link, as on the site
