"""End to end: real MkDocs builds of tagged minutes in temporary folders."""

from __future__ import annotations

import gzip
import html
import re
import shutil
from pathlib import Path

import pytest
from filelock import FileLock

from redaction.cli import main
from redaction.website.search.index import decoded_texts
from tests.conftest import CONFIG, REPO, build, site_text, tree_bytes, write

MEETING = """---
title: "令和6年度第2回個人情報保護運営審議会"
council: kojin-joho
date: 2024-08-20
start: "14:00"
end: "16:05"
place: 本庁舎3階 第1会議室
attendees: [北村 誠一（会長）, 大野 健（委員）]
hearing: false
hearing_reason: "[[security: 庁内ネットワーク構成カナリアA]]を審議するため"
agenda:
  - "[[tender: 調達案件カナリアB]]について"
contact: "総務課 [[public: 042-000-1111]]"
internal:
  memo: 内部メモカナリアC
---

## 諮問第1号

北村会長：開会します。[[personal note="本人申出カナリアD": 氏名カナリアE]]さんの件です。

大野委員：[[tender until=2024-04-01: 公開済み落札額カナリアF]]と[[tender until=2027-04-01: 予定価格カナリアG]]。

::: redact security
ブロック内秘密カナリアHの詳しい構成について
:::

\\<script>alert("x")\\</script> と [リンク](javascript:alert(1)) \\[[ 文字
"""

DRAFT = """---
title: 令和6年度第3回個人情報保護運営審議会（下書き）
council: kojin-joho
date: 2024-09-20
status: draft
---

下書き本文カナリアI
"""

SECRETS = ["カナリアA", "カナリアB", "カナリアC", "カナリアD", "カナリアE", "カナリアG", "カナリアH", "カナリアI"]


def decoded_outputs(site: Path) -> str:
    """Every output file, gunzipped and entity-decoded, as one text."""
    texts = []
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        texts.append(html.unescape(data.decode("utf-8", errors="replace")).replace("\u200b", ""))  # invisible breaks
    return "\n".join(texts)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("build")
    write(root / "content", "kojin-joho/2024/2024-08-20.md", MEETING)
    write(root / "content", "kojin-joho/2024/2024-09-20.md", DRAFT)
    assert build(root / "content", root / "out") == 0
    return root / "out" / "site"


def meeting_html(site: Path) -> str:
    return (site / "kojin-joho/2024/2024-08-20/index.html").read_text(encoding="utf-8")


def test_when_built_then_no_withheld_text_note_draft_or_internal_value_is_in_any_output(built: Path) -> None:
    outputs = decoded_outputs(built)
    leaked = [secret for secret in SECRETS if secret in outputs]
    assert leaked == []


def test_when_until_has_passed_then_the_text_is_published(built: Path) -> None:
    assert "公開済み落札額カナリアF" in meeting_html(built)


def test_when_withheld_then_a_labelled_mark_with_an_accessible_name_is_shown(built: Path) -> None:
    page = meeting_html(built)
    assert 'aria-label="非公開（個人情報）"' in page
    assert 'aria-label="非公開（入札・契約予定情報）"' in page
    inks = re.findall(r'<span (?=[^>]*class="sumi-ink")(?=[^>]*aria-hidden="true")[^>]*>([^<]*)</span>', page)
    assert len(inks) >= 4 and set(inks) == {"■■■"}  # fixed-width ink, whatever the length of the text


def test_when_a_block_is_withheld_then_a_notice_names_category_and_basis(built: Path) -> None:
    page = meeting_html(built)
    assert "非公開（情報セキュリティ対策の詳細）" in page
    assert "すみれ市情報公開条例第7条第5号" in page


def test_when_built_then_each_page_counts_withheld_passages_by_category(built: Path) -> None:
    text = re.sub(r"<[^>]+>", "", meeting_html(built))
    assert "5か所を非公開としています（個人情報 1か所、情報セキュリティ対策の詳細 2か所、入札・契約予定情報 2か所）" in text


def test_when_source_has_escaped_html_then_it_is_shown_as_text_and_script_links_are_dropped(built: Path) -> None:
    page = meeting_html(built)
    assert "&lt;script&gt;alert" in page
    assert '<script>alert("x")' not in page
    assert "javascript:" not in page
    assert "[[ 文字" in page


def test_when_draft_then_no_page_is_published(built: Path) -> None:
    assert not (built / "kojin-joho/2024/2024-09-20").exists()
    assert "下書き" not in site_text(built)


def test_when_built_then_pages_are_japanese_and_load_nothing_from_other_hosts(built: Path) -> None:
    for path in built.rglob("*.html"):
        page = path.read_text(encoding="utf-8")
        assert '<html lang="ja"' in page, path
        assert "fonts.googleapis.com" not in page and "fonts.gstatic.com" not in page, path
        loads = re.findall(r'<(?:script|img|iframe|audio|video|source)\b[^>]*\bsrc="((?:https?:)?//[^"]*)"', page)
        loads += [m.group(2) for m in re.finditer(r'<link\b(?=[^>]*\brel="(stylesheet|preconnect|preload|modulepreload|'
                                                   r'icon|dns-prefetch)")[^>]*\bhref="((?:https?:)?//[^"]*)"', page)]
        assert loads == [], path


def test_when_built_then_search_index_exists_and_holds_no_withheld_text(built: Path) -> None:
    index = built / "search-index"
    assert (index / "pages.json").exists()
    assert list(index.rglob("*.txt.gz")) and list(index.rglob("g/*.bin")) and list(index.rglob("p/*.bin"))
    fragments = decoded_outputs(index) + "\n".join(decoded_texts(index).values())
    assert "公開済み落札額カナリアF" in fragments   # public text is indexed…
    assert [s for s in SECRETS if s in fragments] == []  # …withheld text is not


def test_when_content_is_wrong_then_previous_site_stays_byte_for_byte(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    content = tmp_path / "content"
    write(content, "kojin-joho/2024/2024-08-20.md", MEETING)
    assert build(content, tmp_path / "out") == 0
    before = tree_bytes(tmp_path / "out" / "site")
    write(content, "kojin-joho/2024/2024-10-01.md", MEETING.replace("[[personal note", "[[personal-x note"))
    assert build(content, tmp_path / "out") == 1
    assert tree_bytes(tmp_path / "out" / "site") == before
    err = capsys.readouterr().err
    assert "kojin-joho/2024/2024-10-01.md:20:" in err and "unknown category 'personal-x'" in err
    assert [p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".site.sumi-")] == []


def test_when_another_build_of_the_site_is_running_then_the_build_stops_and_touches_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content, out = tmp_path / "content", tmp_path / "out"
    write(content, "kojin-joho/2024/2024-08-20.md", MEETING)
    assert build(content, out) == 0
    before = tree_bytes(out / "site")
    write(content, "kojin-joho/2024/2024-08-20.md", MEETING.replace("開会します。", "開会いたします。"))
    with FileLock(out / ".sumi-work" / "build.lock", preserve_lock_file=True):   # as another build holds it
        capsys.readouterr()
        assert build(content, out) == 1
        assert "別のビルドが実行中" in capsys.readouterr().err
        assert tree_bytes(out / "site") == before
    assert build(content, out) == 0      # released (as when that build ends): this one runs
    assert "開会いたします" in site_text(out / "site")


def test_when_a_file_is_not_utf8_then_build_stops_naming_it(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "content", "bad.md", MEETING.encode("shift_jis", errors="replace"))
    assert build(tmp_path / "content", tmp_path / "out") == 1
    assert not (tmp_path / "out" / "site").exists()
    assert "bad.md:" in capsys.readouterr().err


@pytest.mark.parametrize("args", [
    ["build", "--today", "2026-13-01"],
    ["build", "--bogus"],
    ["frobnicate"],
])
def test_when_usage_is_bad_then_exit_status_is_2(args: list[str]) -> None:
    assert main(args) == 2


def test_when_site_is_inside_content_then_refused_with_exit_2(tmp_path: Path) -> None:
    write(tmp_path / "content", "a.md", MEETING)
    status = main(["build", "--content", str(tmp_path / "content"), "--site", str(tmp_path / "content" / "site"),
                   "--config", str(CONFIG)])
    assert status == 2
    assert sorted(p.name for p in (tmp_path / "content").iterdir()) == ["a.md"]


def test_when_checking_the_shipped_content_then_it_is_valid() -> None:
    assert main(["check", "--content", str(REPO / "content"), "--config", str(CONFIG)]) == 0


def test_when_building_the_shipped_content_then_sources_are_untouched(tmp_path: Path) -> None:
    before = tree_bytes(REPO / "content")
    assert build(REPO / "content", tmp_path) == 0
    assert tree_bytes(REPO / "content") == before
    assert (tmp_path / "site" / "index.html").exists()


def test_when_sources_are_read_and_redacted_on_every_core_then_they_equal_a_serial_reading_and_problems_keep_their_place(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date

    from redaction import pipeline
    from redaction.core import cores
    from redaction.core.config import load_config

    shutil.copytree(REPO / "content", tmp_path / "content")
    paths = pipeline.Paths(tmp_path / "content", tmp_path / "site", tmp_path / "archive", CONFIG)

    def read() -> tuple[list, list]:
        build = pipeline.Build(load_config(CONFIG), paths, date(2026, 11, 22))
        pipeline.load(build)
        return build.sources, build.documents

    serial = read()
    monkeypatch.setattr(pipeline, "PARALLEL_SOURCES", 2)
    monkeypatch.setattr(cores.os, "cpu_count", lambda: 2)
    assert read() == serial and len(serial[0]) > 20
    assert [d.source for d in serial[1]] == sorted(serial[0], key=lambda s: (s.council, s.date, s.rel))
    assert all(d.markdown and d.url_path.startswith(f"{d.source.council}/") for d in serial[1])
    write(tmp_path / "content", "zz/bad.md", "---\ntitle: x\n---\n[personal: 山田]\n")
    assert main(["check", "--content", str(tmp_path / "content"), "--config", str(CONFIG)]) == 1
    assert "zz/bad.md:" in capsys.readouterr().err


def test_when_a_council_meets_twice_on_one_day_then_the_second_meeting_in_source_order_gets_a_suffix(
        tmp_path: Path) -> None:
    from datetime import date

    from redaction import pipeline
    from redaction.core.config import load_config

    content = tmp_path / "content"
    for name in ("b-afternoon", "a-morning", "c-other-day"):
        day = "2025-06-11" if name == "c-other-day" else "2025-06-10"
        write(content, f"kojin-joho/{name}.md", f"---\ntitle: 第1回会議 {name}\ncouncil: kojin-joho\ndate: {day}\n---\n本文。\n")
    build = pipeline.Build(load_config(CONFIG), pipeline.Paths(content, tmp_path / "site", tmp_path / "archive", CONFIG),
                           date(2026, 11, 22))
    pipeline.load(build)
    assert [(d.source.rel, d.url_path) for d in build.documents] == [
        ("kojin-joho/a-morning.md", "kojin-joho/2025/2025-06-10"),
        ("kojin-joho/b-afternoon.md", "kojin-joho/2025/2025-06-10-2"),
        ("kojin-joho/c-other-day.md", "kojin-joho/2025/2025-06-11"),
    ]
