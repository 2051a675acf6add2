"""Run every recognizer, drop what is public or masked, resolve overlaps."""

from __future__ import annotations

from collections.abc import Mapping

from .model import MASK, DetectContext, Doc, Finding
from .public_terms import is_public, public_spans, term_keys
from .registry import RECOGNIZERS, Recognizer


def detect(
    text: str,
    context: DetectContext,
    recognizers: Mapping[str, Recognizer] = RECOGNIZERS,
) -> list[Finding]:
    """Findings of personal data in public text, sorted by start.

    `text` is the masked document body: every withheld or reviewed-public character
    is "〓", so no finding ever contains one.
    """
    doc = Doc.of(text, context)
    spans = public_spans(text, doc.folded, context.public_terms)
    keys = term_keys(context.public_terms)
    priority = {name: rank for rank, name in enumerate(recognizers)}
    found: list[Finding] = []
    for name, recognize in recognizers.items():
        for start, end in recognize(doc):
            finding = Finding(type=name, start=start, end=end, text=text[start:end])
            if start < end and MASK not in finding.text and not is_public(finding, spans, keys):
                found.append(finding)
    return _without_nested(found, priority)


def _without_nested(found: list[Finding], priority: Mapping[str, int]) -> list[Finding]:
    """Drop a finding that lies inside another one (the longer, then higher-priority wins)."""
    ordered = sorted(set(found), key=lambda f: (f.start, -(f.end - f.start), priority.get(f.type, 99)))
    kept: list[Finding] = []
    reach = -1  # the furthest end of a kept finding; every kept one starts before
    for finding in ordered:
        if finding.end <= reach:
            continue
        kept.append(finding)
        reach = finding.end
    return kept
