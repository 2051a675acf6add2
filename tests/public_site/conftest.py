"""The public site, built once from the sample content, served on 127.0.0.1, and a headless Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO, build, serve_folder

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"


@dataclass(frozen=True)
class BuiltSite:
    site: Path
    staging: Path     # the public Markdown the renderer read (.sumi-work/public)

    def minutes_markdown(self) -> dict[str, str]:
        """url path ("kojin-joho/2024/2024-07-11/") -> staged Markdown of every live minutes page."""
        pages: dict[str, str] = {}
        for path in sorted(self.staging.rglob("*.md")):
            text = path.read_text(encoding="utf-8")
            if "kind: minutes" in text.split("---", 2)[1]:
                pages[path.relative_to(self.staging).with_suffix("").as_posix() + "/"] = text
        return pages


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    out = tmp_path_factory.mktemp("public-site")
    assert build(REPO / "content", out) == 0
    return BuiltSite(site=out / "site", staging=out / ".sumi-work" / "public")


@pytest.fixture(scope="session")
def base_url(built: BuiltSite) -> Iterator[str]:
    with serve_folder(built.site) as base:
        yield f"{base}/"


@pytest.fixture()
def page(browser, base_url: str) -> Iterator[object]:
    """A fresh page that fails the test on any request to another host."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP")
    foreign: list[str] = []
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base_url)
                  else (foreign.append(route.request.url), route.abort()))
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    try:
        yield tab
    finally:
        context.close()
    assert not foreign, f"requests to other hosts: {foreign}"
