"""Each recognizer's time over a folder of minutes, as the safety net runs it (per published view).

    python -m bench.detect_eval.recognizer_cost --content DIR [--rounds 3]
    python -m bench.detect_eval.recognizer_cost --hand [--rounds 3]

Every document is read as a build reads it and masked as the safety net masks it; then every
recognizer runs over every view, document by document (as detect() runs them, so the shared
table reader's cache behaves as in a build). Prints the best of `--rounds` for each recognizer
and for detect() as a whole. One process, after a warm-up: the dictionary load is not counted.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

from redaction.checks import safety_net
from redaction.checks.mask import public_view
from redaction.core.config import load_config
from redaction.detect import DetectContext, detect
from redaction.detect.model import Doc
from redaction.detect.registry import RECOGNIZERS
from redaction.source.document import SourceDocument, read_document

REPO = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 22)


def _sources(content: Path | None, config) -> list[SourceDocument]:
    if content is not None:
        return [read_document(path, path.relative_to(content).as_posix(), config) for path in sorted(content.rglob("*.md"))]
    from bench.detect_eval.hand import load_set

    folder = Path(tempfile.mkdtemp())
    sources = []
    for doc in [*load_set("tune"), *load_set("held")]:
        path = folder / doc.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(doc.text, encoding="utf-8")
        sources.append(read_document(path, doc.name, config))
    return sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path)
    parser.add_argument("--hand", action="store_true")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if (args.content is None) == (not args.hand):
        parser.error("give --content DIR or --hand")
    config = load_config(REPO / "mkdocs.yml")
    views: list[tuple[str, DetectContext]] = []
    for source in _sources(args.content, config):
        if source.status == "draft":
            continue
        context = DetectContext(public_terms=frozenset(config.public_terms),
                                public_names=safety_net.public_names(source, config))
        views += [(public_view(lexed, TODAY, keep_reviewed_public=False), context)
                  for name, lexed in source.all_lexed() if name.split("[")[0] not in safety_net.PUBLIC_NAME_LISTS]
    docs = [Doc.of(text, context) for text, context in views]
    for recognize in RECOGNIZERS.values():  # warm-up: the analyzer's dictionary
        list(recognize(docs[0]))
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        times: Counter[str] = Counter()
        for doc in docs:
            for name, recognize in RECOGNIZERS.items():
                started = time.perf_counter()
                list(recognize(doc))
                times[name] += time.perf_counter() - started
        started = time.perf_counter()
        for text, context in views:
            detect(text, context)
        times["detect() in all"] = time.perf_counter() - started
        best = {name: min(best.get(name, float("inf")), value) for name, value in times.items()}
    print(f"{len(views)} views, {sum(len(text) for text, _ in views) // 1000} k characters; best of {args.rounds}:")
    for name, value in best.items():
        print(f"  {name:<16} {value:7.3f} s")


if __name__ == "__main__":
    main()
