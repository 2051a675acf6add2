"""bench.compare: one step with two revisions' code, side by side, and whether their outputs are the same."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from bench.compare import main, tree_digest
from tests.archive_corpus import run_build, write_config, write_minutes


def _bundle(manifest: dict[str, object], page: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("b/manifest.json", json.dumps(manifest))
        archive.writestr("b/page.html", page)
    return buffer.getvalue()


def _folder(root: Path, inputs: str, page: bytes, site_manifest: str) -> Path:
    (root / "site").mkdir(parents=True)
    (root / "site" / "index.html").write_text("<p>公開</p>", encoding="utf-8")
    (root / "site" / "sumi-manifest.json").write_text(site_manifest, encoding="utf-8")
    (root / "site" / "b.zip").write_bytes(_bundle({"inputs_sha256": inputs, "documents": [1]}, page))
    return root / "site"


def test_when_only_the_recorded_code_digests_differ_then_the_outputs_are_the_same(tmp_path: Path) -> None:
    one = tree_digest(_folder(tmp_path / "one", "aaa", b"<p>x</p>", "{\"code\": 1}"))
    other = tree_digest(_folder(tmp_path / "other", "bbb", b"<p>x</p>", "{\"code\": 2}"))
    changed = tree_digest(_folder(tmp_path / "changed", "aaa", b"<p>y</p>", "{\"code\": 1}"))
    assert one == other
    assert changed != one                                  # a bundle's page differs: not the same output
    assert tree_digest(tmp_path / "missing") is None


def test_when_a_step_is_compared_with_the_same_code_then_it_reports_both_times_and_the_same_bytes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_minutes(tmp_path / "content", "2021-06-10", 1)
    write_minutes(tmp_path / "content", "2022-01-20", 2)
    config = write_config(tmp_path)
    assert run_build(tmp_path, "2026-11-22") == 0
    capsys.readouterr()
    assert main(["bundles", "--folder", str(tmp_path), "--config", str(config), "--before", "HEAD",
                 "--rounds", "1"]) == 0
    out = capsys.readouterr().out
    assert "| step | HEAD | this tree | before / after |" in out
    assert "| archive bundles |" in out
    assert "the same bundle bytes on both sides: yes" in out
    assert "the same bundle files on both sides: yes" in out


def test_when_a_step_needs_a_folder_and_none_is_given_then_it_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as stop:
        main(["scan", "--before", "HEAD"])
    assert stop.value.code == 2


def test_when_the_sequence_is_compared_then_it_times_the_first_rebuild_after_a_full_build_and_the_added_case(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_minutes(tmp_path / "content", "2026-06-10", 1)
    write_minutes(tmp_path / "content", "2026-07-20", 2)
    config = write_config(tmp_path)
    before = sorted(p.read_bytes() for p in (tmp_path / "content").rglob("*.md"))
    assert main(["sequence", "--content", str(tmp_path / "content"), "--config", str(config), "--before", "HEAD",
                 "--rounds", "1"]) == 0
    out = capsys.readouterr().out
    assert "| full build: whole command |" in out
    assert "| first rebuild, 1 edited: whole command |" in out
    assert "| then 1 changed + 1 added: leak scan |" in out
    assert "the same site bytes on both sides: yes" in out
    assert sorted(p.read_bytes() for p in (tmp_path / "content").rglob("*.md")) == before   # edits made on copies


def test_when_rebuilds_add_a_meeting_round_after_round_then_each_round_adds_a_new_one(tmp_path: Path) -> None:
    """`rebuild --add`: every round adds a meeting (bench.run's last change writes the same name every time, which
    from the second round on would be an edit, not an add), and edits the newest document."""
    from bench.compare import edited_and_added

    newest = tmp_path / "content" / "a" / "2024" / "2024-05-01.md"
    newest.parent.mkdir(parents=True)
    newest.write_text("---\ntitle: 会議\n---\n\n本文。\n", encoding="utf-8")
    added = [edited_and_added(tmp_path / "content") for _ in range(3)]
    assert [p.name for p in added] == ["2024-05-01-2.md", "2024-05-01-3.md", "2024-05-01-4.md"]
    assert newest.read_text(encoding="utf-8").count("委員から追加の意見があり") == 3
    assert added[-1].read_text(encoding="utf-8").startswith("---\ntitle: 追加 会議\n")
