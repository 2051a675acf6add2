"""Where each paragraph of a .docx is, as a clerk finds it: 第12段落（「…」）or 表1の2行3列."""

from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree

from redaction.importing.model import cell_place, paragraph_place

W_P, W_TBL, W_TR, W_TC, W_T = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:t")
_WRAPPERS = (qn("w:sdt"), qn("w:customXml"))
_SDT_CONTENT = qn("w:sdtContent")


def unwrapped(parent: etree._Element, tag: str) -> list[etree._Element]:
    """The children `tag` of parent, looking through content controls and custom XML wrappers
    (a table row or cell may sit inside a w:sdt)."""
    found: list[etree._Element] = []
    for child in parent.iterchildren():
        if child.tag == tag:
            found.append(child)
        elif child.tag in _WRAPPERS:
            content = child.find(_SDT_CONTENT) if child.tag == _WRAPPERS[0] else child
            if content is not None:
                found.extend(unwrapped(content, tag))
    return found


def rows(table: etree._Element) -> list[etree._Element]:
    return unwrapped(table, W_TR)


def cells(row: etree._Element) -> list[etree._Element]:
    return unwrapped(row, W_TC)


def snippet(paragraph: etree._Element, length: int = 12) -> str:
    text = "".join(t.text or "" for t in paragraph.iter(W_T)).strip()
    return text[:length] + ("…" if len(text) > length else "")


class Places:
    """Numbers the paragraphs and table cells of a body in document order."""

    def __init__(self, body: etree._Element) -> None:
        self.of: dict[etree._Element, str] = {}
        self.paragraphs = 0
        self.tables = 0
        self._walk(body, None)

    def _walk(self, parent: etree._Element, cell: str | None) -> None:
        for child in parent.iterchildren():
            if child.tag == W_P:
                if cell is None:
                    self.paragraphs += 1
                    text = snippet(child)
                    ja, _, en = paragraph_place(self.paragraphs).partition(" / ")
                    self.of[child] = f"{ja}（「{text}」） / {en}" if text else f"{ja} / {en}"
                else:
                    self.of[child] = cell
                for nested in child.iter(W_P):   # paragraphs in text boxes: the paragraph that holds them
                    self.of.setdefault(nested, self.of[child])
            elif child.tag == W_TBL:
                self.tables += 1
                table = self.tables
                for r, row in enumerate(rows(child), 1):
                    for c, tc in enumerate(cells(row), 1):
                        self._walk(tc, cell or cell_place(table, r, c))
            elif isinstance(child.tag, str):
                self._walk(child, cell)

    def at(self, element: etree._Element) -> str:
        """The place of any element: its paragraph, or the next paragraph after it."""
        for node in (element, *element.iterancestors()):
            if node in self.of:
                return self.of[node]
        for node in element.iter(W_P):
            if node in self.of:
                return self.of[node]
        following = next((n for n in element.itersiblings() if n.tag in (W_P, W_TBL)), None)
        if following is not None:
            return self.at(following)
        return "文書末尾 / end of the document"
