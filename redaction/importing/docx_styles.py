"""Effective run formatting in a .docx, read from the XML with python-docx's element tree.

A property holds when the run says so, or else its character style (and the styles that
style is based on), or else the paragraph's style, or else the document defaults — as Word
decides it. Only the properties that hide or mark text are asked for: w:vanish, w:highlight,
w:shd, w:color.
"""

from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree

_TRUE = {None, "true", "1", "on"}


class Styles:
    """The styles part as a lookup: style id → its run properties and the style it is based on."""

    def __init__(self, styles_element: etree._Element | None) -> None:
        self.rpr: dict[str, etree._Element | None] = {}
        self.based_on: dict[str, str] = {}
        self.default_rpr: etree._Element | None = None
        self.default_paragraph: str | None = None
        if styles_element is None:
            return
        for style in styles_element.iterchildren(qn("w:style")):
            sid = style.get(qn("w:styleId"))
            if sid is None:
                continue
            self.rpr[sid] = style.find(qn("w:rPr"))
            based = style.find(qn("w:basedOn"))
            if based is not None and based.get(qn("w:val")):
                self.based_on[sid] = based.get(qn("w:val"))
            if style.get(qn("w:type")) == "paragraph" and style.get(qn("w:default")) in ("1", "true", "on"):
                self.default_paragraph = sid
        defaults = styles_element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        self.default_rpr = defaults

    def chain(self, style_id: str | None) -> list[etree._Element]:
        """The run-property elements of a style and its ancestors, nearest first."""
        found: list[etree._Element] = []
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            rpr = self.rpr.get(style_id)
            if rpr is not None:
                found.append(rpr)
            style_id = self.based_on.get(style_id)
        return found

    def run_property(self, run: etree._Element, paragraph: etree._Element | None, name: str) -> etree._Element | None:
        """The nearest element `name` (e.g. "w:vanish") that applies to `run`."""
        layers: list[etree._Element | None] = [run.find(qn("w:rPr"))]
        rpr = layers[0]
        if rpr is not None:
            style = rpr.find(qn("w:rStyle"))
            layers += self.chain(style.get(qn("w:val")) if style is not None else None)
        layers += self.chain(paragraph_style(paragraph) or self.default_paragraph)
        layers.append(self.default_rpr)
        for layer in layers:
            if layer is not None:
                found = layer.find(qn(name))
                if found is not None:
                    return found
        return None


def paragraph_style(paragraph: etree._Element | None) -> str | None:
    if paragraph is None:
        return None
    style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return style.get(qn("w:val")) if style is not None else None


def is_on(element: etree._Element | None) -> bool:
    """A toggle property (w:vanish) is on when present without w:val, or with true/1/on."""
    return element is not None and element.get(qn("w:val")) in _TRUE


def _dark(hex_color: str | None) -> bool:
    if not hex_color or len(hex_color) != 6:
        return False
    try:
        r, g, b = (int(hex_color[i:i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return False
    return max(r, g, b) < 0x50


def dark_shading(shd: etree._Element | None) -> bool:
    """Shading that hides text like ink (墨): a dark fill, or a solid pattern in a dark or automatic colour."""
    if shd is None:
        return False
    fill, pattern, color = shd.get(qn("w:fill")), shd.get(qn("w:val")), shd.get(qn("w:color"))
    if _dark(fill):
        return True
    return pattern == "solid" and (color in (None, "auto") or _dark(color))


def highlighted(highlight: etree._Element | None) -> bool:
    return highlight is not None and highlight.get(qn("w:val")) not in (None, "none")


def white_text(color: etree._Element | None) -> bool:
    return color is not None and (color.get(qn("w:val")) or "").upper() == "FFFFFF"
