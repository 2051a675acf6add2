"""The audit folder: ledger (JSON, CSV with BOM), side-by-side views, review flag, comparison."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from audit_corpus import CONFIG, DOC_A, audit, write_corpus

from redaction.auditing.compare import compare_ledgers
from redaction.auditing.ledger import COLUMNS, LedgerRow, read_ledger


@pytest.fixture(scope="module")
def audited(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("audit")
    content = write_corpus(root)
    assert audit(content, root / "audit") == 0
    return content, root / "audit"


def rows(folder: Path) -> list[dict]:
    return json.loads((folder / "ledger.json").read_text(encoding="utf-8"))["rows"]


def test_when_audited_then_ledger_has_one_row_per_tag_with_all_columns(audited):
    _, folder = audited
    ledger = rows(folder)
    assert len(ledger) == 6  # public, personal, 2 tender, security block, deliberation
    assert all(set(row) == set(COLUMNS) for row in ledger)
    personal = next(r for r in ledger if r["category"] == "personal")
    assert personal == personal | {"document": "kojin-joho/2025/2025-06-05.md", "line": 20, "column": 13,
                                   "label": "個人情報", "disclosed": "no", "note": "申出人の氏名",
                                   "text": "河原崎 美津子 さん", "withheld_chars": 10}
    assert personal["basis"].startswith("すみれ市情報公開条例第7条第1号")


@pytest.mark.parametrize(("text", "until", "passed", "disclosed", "chars"), [
    ("予定価格 1,840万円", "2030-04-01", "no", "no", 12),   # embargo still running: withheld
    ("落札額 960万円", "2025-10-01", "yes", "yes", 0),       # date passed: published, nothing withheld
])
def test_when_tag_has_until_then_ledger_says_whether_it_passed(audited, text, until, passed, disclosed, chars):
    _, folder = audited
    row = next(r for r in rows(folder) if r["text"] == text)
    assert (row["until"], row["until_passed"], row["disclosed"], row["withheld_chars"]) == (until, passed, disclosed,
                                                                                            chars)


def test_when_csv_written_then_it_starts_with_bom_and_reads_back_as_the_json(audited):
    _, folder = audited
    data = (folder / "ledger.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    records = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [r["text"] for r in records] == [r["text"] for r in rows(folder)]
    assert read_ledger(folder / "ledger.csv") == read_ledger(folder / "ledger.json")


def test_when_audited_then_side_by_side_shows_source_and_public_per_line(audited):
    _, folder = audited
    page = (folder / "kojin-joho--2025--2025-06-05.html").read_text(encoding="utf-8")
    assert "原稿" in page and "公開される文" in page
    assert "河原崎 美津子 さん" in page                      # the source column shows the withheld text
    assert "■■■ 非公開（個人情報）" in page                  # the public column the mark
    assert "申出人の氏名" in page and "kojin-joho/2025/2025-06-05.md:20:13" in page
    assert "2030-04-01まで" in page and "2025-10-01（公開済）" in page
    assert "<script" not in page and "http" not in page.replace("http-equiv", "")  # opens offline


def test_when_source_holds_html_then_view_escapes_it(tmp_path):
    content = write_corpus(tmp_path)
    doc = content / "kojin-joho/2025/2025-06-05.md"
    doc.write_text(DOC_A.replace("閉会した。", "\\<script>alert(1)\\</script> [[personal: \\<b>氏名\\</b>]]"), encoding="utf-8")
    assert audit(content, tmp_path / "audit") == 0
    page = (tmp_path / "audit/kojin-joho--2025--2025-06-05.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)" in page
    assert "<b>氏名</b>" not in page


def test_when_share_above_review_share_then_document_is_flagged(audited):
    _, folder = audited
    index = (folder / "index.html").read_text(encoding="utf-8")
    page_b = (folder / "joho-kokai--2025--2025-08-21.html").read_text(encoding="utf-8")
    page_a = (folder / "kojin-joho--2025--2025-06-05.html").read_text(encoding="utf-8")
    assert "要確認：非公開の割合" in page_b        # B is mostly one withheld sentence
    assert "要確認：非公開の割合" not in page_a
    assert index.count('class="flagged"') == 1


@pytest.mark.parametrize("out", ["site", "site/audit", "archive/x", "content", "."])
def test_when_out_inside_or_around_site_archive_or_content_then_usage_error(tmp_path, monkeypatch, out):
    content = write_corpus(tmp_path)
    (tmp_path / "site").mkdir()
    monkeypatch.chdir(tmp_path)
    assert audit(content, Path(out)) == 2


def test_when_out_is_an_unrelated_folder_then_it_is_not_replaced(tmp_path):
    content = write_corpus(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/keep.txt").write_text("x", encoding="utf-8")
    assert audit(content, tmp_path / "docs") == 2
    assert (tmp_path / "docs/keep.txt").exists()


def row(text: str, line: int, **changes: str) -> LedgerRow:
    base = dict(document="a.md", field="body", line=line, column=1, kind="inline", category="personal",
                label="個人情報", basis="条例", until="", until_passed="", disclosed="no", in_block="no", note="",
                withheld_chars=len(text), text=text)
    return LedgerRow(**(base | changes))


def test_when_paragraph_inserted_then_moved_rows_are_not_changed():
    old = [row("山田", 5), row("佐藤", 9)]
    new = [row("山田", 8), row("佐藤", 12), row("鈴木", 14)]
    result = compare_ledgers(old, new)
    assert [r.text for r in result.added] == ["鈴木"] and not result.removed and not result.changed
    assert result.unchanged == 2


def test_when_until_or_note_edited_then_row_is_changed_and_removed_row_listed():
    old = [row("山田", 5), row("佐藤", 9)]
    new = [row("山田", 5, until="2030-01-01", note="審査中")]
    result = compare_ledgers(old, new)
    assert [c.fields for c in result.changed] == [("until", "note")]
    assert [r.text for r in result.removed] == ["佐藤"]


def test_when_compare_given_then_audit_writes_compare_page(tmp_path):
    content = write_corpus(tmp_path)
    assert audit(content, tmp_path / "audit") == 0
    old = tmp_path / "old-ledger.json"
    old.write_bytes((tmp_path / "audit/ledger.json").read_bytes())
    doc = content / "joho-kokai/2025/2025-08-21.md"
    doc.write_text(doc.read_text(encoding="utf-8").replace("## 審議\n", "## 審議\n\n新しい段落。[[personal: 野口 由美子]]\n"),
                   encoding="utf-8")
    assert audit(content, tmp_path / "audit", "--compare", str(old)) == 0
    result = json.loads((tmp_path / "audit/compare.json").read_text(encoding="utf-8"))
    assert [r["text"] for r in result["added"]] == ["野口 由美子"]
    assert result["removed"] == [] and result["changed"] == []
    assert "追加 1件" in (tmp_path / "audit/compare.html").read_text(encoding="utf-8")


def test_when_config_is_shipped_then_review_share_default_is_thirty_percent():
    from redaction.core.config import load_config
    assert load_config(CONFIG).review_share == pytest.approx(0.30)
