"""The staging folder of public Markdown, brought to exactly the pages of this build.

A rebuild after one edit stages the same bytes for all but a few of its thousands of pages. Writing
them all into a fresh folder, and removing the old one, cost about 2 s at 10,000 documents; here a
page whose file already holds its bytes is left alone, a changed or new page is written beside its
place and renamed into it (a new file: nothing that linked the old one sees it change), and every
other file is removed. The folder then holds exactly what a fresh one would.

A page may be given by the sha256 of its bytes and a way to get its text (`KnownPage`): a cached
document's staged page is read from the cache only when the file does not already hold it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from redaction.core.stat_digests import StatDigests


@dataclass(frozen=True)
class KnownPage:
    """A page known by the sha256 of its UTF-8 bytes; `text` gives it when it must be written."""

    sha256: str
    text: Callable[[], str]


def sync_pages(folder: Path, pages: Mapping[str, str | KnownPage], stats: StatDigests | None = None) -> int:
    """Make `folder` hold exactly `pages` (POSIX path relative to it -> text, written UTF-8 with LF).
    Returns how many files were written.

    `stats`: the staged files' sha256 by their stat (redaction/core/stat_digests.py), saved here: a known
    page whose file has the stat it had when it was last hashed is not read again (at 10,000 documents,
    3,200 pages; only those written since are). The record may live in the work folder: staged pages are
    public. It is the render's record of the staged files as well (redaction/website/staged_facts.py), which
    then trusts the pages hashed here without reading them again; this step keeps its entries of other files."""
    folder.mkdir(parents=True, exist_ok=True)
    present = _keep_only(folder, pages)
    known = [name for name, page in pages.items() if isinstance(page, KnownPage) and name in present]
    digests = dict(zip(known, stats.sha256s([folder / name for name in known]), strict=True)) if stats else {}
    written = 0
    for name, page in pages.items():
        path = folder / name
        data = page.encode("utf-8") if isinstance(page, str) else None
        try:
            if data is not None:
                if path.stat().st_size == len(data) and path.read_bytes() == data:
                    continue
            elif (digests.get(name) or hashlib.sha256(path.read_bytes()).hexdigest()) == page.sha256:
                continue
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
        if data is None:
            data = page.text().encode("utf-8")
        temporary = path.with_name(f".{path.name}.sumi-tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)
        written += 1
    if stats is not None:
        stats.save(merge=True)   # the record is the render's too (staged_facts.py): its entries of other files kept
    return written


def _keep_only(folder: Path, wanted: Mapping[str, object]) -> set[str]:
    """Remove every file under `folder` whose POSIX path relative to it is not in `wanted`, then every folder
    left empty (a symbolic link counts as a file); the paths of the files kept. One os.scandir per folder."""
    kept: set[str] = set()

    def clear(path: str, prefix: str) -> None:
        with os.scandir(path) as entries:
            listed = list(entries)
        for entry in listed:
            name = prefix + entry.name
            if entry.is_dir(follow_symlinks=False):
                clear(entry.path, f"{name}/")
                with os.scandir(entry.path) as inside:
                    empty = next(inside, None) is None
                if empty:
                    os.rmdir(entry.path)
            elif name in wanted:
                kept.add(name)
            else:
                os.unlink(entry.path)

    clear(str(folder), "")
    return kept
