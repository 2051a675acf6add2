"""Regression tests, one per core bug found by the leak-proof work (see docs-dev/leakproof.md).

The fourth fix (withheld text written with Markdown markup was looked for only as written)
has its regression tests in test_consistency.py and test_scanner.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
from leakkit import new_project


def convert(source: str) -> str:
    return markdown.Markdown(extensions=["redaction.website.markdown_ext"]).convert(source)


@pytest.mark.parametrize("target", ["&#106;avascript:alert(1)", "java&#x09;script:alert(1)",
                                    "&#x6A;&#x61;vascript:alert(1)", "&amp;#106;avascript:alert(1)",
                                    "data&#58;text/html,x"])
def test_when_link_target_is_entity_encoded_script_url_then_target_is_dropped(target: str) -> None:
    # Bug: is_safe_url checked the URL as written; the browser decodes `&#106;` to `j` first.
    html = convert(f"[敵対]({target})")
    assert "href" not in html and "敵対" in html


def test_when_entity_encoded_url_is_harmless_then_link_is_kept() -> None:
    assert 'href="&#x2F;kaigiroku&#x2F;"' in convert("[戻る](&#x2F;kaigiroku&#x2F;)")


@pytest.mark.parametrize("source", ["https://tracker.example.net/p.png", "//tracker.example.net/p.png",
                                    "HTTP://tracker.example.net/p.png"])
def test_when_image_is_on_another_host_then_it_becomes_a_link_and_loads_nothing(source: str) -> None:
    # Bug: an external image made every reader's browser request another host.
    html = convert(f"![外部の図]({source})")
    assert "<img" not in html and re.search(r"<a href=\"[^\"]*tracker\.example\.net/p\.png\">外部の図</a>", html)


def test_when_image_is_on_the_site_then_it_stays_an_image() -> None:
    assert '<img alt="図" src="../img/zu.png" />' in convert("![図](../img/zu.png)")


def test_when_title_holds_html_then_page_and_nav_print_it_as_text(tmp_path: Path) -> None:
    # Bug: MkDocs and Material print page and nav titles unescaped: a <script> in a title ran.
    project = new_project(tmp_path / "p")
    project.write("joho-kokai/a.md", "---\ntitle: \"表題\\\\<script>alert('t')\\\\</script>\"\ncouncil: joho-kokai\n"
                  "date: 2026-08-06\n---\n\n本文。\n")
    status, log = project.build()
    assert status == 0, log
    for page in project.site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script>alert('t')" not in text, page
    page = (project.site / "joho-kokai/2026/2026-08-06/index.html").read_text(encoding="utf-8")
    assert "表題\\&lt;script&gt;alert(&#x27;t&#x27;)\\&lt;/script&gt;" in page
