"""Helpers shared by the import tests (no tests here): Word files built by the tests themselves
with python-docx, plus raw WordprocessingML for what python-docx cannot write (tracked changes,
hidden text, highlights, text boxes, fields).

The minutes written here are invented for the tests (すみれ市, the shipped sample city).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from redaction.cli import main
from tests.conftest import CONFIG

Part = str | tuple[str, str]      # plain text, or (text, comment text) for a commented run
W_NS = nsdecls("w")

HEADER_ROWS = (
    ("会議の名称", "令和6年度第3回すみれ市情報公開運営審議会"),
    ("開催日時", "令和6年10月8日（火）午後2時～3時30分"),
    ("開催場所", "すみれ市役所本庁舎 4階 第2会議室"),
    ("出席委員", "森下宏会長、岡部理恵会長職務代理、川端進委員"),
    ("欠席委員", "なし"),
    ("事務局", "総務課長・情報公開係長"),
    ("傍聴の可否", "可"),
    ("会議次第", "(1) 開会 (2) 報告 (3) 閉会"),
    ("問い合わせ先", "総務部総務課情報公開係"),
)


class Minutes:
    """A Word file of minutes, built paragraph by paragraph."""

    def __init__(self) -> None:
        self.document = docx.Document()

    def header_table(self, rows: Sequence[tuple[str, str]] = HEADER_ROWS) -> Minutes:
        table = self.document.add_table(rows=0, cols=2)
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].text = label
            cells[1].text = value
        return self

    def heading(self, text: str, level: int = 1) -> Minutes:
        self.document.add_heading(text, level)
        return self

    def para(self, *parts: Part, style: str | None = None) -> docx.text.paragraph.Paragraph:
        paragraph = self.document.add_paragraph(style=style)
        for part in parts:
            if isinstance(part, str):
                paragraph.add_run(part)
            else:
                text, comment = part
                run = paragraph.add_run(text)
                self.document.add_comment(run, text=comment, author="係員 甲", initials="甲")
        return paragraph

    def comment_paragraphs(self, paragraphs: Sequence, comment: str) -> None:
        """One comment over whole paragraphs: from the first run of the first to the last run of the last."""
        self.document.add_comment([paragraphs[0].runs[0], paragraphs[-1].runs[-1]], text=comment, author="甲")

    def table(self, rows: Sequence[Sequence[str]]):
        table = self.document.add_table(rows=0, cols=len(rows[0]))
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
        return table

    def raw_run(self, paragraph, xml: str) -> None:
        """Append raw WordprocessingML (one or more elements) to a paragraph."""
        for element in parse_xml(f"<w:wrap {W_NS}>{xml}</w:wrap>"):
            paragraph._p.append(element)

    def save(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.document.save(str(path))
        return path


def run_import(content: Path, *files: Path | str, council: str = "joho-kokai", extra: Sequence[str] = ()) -> int:
    return main(["import", *map(str, files), "--council", council, "--content", str(content), "--config", str(CONFIG),
                 *extra])


def tree(root: Path) -> list[str]:
    """Every file under root (relative, sorted): to show that nothing was written."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()) if root.exists() else []
