"""The configuration is validated at start: every bad key is reported by name, then the run stops."""

from __future__ import annotations

from pathlib import Path

import pytest

from redaction.cli import main
from redaction.config import load_config
from redaction.errors import ContentError
from tests.conftest import CONFIG, config_variant, write


def test_when_the_shipped_configuration_is_read_then_the_contract_ids_are_there() -> None:
    config = load_config(CONFIG)
    assert set(config.categories) >= {"personal", "corporate", "security", "tender", "deliberation"}
    assert set(config.retention) >= {"web-1y", "web-3y", "web-5y", "web-10y", "permanent"}
    assert config.councils["kojin-joho"].speaker_names == "hidden"
    assert config.councils["joho-kokai"].speaker_names == "shown"
    assert config.retention["web-3y"].years == 3 and config.retention["permanent"].years is None
    assert config.category_for("個人情報").id == "personal"  # a Japanese alias


@pytest.mark.parametrize(("change", "key"), [
    ({"categories": {"personal": {"label": "個人情報", "aliases": ["個人情報"]}}}, "sumi.categories.personal.basis"),
    ({"categories": {"Personal": {"label": "x", "basis": "y"}}}, "sumi.categories.Personal"),
    ({"categories": {"a": {"label": "x", "basis": "y", "aliases": ["同じ"]},
                     "b": {"label": "x", "basis": "y", "aliases": ["同じ"]}}}, "sumi.categories.b.aliases"),
    ({"categories": {"a": {"label": "x", "basis": "y", "aliases": ["public"]}}}, "sumi.categories.a.aliases"),
    ({"categories": {"a": {"label": "x", "basis": "y", "colour": "red"}}}, "sumi.categories.a.colour"),
    ({"retention": {"web-3y": {"label": "x", "years": 0}}}, "sumi.retention.web-3y.years"),
    ({"councils": {"k": {"name": "審議会", "retention": "web-99y", "speaker_names": "hidden"}}},
     "sumi.councils.k.retention"),
    ({"councils": {"k": {"name": "審議会", "retention": "web-3y", "speaker_names": "sometimes"}}},
     "sumi.councils.k.speaker_names"),
    ({"councils": {"k": {"name": "審議会", "retention": "web-3y", "speaker_names": "shown",
                         "roster": [{"name": "北村"}]}}}, "sumi.councils.k.roster[0]"),
    ({"detector": {"phone": "maybe"}}, "sumi.detector.phone"),
    ({"review_share": 3}, "sumi.review_share"),
    ({"expiry_warning_days": -1}, "sumi.expiry_warning_days"),
    ({"colour": "red"}, "sumi.colour"),
])
def test_when_a_key_is_wrong_then_the_error_names_it(tmp_path: Path, change: dict, key: str) -> None:
    path = config_variant(tmp_path, **change)
    with pytest.raises(ContentError) as caught:
        load_config(path)
    assert any(f"config {key}:" in p.en for p in caught.value.problems), caught.value.problems


def test_when_several_keys_are_wrong_then_all_are_reported_at_once(tmp_path: Path) -> None:
    path = config_variant(tmp_path, review_share=3, expiry_warning_days=-1, colour="red")
    with pytest.raises(ContentError) as caught:
        load_config(path)
    assert len(caught.value.problems) == 3


def test_when_the_configuration_is_wrong_then_the_build_exits_1_and_publishes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "content", "a.md", "---\ntitle: x\ncouncil: kojin-joho\ndate: 2024-05-14\n---\n本文\n")
    path = config_variant(tmp_path / "cfg", review_share=3)
    status = main(["build", "--content", str(tmp_path / "content"), "--site", str(tmp_path / "site"),
                   "--config", str(path), "--today", "2026-11-22"])
    assert status == 1
    assert not (tmp_path / "site").exists()
    assert "sumi.review_share" in capsys.readouterr().err


def test_when_the_configuration_file_is_missing_or_not_yaml_then_exit_1(tmp_path: Path) -> None:
    assert main(["check", "--content", str(tmp_path), "--config", str(tmp_path / "none.yml")]) == 1
    write(tmp_path, "bad.yml", "sumi: [unclosed\n")
    assert main(["check", "--content", str(tmp_path), "--config", str(tmp_path / "bad.yml")]) == 1
