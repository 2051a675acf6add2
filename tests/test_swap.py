"""The swap (redaction/publishing/swap.py): the live folder always holds the old site or the new one, whole.

Every file-system step of a swap raises a Python audit event before it runs (os.rename, os.rmdir,
shutil.rmtree); an audit hook looks at the live folder at each of them, so the tests see every
state the folder passes through, deterministically. renameat2 (through ctypes) raises no such
event: it is one step.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from redaction.publishing import swap
from tests.conftest import REPO, build, site_text, tree_bytes, write

_watch: dict[str, object] = {}


def _hook(event: str, args: tuple) -> None:
    if event in ("os.rename", "os.rmdir", "shutil.rmtree") and "live" in _watch:
        _watch["seen"].append((event, _state(_watch["live"])))   # type: ignore[union-attr]


sys.addaudithook(_hook)


def _state(live: Path) -> str:
    """What the live folder holds now: old, new, missing, or something else (half of one, mixed)."""
    if not live.is_dir():
        return "missing"
    files = sorted(p.name for p in live.iterdir())
    marks = {(live / name).read_text(encoding="utf-8") for name in files}
    return marks.pop() if files == ["a.txt", "b.txt"] and len(marks) == 1 else f"other {files}"


def _version(folder: Path, mark: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(mark, encoding="utf-8")
    return folder


@pytest.fixture()
def watched(tmp_path: Path) -> Iterator[tuple[Path, list[tuple[str, str]]]]:
    """A live folder holding the old version, watched at every step of the file system."""
    live = _version(tmp_path / "site", "old")
    seen: list[tuple[str, str]] = []
    _watch.update(live=live, seen=seen)
    try:
        yield live, seen
    finally:
        _watch.clear()


def _swap(live: Path) -> None:
    swap.swap_in(_version(swap.new_folder(live), "new"), live)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="renameat2 is Linux's")
def test_when_the_system_can_exchange_then_the_live_folder_is_old_or_new_at_every_step(watched) -> None:
    live, seen = watched
    _swap(live)
    assert _state(live) == "new"
    assert seen and {state for _, state in seen} <= {"old", "new"}, seen
    assert [p.name for p in live.parent.iterdir()] == ["site"]     # the old version removed, nothing beside


def test_when_the_system_cannot_exchange_then_the_old_site_is_removed_only_once_the_new_one_is_live(
        watched, monkeypatch: pytest.MonkeyPatch) -> None:
    live, seen = watched
    monkeypatch.setattr(swap, "_exchange", lambda a, b: False)
    _swap(live)
    assert _state(live) == "new"
    renames = [state for event, state in seen if event == "os.rename"]
    assert renames == ["old", "missing"]                      # aside, then the new one in
    removals = [state for event, state in seen if event == "shutil.rmtree"]
    assert removals == ["new"]                                # the old one goes only now
    assert [p.name for p in live.parent.iterdir()] == ["site"]


def test_when_the_second_rename_fails_then_the_old_site_is_put_back_and_the_new_one_kept_for_removal(
        watched, monkeypatch: pytest.MonkeyPatch) -> None:
    live, seen = watched
    monkeypatch.setattr(swap, "_exchange", lambda a, b: False)
    moves: list[tuple[Path, Path]] = []
    real_move = swap._move

    def second_fails(source: Path, target: Path) -> None:
        moves.append((source, target))
        if len(moves) == 2:
            raise PermissionError("the folder is in use (as Windows says when a reader holds a file open)")
        real_move(source, target)

    monkeypatch.setattr(swap, "_move", second_fails)
    new = _version(swap.new_folder(live), "new")
    with pytest.raises(PermissionError):
        swap.swap_in(new, live)
    assert _state(live) == "old"
    assert "shutil.rmtree" not in {event for event, _ in seen}   # nothing removed
    assert _state(new) == "new"                                   # beside it, until the next build
    swap.remove_stale(live)
    assert [p.name for p in live.parent.iterdir()] == ["site"] and _state(live) == "old"


@pytest.mark.parametrize("killed_after", [1, 2])
def test_when_the_build_is_killed_between_the_renames_then_the_next_build_finds_the_old_or_the_new_site(
        tmp_path: Path, killed_after: int) -> None:
    live = _version(tmp_path / "site", "old")
    new = _version(swap.new_folder(live), "new")
    script = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from redaction.publishing import swap

        swap._exchange = lambda a, b: False
        real, done = swap._move, []

        def move(source, target):
            real(source, target)
            done.append(target)
            if len(done) == {killed_after}:
                os._exit(9)   # killed: no clean-up runs

        swap._move = move
        swap.swap_in(Path({str(new)!r}), Path({str(live)!r}))
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 9, result.stderr
    assert _state(live) == ("missing" if killed_after == 1 else "new")
    swap.remove_stale(live)          # what the next build does first
    assert _state(live) == ("old" if killed_after == 1 else "new")
    assert [p.name for p in live.parent.iterdir()] == ["site"]


def _build_two_versions(tmp_path: Path) -> None:
    """A site built, then built again after its one source changed: the second version is published."""
    text = "---\ntitle: 第1回会議\ncouncil: kojin-joho\ndate: 2025-06-10\n---\n\n最初の版です。\n"
    write(tmp_path / "content", "kojin-joho/a.md", text)
    assert build(tmp_path / "content", tmp_path / "out") == 0
    write(tmp_path / "content", "kojin-joho/a.md", text.replace("最初の版", "二番目の版"))
    assert build(tmp_path / "content", tmp_path / "out") == 0
    assert "二番目の版" in site_text(tmp_path / "out" / "site") and "最初の版" not in site_text(tmp_path / "out" / "site")


def test_when_a_build_swaps_without_renameat2_then_it_publishes_the_new_site(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(swap, "_exchange", lambda a, b: False)
    _build_two_versions(tmp_path)
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.name not in (".sumi-work", ".sumi-cache")) == [
        "archive", "site"]


def test_when_not_on_linux_then_the_exchange_is_not_attempted(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(swap.sys, "platform", "win32")
    assert swap._exchange(_version(tmp_path / "a", "a"), _version(tmp_path / "b", "b")) is False
    assert _state(tmp_path / "a") == "a"


def test_when_a_killed_swap_left_the_site_and_archive_aside_then_the_next_build_puts_them_back_first(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert build(REPO / "content", out) == 0
    site, archive = tree_bytes(out / "site"), tree_bytes(out / "archive")
    assert archive
    for name in ("site", "archive"):        # as a fallback swap killed between its two renames leaves them
        (out / name).rename(out / f".{name}.sumi-old-killed")
    capsys.readouterr()
    assert build(REPO / "content", out) == 0
    assert "変更なし / unchanged" in capsys.readouterr().out     # found whole, in place, before anything else
    assert tree_bytes(out / "site") == site and tree_bytes(out / "archive") == archive
    assert not list(out.glob(".*.sumi-*"))


@pytest.mark.parametrize("exchange", [True, False])
def test_when_the_old_version_is_removed_in_the_background_then_it_is_never_put_back_and_goes(
        watched, monkeypatch: pytest.MonkeyPatch, exchange: bool) -> None:
    """A large site's previous version is renamed `.site.sumi-gone-…` and removed by a detached process: the live
    folder is the new one at once; neither `recover` nor `remove_stale` ever puts the old one back."""
    import time

    live, seen = watched
    if not exchange:
        monkeypatch.setattr(swap, "_exchange", lambda a, b: False)
    swap.swap_in(_version(swap.new_folder(live), "new"), live, background=True)
    assert _state(live) == "new"
    assert {state for _, state in seen} <= {"old", "new", "missing"} and "shutil.rmtree" not in {e for e, _ in seen}
    beside = [p.name for p in live.parent.iterdir() if p.name != "site"]
    assert all(name.startswith(".site.sumi-gone-") for name in beside)     # if not removed yet: named so
    swap.recover(live)
    assert _state(live) == "new"
    deadline = time.monotonic() + 60
    while [p for p in live.parent.iterdir() if p.name != "site"] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [p.name for p in live.parent.iterdir()] == ["site"]              # the detached process removed it


def test_when_a_background_removal_was_cut_short_then_the_next_build_removes_what_is_left(tmp_path: Path) -> None:
    live = _version(tmp_path / "site", "new")
    _version(tmp_path / ".site.sumi-gone-killed", "old")                    # as a killed removal leaves it
    swap.remove_stale(live)                                                 # handed to a detached process again
    assert _state(live) == "new"
    deadline = time.monotonic() + 60
    while len(list(tmp_path.iterdir())) > 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [p.name for p in tmp_path.iterdir()] == ["site"] and _state(live) == "new"


def test_when_a_large_site_is_rebuilt_then_its_old_version_is_removed_by_a_detached_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from redaction import pipeline

    monkeypatch.setattr(pipeline, "BACKGROUND_REMOVAL_FILES", 1)        # every site counts as large
    detached: list[Path] = []
    real = swap._remove_detached
    monkeypatch.setattr(swap, "_remove_detached", lambda folder: detached.append(folder) or real(folder))
    _build_two_versions(tmp_path)
    assert [p.name.split("-")[0] for p in detached] == [".archive.sumi", ".site.sumi"]
    deadline = time.monotonic() + 60
    while any(p.exists() for p in detached) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.name not in (".sumi-work", ".sumi-cache")) == [
        "archive", "site"]


def test_when_a_version_is_swapped_in_then_its_digests_are_recorded_under_the_live_paths(tmp_path: Path) -> None:
    """The publishing step records the scanned digests by the paths the files have once live (as strings)."""
    from redaction.core.stat_digests import StatDigests
    from redaction.pipeline import _moved

    new, live, other = tmp_path / ".site.sumi-new-x", tmp_path / "site", tmp_path / ".site.sumi-new-xy"
    for path in (new / "a" / "b.html", other / "c.html"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    scanned = {new / "a" / "b.html": "d1", other / "c.html": "d2"}
    assert list(_moved(scanned, new, live)) == [(str(live / "a" / "b.html"), "d1")]
    new.rename(live)
    record = StatDigests(None)
    for name, digest in _moved(scanned, new, live):
        record.record(name, digest, 0)
    assert list(record.fresh) == [str(live / "a" / "b.html")]
    assert record.fresh[str(live / "a" / "b.html")][0][0] == 1   # the live file's stat, taken after the swap
