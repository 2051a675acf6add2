"""The site manifest and `build.py verify`: against the manifest, and against a rebuild."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from audit_corpus import CONFIG, TODAY, build, write_corpus

from redaction.cli import main
from redaction.core.digests import sha256_file
from redaction.publishing.manifest import MANIFEST_NAME


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("verify")
    content = write_corpus(root)
    assert build(content, root / "site") == 0
    return content, root / "site"


@pytest.fixture
def copy(built, tmp_path) -> Path:
    site = tmp_path / "site"
    shutil.copytree(built[1], site)
    return site


def verify(site: Path, *extra: str) -> int:
    return main(["verify", "--site", str(site), *extra])


def test_when_built_then_manifest_lists_every_file_and_the_inputs(built):
    _, site = built
    manifest = json.loads((site / MANIFEST_NAME).read_text(encoding="utf-8"))
    files = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()} - {MANIFEST_NAME}
    assert set(manifest["files"]) == files
    assert manifest["files"]["index.html"] == sha256_file(site / "index.html")
    assert manifest["today"] == TODAY and manifest["format"] == "sumi-manifest/1"
    assert manifest["inputs"]["source_files"] == 3
    assert manifest["inputs"]["config"] == sha256_file(CONFIG)
    assert all(len(manifest["inputs"][k]) == 64 for k in ("sources", "config", "theme"))


def test_when_site_untouched_then_verify_passes(built, capsys):
    assert verify(built[1]) == 0
    assert "一致しました" in capsys.readouterr().out


def test_when_one_byte_tampered_then_verify_fails_naming_the_file(copy, capsys):
    page = copy / "index.html"
    data = bytearray(page.read_bytes())
    data[len(data) // 2] ^= 0x01
    page.write_bytes(bytes(data))
    assert verify(copy) == 1
    assert "changed: index.html" in capsys.readouterr().out


def test_when_file_removed_and_added_then_verify_lists_missing_and_extra(copy, capsys):
    (copy / "404.html").unlink()
    (copy / "extra.html").write_text("<p>x</p>", encoding="utf-8")
    assert verify(copy) == 1
    out = capsys.readouterr().out
    assert "missing: 404.html" in out and "extra:   extra.html" in out


def test_when_manifest_missing_then_verify_fails(copy):
    (copy / MANIFEST_NAME).unlink()
    assert verify(copy) == 1


def test_when_site_folder_missing_then_usage_error(tmp_path):
    assert verify(tmp_path / "nothing") == 2


def test_when_rebuilt_from_same_sources_then_byte_identical(built, capsys):
    content, site = built
    assert verify(site, "--content", str(content), "--config", str(CONFIG)) == 0
    assert "バイト単位で一致" in capsys.readouterr().out


def test_when_source_edited_after_publication_then_rebuild_differs(built, tmp_path, capsys):
    content, site = built
    changed = tmp_path / "content"
    shutil.copytree(content, changed)
    doc = changed / "joho-kokai/2025/2025-08-21.md"
    doc.write_text(doc.read_text(encoding="utf-8").replace("以上で終わる。", "以上で審議を終わる。"), encoding="utf-8")
    assert verify(site, "--content", str(changed), "--config", str(CONFIG)) == 1
    out = capsys.readouterr().out
    assert "changed: joho-kokai/2025/2025-08-21/index.html" in out
    assert "input differs from the manifest: 原稿 / sources" in out
