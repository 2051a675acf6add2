"""One build of a site at a time: a second build started while one runs stops at once, touching nothing.

Two builds of the same site at once (two clerks, or a scheduled build and a manual one) would
share the work folder — the staging folder, the render parts, the caches — and swap their
results in over each other. The build therefore holds an exclusive lock on a file in the work
folder, through `filelock` (flock on Linux and macOS, LockFileEx on Windows: the system releases
it when the process ends, however it ends, so a crashed build leaves no stale lock); a build that
cannot take it at once fails closed, naming the lock.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from redaction.core import clerk_messages as say
from redaction.core.errors import ContentError
from redaction.core.removal import pause_while

LOCK_NAME = "build.lock"


@contextmanager
def exclusive_build(work: Path) -> Iterator[None]:
    """Hold the work folder's build lock while the block runs; ContentError when another build holds it."""
    work.mkdir(parents=True, exist_ok=True)
    path = work / LOCK_NAME
    # The lock file stays (preserve_lock_file): removing it on release would let a third build lock a
    # new file of the same name while a second one still holds the old one.
    lock = FileLock(path, timeout=0, preserve_lock_file=True, fallback_to_soft=False)
    try:
        lock.acquire()
    except Timeout:
        raise ContentError([say.BUILD_LOCK_HELD.at(str(path), 0, 0)]) from None
    pause_while(path)   # what this build removes in the background waits while a build of the site runs
    try:
        yield
    finally:
        pause_while(None)
        lock.release()
