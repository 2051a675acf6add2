"""Scoring: recall per type, false alarms per document, time per document."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from types import MappingProxyType

from redaction.detect import DetectContext, Finding, detect
from redaction.detect.recognizers import person_name
from redaction.detect.registry import RECOGNIZERS, Recognizer

from .generate import EvalDoc, Label

Detector = Callable[[str, DetectContext], list[Finding]]


def detector_for(mode: str) -> Detector:
    """'analyzer' (SudachiPy for names), 'rules' (context rules only), 'structured' (no names)."""
    table: dict[str, Recognizer] = dict(RECOGNIZERS)
    if mode == "structured":
        del table[person_name.TYPE]
    else:
        table[person_name.TYPE] = partial(person_name.recognize_with, use_analyzer=mode == "analyzer")
    frozen = MappingProxyType(table)
    return lambda text, context: detect(text, context, frozen)


@dataclass(frozen=True)
class Miss:
    doc: str
    label: Label


@dataclass(frozen=True)
class Alarm:
    doc: str
    finding: Finding


@dataclass(frozen=True)
class Report:
    mode: str
    labels: Mapping[str, int]  # type -> labelled values
    found: Mapping[str, int]  # type -> labelled values found
    shapes: Mapping[str, tuple[int, int]]  # name shape -> (found, labelled)
    misses: tuple[Miss, ...]
    alarms: tuple[Alarm, ...]
    docs_by_kind: Mapping[str, int]
    alarms_by_kind: Mapping[str, int]
    ms_per_doc: float
    chars_per_doc: float

    def recall(self, type_: str) -> float:
        return self.found[type_] / self.labels[type_] if self.labels.get(type_) else 1.0


def _hit(label: Label, findings: Sequence[Finding]) -> bool:
    return any(f.type == label.type and f.start < label.end and label.start < f.end for f in findings)


def _is_alarm(finding: Finding, labels: Sequence[Label]) -> bool:
    return not any(f"{finding.type}" == lab.type and finding.start < lab.end and lab.start < finding.end for lab in labels)


def evaluate(docs: Sequence[EvalDoc], context: DetectContext, mode: str) -> Report:
    run = detector_for(mode)
    run(docs[0].text, context)  # warm-up: loads the analyzer once, outside the timing
    started = time.perf_counter()
    results = [run(doc.text, context) for doc in docs]
    elapsed = time.perf_counter() - started
    labels: Counter[str] = Counter()
    found: Counter[str] = Counter()
    shapes: dict[str, list[int]] = {}
    misses: list[Miss] = []
    alarms: list[Alarm] = []
    alarms_by_kind: Counter[str] = Counter()
    for doc, findings in zip(docs, results, strict=True):
        for label in doc.labels:
            labels[label.type] += 1
            hit = _hit(label, findings)
            found[label.type] += hit
            if label.shape:
                shape = shapes.setdefault(label.shape, [0, 0])
                shape[0] += hit
                shape[1] += 1
            if not hit:
                misses.append(Miss(doc.id, label))
        for finding in findings:
            if _is_alarm(finding, doc.labels):
                alarms.append(Alarm(doc.id, finding))
                alarms_by_kind[doc.kind] += 1
    return Report(
        mode=mode,
        labels=dict(labels),
        found=dict(found),
        shapes={k: (v[0], v[1]) for k, v in shapes.items()},
        misses=tuple(misses),
        alarms=tuple(alarms),
        docs_by_kind=dict(Counter(doc.kind for doc in docs)),
        alarms_by_kind=dict(alarms_by_kind),
        ms_per_doc=elapsed * 1000 / len(docs),
        chars_per_doc=sum(len(doc.text) for doc in docs) / len(docs),
    )
