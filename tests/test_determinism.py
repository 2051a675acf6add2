"""Deterministic builds: the same sources, configuration and today give the same bytes."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from audit_corpus import TODAY, build, tree_bytes, write_corpus


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("det")
    content = write_corpus(root)
    assert build(content, root / "one" / "site") == 0
    assert build(content, root / "two" / "site") == 0
    return root / "one" / "site", root / "two" / "site"


def test_when_built_twice_then_sites_are_byte_identical(two_builds):
    one, two = two_builds
    first, second = tree_bytes(one), tree_bytes(two)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def test_when_built_then_sitemap_dates_are_today_not_the_clock(two_builds):
    one, _ = two_builds
    assert f"<lastmod>{TODAY}</lastmod>" in (one / "sitemap.xml").read_text(encoding="utf-8")
    header = (one / "sitemap.xml.gz").read_bytes()[:10]
    mtime = int.from_bytes(header[4:8], "little")
    assert mtime == 1795305600  # 2026-11-22T00:00:00Z: SOURCE_DATE_EPOCH, not the time of the build




def test_when_rebuilt_after_an_edit_then_the_search_index_is_what_a_full_build_writes(tmp_path):
    """A rebuild updates the search index page by page from the work folder's copy (redaction/website/search):
    its bytes must equal those of a build from scratch of the edited sources."""
    content = write_corpus(tmp_path)
    assert build(content, tmp_path / "rebuilt" / "site") == 0
    source = content / "kojin-joho/2025/2025-06-05.md"
    text = source.read_text(encoding="utf-8")
    middle = text.index("西田会長職務代理")
    edited = text[:middle] + "委員：ズミレ基金の運用について伺う。\n\n" + text[middle:]
    assert "苦情の件数は" in edited
    source.write_text(edited.replace("苦情の件数は", "苦情の総件数は"), encoding="utf-8")  # a paragraph added, one changed
    assert build(content, tmp_path / "rebuilt" / "site") == 0
    assert build(content, tmp_path / "fresh" / "site") == 0
    rebuilt, fresh = tree_bytes(tmp_path / "rebuilt/site/search-index"), tree_bytes(tmp_path / "fresh/site/search-index")
    assert any(b"\xe3\x82\xba\xe3\x83\x9f\xe3\x83\xac" in gzip.decompress(data) for name, data in rebuilt.items()
               if name.endswith(".gz")), \
        "premise: the edit (ズミレ) is in the rebuilt index"
    assert sorted(rebuilt) == sorted(fresh)
    assert [name for name in rebuilt if rebuilt[name] != fresh[name]] == []


def test_when_meetings_are_added_rebuild_after_rebuild_then_the_site_is_what_a_full_build_writes(tmp_path, monkeypatch):
    """Whatever the history of rebuilds, the same sources give the same bytes: a chain of rebuilds (a meeting added
    among the newest, one among the older, one edited), with the search index cut small enough to be in three parts
    and to cross their bounds (index.parts), ends with every site and archive byte of a build from scratch."""
    from redaction.website.search import index

    monkeypatch.setattr(index, "TAIL", 2)
    monkeypatch.setattr(index, "NEWEST", 1 << 30)   # two parts, then three below
    content = write_corpus(tmp_path)
    assert build(content, tmp_path / "rebuilt" / "site") == 0
    monkeypatch.setattr(index, "TAIL", 4)           # an index laid out by another rule: written anew
    monkeypatch.setattr(index, "NEWEST", 2)         # 7 pages at the end: [0, 4), [4, 6), [6, 7)
    newest = content / "kojin-joho/2025/2025-06-05.md"
    text = newest.read_text(encoding="utf-8")
    for rel, date in (("kojin-joho/2025/2025-09-04.md", "2025-09-04"), ("kojin-joho/2024/2024-07-11.md", "2024-07-11"),
                      ("kojin-joho/2025/2025-11-06.md", "2025-11-06"), ("kojin-joho/2025/2025-12-04.md", "2025-12-04")):
        added = content / rel
        added.parent.mkdir(parents=True, exist_ok=True)
        added.write_text(text.replace("date: 2025-06-05", f"date: {date}").replace("第1回", f"第{date[-2:]}回"),
                         encoding="utf-8")
        assert build(content, tmp_path / "rebuilt" / "site") == 0
    newest.write_text(text.replace("苦情の件数は", "苦情の総件数は"), encoding="utf-8")
    assert build(content, tmp_path / "rebuilt" / "site") == 0
    assert build(content, tmp_path / "fresh" / "site") == 0
    parts = json.loads((tmp_path / "fresh/site/search-index/pages.json").read_text(encoding="utf-8"))["parts"]
    assert len(parts) == 3, "premise: the index is in three parts"
    for folder in ("site", "archive"):
        rebuilt, fresh = tree_bytes(tmp_path / "rebuilt" / folder), tree_bytes(tmp_path / "fresh" / folder)
        assert sorted(rebuilt) == sorted(fresh)
        assert [name for name in rebuilt if rebuilt[name] != fresh[name]] == []
