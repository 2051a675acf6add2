"""The detector's patterns compiled with each character class's table built once.

Importing the detector compiles about 700 patterns, and most of them hold the same few classes ([一-龯々〆ヶヵ], [ぁ-ゖ],
[ァ-ヺー] …). Python's compiler builds a class's table afresh for every pattern, in Python, one step per character of
each range (some 21,000 for the kanji): about 60 % of the import's CPU time (0.3 of 0.5 s), which a build pays once
(its workers are forked after the import). Inside `classes_built_once()` each distinct class is built once and reused:
a class compiled without IGNORECASE has a table that depends on the class alone, so every pattern's compiled code is
the one a plain compile gives (tests/detect/test_compiling.py compares them pattern by pattern). Outside it, Python's
compiler is left as it was.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from re import _compiler  # the compiler behind re.compile (Python 3.11 and later)
from types import ModuleType
from typing import Any


@contextlib.contextmanager
def classes_built_once(compiler: ModuleType = _compiler) -> Iterator[None]:
    """Within the block, re.compile builds the table of each distinct character class once.

    `_optimize_charset` is the compiler's private step: a Python whose compiler has none compiles as it always does
    (the import is slower, the patterns the same), never fails."""
    plain = getattr(compiler, "_optimize_charset", None)
    if plain is None:
        yield
        return
    built: dict[tuple[Any, ...], tuple[list[Any], bool]] = {}

    def once(charset: list[Any], iscased: Any = None, fixup: Any = None, fixes: Any = None) -> tuple[list[Any], bool]:
        if fixup is not None:  # IGNORECASE: the table depends on the flags too
            return plain(charset, iscased, fixup, fixes)
        try:
            key = tuple(charset)
            table = built.get(key)
        except TypeError:  # a class item that cannot be a key: built as before
            return plain(charset, iscased, fixup, fixes)
        if table is None:
            table = built[key] = plain(charset, iscased, fixup, fixes)
        return list(table[0]), table[1]  # the callers read the list (and the tables in it) only

    compiler._optimize_charset = once
    try:
        yield
    finally:
        compiler._optimize_charset = plain
