"""The second pair of eyes: run the personal-data detector over what will be published.

Each published text of a document (body, title, place, hearing reason, contact, agenda)
is masked length-preserving (redaction/mask.py: withheld and reviewed-public text become 〓),
so every finding points at its file:line:col. Names the document itself makes public
(attendees, absentees, secretariat) and the council's roster never fire. Each finding type
has a policy from the configuration: error stops the build, warn is listed, off is silent.
"""

from __future__ import annotations

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


def find_personal_data(sources: Iterable[SourceDocument], config: SumiConfig, today: date) -> list[Finding]:
    """Every finding of every published document, with its level; 'off' types are left out."""
    policy = policy_of(config)
    if all(level == "off" for level in policy.values()):
        return []
    from redaction.detect import DetectContext, detect  # loads the analyzer's dictionary: only when needed

    findings: list[Finding] = []
    for source in sources:
        if source.status == "draft":
            continue
        context = DetectContext(public_terms=frozenset(config.public_terms), public_names=public_names(source, config))
        texts = [(name, lexed) for name, lexed in source.all_lexed()
                 if name.split("[")[0] not in ("attendees", "absentees", "secretariat")]
        for _, lexed in texts:
            for found in detect(public_view(lexed, today, keep_reviewed_public=False), context):
                level = policy.get(found.type, "error")
                if level == "off":
                    continue
                line, col = lexed.position(found.start)
                findings.append(Finding(source.rel, line, col, found.type, found.text, level))
    return sorted(findings, key=lambda f: (f.file, f.line, f.col))


def errors_of(findings: Sequence[Finding]) -> list[Problem]:
    return [f.problem() for f in findings if f.level == "error"]
