"""Hostile content is inert and public pages make no third-party requests — in headless Chromium.

Raw HTML in a source is refused at load (tests/test_raw_html.py); a source full of what is
still allowed — <script>, <iframe> and on*= attributes escaped as text (\\<script>), in code
spans and fences, javascript:/data: links (plain, mixed case, with entities and white space,
as references, autolinks and images) and an external image — is built; every page is loaded
from a local server while every dialog and request is recorded; then the hostile links are clicked.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from leakkit import Project, new_project

from tests.conftest import serve_folder

pytestmark = pytest.mark.browser


HOSTILE = """---
title: "敵対的な内容\\\\<script>window.__pwned='title';alert('title')\\\\</script>"
council: joho-kokai
date: 2026-08-06
place: "\\\\<img src=x onerror=\\"window.__pwned='place';alert('place')\\">会議室"
agenda:
  - "\\\\<iframe src=\\"javascript:alert('agenda')\\">\\\\</iframe>議題"
---

## 見出し\\<script>alert('heading')\\</script>

\\<script>window.__pwned = "script"; alert("script")\\</script>

\\<img src=x onerror="window.__pwned='img';alert('img')">

\\<iframe src="javascript:alert('iframe')">\\</iframe>

\\<svg onload="window.__pwned='svg';alert('svg')">\\</svg>

\\<div onmouseover="alert('div')" onclick="alert('div')">敵対その1\\</div>

\\<a href="javascript:alert('a')" id="raw-a">敵対リンクA\\</a>

[敵対リンク1](javascript:alert('link1'))
[敵対リンク2](JaVaScRiPt:alert('link2'))
[敵対リンク3](java&#x09;script:alert('link3'))
[敵対リンク4](<javascript:alert('link4')>)
[敵対リンク5](data:text/html;base64,PHNjcmlwdD5hbGVydCgnZGF0YScpPC9zY3JpcHQ+)
[敵対リンク6](vbscript:msgbox('vb'))
[敵対リンク7][r]
<javascript:alert('autolink')>

![敵対画像](javascript:alert('image'))

![外部画像](https://tracker.example.net/pixel.png)

![外部画像2](//tracker.example.net/pixel2.png)

[敵対リンク8](&#106;avascript:alert('link8'))

| 表 | \\<script>alert('cell')\\</script> |
| --- | --- |
| \\<img src=x onerror=alert('cell2')> | 値 |

`<script>alert('code')</script>`

```
<script>alert('fence')</script>
```

[r]: javascript:alert('ref')
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project: Project = new_project(tmp_path_factory.mktemp("browser") / "p")
    project.write("joho-kokai/2026-08-06.md", HOSTILE)
    project.write("joho-kokai/2026-09-01.md", "---\ntitle: 普通の会議\ncouncil: joho-kokai\ndate: 2026-09-01\n---\n\n"
                  "普通の本文です。[[personal: 鵺野太郎]]が発言した。\n")
    status, log = project.build()
    assert status == 0, log
    return project.site


@pytest.fixture(scope="module")
def browser_pages(site: Path, browser) -> Iterator[tuple[str, object]]:
    """The local server and the session's one Chromium (tests/conftest.py: one Playwright driver per thread)."""
    with serve_folder(site) as base:
        yield base, browser


HOSTILE_PAGE = "/joho-kokai/2026/2026-08-06/"
PAGES = ["/", HOSTILE_PAGE, "/joho-kokai/2026/2026-09-01/", "/joho-kokai/", "/joho-kokai/2026/", "/search/",
         "/archive/", "/404.html"]


def settle(page) -> None:
    """Wait until whatever the clicks started has run: no request in flight, the queued tasks done."""
    page.wait_for_load_state("networkidle")
    if not page.is_closed():
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done)))")


def load(browser, url: str, *, interact: bool = False) -> dict[str, object]:
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url, wait_until="networkidle")
    if interact:
        for link in page.locator("a:has-text('敵対')").all():
            with contextlib.suppress(Exception):
                link.click(timeout=1000, no_wait_after=True)
        for hover in page.locator("text=敵対その1").all():
            with contextlib.suppress(Exception):
                hover.hover(timeout=1000)
                hover.click(timeout=1000, no_wait_after=True)
        settle(page)
    pwned = page.evaluate("() => window.__pwned || null") if not page.is_closed() else None
    dom = page.evaluate("""() => ({
        iframes: document.querySelectorAll('iframe, object, embed, svg[onload]').length,
        handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
            .filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name)),
        scriptLinks: [...document.querySelectorAll('[href], [src]')].map(e => e.getAttribute('href') ||
            e.getAttribute('src')).filter(u => /^\\s*(javascript|data|vbscript):/i.test(u)),
        inlineScripts: [...document.querySelectorAll('script:not([src])')].map(s => s.textContent)
            .filter(t => /alert|__pwned/.test(t)),
        shown: document.body.innerText.includes("<script>"),
    })""")
    context.close()
    return {"dialogs": dialogs, "requests": requests, "pwned": pwned, **dom}


@pytest.mark.parametrize("path", PAGES)
def test_when_page_loads_then_hostile_content_is_inert(browser_pages, path: str) -> None:
    base, browser = browser_pages
    seen = load(browser, base + path, interact=path == HOSTILE_PAGE)
    assert seen["dialogs"] == []
    assert seen["pwned"] is None
    assert seen["iframes"] == 0
    assert seen["handlers"] == []
    assert seen["scriptLinks"] == []
    assert seen["inlineScripts"] == []


def test_when_hostile_page_loads_then_source_html_is_shown_as_text(browser_pages) -> None:
    base, browser = browser_pages
    assert load(browser, base + HOSTILE_PAGE)["shown"] is True


@pytest.mark.parametrize("path", PAGES)
def test_when_page_loads_then_every_request_goes_to_the_site_itself(browser_pages, path: str) -> None:
    base, browser = browser_pages
    requests = load(browser, base + path)["requests"]
    own = urlsplit(base).netloc
    assert requests, "no request was recorded"
    assert [url for url in requests if urlsplit(url).netloc != own and not url.startswith(("data:", "blob:"))] == []


def test_when_search_runs_then_every_request_goes_to_the_site_itself(browser_pages) -> None:
    base, browser = browser_pages
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(base + "/search/", wait_until="networkidle")
    field = page.locator("#sumi-q")
    before = len(requests)
    field.fill("普通")
    page.wait_for_function("() => /件|見つかりません/.test(document.getElementById('sumi-status').textContent)")
    page.wait_for_load_state("networkidle")
    context.close()
    own = urlsplit(base).netloc
    assert any(re.search(r"/search-index/\d+/g/", url) for url in requests[before:]), "the search fetched no part of the index"
    assert [url for url in requests if urlsplit(url).netloc != own and not url.startswith(("data:", "blob:"))] == []
