"""The preview's builds: `build`'s own steps, run into a private temporary folder removed at exit.

Everything the pipeline writes — the site, the archive bundles, the work folder with its
staging Markdown, caches and check records (Paths.work lies beside the site) — lies inside
one folder made by tempfile.mkdtemp (owner-only), never in site/, archive/, the content
folder or the current directory. A failed rebuild leaves the last good site in place (the
pipeline fails closed), which is what keeps the last good preview reachable.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from redaction.auditing.report import page_name
from redaction.checks.safety_net import LocatedFinding
from redaction.core import clerk_messages as say
from redaction.core.config import SumiConfig, load_config
from redaction.core.errors import ContentError, Problem
from redaction.core.retention import today_in_tokyo
from redaction.pipeline import BUILD_STEPS, Build, Paths, run
from redaction.publishing.manifest import theme_dir_of
from redaction.source.public_page import PublicDocument

PREFIX = "sumi-preview-"


def preview_build(config: SumiConfig, paths: Paths, today: date, log: Callable[[str], None]) -> Build:
    """The Build the preview runs: `build`'s, with one difference: the approval gate is open
    (`approval_gate=False`), so that a clerk sees a version awaiting approval (決裁) before asking for it.
    The notice bar says which pages those are.
    """
    return Build(config, paths, today, log=log, approval_gate=False)


@dataclass(frozen=True)
class GoodBuild:
    """The last build that succeeded: what the site folder holds, and what the review view shows."""

    number: int
    at: str                                   # local time of day it finished, HH:MM:SS
    today: date
    config: SumiConfig
    documents: tuple[PublicDocument, ...]     # every document, drafts included (held in memory only)
    findings: tuple[LocatedFinding, ...]             # the personal-data detector's findings (warnings)
    warnings: tuple[str, ...]
    by_url: Mapping[str, PublicDocument] = field(default_factory=dict)   # live pages by url_path
    awaiting: Mapping[str, str] = field(default_factory=dict)   # source path -> new / changed (awaiting approval)

    @cached_property
    def review_pages(self) -> dict[str, PublicDocument]:
        """Every document (drafts included) by the file name of its review page, as the audit names them."""
        pages: dict[str, PublicDocument] = {}
        used: set[str] = set()
        for document in sorted(self.documents, key=lambda d: d.source.rel):
            name = page_name(document.source.rel, used)
            used.add(name)
            pages[name] = document
        return pages


@dataclass(frozen=True)
class Outcome:
    """What the latest rebuild gave: no problems (it succeeded) or every problem it found."""

    number: int
    at: str
    seconds: float
    problems: tuple[Problem, ...] = ()

    @property
    def failed(self) -> bool:
        return bool(self.problems)


@dataclass(frozen=True)
class State:
    good: GoodBuild | None
    latest: Outcome | None

    @property
    def failed(self) -> bool:
        return self.latest is not None and self.latest.failed


class PreviewSession:
    """A private folder and the builds made into it; `state` is replaced whole after each rebuild."""

    def __init__(self, content: Path, config: Path, today: date | None, log: Callable[[str], None]) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix=PREFIX)).resolve()   # mode 0700: this user only
        self.paths = Paths(content=content, site=self.folder / "site", archive=self.folder / "archive",
                           config=config)
        self.fixed_today = today
        self.log = log
        self.state = State(None, None)
        self.theme: Path | None = None
        self._count = 0

    @property
    def site(self) -> Path:
        return self.paths.site

    def watched(self) -> list[Path]:
        """What a change to means a rebuild: the sources, the configuration and the theme folder."""
        return [path for path in (self.paths.content, self.paths.config, self.theme) if path is not None]

    def rebuild(self) -> Outcome:
        self._count += 1
        started = time.perf_counter()
        good = self.state.good
        try:
            config = load_config(self.paths.config)
            self.theme = theme_dir_of(self.paths.config, config.mkdocs)
            build = run(preview_build(config, self.paths, self.fixed_today or today_in_tokyo(), self.log),
                        BUILD_STEPS)
        except ContentError as exc:
            outcome = self._outcome(started, exc.problems)
        except Exception as exc:  # a broken theme or an internal error: shown, and the preview stays up
            self.log(traceback.format_exc())
            outcome = self._outcome(started, (say.PREVIEW_NOT_BUILT.at(type(exc).__name__, 0, 0, error=exc),))
        else:
            outcome = self._outcome(started, ())
            if not build.finished:   # `finished`: the inputs are unchanged and the site already is theirs
                good = GoodBuild(self._count, outcome.at, build.today, config, tuple(build.documents),
                                 tuple(build.findings), tuple(build.warnings),
                                 {d.url_path: d for d in build.live}, dict(build.awaiting))
        self.state = State(good, outcome)
        return outcome

    def _outcome(self, started: float, problems: tuple[Problem, ...]) -> Outcome:
        return Outcome(self._count, time.strftime("%H:%M:%S"), time.perf_counter() - started, tuple(problems))

    def close(self) -> bool:
        """Remove the private folder; False when something in it could not be removed."""
        shutil.rmtree(self.folder, ignore_errors=True)
        return not self.folder.exists()
