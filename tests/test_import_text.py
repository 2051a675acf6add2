"""Import of text files: UTF-8 (with or without BOM) and Shift_JIS; label-line headers; Markdown kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from redaction.importing.jdates import read_when
from tests.test_import_kit import run_import, tree

MINUTES = """令和元年度第2回すみれ市個人情報保護運営審議会　会議録

1　日時　令和元年9月2日(月)14時～15時30分
2　場所　すみれ市役所　第1会議室
3　出席委員　北村会長、西田委員、大野委員
4　欠席委員　松井委員
5　事務局　総務課長、情報公開係長
6　傍聴　不可（個人情報を審議するため）
7　議題
　(1)　諮問第1号について
　(2)　その他

○会長　ただいまから会議を開きます。
○委員　[資料1] の2ページについて質問します。
・委員の意見は次のとおり。
"""
TARGET = "kojin-joho/2019/2019-09-02.md"


def import_text(tmp_path: Path, data: bytes, capsys, name: str = "minutes.txt") -> tuple[int, str, str]:
    path = tmp_path / "in" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    status = run_import(tmp_path / "content", path, council="kojin-joho")
    err = capsys.readouterr().err
    target = tmp_path / "content" / TARGET
    return status, target.read_text(encoding="utf-8") if target.exists() else "", err


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_when_a_text_file_is_imported_then_its_label_lines_are_the_front_matter(tmp_path, capsys, encoding):
    status, text, err = import_text(tmp_path, MINUTES.replace("\n", "\r\n").encode(encoding), capsys)
    assert status == 0, err
    assert "title: 令和元年度第2回すみれ市個人情報保護運営審議会　会議録\n" in text
    assert "date: 2019-09-02\nstart: '14:00'\nend: '15:30'\n" in text
    assert "place: すみれ市役所　第1会議室\n" in text
    assert "attendees:\n- 北村会長\n- 西田委員\n- 大野委員\nabsentees:\n- 松井委員\n" in text
    assert "secretariat:\n- 総務課長\n- 情報公開係長\n" in text
    assert "hearing: false\nhearing_reason: 個人情報を審議するため\n" in text
    assert "agenda:\n- 諮問第1号について\n- その他\n" in text
    assert f"encoding: {encoding}\n" in text
    # the body as it stands, escaped so that Markdown shows the same text
    assert "○会長　ただいまから会議を開きます。\n\n○委員　\\[資料1\\] の2ページについて質問します。\n\n・委員の意見は次のとおり。\n" in text


def test_when_a_text_file_is_neither_utf8_nor_shift_jis_then_it_is_refused(tmp_path, capsys):
    status, _, err = import_text(tmp_path, b"\xff\xfe\x00\x01\x81", capsys)
    assert status == 1 and "文字コード" in err
    assert tree(tmp_path / "content") == []


def test_when_a_markdown_file_holds_tags_then_they_are_kept(tmp_path, capsys):
    source = ("# 第2回審議会\n\n日時：令和元年9月2日 14:00～15:30\n場所：第1会議室\n\n"
              "会長：[[個人情報: 鵺野 鰐子]]さんの件です。\n\n::: redact security\n鷲の設定\n:::\n")
    status, text, err = import_text(tmp_path, source.encode("utf-8"), capsys, name="minutes.md")
    assert status == 0, err
    assert "title: 第2回審議会\n" in text
    assert "会長：[[個人情報: 鵺野 鰐子]]さんの件です。\n\n::: redact security\n鷲の設定\n:::\n" in text


def test_when_a_markdown_tag_is_broken_then_the_import_refuses_as_check_would(tmp_path, capsys):
    source = "# 第2回審議会\n\n日時：令和元年9月2日\n場所：第1会議室\n\n会長：[[個人情報 鵺野]]さん。\n"
    status, _, err = import_text(tmp_path, source.encode("utf-8"), capsys, name="minutes.md")
    assert status == 1 and "コロン" in err
    assert tree(tmp_path / "content") == []


@pytest.mark.parametrize(("written", "day", "start", "end"), [
    ("令和元年9月2日(月)14時～15時30分", "2019-09-02", "14:00", "15:30"),
    ("平成30年1月16日(火) 午後6時～9時10分", "2018-01-16", "18:00", "21:10"),      # 午後 carries over
    ("令和３年５月１０日（月）１３時３０分～１６時４０分", "2021-05-10", "13:30", "16:40"),  # full-width digits
    ("令和二年五月十四日　午後二時から午後四時まで", "2020-05-14", "14:00", "16:00"),   # kanji numerals
    ("2024年5月14日 14:00～15:30", "2024-05-14", "14:00", "15:30"),
    ("2024/11/5 午前10時～正午", "2024-11-05", "10:00", "12:00"),
    ("平成31年4月30日 10時半～", "2019-04-30", "10:30", None),
])
def test_when_a_date_is_written_as_councils_write_it_then_it_is_read(written, day, start, end):
    when = read_when(written)
    assert (when.date.isoformat(), when.start, when.end) == (day, start, end)


@pytest.mark.parametrize("written", ["令和元年4月1日", "平成32年1月1日", "令和3年2月30日",
                                     "令和3年5月10日から令和3年5月20日まで", "未定"])
def test_when_a_date_does_not_exist_or_is_not_one_then_none_is_read(written):
    assert read_when(written).date is None


TRICKY_LINES = ["1. 番号のように見える行", "- 箇条書きのように見える行", "---", "# 見出しのように見える行",
                ": 定義のように見える行", "::: redact personal", "<b>タグのように見える</b> & 記号", "[[personal: 鵺]] と \\[[",
                "*強調* _下線_ `コード` |表| !!! note", "== 二重線 ==", "+ 足し算"]


def test_when_text_looks_like_markdown_or_a_tag_then_it_is_published_as_the_same_text(tmp_path, capsys):
    import html
    import re

    import markdown

    source = "第1回審議会\n日時　令和元年9月2日\n場所　会議室\n\n" + "\n".join(TRICKY_LINES) + "\n"
    status, text, err = import_text(tmp_path, source.encode("utf-8"), capsys)
    assert status == 0, err                      # the import's own check found no tag and no near miss
    body = text.split("---\n", 2)[2]
    rendered = markdown.markdown(body, extensions=["tables", "def_list", "admonition", "footnotes", "sane_lists",
                                                   "redaction.website.markdown_ext"])   # as mkdocs.yml renders
    assert re.findall(r"<(\w+)", rendered) == ["p"] * len(TRICKY_LINES)     # paragraphs only: no list, heading, hr
    shown = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", rendered, re.DOTALL)]
    assert shown == TRICKY_LINES


def test_when_a_text_file_holds_a_tab_separated_header_table_then_it_is_read_as_a_table(tmp_path, capsys):
    source = ("会議結果報告書\n"
              "会議の名称\t令和3年度第1回すみれ市個人情報保護運営審議会\n"
              "開催日時\t令和3年5月10日（月）13時30分～16時40分\n"
              "出席委員\t北村委員（会長）、西田委員（会長職務代理）、 大野委員 （計3人）\n"
              "説明員\t（総務課）高木課長、藤原主査 （保育課）堀主事\n"
              "傍聴の可否\t傍聴不可\t傍聴不可の場合はその理由\t個人情報を含む事項を審議するため\n"
              "議題\t1 開会 2 委嘱状交付 3 議事 （1）諮問事項 （2）報告事項\n"
              "会 議 経 過\t\t\n"
              "(1) 開会\t\t\n"
              "会長から挨拶があった。\n")
    path = tmp_path / "minutes.txt"
    path.write_text(source, encoding="utf-8")
    assert run_import(tmp_path / "content", path, council="kojin-joho") == 0
    text = (tmp_path / "content/kojin-joho/2021/2021-05-10.md").read_text(encoding="utf-8")
    assert "attendees:\n- 北村委員（会長）\n- 西田委員（会長職務代理）\n- 大野委員\n" in text
    assert "secretariat:\n- （総務課）高木課長\n- 藤原主査\n- （保育課）堀主事\n" in text
    assert "hearing: false\nhearing_reason: 個人情報を含む事項を審議するため\n" in text
    assert "agenda:\n- 開会\n- 委嘱状交付\n- 議事\n- 諮問事項\n- 報告事項\n" in text
    assert "会議結果報告書\n\n(1) 開会\n\n会長から挨拶があった。\n" in text.split("---\n", 2)[2]


@pytest.mark.parametrize(("written", "value"), [
    ("可", True), ("傍聴可", True), ("公開", True), ("傍聴 不可", False), ("非公開", False), ("一部非公開", False),
    ("未定", None), ("0人", None),    # not guessed: a head count says nothing about whether the public could attend
])
def test_when_hearing_is_written_then_it_is_read_only_when_exact(written, value):
    from redaction.importing.header import hearing_value
    assert hearing_value(written) is value
