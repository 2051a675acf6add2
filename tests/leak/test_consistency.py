"""The consistency check (redaction/checks/consistency.py): a withheld inline text that also stands
untagged anywhere — the same document, another document, a front-matter value — would leak
there, so it is an error naming both places, unless it is a configured public term.

Runs `build.py check --format json` in-process: no rendering, a few milliseconds each.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
from leakkit import Project, new_project

from redaction.cli import main

HEAD = "---\ntitle: {title}\ncouncil: joho-kokai\ndate: {date}\n{extra}---\n\n"


def doc(body: str, *, title: str = "定例会", date: str = "2026-08-06", extra: str = "") -> str:
    return HEAD.format(title=title, date=date, extra=extra) + body + "\n"


def check(project: Project) -> tuple[int, list[dict[str, object]]]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main([*project.argv("check"), "--format", "json", "--today", "2026-11-22"])
    problems = json.loads(out.getvalue() or "[]")
    # only the content errors: the personal-data detector also reports names such as 「鵺野太郎」
    return status, [p for p in problems if p.get("type") == "content"]


def places(problems: list[dict[str, object]]) -> list[str]:
    return [f"{p['file']}:{p['line']}:{p['col']}" for p in problems]


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return new_project(tmp_path / "p")


def test_when_withheld_text_stands_untagged_in_same_document_then_error_names_both_places(project: Project) -> None:
    project.write("a.md", doc("委員の[[personal: 鵺野太郎]]氏が発言した。\n\n後で鵺野太郎氏が再び発言した。"))
    status, problems = check(project)
    assert status == 1
    assert places(problems) == ["a.md:9:3"]
    assert "a.md:7:4" in str(problems[0]["text"]) and "a.md:7:4" in str(problems[0]["message"])


def test_when_withheld_text_stands_untagged_in_another_document_then_error_names_both_files(project: Project) -> None:
    project.write("a.md", doc("[[personal: 鵺野花子]]"))
    project.write("sub/b.md", doc("本日は鵺野花子さんが欠席。", date="2026-08-07"))
    status, problems = check(project)
    assert status == 1
    assert places(problems) == ["sub/b.md:7:4"]
    assert "a.md:7:1" in str(problems[0]["text"])


def test_when_withheld_text_stands_untagged_in_front_matter_then_error_points_into_the_value(project: Project) -> None:
    project.write("a.md", doc("[[personal: 鵺野次郎]]", extra='place: "鵺野次郎宅の会議室"\n'))
    status, problems = check(project)
    assert status == 1
    assert places(problems) == ["a.md:5:9"]  # the quote is col 8; the text starts at col 9


def test_when_withheld_text_is_in_a_front_matter_tag_and_untagged_in_body_then_error(project: Project) -> None:
    project.write("a.md", doc("本文に鰐淵商事の名がある。", title='"[[corporate: 鰐淵商事]]との協議"'))
    status, problems = check(project)
    assert status == 1
    assert places(problems) == ["a.md:7:4"]
    assert "a.md:2:9" in str(problems[0]["text"])


@pytest.mark.parametrize(("tagged", "untagged"), [
    ("ＡＢＣ鵺１２", "ABC鵺12"),             # full-width vs half-width
    ("ｶﾅﾘｱ鵺", "カナリア鵺"),               # half-width katakana vs full-width
    ("鵺野 太郎", "鵺野　　太郎"),            # spaces differ
    ("鵺野太郎", "鵺野\n太郎"),               # a line break inside the untagged text
    ("㍻鵺", "平成鵺"),                       # a compatibility character
])
def test_when_untagged_text_differs_only_by_width_or_space_then_error(project: Project, tagged: str,
                                                                      untagged: str) -> None:
    project.write("a.md", doc(f"[[personal: {tagged}]]\n\nほかに{untagged}とある。"))
    status, problems = check(project)
    assert status == 1, untagged
    assert places(problems) == ["a.md:9:4"]


def test_when_text_precedes_with_expanding_character_then_column_still_points_at_text(project: Project) -> None:
    project.write("a.md", doc("[[personal: 鵺野三郎]]\n\n㍻の頃、鵺野三郎が来た。"))
    status, problems = check(project)
    assert status == 1 and places(problems) == ["a.md:9:5"]


def test_when_text_is_a_public_term_then_no_error(project: Project) -> None:
    project.write("a.md", doc("[[personal: すみれ市役所]]\n\nすみれ市役所で開催。"))
    status, problems = check(project)
    assert (status, problems) == (0, [])


def test_when_public_terms_are_removed_then_same_text_is_an_error(project: Project) -> None:
    project.write("a.md", doc("[[personal: すみれ市役所]]\n\nすみれ市役所で開催。"))
    text = project.config.read_text(encoding="utf-8").replace("    - すみれ市役所\n", "")
    project.config.write_text(text, encoding="utf-8")
    status, problems = check(project)
    assert status == 1 and places(problems) == ["a.md:9:1"]


def test_when_occurrence_is_inside_a_withheld_block_then_no_error(project: Project) -> None:
    project.write("a.md", doc("[[personal: 鵺野四郎]]\n\n::: redact personal\n鵺野四郎の住所\n:::"))
    assert check(project) == (0, [])


def test_when_occurrence_is_inside_another_withheld_tag_then_no_error(project: Project) -> None:
    project.write("a.md", doc("[[personal: 鵺野五郎]]\n\n[[personal: 鵺野五郎の家族]]"))
    assert check(project) == (0, [])


def test_when_occurrence_is_in_a_disclosed_tag_then_error(project: Project) -> None:
    project.write("a.md", doc("[[tender: 鰐予定価格]]\n\n[[tender until=2020-01-01: 鰐予定価格]]"))
    status, problems = check(project)
    assert status == 1 and places(problems) == ["a.md:9:28"]  # where the text starts inside the tag


def test_when_occurrence_is_reviewed_public_then_error(project: Project) -> None:
    project.write("a.md", doc("[[personal: 鵺野六郎]]\n\n[[public: 鵺野六郎]]"))
    status, problems = check(project)
    assert status == 1 and places(problems) == ["a.md:9:11"]


def test_when_tag_is_disclosed_by_until_then_other_occurrences_are_fine(project: Project) -> None:
    project.write("a.md", doc("[[tender until=2020-01-01: 鰐落札額]]\n\n鰐落札額は公表済み。"))
    assert check(project) == (0, [])


def test_when_occurrence_is_only_in_a_draft_then_no_error(project: Project) -> None:
    project.write("a.md", doc("[[personal: 鵺野七郎]]"))
    project.write("b.md", doc("下書きに鵺野七郎とある。", date="2026-08-07", extra="status: draft\n"))
    assert check(project) == (0, [])


def test_when_occurrence_is_only_in_internal_then_no_error(project: Project) -> None:
    project.write("a.md", doc("[[personal: 鵺野八郎]]", extra="internal:\n  memo: 鵺野八郎に確認\n"))
    assert check(project) == (0, [])


def test_when_withheld_text_is_one_character_then_not_looked_for_but_warned(project: Project) -> None:
    project.write("a.md", doc("[[personal: 鵺]]\n\n鵺の字。"))
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = main([*project.argv("check"), "--today", "2026-11-22"])
    assert status == 0
    assert "a.md:7:1" in err.getvalue() and "1文字" in err.getvalue()


def test_when_withheld_text_is_two_characters_then_it_is_looked_for(project: Project) -> None:
    project.write("a.md", doc("[[personal: 鵺野]]\n\n鵺野の字。"))
    status, problems = check(project)
    assert status == 1 and places(problems) == ["a.md:9:1"]


def test_when_text_occurs_in_several_places_then_every_place_is_named(project: Project) -> None:
    project.write("a.md", doc("[[personal: 鵺野九郎]]\n\n鵺野九郎と鵺野九郎。",
                              extra='contact: "鵺野九郎"\n'))
    status, problems = check(project)
    assert status == 1 and places(problems) == ["a.md:5:11", "a.md:10:1", "a.md:10:6"]


def test_when_withheld_text_has_markdown_emphasis_then_rendered_form_elsewhere_is_an_error(project: Project) -> None:
    # Regression (fixed in redact.needle_forms): `**鵺強調**太郎` renders as 「鵺強調太郎」; the
    # untagged 「鵺強調太郎」 elsewhere passed both the consistency check and the leak scan.
    project.write("a.md", doc("本文 [[personal: **鵺強調**太郎]] です。"))
    project.write("b.md", doc("ここに鵺強調太郎と書く。", date="2026-08-07"))
    status, problems = check(project)
    assert status == 1 and places(problems) == ["b.md:7:4"]


@pytest.mark.parametrize("written", ["`鵺コード`値", "鵺\\*印", "[鵺リンク](https://example.org/)名", "鵺&#x91CE;名"])
def test_when_withheld_text_has_markup_then_its_rendered_form_is_looked_for(project: Project, written: str) -> None:
    rendered = {"`鵺コード`値": "鵺コード値", "鵺\\*印": "鵺*印", "[鵺リンク](https://example.org/)名": "鵺リンク名",
                "鵺&#x91CE;名": "鵺野名"}[written]
    project.write("a.md", doc(f"[[personal: {written}]]\n\n別に{rendered}。"))
    status, problems = check(project)
    assert status == 1 and places(problems) == ["a.md:9:3"], written


BLOCK = "::: redact security\n第3サーバ室の入退室は指紋認証で管理している。\n\n| 機器 | 設置場所の詳細 |\n| --- | --- |\n| 監視カメラ | 北庁舎地下の電源室の奥 |\n:::\n"


def test_when_a_withheld_blocks_line_stands_untagged_elsewhere_then_check_finds_it_at_that_line(
        project: Project) -> None:
    project.write("a.md", doc(BLOCK))
    project.write("b.md", doc("前回の説明では、第3サーバ室の入退室は指紋認証で管理している。とのことだった。",
                              date="2026-08-07"))
    status, problems = check(project)
    assert status == 1
    assert places(problems) == ["b.md:7:9"]
    assert "a.md:7:1" in str(problems[0]["text"]) and "a.md:7:1" in str(problems[0]["message"])


def test_when_a_withheld_blocks_cell_stands_untagged_then_check_finds_it(project: Project) -> None:
    project.write("a.md", doc(BLOCK + "\n報告では、北庁舎地下の電源室の奥に設置したと述べた。"))
    status, problems = check(project)
    assert status == 1
    assert places(problems) == ["a.md:15:6"]


def test_when_a_blocks_line_is_short_then_it_is_not_looked_for(project: Project) -> None:
    project.write("a.md", doc("::: redact security\n監視カメラ\n:::\n\n監視カメラを増やす。"))
    assert check(project) == (0, [])


def test_when_a_block_is_disclosed_by_until_then_its_lines_may_stand_elsewhere(project: Project) -> None:
    project.write("a.md", doc(BLOCK.replace("security", "security until=2026-01-01")))
    project.write("b.md", doc("第3サーバ室の入退室は指紋認証で管理している。", date="2026-08-07"))
    assert check(project) == (0, [])


def test_when_few_documents_are_searched_then_only_the_needles_in_them_are_built_and_the_findings_are_the_same(
        project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """A rebuild after one edit searches one document: the automaton is built from the needles that occur in it
    (consistency._occurring). Every finding, its place, its message and its order equal those of the whole
    automaton's search — needles ending at the same character (太郎 inside 山田太郎), a title, a block's line."""
    from redaction.checks import consistency

    project.write("a.md", doc("[[personal: 山田太郎]]、[[personal: 太郎]]、[[personal: ５番地の倉庫]]。\n\n" + BLOCK))
    project.write("b.md", doc("別の話題。山田太郎、太郎と５番地の倉庫。第3サーバ室の入退室は指紋認証で管理している。",
                              title="山田太郎の件", date="2026-08-07"))
    for number in range(12):   # documents that hold other needles, none of which stand in a or b
        project.write(f"c{number}.md", doc(f"[[personal: 佐藤花子{number}号]]の報告。", date=f"2026-09-{number + 1:02d}"))
    built: list[int] = []
    real = consistency.Needles.automaton
    monkeypatch.setattr(consistency.Needles, "automaton", lambda self: built.append(len(self)) or real(self))
    found = {}
    for narrow in (0, consistency.NARROW_DOCUMENTS):
        monkeypatch.setattr(consistency, "NARROW_DOCUMENTS", narrow)
        built.clear()
        status, problems = check(project)
        assert status == 1
        found[narrow] = (problems, max(built))
    (whole, whole_size), (narrowed, narrowed_size) = found[0], found[consistency.NARROW_DOCUMENTS]
    assert narrowed == whole and len(whole) >= 6
    assert places(whole) == ["b.md:2:8", "b.md:2:10", "b.md:7:6", "b.md:7:8", "b.md:7:11", "b.md:7:14", "b.md:7:21"]
    assert narrowed_size < whole_size - 10                  # the other documents' needles were not built
