"""bench.run reads the build's log: its step lines and the search index's line must keep the shape it parses; its CPU
figures (--cpu) are there for every step that works."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bench.run import SEARCH_INDEX, step_times
from tests.conftest import REPO, build


def test_when_a_build_log_is_read_then_every_step_and_the_search_index_are_timed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert build(REPO / "content", tmp_path) == 0
    log = capsys.readouterr()
    times = step_times(log.out + log.err)
    assert list(times)[:3] == ["comparing with the published site", "loading and redacting sources",
                               "consistency and personal-data check"]
    names = list(times)
    assert names.index(SEARCH_INDEX) == names.index("rendering and indexing") + 1
    assert 0 < times[SEARCH_INDEX] <= times["rendering and indexing"]
    assert "publishing" in times


def test_when_the_table_is_printed_then_it_says_how_loaded_the_machine_was() -> None:
    from bench.run import Row, Run, table

    row = Row(1000, 339, full=Run(40.0, 800, 0, ""), baseline=Run(10.0, 100, 0, ""), load=(7.5, 9.25))
    printed = table([row])
    assert "| 1,000 (339) | 40.0 s |" in printed and "| 4.00 |" in printed
    assert "1,000: 7.5 → 9.2" in printed


def test_when_a_build_is_measured_with_cpu_then_every_working_step_and_plain_mkdocs_have_cpu_seconds(
        tmp_path: Path) -> None:
    from bench.councils import write_config
    from bench.generate import generate
    from bench.run import WHOLE_BUILD, Row, baseline_config, copy_corpus, cpu_table, measure

    kept = tmp_path / "kept"   # the shape of a folder `bench.run --keep` left: its sources and configuration
    kept.mkdir()
    generate(kept / "content", 40, seed=3, config=write_config(kept / "mkdocs.yml", 3))
    root = tmp_path / "run"
    assert copy_corpus(kept, root) == 40
    full = measure([sys.executable, "build.py", "build", "--content", str(root / "content"), "--site",
                    str(root / "site"), "--archive", str(root / "archive"), "--today", "2026-11-22",
                    "--config", str(root / "mkdocs.yml")])
    assert full.returncode == 0, full.stderr[-2000:]
    (root / "baseline.yml").write_text(
        baseline_config(root / ".sumi-work" / "public", root / "plain-site", root / "overrides"), encoding="utf-8")
    plain = measure([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(root / "baseline.yml")])
    assert plain.returncode == 0, plain.stderr[-2000:]

    working = ("loading and redacting sources", "consistency and personal-data check", "rendering and indexing",
               "leak scan")
    for step in working:
        assert full.cpu_by_step[step].in_all > 0, step
    for step, cpu in full.cpu_by_step.items():
        assert cpu.process >= 0 and cpu.workers >= 0 and cpu.in_all >= cpu.process, step
    steps_sum = sum(cpu.in_all for cpu in full.cpu_by_step.values())
    assert steps_sum <= full.cpu_seconds + 0.05   # the whole tree's getrusage holds every step's CPU
    assert 0 < plain.cpu_seconds and not plain.cpu_by_step   # one process, no step lines

    printed = cpu_table(Row(40, full=full, baseline=plain))
    assert "| step (40 documents) | wall | CPU, the build's process | CPU, its workers | CPU in all |" in printed
    for step in (*working, f"**{WHOLE_BUILD}**", "plain MkDocs + Material, the same pages (one process)"):
        assert f"| {step} |" in printed, step
    assert f"**{full.cpu_seconds:.1f} s** |" in printed and f"**{plain.cpu_seconds:.1f} s** |" in printed
