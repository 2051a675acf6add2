"""The sidebar's links to the pages of a section, rendered once per renderer run, not once per page.

On every page Material's nav-item macro writes a link to each page of the current page's
section: a council's fiscal year of n meetings costs n² macro calls, which at 400 meetings
was half the time of rendering a page. The HTML of a link to a page other than the current
one, without icon, subtitle, status or typeset title, depends only on whether it is active, its
address relative to the current page, and its title; so the macro renders it once per such key
and the text is reused (theme/partials/nav-item.html and nav.html call `sumi_nav_item`; the hook in
redaction/website/markdown_ext.py makes a fresh one for every run). The same holds for a pruned section
(navigation.prune: a section that is not active is written as one link to its first page): on a
city's site every page lists every council so, and rendering those took most of the sidebar's
time. A test proves the pages byte-identical to those rendered without it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import jinja2
from mkdocs.utils import normalize_url

NavItemRenderer = Callable[..., Any]


def nav_item_renderer() -> NavItemRenderer:
    """A `sumi_nav_item(render, item, path, level[, parent])` for the theme, with an empty cache."""
    cache: dict[tuple[Any, ...], Any] = {}

    @jinja2.pass_context
    def sumi_nav_item(context: Any, render: Any, item: Any, *args: Any) -> Any:
        """`render(item, path, level[, parent])`, from the cache for a plain page that is not the current one
        and for a pruned section."""
        page = context.get("page")
        if _plain_page(item) and item != page:
            key: tuple[Any, ...] = ("page", bool(item.active), _url(context, item), str(item.title))
        elif _pruned_section(item, _features(context), *args[1:]):
            key = ("pruned", id(item), args[1], _url(context, _first_page(item)))
        else:
            return render(item, *args)
        if key not in cache:
            cache[key] = render(item, *args)
        return cache[key]

    return sumi_nav_item


def _features(context: Any) -> Sequence[str]:
    """The theme's features, as Material's base.html reads them (config.theme.features or [])."""
    theme = context["config"].theme
    return (theme["features"] if "features" in theme else None) or []


def _url(context: Any, item: Any) -> str:
    """What the theme's `url` filter writes for the item's address on the current page."""
    return normalize_url(str(item.url), page=context.get("page"), base=context["base_url"])


def _plain_page(item: Any) -> bool:
    """A page whose link the macro writes from its address and title alone."""
    if not getattr(item, "is_page", False) or getattr(item, "typeset", None) or getattr(item, "encrypted", None):
        return False
    meta = item.meta or {}
    return not (meta.get("icon") or meta.get("subtitle") or meta.get("status"))


def _pruned_section(item: Any, features: Sequence[str], level: int, parent: Any = None) -> bool:
    """A section the macro writes pruned (Material's `render` and `render_pruned`): as a link to its first
    page, named by its title, whatever the current page is, as long as the section is not active.

    The macro's own test: navigation.prune, not active, and not shown as a section
    (navigation.sections at the top level, or below an active tab).
    """
    if not getattr(item, "is_section", False) or not item.children or item.active:
        return False
    if getattr(item, "pages", None) or getattr(item, "typeset", None) or getattr(item, "meta", None):
        return False  # the macro would show the current page in its place, or an icon, a subtitle, a status
    tabs, sections = "navigation.tabs" in features, "navigation.sections" in features
    is_section = (tabs and sections and level == 2 and parent is not None and parent.active) or \
                 (not tabs and sections and level == 1)
    return "navigation.prune" in features and not is_section


def _first_page(section: Any) -> Any:
    """The page the macro links a pruned section to: the first child, descending into sections."""
    first = section.children[0]
    while getattr(first, "children", None):
        first = first.children[0]
    return first
