"""Work shared out over every core (redaction/core/cores.py): results one by one, as they arrive."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from redaction.core import cores

WAIT = 10.0   # seconds the last item waits for the sign that the first result was handed over


def _wait_for_sign(item: int, folder: Path) -> tuple[int, bool]:
    """The last item waits (at most WAIT s) until the caller has received the first result and left a sign."""
    if item == 5:
        deadline = time.monotonic() + WAIT
        while not (folder / "first-received").exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        return item, (folder / "first-received").exists()
    return item, False


@pytest.mark.parametrize("parallel", [True, False])
def test_when_results_are_taken_one_by_one_then_the_first_arrives_before_the_last_item_has_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parallel: bool) -> None:
    """The load step turns each worker's pickled document into the document as it arrives, so that the parent
    never holds every pickle at once (at 10,000 documents about 900 MB beside the documents themselves)."""
    monkeypatch.setattr(cores.os, "cpu_count", lambda: 2)
    results = []
    for result in cores.each_on_every_core(_wait_for_sign, list(range(6)), tmp_path, worth_it=parallel):
        results.append(result)
        (tmp_path / "first-received").touch()
    assert [item for item, _ in results] == list(range(6))   # in order
    assert results[-1] == (5, True)   # the last item ran after the first result was in the caller's hands


def test_when_results_are_mapped_then_they_come_back_as_one_list_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cores.os, "cpu_count", lambda: 2)
    assert cores.map_on_every_core(_double, list(range(50)), 3, chunksize=4) == [3 * n for n in range(50)]


def _double(item: int, factor: int) -> int:
    return item * factor
