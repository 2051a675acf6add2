"""Run the detector over the project's sample minutes, masking tags approximately.

The real pipeline masks with the tag lexer; here `[[...]]` tags and `::: redact`
blocks are replaced by "〓" of equal length, which is close enough to count alarms.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from redaction.detect import DetectContext, Finding, LineIndex

from .evaluate import Detector

_INLINE = re.compile(r"(?<!\\)\[\[(?:(?!\n\s*\n).)*?\]\]", re.S)
_BLOCK = re.compile(r"^:::[ \t]+(?:redact|非公開)\b.*?^:::[ \t]*$", re.S | re.M)
_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_ROLE_WORDS = re.compile(r"[（(].*?[）)]|会長職務代理|副会長|会長|委員長|委員|事務局")
_SPLIT = re.compile(r"[、,，・]")


@dataclass(frozen=True)
class SampleResult:
    path: Path
    chars: int
    findings: tuple[tuple[int, int, Finding], ...]  # (line, col, finding)


def mask(text: str) -> str:
    def blank(match: re.Match[str]) -> str:
        return "".join(ch if ch == "\n" else "〓" for ch in match.group())

    return _INLINE.sub(blank, _BLOCK.sub(blank, text))


_PERSONAL_TAG = re.compile(r"(?<!\\)\[\[(?:personal|個人情報|個人)[ \t]*[:：][ \t]*((?:(?!\n\s*\n).)*?)\]\]", re.S)


def unmask_personal(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with personal tags' syntax masked but their texts left as if untagged,
    and the spans of those texts: what a clerk forgot to tag would look like this."""
    spans: list[tuple[int, int]] = []
    chars = list(mask(text))
    for match in _PERSONAL_TAG.finditer(text):
        chars[match.start(1) : match.end(1)] = text[match.start(1) : match.end(1)]
        spans.append((match.start(1), match.end(1)))
    return "".join(chars), spans


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def front_matter_names(meta: dict[str, object]) -> frozenset[str]:
    """Names in attendees, absentees and secretariat, without roles and titles."""
    names: set[str] = set()
    for key in ("attendees", "absentees", "secretariat"):
        for entry in _strings(meta.get(key)):
            for part in _SPLIT.split(entry):
                name = _ROLE_WORDS.sub("", part).strip()
                if name:
                    names.add(name)
                    names.add(name.split()[-1] if " " in name else name)
    return frozenset(names)


def config_context(config_file: Path) -> DetectContext:
    class _Loader(yaml.SafeLoader):
        pass

    _Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader) or {}
    sumi = config.get("sumi", {})
    roster = {m["name"] for c in sumi.get("councils", {}).values() for m in c.get("roster", []) or []}
    return DetectContext(public_terms=frozenset(sumi.get("public_terms", []) or []), public_names=frozenset(roster))


def run_samples(content: Path, context: DetectContext, run: Detector) -> tuple[list[SampleResult], float]:
    results: list[SampleResult] = []
    elapsed = 0.0
    for path in sorted(content.rglob("*.md")):
        source = path.read_text(encoding="utf-8-sig")
        front = _FRONT.match(source)
        meta = (yaml.safe_load(front.group(1)) if front else None) or {}
        body_at = front.end() if front else 0
        masked = mask(source)
        names = front_matter_names(meta) if isinstance(meta, dict) else frozenset()
        doc_context = DetectContext(context.public_terms, context.public_names | names)
        started = time.perf_counter()
        findings = run(masked[body_at:], doc_context)
        elapsed += time.perf_counter() - started
        index = LineIndex(source)
        located = tuple((*index.line_col(f.start + body_at), f) for f in findings)
        results.append(SampleResult(path, len(source), located))
    return results, elapsed


@dataclass(frozen=True)
class TaggedRecall:
    found: tuple[str, ...]  # personal passages the detector would have caught untagged
    missed: tuple[str, ...]


def tagged_recall(content: Path, context: DetectContext, run: Detector) -> TaggedRecall:
    """Would the detector catch the passages clerks tagged `personal`, had they not?"""
    found: list[str] = []
    missed: list[str] = []
    for path in sorted(content.rglob("*.md")):
        text, spans = unmask_personal(path.read_text(encoding="utf-8-sig"))
        if not spans:
            continue
        findings = run(text, context)
        for start, end in spans:
            hit = any(f.start < end and start < f.end for f in findings)
            (found if hit else missed).append(text[start:end])
    return TaggedRecall(tuple(found), tuple(missed))
