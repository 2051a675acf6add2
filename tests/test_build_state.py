"""The build's state per step (redaction/pipeline.py): each step keeps the record it made on the build;
what a step that has not run makes is not there, and asking for it names the order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from redaction import pipeline
from redaction.core.config import load_config
from redaction.core.errors import ContentError
from tests.conftest import CONFIG, write

MINUTES = "---\ntitle: 第1回会議\ncouncil: kojin-joho\ndate: 2025-06-10\n---\n本文。[[personal: 山田太郎]]\n"


def _build(tmp_path: Path) -> pipeline.Build:
    write(tmp_path / "content", "kojin-joho/a.md", MINUTES)
    paths = pipeline.Paths(tmp_path / "content", tmp_path / "site", tmp_path / "archive", CONFIG)
    return pipeline.Build(load_config(CONFIG), paths, date(2026, 11, 22), log=lambda _: None)


def _step(name: str) -> pipeline.Step:
    return next(step for step in pipeline.BUILD_STEPS if step[0] == name)


def test_when_a_step_runs_before_the_step_whose_record_it_reads_then_it_stops_naming_that_step_and_the_order(
        tmp_path: Path) -> None:
    build = _build(tmp_path)
    with pytest.raises(pipeline.StepOrderError) as raised:
        pipeline.run(build, [_step("load"), _step("check"), _step("approval"), _step("stage"), _step("feeds")])
    message = str(raised.value)
    assert "'render' step has not run" in message
    assert "load → check → approval → stage → feeds" in message   # the list that was run, in its order
    assert "ran so far: load, check, approval, stage" in message
    assert not (tmp_path / "site").exists()                    # nothing was made for the site


def test_when_render_runs_before_stage_then_no_new_site_folder_is_made_or_left(tmp_path: Path) -> None:
    build = _build(tmp_path)
    with pytest.raises(pipeline.StepOrderError, match="'stage' step has not run"):
        pipeline.run(build, [_step("load"), _step("check"), _step("approval"), _step("render")])
    assert not [p for p in tmp_path.iterdir() if "site" in p.name] and not build.unpublished


def test_when_a_record_is_read_before_any_step_then_the_error_names_the_build_steps() -> None:
    build = pipeline.Build(load_config(CONFIG), pipeline.Paths(Path("c"), Path("s"), Path("a"), CONFIG),
                           date(2026, 11, 22))
    with pytest.raises(pipeline.StepOrderError, match=r"'load' step has not run.*unchanged → load → check"):
        _ = build.documents
    assert not build.finished and build.warnings == []   # optional readings: no unchanged step, no warning yet


def test_when_the_check_step_finds_errors_then_its_record_is_kept_before_the_run_stops(tmp_path: Path) -> None:
    build = _build(tmp_path)
    write(tmp_path / "content", "kojin-joho/b.md", MINUTES.replace("第1回", "第2回").replace(
        "[[personal: 山田太郎]]", "山田太郎"))   # the withheld name, published elsewhere: a consistency error
    with pytest.raises(ContentError):
        pipeline.run(build, pipeline.CHECK_STEPS)
    assert list(build.made) == ["load", "check"] and build.of("check", pipeline.Checked).problems


def test_when_the_build_runs_then_each_step_keeps_one_record_under_its_name_and_no_new_folder_is_left(
        tmp_path: Path) -> None:
    build = pipeline.run(_build(tmp_path), pipeline.BUILD_STEPS)
    assert list(build.made) == [name for name, _, _ in pipeline.BUILD_STEPS]
    assert all(step.__name__ == name for name, _, step in pipeline.BUILD_STEPS)
    assert not build.unpublished and (tmp_path / "site" / "sumi-manifest.json").is_file()
    assert build.scan_counts[0] > 0 and not build.leaks and len(build.documents) == 1
