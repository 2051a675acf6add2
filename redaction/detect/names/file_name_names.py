"""Names in an attachment's file name (round BV).

An e-mail sent wrong or a chain forwarded names its attachments, and the sender named each file after its person:
`宇津木_住民票.pdf`, `履歴書_Nakagawa_Rin.pdf`, `作品集_nakagawa_2206.zip`, a phone's photo renamed `IMG_22061104_kimura.jpg`.
The file name is cut at its underscores; it is a person's file when one part is a personal document's word (住民票, 履歴書,
作品集 …) or a camera's prefix (IMG, DSC). Then a part that is a kanji surname (one word the analyzer knows as a surname),
or one or two parts in roman letters that read as romaji (Nakagawa_Rin, kimura), is the person's name. Read only where a
file's extension stands (a literal test first), from each extension back to the name's start.
"""

from __future__ import annotations

import re

from ..needs import needs
from . import analyzer
from .capitalised_surnames import is_romaji
from .public import PublicNames

_EXTENSIONS = (".pdf", ".jpg", ".jpeg", ".png", ".heic", ".zip", ".docx", ".xlsx")
_STEM = re.compile(r"[^\s「」『』（）()、。,，/|`'\"]{3,80}\Z")
_PERSONS_FILES = frozenset("住民票 履歴書 作品集 戸籍 戸籍謄本 診断書 身分証 免許証 保険証 在留カード 顔写真 通帳 IMG DSC DSCN PXL".split())
_KANJI = re.compile(r"[一-龯々]{2,4}")
_LATIN = re.compile(r"[A-Za-z][a-z]{3,14}|[A-Z][a-z]{1,14}")
_NOT_NAMES = frozenset("data memo image final copy scan".split())


def _is_latin_name(part: str) -> bool:
    return _LATIN.fullmatch(part) is not None and is_romaji(part) and part.lower() not in _NOT_NAMES


def _is_kanji_surname(part: str) -> bool:
    if _KANJI.fullmatch(part) is None:
        return False
    tokens = analyzer.analyse(part)
    return len(tokens) == 1 and tokens[0].is_surname


def _names_in_stem(stem: str, at: int) -> list[tuple[int, int]]:
    parts, offset = [], at
    for part in stem.split("_"):
        parts.append((part, offset))
        offset += len(part) + 1
    if not any(part in _PERSONS_FILES for part, _ in parts):
        return []
    found: list[tuple[int, int]] = []
    for part, start in parts:
        if _is_kanji_surname(part) or _is_latin_name(part):
            if found and found[-1][1] + 1 == start and part[:1].isupper():
                found[-1] = (found[-1][0], start + len(part))  # Nakagawa_Rin: the given name joined to the surname
            else:
                found.append((start, start + len(part)))
    return found


@needs(*_EXTENSIONS)
def names_in_attachments_file_names(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`宇津木` in 宇津木_住民票.pdf, `Nakagawa_Rin` in 履歴書_Nakagawa_Rin.pdf, `kimura` in IMG_22061104_kimura.jpg."""
    found: list[tuple[int, int]] = []
    for extension in _EXTENSIONS:
        at = text.find(extension)
        while at >= 0:
            if "_" in text[max(0, at - 80) : at] and (stem := _STEM.search(text, max(0, at - 80), at)) is not None:
                found += [span for span in _names_in_stem(stem.group(), stem.start()) if text[span[0] : span[1]] not in public]
            at = text.find(extension, at + len(extension))
    return sorted(found)
