"""The sidebar's links to the pages of a section, rendered once per renderer run, not once per page.

On every page Material's nav-item macro writes a link to each page of the current page's
section: a council's fiscal year of n meetings costs n² macro calls, which at 400 meetings
was half the time of rendering a page. The HTML of a link to a page other than the current
one, without icon, subtitle, status or typeset title, depends only on whether it is active, its
address relative to the current page, and its title; so the macro renders it once per such key
and the text is reused (theme/partials/nav-item.html and nav.html call `sumi_nav_item`; the hook in
redaction/markdown_ext.py makes a fresh one for every run). A test proves the pages
byte-identical to those rendered without it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jinja2
from mkdocs.utils import normalize_url

NavItemRenderer = Callable[..., Any]


def nav_item_renderer() -> NavItemRenderer:
    """A `sumi_nav_item(render, item, path, level[, parent])` for the theme, with an empty cache."""
    cache: dict[tuple[bool, str, str], Any] = {}

    @jinja2.pass_context
    def sumi_nav_item(context: Any, render: Any, item: Any, *args: Any) -> Any:
        """`render(item, path, level[, parent])`, from the cache for a plain page that is not the current one."""
        page = context.get("page")
        if not _plain_page(item) or item == page:
            return render(item, *args)
        key = (bool(item.active), normalize_url(str(item.url), page=page, base=context["base_url"]), str(item.title))
        if key not in cache:
            cache[key] = render(item, *args)
        return cache[key]

    return sumi_nav_item


def _plain_page(item: Any) -> bool:
    """A page whose link the macro writes from its address and title alone."""
    if not getattr(item, "is_page", False) or getattr(item, "typeset", None) or getattr(item, "encrypted", None):
        return False
    meta = item.meta or {}
    return not (meta.get("icon") or meta.get("subtitle") or meta.get("status"))
