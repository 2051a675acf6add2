"""FILE arguments: folders and wildcard patterns expanded by Sumi; never overwrite; exit statuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_import_kit import run_import, tree


def page(day: int, title: str = "第{day}回審議会") -> str:
    return (f"<html><body><main><h1>{title.format(day=day)}</h1><p>日時：令和6年10月{day}日 14:00～15:00</p>"
            f"<p>場所：第1会議室</p><p>第{day}回の本文。</p></main></body></html>")


def make_pages(folder: Path, days: range) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for day in days:
        path = folder / f"minutes{day:02d}.html"
        path.write_text(page(day), encoding="utf-8")
        paths.append(path)
    return paths


def test_when_given_a_wildcard_pattern_then_sumi_expands_it(tmp_path, capsys):
    make_pages(tmp_path / "in", range(1, 4))
    (tmp_path / "in" / "notes.pdf").write_bytes(b"%PDF-1.4")
    assert run_import(tmp_path / "content", str(tmp_path / "in" / "*.htm*")) == 0
    written = capsys.readouterr().out.split()
    assert [Path(p).name for p in written] == ["2024-10-01.md", "2024-10-02.md", "2024-10-03.md"]
    assert tree(tmp_path / "content") == [f"joho-kokai/2024/2024-10-0{d}.md" for d in (1, 2, 3)]


def test_when_given_a_folder_then_every_importable_file_in_it_is_imported(tmp_path, capsys):
    make_pages(tmp_path / "in" / "sub", range(5, 7))
    (tmp_path / "in" / "~$lock.docx").write_bytes(b"lock file of an open Word document")
    assert run_import(tmp_path / "content", tmp_path / "in") == 0
    assert tree(tmp_path / "content") == ["joho-kokai/2024/2024-10-05.md", "joho-kokai/2024/2024-10-06.md"]


def test_when_the_target_exists_then_import_refuses_and_leaves_it_as_it_was(tmp_path, capsys):
    make_pages(tmp_path / "in", range(1, 3))
    existing = tmp_path / "content" / "joho-kokai" / "2024" / "2024-10-02.md"
    existing.parent.mkdir(parents=True)
    existing.write_bytes(b"the clerk's own file")
    assert run_import(tmp_path / "content", tmp_path / "in") == 1
    assert "既にあります" in capsys.readouterr().err
    assert existing.read_bytes() == b"the clerk's own file"
    assert tree(tmp_path / "content") == ["joho-kokai/2024/2024-10-02.md"]   # and 10-01 was not written either


def test_when_two_inputs_have_one_date_then_import_refuses_both(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_text(page(4), encoding="utf-8")
    (tmp_path / "in" / "b.html").write_text(page(4, "別の第{day}回"), encoding="utf-8")
    assert run_import(tmp_path / "content", tmp_path / "in") == 1
    assert "同じ日付" in capsys.readouterr().err
    assert tree(tmp_path / "content") == []


def test_when_a_fiscal_year_starts_in_april_then_march_goes_to_the_year_before(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("第12回審議会\n日時　令和7年3月31日\n場所　会議室\n本文。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("第1回審議会\n日時　令和7年4月1日\n場所　会議室\n本文。\n", encoding="utf-8")
    assert run_import(tmp_path / "content", tmp_path / "a.txt", tmp_path / "b.txt") == 0
    assert tree(tmp_path / "content") == ["joho-kokai/2024/2025-03-31.md", "joho-kokai/2025/2025-04-01.md"]


@pytest.mark.parametrize(("arguments", "words"), [
    (["missing.docx"], "ファイルもフォルダもありません"),
    (["nothing-*.docx"], "取り込めるファイルがありません"),
    (["notes.pdf"], "取り込めない形式"),
])
def test_when_an_input_cannot_be_found_or_read_then_exit_is_1(tmp_path, capsys, monkeypatch, arguments, words):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    assert run_import(tmp_path / "content", *arguments) == 1
    assert words in capsys.readouterr().err


def test_when_usage_is_wrong_then_exit_is_2(tmp_path, capsys):
    make_pages(tmp_path / "in", range(1, 2))
    assert run_import(tmp_path / "content", tmp_path / "in", council="no-such-council") == 2
    from redaction.cli import main
    assert main(["import", "--council", "joho-kokai"]) == 2                         # no FILE
    assert main(["import", str(tmp_path / "in"), "--council", "joho-kokai", "--date", "2024-13-01"]) == 2
    assert tree(tmp_path / "content") == []


def test_when_the_benchmark_runs_small_then_its_pages_all_import(capsys):
    from bench.import_speed import run
    assert run(5, keep=False) > 0
    assert "imported 5 HTML pages" in capsys.readouterr().out
