"""`build.py verify`: is the published site exactly what its manifest (or its sources) says?

Without sources: every file of the site against the sha256 its manifest records (changed,
missing, extra). With sources: the site is rebuilt in a temporary folder — with the "today"
recorded in the manifest unless another is given — and both folders are compared byte for
byte, the manifest included.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from redaction.publishing.manifest import (
    MANIFEST_NAME,
    TreeDifference,
    compare_trees,
    current_inputs,
    input_differences,
    read_site_manifest,
    verify_against_manifest,
)

INPUT_LABELS = {"sources": "原稿 / sources", "source_files": "原稿の数 / number of sources",
                "config": "設定 / configuration", "theme": "テーマ / theme", "approvals": "決裁記録 / approvals"}


@dataclass(frozen=True)
class VerifyResult:
    against: str                         # "manifest" or "rebuild"
    difference: TreeDifference
    files: int                           # files compared
    today: date | None = None
    inputs_differ: tuple[str, ...] = ()  # which recorded inputs differ from the given ones

    @property
    def identical(self) -> bool:
        return self.difference.identical

    def report(self) -> list[str]:
        if self.against == "manifest":
            head = (f"マニフェストと一致しました（{self.files}ファイル）/ all {self.files} files match the manifest"
                    if self.identical else "マニフェストと一致しないファイルがあります / files differ from the manifest:")
        else:
            head = (f"再生成したサイトとバイト単位で一致しました（{self.files}ファイル、基準日 {self.today}）/ "
                    f"identical to a rebuild from the sources ({self.files} files, today {self.today})"
                    if self.identical else f"再生成したサイトと一致しません（基準日 {self.today}）/ "
                    f"differs from a rebuild (today {self.today}):")
        lines = [head, *self.difference.lines()]
        for key in self.inputs_differ:
            lines.append(f"  入力が記録と異なります / input differs from the manifest: {INPUT_LABELS.get(key, key)}")
        return lines


def verify_manifest(site: Path) -> VerifyResult:
    difference = verify_against_manifest(site)
    files = len(read_site_manifest(site)["files"])
    return VerifyResult("manifest", difference, files)


def verify_rebuild(site: Path, content: Path, config_file: Path, today: date | None,
                   log: Callable[[str], None]) -> VerifyResult:
    """Rebuild from `content` in a temporary folder and compare with `site` byte for byte.

    Raises ContentError when the sources do not build (cli.py reports it, exit 1).
    """
    from redaction.checks.approval import approvals_digest
    from redaction.core.config import load_config  # local imports: the pipeline imports manifest.py
    from redaction.pipeline import BUILD_STEPS, Build, Paths, run, source_files

    manifest = read_site_manifest(site)
    when = today or date.fromisoformat(manifest["today"])
    config = load_config(config_file)
    sources = [(p.relative_to(content).as_posix(), p) for p in source_files(content)]
    current = current_inputs(sources, config_file, config.mkdocs, approvals_digest(config))
    differ = tuple(input_differences(manifest.get("inputs", {}), current))
    with tempfile.TemporaryDirectory(prefix="sumi-verify-") as folder:
        paths = Paths(content=content, site=Path(folder) / site.name, archive=Path(folder) / "archive",
                      config=config_file)
        run(Build(config, paths, when, log=log), BUILD_STEPS)
        difference = compare_trees(site, paths.site)
        files = sum(1 for p in site.rglob("*") if p.is_file())
    return VerifyResult("rebuild", difference, files, when, differ)


__all__ = ["MANIFEST_NAME", "VerifyResult", "verify_manifest", "verify_rebuild"]
