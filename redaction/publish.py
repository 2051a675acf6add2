"""Atomic publishing: a new folder is built beside the live one and swapped in whole.

On Linux the swap is one renameat2(RENAME_EXCHANGE) call: at every instant the live path
holds either the old site or the new one, complete. Elsewhere it falls back to two renames.
Work folders are siblings of the live folder, never inside it, and stale ones left by a
killed build are removed by the next build.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import tempfile
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically; False where the system cannot."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def _prefix(live: Path) -> str:
    return f".{live.name}.sumi-"


def new_folder(live: Path) -> Path:
    """A fresh empty folder beside `live`, on the same file system, for the next version."""
    live.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=_prefix(live) + "new-", dir=live.parent))
    folder.chmod(0o755)  # mkdtemp makes it 0700: a web server must be able to read the published site
    return folder


def remove_stale(live: Path) -> None:
    """Remove work folders that a killed build left beside `live`."""
    if not live.parent.exists():
        return
    for path in live.parent.glob(_prefix(live) + "*"):
        shutil.rmtree(path, ignore_errors=True)


def swap_in(new: Path, live: Path) -> None:
    """Make `new` the live folder; the old one is removed after the swap."""
    if not live.exists():
        os.rename(new, live)
        return
    if _exchange(new, live):
        shutil.rmtree(new)  # `new` now holds the previous version
        return
    old = Path(tempfile.mkdtemp(prefix=_prefix(live) + "old-", dir=live.parent))
    os.rmdir(old)
    os.rename(live, old)
    os.rename(new, live)
    shutil.rmtree(old)
