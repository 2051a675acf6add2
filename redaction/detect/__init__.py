"""Safety net: find untagged personal data in public text before anything is published.

    from redaction.detect import DetectContext, detect, DEFAULT_POLICY
    findings = detect(masked_body, DetectContext(public_terms=..., public_names=...))

`masked_body` is the document body in which every tag (withheld text, tag syntax,
[[public: …]] spans) has been replaced by "〓", one per character, so offsets map
to the source. Each recognizer is a small module under recognizers/, listed by
type in registry.RECOGNIZERS. Person names use SudachiPy when it is installed.
"""

from __future__ import annotations

from .compiling import classes_built_once

with classes_built_once():  # every module of the detector compiles its patterns as it loads (compiling.py)
    from .engine import detect
    from .messages import LineIndex, format_finding, to_records
    from .model import MASK, DetectContext, Finding
    from .policy import DEFAULT_POLICY, PolicyError, resolve_policy
    from .registry import RECOGNIZERS, STRUCTURED_TYPES

__all__ = [
    "DEFAULT_POLICY",
    "MASK",
    "RECOGNIZERS",
    "STRUCTURED_TYPES",
    "DetectContext",
    "Finding",
    "LineIndex",
    "PolicyError",
    "detect",
    "format_finding",
    "resolve_policy",
    "to_records",
]
