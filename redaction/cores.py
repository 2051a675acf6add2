"""Work shared out over every core: forked workers inherit the shared state; items and results go by pipe.

Forking (not spawning) means the state — a configuration, an automaton of withheld texts,
the renderer settings — is never pickled, and each worker starts with the parent's imports.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from redaction.progress import Progress

Item = TypeVar("Item")
State = TypeVar("State")
Result = TypeVar("Result")

PARALLEL_DOCUMENTS = 200  # documents: below this, starting worker processes costs more than it saves

_task: tuple[Callable[[Any, Any], Any], Any] | None = None  # inherited by forked workers


def map_on_every_core(function: Callable[[Item, State], Result], items: Sequence[Item], state: State, *,
                      worth_it: bool = True, chunksize: int = 1, progress: Progress | None = None) -> list[Result]:
    """`[function(item, state) for item in items]`, on every core when there are several and it is `worth_it`
    (starting workers costs more than it saves on small work); `progress` hears of each finished item."""
    workers = min(os.cpu_count() or 1, len(items))
    results: list[Result] = []
    if workers < 2 or not worth_it:
        for item in items:
            results.append(function(item, state))
            if progress is not None:
                progress.done(len(results))
        return results
    global _task
    _task = (function, state)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for result in pool.imap(_run, items, chunksize=chunksize):
                results.append(result)
                if progress is not None:
                    progress.done(len(results))
        return results
    finally:
        _task = None


def _run(item: Any) -> Any:
    assert _task is not None
    function, state = _task
    return function(item, state)
