"""MkDocs hooks of the manual.

1. The pages live beside docs/mkdocs.yml. MkDocs validates that docs_dir is not the folder of its
   configuration file, so docs/mkdocs.yml names tools/ and `on_config` points docs_dir at docs/
   once the configuration is validated.
2. Japanese paragraphs are written over several source lines; Markdown turns each line break into
   a space, which Japanese text does not have (「確かめる ための」). `on_page_markdown` removes a
   line break between two Japanese characters (or a Japanese character and inline markup) on the
   users' pages, outside code blocks. Developers' pages (dev/) are English and left as written.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

_CJK = r"\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_BREAK = re.compile(rf"(?<=[{_CJK}`*)\]])\n[ \t]*(?=[{_CJK}]|\*\*|`(?!``)|\[(?!\^))")


def on_config(config: Any) -> Any:
    config.docs_dir = str(Path(config.config_file_path).resolve().parent)
    return config


def join_japanese_lines(markdown: str) -> str:
    """The text with line breaks inside Japanese sentences removed, code blocks untouched."""
    parts = re.split(r"(^[ \t]*(?:```|~~~).*?^[ \t]*(?:```|~~~)[ \t]*$)", markdown, flags=re.M | re.S)
    return "".join(part if i % 2 else _join(part) for i, part in enumerate(parts))


def _join(text: str) -> str:
    lines = text.split("\n")
    out = [lines[0]] if lines else []
    for line in lines[1:]:
        previous = out[-1]
        stripped = line.lstrip(" \t")
        starts_block = not stripped or stripped[0] in "-+|#>!" or re.match(r"\d+\. ", stripped) or stripped.startswith("```")
        if previous.strip() and not starts_block and not previous.lstrip().startswith(("|", "#")) \
                and _BREAK.search(previous[-1:] + "\n" + stripped[:3]):
            out[-1] = previous + stripped
        else:
            out.append(line)
    return "\n".join(out)


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    if page.file.src_uri.startswith("dev/"):
        return markdown
    return join_japanese_lines(markdown)
