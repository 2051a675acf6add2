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
        gone = Path(tempfile.mkdtemp(prefix=gone_prefix(folder), dir=folder.parent))
        os.rmdir(gone)
        os.rename(folder, gone)
        leftovers.append(gone)
    for path in leftovers:
        try:
            remove_detached(path)
        except OSError:   # no process to spare: removed here after all
            shutil.rmtree(path, ignore_errors=True)


def remove_detached(folder: Path) -> None:
    """Start a process, in a session of its own, that removes `folder`; do not wait for it."""
    detached = ({"creationflags": subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP}
                if sys.platform == "win32" else {"start_new_session": True})
    subprocess.Popen([sys.executable, "-c", "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)",
                      str(folder)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     close_fds=True, **detached)
