"""Atomic publishing under faults: `python build.py build` killed (SIGKILL, whole process group,
the search index included) at random moments leaves site/ exactly the old site or exactly the new one,
with no work folder inside it; the next build succeeds and cleans up.

Two content versions A and B are built once each for their reference hashes; then each run
builds the version the site does not hold and is killed after a random delay.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from leakkit import REPO, Project, new_project

KILLS = int(os.environ.get("SUMI_KILLS", "6"))
SEED = int(os.environ.get("SUMI_KILL_SEED", "20261122"))


def tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def write_version(project: Project, version: str) -> None:
    for index in range(3):
        project.write(f"joho-kokai/2026-0{index + 6}-10.md",
                      f"---\ntitle: 第{index + 1}回定例会（版{version}）\ncouncil: joho-kokai\n"
                      f"date: 2026-0{index + 6}-10\n---\n\n版{version}の本文。[[personal: 鵺野{index}{version}]]が発言した。\n")


def subprocess_build(project: Project) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, str(REPO / "build.py"), *project.argv()], cwd=project.root,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def work_folders_inside(site: Path) -> list[str]:
    return [p.as_posix() for p in site.rglob("*") if ".sumi-" in p.name]


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, dict[str, str]]:
    project = new_project(tmp_path_factory.mktemp("sigkill") / "p")
    hashes: dict[str, str] = {}
    for version in ("B", "A"):  # ends holding A
        write_version(project, version)
        status, log = project.build()
        assert status == 0, log
        hashes[version] = tree_hash(project.site)
    assert hashes["A"] != hashes["B"]
    return project, hashes


def test_when_build_is_killed_at_random_moments_then_site_is_always_old_or_new_whole(
        versions: tuple[Project, dict[str, str]]) -> None:
    project, hashes = versions
    rng = random.Random(SEED)
    holds = "A"
    seen: list[tuple[float, str, str]] = []
    for _ in range(KILLS):
        target = "B" if holds == "A" else "A"
        write_version(project, target)
        delay = rng.uniform(0.2, 4.0)
        process = subprocess_build(project)
        time.sleep(delay)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        now = tree_hash(project.site)
        assert now in (hashes[holds], hashes[target]), f"site is neither version after a kill at {delay:.2f} s"
        assert work_folders_inside(project.site) == []
        holds = "A" if now == hashes["A"] else "B"
        seen.append((round(delay, 2), target, holds))
    print("kills (delay s, building, site holds):", seen)
    write_version(project, "B")
    final = subprocess.run([sys.executable, str(REPO / "build.py"), *project.argv()], cwd=project.root,
                           capture_output=True, text=True, check=False)
    assert final.returncode == 0, final.stderr
    assert tree_hash(project.site) == hashes["B"]
    assert work_folders_inside(project.site) == []
    assert [p.name for p in project.root.iterdir() if ".sumi-" in p.name and p.name not in (".sumi-work", ".sumi-cache")] == []
