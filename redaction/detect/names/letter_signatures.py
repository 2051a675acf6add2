"""The signature of a letter in English, on the line after its closing (round BT).

A citizen's letter in English, quoted in the minutes, ends with a closing and the writer's name on the next line, maybe
with its katakana reading in brackets (`> Sincerely,` / `> Grace Okafor-Mizuno`; `> Kind regards,` / `> Sofia Lindqvist
(リンドクヴィスト ソフィア)`): the writer is a person. Read as a closing (Sincerely, Yours sincerely, Yours faithfully,
Kind regards, Best regards, Regards, Best wishes) ending its line, then on the next line (its quote mark kept) two to four
capitalised Latin words, hyphens allowed, the line's end or a bracket holding katakana words after them. Read only where a
closing's word stands.
"""

from __future__ import annotations

import re

from ..needs import needs
from .public import PublicNames

CLOSING_WORDS = ("Sincerely", "sincerely", "faithfully", "regards", "Regards", "wishes")
_UPPER = "A-ZÀ-ÖØ-Þ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
_SIGNATURE = re.compile(
    rf"(?:(?:Yours|Very truly)[ ]+)?(?:Sincerely|sincerely|faithfully|(?:Kind|Best|Warm)[ ]+regards|Regards|Best[ ]+wishes)"
    rf"(?:[ ]+yours)?,?[ \t]*\n[ \t]*(?:>[ \t]*)?"
    rf"(?P<name>[{_UPPER}][{_LETTER}'\-]+(?:[ ][{_UPPER}][{_LETTER}'\-]+){{1,3}})"
    r"(?:[ \u3000]*\((?P<reading>[ァ-ヺー]{2,10}(?:[ \u3000・][ァ-ヺー]{2,10}){1,2})\))?[ \t]*$",
    re.MULTILINE)
_BODYS_WORD = re.compile(r"\b(?:City|Office|Council|Team|Desk|Center|Centre|Association|Club|Department|Section|Inc|Ltd|Co)\b")


@needs(*CLOSING_WORDS)
def names_signing_a_letter(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`Grace Okafor-Mizuno` after `Sincerely,`; `Sofia Lindqvist` and `リンドクヴィスト ソフィア` after `Kind regards,`."""
    found: list[tuple[int, int]] = []
    for word in CLOSING_WORDS:
        at = text.find(word)
        while at >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            quote = re.match(r"[ \t]*(?:>[ \t]*)?", text[line_start:at])
            start = line_start + (quote.end() if quote else 0)
            match = _SIGNATURE.match(text, start)
            if match is not None and match.group("name") not in public and _BODYS_WORD.search(match.group("name")) is None:
                found.append(match.span("name"))
                if match.group("reading"):
                    found.append(match.span("reading"))
            at = text.find(word, at + len(word))
    return sorted(set(found))
