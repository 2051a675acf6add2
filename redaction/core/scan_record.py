"""What an earlier leak scan proved: output files found clean against one exact set of withheld texts.

The scan's answer for a file depends only on its bytes, the withheld texts looked for and the
scanning code. So a rebuild that looks for exactly the same texts with the same code need not
decode again a file whose bytes were found clean by the last successful scan: a clerk who
corrects a typo or adds an untagged paragraph gets a rebuild that scans only the files that
changed. Any other change (a tag added, removed or edited; a public term; a new Sumi version),
or a record that cannot be read, means a full scan. The record lives in the work folder
(`.sumi-work/leakscan-clean.json`, never published) and holds digests only, no withheld text.
`verify --content` rebuilds in a fresh folder, so an auditor's check always scans everything.

The consistency check keeps the same kind of record (`consistency-clean.json`) of the
documents, named by `mask.views_digest`, in which it found none of the withheld texts.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from redaction.core.code_fingerprint import code_fingerprint
from redaction.core.digests import sha256_files
from redaction.core.walk import files_under

RECORD_NAME = "leakscan-clean.json"
RECORD_FORMAT = "sumi-leakscan-clean/1"
SCANNING_MODULES = ("redaction.publishing.leakscan", "redaction.archiving.bundles", "redaction.core.scan_record")   # the site's and the bundles' scan


def needles_digest(needles: Iterable[str], modules: Iterable[str] = SCANNING_MODULES) -> str:
    """One digest of the withheld texts looked for and of the code that looks for them (`modules` and
    what they import, redaction/core/code_fingerprint.py)."""
    digest = code_fingerprint(*modules, packages=("pyahocorasick", "ahocorasick-rs"))
    digest.update(RECORD_FORMAT.encode())
    for needle in sorted(set(needles)):
        digest.update(b"\x00" + needle.encode("utf-8"))
    return digest.hexdigest()


def file_digests(root: Path) -> dict[Path, str]:
    """sha256 of every file under `root` (on a thread per core: digests.sha256_files), listed by walk.files_under
    (16,000 files of a site: `rglob` and sorting its paths took 0.5 s)."""
    files = [path for _, path in files_under(root)]
    return dict(zip(files, sha256_files(files), strict=True))


def known_clean(work: Path, needles: str, name: str = RECORD_NAME) -> frozenset[str]:
    """The digests the last successful scan found clean, if it looked for exactly `needles`."""
    raw = _record(work, needles, name)
    clean = raw.get("clean")
    if not isinstance(clean, list) or not all(isinstance(d, str) for d in clean):
        return frozenset()
    return frozenset(clean)


def known_clean_extra(work: Path, needles: str, name: str = RECORD_NAME) -> Any:
    """What the last successful scan recorded beside its digests (`record_clean`'s `extra`), if it looked for
    exactly `needles`; None otherwise."""
    return _record(work, needles, name).get("extra")


def _record(work: Path, needles: str, name: str) -> dict[str, Any]:
    try:
        raw = json.loads((work / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict) or raw.get("format") != RECORD_FORMAT or raw.get("needles") != needles:
        return {}
    return raw


def record_clean(work: Path, needles: str, clean: Iterable[str], name: str = RECORD_NAME, extra: Any = None) -> None:
    """Write the record of a successful scan (`extra`: more it proved, as JSON, for `known_clean_extra`)."""
    write_record(work, name, {"format": RECORD_FORMAT, "needles": needles, "clean": sorted(set(clean)),
                              **({"extra": extra} if extra is not None else {})})


def write_record(work: Path, name: str, data: object) -> None:
    """Write a JSON record into the work folder atomically: a half-written record reads as none."""
    work.mkdir(parents=True, exist_ok=True)
    temporary = work / f".{name}.tmp"
    temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, work / name)
