"""Reports a clerk can act on: one message per repeated finding with its count, a closing line per kind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redaction.checks.problem_report import MAX_GROUPS, grouped_warnings, report_lines
from redaction.cli import main
from redaction.core.errors import problem
from tests.conftest import CONFIG, write

HEAD = "---\ntitle: 会議\ncouncil: joho-kokai\ndate: 2024-05-{day:02d}\n---\n\n"
BLOCK = "::: redact security\n第3サーバ室の入退室は指紋認証で管理している。\n:::\n"


def test_when_one_withheld_line_stands_in_many_documents_then_it_is_one_message_with_count_and_places(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "a.md", HEAD.format(day=1) + BLOCK)
    for day in range(2, 27):
        write(tmp_path, f"d{day:02d}.md", HEAD.format(day=day) + "第3サーバ室の入退室は指紋認証で管理している。\n")
    status = main(["check", "--content", str(tmp_path), "--config", str(CONFIG), "--today", "2026-11-22"])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("非公開ブロック") == 1                     # one message, not 25
    assert "同じ指摘が計25か所: d03.md:7:1, d04.md:7:1, d05.md:7:1, d06.md:7:1 ほか20か所" in err
    assert "d02.md:7:1: 非公開ブロック（a.md:7:1" in err
    assert "非公開の文字列がタグなしで書かれている: 25か所（1件）" in err   # the closing line of its kind
    assert len(err.splitlines()) < 15


def test_when_json_is_asked_then_every_place_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "a.md", HEAD.format(day=1) + BLOCK)
    for day in range(2, 27):
        write(tmp_path, f"d{day:02d}.md", HEAD.format(day=day) + "第3サーバ室の入退室は指紋認証で管理している。\n")
    status = main(["check", "--content", str(tmp_path), "--config", str(CONFIG), "--today", "2026-11-22",
                   "--format", "json"])
    found = json.loads(capsys.readouterr().out)
    assert status == 1
    assert sorted(f["file"] for f in found if f["type"] == "content") == [f"d{day:02d}.md" for day in range(2, 27)]


def test_when_kinds_differ_then_each_has_a_closing_line() -> None:
    problems = [problem("a.md", 3, 1, "タグのない電話番号の可能性「090-1111-2222」。", "possible untagged phone", "detector:phone"),
                problem("b.md", 4, 2, "タグのない電話番号の可能性「090-1111-2222」。", "possible untagged phone", "detector:phone"),
                problem("c.md", 5, 1, "HTMLのコメント", "an HTML comment", "raw_html"),
                problem("d.md", 1, 1, "必須のキーがありません。", "required key is missing.")]
    lines = report_lines(problems)
    assert lines[-4:] == ["── 種類別 / by kind ──",
                          "  タグのない電話番号の可能性: 2か所（1件）/ possible untagged phone number: 2 place(s), 1 distinct",
                          "  原稿・設定の誤り: 1か所（1件）/ content or configuration error: 1 place(s), 1 distinct",
                          "  HTMLが書かれている: 1か所（1件）/ raw HTML in a source: 1 place(s), 1 distinct"]
    assert sum("090-1111-2222" in line for line in lines) == 1


def test_when_there_are_thousands_of_distinct_findings_then_the_report_stays_short() -> None:
    problems = [problem(f"k/{i}.md", 1, 1, f"問題{i}", f"problem {i}") for i in range(3000)]
    lines = report_lines(problems)
    assert len(lines) <= MAX_GROUPS * 2 + 5
    assert f"ほか{3000 - MAX_GROUPS}種類・{3000 - MAX_GROUPS}か所" in lines[MAX_GROUPS]


def test_when_a_warning_repeats_then_it_is_one_line_with_its_count() -> None:
    warnings = grouped_warnings([problem(f"k/{i}.md", 2, 3, "名前「山田」", "name \"山田\"") for i in range(7)])
    assert len(warnings) == 1
    assert warnings[0].startswith("k/0.md:2:3: 名前「山田」 / name \"山田\" — 同じ指摘が計7か所: k/1.md:2:3")
