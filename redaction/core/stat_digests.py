"""sha256 of files, read again only when their stat says they may have changed (git's index, in small).

A rebuild at 10,000 documents reads and hashes every source, and the check that nothing changed
every published file too (over a gigabyte). A `StatDigests` record remembers, for each file it
hashed, the file's stat signature — size, mtime and ctime in nanoseconds, inode and device — and
gives the remembered sha256 while the signature is the same. Any difference, and the file is
read and hashed again.

The trap is an edit that changes no part of the signature: a write within the same timestamp
tick as the read that was recorded, the size kept. ctime cannot be set from user space and
changes with every write, so a write after the hashing shows in it, unless it lands in the tick
the recorded times already hold. Hence git's "racy" rule: an entry is trusted only when the file's
mtime and ctime are older than the moment its hashing began (the entry's stamp) by more than
RACY_NS; a file modified less long before is hashed again on every use until it ages out (its new
entry then trusted). A window of 2 s covers the coarsest timestamps in use (FAT's 2 s; ext4, XFS and tmpfs
keep nanoseconds, taken from a clock that may lag by a scheduler tick).

A record is one marshal file, written owner-only and renamed into place; one that cannot be read
is empty (everything is hashed). Records of sources live in the private cache folder only (a
source's size says how long its withheld passages are), see redaction/source/cache.py.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from redaction.core.digests import sha256_files

RACY_NS = 2_000_000_000
FORMAT = "sumi-stat-digests/1"
RECORD_MODE = 0o600

Signature = tuple[int, int, int, int, int]   # size, mtime_ns, ctime_ns, inode, device
Entry = tuple[Signature, str, int]            # the file's stat, its sha256, when the hashing began


def signature(stat: os.stat_result) -> Signature:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev)


@dataclass
class StatDigests:
    """The remembered sha256 of files by path, each with the signature it had when it was hashed."""

    path: Path | None                                  # where the record is kept (None: kept nowhere)
    files: dict[str, Entry] = field(default_factory=dict)    # as read
    fresh: dict[str, Entry] = field(default_factory=dict)    # hashed or trusted in this run, for `save`
    seen: dict[str, Signature] = field(default_factory=dict)   # the stat `known` took of each file
    started: int = field(default_factory=time.time_ns)   # when this run began to hash (its entries' stamp)

    @classmethod
    def read(cls, path: Path | None) -> StatDigests:
        if path is None:
            return cls(None)
        try:
            raw = marshal.loads(path.read_bytes())
            return cls(path, raw[1] if raw[0] == FORMAT else {})
        except (OSError, ValueError, EOFError, TypeError, IndexError, KeyError):
            return cls(path)

    def trusted(self, name: str, now: Signature) -> str | None:
        """The remembered sha256 when `now` is the recorded signature and is old enough to be trusted."""
        known = self.files.get(name)
        if known is None or known[0] != now:
            return None
        limit = known[2] - RACY_NS
        return known[1] if now[1] < limit and now[2] < limit else None

    def known(self, paths: Sequence[Path]) -> list[str | None]:
        """The trusted sha256 of each file, None for those to read; the stat of each is taken now, before
        anything reads the files, and kept for `learn`."""
        found: list[str | None] = []
        for path in paths:
            now = signature(path.stat())
            digest = self.trusted(str(path), now)
            self.seen[str(path)] = now
            if digest is not None:
                self.fresh[str(path)] = self.files[str(path)]
            found.append(digest)
        return found

    def learn(self, path: Path, digest: str) -> None:
        """The sha256 of a file's bytes read after `known` took its stat (a write in between changes the
        stat, or makes it too recent to trust: the file is then read again next time)."""
        self.fresh[str(path)] = (self.seen[str(path)], digest, self.started)

    def sha256s(self, paths: Sequence[Path]) -> list[str]:
        """The sha256 of each file, in order: remembered where trusted, else read (and remembered)."""
        digests = self.known(paths)
        unknown = [number for number, digest in enumerate(digests) if digest is None]
        for number, digest in zip(unknown, sha256_files([paths[n] for n in unknown]), strict=True):
            digests[number] = digest
            self.learn(paths[number], digest)
        return [digest or "" for digest in digests]

    def record(self, path: Path | str, digest: str, stamp: int) -> None:
        """A digest taken elsewhere (the leak scan's), by a reading that began after `stamp`: the file's stat
        is taken now; if the file was written after `stamp`, its times say so and it is not trusted. `path` may
        be given as its string (16,800 published files: a `Path` made for each cost 0.3 s of a rebuild)."""
        name = os.fspath(path)
        self.fresh[name] = (signature(os.stat(name)), digest, stamp)

    def save(self, merge: bool = False) -> None:
        """Keep what this run hashed or trusted (`merge`: and the entries it did not look at; otherwise files no
        longer asked for are forgotten). Each entry keeps the stamp of the run that hashed its file."""
        if self.path is None:
            return
        data = marshal.dumps((FORMAT, {**self.files, **self.fresh} if merge else self.fresh))
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-")
        try:
            os.fchmod(handle, RECORD_MODE)
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
