"""The renderer's derived configuration keeps the guarantees whatever mkdocs.yml lists."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import redaction.markdown_ext
from redaction.config import SumiConfig
from redaction.render import renderer_config


def test_when_mkdocs_yml_lists_hooks_then_they_resolve_beside_it_and_the_title_hook_comes_once(
        config: SumiConfig, tmp_path: Path) -> None:
    mkdocs = {**config.mkdocs, "hooks": ["hooks/city.py", "redaction/markdown_ext.py"]}
    derived = renderer_config(replace(config, mkdocs=mkdocs), tmp_path / "docs", tmp_path / "site", [])
    own = str(Path(redaction.markdown_ext.__file__).resolve())
    assert derived["hooks"] == [str(config.path.resolve().parent / "hooks" / "city.py"), own]


def test_when_mkdocs_yml_lists_unsafe_extensions_or_material_search_then_they_are_dropped(
        config: SumiConfig, tmp_path: Path) -> None:
    mkdocs = {**config.mkdocs, "markdown_extensions": ["attr_list", "md_in_html", "tables"], "plugins": ["search"]}
    derived = renderer_config(replace(config, mkdocs=mkdocs), tmp_path / "docs", tmp_path / "site", [])
    names = [next(iter(e)) if isinstance(e, dict) else e for e in derived["markdown_extensions"]]
    assert names == ["tables", "redaction.markdown_ext"]
    assert derived["plugins"] == []
