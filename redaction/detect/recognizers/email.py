"""E-mail addresses, also written with full-width letters or ＠, with a space around the ＠
(yamada.t ＠ example.jp), or with the ＠ written (at) / [at] / [@] / アットマーク as people do to fool harvesters."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..dotted_word_emails import DOT_WORDS, emails_with_dot_words
from ..japanese_domain_emails import addresses_at_japanese_domains
from ..model import Doc
from ..said_public_emails import emails_said_public
from ..scan import anchored_finditer
from ..spaced_emails import ANCHOR as SPACED_ANCHOR
from ..spaced_emails import spaced_addresses_after_a_label

TYPE = "email"

_PATTERN = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*(?:[ \u3000]?[\[(（]?@[\])）]?[ \u3000]?|[ \u3000]?[\[(（]at[\])）][ \u3000]?|[ \u3000]?(?:アットマーク|あっとまーく|[\[(（]アット[\])）])[ \u3000]?)"
    r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}",
    re.ASCII,
)


# Each branch opens with a plain character, so the engine skips ahead to a possible first one
# (a bracket class opening a branch would make it try every position): [\[(（]at[\])）] written out.
_ANCHOR = re.compile(r"@|\[at[\])）]|\(at[\])）]|（at[\])）]|アット|あっとまーく")


# Every occurrence of the anchor holds one of these (its class of first characters is read character by
# character; most minutes hold none of them, found by a fast `in` each).
_ANCHOR_WORDS = ("@", "at", "アット", "あっとまーく")


def recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    if not any(map(doc.folded.__contains__, _ANCHOR_WORDS)):
        return
    public = emails_said_public(doc.folded)  # (round OI) …は工房の公開アドレスです: wherever it stands
    for match in anchored_finditer(_PATTERN, doc.folded, _ANCHOR, before=64, after=255):
        if not (doc.folded.startswith("<", match.start() - 1) and _a_bodys_sender(doc.folded, match.start() - 1)):
            if not public or match.group() not in public:
                yield match.start(), match.end()
    if "@" in doc.folded:  # (round OJ) haji@アクアすみれ.jp: a domain in Japanese (japanese_domain_emails)
        for start, end in addresses_at_japanese_domains(doc.folded):
            if not public or doc.folded[start:end] not in public:
                yield start, end
    if SPACED_ANCHOR in doc.folded:  # (round BV) メール tooru azumi @ example . com (spaced_emails)
        yield from spaced_addresses_after_a_label(doc.folded)
    if any(map(doc.folded.__contains__, DOT_WORDS)):  # (round BT) grace.om [at] example [dot] jp: dotted_word_emails
        for start, end in emails_with_dot_words(doc.folded):
            if not public or doc.folded[start:end] not in public:
                yield start, end
    if "アットマーク、" in doc.folded and "ドット" in doc.folded:
        for match in _SPELLED_OUT.finditer(doc.folded):
            yield match.start(), match.end()


# (round Z) An address spelled out letter by letter in katakana, the parts parted by 、 and the letters by ・ (エス・エー・エヌ・イー、
# ドット、イー・ビー・…、アットマーク、イグザンプル、ドット、ジェイ・ピー), as a caller reads one out: read where アットマーク、 stands,
# a ドット after it.
_KANA_WORD = "[ァ-ヺー]{1,8}(?:・[ァ-ヺー]{1,8})*"
_SPELLED_OUT = re.compile(rf"(?<![ァ-ヺー・])(?:{_KANA_WORD}、){{1,12}}アットマーク(?:、{_KANA_WORD}){{0,8}}?、ドット、{_KANA_WORD}(?:、ドット、{_KANA_WORD})*")


# (round AG) A mail header's sender whose display name is a body's, in Latin words only (From: "Sumire City"
# <kyufu-info@…>): the address the mail claims as an office's or a company's (a fraudster's, in a phishing report), no
# person's. The display name's last word is the body's word (a person's name after it, "Sumire City Tanaka", is read as before).
_BODYS_SENDER = re.compile(r'(?:From|差出人)[ \u3000]*[:：][ \u3000]*"(?P<display>[A-Za-z .&-]{2,40})"[ \u3000]*\Z')
_BODYS_WORDS = re.compile(r"(?:City|Town|Village|Ward|Prefecture|Office|Bank|Post|Support|Center|Centre|Service|Services"
                          r"|Inc|Ltd|Co|Corporation|Company|Government|Council|Team|Desk)\.?")


def _a_bodys_sender(text: str, bracket: int) -> bool:
    line = text.rfind("\n", 0, bracket) + 1
    sender = _BODYS_SENDER.search(text, line, bracket)
    words = sender.group("display").split() if sender is not None else []
    return bool(words) and all(word[:1].isupper() for word in words) and _BODYS_WORDS.fullmatch(words[-1]) is not None

