"""A build with nothing to do: the published site already is what these inputs produce.

Builds are deterministic: the same sources, configuration, theme, code and "today" give the
same bytes. So when the live site's manifest records exactly these inputs and tools, every
site file still has the sha256 the manifest records, and the archive folder is the one
published with it, building again could only write the same bytes: the build stops there,
touching nothing. Any difference — one byte of a source, a tampered page, a missing bundle,
another day — and the full build runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from redaction.checks.approval import approvals_digest
from redaction.core.config import SumiConfig
from redaction.core.stat_digests import StatDigests
from redaction.publishing.manifest import (
    ManifestError,
    archive_listing,
    current_inputs,
    read_site_manifest,
    tools,
    verify_against_manifest,
)


def already_published(paths, config: SumiConfig, today: date, sources: Sequence[tuple[str, Path]],
                      source_stats: StatDigests | None = None, published_stats: StatDigests | None = None
                      ) -> int | None:
    """The number of site files verified when nothing needs building; None when a build is needed.

    With the records of file digests by stat (stat_digests.py; kept in the private cache folder), only
    the sources and published files whose stat changed since they were hashed are read again; without,
    every file is. The records are saved with what this check hashed."""
    try:
        manifest = read_site_manifest(paths.site)
    except ManifestError:
        return None
    if manifest.get("today") != today.isoformat() or manifest.get("tools") != tools():
        return None
    try:
        if manifest.get("inputs") != current_inputs(sources, paths.config, config.mkdocs, approvals_digest(config),
                                                    source_stats):
            return None
        if manifest.get("archive", "missing") != archive_listing(paths.archive, published_stats):
            return None
        if not verify_against_manifest(paths.site, published_stats).identical:
            return None
    finally:
        for stats in (source_stats, published_stats):
            if stats is not None and stats.fresh:
                stats.save(merge=True)
    return len(manifest["files"])
