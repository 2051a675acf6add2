"""The round trip a new city makes: Word minutes marked with comments → import → build → audit.

The page shows the header and the text; no commented passage is in any public byte (the leak
tests' own scanner over site and archive); the audit ledger's categories are the comments'.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redaction.cli import main
from tests.conftest import CONFIG, TODAY, build
from tests.leak.leakkit import find_canaries, views
from tests.test_import_kit import Minutes, run_import

# Each secret holds characters that appear nowhere else in the site (tests/leak/leakkit.RARE).
SECRETS = {
    "personal": "鵺野 鰐子",
    "tender": "予定価格は鱈鯱円",
    "security": "鸚鵡サーバの鶚パスワード",
    "deliberation": "鷺山案と鴎谷案の比較",
}
GUEST = "鶯田 麒麟参考人"


def write_minutes(path: Path) -> Path:
    minutes = Minutes().header_table((
        ("会議の名称", "令和6年度第3回すみれ市情報公開運営審議会"),
        ("開催日時", "令和6年10月8日（火）午後2時～3時30分"),
        ("開催場所", "すみれ市役所本庁舎 4階 第2会議室"),
        ("出席者", "森下宏会長、岡部理恵委員、"),
        ("傍聴の可否", "可"),
        ("会議次第", "(1) 開会 (2) 報告 (3) 閉会"),
    ))
    attendees = minutes.document.tables[0].cell(3, 1).paragraphs[0]
    minutes.document.add_comment(attendees.add_run(GUEST), text="個人情報")
    minutes.heading("1 開会")
    minutes.para("森下会長：ただいまから第3回の審議会を開きます。")
    minutes.para("総務課長：申出人の", (SECRETS["personal"], "非公開：個人情報"), "さんから意見書が出ています。")
    first = minutes.para(SECRETS["tender"] + "です。")
    second = minutes.para("入札の公告は来年度の予定です。")
    minutes.comment_paragraphs([first, second], '入札 until=2099-04-01 note="入札公告前"')
    table = minutes.table([["項目", "内容"], ["機器", SECRETS["security"]]])
    minutes.document.add_comment([table.cell(0, 0).paragraphs[0].runs[0], table.cell(1, 1).paragraphs[0].runs[0]],
                                 text="セキュリティ")
    minutes.para("川端委員：", (SECRETS["deliberation"], "審議検討"), "はいつ示されるのか。")
    minutes.heading("2 閉会")
    minutes.para("森下会長：以上で閉会します。")
    return minutes.save(path)


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("roundtrip")
    source = write_minutes(root / "word" / "第3回会議録.docx")
    assert run_import(root / "content", source) == 0
    assert build(root / "content", root / "out") == 0
    assert main(["audit", "--content", str(root / "content"), "--out", str(root / "audit"), "--today", TODAY,
                 "--config", str(CONFIG)]) == 0
    return root


def page(root: Path) -> str:
    pages = [p for p in (root / "out" / "site").rglob("index.html") if "2024-10-08" in p.as_posix()]
    assert len(pages) == 1, pages
    return " ".join(views(pages[0].read_text(encoding="utf-8")))


def test_when_imported_and_built_then_the_page_shows_the_header_and_the_text(round_trip):
    text = page(round_trip)
    for shown in ("令和6年度第3回すみれ市情報公開運営審議会", "すみれ市役所本庁舎 4階 第2会議室", "森下宏会長", "岡部理恵委員",
                  "令和6年10月8日", "ただいまから第3回の審議会を開きます。", "さんから意見書が出ています。",
                  "はいつ示されるのか。", "以上で閉会します。"):
        assert "".join(shown.split()) in text, shown


def test_when_imported_and_built_then_no_commented_passage_is_in_any_public_byte(round_trip):
    roots = [round_trip / "out" / "site", round_trip / "out" / "archive", round_trip / "out" / ".sumi-work"]
    assert all(root.is_dir() for root in roots)
    assert find_canaries(roots, [*SECRETS.values(), GUEST, "入札公告前", "入札の公告は来年度"]) == []


def test_when_audited_then_the_ledger_categories_are_the_comments(round_trip):
    rows = json.loads((round_trip / "audit" / "ledger.json").read_text(encoding="utf-8"))["rows"]
    assert sorted(r["category"] for r in rows) == sorted(["personal", "personal", "tender", "security", "deliberation"])
    tender = next(r for r in rows if r["category"] == "tender")
    assert tender["kind"] == "block" and tender["until"] == "2099-04-01" and tender["note"] == "入札公告前"
    assert {r["text"] for r in rows if r["kind"] == "inline"} == {SECRETS["personal"], SECRETS["deliberation"], GUEST}


def test_when_imported_then_the_source_records_where_it_came_from_but_the_site_does_not(round_trip):
    source = next((round_trip / "content").rglob("*.md")).read_text(encoding="utf-8")
    assert "imported_from: 第3回会議録.docx" in source
    assert find_canaries([round_trip / "out" / "site"], ["第3回会議録.docx"]) == []


@pytest.mark.browser
def test_when_an_imported_page_is_opened_in_chromium_then_header_text_and_marks_show(round_trip, browser, tmp_path):
    from tests.conftest import serve_folder

    html = next(p for p in (round_trip / "out" / "site").rglob("index.html") if "2024-10-08" in p.as_posix())
    path = html.parent.relative_to(round_trip / "out" / "site").as_posix()
    with serve_folder(round_trip / "out" / "site") as base:
        page = browser.new_page(viewport={"width": 1100, "height": 1600})
        page.goto(f"{base}/{path}/")
        page.wait_for_load_state("networkidle")
        shown = page.inner_text("body")
        page.screenshot(path=str(tmp_path / "imported-page.png"), full_page=True)
        page.close()
    for words in ("令和6年度第3回すみれ市情報公開運営審議会", "第2会議室", "森下宏会長", "ただいまから第3回の審議会を開きます",
                  "個人情報", "入札・契約予定情報", "情報セキュリティ対策の詳細", "審議・検討情報"):
        assert words in shown, words
    assert not any(secret in shown for secret in (*SECRETS.values(), GUEST))
