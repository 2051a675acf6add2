"""The folder swap that publishes: a new folder is built beside the live one and swapped in whole, atomically.

On Linux the swap is one renameat2(RENAME_EXCHANGE) call: at every instant the live path
holds either the old site or the new one, complete. Where that call does not exist (Windows,
macOS, an old kernel, a file system without it) the swap falls back to two renames — the live
folder aside as `.<name>.sumi-old-…`, then the new one into its place — and only then is the old
one removed. A failure between the two puts the old folder back; a build killed between them
leaves the old folder aside, and the next build (`remove_stale`) puts it back before anything
else, so the live path always ends up holding the old site or the new one, and the old one is
never removed before the new one is in place. (For the moment between the two renames a reader
finds no site: the one thing only the atomic call avoids.)

Work folders are siblings of the live folder, never inside it, and stale ones left by a
killed build are removed by the next build.

Removing the previous version is the last thing a build does, and at 10,000 documents (16,000
files) it took 2 s of a rebuild. Once the new version is live the old one is no longer public:
with `background`, it is renamed `.<name>.sumi-gone-…` (a name `recover` never puts back) and
removed by a detached process while the build returns, waiting while a build of the site runs
(core/removal.py); a build that starts before it finishes leaves it to that process, and one that
starts after it was killed hands what is left to a new one (`remove_stale`). A small folder is removed
in place (a build's output is the same either way).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from redaction.core.removal import gone_prefix, hand_over_leftovers, remove_or_here, rename_aside
from redaction.core.removal import remove_detached as _remove_detached  # a seam for tests/test_swap.py

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2); False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # here, not at start: only Linux has the call
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError, TypeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def _move(source: Path, target: Path) -> None:
    """One rename of the fallback swap (a seam for the tests that stop the swap between its steps)."""
    os.rename(source, target)


def _prefix(live: Path) -> str:
    return f".{live.name}.sumi-"


def _aside(live: Path) -> list[Path]:
    """Previous live folders set aside by a fallback swap that did not finish, newest first."""
    found = [p for p in live.parent.glob(_prefix(live) + "old-*") if p.is_dir()]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def new_folder(live: Path) -> Path:
    """A fresh empty folder beside `live`, on the same file system, for the next version."""
    live.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=_prefix(live) + "new-", dir=live.parent))
    folder.chmod(0o755)  # mkdtemp makes it 0700: a web server must be able to read the published site
    return folder


def recover(live: Path) -> None:
    """Put back the live folder that a fallback swap killed between its two renames left aside."""
    if live.parent.exists() and not live.exists():
        aside = _aside(live)
        if aside:
            _move(aside[0], live)


def remove_stale(live: Path) -> None:
    """Recover the live folder (above), then remove the work folders that a killed build left beside it."""
    if not live.parent.exists():
        return
    recover(live)
    for path in live.parent.glob(_prefix(live) + "*"):
        if not path.name.startswith(gone_prefix(live)):
            shutil.rmtree(path, ignore_errors=True)
    hand_over_leftovers(live, _remove_detached)   # a removal cut short: a detached process again (core/removal.py)


def swap_in(new: Path, live: Path, background: bool = False) -> None:
    """Make `new` the live folder; the old one is removed after the swap (`background`: by a detached
    process, see the module's notes)."""
    if not live.exists():
        os.rename(new, live)
        return
    if _exchange(new, live):
        _discard(new, live, background)  # `new` now holds the previous version
        return
    old = Path(tempfile.mkdtemp(prefix=_prefix(live) + "old-", dir=live.parent))
    os.rmdir(old)
    _move(live, old)
    try:
        _move(new, live)
    except BaseException:
        _move(old, live)  # the old site back in place; `new` stays beside it, removed by the next build
        raise
    _discard(old, live, background)  # a folder a reader holds open (Windows) goes with the next build


def _discard(previous: Path, live: Path, background: bool) -> None:
    """Remove the previous version, swapped out of `live` (in place, or renamed aside for a detached process)."""
    if not background:
        shutil.rmtree(previous, ignore_errors=True)
        return
    gone = rename_aside(previous, live)   # from here the name says what it is: never put back by `recover`
    remove_or_here(gone, _remove_detached)
