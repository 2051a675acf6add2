"""The personal-data detector inside the build: policy, reviewed-public text, JSON findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redaction.cli import main
from tests.conftest import CONFIG, build, config_variant, write

DOC = """---
title: 令和6年度第1回個人情報保護運営審議会
council: kojin-joho
date: 2024-05-14
attendees: [北村 誠一（会長）, 大野 健（委員）]
secretariat: [総務課長 三宅]
---

北村会長：開会します。大野委員、三宅課長も出席しています。
{line}
"""


def _check_json(content: Path, capsys: pytest.CaptureFixture[str], config: Path = CONFIG) -> tuple[int, list]:
    status = main(["check", "--content", str(content), "--config", str(config), "--format", "json"])
    return status, json.loads(capsys.readouterr().out)


def test_when_a_phone_number_is_untagged_then_check_reports_it_as_json_and_fails(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "k/a.md", DOC.format(line="申出人の連絡先は 090-1234-5678 です。"))
    status, findings = _check_json(tmp_path, capsys)
    assert status == 1
    assert findings == [{"file": "k/a.md", "line": 10, "col": 10, "type": "phone", "text": "090-1234-5678"}]


def test_when_a_phone_number_is_untagged_then_the_build_publishes_nothing(tmp_path: Path) -> None:
    write(tmp_path / "content", "k/a.md", DOC.format(line="連絡先 03(1234)5678"))
    assert build(tmp_path / "content", tmp_path / "out") == 1
    assert not (tmp_path / "out" / "site").exists()


def test_when_marked_reviewed_public_then_the_detector_is_silent(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "k/a.md", DOC.format(line="代表電話は [[public: 03-1234-5678]] です。"))
    assert _check_json(tmp_path, capsys) == (0, [])


def test_when_tagged_then_the_detector_is_silent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "k/a.md", DOC.format(line="連絡先は [[personal: 090-1234-5678]] です。"))
    assert _check_json(tmp_path, capsys) == (0, [])


def test_when_a_name_is_untagged_then_it_warns_and_the_build_goes_on(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "content", "k/a.md", DOC.format(line="山田花子さんから申出がありました。"))
    assert build(tmp_path / "content", tmp_path / "out") == 0
    output = capsys.readouterr()
    assert "k/a.md:10:1" in output.out + output.err and "山田花子" in output.out + output.err


def test_when_the_policy_turns_a_type_off_then_it_never_fires(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "content", "k/a.md", DOC.format(line="連絡先 090-1234-5678"))
    config = config_variant(tmp_path / "cfg", detector={"phone": "off"})
    assert _check_json(tmp_path / "content", capsys, config) == (0, [])


def test_when_the_policy_raises_names_to_error_then_a_name_stops_the_build(tmp_path: Path) -> None:
    write(tmp_path / "content", "k/a.md", DOC.format(line="山田花子さんから申出がありました。"))
    config = config_variant(tmp_path / "cfg", detector={"person_name": "error"})
    status = main(["build", "--content", str(tmp_path / "content"), "--site", str(tmp_path / "out" / "site"),
                   "--today", "2026-11-22", "--config", str(config)])
    assert status == 1


def test_when_the_policy_names_an_unknown_type_then_check_names_the_keys_line_and_column(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A level is checked by config.py at its value; a type only the detector knows, at its key.
    write(tmp_path / "content", "k/a.md", DOC.format(line="本日は以上です。"))
    config = config_variant(tmp_path / "cfg", detector={"phone": "off", "phnoe": "warn"})
    lines = config.read_text(encoding="utf-8").split("\n")
    line = next(n for n, text in enumerate(lines, 1) if text.strip() == "phnoe: warn")
    col = lines[line - 1].index("phnoe") + 1
    status = main(["check", "--content", str(tmp_path / "content"), "--config", str(config)])
    output = capsys.readouterr()
    assert status != 0
    assert f"{config}:{line}:{col}" in output.out + output.err
    assert f"{config}:0:0" not in output.out + output.err


def test_when_names_are_the_documents_own_attendees_then_they_do_not_fire(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "k/a.md", DOC.format(line="大野健委員と北村誠一会長が発言した。"))
    assert _check_json(tmp_path, capsys) == (0, [])


def test_when_the_corpus_is_large_then_findings_shared_over_cores_equal_the_serial_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config) -> None:
    from datetime import date

    from redaction.checks import safety_net
    from redaction.core import cores
    from redaction.source.document import read_document

    lines = ["申出人の連絡先は 090-1234-5678 です。", "山田花子さんから申出がありました。", "問題ありません。"]
    sources = [read_document(write(tmp_path, f"k/{i}.md", DOC.format(line=lines[i % 3])), f"k/{i}.md", config)
               for i in range(9)]
    serial = safety_net.find_personal_data(sources, config, date(2026, 11, 22))
    monkeypatch.setattr(cores, "PARALLEL_DOCUMENTS", 2)
    monkeypatch.setattr(cores.os, "cpu_count", lambda: 2)
    parallel = safety_net.find_personal_data(sources, config, date(2026, 11, 22))
    assert parallel == serial
    assert [f.type for f in serial] == ["phone", "person_name"] * 3


def test_when_the_corpus_is_large_then_consistency_problems_shared_over_cores_equal_the_serial_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config) -> None:
    from datetime import date

    from redaction.checks.consistency import check_consistency
    from redaction.core import cores
    from redaction.source.document import read_document
    from redaction.source.public_page import public_document

    lines = ["委託先は[[corporate: 株式会社みらい計算]]です。", "株式会社みらい計算が受託した。", "問題ありません。"]
    sources = [read_document(write(tmp_path, f"k/{i}.md", DOC.format(line=lines[i % 3])), f"k/{i}.md", config)
               for i in range(9)]
    today = date(2026, 11, 22)
    rows = [row for i, s in enumerate(sources) for row in public_document(s, f"k/{i}", config, today).rows]
    serial = check_consistency(sources, rows, config.public_terms, today)
    monkeypatch.setattr(cores, "PARALLEL_DOCUMENTS", 2)
    monkeypatch.setattr(cores.os, "cpu_count", lambda: 2)
    parallel = check_consistency(sources, rows, config.public_terms, today)
    assert parallel == serial
    assert [p.location.file for p in serial] == ["k/1.md", "k/4.md", "k/7.md"]


CONTEXT_DOC = """---
title: 令和6年度第4回個人情報保護運営審議会
council: kojin-joho
date: 2024-12-09
attendees:
  - 林 正道（会長）
  - 竹前榮二委員（会長職務代理）
absentees: 関 良枝（委員）
secretariat: 総務課長 藤原、情報公開係長 堀
contact: 総務課 電話 042-511-2200 ファックス 042-511-2209 soumu@city.sumire.example.jp 担当 堀
---

{line}
"""


@pytest.mark.parametrize("line", [
    "林会長が開会を宣言した。林さんから挨拶があった。",        # one-character surname of an attendee, with a role
    "関委員から欠席の連絡があった。",                          # one-character surname of an absentee (one string)
    "堀さんが資料を説明した。",                                # one-character name after a title in the secretariat
    "竹前委員から質問があった。竹前会長職務代理が発言した。",    # surname of a full name written without a space
    "市役所の代表電話（042-511-2200）に問い合わせた。",        # a number marked 代表
    "情報公開係（電話042-511-2200 内線2315）まで。",           # a number marked 内線
])
def test_when_names_and_numbers_are_public_by_context_then_they_do_not_fire(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str) -> None:
    write(tmp_path, "k/a.md", CONTEXT_DOC.format(line=line))
    assert _check_json(tmp_path, capsys) == (0, [])


def test_when_the_contact_field_holds_the_offices_numbers_then_they_do_not_fire_but_the_body_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "k/a.md", CONTEXT_DOC.format(line="ファックス 042-367-5518 で届いた。"))
    status, findings = _check_json(tmp_path, capsys)
    assert status == 1
    assert [(f["line"], f["type"]) for f in findings] == [(13, "phone")]


def test_when_the_body_repeats_the_contact_fields_own_number_then_it_does_not_fire(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "k/a.md", CONTEXT_DOC.format(line="申出書はファックス 042(511)2209 で届いた。"))
    status, findings = _check_json(tmp_path, capsys)
    assert (status, findings) == (0, [])


def test_when_a_private_person_shares_no_public_name_then_it_still_fires(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "k/a.md", CONTEXT_DOC.format(line="林田さんと関口さんから苦情があった。"))
    _, findings = _check_json(tmp_path, capsys)
    assert [f["text"] for f in findings] == ["林田", "関口"]


def test_when_the_body_repeats_the_contact_fields_address_then_it_does_not_fire(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = CONTEXT_DOC.replace("contact: 総務課 ", "contact: 総務課 すみれ市中央三丁目5番1号 ")
    write(tmp_path, "k/a.md", doc.format(line="申出書は、すみれ市中央三丁目5番1号の市役所本庁舎に届いた。"))
    status, findings = _check_json(tmp_path, capsys)
    assert (status, findings) == (0, [])
