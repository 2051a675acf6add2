"""The long leak-proof soak: thousands of random documents, and the lexer fuzz.

Usage (from the repository root)::

    python -m bench.soak --cases 2000 [--seed S] [--batch 250]
    python -m bench.soak --fuzz-lexer 200000 [--seed S]

`--cases`: random canary secrets in random constructs and tag forms (tests/leak/leakkit.py,
the same generator as the Hypothesis property of the CI), built in batches of `--batch`
documents per MkDocs build; every output byte is scanned for every withheld canary and
the public words around each canary must survive. `--fuzz-lexer`: random inputs for the tag
lexer, each of which must lex into well-formed tags with no stray `[[`/`]]`/`:::` in its
public form, or raise ContentError at file:line:col.

Prints the cases tried, the leaks (or fail-open inputs) found and the time; exit status 1
when anything was found.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from tests.leak.leakkit import (
    build_and_check,
    lex_checker,
    new_project,
    place_cases,
    random_case,
    random_lex_input,
)


def soak_cases(total: int, seed: int, batch: int) -> int:
    rng = random.Random(seed)
    started = time.perf_counter()
    tried = leaks = lost = failed = 0
    constructs: Counter[str] = Counter()
    while tried < total:
        size = min(batch, total - tried)
        cases = [random_case(rng) for _ in range(size)]
        constructs.update(c.construct for c in cases)
        with tempfile.TemporaryDirectory(prefix="sumi-soak-") as tmp:
            project = new_project(Path(tmp) / "p")
            place_cases(project, cases)
            outcome = build_and_check(project)
        tried += size
        if outcome.status != 0:
            failed += 1
            print(f"build failed (exit {outcome.status}):\n{outcome.log[-3000:]}", file=sys.stderr)
        leaks += len(outcome.leaks)
        lost += len(outcome.lost)
        for file, canary in outcome.leaks:
            print(f"LEAK {canary!r} in {file}", file=sys.stderr)
        for item in outcome.lost:
            print(f"LOST public text: {item}", file=sys.stderr)
        print(f"  {tried}/{total} cases, {leaks} leaks, {time.perf_counter() - started:.0f} s", file=sys.stderr)
    seconds = time.perf_counter() - started
    print(f"soak: seed {seed}, {tried} cases tried ({len(constructs)} constructs, {failed} failed builds), "
          f"{leaks} leaks found, {lost} public texts lost, {seconds:.1f} s")
    return 0 if leaks == lost == failed == 0 else 1


def fuzz_lexer(total: int, seed: int) -> int:
    rng = random.Random(seed)
    check = lex_checker()
    started = time.perf_counter()
    verdicts: Counter[str] = Counter()
    for _ in range(total):
        text = random_lex_input(rng)
        verdict = check(text)
        if verdict not in ("ok", "error"):
            print(f"FAIL OPEN {text!r}: {verdict}", file=sys.stderr)
            verdict = "fail-open"
        verdicts[verdict] += 1
    seconds = time.perf_counter() - started
    print(f"lexer fuzz: seed {seed}, {total} inputs tried ({verdicts['ok']} lexed, {verdicts['error']} ContentError), "
          f"{verdicts['fail-open']} fail-open found, {seconds:.1f} s")
    return 0 if verdicts["fail-open"] == 0 else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--cases", type=int, help="random documents to build and scan")
    mode.add_argument("--fuzz-lexer", type=int, metavar="N", help="random inputs for the tag lexer")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=250, help="documents per MkDocs build (at most 1000)")
    args = parser.parse_args(argv)
    if args.cases is not None:
        return soak_cases(args.cases, args.seed, max(1, min(args.batch, 1000)))
    return fuzz_lexer(args.fuzz_lexer, args.seed)


if __name__ == "__main__":
    sys.exit(main())
