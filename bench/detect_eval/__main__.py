"""`python -m bench.detect_eval`: recall per type, false alarms per document, ms per document.

Options:
  --mode analyzer|rules|structured|all   which name detector to measure (default: all)
  --seed N --count N                     the synthetic set (default 6, 200)
  --content DIR --config FILE            the sample minutes to scan too (default content/, mkdocs.yml)
  --show                                 list misses and false alarms
  --hand                                 the hand-written labelled minutes (hand/tune, hand/held) instead
  --text-from DIR                        false alarms on real public minutes in DIR instead (read, never copied)

The quality figures are --hand (held half) and --text-from; the synthetic set is a regression check.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from redaction.detect import STRUCTURED_TYPES
from redaction.detect.names import analyzer

from .evaluate import Report, detector_for, evaluate
from .generate import PERSONAL_TYPES, context, generate
from .sample import config_context, run_samples, tagged_recall

_TARGET = {"structured": 0.99, "person_name": 0.90}


def _print_report(report: Report, show: bool) -> None:
    print(f"\n== mode: {report.mode} ==")
    print(f"{'type':16} {'found':>6} {'labels':>6} {'recall':>8}")
    for type_ in PERSONAL_TYPES:
        if type_ not in report.labels:
            continue
        target = _TARGET["person_name" if type_ == "person_name" else "structured"]
        mark = "ok" if report.recall(type_) >= target else "BELOW TARGET"
        print(f"{type_:16} {report.found.get(type_, 0):>6} {report.labels[type_]:>6} {report.recall(type_):>8.1%}  {mark}")
    structured = [t for t in STRUCTURED_TYPES if t in report.labels]
    s_found = sum(report.found.get(t, 0) for t in structured)
    s_total = sum(report.labels[t] for t in structured)
    print(f"{'structured (all)':16} {s_found:>6} {s_total:>6} {s_found / s_total:>8.1%}")
    for shape, (hit, total) in sorted(report.shapes.items()):
        print(f"  name shape {shape:10} {hit:>4}/{total:<4} {hit / total:.1%}")
    for kind, docs in sorted(report.docs_by_kind.items()):
        alarms = report.alarms_by_kind.get(kind, 0)
        print(f"false alarms, {kind:9} docs: {alarms} in {docs} documents = {alarms / docs:.3f} per document")
    print(f"time: {report.ms_per_doc:.2f} ms per document ({report.chars_per_doc / 1000:.1f} k chars); "
          f"{report.ms_per_doc * 40000 / report.chars_per_doc:.2f} ms per 40 k chars")
    if show:
        for miss in report.misses:
            print(f"  MISS  {miss.doc} {miss.label.type} {miss.label.text!r} {miss.label.shape}")
        for alarm in report.alarms:
            print(f"  ALARM {alarm.doc} {alarm.finding.type} {alarm.finding.text!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.detect_eval", description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=["analyzer", "rules", "structured", "all"], default="all")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--content", type=Path, default=Path("content"))
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--hand", action="store_true")
    parser.add_argument("--text-from", type=Path, default=None, metavar="DIR")
    args = parser.parse_args(argv)
    if args.hand or args.text_from is not None:
        return quality(args)

    started = time.perf_counter()
    has_analyzer = analyzer.available()
    load_ms = (time.perf_counter() - started) * 1000
    print(f"analyzer (SudachiPy + sudachidict_core): {f'loaded in {load_ms:.0f} ms' if has_analyzer else 'NOT installed'}")
    modes = ["analyzer", "rules", "structured"] if args.mode == "all" else [args.mode]
    if not has_analyzer:
        modes = [m for m in modes if m != "analyzer"]
    docs = generate(args.seed, args.count)
    print(f"evaluation set: {len(docs)} synthetic minutes (seed {args.seed}), "
          f"{sum(len(d.labels) for d in docs)} labelled personal values")
    for mode in modes:
        _print_report(evaluate(docs, context(), mode), args.show)

    if args.content.is_dir():
        base = config_context(args.config) if args.config.is_file() else context()
        for mode in modes:
            results, elapsed = run_samples(args.content, base, detector_for(mode))
            if not results:
                print(f"\nsample minutes in {args.content}: none found")
                break
            alarms = sum(len(r.findings) for r in results)
            chars = sum(r.chars for r in results)
            print(f"\n== sample minutes ({args.content}), mode {mode}: {alarms} findings in {len(results)} documents "
                  f"= {alarms / len(results):.2f} per document; {elapsed * 1000 / len(results):.2f} ms per document "
                  f"({chars / len(results) / 1000:.1f} k chars)")
            if args.show or mode == modes[0]:
                for r in results:
                    for line, col, f in r.findings:
                        print(f"  {r.path}:{line}:{col}: {f.type} {f.text!r}")
            recall = tagged_recall(args.content, base, detector_for(mode))
            total = len(recall.found) + len(recall.missed)
            if total:
                print(f"   clerk-tagged personal passages caught if left untagged: {len(recall.found)}/{total}")
                for text in recall.missed:
                    print(f"     not caught: {text!r}")
    return 0


def quality(args: argparse.Namespace) -> int:
    """The figures that count: the hand-written set and real minutes. Exit 1 when a target is missed."""
    from redaction.core.config import load_config

    from .hand import SETS, load_set, run_set, score
    from .real_text import run_folder

    ok = True
    if args.hand:
        config = load_config(args.config)
        for which in SETS:
            started = time.perf_counter()
            results = run_set(load_set(which), config)
            elapsed = time.perf_counter() - started
            if not results:
                print(f"\n== hand-written minutes, {which} half: no documents ==")
                continue
            report = score(results)
            role = "tuned on" if which == "tune" else "held back: the figure to report"
            print(f"\n== hand-written minutes, {which} half ({role}): {report.documents} documents ==")
            for type_ in sorted(report.labels):
                print(f"  {type_:16} {report.found[type_]:>3}/{report.labels[type_]:<3}")
            for cls, target in (("structured", _TARGET["structured"]), ("name", _TARGET["person_name"])):
                hit, total = report.recall(cls)
                met = total == 0 or hit / total >= target
                ok &= met or which == "tune"
                print(f"  {cls:16} {hit:>3}/{total:<3} = {hit / max(total, 1):.1%}  {'ok' if met else 'BELOW TARGET'}")
            per_doc = report.alarms / report.documents
            ok &= per_doc <= 0.1 or which == "tune"
            print(f"  false alarms     {report.alarms} in {report.documents} documents = {per_doc:.2f} per document"
                  f"  {'ok' if per_doc <= 0.1 else 'ABOVE TARGET'}; {elapsed * 1000 / report.documents:.0f} ms per document")
            if args.show:
                for result in results:
                    for label in result.doc.labels:
                        if not result.found(label):
                            print(f"  MISS  {result.doc.name}:{label.line}:{label.col} {label.type} {label.text!r}")
                    for f in result.alarms:
                        print(f"  ALARM {result.doc.name}:{f.line}:{f.col} {f.type} {f.text!r}")
    if args.text_from is not None:
        real = run_folder(args.text_from)
        if not real:
            print(f"\n{args.text_from}: no .txt, .md or .html files")
            return 2
        alarms = sum(len(r.findings) for r in real)
        per_doc = alarms / len(real)
        ok &= per_doc <= 0.1
        print(f"\n== real public minutes in {args.text_from}: {alarms} false alarms in {len(real)} documents "
              f"({sum(r.chars for r in real) // 1000} k chars) = {per_doc:.2f} per document  "
              f"{'ok' if per_doc <= 0.1 else 'ABOVE TARGET'}")
        for r in real:
            for line, col, f in r.findings:
                print(f"  ALARM {r.path.name}:{line}:{col} {f.type} {f.text!r}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
