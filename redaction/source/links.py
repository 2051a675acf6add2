"""The link policy of public pages: which URLs a page may hold and which would load from another host.

One rule for every renderer of public Markdown (the live site's extension and the archive bundles),
applied to a URL as a browser reads it.
"""

from __future__ import annotations

import html
import re

from markdown.util import AMP_SUBSTITUTE  # Python-Markdown's stand-in for & inside a URL

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")


_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]+")


def as_browser_reads(url: str) -> str:
    """The URL after the browser decodes the attribute: `&#106;avascript:` is `javascript:`."""
    text = url.replace(AMP_SUBSTITUTE, "&")
    for _ in range(2):
        text = html.unescape(text)
    return _IGNORED_IN_URL.sub("", text)


def is_safe_url(url: str) -> bool:
    """True for relative URLs and the http, https, mailto and tel schemes."""
    match = _SCHEME.match(as_browser_reads(url))
    return match is None or match.group(1).lower() in SAFE_SCHEMES


def is_other_host(url: str) -> bool:
    """True for a URL that a page would load from another host (absolute or scheme-relative)."""
    read = as_browser_reads(url).replace("\\", "/")
    return read.startswith("//") or _SCHEME.match(read) is not None
