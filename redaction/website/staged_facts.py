"""What the render's plan and keys need of each staged file, read once, and not at all while its stat is unchanged.

The render in parts (redaction/website/parts.py) plans its parts from the pages each page links to and
the stubs' titles, and keys each part by the sha256 of its pages: at 10,000 documents that read every
one of the 3,660 staged pages twice in every rebuild (about 1 s of the one-edit rebuild's rendering).
A `StagedFacts` gives a staged file's sha256 from a stat record (redaction/core/stat_digests.py: a file
is trusted by its stat only once it is old enough, git's racy rule) and a Markdown page's links and
title from a memo kept under its path and sha256; a file whose stat changed, or that the memo does not
hold, is read (once) and both are learnt again. The answers are those of reading the file: the memo is
only used for the bytes it was made from.

Both records live in the work folder: they hold public pages' sha256, links and titles only. The stat record is
the staging step's own (`STATS`, redaction/website/staging.py): a page staging hashed in this build — every page,
in the first rebuild after a full build, whose pages were all written too recently to be trusted — is not read
again here.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from redaction.core.stat_digests import StatDigests

STATS = "stats-staged"          # the staged files' sha256 by their stat, shared with the staging step
MEMO = "render-facts"           # a staged page's links and title by its path and sha256
FORMAT = "sumi-render-facts/1"

Facts = tuple[str, tuple[str, ...], str | None]   # sha256, the staged pages it links to, its title


@dataclass
class StagedFacts:
    """A staged folder's files as the render's plan sees them; `work` None: nothing is kept between builds."""

    staging: Path
    work: Path | None
    links_in: Callable[[str, str], set[str]]    # (the page's text, its path) -> the pages it links to
    title_of: Callable[[str], str | None]       # the page's text -> its title
    stats: StatDigests = field(init=False)
    memo: dict[str, Facts] = field(init=False)
    fresh: dict[str, Facts] = field(default_factory=dict)
    digests: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.stats = StatDigests.read(self.work / STATS if self.work is not None else None)
        self.memo = _read_memo(self.work / MEMO) if self.work is not None else {}

    def sha256(self, page: str) -> str:
        """The sha256 of the staged file `page` (POSIX path relative to the staging folder)."""
        if page not in self.digests:
            path = self.staging / page
            trusted = self.stats.known([path])[0]
            if trusted is None:
                data = path.read_bytes()
                digest = hashlib.sha256(data).hexdigest()
                self.stats.learn(path, digest)
                known = self.memo.get(page)
                if known is not None and known[0] == digest:   # the same bytes as the memo's: not parsed again
                    self.fresh[page] = known
                elif page.endswith(".md"):
                    self._learn(page, digest, data)
            else:
                digest = trusted
            self.digests[page] = digest
        return self.digests[page]

    def links(self, page: str) -> set[str]:
        """The staged pages the Markdown page `page` links to (as `parts._links_in` of its text)."""
        return set(self._facts(page)[1])

    def title(self, page: str) -> str | None:
        """The title the renderer gives the page (as `parts.page_title_of` of its text)."""
        return self._facts(page)[2]

    def _facts(self, page: str) -> Facts:
        digest = self.sha256(page)
        if page not in self.fresh:
            known = self.memo.get(page)
            if known is not None and known[0] == digest:
                self.fresh[page] = known
            else:
                data = (self.staging / page).read_bytes()
                read = hashlib.sha256(data).hexdigest()
                if read != digest:   # not the bytes its stat was trusted for: what was read wins
                    self.digests[page] = read
                    self.stats.fresh.pop(str(self.staging / page), None)   # hashed again next build
                self._learn(page, read, data)
        return self.fresh[page]

    def _learn(self, page: str, digest: str, data: bytes) -> None:
        text = data.decode("utf-8")
        self.fresh[page] = (digest, tuple(sorted(self.links_in(text, page))), self.title_of(text))

    def save(self) -> None:
        """Keep what this build asked for (the files and pages it did not ask for are forgotten: the render asks for
        every staged file, the staging step only for its live pages and keeps the rest, `StatDigests.save(merge)`)."""
        if self.work is None:
            return
        self.work.mkdir(parents=True, exist_ok=True)
        self.stats.save()
        _write(self.work / MEMO, marshal.dumps((FORMAT, self.fresh)))


def _read_memo(path: Path) -> dict[str, Facts]:
    try:
        raw = marshal.loads(path.read_bytes())
        return dict(raw[1]) if raw[0] == FORMAT else {}
    except (OSError, ValueError, EOFError, TypeError, IndexError, KeyError):
        return {}


def _write(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
