"""Import of Word files: header forms, mark forms (comments → tags), and what Word hides refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_import_kit import HEADER_ROWS, Minutes, run_import, tree

TARGET = "joho-kokai/2024/2024-10-08.md"


def imported(tmp_path: Path, minutes: Minutes, capsys) -> str:
    source = minutes.save(tmp_path / "in" / "minutes.docx")
    status = run_import(tmp_path / "content", source)
    out = capsys.readouterr()
    assert status == 0, out.err
    assert out.out.strip().endswith(TARGET)
    return (tmp_path / "content" / TARGET).read_text(encoding="utf-8")


def refused(tmp_path: Path, minutes: Minutes, capsys) -> str:
    source = minutes.save(tmp_path / "in" / "minutes.docx")
    status = run_import(tmp_path / "content", source)
    err = capsys.readouterr().err
    assert status == 1, err
    assert tree(tmp_path / "content") == []
    return err


def test_when_header_is_a_two_column_table_then_front_matter_is_filled(tmp_path, capsys):
    minutes = Minutes().header_table()
    minutes.heading("1 開会")
    minutes.para("森下会長：ただいまから会議を開きます。")
    text = imported(tmp_path, minutes, capsys)
    assert "title: 令和6年度第3回すみれ市情報公開運営審議会\n" in text
    assert "date: 2024-10-08\nstart: '14:00'\nend: '15:30'\n" in text
    assert "place: すみれ市役所本庁舎 4階 第2会議室\n" in text
    assert "attendees:\n- 森下宏会長\n- 岡部理恵会長職務代理\n- 川端進委員\n" in text
    assert "absentees: []\n" in text
    assert "secretariat:\n- 総務課長\n- 情報公開係長\n" in text
    assert "hearing: true\n" in text
    assert "agenda:\n- 開会\n- 報告\n- 閉会\n" in text
    assert "contact: 総務部総務課情報公開係\n" in text
    assert "## 1 開会\n\n森下会長：ただいまから会議を開きます。\n" in text
    assert "imported_from: minutes.docx\n" in text and "sha256: " in text


def test_when_the_header_table_has_column_heads_then_they_are_not_taken_for_an_item(tmp_path, capsys):
    minutes = Minutes().header_table((("項目", "内容"), *HEADER_ROWS))
    minutes.para("本文。")
    source = minutes.save(tmp_path / "in" / "minutes.docx")
    assert run_import(tmp_path / "content", source) == 0
    assert "項目" not in capsys.readouterr().err
    assert "項目" not in (tmp_path / "content" / TARGET).read_text(encoding="utf-8")


def test_when_header_is_numbered_label_lines_then_front_matter_is_filled(tmp_path, capsys):
    minutes = Minutes()
    minutes.para("令和六年度　第三回　すみれ市情報公開運営審議会　会議録")
    minutes.para("1　日時　令和６年１０月８日（火）１４時～１５時３０分")
    minutes.para("2　場所　市役所本庁舎4階")
    minutes.para("3　出席者　森下会長、岡部委員・川端委員")
    minutes.para("4　議題")
    minutes.para("　(1)　報告事項")
    minutes.para("　(2)　その他")
    minutes.para("森下会長：開会します。")
    text = imported(tmp_path, minutes, capsys)
    assert "title: 令和六年度　第三回　すみれ市情報公開運営審議会　会議録\n" in text   # the line above the labels
    assert "date: 2024-10-08\nstart: '14:00'\nend: '15:30'\n" in text
    assert "attendees:\n- 森下会長\n- 岡部委員\n- 川端委員\n" in text
    assert "agenda:\n- 報告事項\n- その他\n" in text
    assert text.rstrip().endswith("森下会長：開会します。")


def test_when_there_is_no_meeting_name_then_the_first_heading_is_the_title(tmp_path, capsys):
    minutes = Minutes()
    minutes.heading("令和6年度第3回 情報公開運営審議会 会議録", 1)
    minutes.para("日時：令和元年9月2日（月）午後2時～午後4時")
    minutes.para("場所：第1会議室")
    minutes.para("本文です。")
    source = minutes.save(tmp_path / "in" / "m.docx")
    assert run_import(tmp_path / "content", source) == 0
    text = (tmp_path / "content/joho-kokai/2019/2019-09-02.md").read_text(encoding="utf-8")
    assert "title: 令和6年度第3回 情報公開運営審議会 会議録\n" in text
    assert "start: '14:00'\nend: '16:00'\n" in text
    assert "会議録\n\n" not in text.split("---", 2)[2]   # the title heading is not repeated in the body


# --- marks: comments → tags -------------------------------------------------------------------

@pytest.mark.parametrize(("comment", "head"), [
    ("個人情報", "personal"),                                       # an alias
    ("personal", "personal"),                                       # the id
    ("非公開：個人情報", "personal"),                               # 「非公開：」 as clerks write it
    ("非公開 個人", "personal"),                                    # 「非公開」 and a space
    ('入札 until=2027-04-01 note="入札公告前"', 'tender until=2027-04-01 note="入札公告前"'),
    ("public", "public"),                                           # reviewed public text
])
def test_when_a_comment_is_a_tag_head_then_part_of_a_paragraph_becomes_an_inline_tag(tmp_path, capsys, comment, head):
    minutes = Minutes().header_table()
    minutes.para("申出人の", ("鵺野 鰐子", comment), "さんから意見があった。")
    text = imported(tmp_path, minutes, capsys)
    assert f"申出人の[[{head}: 鵺野 鰐子]]さんから意見があった。" in text
    assert comment not in text.replace(head, "") or comment == head   # the comment itself is not imported
    assert "係員 甲" not in text                                      # nor its author


def test_when_a_comment_covers_whole_paragraphs_then_they_become_a_redact_block(tmp_path, capsys):
    minutes = Minutes().header_table()
    minutes.para("前の段落。")
    first = minutes.para("鷲尾麒一の住所は東町一丁目。")
    second = minutes.para("電話は鸚鵡局の番号。")
    minutes.comment_paragraphs([first, second], "個人情報")
    minutes.para("後の段落。")
    text = imported(tmp_path, minutes, capsys)
    assert "前の段落。\n\n::: redact personal\n鷲尾麒一の住所は東町一丁目。\n\n電話は鸚鵡局の番号。\n:::\n\n後の段落。" in text


def test_when_a_comment_covers_a_table_then_it_is_a_block_and_a_cell_comment_is_inline(tmp_path, capsys):
    minutes = Minutes().header_table()
    secret = minutes.table([["機器", "設定"], ["鱈ルータ", "鯱ポート 8443"]])
    minutes.para("間の段落。")
    minutes.document.add_comment([secret.cell(0, 0).paragraphs[0].runs[0], secret.cell(1, 1).paragraphs[0].runs[0]],
                                 text="セキュリティ")
    other = minutes.table([["氏名", "区分"], ["鰯田 鱈子", "委員"]])
    minutes.document.add_comment(other.cell(1, 0).paragraphs[0].runs[0], text="個人情報")
    text = imported(tmp_path, minutes, capsys)
    assert "::: redact security\n| 機器 | 設定 |\n|---|---|\n| 鱈ルータ | 鯱ポート 8443 |\n:::" in text
    assert "| [[personal: 鰯田 鱈子]] | 委員 |" in text


def test_when_a_header_value_is_commented_then_the_front_matter_value_holds_the_tag(tmp_path, capsys):
    minutes = Minutes().header_table((("会議の名称", "第3回審議会"), ("開催日時", "令和6年10月8日 14:00～15:30"),
                                      ("出席者", "森下会長、鵺川 鷺子参考人")))
    cell = minutes.document.tables[0].cell(2, 1).paragraphs[0]
    cell.runs[0].text = "森下会長、"
    run = cell.add_run("鵺川 鷺子参考人")
    minutes.document.add_comment(run, text="個人情報")
    text = imported(tmp_path, minutes, capsys)
    assert "attendees:\n- 森下会長\n- '[[personal: 鵺川 鷺子参考人]]'\n" in text


# --- traps: each refused with nothing written -----------------------------------------------

def _with_raw(xml: str, *, text_before: str = "前の文。") -> Minutes:
    minutes = Minutes().header_table()
    paragraph = minutes.para(text_before)
    minutes.raw_run(paragraph, xml)
    return minutes


TRAPS = [
    ("tracked insertion", '<w:ins w:id="91" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:t>挿入</w:t></w:r></w:ins>',
     "変更履歴"),
    ("tracked deletion", '<w:del w:id="92" w:author="a"><w:r><w:delText>鵺の削除済み</w:delText></w:r></w:del>', "変更履歴"),
    ("formatting change", '<w:r><w:rPr><w:b/><w:rPrChange w:id="93" w:author="a"><w:rPr/></w:rPrChange></w:rPr>'
     '<w:t>太字</w:t></w:r>', "変更履歴"),
    ("hidden text", '<w:r><w:rPr><w:vanish/></w:rPr><w:t>鵺の隠し文字</w:t></w:r>', "隠し文字"),
    ("highlight", '<w:r><w:rPr><w:highlight w:val="yellow"/></w:rPr><w:t>鵺の蛍光</w:t></w:r>', "蛍光ペン"),
    ("black shading", '<w:r><w:rPr><w:shd w:val="clear" w:color="auto" w:fill="000000"/></w:rPr><w:t>鵺の墨</w:t></w:r>',
     "黒く塗られた"),
    ("white text", '<w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>鵺の白</w:t></w:r>', "白い文字"),
    ("field", '<w:fldSimple w:instr=" MERGEFIELD 氏名 "><w:r><w:t>鵺</w:t></w:r></w:fldSimple>', "MERGEFIELD 氏名"),
    ("complex field", '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r>'
     '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2024/10/08</w:t></w:r>'
     '<w:r><w:fldChar w:fldCharType="end"/></w:r>', "フィールド（DATE）"),
    ("text box", '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r>'
     '<w:t>鵺の箱</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>', "テキストボックス"),
    ("embedded object", '<w:r><w:object/></w:r>', "埋め込みオブジェクト"),
    ("footnote", '<w:r><w:footnoteReference w:id="1"/></w:r>', "脚注"),
]


@pytest.mark.parametrize(("name", "xml", "words"), TRAPS, ids=[t[0] for t in TRAPS])
def test_when_word_hides_something_then_import_refuses_and_writes_nothing(tmp_path, capsys, name, xml, words):
    err = refused(tmp_path, _with_raw(xml), capsys)
    assert words in err
    assert "minutes.docx: 第" in err and "paragraph" in err     # file and paragraph named


def test_when_a_hidden_text_comes_from_a_character_style_then_it_is_refused(tmp_path, capsys):
    from docx.enum.style import WD_STYLE_TYPE
    minutes = Minutes().header_table()
    style = minutes.document.styles.add_style("Secret", WD_STYLE_TYPE.CHARACTER)
    style.font.hidden = True
    minutes.para("見える文。").add_run("鵺の見えない文", style="Secret")
    assert "隠し文字" in refused(tmp_path, minutes, capsys)


def test_when_a_paragraph_style_hides_its_text_then_it_is_refused(tmp_path, capsys):
    from docx.enum.style import WD_STYLE_TYPE
    minutes = Minutes().header_table()
    style = minutes.document.styles.add_style("Memo", WD_STYLE_TYPE.PARAGRAPH)
    style.font.hidden = True
    minutes.para("鵺の段落ごと隠した文", style="Memo")
    assert "隠し文字" in refused(tmp_path, minutes, capsys)


def test_when_highlighted_text_has_a_category_comment_then_it_is_withheld(tmp_path, capsys):
    minutes = Minutes().header_table()
    from docx.enum.text import WD_COLOR_INDEX
    paragraph = minutes.para("委員：")
    run = paragraph.add_run("鵺沢の件")
    run.font.highlight_color = WD_COLOR_INDEX.BLACK
    minutes.document.add_comment(run, text="審議検討")
    text = imported(tmp_path, minutes, capsys)
    assert "委員：[[deliberation: 鵺沢の件]]" in text


@pytest.mark.parametrize("comment", ["山田さんに確認してください", "個人情報？", "unknown-category", "個人情報 until=2027-13-01",
                                     "個人情報: 鵺"])
def test_when_a_comment_is_not_a_tag_head_then_import_refuses(tmp_path, capsys, comment):
    minutes = Minutes().header_table()
    minutes.para("本文の", ("鵺の一部", comment), "です。")
    err = refused(tmp_path, minutes, capsys)
    assert "非公開の区分ではありません" in err and "not a tag head" in err


def test_when_one_of_several_files_has_a_problem_then_nothing_is_written_for_any(tmp_path, capsys):
    good = Minutes().header_table()
    good.para("正しい文書。")
    bad = _with_raw('<w:r><w:rPr><w:vanish/></w:rPr><w:t>鵺</w:t></w:r>')
    good.save(tmp_path / "in" / "a.docx")
    bad.save(tmp_path / "in" / "b.docx")
    assert run_import(tmp_path / "content", tmp_path / "in" / "a.docx", tmp_path / "in" / "b.docx") == 1
    assert "b.docx" in capsys.readouterr().err
    assert tree(tmp_path / "content") == []


def test_when_images_are_present_then_they_are_left_out_with_a_warning(tmp_path, capsys):
    import base64
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
    (tmp_path / "dot.png").write_bytes(png)
    minutes = Minutes().header_table()
    minutes.para("図のとおり。")
    minutes.document.add_picture(str(tmp_path / "dot.png"))
    minutes.document.add_picture(str(tmp_path / "dot.png"))
    source = minutes.save(tmp_path / "in" / "minutes.docx")
    assert run_import(tmp_path / "content", source) == 0
    assert "画像2件は取り込みませんでした" in capsys.readouterr().err
    assert "png" not in (tmp_path / "content" / TARGET).read_text(encoding="utf-8").lower()


def test_when_document_properties_and_page_headers_hold_text_then_none_of_it_is_imported(tmp_path, capsys):
    minutes = Minutes().header_table()
    minutes.para("本文。")
    minutes.document.core_properties.author = "鵺井 作成者"
    minutes.document.core_properties.comments = "鰐の内部メモ"
    minutes.document.sections[0].header.paragraphs[0].text = "鷲の部外秘ヘッダー"
    minutes.document.sections[0].footer.paragraphs[0].text = "鷺のフッター"
    text = imported(tmp_path, minutes, capsys)
    for hidden in ("鵺井", "鰐の内部", "鷲の部外秘", "鷺のフッター"):
        assert hidden not in text


def test_when_the_date_or_hearing_cell_is_commented_then_import_refuses_rather_than_drop_the_mark(tmp_path, capsys):
    for row in (1, 6):
        minutes = Minutes().header_table()
        cell = minutes.document.tables[0].cell(row, 1).paragraphs[0]
        minutes.document.add_comment(cell.runs[0], text="個人情報")
        minutes.para("本文。")
        err = refused(tmp_path / str(row), minutes, capsys)
        assert "コメント（非公開の印）を付けられません" in err


def test_when_a_comment_runs_from_one_paragraph_into_the_next_then_each_part_is_an_inline_tag(tmp_path, capsys):
    minutes = Minutes().header_table()
    first = minutes.para("前半は公開、", "鵺の住所は")
    second = minutes.para("鰐町三番地で", "、後半は公開。")
    minutes.document.add_comment([first.runs[1], second.runs[0]], text="個人情報")
    text = imported(tmp_path, minutes, capsys)
    assert "前半は公開、[[personal: 鵺の住所は]]\n\n[[personal: 鰐町三番地で]]、後半は公開。" in text


def test_when_comments_of_different_categories_overlap_then_import_refuses(tmp_path, capsys):
    minutes = Minutes().header_table()
    paragraph = minutes.para("甲", "鵺", "乙")
    minutes.document.add_comment(paragraph.runs[0:2], text="個人情報")
    minutes.document.add_comment(paragraph.runs[1:3], text="法人情報")
    assert "重なっています" in refused(tmp_path, minutes, capsys)


def test_when_a_tag_comment_covers_no_text_then_import_refuses(tmp_path, capsys):
    minutes = Minutes().header_table()
    paragraph = minutes.para("本文。")
    blank = paragraph.add_run(" ")
    minutes.document.add_comment(blank, text="個人情報")
    assert "文字を囲んでいません" in refused(tmp_path, minutes, capsys)


def test_when_the_minutes_continue_inside_the_header_table_then_rows_after_the_record_label_are_the_body(tmp_path, capsys):
    rows = (("会議の名称", "第3回審議会"), ("開催日時", "令和6年10月8日 14:00～15:30"), ("会 議 経 過", ""),
            ("(1) 開会", "会長が開会を宣言した。"), ("(2) 報告", "鵺の事案について報告があった。"))
    minutes = Minutes().header_table(rows)
    cell = minutes.document.tables[0].cell(4, 1).paragraphs[0]
    minutes.document.add_comment(cell.runs[0], text="個人情報")
    text = imported(tmp_path, minutes, capsys)
    body = text.split("---\n", 2)[2]
    assert "(1) 開会\n\n会長が開会を宣言した。\n\n(2) 報告\n\n::: redact personal\n鵺の事案について報告があった。\n:::" in body


def test_when_many_paragraphs_have_problems_then_every_one_is_listed_in_document_order(tmp_path, capsys):
    minutes = Minutes().header_table()
    for number in range(1, 13):
        paragraph = minutes.para(f"{number}番目の段落。")
        if number in (2, 11):
            minutes.raw_run(paragraph, '<w:r><w:rPr><w:vanish/></w:rPr><w:t>鵺</w:t></w:r>')
    err = refused(tmp_path, minutes, capsys)
    places = [line.split(": ")[1] for line in err.splitlines() if "隠し文字" in line]
    assert places == ["第2段落（「2番目の段落。鵺」）", "第11段落（「11番目の段落。鵺」）"]
    assert "/ paragraph 2: hidden text" in err and "/ paragraph 11: hidden text" in err


def test_when_text_sits_in_content_controls_then_it_is_read_but_a_placeholder_is_not(tmp_path, capsys):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    minutes = Minutes().header_table()
    paragraph = minutes.para("委員：")
    minutes.raw_run(paragraph, '<w:sdt><w:sdtContent><w:r><w:t>制御の中の発言。</w:t></w:r></w:sdtContent></w:sdt>'
                               '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>ここをクリックして入力'
                               '</w:t></w:r></w:sdtContent></w:sdt>')
    table = minutes.table([["項目", "内容"]])
    table._tbl.append(parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtContent><w:tr><w:tc><w:p><w:r><w:t>包まれた行</w:t></w:r></w:p>'
                                '</w:tc><w:tc><w:p><w:r><w:t>値</w:t></w:r></w:p></w:tc></w:tr></w:sdtContent></w:sdt>'))
    text = imported(tmp_path, minutes, capsys)
    assert "委員：制御の中の発言。\n" in text and "ここをクリック" not in text
    assert "| 包まれた行 | 値 |" in text


def test_when_a_varied_body_is_imported_then_no_text_of_it_is_lost(tmp_path, capsys):
    import html
    import re

    minutes = Minutes().header_table()
    minutes.heading("1 開会", 1)
    minutes.para("森下会長：1. 番号のような書き出し。* 記号 & <記号> [括弧] #番号")
    minutes.para("・中黒で始まる行", style="List Bullet")
    minutes.para("二つ目の項目", style="List Number")
    minutes.heading("2 報告", 2)
    minutes.table([["区分", "件数"], ["全部開示", "262"], ["部分開示 | 一部", "239"]])
    minutes.para("日時　これは本文の中の項目名のような行")
    minutes.para("=== 区切り ===")
    text = imported(tmp_path, minutes, capsys)
    body = html.unescape(text.split("---\n", 2)[2]).replace("\\", "")
    squeezed = re.sub(r"\s", "", body)
    for table in minutes.document.tables[1:]:
        for row in table.rows:
            for cell in row.cells:
                assert re.sub(r"\s", "", cell.text) in squeezed, cell.text
    for paragraph in minutes.document.paragraphs:
        assert re.sub(r"\s", "", paragraph.text) in squeezed, paragraph.text
