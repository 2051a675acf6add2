"""Shared helpers: real files in temporary folders, real builds with the shipped mkdocs.yml."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from redaction.cli import main
from redaction.core.config import SumiConfig, load_config

REPO = Path(__file__).resolve().parent.parent
CONFIG = REPO / "mkdocs.yml"
TODAY = "2026-11-22"

FRONT = """---
title: 令和6年度第1回個人情報保護運営審議会
council: kojin-joho
date: 2024-05-14
---
"""


def write(root: Path, rel: str, text: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def build(content: Path, out: Path, *args: str, today: str = TODAY) -> int:
    """Run `build.py build` in-process into out/site and out/archive; returns the exit status."""
    return main(["build", "--content", str(content), "--site", str(out / "site"), "--archive",
                 str(out / "archive"), "--today", today, "--config", str(CONFIG), *args])


def site_text(site: Path) -> str:
    """Every text file of a built site, concatenated (for simple presence checks)."""
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(site.rglob("*"))
                     if p.is_file() and p.suffix in {".html", ".xml", ".json", ".txt", ".js", ".css"})


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(autouse=True)
def _work_folder_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every test from a folder of its own (beside tmp_path): `check` keeps its records in <cwd>/.sumi-work."""
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


@pytest.fixture(scope="session")
def config() -> SumiConfig:
    return load_config(CONFIG)


def config_variant(folder: Path, **sumi: object) -> Path:
    """A copy of the shipped mkdocs.yml with some `sumi:` keys replaced (theme path kept absolute)."""
    import yaml
    from mkdocs.utils.yaml import get_yaml_loader

    raw = yaml.load(CONFIG.read_text(encoding="utf-8"), Loader=get_yaml_loader())
    raw["sumi"].update(sumi)
    raw["theme"]["custom_dir"] = str(REPO / raw["theme"]["custom_dir"])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mkdocs.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session (Playwright's sync API allows one driver per thread)."""
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("no /usr/bin/chromium")
    with playwright.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve_folder(root: Path) -> Iterator[str]:
    """Serve `root` on 127.0.0.1 (a free port) from a thread; yields the base URL, without a final /."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
