"""A text file (.txt, .md) → Draft. UTF-8 (with or without BOM) or Shift_JIS (CP932).

.txt is plain text: every non-blank line is a paragraph (speaker lines as they stand).
.md is Markdown: its lines are kept as written (tags included) after the header lines;
a first line `# …` is a heading that can give the title.
"""

from __future__ import annotations

import codecs

from redaction.importing.model import Block, Draft, Span, line_place, place_problem


def decode_text(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) in UTF-8 with or without BOM, else CP932; None when it is neither."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = ("utf-8-sig",)
    else:
        candidates = ("utf-8", "cp932")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text.replace("\r\n", "\n").replace("\r", "\n"), encoding
    return None


def read_text(name: str, data: bytes, sha256: str, *, markdown: bool) -> Draft:
    kind = "markdown" if markdown else "text"
    decoded = decode_text(data)
    if decoded is None:
        return Draft(name, kind, sha256, problems=(place_problem(
            name, "", "文字コードが読めません。UTF-8 か Shift_JIS で保存してください。",
            "the text is neither UTF-8 nor Shift_JIS (CP932): save it as UTF-8."),))
    text, encoding = decoded
    if "\x00" in text:
        return Draft(name, kind, sha256, problems=(place_problem(
            name, "", "テキストファイルではありません。", "not a text file (it holds NUL bytes)."),), encoding=encoding)
    blocks: list[Block] = []
    seen_text = False
    for number, line in enumerate(text.split("\n"), 1):
        if markdown:
            if not seen_text and line.startswith("# ") and line[2:].strip():
                blocks.append(Block("heading", line_place(number), (Span(line[2:].strip()),), level=1))
            elif seen_text or line.strip():
                blocks.append(Block("markdown", line_place(number), (Span(line),)))
        elif line.strip(" \t\u3000"):
            blocks.append(Block("paragraph", line_place(number), (Span(line.rstrip()),)))
        seen_text = seen_text or bool(line.strip())
    while blocks and blocks[-1].kind == "markdown" and not blocks[-1].plain().strip():
        blocks.pop()
    return Draft(name, kind, sha256, tuple(blocks), encoding=encoding)
