"""Rebuilds skip re-scanning output files that the last clean scan proved clean against the same texts."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from redaction.core.scan_record import (
    RECORD_NAME,
    file_digests,
    known_clean,
    known_clean_extra,
    needles_digest,
    record_clean,
)
from tests.conftest import REPO, build, tree_bytes

SKIPPED = re.compile(r"(\d+) files; .*not decoded again: (\d+)）")
PAGE = "kojin-joho/2025/2026-01-22.md"


def _scan_counts(capsys: pytest.CaptureFixture[str]) -> tuple[int, int]:
    match = SKIPPED.search(capsys.readouterr().out)
    assert match, "the summary names the files scanned and skipped"
    return int(match.group(1)), int(match.group(2))


def _edit(content: Path, old: str, new: str) -> None:
    path = content / PAGE
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def built(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    shutil.copytree(REPO / "content", tmp_path / "content")
    assert build(tmp_path / "content", tmp_path / "out") == 0
    assert _scan_counts(capsys)[1] == 0
    return tmp_path


def test_when_only_untagged_text_changes_then_unchanged_files_are_not_scanned_again(
        built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit(built / "content", "若林委員から欠席の連絡があった。", "若林委員から欠席の連絡があった。定足数を満たしている。")
    assert build(built / "content", built / "out") == 0
    files, skipped = _scan_counts(capsys)
    assert 0 < skipped < files
    # The output is what a build from nothing gives.
    assert build(built / "content", built / "fresh") == 0
    assert tree_bytes(built / "out" / "site") == tree_bytes(built / "fresh" / "site")


def test_when_a_tag_is_added_then_every_file_is_scanned_again(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit(built / "content", "若林委員から欠席の連絡があった。", "[[personal: 若林委員の欠席理由の詳細]]。")
    assert build(built / "content", built / "out") == 0
    assert _scan_counts(capsys)[1] == 0


def test_when_the_record_is_unreadable_then_nothing_counts_as_clean(tmp_path: Path) -> None:
    digest = needles_digest(["秘密カナリア"])
    record_clean(tmp_path, digest, ["a" * 64])
    assert known_clean(tmp_path, digest) == {"a" * 64}
    (tmp_path / RECORD_NAME).write_text('{"format": "sumi-leakscan-clean/1", "needles": ', encoding="utf-8")
    assert known_clean(tmp_path, digest) == frozenset()


def test_when_a_scan_records_more_than_its_digests_then_the_same_withheld_texts_read_it_back(tmp_path: Path) -> None:
    digest = needles_digest(["秘密カナリア"])
    record_clean(tmp_path, digest, ["a" * 64], extra={"parts": [[0, 64, 256]]})
    assert known_clean_extra(tmp_path, digest) == {"parts": [[0, 64, 256]]}
    assert known_clean_extra(tmp_path, needles_digest(["秘密カナリヤ"])) is None
    record_clean(tmp_path, digest, ["a" * 64])
    assert known_clean_extra(tmp_path, digest) is None


@pytest.mark.parametrize(("recorded", "now"), [
    (["秘密カナリア"], ["秘密カナリア", "新しい秘密"]),   # a tag added
    (["秘密カナリア", "古い秘密"], ["秘密カナリア"]),     # a tag removed: the record proved more, still not reused
    (["秘密カナリア"], ["秘密カナリヤ"]),                # a withheld text edited
])
def test_when_the_withheld_texts_differ_then_the_record_is_not_used(
        tmp_path: Path, recorded: list[str], now: list[str]) -> None:
    record_clean(tmp_path, needles_digest(recorded), ["a" * 64])
    assert known_clean(tmp_path, needles_digest(now)) == frozenset()


def test_when_the_same_texts_come_in_another_order_then_the_digest_is_the_same() -> None:
    assert needles_digest(["甲", "乙", "甲"]) == needles_digest(["乙", "甲"])


def test_when_files_are_hashed_on_threads_then_each_has_its_own_digest_in_order(tmp_path: Path) -> None:
    for number in range(300):  # enough for a thread per core, files of different sizes
        (tmp_path / f"{number // 50}" / f"{number}.bin").parent.mkdir(exist_ok=True)
        (tmp_path / f"{number // 50}" / f"{number}.bin").write_bytes(str(number).encode() * (number * 37 + 1))
    digests = file_digests(tmp_path)
    assert list(digests) == sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert digests == {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in digests}
