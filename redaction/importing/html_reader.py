"""A web page (.html/.htm) → Draft: only the minutes, as blocks.

Parsed with selectolax's Lexbor engine (an HTML5 parser). The minutes are `<main>`,
`[role=main]`, the page's one `<article>`, or the content area of a municipal CMS template
(`id="tmp_contents"`, `contents`, `main_content`, …); without those, the body with the site's
chrome taken out: header, navigation, menus, breadcrumbs, side bars, footer (by element,
ARIA role, or the id/class names city sites give them). Scripts, styles and forms never count.
Hidden elements holding text and text on a black background are refused, as in Word.
"""

from __future__ import annotations

import codecs
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from redaction.core import clerk_messages as say
from redaction.core.errors import Problem
from redaction.importing import spans as sp
from redaction.importing.model import Block, Cell, Draft, Span, cell_place, paragraph_place, place_problem

_DROP = frozenset({"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video",
                   "audio", "form", "button", "input", "select", "textarea", "nav", "head", "link", "meta", "map",
                   "dialog"})
_CHROME_TAGS = frozenset({"header", "footer", "aside", "nav"})
_CHROME_ROLES = frozenset({"banner", "navigation", "contentinfo", "complementary", "search", "menu", "menubar"})
_CHROME_NAME = re.compile(r"^(?:tmp_|l-|site-|global-|g-|page-|js-|c-)?(?:header|footer|nav|navi|navigation|gnav|gnavi|"
                          r"globalnav|menu|menubar|breadcrumbs?|topicpath|pankuzu|sidebar|side|sidenav|sidemenu|localnav|"
                          r"lnavi|pagetop|page_top|skip|sns|share|utility|sitemap|banner|footer_nav|foot|head)$",
                          re.IGNORECASE)
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "header", "blockquote", "center", "ul", "ol", "dl",
                     "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "address", "figure", "figcaption", "hr",
                     "dt", "dd", "li", "fieldset", "details", "summary", "body"})
# The content area of common Japanese municipal CMS templates (tmp_contents, contents, main_content, honbun).
_CONTENT_ID = re.compile(r"^(?:tmp_)?(?:main[-_]?)?(?:contents?|honbun)(?:[-_]?(?:main|area|inner))?$|^main$",
                         re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_BLACK_STYLE = re.compile(r"background(?:-color)?\s*:\s*(?:black|#000(?:000)?\b|rgb\(\s*0\s*,\s*0\s*,\s*0\s*\))",
                          re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SJIS = {"shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "cp932", "csshiftjis"}


def decode_html(data: bytes) -> tuple[str, str]:
    """The page's text and the encoding used: BOM, else <meta charset>, else UTF-8, else Shift_JIS (CP932)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8"), "utf-8-sig"
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        name = "cp932" if name in _SJIS else name
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp932"), "cp932"


def minutes_root(tree: LexborHTMLParser) -> tuple[LexborNode | None, bool]:
    """The element that holds the minutes, and whether site chrome must still be taken out of it."""
    for selector in ("main", "[role=main]"):
        found = tree.css_first(selector)
        if found is not None:
            return found, False
    articles = tree.css("article")
    if len(articles) == 1:
        return articles[0], False
    for node in tree.css("[id]"):
        if _CONTENT_ID.match(node.attributes.get("id") or ""):
            return node, False
    return tree.body, True


def is_chrome(node: LexborNode) -> bool:
    attrs = node.attributes
    if node.tag in _CHROME_TAGS or (attrs.get("role") or "").lower() in _CHROME_ROLES:
        return True
    names = [attrs.get("id") or "", *(attrs.get("class") or "").split()]
    return any(_CHROME_NAME.match(name) for name in names if name)


class _Walker:
    def __init__(self, file: str, strip_chrome: bool) -> None:
        self.file = file
        self.strip_chrome = strip_chrome
        self.blocks: list[Block] = []
        self.problems: list[Problem] = []
        self.images = 0
        self.tables = 0
        self.pending: list[Span] = []

    def place(self) -> str:
        return paragraph_place(len(self.blocks) + 1)

    def refuse(self, ja: str, en: str, place: str | None = None) -> None:
        self.problems.append(place_problem(self.file, place or self.place(), ja, en))

    def flush(self) -> None:
        spans = sp.strip(sp.merge(self.pending), " \t\u3000\n")
        self.pending = []
        if sp.plain(spans):
            self.blocks.append(Block("paragraph", self.place(), spans))

    def guard(self, node: LexborNode) -> bool:
        """False when the node is not read: dropped, chrome, or hidden (refused when it holds text)."""
        if node.tag in _DROP or (self.strip_chrome and is_chrome(node)):
            return False
        attrs = node.attributes
        style = attrs.get("style") or ""
        if "hidden" in attrs or _HIDDEN_STYLE.search(style):
            if node.text(deep=True).strip():
                self.refuse(*say.IMPORTING_HIDDEN_ELEMENT.texts())
            return False
        if _BLACK_STYLE.search(style) and node.text(deep=True).strip():
            self.refuse(*say.IMPORTING_BLACK_BACKGROUND.texts())
            return False
        return True

    def container(self, node: LexborNode) -> None:
        for child in _children(node):
            if child.tag == "-text":
                self.pending.append(Span(_collapse(child.text_content or "")))
            elif child.tag in ("-comment", "-doctype") or not child.tag or not self.guard(child):
                continue
            elif child.tag == "br":
                self.pending.append(Span("\n"))
                if _double_break(self.pending):
                    self.flush()
            elif child.tag == "img":
                self.images += 1
            elif child.tag in _BLOCKS:
                self.flush()
                self.block(child)
                self.flush()
            else:
                self.pending.extend(self.inline(child))

    def block(self, node: LexborNode) -> None:
        tag = node.tag
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            spans = sp.strip(sp.merge(self.inline(node)), " \t\u3000\n")
            if sp.plain(spans):
                self.blocks.append(Block("heading", self.place(), spans, level=int(tag[1])))
        elif tag == "dl":
            self.definitions(node)
        elif tag in ("p", "pre", "address", "figcaption", "dt", "dd", "summary"):
            self.pending.extend(self.inline(node, keep_lines=tag == "pre"))
        elif tag in ("ul", "ol"):
            self.items(node, 0)
        elif tag == "table":
            self.table(node)
        elif tag == "hr":
            return
        else:
            self.container(node)

    def items(self, node: LexborNode, depth: int) -> None:
        for li in _children(node):
            if li.tag != "li" or not self.guard(li):
                continue
            spans: list[Span] = []
            nested: list[LexborNode] = []
            for child in _children(li):
                if child.tag in ("ul", "ol"):
                    nested.append(child)
                elif child.tag == "-text":
                    spans.append(Span(_collapse(child.text_content or "")))
                elif child.tag == "br":
                    spans.append(Span("\n"))
                elif child.tag == "img":
                    self.images += 1
                elif child.tag not in ("-comment",) and self.guard(child):
                    spans.extend(self.inline(child))
            text = sp.strip(sp.merge(spans), " \t\u3000\n")
            if sp.plain(text):
                self.blocks.append(Block("item", self.place(), text, level=depth, ordered=node.tag == "ol"))
            for inner in nested:
                self.items(inner, depth + 1)

    def definitions(self, node: LexborNode) -> None:
        """A definition list (項目 / 内容 pairs, as some city sites write the header) is read as a two-column table."""
        self.tables += 1
        rows: list[tuple[Cell, ...]] = []
        for child in _children(node):
            if child.tag not in ("dt", "dd") or not self.guard(child):
                continue
            place = cell_place(self.tables, len(rows) + (child.tag == "dt"), 1 if child.tag == "dt" else 2)
            cell = Cell(sp.strip(sp.merge(self.inline(child, place=place)), " \t\u3000\n"), place)
            if child.tag == "dt" or not rows:
                rows.append((cell,) if child.tag == "dt" else (Cell((), place), cell))
            elif len(rows[-1]) == 1:
                rows[-1] = (*rows[-1], cell)
            else:   # a second 内容 for one 項目: another line of its value
                label, value = rows[-1][0], rows[-1][1]
                rows[-1] = (label, Cell(sp.join([value.spans, cell.spans], "\n"), value.place))
        if rows:
            self.blocks.append(Block("table", self.place(), rows=tuple(rows)))

    def table(self, node: LexborNode) -> None:
        self.tables += 1
        rows: list[tuple[Cell, ...]] = []
        for r, tr in enumerate((tr for tr in node.css("tr") if _nearest_table(tr) == node), 1):
            cells: list[Cell] = []
            for c, td in enumerate((td for td in _children(tr) if td.tag in ("td", "th")), 1):
                if not self.guard(td):
                    continue
                place = cell_place(self.tables, r, c)
                cells.append(Cell(sp.strip(sp.merge(self.inline(td, place=place)), " \t\u3000\n"), place))
                span = (td.attributes.get("colspan") or "1").strip()
                extra = int(span) - 1 if span.isdigit() else 0
                cells.extend(Cell((), place) for _ in range(min(extra, 20)))
            if cells:
                rows.append(tuple(cells))
        if rows:
            self.blocks.append(Block("table", self.place(), rows=tuple(rows)))

    def inline(self, node: LexborNode, *, keep_lines: bool = False, place: str | None = None) -> list[Span]:
        spans: list[Span] = []
        for child in _children(node):
            tag = child.tag
            if tag == "-text":
                raw = child.text_content or ""
                spans.append(Span(raw if keep_lines else _collapse(raw)))
            elif tag in ("-comment", "rt", "rp") or not tag:
                continue
            elif tag == "br":
                spans.append(Span("\n"))
            elif tag == "img":
                self.images += 1
            elif not self.guard(child):
                continue
            elif tag in ("p", "div", "li", "tr", "ul", "ol", "table", "dd", "dt") and spans:
                spans.append(Span("\n"))
                spans.extend(self.inline(child, keep_lines=keep_lines, place=place))
            else:
                spans.extend(self.inline(child, keep_lines=keep_lines, place=place))
        return spans


def _children(node: LexborNode):
    return node.iter(include_text=True)


def _nearest_table(node: LexborNode) -> LexborNode | None:
    parent = node.parent
    while parent is not None and parent.tag != "table":
        parent = parent.parent
    return parent


def _double_break(pending: list[Span]) -> bool:
    text = "".join(s.text for s in pending[-3:])
    return text.rstrip(" ").endswith("\n\n") or bool(re.search(r"\n\s*\n$", text))


def _collapse(text: str) -> str:
    """HTML white space as a browser shows it; a line end between Japanese characters vanishes."""
    text = text.replace("\xa0", " ")   # &nbsp; shows as a space
    text = re.sub(r"(?<=[^\x00-\x7f])[ \t\r\n]*\n[ \t\r\n]*(?=[^\x00-\x7f])", "", text)
    return re.sub(r"[ \t\r\n\f]+", " ", text)


def read_html(name: str, data: bytes, sha256: str) -> Draft:
    text, encoding = decode_html(data)
    tree = LexborHTMLParser(text)
    root, strip_chrome = minutes_root(tree)
    if root is None:
        return Draft(name, "html", sha256, problems=(place_problem(name, "", *say.IMPORTING_NO_BODY.texts()),))
    walker = _Walker(name, strip_chrome=strip_chrome)
    walker.container(root)
    walker.flush()
    return Draft(name, "html", sha256, tuple(walker.blocks), tuple(walker.problems), encoding=encoding,
                 images=walker.images)
