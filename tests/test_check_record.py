"""Checks reuse their last answers for unchanged documents, and never where the answer could differ."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from redaction.checks import consistency, safety_net
from redaction.checks.mask import views_digest
from redaction.cli import main
from redaction.source.document import read_document
from tests.conftest import CONFIG, config_variant, write

DOC = """---
title: 令和6年度第{n}回個人情報保護運営審議会
council: kojin-joho
date: 2024-05-{n:02d}
---

{body}
"""
NAMED = "申出は山田花子さんからありました。"
PLAIN = "事務局から資料の説明がありました。"


def _check(folder: Path, capsys: pytest.CaptureFixture[str], config: Path = CONFIG) -> tuple[int, list]:
    status = main(["check", "--content", str(folder / "content"), "--config", str(config), "--format", "json",
                   "--today", "2026-11-22"])
    return status, json.loads(capsys.readouterr().out)


def _record(folder: Path, name: str) -> dict:
    return json.loads((folder / ".sumi-work" / name).read_text(encoding="utf-8"))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A content folder; `check` keeps its records in <cwd>/.sumi-work, beside the default site."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "content", "k/a.md", DOC.format(n=1, body=NAMED))
    write(tmp_path / "content", "k/b.md", DOC.format(n=2, body=PLAIN))
    return tmp_path


def _tamper_findings(folder: Path, text: str) -> None:
    path = folder / ".sumi-work" / safety_net.RECORD_NAME
    record = json.loads(path.read_text(encoding="utf-8"))
    for found in record["documents"].values():
        for finding in found:
            finding["text"] = text
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")


def test_when_a_document_is_unchanged_then_its_recorded_findings_are_used(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, findings = _check(folder, capsys)
    assert status == 0 and [f["text"] for f in findings] == ["山田花子"]
    assert len(_record(folder, safety_net.RECORD_NAME)["documents"]) == 2
    _tamper_findings(folder, "記録から")
    assert [f["text"] for f in _check(folder, capsys)[1]] == ["記録から"]   # read from the record, not analysed


def test_when_a_document_changes_then_it_is_analysed_again(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _check(folder, capsys)
    _tamper_findings(folder, "記録から")
    write(folder / "content", "k/a.md", DOC.format(n=1, body=NAMED + "\n\n" + PLAIN))
    assert [f["text"] for f in _check(folder, capsys)[1]] == ["山田花子"]


def test_when_the_detector_settings_change_then_the_record_is_not_used(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _check(folder, capsys)
    _tamper_findings(folder, "記録から")
    stricter = config_variant(folder / "config", detector={"person_name": "error"})
    status, findings = _check(folder, capsys, stricter)
    assert status == 1 and [f["text"] for f in findings] == ["山田花子"]


def test_when_the_day_discloses_a_block_then_the_views_digest_changes(tmp_path: Path, config) -> None:
    body = "::: redact personal until=2026-04-01\n山田花子さんの申出書\n:::\n"
    source = read_document(write(tmp_path, "k/a.md", DOC.format(n=1, body=body)), "k/a.md", config)
    assert views_digest(source, date(2026, 3, 30)) == views_digest(source, date(2026, 3, 31))
    assert views_digest(source, date(2026, 3, 31)) != views_digest(source, date(2026, 4, 1))
    plain = read_document(write(tmp_path, "k/b.md", DOC.format(n=2, body=PLAIN)), "k/b.md", config)
    assert views_digest(plain, date(2026, 3, 31)) == views_digest(plain, date(2027, 3, 31))


def test_when_a_clean_document_gains_an_untagged_withheld_text_then_the_check_fails(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(folder / "content", "k/a.md", DOC.format(n=1, body="[[personal: 整理番号R6-0042]]の件です。"))
    assert _check(folder, capsys)[0] == 0
    assert len(_record(folder, consistency.RECORD_NAME)["clean"]) == 2
    write(folder / "content", "k/b.md", DOC.format(n=2, body="整理番号R6-0042の件です。"))
    status, problems = _check(folder, capsys)
    assert status == 1 and [p["file"] for p in problems] == ["k/b.md"]


def test_when_a_new_tag_withholds_a_text_an_unchanged_document_shows_then_the_check_fails(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(folder / "content", "k/a.md", DOC.format(n=1, body="[[personal: 整理番号R6-0001]]の件です。"))
    write(folder / "content", "k/b.md", DOC.format(n=2, body="整理番号R6-0042の件です。"))
    assert _check(folder, capsys)[0] == 0
    write(folder / "content", "k/a.md", DOC.format(n=1, body="[[personal: 整理番号R6-0042]]の件です。"))
    status, problems = _check(folder, capsys)
    assert status == 1 and [p["file"] for p in problems] == ["k/b.md"]   # b.md did not change; the needles did
