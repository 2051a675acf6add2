"""Parsed sources are reused only while the file, its path, the configuration and the code are unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from redaction.errors import ContentError
from redaction.source import read_document
from redaction.source_cache import FOLDER_NAME, SourceCache
from tests.conftest import FRONT, config_variant, write


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    return write(tmp_path / "content", "k/a.md", FRONT + "\n[[personal: 山田花子]]さんから申出がありました。\n")


def _entries(work: Path) -> list[Path]:
    return sorted((work / FOLDER_NAME).iterdir())


def test_when_read_again_then_the_stored_document_equals_a_fresh_reading(tmp_path: Path, doc: Path, config) -> None:
    first = SourceCache(tmp_path / "work", config)
    assert first.read(doc, "k/a.md", config) == read_document(doc, "k/a.md", config) and first.parsed == 1
    again = SourceCache(tmp_path / "work", config)
    assert again.read(doc, "k/a.md", config) == read_document(doc, "k/a.md", config)
    assert again.parsed == 0 and len(_entries(tmp_path / "work")) == 1


def test_when_the_file_changes_then_it_is_parsed_again(tmp_path: Path, doc: Path, config) -> None:
    SourceCache(tmp_path / "work", config).read(doc, "k/a.md", config)
    doc.write_text(doc.read_text(encoding="utf-8").replace("山田花子", "佐藤一郎"), encoding="utf-8")
    cache = SourceCache(tmp_path / "work", config)
    document = cache.read(doc, "k/a.md", config)
    assert cache.parsed == 1 and "佐藤一郎" in document.body.text
    cache.forget_unused()
    assert len(_entries(tmp_path / "work")) == 1          # the old version's entry is gone


def test_when_the_configuration_changes_then_it_is_parsed_again(tmp_path: Path, doc: Path, config) -> None:
    from redaction.config import load_config

    SourceCache(tmp_path / "work", config).read(doc, "k/a.md", config)
    other = load_config(config_variant(tmp_path / "config", public_terms=["情報公開係"]))
    cache = SourceCache(tmp_path / "work", other)
    cache.read(doc, "k/a.md", other)
    assert cache.parsed == 1


def test_when_a_stored_entry_is_damaged_then_the_file_is_read_afresh(tmp_path: Path, doc: Path, config) -> None:
    SourceCache(tmp_path / "work", config).read(doc, "k/a.md", config)
    _entries(tmp_path / "work")[0].write_bytes(b"not a pickle")
    cache = SourceCache(tmp_path / "work", config)
    assert cache.read(doc, "k/a.md", config) == read_document(doc, "k/a.md", config) and cache.parsed == 1


def test_when_a_file_has_a_problem_then_it_is_reported_on_every_run(tmp_path: Path, config) -> None:
    bad = write(tmp_path / "content", "k/b.md", FRONT + "\n[personal: 山田花子]さん\n")
    for _ in range(2):
        with pytest.raises(ContentError):
            SourceCache(tmp_path / "work", config).read(bad, "k/b.md", config)
    assert _entries(tmp_path / "work") == []
