"""A Word file (.docx) → Draft: blocks in document order, comments as marks, hiding places refused.

Read with python-docx (comments, styles) and its lxml element tree for everything else.
Never read: document properties, page headers and footers, comment authors and dates, images.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from redaction.core import clerk_messages as say
from redaction.core.config import SumiConfig
from redaction.core.errors import Problem
from redaction.importing import spans as sp
from redaction.importing.docx_marks import read_marks
from redaction.importing.docx_places import Places
from redaction.importing.docx_places import cells as row_cells
from redaction.importing.docx_places import rows as table_rows
from redaction.importing.docx_styles import Styles, dark_shading, highlighted, paragraph_style, white_text
from redaction.importing.docx_traps import REVISIONS, scan
from redaction.importing.model import Block, Cell, Draft, Mark, Span, place_problem

W = {name: qn(f"w:{name}") for name in (
    "p", "r", "t", "tbl", "tr", "tc", "sdt", "sdtContent", "sdtPr", "sdtEndPr", "tab", "ptab", "br", "cr",
    "noBreakHyphen", "softHyphen", "sym", "hyperlink", "smartTag", "customXml", "commentRangeStart",
    "commentRangeEnd", "pPr", "rPr", "numPr", "numId", "ilvl", "shd", "tcPr", "gridSpan", "ruby", "rubyBase",
    "fldSimple", "fldChar", "instrText", "trPr", "tblPr", "tblGrid", "tcPr", "outlineLvl", "dir", "bdo")}
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
# Elements that hold nothing to import (formatting, anchors, proofing marks, drawings counted elsewhere).
_SKIP = frozenset({qn(f"w:{name}") for name in (
    "pPr", "rPr", "sectPr", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd", "commentReference",
    "annotationRef", "lastRenderedPageBreak", "separator", "continuationSeparator", "fldChar", "drawing", "pict",
    "tblPr", "tblGrid", "trPr", "tcPr", "sdtPr", "sdtEndPr", "customXmlPr", "smartTagPr", "footnoteRef",
    "endnoteRef", "tblPrEx", "moveFromRangeEnd", "moveToRangeEnd", "customXmlInsRangeEnd",
    "customXmlDelRangeEnd", "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart",
    "customXmlMoveToRangeEnd")} | {_MC})
# Reported by docx_traps; their content is not read here.
_TRAPPED = frozenset({*REVISIONS, *(qn(f"w:{name}") for name in (
    "object", "altChunk", "subDoc", "control", "footnoteReference", "endnoteReference", "fldSimple", "instrText",
    "delText", "delInstrText"))})
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_HEADING = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)


def read_docx(name: str, data: bytes, sha256: str, config: SumiConfig) -> Draft:
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        return Draft(name, "docx", sha256, problems=(place_problem(name, "", *say.IMPORTING_NOT_DOCX.texts()),))
    body = document.element.body
    styles = Styles(document.styles.element)
    places = Places(body)
    traps = scan(name, body, places, styles)
    marks, comment_problems = read_marks(name, document, body, places, config)
    walker = _Walker(name, document, styles, places, marks)
    walker.container(body)
    walker.unused_marks(body)
    return Draft(name, "docx", sha256, tuple(walker.blocks),
                 problems=(*traps.problems, *comment_problems, *walker.problems), images=traps.images)


class _Walker:
    """Walks a body in document order, keeping which comments are open at each run."""

    def __init__(self, file: str, document: Document, styles: Styles, places: Places, marks: dict[str, Mark]) -> None:
        self.file = file
        self.styles = styles
        self.places = places
        self.marks = marks
        self.open: list[str] = []
        self.used: set[str] = set()
        self.blocks: list[Block] = []
        self.problems: list[Problem] = []
        self.style_names = {s.get(qn("w:styleId")): (s.find(qn("w:name")).get(qn("w:val")) if s.find(qn("w:name")) is not None else "")
                            for s in document.styles.element.iterchildren(qn("w:style"))}
        self.numbering = _numbering_formats(document)

    def refuse(self, element: etree._Element, message: say.Message, **parts: object) -> None:
        self.problems.append(place_problem(self.file, self.places.at(element), *message.texts(**parts)))

    def unknown(self, element: etree._Element) -> None:
        name = etree.QName(element).localname if isinstance(element.tag, str) else "?"
        self.refuse(element, say.IMPORTING_UNKNOWN_ELEMENT, name=name)

    # --- block level ----------------------------------------------------------------------
    def container(self, parent: etree._Element) -> None:
        for child in parent.iterchildren():
            tag = child.tag
            if tag == W["p"]:
                block = self.paragraph(child)
                if block is not None:
                    self.blocks.append(block)
            elif tag == W["tbl"]:
                self.blocks.append(self.table(child))
            elif tag in (W["sdt"], W["customXml"]):
                self.container(_content(child))
            else:
                self.other(child)

    def other(self, child: etree._Element) -> None:
        """A comment anchor, something to skip, something docx_traps reports — or unknown (refused)."""
        tag = child.tag
        if tag in (W["commentRangeStart"], W["commentRangeEnd"]):
            self.comment_range(child)
        elif isinstance(tag, str) and tag not in _SKIP and tag not in _TRAPPED and not tag.startswith(_MATH):
            self.unknown(child)

    def comment_range(self, element: etree._Element) -> None:
        key = element.get(qn("w:id")) or ""
        if element.tag == W["commentRangeStart"]:
            self.open.append(key)
        elif key in self.open:
            self.open.remove(key)

    def paragraph(self, p: etree._Element, cell_shaded: bool = False) -> Block | None:
        shaded = cell_shaded or dark_shading(p.find(f"{W['pPr']}/{W['shd']}"))
        spans = sp.merge(self.inline(p, p, shaded))
        if not sp.plain(spans).strip(" \t\u3000\n"):
            return None
        place = self.places.at(p)
        kind, level, ordered = self.paragraph_kind(p)
        return Block(kind, place, spans, level, ordered)

    def paragraph_kind(self, p: etree._Element) -> tuple[str, int, bool]:
        name = self.style_names.get(paragraph_style(p) or "", "") or ""
        heading = _HEADING.match(name.strip())
        if heading:
            return "heading", int(heading.group(1)), False
        if name.strip().lower() == "title":
            return "heading", 1, False
        outline = p.find(f"{W['pPr']}/{W['outlineLvl']}")
        if outline is not None and (outline.get(qn("w:val")) or "9").isdigit() and int(outline.get(qn("w:val"))) < 6:
            return "heading", int(outline.get(qn("w:val"))) + 1, False
        num = p.find(f"{W['pPr']}/{W['numPr']}")
        if num is not None:
            num_id = num.find(W["numId"])
            ilvl = num.find(W["ilvl"])
            level = int(ilvl.get(qn("w:val")) or 0) if ilvl is not None else 0
            nid = num_id.get(qn("w:val")) if num_id is not None else "0"
            if nid != "0":
                return "item", level, self.numbering.get((nid, level), "bullet") not in ("bullet", "none")
        if name.lower().startswith(("list bullet", "list number")):
            return "item", 0, name.lower().startswith("list number")
        return "paragraph", 0, False

    def table(self, tbl: etree._Element) -> Block:
        rows: list[tuple[Cell, ...]] = []
        for tr in table_rows(tbl):
            cells: list[Cell] = []
            for tc in row_cells(tr):
                shaded = dark_shading(tc.find(f"{W['tcPr']}/{W['shd']}"))
                lines = [self.inline(p, p, shaded or dark_shading(p.find(f"{W['pPr']}/{W['shd']}")))
                         for p in _cell_paragraphs(tc, self)]
                first_p = tc.find(W["p"])
                place = self.places.at(first_p if first_p is not None else tc)
                cells.append(Cell(sp.join([sp.merge(line) for line in lines], "\n"), place))
                span = tc.find(f"{W['tcPr']}/{W['gridSpan']}")
                extra = int(span.get(qn("w:val")) or 1) - 1 if span is not None else 0
                cells.extend(Cell((), place) for _ in range(max(0, extra)))
            rows.append(tuple(cells))
        first = tbl.find(f".//{W['p']}")
        return Block("table", self.places.at(first if first is not None else tbl), rows=tuple(rows))

    # --- inline level ---------------------------------------------------------------------
    def inline(self, parent: etree._Element, p: etree._Element, shaded: bool) -> list[Span]:
        spans: list[Span] = []
        for child in parent.iterchildren():
            tag = child.tag
            if tag == W["r"]:
                spans.extend(self.run(child, p, shaded))
            elif tag in (W["hyperlink"], W["smartTag"], W["customXml"], W["sdt"], W["dir"], W["bdo"]):
                spans.extend(self.inline(_content(child), p, shaded))
            else:
                self.other(child)
        return spans

    def run(self, r: etree._Element, p: etree._Element, shaded: bool) -> Iterator[Span]:
        mark = self.current_mark(r)
        text = "".join(self.run_text(r))
        if not text:
            return
        if mark is not None and text.strip():
            self.used.update(key for key in self.open if key in self.marks)
        if text.strip() and mark is None:
            self.check_ink(r, p, shaded)
        yield Span(text, mark)

    def run_text(self, r: etree._Element) -> Iterator[str]:
        for child in r.iterchildren():
            tag = child.tag
            if tag == W["t"]:
                yield child.text or ""
            elif tag in (W["tab"], W["ptab"]):
                yield "\u3000"
            elif tag == W["br"]:
                if child.get(qn("w:type")) in (None, "textWrapping"):
                    yield "\n"
            elif tag == W["cr"]:
                yield "\n"
            elif tag == W["noBreakHyphen"]:
                yield "-"
            elif tag == W["softHyphen"]:
                continue
            elif tag == W["ruby"]:   # furigana: the base text only
                base = child.find(W["rubyBase"])
                if base is not None:
                    yield "".join(t.text or "" for t in base.iter(W["t"]))
            elif tag == W["sym"]:
                self.refuse(r, say.IMPORTING_SYMBOL_FONT)
            elif not isinstance(tag, str) or tag in _SKIP or tag in _TRAPPED:
                continue
            else:
                self.unknown(child)

    def unused_marks(self, body: etree._Element) -> None:
        """A tag comment over no text withholds nothing: refuse it rather than let the clerk think it does."""
        for anchor in body.iter(qn("w:commentRangeStart"), qn("w:commentReference")):
            key = anchor.get(qn("w:id")) or ""
            if key in self.marks and key not in self.used:
                self.used.add(key)
                self.refuse(anchor, say.IMPORTING_COMMENT_COVERS_NOTHING, head=self.marks[key].head)

    def current_mark(self, r: etree._Element) -> Mark | None:
        found = {self.marks[key] for key in self.open if key in self.marks}
        if not found:
            return None
        heads = {m.head for m in found}
        if len(heads) > 1:
            self.refuse(r, say.IMPORTING_COMMENTS_OVERLAP)
        return min(found, key=lambda m: (len(m.key), m.key))

    def check_ink(self, r: etree._Element, p: etree._Element, shaded: bool) -> None:
        """Highlighted, black-shaded or white text needs a tag comment over it (or no such formatting)."""
        run_property = self.styles.run_property
        if highlighted(run_property(r, p, "w:highlight")):
            self.refuse(r, say.IMPORTING_HIGHLIGHT)
        elif shaded or dark_shading(run_property(r, p, "w:shd")):
            self.refuse(r, say.IMPORTING_SHADED)
        elif white_text(run_property(r, p, "w:color")):
            self.refuse(r, say.IMPORTING_WHITE)


def _content(element: etree._Element) -> etree._Element:
    """What a content control (w:sdt) shows; other wrappers are their own content."""
    if element.tag != W["sdt"]:
        return element
    content = element.find(W["sdtContent"])
    if content is None or element.find(f"{W['sdtPr']}/{qn('w:showingPlcHdr')}") is not None:
        return etree.Element(W["sdtContent"])   # empty, or still showing Word's placeholder prompt
    return content


def _cell_paragraphs(tc: etree._Element, walker: _Walker) -> Iterator[etree._Element]:
    """The paragraphs of a cell in order; nested tables and wrappers give up theirs."""
    for child in tc.iterchildren():
        if child.tag == W["p"]:
            yield child
        elif child.tag in (W["tbl"], W["sdt"], W["customXml"]):
            yield from _content(child).iter(W["p"])
        else:
            walker.other(child)


def _numbering_formats(document: Document) -> dict[tuple[str, int], str]:
    """(numId, level) → numFmt ("bullet", "decimal", …) from the numbering part, if any."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    abstract: dict[str, dict[int, str]] = {}
    for item in numbering.iterchildren(qn("w:abstractNum")):
        levels = {}
        for lvl in item.iterchildren(qn("w:lvl")):
            fmt = lvl.find(qn("w:numFmt"))
            levels[int(lvl.get(qn("w:ilvl")) or 0)] = fmt.get(qn("w:val")) if fmt is not None else "decimal"
        abstract[item.get(qn("w:abstractNumId")) or ""] = levels
    formats: dict[tuple[str, int], str] = {}
    for num in numbering.iterchildren(qn("w:num")):
        ref = num.find(qn("w:abstractNumId"))
        for level, fmt in abstract.get(ref.get(qn("w:val")) if ref is not None else "", {}).items():
            formats[(num.get(qn("w:numId")) or "", level)] = fmt
    return formats
