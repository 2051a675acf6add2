"""Work shared out over every core: the shared state goes to each worker once; items and results go by pipe.

Workers start by `fork` on Linux: the state — a configuration, an automaton of withheld texts, the
renderer settings — is then never pickled, and each worker starts with the parent's imports. Windows
has only `spawn`, and macOS's `fork` is unsafe with its system libraries, so there the workers start
by `spawn`: each imports Sumi afresh and receives the state, pickled, when it starts (`initargs`),
and a `setup` context (such as the renderer's shared theme environment) is entered in each worker
as the parent entered it. The output is the same bytes either way (tests/test_platform.py).

`SUMI_START_METHOD=spawn` (or `fork`, `forkserver`) forces a start method, to check a Linux build
the way Windows and macOS run it.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

from redaction.core.progress import Progress

Item = TypeVar("Item")
State = TypeVar("State")
Result = TypeVar("Result")

PARALLEL_DOCUMENTS = 200  # documents: below this, starting worker processes costs more than it saves
START_METHOD_VARIABLE = "SUMI_START_METHOD"

Setup = Callable[[], contextlib.AbstractContextManager[Any]]
_task: tuple[Callable[[Any, Any], Any], Any] | None = None  # a worker's function and state (start_worker)
_entered: contextlib.ExitStack | None = None  # a spawned worker's setup, held until the worker ends


def start_method() -> str:
    """How worker processes start here: `fork` on Linux, `spawn` elsewhere, unless SUMI_START_METHOD says."""
    forced = os.environ.get(START_METHOD_VARIABLE, "").strip()
    if forced:
        if forced not in multiprocessing.get_all_start_methods():
            raise ValueError(f"{START_METHOD_VARIABLE}={forced}: not one of {multiprocessing.get_all_start_methods()}")
        return forced
    return "fork" if sys.platform.startswith("linux") else "spawn"


def worker_context() -> BaseContext:
    return multiprocessing.get_context(start_method())


def setup_to_send(context: BaseContext, setup: Setup | None) -> Setup | None:
    """The setup a worker of `context` must enter itself: none when forked (it inherits the parent's)."""
    return None if context.get_start_method() == "fork" else setup


def map_on_every_core(function: Callable[[Item, State], Result], items: Sequence[Item], state: State, *,
                      worth_it: bool = True, chunksize: int = 1, progress: Progress | None = None,
                      setup: Setup | None = None) -> list[Result]:
    """`[function(item, state) for item in items]`, on every core when there are several and it is `worth_it`
    (starting workers costs more than it saves on small work); `progress` hears of each finished item.
    `function` must be a module-level function (a spawned worker imports it by name); `setup`, when the
    caller runs inside a context that the workers need too, is entered in each spawned worker."""
    return list(each_on_every_core(function, items, state, worth_it=worth_it, chunksize=chunksize,
                                   progress=progress, setup=setup))


def each_on_every_core(function: Callable[[Item, State], Result], items: Sequence[Item], state: State, *,
                       worth_it: bool = True, chunksize: int = 1, progress: Progress | None = None,
                       setup: Setup | None = None) -> Iterator[Result]:
    """`map_on_every_core`'s results one by one, in order, as they arrive: a caller that turns each result into
    something else (a pickled document into the document) holds one at a time, not all of them at once."""
    workers = min(os.cpu_count() or 1, len(items))
    if workers < 2 or not worth_it:
        for number, item in enumerate(items, 1):
            yield function(item, state)
            if progress is not None:
                progress.done(number)
        return
    context = worker_context()
    # Forked workers get these arguments in the memory they inherit (nothing pickled); spawned ones, pickled.
    initargs = (function, state, setup_to_send(context, setup))
    with context.Pool(workers, initializer=start_worker, initargs=initargs) as pool:
        for number, result in enumerate(pool.imap(_run, items, chunksize=chunksize), 1):
            yield result
            if progress is not None:
                progress.done(number)


def start_worker(function: Callable[[Any, Any], Any] | None, state: Any, setup: Setup | None) -> None:
    """In a worker: take the task, and enter the setup (a forked worker has it entered already, from its parent)."""
    global _task, _entered
    if function is not None:
        _task = (function, state)
    if setup is not None:
        _entered = contextlib.ExitStack()
        _entered.enter_context(setup())


def _run(item: Any) -> Any:
    assert _task is not None
    function, state = _task
    return function(item, state)
