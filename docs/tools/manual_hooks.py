"""MkDocs hook of the manual: the pages live beside docs/mkdocs.yml.

MkDocs validates that docs_dir is not the folder of its configuration file; the manual keeps
its configuration in docs/ with its pages (docs/clerk/…, docs/admin/…), so docs/mkdocs.yml
names a placeholder and this hook points docs_dir at docs/ once the configuration is validated.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def on_config(config: Any) -> Any:
    config.docs_dir = str(Path(config.config_file_path).resolve().parent)
    return config
