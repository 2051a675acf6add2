"""Reads input/expected fixture files for the detector.

A file holds cases separated like markdown-it-py's fixtures:

    title line (a leading "[analyzer]" means: needs SudachiPy)
    .
    input text (may span lines)
    .
    expected findings, one per line as TYPE<space>TEXT, or nothing
    .

Every case runs with FIXTURE_CONTEXT (a switchboard and the city hall as public
terms; a roster and an official as public names).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from redaction.detect import DetectContext

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_CONTEXT = DetectContext(
    public_terms=frozenset({"042-000-1111", "すみれ市本町1-1-1", "〒189-8501", "johokokai@city.sumire.example.jp"}),
    public_names=frozenset({"北村 誠一", "大野 健", "西田 和子", "三宅", "小川", "関 良枝", "竹前榮二", "辻"}),
)


@dataclass(frozen=True)
class Case:
    file: str
    line: int
    title: str
    text: str
    expected: tuple[tuple[str, str], ...]

    @property
    def needs_analyzer(self) -> bool:
        return self.title.startswith("[analyzer]")

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}:{self.title}"


def read_fixture_file(path: Path) -> list[Case]:
    lines = path.read_text(encoding="utf-8").split("\n")
    cases: list[Case] = []
    i = 0
    while i < len(lines):
        if lines[i + 1 : i + 2] != ["."] or not lines[i].strip():
            i += 1
            continue
        title, start = lines[i], i + 1
        j = i + 2
        while lines[j] != ".":
            j += 1
        k = j + 1
        while lines[k] != ".":
            k += 1
        text = "\n".join(lines[i + 2 : j])
        expected = tuple(tuple(line.split(" ", 1)) for line in lines[j + 1 : k] if line.strip())
        cases.append(Case(path.name, start, title, text, expected))  # type: ignore[arg-type]
        i = k + 1
    return cases


def all_cases() -> list[Case]:
    return [case for path in sorted(FIXTURES.glob("*.txt")) for case in read_fixture_file(path)]
