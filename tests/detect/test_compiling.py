"""The detector's patterns, compiled at import with each character class built once (redaction/detect/compiling.py),
are the patterns a plain compile gives."""

from __future__ import annotations

import importlib
import pkgutil
import re
import types
from re import _compiler

import redaction.detect
from redaction.detect.compiling import classes_built_once


def _detector_patterns() -> list[re.Pattern[str]]:
    patterns = []
    for module in pkgutil.walk_packages(redaction.detect.__path__, "redaction.detect."):
        patterns += [value for value in vars(importlib.import_module(module.name)).values() if isinstance(value, re.Pattern)]
    return patterns


def test_when_the_detector_is_imported_then_each_pattern_s_code_is_a_plain_compile_s() -> None:
    patterns = _detector_patterns()
    assert len(patterns) > 500
    kanji = 0
    for pattern in patterns:
        assert _compiler.compile(pattern.pattern, pattern.flags) == pattern, pattern.pattern[:60]  # equal: the same code
        kanji += "一-龯" in pattern.pattern
    assert kanji > 100  # the class most of them share


def test_when_classes_are_built_once_then_patterns_sharing_one_compile_as_plain_ones_and_the_compiler_is_restored() -> None:
    plain = _compiler._optimize_charset
    sources = ["[一-龯々〆ヶヵ]+", "[^一-龯々〆ヶヵ]", "(?i)[a-zé]+", "[0-9A-F]{2}", "[ぁ-ゖ][一-龯々〆ヶヵ]", "[\\w\\s・]", "[^\\W\\d]"]
    with classes_built_once():
        assert _compiler._optimize_charset is not plain
        once = [_compiler.compile(source, re.UNICODE) for source in sources + sources]
    assert _compiler._optimize_charset is plain
    assert once == [_compiler.compile(source, re.UNICODE) for source in sources + sources]


def test_when_python_s_compiler_has_no_charset_step_then_patterns_compile_plainly() -> None:
    without_the_step = types.ModuleType("compiler_without_optimize_charset")
    with classes_built_once(without_the_step):
        compiled = re.compile("[一-龯々〆ヶヵ]+の")
    assert not hasattr(without_the_step, "_optimize_charset")
    assert compiled.fullmatch("伊能の") is not None
