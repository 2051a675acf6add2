"""The site manifest: what every published file's bytes are, and what they were built from.

`site/sumi-manifest.json` (written by the build's `manifest` step, after the leak scan and
before the swap)::

    {
     "format": "sumi-manifest/1",
     "today": "2026-11-22",
     "inputs": {"sources": "<sha256>", "source_files": 24, "config": "<sha256>", "theme": "<sha256>"},
     "tools": {"mkdocs": "1.6.1", "mkdocs-material": "9.8.1", "sumi": "0.1.0"},
     "files": {"404.html": "<sha256>", …}
    }

A digest of a set of files (sources, theme) is the sha256 of the listing
"<sha256 of the file>  <path relative to the folder>\\n", one line per file in path order
(the output of `sha256sum` over sorted paths). Only that one digest of all sources is
published, never a digest per source file: a per-file digest of a document whose text is
mostly public would let anyone test guesses of its withheld passages.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from redaction.core.code_fingerprint import package_version
from redaction.core.digests import sha256_file, sha256_files
from redaction.core.stat_digests import StatDigests
from redaction.core.walk import files_under

MANIFEST_NAME = "sumi-manifest.json"
FORMAT = "sumi-manifest/1"
TOOLS = ("mkdocs", "mkdocs-material", "sumi")


def tree_files(root: Path) -> dict[str, Path]:
    """Every file under `root` by its POSIX path relative to `root`."""
    return dict(files_under(root))


def listing_digest(files: Iterable[tuple[str, Path]]) -> str:
    """sha256 of the `sha256sum`-style listing of the files, in path order."""
    return digest_of_listing(file_sha256s(files))


def file_sha256s(files: Iterable[tuple[str, Path]], stats: StatDigests | None = None) -> dict[str, str]:
    """The sha256 of each file, by its name (with `stats`: read only where the file's stat changed)."""
    named = list(files)
    paths = [path for _, path in named]
    return dict(zip([name for name, _ in named], stats.sha256s(paths) if stats else sha256_files(paths), strict=True))


def digest_of_listing(digests: Mapping[str, str]) -> str:
    """sha256 of the `sha256sum`-style listing of files whose sha256 are known, in path order."""
    lines = "".join(f"{digests[name]}  {name}\n" for name in sorted(digests))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def code_digest() -> str:
    """sha256 over Sumi's own code and templates: a changed build step changes what a site is built from."""
    package = Path(__file__).resolve().parents[1]   # redaction/, every stage
    files = [(p.relative_to(package).as_posix(), p) for p in package.rglob("*")
             if p.is_file() and p.suffix in {".py", ".html", ".css", ".js", ".json", ".yaml", ".txt"}]
    return listing_digest(files)


def input_digests(sources: Mapping[str, str], config: str, theme: str | None, code: str,
                  approvals: str | None = None) -> dict[str, Any]:
    """The digests of what a site is built from (the "today" is recorded beside them): `sources`, the
    sha256 of each source file by its path in the content folder; `config`, of mkdocs.yml; `theme`, of
    the theme folder's listing; `code`, of Sumi's own. A build takes each when it reads that input
    (sources, configuration) or before it uses it (theme, code): an input saved again during a build
    then differs from the record, and the next build runs instead of taking the site as built.
    `approvals`, of the approvals file, only where some council requires approval (redaction/checks/approval.py)."""
    inputs = {"sources": digest_of_listing(sources), "source_files": len(sources),
              "config": config, "theme": theme, "code": code}
    if approvals is not None:
        inputs["approvals"] = approvals
    return inputs


def current_inputs(sources: Iterable[tuple[str, Path]], config_file: Path, mkdocs: Mapping[str, Any],
                   approvals: str | None = None, source_stats: StatDigests | None = None) -> dict[str, Any]:
    """The input digests of the files as they are now, to compare with a manifest's."""
    return input_digests(file_sha256s(sources, source_stats), sha256_file(config_file),
                         theme_digest(theme_dir_of(config_file, mkdocs)), code_digest(), approvals)


def theme_digest(theme_dir: Path | None) -> str | None:
    return listing_digest(tree_files(theme_dir).items()) if theme_dir is not None and theme_dir.is_dir() else None


def theme_dir_of(config_file: Path, mkdocs: Mapping[str, Any]) -> Path | None:
    theme = mkdocs.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        return (config_file.resolve().parent / str(theme["custom_dir"])).resolve()
    return None


def build_manifest(site: Path, today: date, inputs: Mapping[str, Any], archive: str | None = None,
                   digests: Mapping[str, str] | None = None) -> dict[str, Any]:
    """`archive`: the listing digest of the archive folder published with this site (None: no folder);
    `digests`: the sha256 of every site file when already known (the leak scan hashed them), else read."""
    files = dict(digests) if digests is not None else file_sha256s(
        (name, path) for name, path in tree_files(site).items() if name != MANIFEST_NAME)
    return {"format": FORMAT, "today": today.isoformat(), "inputs": dict(inputs),
            "tools": tools(), "files": files, "archive": archive}


def tools() -> dict[str, str]:
    return {tool: package_version(tool) for tool in TOOLS}


def archive_listing(folder: Path, stats: StatDigests | None = None) -> str | None:
    """The listing digest of an archive folder's files, None when there is no folder."""
    return digest_of_listing(file_sha256s(tree_files(folder).items(), stats)) if folder.is_dir() else None


def serialize(manifest: Mapping[str, Any]) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def write_manifest(site: Path, today: date, inputs: Mapping[str, Any], archive: str | None = None,
                   digests: Mapping[str, str] | None = None) -> Path:
    path = site / MANIFEST_NAME
    path.write_bytes(serialize(build_manifest(site, today, inputs, archive, digests)))
    return path


class ManifestError(Exception):
    """The manifest is missing or unreadable."""


def read_site_manifest(site: Path) -> dict[str, Any]:
    path = site / MANIFEST_NAME
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ManifestError(f"{path}: マニフェストがありません / no manifest") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(f"{path}: マニフェストが読めません / unreadable manifest: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or not isinstance(manifest.get("files"), dict):
        raise ManifestError(f"{path}: 形式が {FORMAT} ではありません / not a {FORMAT} manifest")
    return manifest


@dataclass(frozen=True)
class TreeDifference:
    """Files of a site that do not match a reference (a manifest, or a rebuilt site)."""

    changed: tuple[str, ...]
    missing: tuple[str, ...]
    extra: tuple[str, ...]

    @property
    def identical(self) -> bool:
        return not (self.changed or self.missing or self.extra)

    def lines(self) -> list[str]:
        return ([f"  変更 / changed: {name}" for name in self.changed]
                + [f"  欠落 / missing: {name}" for name in self.missing]
                + [f"  余分 / extra:   {name}" for name in self.extra])


def compare_digests(expected: Mapping[str, str], actual: Mapping[str, str]) -> TreeDifference:
    return TreeDifference(
        changed=tuple(sorted(n for n in expected.keys() & actual.keys() if expected[n] != actual[n])),
        missing=tuple(sorted(expected.keys() - actual.keys())),
        extra=tuple(sorted(actual.keys() - expected.keys())))


def verify_against_manifest(site: Path, stats: StatDigests | None = None) -> TreeDifference:
    """Every file of the site against the sha256 its manifest records (with `stats`, the build's check that
    nothing changed: a file whose stat is the one recorded when it was hashed is not read again)."""
    manifest = read_site_manifest(site)
    actual = file_sha256s(((name, path) for name, path in tree_files(site).items() if name != MANIFEST_NAME), stats)
    return compare_digests(manifest["files"], actual)


def compare_trees(expected: Path, actual: Path) -> TreeDifference:
    """Two folders byte for byte (the manifest file included)."""
    want, have = tree_files(expected), tree_files(actual)
    changed = tuple(sorted(n for n in want.keys() & have.keys()
                           if want[n].read_bytes() != have[n].read_bytes()))
    return TreeDifference(changed, tuple(sorted(want.keys() - have.keys())), tuple(sorted(have.keys() - want.keys())))


def input_differences(recorded: Mapping[str, Any], current: Mapping[str, Any]) -> list[str]:
    """Which inputs differ from those the manifest records (to explain a failed rebuild)."""
    return [key for key in sorted(set(recorded) | set(current)) if recorded.get(key) != current.get(key)]



