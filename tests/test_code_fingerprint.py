"""Cache keys of code come from the modules themselves: a module and every Sumi module it imports."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from redaction.core.code_fingerprint import ROOT, code_fingerprint, module_files


def _package_copy(root: Path) -> Path:
    shutil.copytree(ROOT / "redaction", root / "redaction", ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _names(files: tuple[Path, ...], root: Path = ROOT) -> set[str]:
    return {path.relative_to(root / "redaction").as_posix() for path in files}


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_when_a_module_the_job_imports_is_edited_then_its_key_changes(tmp_path: Path) -> None:
    root = _package_copy(tmp_path)
    before = code_fingerprint("redaction.publishing.leakscan", root=root).hexdigest()
    _append(root / "redaction" / "core/normalize.py", "\n# edited\n")        # leakscan imports normalize
    after = code_fingerprint("redaction.publishing.leakscan", root=root).hexdigest()
    assert after != before
    _append(root / "redaction" / "importing/jdates.py", "\n# edited\n")            # nothing leakscan imports
    assert code_fingerprint("redaction.publishing.leakscan", root=root).hexdigest() == after


def test_when_a_module_comes_to_import_another_then_the_other_is_in_its_key(tmp_path: Path) -> None:
    root = _package_copy(tmp_path)
    assert "importing/jdates.py" not in _names(module_files("redaction.publishing.leakscan", root=root), root)
    _append(root / "redaction" / "publishing/leakscan.py", "\n\ndef _later() -> None:\n    from redaction.importing import jdates  # noqa\n")
    other = _package_copy(tmp_path / "other")   # a fresh folder: module sets are computed once a process
    shutil.copy(root / "redaction" / "publishing/leakscan.py", other / "redaction" / "publishing/leakscan.py")
    assert "importing/jdates.py" in _names(module_files("redaction.publishing.leakscan", root=other), other)


def test_the_jobs_keys_hold_at_least_the_files_their_hand_kept_lists_named() -> None:
    """The lists the keys were made from before (kept here as the regression's floor)."""
    detect = {p.relative_to(ROOT / "redaction").as_posix() for p in (ROOT / "redaction" / "detect").rglob("*.py")}
    assert _names(module_files("redaction.checks.safety_net")) >= {"checks/safety_net.py", "checks/mask.py", "source/redact.py", "source/tags.py",
                                                             "source/document.py", *detect}
    assert _names(module_files("redaction.checks.consistency")) >= {"checks/consistency.py", "core/normalize.py", "checks/mask.py", "source/redact.py",
                                                              "source/tags.py", "source/document.py", "core/scan_record.py"}
    assert _names(module_files("redaction.publishing.leakscan", "redaction.archiving.bundles", "redaction.core.scan_record")) >= {
        "publishing/leakscan.py", "core/normalize.py", "archiving/bundles.py", "core/scan_record.py"}
    assert _names(module_files("redaction.archiving.bundles")) >= {"archiving/bundles.py", "archiving/bundle_pages.py", "archiving/bundle_markdown.py",
                                                          "source/marks.py", "source/links.py", "core/wareki.py", "core/scan_record.py"}
    assert _names(module_files("redaction.website.markdown_ext")) >= {"website/markdown_ext.py", "source/marks.py"}


def test_when_a_job_names_a_module_that_does_not_exist_then_its_key_is_refused() -> None:
    with pytest.raises(ValueError, match=r"redaction\.leak_scan"):
        code_fingerprint("redaction.leak_scan")


def test_every_module_a_record_is_keyed_by_exists() -> None:
    from redaction.checks.consistency import CHECKING_MODULES
    from redaction.core.scan_record import SCANNING_MODULES

    for name in (*CHECKING_MODULES, *SCANNING_MODULES, "redaction.checks.safety_net", "redaction.archiving.bundles"):
        assert module_files(name)


def test_the_key_is_the_same_in_every_process_and_names_no_absolute_path(tmp_path: Path) -> None:
    one = code_fingerprint("redaction.checks.consistency", packages=("pyahocorasick",), root=_package_copy(tmp_path / "a"))
    two = code_fingerprint("redaction.checks.consistency", packages=("pyahocorasick",), root=_package_copy(tmp_path / "b"))
    assert one.hexdigest() == two.hexdigest()


NESTED_IMPORTS = '''
import a1
def f():
    import a2
    class C:
        from a3 import x
    try:
        import a4
    except ImportError:
        import a5
    else:
        import a6
    finally:
        import a7
    for _ in ():
        import a8
    else:
        import a9
    while False:
        with open("x") as h:
            import a10
    match 1:
        case 1:
            import a11
    if True:
        pass
    elif False:
        from . import a12
async def g():
    async with h:
        import a13
    async for _ in h:
        import a14
try:
    pass
except* ValueError:
    import a15
lambda: __import__("not_a_statement")
'''


def test_when_imports_are_found_by_statements_then_they_are_those_of_the_whole_syntax_tree() -> None:
    """The closure reads imports by walking statements only (not every expression): the same import statements as
    ast.walk, nested in every kind of block, and in every module of Sumi."""
    import ast

    from redaction.core.code_fingerprint import _statements

    def imports(nodes) -> list[str]:
        return sorted(ast.dump(node) for node in nodes if isinstance(node, ast.Import | ast.ImportFrom))

    tree = ast.parse(NESTED_IMPORTS)
    assert len(imports(ast.walk(tree))) == 15
    assert imports(_statements(tree.body)) == imports(ast.walk(tree))
    for path in Path(ROOT, "redaction").rglob("*.py"):
        tree = ast.parse(path.read_bytes())
        assert imports(_statements(tree.body)) == imports(ast.walk(tree)), path
