"""The cache of parsed sources (redaction/source/cache.py) under the issue's rule (e): one private folder,
owner-only, outside every public folder, ignored by git, never used by audit or verify --content, removed
by a documented command — and none of its bytes in a public folder: no entry, and none of the withheld text
it holds (its public text is, of course, on the site anyway)."""

from __future__ import annotations

import hashlib
import io
import stat
import zipfile
from datetime import date
from pathlib import Path

import pytest

from redaction import pipeline
from redaction.cli import main
from redaction.source import cache as source_cache
from redaction.source.cache import CACHE_DIR_NAME, SourceCache
from tests.archive_corpus import REPO, SECRET, run_build, write_config, write_minutes

TODAY = "2026-11-22"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for day, number in (("2021-06-10", 1), ("2024-01-20", 2), ("2025-09-15", 3)):
        write_minutes(tmp_path / "content", day, number)
    write_config(tmp_path)
    assert run_build(tmp_path, TODAY) == 0
    return tmp_path


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    reads: list[str] = []
    original = pipeline.read_document
    monkeypatch.setattr(pipeline, "read_document", lambda path, rel, config: reads.append(rel) or original(
        path, rel, config))
    return reads


def _entries(project: Path) -> list[Path]:
    """The cache's documents (not its records of digests by stat)."""
    return [p for p in (project / CACHE_DIR_NAME).iterdir() if p.name not in source_cache.RECORDS]


def _public_files(root: Path) -> dict[str, bytes]:
    """Every file of the site, the archive and the work folder, zip entries opened."""
    files: dict[str, bytes] = {}
    for folder in (root / "site", root / "archive", root / ".sumi-work"):
        for path in (p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            files[path.as_posix()] = data
            if data.startswith(b"PK\x03\x04"):
                with zipfile.ZipFile(io.BytesIO(data)) as archive:
                    files |= {f"{path}!{name}": archive.read(name) for name in archive.namelist()}
    return files


def test_when_one_source_changed_then_only_it_is_read_again_and_the_site_is_as_a_full_build(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads = _count_reads(monkeypatch)
    source = project / "content" / "joho-kokai" / "2025" / "2025-09-15.md"
    source.write_text(source.read_text(encoding="utf-8") + "\n会長が閉会を宣言した。\n", encoding="utf-8")
    assert run_build(project, TODAY) == 0
    assert reads == ["joho-kokai/2025/2025-09-15.md"]
    assert len(_entries(project)) == 3                                    # the old version's entry is gone
    reads.clear()
    assert run_build(project, "2026-11-23") == 0                           # another day: every document again
    assert len(reads) == 3
    # verify --content rebuilds in a fresh folder without any cache: the same bytes as this cached build
    assert main(["verify", "--site", str(project / "site"), "--content", str(project / "content"),
                 "--config", str(project / "mkdocs.yml"), "--today", "2026-11-23"]) == 0


def test_when_cached_then_the_folder_is_private_and_no_public_folder_holds_its_bytes(project: Path) -> None:
    folder = project / CACHE_DIR_NAME
    assert folder.is_dir() and stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {p.name for p in folder.iterdir()} - {p.name for p in _entries(project)} == set(source_cache.RECORDS)
    assert {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} == {0o600}   # the records of digests too
    entries = _entries(project)
    assert len(entries) == 3
    cached = [p.read_bytes() for p in entries]
    assert all(SECRET.encode("utf-8") in data for data in cached)      # it holds withheld text: hence the rules
    public = _public_files(project)
    assert public and not any(folder in Path(name.split("!")[0]).parents for name in public)
    for name, data in public.items():
        assert SECRET.encode("utf-8") not in data, name
        assert not any(entry in data for entry in cached), name          # no entry copied whole
    assert CACHE_DIR_NAME + "/" in (REPO / ".gitignore").read_text(encoding="utf-8").split()


def test_when_the_audit_runs_then_the_cache_is_not_opened(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> SourceCache:
        raise AssertionError("the audit opened the source cache")

    monkeypatch.setattr(SourceCache, "open", refuse)
    assert main(["audit", "--content", str(project / "content"), "--out", str(project / "audit"),
                 "--today", TODAY, "--config", str(project / "mkdocs.yml")]) == 0


def test_when_an_entry_is_damaged_then_its_source_is_read_again(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads = _count_reads(monkeypatch)
    for entry in (project / CACHE_DIR_NAME).iterdir():
        entry.write_bytes(b"not a pickle")
    (project / "site" / "sumi-manifest.json").unlink()                    # so that the build does not stop early
    assert run_build(project, TODAY) == 0
    assert len(reads) == 3


def test_when_cleared_then_the_folder_is_gone(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert source_cache.main(["clear", "--site", str(project / "site")]) == 0
    assert not (project / CACHE_DIR_NAME).exists()
    assert "removed the cache" in capsys.readouterr().out
    assert source_cache.main(["clear", "--site", str(project / "site")]) == 0
    assert "no cache" in capsys.readouterr().out


def test_when_a_source_changes_with_its_size_and_mtime_kept_then_it_is_read_again(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The load takes a source's sha256 from the record of digests by stat (stat_digests.py) while its stat
    is the one recorded: an edit that keeps the size and puts the mtime back must still be read. The files
    are first left to age and checked once, so that the record trusts them."""
    import os
    import time

    from redaction.core.stat_digests import RACY_NS

    time.sleep(RACY_NS / 1e9 + 0.2)
    assert run_build(project, TODAY) == 0                      # nothing changed: the check records every source
    reads = _count_reads(monkeypatch)
    source = project / "content" / "joho-kokai" / "2025" / "2025-09-15.md"
    data, before = source.read_bytes(), source.stat()
    changed = data.replace("。".encode(), "．".encode(), 1)     # the same length in UTF-8
    assert len(changed) == len(data) and changed != data
    source.write_bytes(changed)
    os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert run_build(project, TODAY) == 0
    assert reads == ["joho-kokai/2025/2025-09-15.md"]
    assert main(["verify", "--site", str(project / "site"), "--content", str(project / "content"),
                 "--config", str(project / "mkdocs.yml"), "--today", TODAY]) == 0


def test_when_one_source_changed_then_the_others_texts_are_not_read_from_the_cache_and_the_site_is_as_a_full_build(
        project: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A cached document is its summary (source/cache.py): staging, the search index, the feeds, the bundles and
    the checks compare digests, so a rebuild after one edit reads no other document's texts; whatever does read
    them gets them whole (the site verifies against a fresh build)."""
    whole: list[Path] = []
    original = source_cache._whole
    monkeypatch.setattr(source_cache, "_whole", lambda entry: whole.append(entry) or original(entry))
    source = project / "content" / "joho-kokai" / "2025" / "2025-09-15.md"
    source.write_text(source.read_text(encoding="utf-8") + "\n会長が閉会を宣言した。\n", encoding="utf-8")
    assert run_build(project, TODAY) == 0
    assert whole == []
    assert main(["verify", "--site", str(project / "site"), "--content", str(project / "content"),
                 "--config", str(project / "mkdocs.yml"), "--today", TODAY]) == 0
    # Staged pages removed by hand: their texts are read from the cache, and the site is the same.
    for page in (project / ".sumi-work" / "public").rglob("20*.md"):
        page.unlink()
    (project / "site" / "sumi-manifest.json").unlink()                    # so that the build does not stop early
    assert run_build(project, TODAY) == 0
    assert whole
    assert main(["verify", "--site", str(project / "site"), "--content", str(project / "content"),
                 "--config", str(project / "mkdocs.yml"), "--today", TODAY]) == 0


def test_when_a_cached_document_is_read_then_its_texts_are_those_a_fresh_reading_gives(project: Path) -> None:
    """The summary's deferred texts — the staged page, the source's front matter values, lists and body — are
    read from the entry when first asked for, equal to what reading and redacting the source again gives."""
    from redaction.core.config import load_config
    from redaction.source.document import read_document
    from redaction.source.public_page import public_document

    config, today = load_config(project / "mkdocs.yml"), date.fromisoformat(TODAY)
    cache = SourceCache.open(project / "site", config.file_sha256, today, pipeline.code_digest())
    for rel, path in pipeline.source_listing(project / "content"):
        document = cache.get(path, rel, hashlib.sha256(path.read_bytes()).hexdigest())
        assert isinstance(document, source_cache.CachedDocument)
        assert "markdown" not in vars(document) and "body" not in vars(document.source)   # a summary
        moved = pipeline.at_address(document, "somewhere")
        assert "markdown" not in vars(moved) and moved.url_path == "somewhere"           # still one
        fresh = public_document(read_document(path, rel, config), "", config, today)
        assert moved.markdown == fresh.markdown and document.markdown_sha256 == fresh.markdown_sha256
        for name in ("fields", "lists", "body"):
            assert getattr(document.source, name) == getattr(fresh.source, name), name
        assert document.rows == fresh.rows and document.agenda_plain == fresh.agenda_plain


def test_when_rebuilt_then_the_summaries_come_from_one_file_and_a_replaced_entry_is_read_again(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache's file of summaries (source_cache.Summaries): a rebuild after one edit takes every other document's
    summary from it, opening no entry; an entry that is no longer the file its summary was taken from (damaged,
    replaced) is never trusted through that summary: its source is read again."""
    folder = project / CACHE_DIR_NAME
    assert stat.S_IMODE((folder / source_cache.SUMMARIES).stat().st_mode) == 0o600
    learnt: list[str] = []
    original = source_cache.Summaries.learn
    monkeypatch.setattr(source_cache.Summaries, "learn",
                        lambda self, name, stat, head: learnt.append(name) or original(self, name, stat, head))
    reads = _count_reads(monkeypatch)
    source = project / "content" / "joho-kokai" / "2025" / "2025-09-15.md"
    source.write_text(source.read_text(encoding="utf-8") + "\n会長が閉会を宣言した。\n", encoding="utf-8")
    assert run_build(project, TODAY) == 0
    assert reads == ["joho-kokai/2025/2025-09-15.md"] and len(learnt) == 1   # the edited one, from the worker
    for entry in _entries(project):
        entry.write_bytes(b"not a pickle")                                     # the summaries file left as it was
    (project / "site" / "sumi-manifest.json").unlink()                    # so that the build does not stop early
    reads.clear()
    assert run_build(project, TODAY) == 0
    assert len(reads) == 3
    assert main(["verify", "--site", str(project / "site"), "--content", str(project / "content"),
                 "--config", str(project / "mkdocs.yml"), "--today", TODAY]) == 0


def test_when_a_rebuild_reads_the_cache_then_the_collector_is_paused_and_on_again_after(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The summaries are unpickled with the cyclic collector off (each gen2 collection walked every summary read
    before), and it is on again after the load, as it was — also when reading an entry fails."""
    import gc

    seen: list[bool] = []
    original = SourceCache.get
    monkeypatch.setattr(SourceCache, "get", lambda self, *a, **k: seen.append(gc.isenabled()) or original(self, *a, **k))
    source = project / "content" / "joho-kokai" / "2025" / "2025-09-15.md"
    source.write_text(source.read_text(encoding="utf-8") + "\n会長が閉会を宣言した。\n", encoding="utf-8")
    assert gc.isenabled()
    assert run_build(project, TODAY) == 0
    assert seen and not any(seen)
    assert gc.isenabled()

    def failing(self, *a, **k):
        raise RuntimeError("unreadable")

    monkeypatch.setattr(SourceCache, "get", failing)
    source.write_text(source.read_text(encoding="utf-8") + "\n委員長が散会を宣言した。\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        run_build(project, TODAY)
    assert gc.isenabled()
