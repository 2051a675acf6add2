"""Do two versions of the detector find exactly the same? (for speed passes that must not change findings)

    python -m bench.detect_eval.same_findings --content C [--rev main] [--text-from DIR]

Exports the detector of `--rev` (git archive, into a temporary folder) and runs it and this
tree's detector, each in its own process, over the same inputs:
  (a) every document of `--content` (a generated corpus), checked as a build checks it
      (safety_net.find_personal_data: every view, the contact field, public names), and every
      text of every document unmasked (withheld data and all) through detect();
  (b) every hand-written document of bench/detect_eval/hand (tune and held), the same way, and
      each one's text whole through detect() without its public names;
  (c) every real-minutes file in `--text-from` (read at run time, as bench.detect_eval reads it,
      and whole without any public names);
  (d) every case of tests/detect/fixtures, through detect() with the fixtures' context.
Prints the count of findings per input set and every difference (type, place, text); exits 1
on any difference.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 22)


def _dump(args: argparse.Namespace) -> None:
    """Findings of the detector importable here (the tree given by PYTHONPATH), as JSON."""
    import redaction
    from redaction.checks.safety_net import find_personal_data, public_names
    from redaction.core.config import load_config
    from redaction.detect import DetectContext, detect
    from redaction.source.document import read_document

    sys.path.insert(0, str(REPO))  # this tree's readers of the inputs (the hand sets, the fixtures)
    from bench.detect_eval.hand import load_set
    from bench.detect_eval.real_text import SUFFIXES, run_folder
    from tests.detect.fixture_reader import FIXTURE_CONTEXT, all_cases

    config = load_config(REPO / "mkdocs.yml")
    out: dict[str, object] = {"detector": str(Path(redaction.__file__).parent)}

    def documents(folder: Path, names: list[str]) -> list[list[object]]:
        sources = [read_document(folder / name, name, config) for name in names]
        return [[f.file, f.line, f.col, f.type, f.text, f.level] for f in find_personal_data(sources, config, TODAY)]

    if args.content is not None:
        names = sorted(p.relative_to(args.content).as_posix() for p in args.content.rglob("*.md"))
        out["corpus"] = documents(args.content, names)
        # A generated corpus tags all its personal data: its texts read unmasked give the findings to compare.
        raw: list[list[object]] = []
        for name in names:
            source = read_document(args.content / name, name, config)
            context = DetectContext(public_terms=frozenset(config.public_terms), public_names=public_names(source, config))
            raw += [[name, field, f.type, f.start, f.end, f.text]
                    for field, lexed in source.all_lexed() for f in detect(lexed.text, context)]
        out["corpus, unmasked"] = raw
    with tempfile.TemporaryDirectory() as tmp:
        hand = [doc for which in ("tune", "held") for doc in load_set(which)]
        for doc in hand:
            (Path(tmp) / doc.name).parent.mkdir(parents=True, exist_ok=True)
            (Path(tmp) / doc.name).write_text(doc.text, encoding="utf-8")
        out["hand"] = documents(Path(tmp), [doc.name for doc in hand])
    # Every hand-written text whole through detect(), without the public names of its header: what each rule reads
    # (the round readings fire here, rarely in a generated corpus), before the build's context sets findings aside.
    out["hand, no context"] = [[doc.name, f.type, f.start, f.end, f.text] for doc in hand for f in detect(doc.text, DetectContext())]
    if args.text_from is not None:
        out["seeds"] = [[result.path.name, line, col, f.type, f.start, f.end, f.text]
                        for result in run_folder(args.text_from) for line, col, f in result.findings]
        # Without their header rows' public names: the members' and officials' names become findings.
        out["seeds, no context"] = [[path.name, f.type, f.start, f.end, f.text]
                                    for path in sorted(args.text_from.iterdir()) if path.suffix in SUFFIXES
                                    for f in detect(path.read_text(encoding="utf-8-sig", errors="replace"), DetectContext())]
    out["fixtures"] = [[case.id, f.type, f.start, f.end, f.text]
                       for case in all_cases() for f in detect(case.text, FIXTURE_CONTEXT)]
    args.dump.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")


def _run(tree: Path, args: argparse.Namespace, out: Path) -> dict[str, list[list[object]]]:
    command = [sys.executable, str(Path(__file__).resolve()), "--dump", str(out)]  # by path: no cwd on sys.path
    if args.content is not None:
        command += ["--content", str(args.content.resolve())]
    if args.text_from is not None:
        command += ["--text-from", str(args.text_from.resolve())]
    # The dumping code is this tree's; `redaction` is imported from `tree` (first on the path).
    subprocess.run(command, check=True, cwd=out.parent, env={**os.environ, "PYTHONPATH": str(tree)})
    return json.loads(out.read_text(encoding="utf-8"))


def _export(rev: str, folder: Path) -> Path:
    """The `redaction` package of `rev`, alone, in `folder`."""
    archive = folder / "rev.tar"
    with archive.open("wb") as handle:
        subprocess.run(["git", "archive", rev, "redaction"], check=True, cwd=REPO, stdout=handle)
    with tarfile.open(archive) as tar:
        tar.extractall(folder / "tree", filter="data")
    return folder / "tree"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", default="main")
    parser.add_argument("--content", type=Path)
    parser.add_argument("--text-from", type=Path)
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump is not None:
        _dump(args)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        before = _run(_export(args.rev, Path(tmp)), args, Path(tmp) / "before.json")
        after = _run(REPO, args, Path(tmp) / "after.json")
    print(f"{args.rev}: {before.pop('detector')}\nthis tree: {after.pop('detector')}")
    differences = 0
    for name in after:
        old = {json.dumps(row, ensure_ascii=False) for row in before.get(name, [])}
        new = {json.dumps(row, ensure_ascii=False) for row in after[name]}
        print(f"{name:<17} {len(before.get(name, [])):>6} findings at {args.rev}, {len(after[name]):>6} here, "
              f"{len(old - new)} only at {args.rev}, {len(new - old)} only here")
        differences += len(old ^ new) + abs(len(before.get(name, [])) - len(after[name]))
        for row in sorted(old - new)[:20]:
            print(f"  - {row}")
        for row in sorted(new - old)[:20]:
            print(f"  + {row}")
    print("identical findings" if differences == 0 else f"{differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
