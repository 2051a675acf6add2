"""Approval (決裁): a council that requires it publishes only the exact versions approved."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from mkdocs.utils.yaml import get_yaml_loader

from redaction import pipeline
from redaction.cli import main
from redaction.core.config import load_config
from redaction.core.errors import ContentError
from redaction.core.retention import today_in_tokyo
from tests.conftest import CONFIG, TODAY, config_variant, site_text, tree_bytes, write

KOJIN = "kojin-joho/2024/2024-08-20.md"
JOHO = "joho-kokai/2024/2024-09-03.md"
KOJIN_PAGE = "kojin-joho/2024/2024-08-20/index.html"
JOHO_PAGE = "joho-kokai/2024/2024-09-03/index.html"

KOJIN_TEXT = """---
title: 令和6年度第2回個人情報保護運営審議会
council: kojin-joho
date: 2024-08-20
---

## 諮問第1号

会長：開会します。[[personal note="本人申出": 氏名カナリア甲]]さんの件です。承認版の文です。
"""
JOHO_TEXT = """---
title: 令和6年度第1回情報公開運営審議会
council: joho-kokai
date: 2024-09-03
---

会長：開会します。情報公開の会議です。
"""


def councils(**approval: object) -> dict:
    """The shipped councils, with `approval` set for some (kojin_joho="required")."""
    shipped = yaml.load(CONFIG.read_text(encoding="utf-8"), Loader=get_yaml_loader())["sumi"]["councils"]
    for council, value in approval.items():
        shipped[council.replace("_", "-")]["approval"] = value
    return shipped


@pytest.fixture()
def desk(tmp_path: Path) -> dict[str, Path]:
    """Content of two councils, kojin-joho requiring approval, and a configuration beside its approvals file."""
    content = tmp_path / "content"
    write(content, KOJIN, KOJIN_TEXT)
    write(content, JOHO, JOHO_TEXT)
    config = config_variant(tmp_path / "config", councils=councils(kojin_joho="required"))
    return {"content": content, "config": config, "approvals": config.parent / "approvals.jsonl",
            "site": tmp_path / "out" / "site", "archive": tmp_path / "out" / "archive"}


def build(desk: dict[str, Path], *args: str) -> int:
    return main(["build", "--content", str(desk["content"]), "--site", str(desk["site"]), "--archive",
                 str(desk["archive"]), "--today", TODAY, "--config", str(desk["config"]), *args])


def approve(desk: dict[str, Path], *files: str, by: str = "山田 太郎", role: str = "総務課長", note: str = "") -> int:
    return main(["approve", *[str(desk["content"] / f) for f in files], "--by", by, "--role", role,
                 "--note", note, "--content", str(desk["content"]), "--config", str(desk["config"])])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_when_a_document_of_a_council_requiring_approval_is_not_approved_then_it_is_held_back_and_listed(
        desk: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert build(desk) == 0
    out = capsys.readouterr().out
    assert not (desk["site"] / KOJIN_PAGE).exists()
    assert (desk["site"] / JOHO_PAGE).is_file()          # a council without approval is unaffected
    assert "承認待ち / awaiting approval: 1件" in out and f"{KOJIN}  新規" in out
    assert "承認待ち awaiting approval 1" in out
    assert "承認版の文" not in site_text(desk["site"])
    assert not any(p.suffix == ".zip" for p in desk["archive"].rglob("*"))  # held, not archived
    assert main(["check", "--content", str(desk["content"]), "--config", str(desk["config"])]) == 0
    assert f"{KOJIN}  新規" in capsys.readouterr().err


def test_when_approved_then_the_next_build_publishes_exactly_that_version_and_the_file_says_who(
        desk: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert build(desk) == 0
    sources = tree_bytes(desk["content"])
    assert approve(desk, KOJIN, note="第2回の会議録") == 0
    assert tree_bytes(desk["content"]) == sources          # nothing written into the content folder
    assert f"{KOJIN}  sha256 {sha256(desk['content'] / KOJIN)[:12]}" in capsys.readouterr().out
    line = desk["approvals"].read_text(encoding="utf-8")
    assert line == json.dumps({"path": KOJIN, "sha256": sha256(desk["content"] / KOJIN), "by": "山田 太郎",
                               "role": "総務課長", "date": today_in_tokyo().isoformat(), "note": "第2回の会議録"},
                              ensure_ascii=False) + "\n"
    assert "カナリア" not in line
    assert build(desk) == 0                      # not "unchanged": the approvals are an input of the site
    assert "承認待ち / awaiting approval:" not in capsys.readouterr().out
    assert "承認版の文" in (desk["site"] / KOJIN_PAGE).read_text(encoding="utf-8")
    assert "カナリア" not in site_text(desk["site"])


def test_when_an_approved_document_is_edited_then_its_page_leaves_the_site_until_the_new_version_is_approved(
        desk: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert approve(desk, KOJIN) == 0
    assert build(desk) == 0
    assert (desk["site"] / KOJIN_PAGE).is_file()
    write(desk["content"], KOJIN, KOJIN_TEXT.replace("承認版の文です。", "承認後に書き換えた文です。"))
    capsys.readouterr()
    assert build(desk) == 0
    out = capsys.readouterr().out
    assert f"{KOJIN}  承認後に変更されたため" in out
    assert not (desk["site"] / KOJIN_PAGE).exists()
    assert "承認後に書き換えた文" not in site_text(desk["site"]) and "承認版の文" not in site_text(desk["site"])
    assert (desk["site"] / JOHO_PAGE).is_file()
    assert not any(p.suffix == ".zip" for p in desk["archive"].rglob("*"))  # held: not archived
    assert approve(desk, KOJIN, by="佐藤 花子", role="総務部長") == 0
    assert len(desk["approvals"].read_text(encoding="utf-8").splitlines()) == 2
    assert build(desk) == 0
    assert "承認後に書き換えた文" in (desk["site"] / KOJIN_PAGE).read_text(encoding="utf-8")


@pytest.mark.parametrize("broken", [
    "会長：[[personal 氏名]]です。",                 # a content error: a tag without its colon
    "申出人の連絡先は 090-1234-5678 です。",        # a detector error: an untagged phone number
])
def test_when_approving_a_source_that_fails_check_then_it_is_refused_and_nothing_is_appended(
        desk: dict[str, Path], broken: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert approve(desk, JOHO) == 0
    before = desk["approvals"].read_bytes()
    write(desk["content"], KOJIN, KOJIN_TEXT + broken + "\n")
    assert approve(desk, KOJIN) == 1
    err = capsys.readouterr().err
    assert "承認できません" in err and f"{KOJIN}:10:" in err
    assert desk["approvals"].read_bytes() == before


def test_when_the_note_holds_withheld_text_then_the_approval_is_refused(
        desk: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert approve(desk, KOJIN, note="氏名カナリア甲 の件を確認") == 1
    assert "--note" in capsys.readouterr().err
    assert not desk["approvals"].exists()


def test_when_a_file_is_not_a_source_in_the_content_folder_then_approve_is_bad_usage(
        desk: dict[str, Path], tmp_path: Path) -> None:
    outside = write(tmp_path, "elsewhere.md", KOJIN_TEXT)
    assert main(["approve", str(outside), "--by", "山田", "--content", str(desk["content"]),
                 "--config", str(desk["config"])]) == 2
    assert main(["approve", str(desk["content"] / "kojin-joho" / "*.md"), "--by", "山田", "--content",
                 str(desk["content"]), "--config", str(desk["config"])]) == 2   # no match at that level
    assert not desk["approvals"].exists()


def test_when_given_a_wildcard_the_shell_did_not_expand_then_every_matching_source_is_approved(
        desk: dict[str, Path]) -> None:
    assert main(["approve", str(desk["content"] / "*" / "2024" / "*.md"), "--by", "山田",
                 "--content", str(desk["content"]), "--config", str(desk["config"])]) == 0
    paths = [json.loads(line)["path"] for line in desk["approvals"].read_text(encoding="utf-8").splitlines()]
    assert paths == [JOHO, KOJIN]


@pytest.mark.parametrize("line, message", [
    ("{not json", "JSONとして読めません"),
    ('{"path": "a.md", "sha256": "00", "by": "x", "role": "", "date": "2026-01-01", "note": ""}', "sha256"),
    ('{"path": "a.md", "by": "x"}', "キー"),
    ('{"path": "../a.md", "sha256": "' + "0" * 64 + '", "by": "x", "role": "", "date": "2026-01-01", "note": ""}',
     "相対パス"),
    ('{"path": "a.md", "sha256": "' + "0" * 64 + '", "by": "x", "role": "", "date": "令和8年", "note": ""}', "date"),
])
def test_when_an_approvals_line_is_malformed_then_the_build_stops_naming_file_and_line_and_the_site_stays(
        desk: dict[str, Path], line: str, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert approve(desk, KOJIN) == 0
    assert build(desk) == 0
    before = tree_bytes(desk["site"])
    with desk["approvals"].open("a", encoding="utf-8") as stream:
        stream.write(line + "\n")
    write(desk["content"], JOHO, JOHO_TEXT.replace("情報公開の会議です。", "書き換えました。"))
    capsys.readouterr()
    assert build(desk) == 1
    err = capsys.readouterr().err
    assert f"{desk['approvals']}:2:" in err and message in err
    assert tree_bytes(desk["site"]) == before
    assert main(["check", "--content", str(desk["content"]), "--config", str(desk["config"])]) == 1
    assert approve(desk, JOHO) == 1                  # never appends to a broken file
    assert len(desk["approvals"].read_text(encoding="utf-8").splitlines()) == 2


def test_when_audited_then_the_ledger_shows_who_approved_which_version_when(
        desk: dict[str, Path], tmp_path: Path) -> None:
    assert approve(desk, KOJIN, by="山田 太郎", role="総務課長") == 0
    assert approve(desk, KOJIN, by="佐藤 花子", role="総務部長") == 0
    out = tmp_path / "audit"
    assert main(["audit", "--content", str(desk["content"]), "--out", str(out), "--today", TODAY,
                 "--config", str(desk["config"])]) == 0
    ledger = json.loads((out / "ledger.json").read_text(encoding="utf-8"))
    row = next(r for r in ledger["rows"] if r["document"] == KOJIN)
    today = today_in_tokyo().isoformat()
    assert (row["approval"], row["approved_by"], row["approved_role"], row["approved_date"], row["approved_sha256"]) == (
        "approved", "山田 太郎; 佐藤 花子", "総務課長; 総務部長", f"{today}; {today}", sha256(desk["content"] / KOJIN))
    assert "approved_by" in ledger["columns"] and "approved_by" in (out / "ledger.csv").read_text(encoding="utf-8-sig")
    page = (out / "kojin-joho--2024--2024-08-20.html").read_text(encoding="utf-8")
    assert f"{today} 山田 太郎（総務課長）、{today} 佐藤 花子（総務部長）が承認" in page
    write(desk["content"], KOJIN, KOJIN_TEXT + "追記。\n")
    assert main(["audit", "--content", str(desk["content"]), "--out", str(out), "--today", TODAY,
                 "--config", str(desk["config"]), "--compare", str(out / "ledger.json")]) == 0
    ledger = json.loads((out / "ledger.json").read_text(encoding="utf-8"))
    row = next(r for r in ledger["rows"] if r["document"] == KOJIN)
    assert (row["approval"], row["approved_by"]) == ("awaiting", "")
    assert "承認待ち（非公開）" in (out / "index.html").read_text(encoding="utf-8")
    page = (out / "kojin-joho--2024--2024-08-20.html").read_text(encoding="utf-8")
    assert "承認待ち（変更後未承認" in page and f"以前の版：{today} 山田 太郎（総務課長）が承認" in page


def test_when_verified_against_the_sources_then_the_approvals_are_taken_into_account(
        desk: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert approve(desk, KOJIN) == 0
    assert build(desk) == 0
    verify = ["verify", "--site", str(desk["site"]), "--content", str(desk["content"]), "--config", str(desk["config"])]
    assert main(verify) == 0
    assert "一致しました" in capsys.readouterr().out
    manifest = json.loads((desk["site"] / "sumi-manifest.json").read_text(encoding="utf-8"))
    assert manifest["inputs"]["approvals"] == sha256(desk["approvals"])
    shutil.copyfile(desk["approvals"], desk["approvals"].with_suffix(".bak"))
    desk["approvals"].write_text("", encoding="utf-8")   # the approval withdrawn: a rebuild holds the page back
    assert main(verify) == 1
    out = capsys.readouterr().out
    assert "決裁記録 / approvals" in out and KOJIN_PAGE.removesuffix("/index.html") in out


def test_when_the_preview_turns_the_gate_off_then_awaiting_documents_are_live_and_still_listed(
        desk: dict[str, Path]) -> None:
    config = load_config(desk["config"])
    paths = pipeline.Paths(desk["content"], desk["site"], desk["archive"], desk["config"])
    gated = pipeline.run(pipeline.Build(config, paths, date.fromisoformat(TODAY)), pipeline.CHECK_STEPS)
    preview = pipeline.run(pipeline.Build(config, paths, date.fromisoformat(TODAY), approval_gate=False),
                           pipeline.CHECK_STEPS)
    assert [d.source.rel for d in gated.live] == [JOHO]
    assert sorted(d.source.rel for d in preview.live) == [JOHO, KOJIN]
    assert gated.awaiting == preview.awaiting == {KOJIN: "new"}


@pytest.mark.parametrize("value", ["yes", True, "Required"])
def test_when_approval_has_a_bad_value_then_the_configuration_error_names_the_key(
        tmp_path: Path, value: object) -> None:
    path = config_variant(tmp_path, councils=councils(joho_kokai=value))
    with pytest.raises(ContentError) as caught:
        load_config(path)
    assert "sumi.councils.joho-kokai.approval" in str(caught.value)


def test_when_approvals_is_set_then_it_is_read_relative_to_the_configuration_folder(tmp_path: Path) -> None:
    config = load_config(config_variant(tmp_path / "conf", approvals="records/決裁.jsonl",
                                        councils=councils(kojin_joho="off")))
    assert config.approvals == (tmp_path / "conf" / "records" / "決裁.jsonl").resolve()
    assert not config.approval_required
    with pytest.raises(ContentError, match=r"sumi\.approvals"):
        load_config(config_variant(tmp_path / "bad", approvals=""))


def test_when_the_approvals_file_lies_in_the_site_folder_then_approve_and_build_refuse(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write(content, KOJIN, KOJIN_TEXT)
    config = config_variant(tmp_path, approvals="site/approvals.jsonl", councils=councils(kojin_joho="required"))
    paths = ["--content", str(content), "--config", str(config)]
    assert main(["approve", str(content / KOJIN), "--by", "山田", *paths]) == 1
    assert main(["build", *paths, "--site", str(tmp_path / "site"), "--archive", str(tmp_path / "archive"),
                 "--today", TODAY]) == 1
    assert not (tmp_path / "site").exists()
