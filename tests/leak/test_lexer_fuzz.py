"""The tag lexer never fails open: any input either lexes into well-formed tags whose public
form holds no stray `[[`, `]]` or `:::` line, or raises ContentError with a file:line:col.

CI runs SUMI_LEX_EXAMPLES Hypothesis inputs (default 400, well under a second each batch);
`python -m bench.soak --fuzz-lexer 200000` runs the same check on random inputs.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from leakkit import lex_checker, lex_input_strategy

EXAMPLES = int(os.environ.get("SUMI_LEX_EXAMPLES", "400"))
CHECK = lex_checker()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lex_input_strategy())
def test_when_any_text_is_lexed_then_it_parses_well_formed_or_raises_content_error(text: str) -> None:
    assert CHECK(text) in ("ok", "error")


@pytest.mark.parametrize(("text", "expected"), [
    ("[[personal: 鵺]]", "ok"),
    ("\\[[ literal \\]]", "ok"),
    ("::: redact personal\n鵺\n:::", "ok"),
    ("[[personal 鵺]]", "error"),
    ("[[personal: 鵺", "error"),
    ("鵺]]", "error"),
    (":::", "error"),
    ("::: redact personal\n鵺", "error"),
    ("[[nosuch: 鵺]]", "error"),
    ("［［personal: 鵺］］", "error"),
    ("[personal: 鵺]", "error"),
    ("[[personal: a\n\nb]]", "error"),
    ("[[personal: [[personal: a]]]]", "error"),
    ("  ::: redact personal\n鵺\n  :::", "ok"),
    ("：：： 非公開 個人情報\n鵺\n：：：", "ok"),
])
def test_when_known_input_is_lexed_then_the_checker_gives_expected_verdict(text: str, expected: str) -> None:
    assert CHECK(text) == expected
