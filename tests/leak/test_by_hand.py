"""`mkdocs build` or `mkdocs serve` run by hand can only ever read redacted Markdown: the
shipped mkdocs.yml's docs_dir is the staging folder the build writes, never content/."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml
from leakkit import REPO, Project, find_canaries, new_project

from redaction.pipeline import WORK_DIR_NAME

CANARY = "鵺手作業鰐"
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
CANARY_BLOCK = "鷲手作業の塊鷺"


def shipped_config() -> dict[str, object]:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    return yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)


def test_when_shipped_config_is_read_then_docs_dir_is_the_staging_folder() -> None:
    docs_dir = (REPO / str(shipped_config()["docs_dir"])).resolve()
    assert docs_dir == (REPO / WORK_DIR_NAME / "public").resolve()
    content = (REPO / "content").resolve()
    assert not docs_dir.is_relative_to(content) and not content.is_relative_to(docs_dir)


def test_when_shipped_config_is_read_then_no_setting_points_into_content() -> None:
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    settings = {k: v for k, v in shipped_config().items() if k != "sumi"}
    for key in ("docs_dir", "site_dir"):
        assert not str(settings[key]).strip("/").startswith("content"), key
    assert "docs_dir: content" not in text


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = new_project(tmp_path_factory.mktemp("byhand") / "p")
    project.write("joho-kokai/2026-08-06.md",
                  f"---\ntitle: 定例会\ncouncil: joho-kokai\ndate: 2026-08-06\n---\n\n"
                  f"公開の本文です。[[personal: {CANARY}]]\n\n::: redact security\n{CANARY_BLOCK}\n:::\n")
    status, log = project.build()
    assert status == 0, log
    return project


def test_when_mkdocs_build_is_run_by_hand_then_output_holds_no_withheld_text(built: Project, tmp_path: Path) -> None:
    out = tmp_path / "handsite"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs.yml", "-d", str(out)],
                            cwd=built.root, capture_output=True, text=True, check=False, env=ENV)
    assert result.returncode == 0, result.stderr
    pages = list(out.rglob("index.html"))
    assert any("公開の本文です" in p.read_text(encoding="utf-8") for p in pages)
    assert find_canaries([out], [CANARY, CANARY_BLOCK]) == []


def test_when_nothing_was_staged_then_mkdocs_by_hand_fails_instead_of_reading_content(tmp_path: Path) -> None:
    project = new_project(tmp_path / "p")
    project.write("joho-kokai/2026-08-06.md", f"---\ntitle: t\ncouncil: joho-kokai\ndate: 2026-08-06\n---\n\n{CANARY}\n")
    out = tmp_path / "handsite"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs.yml", "-d", str(out)],
                            cwd=project.root, capture_output=True, text=True, check=False, env=ENV)
    assert result.returncode != 0
    assert find_canaries([out], [CANARY]) == []


def free_port() -> int:
    with contextlib.closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_when_mkdocs_serve_is_run_by_hand_then_pages_hold_no_withheld_text(built: Project) -> None:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", "mkdocs.yml", "-a", f"127.0.0.1:{port}",
                               "--no-livereload"], cwd=built.root, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True, env=ENV)
    try:
        page = ""
        for _ in range(60):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/kaigiroku/joho-kokai/2026/2026-08-06/",
                                            timeout=2) as response:
                    page = response.read().decode("utf-8")
                break
            except OSError:
                time.sleep(0.25)
        assert "公開の本文です" in page
        assert CANARY not in page and CANARY_BLOCK not in page
    finally:
        server.terminate()
        server.wait(timeout=10)
