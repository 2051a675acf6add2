"""Raw HTML in a source is an error: Sumi publishes text, not markup.

An HTML comment is how Markdown users write a private note, and a hidden element, a
<style> or a <script> is how web pages hide text: in a Sumi source they would be published
(the renderer shows raw HTML as text, markdown_ext.py), so each is an error at file:line:col
with the fix — a note goes under `internal:` in the front matter, withheld text into a tag.
Every other tag (<b>, <br>, <span>, </p>, <!DOCTYPE …>) is an error by the same rule: write
Markdown, or `\\<` (or `&lt;`) for a literal "<".

What counts as a tag is CommonMark's raw-HTML grammar (markdown-it-py's HTML_TAG_RE), so
`a < b`, `<https://…>` autolinks and 〈全角〉 brackets are text. Tags inside code spans and
fenced code blocks are text too (they are shown as code); a comment opener `<!--` is an error
everywhere, closed or not.
"""

from __future__ import annotations

import re

from markdown_it.common.html_re import HTML_TAG_RE

from redaction.core import clerk_messages as say
from redaction.core.errors import Problem, problem
from redaction.source.tags import Lexed

KIND = "raw_html"
_HIDING_ELEMENTS = frozenset({
    "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet",
    "link", "meta", "base", "form", "input", "textarea", "select", "button", "svg", "math", "details", "dialog",
})
_HIDING_ATTRIBUTE = re.compile(r"\s(?:hidden|style|aria-hidden|on[a-z]+)\b|type\s*=\s*[\"']?hidden", re.IGNORECASE)
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")
_COMMENT_OPENER = re.compile(r"<!--")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})", re.MULTILINE)
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)\1(?!`)", re.DOTALL)



def raw_html_problems(lexed: Lexed, file: str) -> list[Problem]:
    """One problem for every raw HTML construct in a lexed text, outside code."""
    text = lexed.text
    if "<" not in text:
        return []
    code = _code_ranges(text)
    problems: list[Problem] = []
    comments = [m.start() for m in _COMMENT_OPENER.finditer(text)]
    for start in comments:
        problems.append(problem(file, *lexed.position(start), *say.RAW_HTML_COMMENT.texts(), KIND))
    for match in HTML_TAG_RE.finditer(text):
        start = match.start()
        if start in comments or _escaped(text, start) or any(lo <= start < hi for lo, hi in code):
            continue
        problems.append(problem(file, *lexed.position(start), *_message(match.group()), KIND))
    return problems


def _message(tag: str) -> tuple[str, str]:
    name_match = _TAG_NAME.match(tag)
    name = name_match.group(1).lower() if name_match else tag[:9]
    if name in _HIDING_ELEMENTS or _HIDING_ATTRIBUTE.search(tag):
        return say.RAW_HTML_HIDING.texts(name=name)
    return say.RAW_HTML_TAG.texts(tag=tag[:20])


def _escaped(text: str, start: int) -> bool:
    """`\\<b>`: an odd number of backslashes before the '<' makes it a literal character."""
    slashes = 0
    while start - slashes - 1 >= 0 and text[start - slashes - 1] == "\\":
        slashes += 1
    return slashes % 2 == 1


def _code_ranges(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks (``` or ~~~ to the matching fence or the end) and code spans."""
    ranges: list[tuple[int, int]] = []
    position = 0
    while (opener := _FENCE.search(text, position)) is not None:
        fence = opener.group(1)
        closer = re.compile(rf"^[ \t]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.MULTILINE)
        line_end = text.find("\n", opener.end())
        close = closer.search(text, len(text) if line_end < 0 else line_end + 1)
        end = close.end() if close else len(text)
        ranges.append((opener.start(), end))
        position = end
    outside = [(0, len(text))] if not ranges else _gaps(ranges, len(text))
    for lo, hi in outside:
        ranges.extend(m.span() for m in _CODE_SPAN.finditer(text, lo, hi))
    return ranges


def _gaps(ranges: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    gaps: list[tuple[int, int]] = []
    cursor = 0
    for lo, hi in ranges:
        gaps.append((cursor, lo))
        cursor = hi
    gaps.append((cursor, length))
    return gaps
