"""`build.py serve`: the preview, run as a clerk runs it (a real process on a free port, real builds,
headless Chromium for what the browser shows), always stopped with Ctrl+C (SIGINT)."""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from redaction.preview.server import host_is_local, is_loopback
from tests.audit_corpus import write_corpus
from tests.conftest import CONFIG, REPO, TODAY, config_variant, tree_bytes, write

DOC_A = "kojin-joho/2025/2025-06-05.md"
PAGE_A = "/kojin-joho/2025/2025-06-05/"
REVIEW_A = "/_sumi/review/kojin-joho--2025--2025-06-05.html"
NOTICE = "プレビュー — 公開サイトではありません"
WITHHELD = "河原崎 美津子"   # DOC_A's withheld personal name (note: 申出人の氏名)
NAMED = """---
title: 令和7年度第3回個人情報保護運営審議会
council: kojin-joho
date: 2025-11-06
---

## 報告

（総務課）窓口の案内について、市民の山田花子さんから御意見をいただきました。
"""


class Preview:
    """`python build.py serve` in a process of its own, from a folder holding site/ and archive/ to guard."""

    def __init__(self, root: Path, content: Path, *extra: str, config: Path = CONFIG) -> None:
        self.root, self.content = root, content
        self.tmp, self.cwd = root / "tmp", root / "cwd"
        for folder in (self.tmp, self.cwd / "site", self.cwd / "archive"):
            folder.mkdir(parents=True)
        write(self.cwd, "site/index.html", "published before")
        write(self.cwd, "archive/bundle.zip", b"PK-published-before")
        self.guarded = tree_bytes(self.cwd)
        self.log = (root / "serve.log").open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, str(REPO / "build.py"), "serve", "--content", str(content), "--config", str(config),
             "--port", "0", "--today", TODAY, *extra],
            cwd=self.cwd, stdout=subprocess.PIPE, stderr=self.log, text=True, encoding="utf-8",
            env={**os.environ, "TMPDIR": str(self.tmp), "PYTHONUNBUFFERED": "1"})
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.url = self._wait_for_url()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)

    def _wait_for_url(self) -> str:
        while True:
            try:
                line = self.lines.get(timeout=180)
            except queue.Empty:
                self.stop()
                raise AssertionError(f"no URL printed: {(self.root / 'serve.log').read_text(encoding='utf-8')}") from None
            if match := re.search(r"(http://[^/\s]+)/", line):
                return match[1]

    @property
    def private(self) -> list[Path]:
        return sorted(self.tmp.glob("sumi-preview-*"))

    def get(self, path: str, host: str | None = None) -> tuple[int, str]:
        request = urllib.request.Request(self.url + path, headers={"Host": host} if host else {})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8")

    def epoch(self) -> int:
        """The version of the preview the server shows now (from the reload script it puts in every page)."""
        html = self.get("/")[1]
        return int(re.search(r"livereload\((\d+),", html)[1])

    def wait_for_rebuild(self, since: int) -> None:
        """Wait until a rebuild after `since` has finished: the reload script's own request answers then."""
        for _ in range(2):   # each answers after at most a minute, even with nothing new
            status, answer = self.get(f"/livereload/{since}/1")
            if status == 200 and int(answer) > since:
                return
        raise AssertionError("no rebuild")

    def stop(self) -> int:
        """Ctrl+C; the exit status (killed after 60 s)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise
        finally:
            self.log.close()


def _corpus(root: Path) -> Path:
    content = write_corpus(root)
    write(content, "kojin-joho/2025/2025-11-06.md", NAMED)
    return content


def _served(tmp_path_factory: pytest.TempPathFactory, name: str) -> Iterator[Preview]:
    """A preview of the test corpus in a folder of its own, stopped when the module's tests are done."""
    root = tmp_path_factory.mktemp(name)
    server = Preview(root, _corpus(root))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Preview]:
    yield from _served(tmp_path_factory, "serve")


def test_when_served_then_the_page_is_the_public_one_with_a_notice_that_no_built_file_holds(preview) -> None:
    status, html = preview.get(PAGE_A)
    assert status == 200
    assert NOTICE in html and "非公開（個人情報）" in html
    assert WITHHELD not in html and "申出人の氏名" not in html
    [folder] = preview.private
    built = (folder / "site" / PAGE_A.strip("/") / "index.html").read_text(encoding="utf-8")
    assert NOTICE not in built and "livereload" not in built
    assert built.split("<body", 1)[1].split(">", 1)[1][:200] in html  # the page itself, as built


def test_when_the_review_view_is_opened_on_this_pc_then_withheld_text_shows_with_category_until_and_note(
        preview) -> None:
    status, html = preview.get(REVIEW_A)
    assert status == 200
    for text in (WITHHELD, "個人情報", "申出人の氏名", "予定価格 1,840万円", "2030-04-01（未到来）", "対策の詳細"):
        assert text in html
    status, index = preview.get("/_sumi/review/")
    assert status == 200 and DOC_A in index and "kojin-joho--2025--2025-06-05.html" in index


def test_when_the_detector_warns_then_the_review_view_shows_the_finding_under_its_line(preview) -> None:
    status, html = preview.get("/_sumi/review/kojin-joho--2025--2025-11-06.html")
    assert status == 200
    row = html.split('id="L9"', 1)[1].split("</tr>", 2)
    assert "山田花子" in row[0]                                    # the source line 9 …
    assert 'class="sp-finding-row"' in row[1] and "kojin-joho/2025/2025-11-06.md:9:" in row[1]  # … then its finding


def test_when_the_host_header_names_another_site_then_the_review_view_is_refused(preview) -> None:
    port = preview.url.rsplit(":", 1)[1]
    status, html = preview.get(REVIEW_A, host=f"rebound.example:{port}")
    assert status == 403 and WITHHELD not in html
    assert preview.get(REVIEW_A, host=f"localhost:{port}")[0] == 200


@pytest.mark.parametrize(("host", "port", "local"), [
    ("127.0.0.1:8000", 8000, True),
    ("localhost:8000", 8000, True),
    ("[::1]:8000", 8000, True),
    ("127.0.0.1:8001", 8000, False),        # another port
    ("rebound.example:8000", 8000, False),  # DNS rebinding: a foreign name resolved to 127.0.0.1
    ("192.168.1.5:8000", 8000, False),
    ("", 8000, False),
])
def test_when_the_host_header_is_read_then_only_this_pc_and_port_pass(host: str, port: int, local: bool) -> None:
    assert host_is_local(host, port) is local


@pytest.mark.parametrize(("address", "loopback"), [
    ("127.0.0.1", True), ("127.0.0.2", True), ("::1", True), ("::ffff:127.0.0.1", True), ("localhost", True),
    ("0.0.0.0", False), ("192.168.1.5", False), ("::", False),
])
def test_when_an_address_is_read_then_loopback_is_told_apart(address: str, loopback: bool) -> None:
    assert is_loopback(address) is loopback


def test_when_bound_to_another_address_then_the_review_view_is_off_and_nothing_is_left(tmp_path: Path) -> None:
    content = _corpus(tmp_path)
    sources = tree_bytes(content)
    server = Preview(tmp_path, content, "--bind", "0.0.0.0")
    try:
        [folder] = server.private
        assert folder.stat().st_mode & 0o777 == 0o700
        assert server.url.startswith("http://127.0.0.1:")   # the address this PC opens
        assert server.get(PAGE_A)[0] == 200
        status, html = server.get(REVIEW_A)
        assert status == 403 and WITHHELD not in html and "--bind" in html
    finally:
        assert server.stop() == 0
    assert server.private == []                        # the private folder is gone
    assert tree_bytes(server.cwd) == server.guarded    # site/ and archive/ untouched; no .sumi-work here
    assert tree_bytes(content) == sources              # nothing written into the sources
    assert sorted(p.name for p in server.cwd.iterdir()) == ["archive", "site"]


# ---------------------------------------------------------------- in headless Chromium

WAIT_MS = 120_000   # a rebuild of this corpus takes a few seconds; a shared machine may be slow


@pytest.fixture(scope="module")
def editable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Preview]:
    """A preview whose sources the tests edit (the read-only tests use `preview`)."""
    yield from _served(tmp_path_factory, "serve-edit")


def _edit(content: Path, old: str, new: str) -> None:
    path = content / DOC_A
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _open(browser, url: str, width: int = 1280):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(url)
    return page


@pytest.mark.browser
def test_when_a_source_is_edited_then_the_open_page_shows_it_without_a_manual_rebuild(
        browser, editable: Preview, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page = _open(browser, editable.url + PAGE_A)
    expect(page.locator(".sumi-preview-notice")).to_contain_text(NOTICE)
    expect(page.locator("article")).not_to_contain_text("次回は十二月に開催する")
    _edit(editable.content, "閉会した。", "閉会した。次回は十二月に開催する予定である。")
    expect(page.locator("article")).to_contain_text("次回は十二月に開催する予定である", timeout=WAIT_MS)
    page.screenshot(path=str(tmp_path / "preview-page.png"), full_page=False)
    page.close()


@pytest.mark.browser
def test_when_a_tag_is_broken_then_the_error_page_lists_it_and_the_last_good_preview_stays(
        browser, editable: Preview, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page = _open(browser, editable.url + PAGE_A)
    expect(page.locator("article")).to_contain_text("苦情の申出人は")
    good_title = page.title()
    _edit(editable.content, '[[personal note="申出人の氏名": ', "[[personal ")   # no colon: a broken tag
    expect(page.locator("h1")).to_contain_text("プレビューを更新できません", timeout=WAIT_MS)
    locations = page.locator("code.sp-loc").all_inner_texts()
    assert any(re.fullmatch(rf"{DOC_A}:20:\d+", text) for text in locations), locations
    assert page.locator(".sp-ja").first.inner_text() and page.locator(".sp-en").count() > 0
    page.screenshot(path=str(tmp_path / "error-page.png"), full_page=True)

    last_good = _open(browser, editable.url + page.locator("a.sp-button").get_attribute("href"))
    assert last_good.title() == good_title
    expect(last_good.locator("article")).to_contain_text("苦情の申出人は")
    expect(last_good.locator(".sumi-preview-notice")).to_contain_text("前回の正常なプレビュー")
    assert WITHHELD not in last_good.content()

    _edit(editable.content, "[[personal ", '[[personal note="申出人の氏名": ')   # mended: the error page reloads
    expect(page.locator("article")).to_contain_text("苦情の申出人は", timeout=WAIT_MS)
    assert page.title() == good_title
    page.close()
    last_good.close()


@pytest.mark.browser
def test_when_the_review_view_is_opened_then_it_shows_what_the_public_page_does_not(
        browser, preview: Preview, tmp_path: Path) -> None:
    page = _open(browser, preview.url + PAGE_A, width=1400)
    public = page.locator("article").inner_text()
    assert WITHHELD not in public and "申出人の氏名" not in public
    assert "非公開・個人情報" in public, public[public.find("苦情の申出人は"):][:80]
    page.locator(".sumi-preview-notice a").click()
    page.wait_for_url(f"**{REVIEW_A}")
    row = page.locator("tr", has=page.locator("td.src", has_text=WITHHELD))
    assert "非公開（個人情報）" in row.locator("td.pub").inner_text()
    assert "申出人の氏名" in row.locator("a.badge").first.get_attribute("title")
    note = page.locator("tr.sp-note-row", has_text="申出人の氏名")   # the note, in place under its line
    assert "個人情報" in note.inner_text() and note.is_visible()
    assert page.locator("tr.sp-note-row").count() == 2   # DOC_A's two notes (申出人の氏名, 対策の詳細)
    mark = page.locator("table.marks tr", has_text=WITHHELD)
    assert "個人情報" in mark.inner_text() and "申出人の氏名" in mark.inner_text()
    assert "2030-04-01（未到来）" in page.locator("table.marks").inner_text()
    background = row.locator("td.src mark.withheld").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background == "rgb(255, 214, 214)"   # the audit's stylesheet, served from memory
    page.screenshot(path=str(tmp_path / "review-document.png"), full_page=True)
    page.goto(preview.url + "/_sumi/review/kojin-joho--2025--2025-11-06.html")
    assert "山田花子" in page.locator("tr.sp-finding-row").inner_text()
    page.screenshot(path=str(tmp_path / "review-finding.png"), full_page=True)
    page.goto(preview.url + "/_sumi/review/")
    page.screenshot(path=str(tmp_path / "review-index.png"), full_page=True)
    page.close()


def _outbound_address() -> str | None:
    """This machine's address on its network (not loopback), or None."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))   # TEST-NET-1: no packet is sent for a UDP connect
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if is_loopback(address) else address


def test_when_bound_to_all_addresses_then_another_computer_sees_where_problems_are_but_not_what(
        tmp_path: Path) -> None:
    address = _outbound_address()
    if address is None:
        pytest.skip("no network address besides loopback")
    content = _corpus(tmp_path)
    server = Preview(tmp_path, content, "--bind", "0.0.0.0")
    try:
        port = server.url.rsplit(":", 1)[1]
        since = server.epoch()
        with (content / "kojin-joho/2023/2023-10-19.md").open("a", encoding="utf-8") as source:
            source.write(f"\n{WITHHELD} さんが傍聴した。\n")   # withheld elsewhere, untagged here: a problem quoting it
        server.wait_for_rebuild(since)
        status, here = server.get(PAGE_A)
        assert "プレビューを更新できません" in here and WITHHELD in here   # this PC: the whole message
        server.url = f"http://{address}:{port}"
        status, there = server.get(PAGE_A)
        assert "プレビューを更新できません" in there and "kojin-joho/2023/2023-10-19.md:11:1" in there, re.findall(r"sp-loc\">([^<]*)", there)
        assert WITHHELD not in there
        status, review = server.get(REVIEW_A, host=f"127.0.0.1:{port}")
        assert status == 403 and WITHHELD not in review
    finally:
        assert server.stop() == 0


def test_when_the_configuration_or_the_theme_changes_then_the_preview_follows(tmp_path: Path) -> None:
    theme = shutil.copytree(REPO / "theme", tmp_path / "site-config" / "theme")
    config = config_variant(tmp_path / "site-config")
    config.write_text(config.read_text(encoding="utf-8").replace(str(REPO / "theme"), str(theme)), encoding="utf-8")
    server = Preview(tmp_path, _corpus(tmp_path), config=config)
    try:
        since = server.epoch()
        config.write_text(config.read_text(encoding="utf-8").replace("すみれ市 審議会会議録", "すみれ市 会議録（試行）"),
                          encoding="utf-8")
        server.wait_for_rebuild(since)
        assert "すみれ市 会議録（試行）" in server.get(PAGE_A)[1]

        since = server.epoch()
        with (theme / "assets" / "sumi.css").open("a", encoding="utf-8") as css:
            css.write("\n/* changed while previewing */\n")
        server.wait_for_rebuild(since)
        assert "changed while previewing" in server.get("/assets/sumi.css")[1]

        since, main = server.epoch(), (theme / "main.html").read_text(encoding="utf-8")
        (theme / "main.html").write_text(main + "\n{% block broken %}\n", encoding="utf-8")   # a template error
        server.wait_for_rebuild(since)
        status, html = server.get(PAGE_A)
        assert status == 200 and "プレビューを更新できません" in html and "前回の正常なプレビューを見る" in html
        assert "すみれ市 会議録（試行）" in server.get("/_sumi/last-good" + PAGE_A)[1]

        since = server.epoch()
        (theme / "main.html").write_text(main, encoding="utf-8")
        server.wait_for_rebuild(since)
        assert "プレビューを更新できません" not in server.get(PAGE_A)[1]
    finally:
        assert server.stop() == 0
    assert server.private == []
    assert sorted(p.name for p in config.parent.iterdir()) == ["mkdocs.yml", "theme"]   # nothing beside the config


def test_when_a_council_requires_approval_then_the_preview_shows_the_pending_version_and_says_it_waits(
        tmp_path: Path) -> None:
    import yaml
    from mkdocs.utils.yaml import get_yaml_loader

    raw = yaml.load(CONFIG.read_text(encoding="utf-8"), Loader=get_yaml_loader())
    councils = raw["sumi"]["councils"]
    councils["kojin-joho"]["approval"] = "required"
    config = config_variant(tmp_path / "site-config", councils=councils)
    server = Preview(tmp_path, _corpus(tmp_path), config=config)
    try:
        status, html = server.get(PAGE_A)
        assert status == 200 and NOTICE in html
        assert "承認待ち（新規）: 承認されるまで公開サイトには出ません" in html
        [folder] = server.private
        built = (folder / "site" / PAGE_A.strip("/") / "index.html").read_text(encoding="utf-8")
        assert "承認待ち" not in built   # the notice is the server's, never the built page's
        assert "承認待ち" not in server.get("/joho-kokai/")[1]   # a council without approval: nothing waits
    finally:
        assert server.stop() == 0
    assert sorted(p.name for p in config.parent.iterdir()) == ["mkdocs.yml"]   # no approvals file written


def test_when_the_port_is_taken_then_serve_stops_with_usage_status_and_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import socket
    import tempfile

    from redaction.cli import main

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--content", str(_corpus(tmp_path / "c")), "--config", str(CONFIG),
                     "--port", str(port)]) == 2
    assert "待ち受けできません" in capsys.readouterr().err
    assert list(tmp_path.glob("sumi-preview-*")) == []


@pytest.mark.parametrize("args", [
    ["--content", "no-such-folder"],
    ["--config", "no-such.yml"],
    ["--port", "70000"],
    ["--today", "2026-13-01"],
])
def test_when_serve_is_misused_then_the_status_is_2(args: list[str], tmp_path: Path) -> None:
    from redaction.cli import main

    assert main(["serve", "--content", str(_corpus(tmp_path)), "--config", str(CONFIG), *args]) == 2


def test_when_the_first_build_fails_then_the_error_page_says_there_is_no_good_preview_yet(tmp_path: Path) -> None:
    content = _corpus(tmp_path)
    write(content, "joho-kokai/2025/2025-09-01.md", "---\ntitle: 会議\ncouncil: joho-kokai\ndate: 2025-09-01\n---\n\n"
                                                    "[[no-such-category: 文]]\n")
    server = Preview(tmp_path, content)
    try:
        for path in ("/", PAGE_A, "/_sumi/errors"):
            status, html = server.get(path)
            assert status == 200 and "プレビューを更新できません" in html and "正常に作成できたプレビューはまだありません" in html
            assert "joho-kokai/2025/2025-09-01.md:7:" in html
        review = server.get("/_sumi/review/")[1]
        assert "プレビューを更新できません" in review and WITHHELD not in review
    finally:
        assert server.stop() == 0
    assert server.private == []


def test_when_served_then_the_built_site_is_byte_for_byte_what_build_publishes(preview, tmp_path: Path) -> None:
    from tests.conftest import build

    [folder] = preview.private
    assert build(preview.content, tmp_path) == 0
    assert tree_bytes(folder / "site") == tree_bytes(tmp_path / "site")
