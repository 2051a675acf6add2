"""The second pair of eyes: run the personal-data detector over what will be published.

Each published text of a document (body, title, place, hearing reason, contact, agenda)
is masked length-preserving (redaction/mask.py: withheld and reviewed-public text become 〓),
so every finding points at its file:line:col. Names the document itself makes public
(attendees, absentees, secretariat) and the council's roster never fire. Each finding type
has a policy from the configuration: error stops the build, warn is listed, off is silent.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from redaction.config import SumiConfig
from redaction.detect.messages import TYPE_LABELS
from redaction.detect.policy import PolicyError, resolve_policy
from redaction.errors import ContentError, Problem, problem
from redaction.mask import public_view
from redaction.source import SourceDocument

SCANNED_LISTS = ("agenda",)  # attendees, absentees and secretariat are the document's own public names
_PARENTHESES = re.compile(r"[（(][^）)]*[）)]")


@dataclass(frozen=True)
class Finding:
    """A detector finding located in a source file."""

    file: str
    line: int
    col: int
    type: str
    text: str
    level: str          # "error" or "warn"

    def record(self) -> dict[str, object]:
        """The `check --format json` shape."""
        return {"file": self.file, "line": self.line, "col": self.col, "type": self.type, "text": self.text}

    def problem(self) -> Problem:
        ja, en = TYPE_LABELS.get(self.type, (self.type, self.type))
        return problem(self.file, self.line, self.col,
                       f"タグのない{ja}の可能性「{self.text}」。非公開なら [[personal: …]] で囲み、"
                       "公開してよいと確認した場合は [[public: …]] で囲んでください。",
                       f"possible untagged {en} \"{self.text}\": tag it [[personal: …]], or mark it "
                       "reviewed-public with [[public: …]].")


def policy_of(config: SumiConfig) -> Mapping[str, str]:
    try:
        return resolve_policy(config.detector)
    except PolicyError as exc:
        raise ContentError([problem(str(config.path), 0, 0, "設定 sumi.detector が不正です。", str(exc))]) from None


def public_names(source: SourceDocument, config: SumiConfig) -> frozenset[str]:
    """Names this document and its council make public: never a finding."""
    names: set[str] = set()
    entries = [member.name for member in config.councils[source.council].roster]
    for key in ("attendees", "absentees", "secretariat"):
        entries += [lexed.text for lexed in source.lists.get(key, ())]
    for entry in entries:
        plain = _PARENTHESES.sub(" ", entry)
        names.add("".join(plain.split()))
        names.update(token for token in plain.split() if len(token) >= 2)
    return frozenset(names)


PARALLEL_DOCUMENTS = 200  # below this, starting worker processes costs more than it saves
_job: tuple[SumiConfig, date, Mapping[str, str]] | None = None  # inherited by forked workers


def find_personal_data(sources: Iterable[SourceDocument], config: SumiConfig, today: date) -> list[Finding]:
    """Every finding of every published document, with its level; 'off' types are left out.

    Documents are independent, so a large corpus is shared out over every core.
    """
    policy = policy_of(config)
    if all(level == "off" for level in policy.values()):
        return []
    published = [source for source in sources if source.status != "draft"]
    global _job  # read by _document_findings, here or in forked workers
    _job = (config, today, policy)
    try:
        workers = min(os.cpu_count() or 1, len(published))
        if workers > 1 and len(published) >= PARALLEL_DOCUMENTS:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                per_document = pool.map(_document_findings, published, chunksize=16)
        else:
            per_document = [_document_findings(source) for source in published]
    finally:
        _job = None
    findings = [finding for found in per_document for finding in found]
    return sorted(findings, key=lambda f: (f.file, f.line, f.col))


def _document_findings(source: SourceDocument) -> list[Finding]:
    from redaction.detect import DetectContext, detect  # loads the analyzer's dictionary: only when needed

    assert _job is not None
    config, today, policy = _job
    context = DetectContext(public_terms=frozenset(config.public_terms), public_names=public_names(source, config))
    findings: list[Finding] = []
    for name, lexed in source.all_lexed():
        if name.split("[")[0] in ("attendees", "absentees", "secretariat"):
            continue
        for found in detect(public_view(lexed, today, keep_reviewed_public=False), context):
            level = policy.get(found.type, "error")
            if level != "off":
                line, col = lexed.position(found.start)
                findings.append(Finding(source.rel, line, col, found.type, found.text, level))
    return findings


def errors_of(findings: Sequence[Finding]) -> list[Problem]:
    return [f.problem() for f in findings if f.level == "error"]
