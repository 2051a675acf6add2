"""Removing a large folder without waiting for it: renamed aside, then removed by a detached process.

On this project's machines a directory's removal costs milliseconds (ext4 mounted with `discard`:
freeing a directory's block waits for the device), so removing a build's scratch folders of tens of
thousands of directories cost tens of seconds of the build (the render's parts: 46 s at 3,000
documents on a loaded machine). What nobody reads any more is renamed at once — a name of its
own, `.<name>.sumi-gone-…`, beside it — and removed by a process in a session of its own while the
build goes on; where no process can be started it is removed in place.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

GONE = "sumi-gone-"


def gone_prefix(folder: Path) -> str:
    """The name prefix of `folder` renamed aside: `.<name>.sumi-gone-`."""
    return f".{folder.name}.{GONE}"


def remove_aside(folder: Path) -> None:
    """Rename `folder` (if it exists) to a fresh `.<name>.sumi-gone-…` beside it and remove it by a detached
    process; what earlier calls left aside under that prefix (a killed removal) goes with it."""
    leftovers = sorted(folder.parent.glob(gone_prefix(folder) + "*")) if folder.parent.is_dir() else []
    if folder.exists():
        leftovers.append(rename_aside(folder, folder))
    for path in leftovers:
        remove_or_here(path)


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
    """Start a process, in a session of its own, that removes `folder`; do not wait for it."""
    detached = ({"creationflags": subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP}
                if sys.platform == "win32" else {"start_new_session": True})
    subprocess.Popen([sys.executable, "-c", "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)",
                      str(folder)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     close_fds=True, **detached)
