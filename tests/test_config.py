"""The configuration is validated at start: every bad key is reported by name, then the run stops."""

from __future__ import annotations

from pathlib import Path

import pytest

from redaction.cli import main
from redaction.core.config import load_config
from redaction.core.errors import ContentError
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


def _shipped_with(tmp_path: Path, old: str, new: str) -> tuple[Path, str]:
    """The shipped mkdocs.yml as written (comments, layout), one piece replaced; theme path kept absolute."""
    text = CONFIG.read_text(encoding="utf-8").replace("custom_dir: theme", f"custom_dir: {CONFIG.parent / 'theme'}")
    assert old in text
    text = text.replace(old, new, 1)
    path = tmp_path / "mkdocs.yml"
    path.write_text(text, encoding="utf-8")
    return path, text


def _position(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the first `needle` in `text`."""
    before = text[: text.index(needle)]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


@pytest.mark.parametrize(("old", "new", "at", "key"), [
    # an unknown key: the error points at the key
    ("  city: すみれ市", "  city: すみれ市\n  colour: red", "colour", "sumi.colour"),
    # a wrong value: the error points at the value
    ("      speaker_names: shown", "      speaker_names: sometimes", "sometimes", "sumi.councils.joho-kokai.speaker_names"),
    # a value of the wrong type
    ("  public_terms:", "  expiry_warning_days: soon\n  public_terms:", "soon", "sumi.expiry_warning_days"),
    # a wrong member of a list: the error points at the member
    ("{name: 大野 健, role: 委員}", "{name: 大野 健}", "{name: 大野 健}", "sumi.councils.kojin-joho.roster[2]"),
    # a retention class that is not defined (a check across keys)
    ("      retention: web-3y\n      speaker_names: shown", "      retention: web-99y\n      speaker_names: shown",
     "web-99y", "sumi.councils.joho-kokai.retention"),
    # an unknown key of an entry
    ("      speaker_names: shown", "      speaker_names: shown\n      colour: red", "colour", "sumi.councils.joho-kokai.colour"),
])
def test_when_a_key_or_value_is_wrong_then_the_error_names_its_line_and_column_in_the_file(
        tmp_path: Path, old: str, new: str, at: str, key: str) -> None:
    path, text = _shipped_with(tmp_path, old, new)
    with pytest.raises(ContentError) as caught:
        load_config(path)
    (found,) = caught.value.problems
    assert f"config {key}:" in found.en
    assert (found.location.line, found.location.col) == _position(text, at), found
    assert str(found).startswith(f"{path}:{found.location.line}:{found.location.col}: 設定 {key}: ")


def test_when_a_required_key_is_missing_then_the_error_points_at_its_parent(tmp_path: Path) -> None:
    path, text = _shipped_with(tmp_path, "  city: すみれ市\n", "")
    with pytest.raises(ContentError) as caught:
        load_config(path)
    (found,) = caught.value.problems
    assert "config sumi.city:" in found.en
    assert (found.location.line, found.location.col) == _position(text, "sumi:")
