"""bench.run reads the build's log: its step lines and the search index's line must keep the shape it parses."""

from __future__ import annotations

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
