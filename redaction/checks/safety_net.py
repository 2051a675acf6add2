"""The second pair of eyes: run the personal-data detector over what will be published.

Each published text of a document (body, title, place, hearing reason, contact, agenda)
is masked length-preserving (redaction/checks/mask.py: withheld and reviewed-public text become 〓),
so every finding points at its file:line:col. Names the document itself makes public
(attendees, absentees, secretariat) and the council's roster never fire. Each finding type
has a policy from the configuration: error stops the build, warn is listed, off is silent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from redaction.checks.mask import public_view, views_digest
from redaction.core import clerk_messages as say
from redaction.core import cores
from redaction.core.code_fingerprint import code_fingerprint
from redaction.core.config import SumiConfig
from redaction.core.cores import map_on_every_core
from redaction.core.errors import ContentError, Problem
from redaction.core.scan_record import write_record
from redaction.detect.messages import TYPE_LABELS
from redaction.detect.names.public import names_of_entries
from redaction.detect.policy import PolicyError, resolve_policy
from redaction.source.document import SourceDocument

SCANNED_LISTS = ("agenda",)  # attendees, absentees and secretariat are the document's own public names
PUBLIC_NAME_LISTS = ("attendees", "absentees", "secretariat")
CONTACT_PUBLIC_TYPES = frozenset({"phone", "email", "postal_address", "person_name"})


@dataclass(frozen=True)
class LocatedFinding:
    """A finding of the detector (detect.model.Finding) placed at its file:line:col in a source."""

    file: str
    line: int
    col: int
    type: str
    text: str
    level: str          # "error" or "warn"

    def record(self) -> dict[str, object]:
        """The `check --format json` shape."""
        return {"file": self.file, "line": self.line, "col": self.col, "type": self.type, "text": self.text}

    def stored(self) -> dict[str, object]:
        """Every field, for the work folder's record of findings."""
        return {**self.record(), "level": self.level}

    def problem(self) -> Problem:
        ja, en = TYPE_LABELS.get(self.type, (self.type, self.type))
        return say.POSSIBLE_PERSONAL_DATA.at(self.file, self.line, self.col, kind=f"detector:{self.type}",
                                             what=ja, what_en=en, text=self.text)


def policy_of(config: SumiConfig) -> Mapping[str, str]:
    try:
        return resolve_policy(config.detector)
    except PolicyError as exc:
        # At the first key at fault, as config.py read it (0:0 only for a policy not read from a file).
        line, col = next((config.detector_positions[k] for k in exc.keys if k in config.detector_positions), (0, 0))
        raise ContentError([say.DETECTOR_POLICY.at(str(config.path), line, col, error=exc)]) from None


def public_names(source: SourceDocument, config: SumiConfig) -> frozenset[str]:
    """Names this document and its council make public: never a finding (by full name, by
    surname of any length, by surname and role)."""
    entries = [member.name for member in config.councils[source.council].roster]
    for key in PUBLIC_NAME_LISTS:
        entries += [lexed.text for lexed in source.lists.get(key, ())]
    return names_of_entries(entries)


def is_public_by_field(field: str, finding_type: str) -> bool:
    """The contact field is the office's own: its numbers, addresses and officials' names are public."""
    return field == "contact" and finding_type in CONTACT_PUBLIC_TYPES


def find_personal_data(sources: Iterable[SourceDocument], config: SumiConfig, today: date,
                       work: Path | None = None) -> list[LocatedFinding]:
    """Every finding of every published document, with its level; 'off' types are left out.

    Documents are independent, so a large corpus is shared out over every core. With a work
    folder, a document whose views (`views_digest`) and detector (code, dictionary, settings)
    are those of the last run gets that run's findings without being analysed again.
    """
    policy = policy_of(config)
    if all(level == "off" for level in policy.values()):
        return []
    published = [source for source in sources if source.status != "draft"]
    detector = detector_digest(config, policy)
    before = _read_record(work, detector) if work is not None else {}
    keys = [views_digest(source, today) for source in published]
    todo = {key: source for source, key in zip(published, keys, strict=True) if key not in before}
    analysed = dict(zip(todo, _analyse(list(todo.values()), config, today, policy), strict=True))
    per_document = [before[key] if key in before else analysed[key] for key in keys]
    if work is not None:
        write_record(work, RECORD_NAME, {"format": RECORD_FORMAT, "detector": detector,
                                         "documents": {key: [f.stored() for f in found]
                                                       for key, found in zip(keys, per_document, strict=True)}})
    findings = [finding for found in per_document for finding in found]
    return sorted(findings, key=lambda f: (f.file, f.line, f.col))


RECORD_NAME = "detector-findings.json"
RECORD_FORMAT = "sumi-detector-findings/1"
_DETECTOR_PACKAGES = ("sudachipy", "sudachidict_core")


def detector_digest(config: SumiConfig, policy: Mapping[str, str]) -> str:
    """Everything besides a document's own text that shapes its findings."""
    digest = code_fingerprint(__name__, packages=_DETECTOR_PACKAGES)   # and all it imports, detect/ too
    digest.update(RECORD_FORMAT.encode())
    settings = {"policy": dict(policy), "public_terms": sorted(config.public_terms),
                "rosters": {c: [m.name for m in council.roster] for c, council in sorted(config.councils.items())}}
    digest.update(json.dumps(settings, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return digest.hexdigest()


def _read_record(work: Path, detector: str) -> dict[str, list[LocatedFinding]]:
    """The last run's findings by document views, if that run used the same detector."""
    try:
        raw = json.loads((work / RECORD_NAME).read_text(encoding="utf-8"))
        if raw["format"] != RECORD_FORMAT or raw["detector"] != detector:
            return {}
        return {key: [LocatedFinding(**stored) for stored in found] for key, found in raw["documents"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _analyse(sources: Sequence[SourceDocument], config: SumiConfig, today: date,
             policy: Mapping[str, str]) -> list[list[LocatedFinding]]:
    return map_on_every_core(_document_findings, range(len(sources)), (sources, config, today, dict(policy)),
                             worth_it=len(sources) >= cores.PARALLEL_DOCUMENTS, chunksize=16)  # a dict: spawn pickles it


# A number (compared by its letters and digits, as public terms are) or an e-mail address in the contact field.
_CONTACT_VALUE = re.compile(r"[0-9０-９(（+＋][0-9０-９()（）\-‐－―ー \u3000]{5,}[0-9０-９]|[\w.+-]+@[\w.-]+")


def _document_findings(index: int, job: tuple[Sequence[SourceDocument], SumiConfig, date, Mapping[str, str]]
                       ) -> list[LocatedFinding]:
    from redaction.detect import DetectContext, detect  # loads the analyzer's dictionary: only when needed

    sources, config, today, policy = job
    source = sources[index]
    # The contact field's own numbers and addresses are the office's: public wherever the body repeats them
    # (総合案内の電話は042-511-2200でございます).
    contact: list[str] = []
    for name, lexed in source.all_lexed():
        if name == "contact":
            view = public_view(lexed, today, keep_reviewed_public=False)
            contact += _CONTACT_VALUE.findall(view)
            contact += [found.text for found in detect(view, DetectContext()) if found.type == "postal_address"]
    context = DetectContext(public_terms=frozenset(config.public_terms) | frozenset(contact),
                            public_names=public_names(source, config))
    findings: list[LocatedFinding] = []
    for name, lexed in source.all_lexed():
        if name.split("[")[0] in PUBLIC_NAME_LISTS:
            continue
        for found in detect(public_view(lexed, today, keep_reviewed_public=False), context):
            level = policy.get(found.type, "error")
            if level != "off" and not is_public_by_field(name, found.type):
                line, col = lexed.position(found.start)
                findings.append(LocatedFinding(source.rel, line, col, found.type, found.text, level))
    return findings


def errors_of(findings: Sequence[LocatedFinding]) -> list[Problem]:
    return [f.problem() for f in findings if f.level == "error"]
