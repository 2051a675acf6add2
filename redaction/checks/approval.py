"""Approval (決裁): which exact version of a source a superior approved, and what therefore waits.

A council may require approval (`sumi.councils.<id>.approval: required`). `build.py approve`
appends one JSON object a line to the approvals file (`sumi.approvals`, beside the configuration,
default `approvals.jsonl`):

    {"path": "kojin-joho/2024/2024-05-14.md", "sha256": "…", "by": "山田 太郎", "role": "課長",
     "date": "2026-11-20", "note": ""}

`path` is the source's path relative to the content folder (POSIX), `sha256` the digest of its
bytes, `date` the day in Asia/Tokyo. For such a council a document is published only when the
sha256 of its current bytes has an approval; any other version *awaits approval* (承認待ち) and
is held back like a draft — a changed document's page leaves the site until its new version is
approved. The file holds no withheld text: `approve` refuses a note, name or role holding any.
A line that is not such an object is an error naming file:line, and nothing is published.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath

from redaction.core import clerk_messages as say
from redaction.core.clerk_messages import Message
from redaction.core.config import SumiConfig
from redaction.core.errors import ContentError, Problem, problem
from redaction.core.normalize import squash
from redaction.source.public_page import PublicDocument
from redaction.source.redact import Redaction, withheld_needles

KEYS = ("path", "sha256", "by", "role", "date", "note")   # the order of every line's keys
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
NEW, CHANGED = "new", "changed"                          # why a document awaits approval
AWAITING_LABELS = {NEW: "新規 / new", CHANGED: "変更後未承認 / changed since its approval"}


@dataclass(frozen=True)
class Approval:
    """One line of the approvals file: `by` (as `role`) approved the source `path` whose bytes have `sha256`."""

    path: str
    sha256: str
    by: str
    role: str
    date: str
    note: str

    def line(self) -> str:
        """The line as `approve` appends it: keys in KEYS order, Japanese as written, one line."""
        return json.dumps(asdict(self), ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class Approvals:
    """Every approval of the file, in file order, and the sha256 of the file's bytes as read."""

    records: tuple[Approval, ...] = ()
    digest: str = hashlib.sha256(b"").hexdigest()
    _by_version: Mapping[tuple[str, str], tuple[Approval, ...]] = field(default_factory=dict, repr=False,
                                                                         compare=False)

    def of(self, path: str, sha256: str) -> tuple[Approval, ...]:
        """The approvals of this exact version, oldest first."""
        return self._by_version.get((path, sha256), ())

    def of_other_versions(self, path: str, sha256: str) -> tuple[Approval, ...]:
        return tuple(a for a in self.records if a.path == path and a.sha256 != sha256)


def approvals_of(records: Iterable[Approval], digest: str) -> Approvals:
    by_version: dict[tuple[str, str], list[Approval]] = {}
    records = tuple(records)
    for record in records:
        by_version.setdefault((record.path, record.sha256), []).append(record)
    return Approvals(records, digest, {key: tuple(value) for key, value in by_version.items()})


def read_approvals(path: Path) -> Approvals:
    """The approvals file (none yet when it does not exist); ContentError naming file:line for a bad line."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Approvals()
    name = str(path)
    try:
        text = data.decode("utf-8-sig", errors="strict")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ContentError([say.APPROVALS_NOT_UTF8.at(name, line, 1, reason=exc.reason)]) from None
    records: list[Approval] = []
    problems: list[Problem] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        record = _record(line, name, number, problems)
        if record is not None:
            records.append(record)
    if problems:
        raise ContentError(problems)
    return approvals_of(records, hashlib.sha256(data).hexdigest())


def _record(line: str, name: str, number: int, problems: list[Problem]) -> Approval | None:
    def fail(message: Message, col: int = 1, **parts: object) -> None:
        ja, en = message.texts(**parts)
        problems.append(problem(name, number, col, f"決裁記録の行が正しくありません：{ja}",
                                f"malformed approvals line: {en}"))

    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        fail(say.APPROVALS_LINE_NOT_JSON, exc.colno, error=exc.msg)
        return None
    if not isinstance(value, dict) or set(value) != set(KEYS):
        fail(say.APPROVALS_LINE_KEYS, keys=", ".join(KEYS))
        return None
    if not all(isinstance(value[key], str) for key in KEYS):
        fail(say.APPROVALS_LINE_STRINGS)
        return None
    rel = PurePosixPath(value["path"])
    if not value["path"] or rel.is_absolute() or ".." in rel.parts or "\\" in value["path"]:
        fail(say.APPROVALS_LINE_PATH)
    if not _SHA256.match(value["sha256"]):
        fail(say.APPROVALS_LINE_SHA256)
    if not value["by"].strip():
        fail(say.APPROVALS_LINE_BY)
    try:
        date.fromisoformat(value["date"])
    except ValueError:
        fail(say.APPROVALS_LINE_DATE)
    return Approval(**{key: value[key] for key in KEYS})


def check_place(approvals: Path, replaced: Iterable[Path]) -> None:
    """ContentError when the approvals file lies in a folder that a build replaces (the site, the archive):
    the next build would lose it."""
    for folder in replaced:
        if approvals.resolve().is_relative_to(folder.resolve()):
            raise ContentError([say.APPROVALS_REPLACED_FOLDER.at(str(approvals), 0, 0, folder=folder)])


def approvals_digest(config: SumiConfig) -> str | None:
    """What the site manifest records of the approvals file: the sha256 of its bytes (of none when it does
    not exist yet), or None when no council requires approval (the file then changes nothing)."""
    if not config.approval_required:
        return None
    try:
        return hashlib.sha256(config.approvals.read_bytes()).hexdigest()
    except FileNotFoundError:
        return Approvals().digest


def awaiting_approval(documents: Sequence[PublicDocument], config: SumiConfig,
                      approvals: Approvals) -> dict[str, str]:
    """The sources that wait for approval, by path: NEW (never approved) or CHANGED (an earlier version was).

    Only final documents of councils that require approval wait; a draft is held back anyway.
    """
    waiting: dict[str, str] = {}
    for document in documents:
        source = document.source
        if source.status == "draft" or not config.councils[source.council].approval_required:
            continue
        if not approvals.of(source.rel, source.file_sha256):
            waiting[source.rel] = CHANGED if approvals.of_other_versions(source.rel, source.file_sha256) else NEW
    return dict(sorted(waiting.items()))


def withheld_in(texts: Mapping[str, str], rows: Sequence[Redaction]) -> list[str]:
    """The names of the texts (by, role, note) that hold a withheld text of the content, as the leak scan
    would find it: the approvals file is no place for a secret."""
    needles = {needle for needle, _ in withheld_needles(rows)}
    return [name for name, text in texts.items() if any(needle in squash(text) for needle in needles)]


def append_approvals(path: Path, records: Sequence[Approval]) -> None:
    """Append the lines, after a line end if the file's last line has none (a hand edit), in one write."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("ab") as stream:
        head = b""
        if stream.tell() > 0:
            with path.open("rb") as existing:
                existing.seek(-1, 2)
                head = b"" if existing.read(1) == b"\n" else b"\n"
        stream.write(head + "".join(record.line() for record in records).encode("utf-8"))
