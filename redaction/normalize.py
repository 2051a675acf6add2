"""One normalization for every comparison of withheld text with public text."""

from __future__ import annotations

import unicodedata


def is_ignorable(char: str) -> bool:
    """White space and invisible format characters (zero-width space, joiners, soft hyphen, BOM).

    Pagefind puts U+200B between the words it segments, so a text split by invisible
    characters must still compare equal.
    """
    return char.isspace() or unicodedata.category(char) == "Cf"


def squash(text: str) -> str:
    """NFKC, without white space or invisible characters: 「山田　太郎」 and 「山田\u200b太郎」 equal 「山田太郎」."""
    return "".join(char for char in unicodedata.normalize("NFKC", text) if not is_ignorable(char))
