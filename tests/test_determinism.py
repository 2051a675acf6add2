"""Deterministic builds: the same sources, configuration and today give the same bytes."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest
from audit_corpus import TODAY, build, tree_bytes, write_corpus

from redaction import cbor
from redaction.reproducible import SIGNATURE, canonicalize_pagefind


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


def _pagefind_site(root: Path, values: list[tuple[str, list[int]]]) -> Path:
    """A minimal Pagefind index with one filter whose values are in the given order."""
    pagefind = root / "pagefind"
    (pagefind / "filter").mkdir(parents=True)
    filter_raw = SIGNATURE + cbor.encode(["年度", [[v, pages] for v, pages in values]])
    (pagefind / "filter/ja_0000000.pf_filter").write_bytes(gzip.compress(filter_raw, mtime=0))
    meta = ["1.5.2", [["ja_aaaaaaa", 10]], [], [["年度", "ja_0000000"]], [], []]
    (pagefind / "pagefind.ja_0000000000.pf_meta").write_bytes(gzip.compress(SIGNATURE + cbor.encode(meta), mtime=0))
    (pagefind / "pagefind-entry.json").write_text(
        json.dumps({"version": "1.5.2", "languages": {"ja": {"hash": "ja_0000000000", "wasm": None, "page_count": 1}}},
                   separators=(",", ":")), encoding="utf-8")
    return root


def test_when_pagefind_writes_filters_in_hash_order_then_canonical_output_is_the_same(tmp_path):
    values = [("令和5年度", [1, 2]), ("令和6年度", [0]), ("令和元年度", [3])]
    shuffled = values[:]
    random.Random(7).shuffle(shuffled)
    assert shuffled != values
    a = _pagefind_site(tmp_path / "a", values)
    b = _pagefind_site(tmp_path / "b", shuffled)
    assert canonicalize_pagefind(a / "pagefind") == [] and canonicalize_pagefind(b / "pagefind") == []
    assert tree_bytes(a) == tree_bytes(b)
    entry = json.loads((a / "pagefind/pagefind-entry.json").read_text(encoding="utf-8"))
    meta_name = entry["languages"]["ja"]["hash"]
    meta = cbor.decode(gzip.decompress((a / f"pagefind/pagefind.{meta_name}.pf_meta").read_bytes())[len(SIGNATURE):])
    filter_file = a / f"pagefind/filter/{meta[3][0][1]}.pf_filter"
    assert filter_file.is_file()  # the renamed filter is the one the metadata names


@pytest.mark.parametrize("value", [0, 23, 24, 255, 256, 65536, 2**32, -1, -25, "", "年度", b"\x00", [1, [2]], {"a": 1},
                                   None, True, False])
def test_when_value_encoded_then_decoding_gives_it_back(value):
    assert cbor.decode(cbor.encode(value)) == value
