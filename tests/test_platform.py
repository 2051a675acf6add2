"""The clerk's PC: what can be tested here of Windows and macOS — workers started by spawn, the build
lock held by another process, paths with Japanese names and spaces, nothing Unix-only imported."""

from __future__ import annotations

import ast
import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from mkdocs.utils.yaml import get_yaml_loader

from redaction import pipeline
from redaction.archiving import bundles as archive
from redaction.cli import main
from redaction.core import cores
from redaction.publishing import leakscan
from redaction.website import parts
from tests.conftest import CONFIG, REPO, TODAY, build, config_variant, site_text, tree_bytes, write

MEETING = """---
title: 令和6年度第3回個人情報保護運営審議会
council: kojin-joho
date: 2024-11-12
---

会長：開会します。[[personal: 氏名カナリア乙]]さんから申出がありました。
"""


def test_when_another_process_holds_the_build_lock_then_the_build_stops_until_that_process_ends(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content, out = tmp_path / "content", tmp_path / "out"
    write(content, "kojin-joho/2024/2024-11-12.md", MEETING)
    assert build(content, out) == 0
    before = tree_bytes(out / "site")
    write(content, "kojin-joho/2024/2024-11-12.md", MEETING.replace("開会します", "開会いたします"))
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom pathlib import Path\nfrom redaction.publishing.build_lock import exclusive_build\n"
         "with exclusive_build(Path(sys.argv[1])):\n    print('locked', flush=True)\n    time.sleep(120)\n",
         str(out / ".sumi-work")], cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        capsys.readouterr()
        assert build(content, out) == 1
        assert "別のビルドが実行中" in capsys.readouterr().err
        assert tree_bytes(out / "site") == before
    finally:
        holder.kill()      # ended however it ends: the system releases its lock
        holder.wait(timeout=30)
    assert build(content, out) == 0
    assert "開会いたします" in site_text(out / "site")


def _every_step_on_every_core(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every parallel step share its work out even for the sample content."""
    monkeypatch.setattr(cores.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(pipeline, "PARALLEL_SOURCES", 2)
    monkeypatch.setattr(cores, "PARALLEL_DOCUMENTS", 2)
    monkeypatch.setattr(leakscan, "PARALLEL_BYTES", 1)
    monkeypatch.setattr(parts, "SPLIT_MIN_PAGES", 0)
    monkeypatch.setattr(archive, "PARALLEL_CHECKS", 1)


def test_when_workers_start_by_spawn_then_the_build_is_byte_identical_to_the_fork_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _every_step_on_every_core(monkeypatch)
    used: list[str] = []
    chosen = cores.start_method

    def recorded() -> str:
        used.append(chosen())
        return used[-1]

    monkeypatch.setattr(cores, "start_method", recorded)
    built: dict[str, tuple[dict[str, bytes], dict[str, bytes]]] = {}
    for method in ("fork", "spawn"):
        monkeypatch.setenv(cores.START_METHOD_VARIABLE, method)
        out = tmp_path / method
        assert build(REPO / "content", out) == 0
        assert build(REPO / "content", out, today="2026-11-23") == 0   # a rebuild: reuses, checks bundles
        built[method] = (tree_bytes(out / "site"), tree_bytes(out / "archive"))
    assert set(used) == {"fork", "spawn"} and len(used) >= 10   # every parallel step ran on workers
    fork_site, fork_archive = built["fork"]
    spawn_site, spawn_archive = built["spawn"]
    assert fork_archive and spawn_archive.keys() == fork_archive.keys()
    assert [name for name in fork_archive if spawn_archive[name] != fork_archive[name]] == []
    assert spawn_site.keys() == fork_site.keys()
    assert [name for name in fork_site if spawn_site[name] != fork_site[name]] == []


_setup_state = {"entered": "no"}


@contextlib.contextmanager
def _entered() -> Iterator[None]:
    _setup_state["entered"] = "yes"
    yield


def _report(item: int, state: str) -> tuple[int, str, str, int]:
    return item, state, _setup_state["entered"], os.getpid()


def test_when_workers_start_by_spawn_then_each_gets_the_state_and_enters_the_setup(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cores.START_METHOD_VARIABLE, "spawn")
    monkeypatch.setattr(cores.os, "cpu_count", lambda: 2)
    results = cores.map_on_every_core(_report, [1, 2, 3, 4], "状態", setup=_entered)
    assert [r[:3] for r in results] == [(i, "状態", "yes") for i in (1, 2, 3, 4)]
    assert os.getpid() not in {r[3] for r in results} and _setup_state["entered"] == "no"   # in workers only


def test_when_the_start_method_is_forced_to_something_unknown_then_it_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cores.START_METHOD_VARIABLE, "thread")
    with pytest.raises(ValueError, match="SUMI_START_METHOD=thread"):
        cores.start_method()


def test_when_every_path_has_japanese_names_and_spaces_then_build_approve_audit_and_verify_work(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "市役所 総務課" / "会議録 公開"
    content = root / "原稿 フォルダ"
    write(content, "個人情報 審議会/令和6年度 第3回.md", MEETING)
    shutil.copytree(REPO / "content" / "joho-kokai" / "2025", content / "情報公開" / "2025")
    import yaml
    from mkdocs.utils.yaml import get_yaml_loader

    councils = yaml.load(CONFIG.read_text(encoding="utf-8"), Loader=get_yaml_loader())["sumi"]["councils"]
    councils["kojin-joho"]["approval"] = "required"
    config = config_variant(root / "設定 ファイル", councils=councils, approvals="決裁 記録/承認.jsonl")
    site, archive_folder, audit = root / "公開 サイト", root / "保存 用", root / "監査 資料"
    paths = ["--content", str(content), "--config", str(config)]
    source = content / "個人情報 審議会" / "令和6年度 第3回.md"
    assert main(["approve", str(source), "--by", "山田 太郎", *paths]) == 0
    assert main(["build", *paths, "--site", str(site), "--archive", str(archive_folder), "--today", TODAY]) == 0
    page = site / "kojin-joho" / "2024" / "2024-11-12" / "index.html"
    assert "申出がありました" in page.read_text(encoding="utf-8")
    assert "カナリア" not in site_text(site)
    assert main(["audit", *paths, "--out", str(audit), "--today", TODAY]) == 0
    assert "山田 太郎" in (audit / "ledger.csv").read_text(encoding="utf-8-sig")
    capsys.readouterr()
    assert main(["verify", "--site", str(site), "--content", str(content), "--config", str(config)]) == 0
    assert "一致しました" in capsys.readouterr().out


UNIX_ONLY_MODULES = frozenset({"fcntl", "termios", "pwd", "grp", "resource", "posix", "tty", "pty", "syslog", "crypt"})
UNIX_ONLY_CALLS = frozenset({("os", "fork"), ("os", "forkpty"), ("os", "setsid"), ("os", "killpg"), ("os", "getuid"),
                             ("os", "geteuid"), ("os", "uname"), ("signal", "SIGKILL"), ("signal", "SIGHUP"),
                             ("os", "O_NOFOLLOW"), ("os", "sched_getaffinity")})


def _guarded_imports(tree: ast.AST) -> set[int]:
    """The imports inside a `try` whose handler catches ImportError: code that runs where the module is missing."""
    guarded: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try) and any(
                isinstance(handler.type, ast.Name) and handler.type.id in {"ImportError", "ModuleNotFoundError"}
                for handler in node.handlers):
            guarded |= {id(inner) for statement in node.body for inner in ast.walk(statement)
                        if isinstance(inner, ast.Import | ast.ImportFrom)}
    return guarded


def unix_only_uses(path: Path) -> list[str]:
    """The Unix-only imports and calls of one module, as `file:line name` (an import guarded by `except
    ImportError` is not one: the module is optional there)."""
    found: list[str] = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    guarded = _guarded_imports(tree)
    for node in ast.walk(tree):
        names: list[str] = []
        if id(node) in guarded:
            continue
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if (node.value.id, node.attr) in UNIX_ONLY_CALLS:
                found.append(f"{path.name}:{node.lineno} {node.value.id}.{node.attr}")
        elif isinstance(node, ast.Constant) and node.value == "fork" and path.name != "cores.py":
            found.append(f"{path.name}:{node.lineno} 'fork' (start workers through redaction.core.cores)")
        found += [f"{path.name}:{node.lineno} import {name}" for name in names
                  if name.split(".")[0] in UNIX_ONLY_MODULES]
    return found


def test_when_the_code_is_read_then_nothing_unix_only_is_imported_or_called() -> None:
    files = [REPO / "build.py", *sorted((REPO / "redaction").rglob("*.py"))]
    assert len(files) > 40
    assert [use for path in files for use in unix_only_uses(path)] == []


def test_when_the_checker_reads_unix_only_code_then_it_finds_it(tmp_path: Path) -> None:
    sample = write(tmp_path, "sample.py", "import fcntl\nfrom resource import getrlimit\nimport os\nos.fork()\n"
                                          "import multiprocessing\nmultiprocessing.get_context('fork')\n"
                                          "try:\n    import termios\nexcept OSError:\n    pass\n"
                                          "try:\n    import pwd\nexcept ImportError:\n    pwd = None\n")
    assert sorted(unix_only_uses(sample)) == [
        "sample.py:1 import fcntl", "sample.py:2 import resource", "sample.py:4 os.fork",
        "sample.py:6 'fork' (start workers through redaction.core.cores)",
        "sample.py:8 import termios"]   # guarded by the wrong handler; pwd's is optional


def test_when_build_py_runs_as_a_script_then_it_starts(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(REPO / "build.py"), "--help"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0 and "approve" in result.stdout


def test_when_output_goes_to_a_file_in_a_legacy_code_page_then_characters_it_lacks_never_stop_the_command(
        tmp_path: Path) -> None:
    """Windows writes redirected output in cp932, which has no 𠮷 and no em dash."""
    content = tmp_path / "content"
    write(content, "kojin-joho/2024/2024-11-12.md", MEETING)
    councils = yaml.load(CONFIG.read_text(encoding="utf-8"), Loader=get_yaml_loader())["sumi"]["councils"]
    councils["kojin-joho"]["approval"] = "required"
    config = config_variant(tmp_path / "config", councils=councils)
    result = subprocess.run([sys.executable, str(REPO / "build.py"), "approve", str(content / "kojin-joho"),
                             "--by", "𠮷田 太郎", "--note", "確認済み — 以上", "--content", str(content),
                             "--config", str(config)], cwd=tmp_path, capture_output=True, timeout=300,
                            env={**os.environ, "PYTHONIOENCODING": "cp932"})
    assert result.returncode == 0, result.stderr.decode("cp932", errors="replace")
    assert "\\U00020bb7田 太郎".encode("cp932") in result.stdout
    assert "𠮷田 太郎" in (config.parent / "approvals.jsonl").read_text(encoding="utf-8")
