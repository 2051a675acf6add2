"""Public Markdown to HTML for archive bundles, with markdown-it-py.

The live site renders the staged Markdown with Python-Markdown inside MkDocs
(redaction.website.markdown_ext); an offline reading copy needs the same text and marks, not
Material's navigation on every page, so bundles use this lighter renderer. It keeps the
live renderer's rules:

- ``[[■personal]]`` becomes the mark of redaction.source.marks (the very HTML the live site writes);
- raw HTML is never passed through (``html: False``): ``<script>`` shows as text;
- a link whose scheme is not http, https, mailto or tel becomes its text; an image with such
  a scheme becomes its alt text, and an image from another host a link to it named by its
  alt text (no request to another host), the URL policy of redaction.website.markdown_ext;
- tables, admonitions (``!!! sumi-withheld "…"``, the block notice and the count of withheld
  passages), definition lists and footnotes, as the site's Markdown extensions.

The parser is configured once a process; the blocks that can only be plain paragraphs, headings or
simple tables skip it (redaction.archiving.plain_blocks), with the same HTML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin

from redaction.archiving.plain_blocks import render_with_plain_blocks
from redaction.source.links import is_other_host, is_safe_url
from redaction.source.marks import MARK_PATTERN, mark_html

_MARK = re.compile(MARK_PATTERN)


def _mark_rule(state: StateInline, silent: bool) -> bool:
    """Inline rule: a mark placeholder at the cursor (after code spans and escapes, before links)."""
    if state.src[state.pos] != "[":
        return False
    match = _MARK.match(state.src, state.pos)
    if match is None:
        return False
    if not silent:
        token = state.push("sumi_mark", "", 0)
        token.meta = {"category": match.group(1)}
    state.pos = match.end()
    return True


def _text(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _safe_links(state: StateCore) -> None:
    """Core rule: links and images that the live site would not let through, made text as it does."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        out: list[Token] = []
        unsafe_depth = 0
        for token in block.children:
            if token.type == "link_open":
                if unsafe_depth or not is_safe_url(str(token.attrGet("href") or "")):
                    unsafe_depth += 1
                    continue
            elif token.type == "link_close" and unsafe_depth:
                unsafe_depth -= 1
                continue
            elif token.type == "image":
                out.extend(_image(token))
                continue
            out.append(token)
        block.children = out


def _image(token: Token) -> list[Token]:
    source = str(token.attrGet("src") or "")
    alt = "".join(child.content for child in token.children or [])
    if not is_safe_url(source):
        return [_text(alt)]
    if is_other_host(source):
        link = Token("link_open", "a", 1)
        link.attrSet("href", source)
        return [link, _text(alt or source), Token("link_close", "a", -1)]
    return [token]


def _render_mark(renderer: Any, tokens: list[Token], index: int, options: Any, env: Mapping[str, Any]) -> str:
    return mark_html(tokens[index].meta["category"], env["labels"])


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.disable(["html_block", "html_inline"])   # with html off they only return False, on every line and "<"
    md.use(admon_plugin).use(deflist_plugin).use(footnote_plugin)
    md.validateLink = lambda url: True          # every URL reaches _safe_links, which decides as the live site
    md.inline.ruler.before("link", "sumi_mark", _mark_rule)
    md.core.ruler.after("inline", "sumi_safe_links", _safe_links)
    md.add_render_rule("sumi_mark", _render_mark)
    return md


def markdown_html(text: str, labels: Mapping[str, str]) -> str:
    """The HTML of a public Markdown text (without front matter); `labels`: category id -> Japanese label.

    Plain paragraphs, headings and simple tables, most of a page of minutes, are written without the parser
    (plain_blocks.py).
    """
    parser = _parser()
    return render_with_plain_blocks(text, lambda kept: parser.render(kept, {"labels": labels}),
                                    lambda cell: parser.renderInline(cell, {"labels": labels}))


def inline_html(text: str, labels: Mapping[str, str]) -> str:
    """The HTML of one line of public Markdown, without a paragraph around it."""
    return _parser().renderInline(text, {"labels": labels})


def without_front_matter(text: str) -> str:
    """A staged page's Markdown after its YAML front matter block."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end > 0:
            return text[end + 5:]
    return text
