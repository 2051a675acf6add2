"""What an earlier leak scan proved: output files found clean against one exact set of withheld texts.

The scan's answer for a file depends only on its bytes, the withheld texts looked for and the
scanning code. So a rebuild that looks for exactly the same texts with the same code need not
decode again a file whose bytes were found clean by the last successful scan: a clerk who
corrects a typo or adds an untagged paragraph gets a rebuild that scans only the files that
changed. Any other change (a tag added, removed or edited; a public term; a new Sumi version),
or a record that cannot be read, means a full scan. The record lives in the work folder
(`.sumi-work/leakscan-clean.json`, never published) and holds digests only, no withheld text.
`verify --content` rebuilds in a fresh folder, so an auditor's check always scans everything.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

RECORD_NAME = "leakscan-clean.json"
RECORD_FORMAT = "sumi-leakscan-clean/1"
_SCANNING_CODE = ("leakscan.py", "normalize.py", "archive.py", "scan_record.py")


def needles_digest(needles: Iterable[str]) -> str:
    """One digest of the withheld texts looked for and of the code that looks for them."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256(RECORD_FORMAT.encode())
    for name in _SCANNING_CODE:
        digest.update(hashlib.sha256((here / name).read_bytes()).digest())
    digest.update(metadata.version("pyahocorasick").encode())
    for needle in sorted(set(needles)):
        digest.update(b"\x00" + needle.encode("utf-8"))
    return digest.hexdigest()


def file_digests(root: Path) -> dict[Path, str]:
    """sha256 of every file under `root`."""
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def known_clean(work: Path, needles: str) -> frozenset[str]:
    """The file digests the last successful scan found clean, if it looked for exactly `needles`."""
    try:
        raw = json.loads((work / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    if not isinstance(raw, dict) or raw.get("format") != RECORD_FORMAT or raw.get("needles") != needles:
        return frozenset()
    clean = raw.get("clean")
    if not isinstance(clean, list) or not all(isinstance(d, str) for d in clean):
        return frozenset()
    return frozenset(clean)


def record_clean(work: Path, needles: str, clean: Iterable[str]) -> None:
    """Write the record of a successful scan (atomically: a half-written record reads as none)."""
    work.mkdir(parents=True, exist_ok=True)
    temporary = work / f".{RECORD_NAME}.tmp"
    temporary.write_text(json.dumps({"format": RECORD_FORMAT, "needles": needles, "clean": sorted(set(clean))}),
                         encoding="utf-8")
    os.replace(temporary, work / RECORD_NAME)
