"""The one error type for "the content or configuration is wrong", and its records."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Location:
    """A place in a source file; line and col are 1-based, col counts characters."""

    file: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if self.line <= 0:
            return self.file
        return f"{self.file}:{self.line}:{self.col}"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing a clerk must fix: where, what (Japanese), and the same in English."""

    location: Location
    ja: str
    en: str
    kind: str = ""      # what found it, for grouped reports: "consistency", "raw_html", "leak", "detector:phone", …

    def __str__(self) -> str:
        return f"{self.location}: {self.ja} / {self.en}"


class ContentError(Exception):
    """The content or configuration is wrong; nothing is published.

    Raised with every problem found, so that a clerk can fix them all in one round.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(sorted(set(problems)))
        super().__init__("\n".join(str(p) for p in self.problems))


def problem(file: str, line: int, col: int, ja: str, en: str, kind: str = "") -> Problem:
    """Shorthand for a Problem at file:line:col."""
    return Problem(Location(file, line, col), ja, en, kind)
