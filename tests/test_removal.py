"""Removals in the background (redaction/core/removal.py): never while a build of the site runs, one remover a folder.

A rebuild started while the previous build's scratch folder or old site was still being removed ran every step
slower (the removal on the same disk), and removed the old site again itself. These tests use real detached
processes, real flocks (filelock, as the build lock) and real folders."""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from filelock import FileLock

from redaction.core import removal
from redaction.publishing import build_lock, swap


def _folder(root: Path, files: int = 40) -> Path:
    for number in range(files):
        path = root / f"d{number % 7}" / f"e{number % 3}" / f"f{number}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("<p>old</p>", encoding="utf-8")
    return root


def _files(root: Path) -> int:
    return sum(1 for p in root.rglob("*") if p.is_file()) if root.exists() else 0


def _gone_within(path: Path, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while path.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return not path.exists()


def test_when_a_build_holds_the_lock_then_a_detached_removal_waits_for_its_end(tmp_path: Path) -> None:
    lock_path = tmp_path / "work" / build_lock.LOCK_NAME
    lock_path.parent.mkdir()
    folder = _folder(tmp_path / ".parts.sumi-gone-x")
    lock = FileLock(lock_path, timeout=0, preserve_lock_file=True)
    lock.acquire()
    try:
        removal.pause_while(lock_path)
        removal.remove_detached(folder)
        time.sleep(1.5)
        assert _files(folder) == 40          # nothing removed while the build runs
    finally:
        removal.pause_while(None)
        lock.release()
    assert _gone_within(folder)              # all of it once the build has ended


def test_when_a_build_runs_then_what_it_removes_in_the_background_waits_for_its_end(tmp_path: Path) -> None:
    work = tmp_path / "work"
    folder = _folder(tmp_path / ".site.sumi-gone-y")
    with build_lock.exclusive_build(work):
        removal.remove_or_here(folder)
        time.sleep(1.5)
        assert _files(folder) == 40
    assert _gone_within(folder)


def test_when_a_remover_is_at_work_on_a_folder_then_a_later_build_leaves_it_to_that_remover(tmp_path: Path) -> None:
    live = tmp_path / "site"
    _folder(live, 3)
    gone = _folder(tmp_path / ".site.sumi-gone-z")
    parts = tmp_path / "work" / "parts"
    parts_gone = _folder(tmp_path / "work" / ".parts.sumi-gone-w")
    handles = [os.open(path, os.O_RDONLY) for path in (gone, parts_gone)]
    try:
        for handle in handles:                # as remove_when_idle holds them
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert removal.being_removed(gone) and removal.being_removed(parts_gone)
        swap.remove_stale(live)               # the render's and the archive's first step
        removal.remove_aside(parts)
        time.sleep(1.0)
        assert _files(gone) == 40 and _files(parts_gone) == 40   # not removed again, here nor by a second remover
        removal.remove_when_idle(gone)        # a second remover gives way to the first
        assert _files(gone) == 40
    finally:
        for handle in handles:
            os.close(handle)
    assert not removal.being_removed(gone)
    removal.remove_when_idle(gone)
    assert not gone.exists() and _files(live) == 3


def test_when_a_folder_cannot_be_opened_to_lock_it_then_the_remover_removes_it_all_the_same(
        tmp_path: Path, monkeypatch) -> None:
    """Windows opens no folder with os.open: there the remover holds no lock but still removes."""
    folder = _folder(tmp_path / ".parts.sumi-gone-v")
    real_open = os.open

    def no_folder(path, *args, **kwargs):   # type: ignore[no-untyped-def]
        if Path(path) == folder:
            raise PermissionError(13, "a folder", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(removal.os, "open", no_folder)
    assert not removal.being_removed(folder)
    removal.remove_when_idle(folder)
    assert not folder.exists()


def test_when_leftovers_are_handed_over_then_only_those_no_remover_holds_get_a_new_one(tmp_path: Path) -> None:
    live = tmp_path / "site"
    held = _folder(tmp_path / ".site.sumi-gone-held", 3)
    cut_short = _folder(tmp_path / ".site.sumi-gone-left", 3)
    _folder(tmp_path / ".parts.sumi-gone-other", 3)     # another folder's leftovers: not this one's
    started: list[Path] = []
    handle = os.open(held, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)   # as remove_when_idle holds it
        removal.hand_over_leftovers(live, started.append)
    finally:
        os.close(handle)
    assert started == [cut_short]
