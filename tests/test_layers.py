"""The stage folders of redaction/ and the direction of their imports.

A module may import from its own stage and the stages before it, never from a later one: a
reader can then take the pipeline stage by stage (the manual's docs/dev/architecture.md).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from redaction import COMMANDS, STAGES

PACKAGE = Path(__file__).resolve().parent.parent / "redaction"

# The stage folders in pipeline order, then the pipeline ("": modules directly in redaction/), then the commands.
ORDER = (*STAGES, "", "commands")


def stage_of(dotted: str) -> str:
    """`redaction.checks.mask` → "checks"; the pipeline module → ""; a command → "commands"."""
    parts = dotted.split(".")[1:]
    if not parts:
        return ""
    head = parts[0]
    if head in COMMANDS:
        return "commands"
    if head in ORDER:
        return head
    return ""


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
    return ".".join(parts)


def imports_of(path: Path) -> list[tuple[str, int]]:
    """Every `redaction…` module the file imports, at top level or inside a function.

    Imports under `if TYPE_CHECKING:` are left out: they name a type for the reader and run nothing.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.startswith("redaction"):
            found.append((node.module, node.lineno))
        elif isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names if alias.name.startswith("redaction"))
    return found


def all_modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_module_lives_in_a_known_place() -> None:
    """A new top-level module must be the pipeline or a command; everything else goes in a stage."""
    top = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    assert top <= {"pipeline", *COMMANDS}, f"modules outside the stage folders: {sorted(top - {'pipeline', *COMMANDS})}"
    for stage in STAGES:
        assert (PACKAGE / stage / "__init__.py").is_file(), stage


@pytest.mark.parametrize("stage", STAGES)
def test_each_stage_says_what_it_takes_and_gives(stage: str) -> None:
    doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text(encoding="utf-8")))
    assert doc and len(doc) > 40, f"redaction/{stage}/__init__.py needs a docstring: what the stage takes and gives"


def test_imports_point_down_the_pipeline() -> None:
    upward = []
    for path in all_modules():
        here = stage_of(module_name(path))
        for imported, line in imports_of(path):
            there = stage_of(imported)
            if ORDER.index(there) > ORDER.index(here):
                upward.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {here or 'pipeline'} imports {imported}")
    assert not upward, "imports pointing up the pipeline:\n" + "\n".join(upward)


def test_the_rule_sees_an_upward_import_but_not_a_type_only_one(tmp_path: Path) -> None:
    """The checker itself: a function's import of the site is seen; a TYPE_CHECKING import is not."""
    bad = tmp_path / "bad.py"
    bad.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from redaction.pipeline import Build\n"
                   "def f():\n    from redaction.website.render import renderer_config\n", encoding="utf-8")
    (imported, line), = imports_of(bad)
    assert stage_of(imported) == "website" and line == 5
    assert ORDER.index(stage_of(imported)) > ORDER.index(stage_of("redaction.core.config"))
