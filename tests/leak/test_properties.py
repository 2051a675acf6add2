"""Property: documents with random canaries in random constructs and tag forms build with
zero leaks, and the public text around every canary survives.

Each Hypothesis example is one MkDocs build of several documents (~2 s). CI runs
SUMI_LEAK_EXAMPLES examples (default 8); the long soak is `python -m bench.soak --cases 2000`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from leakkit import build_and_check, case_strategy, new_project, place_cases

EXAMPLES = int(os.environ.get("SUMI_LEAK_EXAMPLES", "8"))


@settings(max_examples=EXAMPLES, deadline=None, derandomize=os.environ.get("CI") is not None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(case_strategy(), min_size=4, max_size=10))
def test_when_canaries_are_put_anywhere_then_none_leaks_and_public_text_survives(cases) -> None:
    with tempfile.TemporaryDirectory(prefix="sumi-prop-") as tmp:
        project = new_project(Path(tmp) / "p")
        place_cases(project, cases)
        outcome = build_and_check(project)
        assert outcome.status == 0, outcome.log
        assert outcome.leaks == []
        assert outcome.lost == []
