"""Removing a large folder without waiting for it: renamed aside, then removed by a detached process.

On this project's machines a directory's removal costs milliseconds (ext4 mounted with `discard`:
freeing a directory's block waits for the device), so removing a build's scratch folders of tens of
thousands of directories cost tens of seconds of the build (the render's parts: 46 s at 3,000
documents on a loaded machine). What nobody reads any more is renamed at once — a name of its
own, `.<name>.sumi-gone-…`, beside it — and removed by a process in a session of its own while the
build goes on; where no process can be started it is removed in place.

**Never while a build of the site runs.** Removing runs on the same disk as the builds: at 10,000
documents the render's scratch folder (tens of thousands of directories) was still being removed when
the next build started, and a rebuild started right after another ran beside the removal of the
previous site (and removed it again itself, in `swap.remove_stale`): every step of that rebuild was
slower. So the detached process removes only while no build holds the site's build lock (`pause_while`:
the lock the building process holds, set by `publishing.build_lock`; read from `/proc/locks`, Linux),
waiting while one does; a folder's remover holds an exclusive lock on the folder itself (`being_removed`),
so that a later build leaves it to that remover instead of starting another (or removing it itself).
Where neither can be seen (no `/proc/locks`, no `fcntl`) it removes at once, as before.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

GONE = "sumi-gone-"
PAUSE_CHECK_SECONDS = 0.02   # how often a remover looks whether a build started (between two removals)
PAUSE_SLEEP_SECONDS = 0.2    # how long it waits before looking again while one runs
_pause_while: Path | None = None   # the build lock of the build this process runs (`pause_while`)


def pause_while(lock: Path | None) -> None:
    """Removers started from now on wait while a build holds `lock` (the site's build lock; None: never)."""
    global _pause_while
    _pause_while = lock


def gone_prefix(folder: Path) -> str:
    """The name prefix of `folder` renamed aside: `.<name>.sumi-gone-`."""
    return f".{folder.name}.{GONE}"


def remove_aside(folder: Path) -> None:
    """Rename `folder` (if it exists) to a fresh `.<name>.sumi-gone-…` beside it and remove it by a detached
    process; what earlier calls left aside under that prefix (a killed removal) goes with it."""
    hand_over_leftovers(folder)
    if folder.exists():
        remove_or_here(rename_aside(folder, folder))


def hand_over_leftovers(folder: Path, remove: Callable[[Path], None] | None = None) -> None:
    """Remove by a detached process (`remove_or_here`) what was left aside as `.<name>.sumi-gone-…` beside
    `folder` and no remover is at work on (`being_removed`): a removal cut short."""
    if not folder.parent.is_dir():
        return
    for path in sorted(folder.parent.glob(gone_prefix(folder) + "*")):
        if not being_removed(path):
            remove_or_here(path, remove)


def rename_aside(folder: Path, named_like: Path) -> Path:
    """Rename `folder` to a fresh `.<name>.sumi-gone-…` beside `named_like` (whose name it takes); the new path."""
    gone = Path(tempfile.mkdtemp(prefix=gone_prefix(named_like), dir=named_like.parent))
    os.rmdir(gone)
    os.rename(folder, gone)
    return gone


def remove_or_here(folder: Path, remove: Callable[[Path], None] | None = None) -> None:
    """Remove `folder` by a detached process (`remove`, default `remove_detached`), or here if none starts."""
    try:
        (remove or remove_detached)(folder)
    except OSError:   # no process to spare: removed here after all
        shutil.rmtree(folder, ignore_errors=True)


def remove_detached(folder: Path) -> None:
    """Start a process, in a session of its own, that removes `folder` (`remove_when_idle`, pausing while the build
    lock set by `pause_while` is held); do not wait for it."""
    detached = ({"creationflags": subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP}
                if sys.platform == "win32" else {"start_new_session": True})
    code = str(Path(__file__).resolve().parents[2])   # this code, not another installed copy
    subprocess.Popen([sys.executable, "-c", _REMOVER, code, str(folder), str(_pause_while or "")],
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     close_fds=True, **detached)


_REMOVER = ("import sys; sys.path.insert(0, sys.argv[1]); from redaction.core.removal import remove_when_idle; "
            "remove_when_idle(sys.argv[2], sys.argv[3] or None)")


def being_removed(folder: Path) -> bool:
    """Whether a remover (`remove_when_idle`) holds `folder`'s lock: it is at work on it. False where locks
    cannot be taken (then a second remover may start: harmless, only slower)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return False
    try:
        return not _hold(handle)
    finally:
        os.close(handle)   # closing releases a lock taken here


def remove_when_idle(folder: str | Path, lock: str | Path | None = None) -> None:
    """Remove `folder` (in a detached process): holding its lock (`being_removed`; another remover holding it
    already: leave it to that one), deepest entries first, waiting while a build holds `lock`."""
    try:
        handle: int | None = os.open(folder, os.O_RDONLY)
    except OSError:   # gone already, or a system that opens no folder (Windows): no lock to hold
        handle = None
    try:
        if handle is not None and not _hold(handle):
            return   # another remover has it
        building = _lock_watch(Path(lock)) if lock else None
        looked = -PAUSE_CHECK_SECONDS   # look at once, then every PAUSE_CHECK_SECONDS
        for top, folders, files in os.walk(folder, topdown=False):
            for name, remove in [*((name, os.unlink) for name in files), *((name, _remove_dir) for name in folders)]:
                if building is not None and time.monotonic() - looked > PAUSE_CHECK_SECONDS:
                    while building():
                        time.sleep(PAUSE_SLEEP_SECONDS)
                    looked = time.monotonic()
                with contextlib.suppress(OSError):
                    remove(os.path.join(top, name))
        with contextlib.suppress(OSError):
            os.rmdir(folder)
    finally:
        if handle is not None:
            os.close(handle)
    shutil.rmtree(folder, ignore_errors=True)   # what the walk could not take (a symbolic link to a folder…)


def _hold(handle: int) -> bool:
    """Take the exclusive lock of the folder open as `handle`; False when another remover holds it (True where
    there are no such locks)."""
    try:
        import fcntl
    except ImportError:
        return True
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _remove_dir(path: str) -> None:
    if os.path.islink(path):
        os.unlink(path)
    else:
        os.rmdir(path)


def _lock_watch(lock: Path) -> Callable[[], bool] | None:
    """A test of whether some process holds a flock on the file `lock` (from /proc/locks); None where it cannot
    be told (no such file, no /proc/locks)."""
    try:
        stat = os.stat(lock)
        with open("/proc/locks", "rb") as handle:
            handle.read()
    except OSError:
        return None
    device = f"{os.major(stat.st_dev):02x}:{os.minor(stat.st_dev):02x}:{stat.st_ino}".encode()

    def held() -> bool:
        try:
            with open("/proc/locks", "rb") as handle:
                listing = handle.read()
        except OSError:
            return False
        return any(line.split()[1:2] == [b"FLOCK"] and device in line.split() for line in listing.splitlines())
    return held
