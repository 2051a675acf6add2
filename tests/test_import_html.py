"""Import of web pages: only the minutes, the header table read, the site's chrome dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_import_kit import run_import, tree

# A page shaped like a city site: site header, global navigation, breadcrumbs, side menu,
# the minutes in a content div (no <main>), a footer, scripts and styles.
CITY_PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="{charset}"><title>会議録 | すみれ市</title>
<style>#tmp_header {{ color: red }}</style><script>var tracker = "鵺の追跡";</script></head>
<body>
<div id="tmp_header"><p class="logo"><a href="/">すみれ市 ホームページ</a></p>
<ul id="tmp_gnavi"><li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/kosodate/">子育て・教育</a></li></ul></div>
<div id="tmp_pankuzu"><a href="/">トップページ</a> &gt; 市政情報 &gt; 審議会</div>
<div id="tmp_wrapper">
<div id="tmp_side"><h2>このカテゴリのページ</h2><ul><li>鰐の別ページ</li></ul></div>
<div id="tmp_contents">
<h1>令和6年度第2回情報公開運営審議会の会議録</h1>
<p class="update">更新日：2024年12月2日</p>
<table border="1">
<tr><th scope="row">会議の名称</th><td>令和6年度第2回情報公開運営審議会</td></tr>
<tr><th scope="row">開催日時</th><td>令和6年11月5日（火曜日）午後2時から午後3時50分まで</td></tr>
<tr><th scope="row">開催場所</th><td>市役所本庁舎3階　第1会議室</td></tr>
<tr><th scope="row">出席者</th><td>（委員）森下会長・岡部委員・川端委員<br>（事務局）総務課長・情報公開係長</td></tr>
<tr><th scope="row">傍聴の可否</th><td>傍聴可</td><th>傍聴者数</th><td>2人</td></tr>
<tr><th scope="row">会議次第</th><td><ol><li>報告 運用状況について</li><li>その他</li></ol></td></tr>
</table>
<h2>会議経過</h2>
<h3>1　報告</h3>
<p>総務課長：開示請求は536件でした。<br>
前年度より増えています。</p>
<p>川端委員：内訳を教えてほしい。</p>
<ul><li>全部開示 262件</li><li>部分開示 239件</li></ul>
<p><img src="/img/photo.jpg" alt="会議の様子"></p>
</div></div>
<div id="tmp_footer"><p>すみれ市役所 〒000-0000 すみれ市中央1-1 鷲の代表電話</p></div>
<script src="/js/common.js"></script>
</body></html>
"""
TARGET = "joho-kokai/2024/2024-11-05.md"


def import_page(tmp_path: Path, html: str | bytes, capsys, name: str = "page.html") -> tuple[int, str, str]:
    page = tmp_path / "in" / name
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_bytes(html.encode("utf-8") if isinstance(html, str) else html)
    status = run_import(tmp_path / "content", page)
    err = capsys.readouterr().err
    target = tmp_path / "content" / TARGET
    return status, target.read_text(encoding="utf-8") if target.exists() else "", err


def imported_page(tmp_path: Path, html: str | bytes, capsys) -> str:
    status, text, err = import_page(tmp_path, html, capsys)
    assert status == 0, err
    return text


@pytest.mark.parametrize("content_id", ["tmp_contents",   # a CMS content area: read as it is
                                        "kiji"])          # no known content area: the site's chrome taken out
def test_when_a_city_page_is_imported_then_only_the_minutes_are_kept(tmp_path, capsys, content_id):
    html = CITY_PAGE.format(charset="utf-8").replace('id="tmp_contents"', f'id="{content_id}"')
    status, text, err = import_page(tmp_path, html, capsys)
    assert status == 0, err
    assert "title: 令和6年度第2回情報公開運営審議会\n" in text
    assert "date: 2024-11-05\nstart: '14:00'\nend: '15:50'\n" in text
    assert "place: 市役所本庁舎3階　第1会議室\n" in text
    assert "attendees:\n- 森下会長\n- 岡部委員\n- 川端委員\n" in text
    assert "secretariat:\n- 総務課長\n- 情報公開係長\n" in text
    assert "hearing: true\n" in text
    assert "\n傍聴者数：2人\n" in text                      # a head count is kept in the body as it stands
    assert "agenda:\n- 報告 運用状況について\n- その他\n" in text
    assert "### 1　報告\n\n総務課長：開示請求は536件でした。  \n前年度より増えています。\n" in text
    assert "- 全部開示 262件\n- 部分開示 239件" in text
    for chrome in ("くらし・手続き", "トップページ", "鰐の別ページ", "鷲の代表電話", "鵺の追跡", "color: red", "photo.jpg"):
        assert chrome not in text, chrome
    assert "画像1件は取り込みませんでした" in err


def test_when_a_page_has_main_then_only_main_is_read(tmp_path, capsys):
    html = ("<!DOCTYPE html><html><body><header>鰐のサイト名</header><nav>鷲のメニュー</nav><main>"
            "<h1>第2回審議会</h1><p>日時：2024年11月5日 14:00～15:50</p><p>場所：第1会議室</p><p>本文の段落。</p>"
            "<nav>鷺のページ内メニュー</nav></main><footer>鴎の住所</footer></body></html>")
    text = imported_page(tmp_path, html, capsys)
    assert "title: 第2回審議会\n" in text and "本文の段落。" in text
    assert not any(word in text for word in ("鰐", "鷲", "鷺", "鴎"))


def test_when_a_page_is_shift_jis_then_it_is_read_by_its_meta_charset(tmp_path, capsys):
    html = CITY_PAGE.format(charset="Shift_JIS").encode("cp932")
    text = imported_page(tmp_path, html, capsys)
    assert "総務課長：開示請求は536件でした。" in text and "encoding: cp932" in text


@pytest.mark.parametrize("hidden", ['<p style="display:none">鵺の隠し段落</p>', '<p hidden>鵺の隠し段落</p>',
                                    '<p><span style="background-color:#000000">鵺の黒塗り</span></p>'])
def test_when_a_page_hides_text_then_import_refuses(tmp_path, capsys, hidden):
    html = CITY_PAGE.format(charset="utf-8").replace("<p>川端委員", hidden + "<p>川端委員")
    status, _, err = import_page(tmp_path, html, capsys)
    assert status == 1
    assert tree(tmp_path / "content") == []
    assert "page.html: 第" in err


def test_when_a_meeting_was_held_in_writing_over_several_days_then_the_date_is_not_guessed(tmp_path, capsys):
    html = ("<html><body><main><h1>書面会議</h1><table><tr><th>会議の名称</th><td>第4回審議会（書面開催）</td></tr>"
            "<tr><th>開催日時</th><td>令和7年2月3日から令和7年2月10日まで</td></tr><tr><th>備考欄</th><td>書面で意見を聴取</td></tr>"
            "</table><p>意見はありませんでした。</p></main></body></html>")
    status, _, err = import_page(tmp_path, html, capsys)
    assert status == 1 and "--date" in err
    page = tmp_path / "in" / "page.html"
    from tests.test_import_kit import run_import as again
    assert again(tmp_path / "content", page, extra=["--date", "2025-02-10"]) == 0
    err = capsys.readouterr().err
    text = (tmp_path / "content/joho-kokai/2024/2025-02-10.md").read_text(encoding="utf-8")
    assert "date: 2025-02-10\n" in text
    assert "開催日時：令和7年2月3日から令和7年2月10日まで" in text     # left in the body as text
    assert "備考欄：書面で意見を聴取" in text                            # an unknown label too
    assert "複数" in err and "備考欄" in err                             # and the import says so


def test_when_a_body_table_cell_has_line_breaks_then_they_join_in_one_markdown_cell(tmp_path, capsys):
    html = ("<html><body><main><h1>第2回審議会</h1><p>日時：2024年11月5日</p><p>場所：会議室</p>"
            "<table><tr><th>区分</th><th>件数</th></tr><tr><td>全部開示<br>（前年度）</td><td>262 | 250</td></tr></table>"
            "</main></body></html>")
    text = imported_page(tmp_path, html, capsys)
    assert "| 区分 | 件数 |\n|---|---|\n| 全部開示 （前年度） | 262 \\| 250 |" in text


def test_when_the_header_is_a_definition_list_then_it_is_read_like_a_table(tmp_path, capsys):
    html = ("<html><body><div id='contents'><h1>第2回審議会 会議録</h1><dl><dt>会議名</dt><dd>令和6年度第2回審議会</dd>"
            "<dt>日時</dt><dd>令和6年11月5日（火曜日）14時00分～15時50分</dd><dt>場所</dt><dd>第1会議室</dd>"
            "<dt>出席者</dt><dd>森下会長、岡部委員</dd><dd>川端委員</dd></dl><h2>内容</h2><p>本文。</p></div></body></html>")
    text = imported_page(tmp_path, html, capsys)
    assert "title: 令和6年度第2回審議会\n" in text and "start: '14:00'\nend: '15:50'\n" in text
    assert "attendees:\n- 森下会長\n- 岡部委員\n- 川端委員\n" in text
