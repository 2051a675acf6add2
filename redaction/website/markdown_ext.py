"""Python-Markdown extension for the public site: marks, no raw HTML, no script links.

The renderer only ever reads redacted Markdown. This extension makes that Markdown safe
and legible:

- ``[[■personal]]`` (the placeholder redact.py writes) becomes a mark of fixed width that a
  screen reader reads as 「非公開（個人情報）」;
- raw HTML in a source is never passed through: the HTML block and inline HTML processors
  are removed, so ``<script>`` is shown as the text "<script>";
- links and images with a scheme other than http, https, mailto or tel (``javascript:``,
  ``data:``, ``vbscript:`` …) become plain text.

Use in mkdocs.yml::

    markdown_extensions:
      - redaction.website.markdown_ext:
          labels: {personal: 個人情報}
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree  # noqa: N813 - Python-Markdown's own name for it
from typing import Any

from markdown import Extension, Markdown, treeprocessors
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor

from redaction.source.links import is_other_host, is_safe_url
from redaction.source.marks import MARK_PATTERN, mark_element

__all__ = ["MARK_PATTERN", "SumiExtension", "is_other_host", "is_safe_url", "makeExtension"]


class MarkProcessor(InlineProcessor):
    """Draws the withheld mark for a category id."""

    def __init__(self, pattern: str, labels: dict[str, str]) -> None:
        super().__init__(pattern)
        self.labels = labels

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[etree.Element, int, int]:  # noqa: N802
        return mark_element(m.group(1), self.labels), m.start(0), m.end(0)


class UnsafeLinkProcessor(Treeprocessor):
    """Turns links and images with a script-capable scheme into plain text (a span)."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            source = element.get("src")
            if element.tag == "img" and source is not None and is_safe_url(source) and is_other_host(source):
                # no request to another host: the image becomes a link to it, named by its alt text
                alt = element.get("alt") or source
                element.attrib.clear()
                element.tag, element.text = "a", alt
                element.set("href", source)
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is None or is_safe_url(value):
                    continue
                if element.tag == "img":
                    element.text = element.get("alt", "")
                element.attrib.clear()
                element.tag = "span"


# What each inline pattern of the renderer's configuration cannot match without (Python-Markdown
# 3.x's own, the footnotes extension's and ours), keyed by its name and class: a regular
# expression that finds such a character or sequence in a text.
_INLINE_TRIGGERS: dict[tuple[str, str], str] = {
    ("backtick", "markdown.inlinepatterns.BacktickInlineProcessor"): "`",
    ("sumi_mark", f"{__name__}.MarkProcessor"): r"\[",
    ("escape", "markdown.inlinepatterns.EscapeInlineProcessor"): r"\\",
    ("footnote", "markdown.extensions.footnotes.FootnoteInlineProcessor"): r"\[",
    ("reference", "markdown.inlinepatterns.ReferenceInlineProcessor"): r"\[",
    ("link", "markdown.inlinepatterns.LinkInlineProcessor"): r"\[",
    ("image_link", "markdown.inlinepatterns.ImageInlineProcessor"): "!",
    ("image_reference", "markdown.inlinepatterns.ImageReferenceInlineProcessor"): "!",
    ("short_reference", "markdown.inlinepatterns.ShortReferenceInlineProcessor"): r"\[",
    ("short_image_ref", "markdown.inlinepatterns.ShortImageReferenceInlineProcessor"): "!",
    ("autolink", "markdown.inlinepatterns.AutolinkInlineProcessor"): "<",
    ("automail", "markdown.inlinepatterns.AutomailInlineProcessor"): "<",
    ("linebreak", "markdown.inlinepatterns.SubstituteTagInlineProcessor"): "  \n",
    ("entity", "markdown.inlinepatterns.HtmlInlineProcessor"): "&",
    ("em_strong", "markdown.inlinepatterns.DelimiterProcessor"): r"[*_]",
    ("em_strong", "markdown.inlinepatterns.AsteriskProcessor"): r"\*",
    ("em_strong2", "markdown.inlinepatterns.UnderscoreProcessor"): "_",
    ("not_strong", "markdown.inlinepatterns.SimpleTextInlineProcessor"): r"[*_]",
}


def inline_triggers(md: Markdown) -> re.Pattern[str] | None:
    """A regular expression that finds, in a text, whatever any of `md`'s inline patterns needs to match;
    None when a pattern is not one of those known here (then every text goes through every pattern)."""
    pieces: list[str] = []
    for name in [item.name for item in md.inlinePatterns._priority]:
        pattern = md.inlinePatterns[name]
        trigger = _INLINE_TRIGGERS.get((name, f"{type(pattern).__module__}.{type(pattern).__qualname__}"))
        if trigger is None:
            return None
        pieces.append(trigger)
    return re.compile("|".join(dict.fromkeys(pieces)))


class QuickInlineProcessor(treeprocessors.InlineProcessor):
    """Python-Markdown's inline processor, which leaves a text holding no pattern's trigger as it is
    instead of trying every pattern on it (most paragraphs of minutes hold none: about a quarter of
    the renderer's time went into trying). The output is the same: with no pattern matching, the
    original loop returns the text unchanged."""

    def run(self, tree: etree.Element, ancestors: list[str] | None = None) -> etree.Element:
        self.triggers = inline_triggers(self.md)
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802, N803
        if patternIndex == 0 and self.triggers is not None and self.triggers.search(data) is None:
            return data
        return super()._InlineProcessor__handleInline(data, patternIndex)  # type: ignore[misc]


class SumiExtension(Extension):
    def __init__(self, **kwargs: Any) -> None:
        self.config = {"labels": [{}, "category id -> Japanese label"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802
        for name in ("html_block",):
            if name in md.preprocessors:
                md.preprocessors.deregister(name)
        if "html" in md.inlinePatterns:
            md.inlinePatterns.deregister("html")
        # After code spans (190), before escapes (180) and links (160).
        md.inlinePatterns.register(MarkProcessor(MARK_PATTERN, dict(self.getConfig("labels"))), "sumi_mark", 185)
        # `\<` and `\>` are escapes, as in CommonMark (and so in the bundles' markdown-it-py): a clerk
        # writes `\<b>` for a literal "<b>" (raw_html.py's advice), and the page shows "<b>", no backslash.
        md.ESCAPED_CHARS = [*md.ESCAPED_CHARS, *(c for c in "<>" if c not in md.ESCAPED_CHARS)]
        md.treeprocessors.register(UnsafeLinkProcessor(md), "sumi_unsafe_links", 0)
        if type(md.treeprocessors["inline"]) is treeprocessors.InlineProcessor:  # not another extension's
            md.treeprocessors.register(QuickInlineProcessor(md), "inline", 20)


def makeExtension(**kwargs: Any) -> SumiExtension:  # noqa: N802 - the name Python-Markdown looks up
    return SumiExtension(**kwargs)


# --- MkDocs hooks (render.py lists this file under `hooks:`) ------------------------------
# MkDocs and Material print page and nav titles into HTML without escaping them, but a Sumi
# title is plain text (a clerk's `<script>` in a title must show as text): escape them once.


def on_nav(nav: Any, config: Any, files: Any) -> Any:
    """Escape every title the nav sets (sections, pages and links)."""
    stack = list(nav.items)
    while stack:
        item = stack.pop()
        stack.extend(getattr(item, "children", None) or [])
        title = vars(item).get("title")  # a title from the nav; a page's own title is escaped below
        if isinstance(title, str):
            item.title = html.escape(title)
    return nav


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Escape the title from a page's front matter."""
    title = page.meta.get("title")
    if isinstance(title, str):
        page.meta["title"] = html.escape(title)
    return markdown


def on_env(env: Any, config: Any, files: Any) -> Any:
    """Give the theme the sidebar link cache of this run (redaction/website/nav_links.py)."""
    from redaction.website import nav_links

    env.globals["sumi_nav_item"] = nav_links.nav_item_renderer()
    return env



