"""Word's hiding places: each is a problem naming the file and the paragraph; nothing is written.

Refused: tracked changes not yet accepted or rejected; hidden text; text boxes; fields;
embedded objects, charts, SmartArt, equations; footnotes and endnotes; sub-documents.
(Highlighted, black-shaded and white text are refused by docx_reader unless a tag comment
covers them: only there is it known whether a comment does.) Images are not refused but
counted: Sumi publishes no images from sources.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn
from lxml import etree

from redaction.core import clerk_messages as say
from redaction.core.errors import Problem
from redaction.importing.docx_places import Places
from redaction.importing.docx_styles import Styles, is_on
from redaction.importing.model import place_problem

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_VML_TEXTBOX = "{urn:schemas-microsoft-com:vml}textbox"
_VML_IMAGE = "{urn:schemas-microsoft-com:vml}imagedata"
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_GRAPHIC_DATA = "{http://schemas.openxmlformats.org/drawingml/2006/main}graphicData"
_PICTURE_URI = "http://schemas.openxmlformats.org/drawingml/2006/picture"

REVISIONS = tuple(qn(f"w:{name}") for name in (
    "ins", "del", "moveFrom", "moveTo", "moveFromRangeStart", "moveToRangeStart", "rPrChange", "pPrChange",
    "sectPrChange", "tblPrChange", "tblPrExChange", "trPrChange", "tcPrChange", "tblGridChange", "numberingChange",
    "cellIns", "cellDel", "cellMerge", "customXmlInsRangeStart", "customXmlDelRangeStart"))

# (element, 日本語, English, how to fix in Japanese)
_CONTAINERS: tuple[tuple[str, str, str, str], ...] = (
    (qn("w:txbxContent"), "テキストボックス", "a text box", "文字を本文に移してテキストボックスを削除してください"),
    (_VML_TEXTBOX, "テキストボックス", "a text box", "文字を本文に移してテキストボックスを削除してください"),
    (qn("w:object"), "埋め込みオブジェクト", "an embedded object", "内容を本文に書き、オブジェクトを削除してください"),
    (qn("w:altChunk"), "埋め込まれた別の文書", "an embedded document (altChunk)", "内容を本文に貼り付け直してください"),
    (qn("w:subDoc"), "サブ文書", "a sub-document", "内容を本文に取り込んでください"),
    (qn("w:control"), "コントロール（ActiveX）", "an ActiveX control", "コントロールを削除してください"),
    (qn("w:footnoteReference"), "脚注", "a footnote", "脚注の文を本文に移して脚注を削除してください"),
    (qn("w:endnoteReference"), "文末脚注", "an endnote", "文末脚注の文を本文に移して削除してください"),
    (f"{_MATH}oMath", "数式", "an equation", "数式を文字で書き直してください"),
)


@dataclass(frozen=True)
class TrapScan:
    problems: tuple[Problem, ...]
    images: int


def _field_instruction(element: etree._Element) -> str:
    if element.tag == qn("w:fldSimple"):
        return (element.get(qn("w:instr")) or "").strip()
    return (element.text or "").strip()


def scan(file: str, body: etree._Element, places: Places, styles: Styles) -> TrapScan:
    problems: list[Problem] = []

    def refuse(element: etree._Element, message: say.Message, **parts: object) -> None:
        problems.append(place_problem(file, places.at(element), *message.texts(**parts)))

    for element in body.iter(*REVISIONS):
        refuse(element, say.IMPORTING_TRACKED_CHANGE, name=etree.QName(element).localname)
    for run in body.iter(qn("w:r")):
        paragraph = next(run.iterancestors(qn("w:p")), None)
        if is_on(styles.run_property(run, paragraph, "w:vanish")) or is_on(run.find(f"{qn('w:rPr')}/{qn('w:specVanish')}")):
            if "".join(t.text or "" for t in run.iter(qn("w:t"))).strip() or run.find(qn("w:drawing")) is not None:
                refuse(run, say.IMPORTING_HIDDEN_TEXT)
    for tag, ja, en, fix in _CONTAINERS:
        for element in body.iter(tag):
            if any(a.tag == _MC_FALLBACK for a in element.iterancestors()):
                continue   # the same content as its mc:Choice, reported once
            refuse(element, say.IMPORTING_CONTAINER, what=ja, fix=fix, what_en=en)
    for element in body.iter(qn("w:fldSimple"), qn("w:instrText")):
        instruction = _field_instruction(element)
        refuse(element, say.IMPORTING_FIELD, instruction=instruction or "不明", instruction_en=instruction or "unknown")
    for graphic in body.iter(_GRAPHIC_DATA):
        if graphic.get("uri") != _PICTURE_URI and not any(a.tag == _MC_FALLBACK for a in graphic.iterancestors()) \
                and next(graphic.iter(qn("w:txbxContent")), None) is None:
            refuse(graphic, say.IMPORTING_DIAGRAM)
    return TrapScan(tuple(problems), _count_images(body))


def _count_images(body: etree._Element) -> int:
    count = 0
    for graphic in body.iter(_GRAPHIC_DATA):
        if graphic.get("uri") == _PICTURE_URI and not any(a.tag == _MC_FALLBACK for a in graphic.iterancestors()):
            count += 1
    for image in body.iter(_VML_IMAGE):
        if not any(a.tag == _MC_FALLBACK for a in image.iterancestors()):
            count += 1
    return count
