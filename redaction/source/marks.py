"""The withheld mark, drawn in one place for every renderer of public Markdown.

redact.py writes ``[[■personal]]`` where an inline passage was withheld. The live site's
Python-Markdown (redaction.website.markdown_ext) and the archive bundles' markdown-it-py
(redaction.archiving.bundle_markdown) both turn it into this element: black ink of fixed width (it
never depends on the length of the hidden text), a visible category label, and an
accessible name that a screen reader reads as words, 「非公開（個人情報）」.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree  # noqa: N813 - Python-Markdown's own name for it
from collections.abc import Mapping

from markdown.serializers import to_html_string

MARK_PATTERN = r"\[\[■([a-z][a-z0-9-]*)\]\]"
UNKNOWN_LABEL = "非公開情報"


def withheld_title(label: str) -> str:
    """What a withheld passage of a category (by its Japanese label) is called where it stood: 「非公開（個人情報）」.

    The mark's accessible name, a withheld block's notice title and the audit's placeholder."""
    return f"非公開（{label}）"


def mark_element(category: str, labels: Mapping[str, str]) -> etree.Element:
    """The mark of a withheld passage of `category` (an id; its Japanese label from `labels`)."""
    label = labels.get(category, UNKNOWN_LABEL)
    mark = etree.Element("span", {"class": f"sumi-mark sumi-mark--{category}", "role": "img",
                                  "aria-label": withheld_title(label)})
    ink = etree.SubElement(mark, "span", {"class": "sumi-ink", "aria-hidden": "true"})
    ink.text = "■■■"
    caption = etree.SubElement(mark, "span", {"class": "sumi-label", "aria-hidden": "true"})
    caption.text = f"非公開・{label}"
    return mark


def mark_html(category: str, labels: Mapping[str, str]) -> str:
    """The mark as HTML, serialized exactly as Python-Markdown writes it on the live site."""
    return to_html_string(mark_element(category, labels))
