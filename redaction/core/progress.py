"""Progress of a long step on stderr: how far, and about how long is left (a clerk should never wonder if it hangs)."""

from __future__ import annotations

import time
from collections.abc import Callable

EVERY_SECONDS = 5.0


class Progress:
    """`done(n)` after each finished item; prints at most every EVERY_SECONDS, and always at the end."""

    def __init__(self, label: str, total: int, log: Callable[[str], None] | None) -> None:
        self.label = label            # "ページ / pages": Japanese, then English
        self.total = total
        self.log = log
        self.started = time.perf_counter()
        self.shown = self.started

    def done(self, count: int, first: int = 0) -> None:
        """`count` of `total` finished, `first` of them before this step began (reused, not worked on)."""
        if self.log is None:
            return
        now = time.perf_counter()
        if count < self.total and now - self.shown < EVERY_SECONDS:
            return
        self.shown = now
        worked = count - first
        left = (now - self.started) / worked * (self.total - count) if worked > 0 else 0.0
        self.log(f"  {self.label} {count:,}/{self.total:,}（残り約 {left:.0f} 秒 / about {left:.0f} s left）")
