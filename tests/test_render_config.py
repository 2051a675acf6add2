"""The renderer's derived configuration keeps the guarantees whatever mkdocs.yml lists."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import redaction.website.markdown_ext
from redaction.core.config import SumiConfig
from redaction.website.render import renderer_config
from tests.conftest import REPO, build


def test_when_mkdocs_yml_lists_hooks_then_they_resolve_beside_it_and_the_title_hook_comes_once(
        config: SumiConfig, tmp_path: Path) -> None:
    mkdocs = {**config.mkdocs, "hooks": ["hooks/city.py", "redaction/website/markdown_ext.py"]}
    derived = renderer_config(replace(config, mkdocs=mkdocs), tmp_path / "docs", tmp_path / "site", [])
    own = str(Path(redaction.website.markdown_ext.__file__).resolve())
    assert derived["hooks"] == [str(config.path.resolve().parent / "hooks" / "city.py"), own]


def test_when_mkdocs_yml_lists_unsafe_extensions_or_material_search_then_they_are_dropped(
        config: SumiConfig, tmp_path: Path) -> None:
    mkdocs = {**config.mkdocs, "markdown_extensions": ["attr_list", "md_in_html", "tables"], "plugins": ["search"]}
    derived = renderer_config(replace(config, mkdocs=mkdocs), tmp_path / "docs", tmp_path / "site", [])
    names = [next(iter(e)) if isinstance(e, dict) else e for e in derived["markdown_extensions"]]
    assert names == ["tables", "redaction.website.markdown_ext"]
    assert derived["plugins"] == []


def test_when_mkdocs_yml_names_the_extension_and_hook_by_their_old_place_then_the_build_still_runs(
        config: SumiConfig, tmp_path: Path) -> None:
    """A city's mkdocs.yml written before the stage folders lists `redaction.markdown_ext` (and maybe its
    file as a hook): the module is gone, so MkDocs would fail to import it; Sumi's own extension and hook
    are added by the build whatever the file says, so the old names are dropped like the new ones."""
    mkdocs = {**config.mkdocs, "markdown_extensions": ["tables", "redaction.markdown_ext"],
              "hooks": ["redaction/markdown_ext.py"]}
    derived = renderer_config(replace(config, mkdocs=mkdocs), tmp_path / "docs", tmp_path / "site", [])
    names = [next(iter(e)) if isinstance(e, dict) else e for e in derived["markdown_extensions"]]
    assert names == ["tables", "redaction.website.markdown_ext"]
    assert derived["hooks"] == [str(Path(redaction.website.markdown_ext.__file__).resolve())]


def test_when_mkdocs_builds_from_the_recorded_configuration_then_its_pages_are_the_rendered_ones(
        tmp_path: Path) -> None:
    """Sumi hands MkDocs its settings as data; `mkdocs build` by hand reads the same settings from the
    YAML file the build leaves in the work folder: both must give the same pages."""
    assert build(REPO / "content", tmp_path) == 0
    by_hand = tmp_path / "by-hand"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(tmp_path / ".sumi-work" / "mkdocs.yml"),
                             "-d", str(by_hand)], cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    pages = sorted(p.relative_to(by_hand).as_posix() for p in by_hand.rglob("*.html"))
    assert len(pages) > 20
    assert [page for page in pages if (by_hand / page).read_bytes() != (tmp_path / "site" / page).read_bytes()] == []
