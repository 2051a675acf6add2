"""Every recognizer and every public look-alike, from tests/detect/fixtures/*.txt."""

from __future__ import annotations

import pytest

from redaction.detect import detect
from redaction.detect.names import analyzer

from .fixture_reader import FIXTURE_CONTEXT, Case, all_cases

CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fixture(case: Case) -> None:
    if case.needs_analyzer and not analyzer.available():
        pytest.skip("SudachiPy is not installed")
    found = tuple((f.type, f.text) for f in detect(case.text, FIXTURE_CONTEXT))
    assert found == case.expected


def test_when_fixtures_are_read_then_every_recognizer_has_cases() -> None:
    files = {c.file for c in CASES}
    for name in ("phone", "email", "postal_address", "birth_date", "my_number", "bank_account", "personal_id", "person_name"):
        assert f"{name}.txt" in files
    assert len(CASES) >= 80
