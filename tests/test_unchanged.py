"""A build with the same inputs as the published site does nothing, and anything different rebuilds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import build, tree_bytes, write

TWO = """---
title: 令和6年度第1回情報公開運営審議会
council: joho-kokai
date: {date}
---

本文。[[personal: 氏名カナリア{n}]]の件。
"""


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    write(tmp_path / "content", "a.md", TWO.format(date="2024-05-14", n=1))
    write(tmp_path / "content", "b.md", TWO.format(date="2021-05-14", n=2))   # archived on 2026-11-22
    assert build(tmp_path / "content", tmp_path / "out") == 0
    return tmp_path


def _rebuild(project: Path, capsys: pytest.CaptureFixture[str], today: str = "2026-11-22") -> str:
    capsys.readouterr()
    assert build(project / "content", project / "out", today=today) == 0
    return capsys.readouterr().out


def test_when_nothing_changed_then_the_build_writes_nothing(project: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    site = project / "out" / "site"
    before, inode = tree_bytes(site), site.stat().st_ino
    assert "変更なし / unchanged" in _rebuild(project, capsys)
    assert site.stat().st_ino == inode   # not even swapped
    assert tree_bytes(site) == before


@pytest.mark.parametrize("change", [
    "source",      # one byte of a source
    "page",        # a tampered published page
    "bundle",      # an archive bundle deleted
    "today",       # another day: retention and until= may decide otherwise
])
def test_when_anything_differs_then_the_full_build_runs_and_restores_the_site(
        project: Path, capsys: pytest.CaptureFixture[str], change: str) -> None:
    site, archive = project / "out" / "site", project / "out" / "archive"
    pristine = tree_bytes(site)
    today = "2026-11-22"
    if change == "source":
        write(project / "content", "a.md", TWO.format(date="2024-05-14", n=1).replace("本文。", "本文です。"))
    elif change == "page":
        (site / "index.html").write_bytes(b"<p>tampered</p>")
    elif change == "bundle":
        next(archive.glob("*.zip")).unlink()
    else:
        today = "2026-11-23"
    output = _rebuild(project, capsys, today)
    assert "公開しました / published" in output
    if change in ("page", "bundle"):
        assert tree_bytes(site) == pristine
        assert list(archive.glob("*.zip"))


def test_when_sumi_itself_changed_then_the_full_build_runs(project: Path, capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from redaction.publishing import manifest

    monkeypatch.setattr(manifest, "code_digest", lambda: "0" * 64)  # as if a build step had been edited
    assert "公開しました / published" in _rebuild(project, capsys)


@pytest.mark.parametrize("saved", ["source", "config"])
def test_when_an_input_is_saved_during_a_build_then_the_next_build_runs(project: Path, saved: str) -> None:
    """The manifest records the inputs as the build read them, not as they are when it ends: a source
    (here a tag added) or the configuration (here a term no longer public) saved again between loading
    and the manifest is a change next time."""
    from redaction.core.config import load_config
    from redaction.pipeline import BUILD_STEPS, Build, Paths, run, source_files
    from redaction.publishing.unchanged import already_published
    from tests.archive_corpus import write_config

    content, out = project / "content", project / "out"
    config_file = write_config(project)
    paths = Paths(content, out / "site", out / "archive", config_file)
    today = date.fromisoformat("2026-11-22")

    def save_again(_: object) -> None:
        if saved == "source":
            write(content, "a.md", TWO.format(date="2024-05-14", n=1).replace("本文。", "本文。[[personal: 追記カナリア]]"))
        else:
            text = config_file.read_text(encoding="utf-8")
            config_file.write_text(text.replace("- すみれ市役所\n", "", 1), encoding="utf-8")

    steps = [*BUILD_STEPS[:2], ("save", f"a clerk saves the {saved} again", save_again), *BUILD_STEPS[2:]]
    run(Build(load_config(config_file), paths, today, log=lambda _: None), steps)
    assert (out / "site" / "sumi-manifest.json").is_file()   # published
    sources = [(p.relative_to(content).as_posix(), p) for p in source_files(content)]
    assert already_published(paths, load_config(config_file), today, sources) is None


@pytest.mark.parametrize("change", ["source", "page"])
def test_when_a_file_changes_with_its_size_and_mtime_kept_then_the_full_build_runs(
        project: Path, capsys: pytest.CaptureFixture[str], change: str) -> None:
    """The check that nothing changed reads again only the files whose stat changed (stat_digests.py): an
    edit that keeps the size and puts the mtime back (a write within the same timestamp tick looks the
    same) must still be seen. Files hashed less than 2 s after their last write are never trusted, so the
    files are first left to age and checked once, to be trusted by the records the check keeps."""
    import os
    import time

    from redaction.core.stat_digests import RACY_NS

    time.sleep(RACY_NS / 1e9 + 0.2)
    assert "変更なし / unchanged" in _rebuild(project, capsys)      # hashes every file, records them trusted
    site = project / "out" / "site"
    pristine = tree_bytes(site)
    target = project / "content" / "a.md" if change == "source" else site / "index.html"
    data, before = target.read_bytes(), target.stat()
    changed = data.replace("本文。".encode(), "本文！".encode()) if change == "source" else data.replace(b"<", b"{", 1)
    assert len(changed) == len(data) and changed != data
    target.write_bytes(changed)
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert target.stat().st_size == before.st_size and target.stat().st_mtime_ns == before.st_mtime_ns
    assert "公開しました / published" in _rebuild(project, capsys)
    if change == "page":
        assert tree_bytes(site) == pristine


def test_when_files_are_old_enough_then_the_check_that_nothing_changed_reads_none_again(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The point of the records: once trusted, no source and no published file is read to find nothing changed."""
    import time

    from redaction.core import stat_digests
    from redaction.core.stat_digests import RACY_NS

    time.sleep(RACY_NS / 1e9 + 0.2)
    assert "変更なし / unchanged" in _rebuild(project, capsys)
    read: list[Path] = []
    original = stat_digests.sha256_files
    monkeypatch.setattr(stat_digests, "sha256_files", lambda paths: read.extend(paths) or original(paths))
    assert "変更なし / unchanged" in _rebuild(project, capsys)
    assert read == []
