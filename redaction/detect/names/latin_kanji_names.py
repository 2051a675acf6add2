"""A Latin surname with a kanji given name, as families of foreign residents write their children's names, read where
the text says a person is meant (rounds AV and AX):

- after a family member's word and は (娘はLindahl 沙羅で…, 夫はSilva 翔、): the member's name;
- at a line's head, the bearer's birth in brackets after it (Ferreira 陽翔（2115年11月2日生）　第四小3年): a list's person;
- before 様 or さん (Kasongo 智恵 様, Okafor 里奈さん): the honorific is a person's;
- after a person's label and a space (申込者 Ferrante 航、, 児童 Sørensen 樹（…）): the label's person; (round BB) or glued to
  the label in a list of fields, a comma or a bracket after the name (事業主Ana 杉浦、所在地…).

The name: one capitalised Latin word, a space and one to three kanji (beside the honorifics and labels, accented letters
too — Sørensen, Álvarez — and no kanji after them). Read from each は followed by a capital (the pattern opens with the
literal) in texts holding a family member's word and は (娘は), from each 生） or 生) (a window before it), in windows
before each 様 or さん and from each label (the pattern opens with the labels' literals); only in texts holding a capital.
"""

from __future__ import annotations

import re

from ..needs import needs
from ..scan import anchored_finditer
from .lexicon import PERSON_LABELS
from .public import PublicNames

_NAME = r"[A-Z][a-z]{2,15} [一-龯々]{1,3}"
_AFTER_KIN = re.compile(rf"は(?P<name>{_NAME})(?=で|、|。|（|\()")
_KIN_ENDINGS = frozenset("夫妻娘子父母男女")  # 夫, 妻, 娘, 息子, 長男, 長女, 父, 母 …
_KIN_THEN_WA = tuple(f"{ending}は" for ending in sorted(_KIN_ENDINGS))
_AT_A_LINE_HEAD = re.compile(rf"^(?P<name>{_NAME})[（(][^）)\n]{{4,20}}生[）)]", re.MULTILINE)
_BIRTH_ANCHOR = re.compile("生[）)]")  # the folded text writes （ and ） as ( and )


@needs(*_KIN_THEN_WA, "生)", "生）", capital=True)
def latin_surnames_with_kanji_given_names(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`Lindahl 沙羅` after 娘は, and `Ferreira 陽翔` at a line's head before its birth in brackets."""
    found: list[tuple[int, int]] = []
    for match in _AFTER_KIN.finditer(text) if any(word in text for word in _KIN_THEN_WA) else ():
        if text[match.start() - 1 : match.start()] in _KIN_ENDINGS and match.group("name") not in public:
            found.append(match.span("name"))
    if "生)" in text or "生）" in text:
        found += [m.span("name") for m in anchored_finditer(_AT_A_LINE_HEAD, text, _BIRTH_ANCHOR, 48, 3)
                  if m.group("name") not in public]
    return found


# (round BF) a surname may open with a short particle and a hyphen (Al-Masri 樹, El-Amin 蓮)
_ACCENTED_NAME = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{0,3}-)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,15} [一-龯々]{1,3}(?![一-龯々])"
_BEFORE_HONORIFIC = re.compile(rf"(?<![A-Za-zÀ-ÿ'’-])(?P<name>{_ACCENTED_NAME})[ \u3000]?(?:様|さん)")
_HONORIFIC = re.compile("様|さん")
_LABELS = (*PERSON_LABELS, "申込者", "事業主", "滞納者", "従事者")  # (round BH) a register's 従事者 Castellanos 実  # (round BF) 滞納者 Leiataua 哲也 は…
# after the label and a space (or, round BF, the label's table cell: | 申請者 | Dimitrova 美幸／…); or (round BB) glued to it in a list of fields, a field's comma or bracket after the name
# (事業主Ana 杉浦、所在地…, 申請者Gabriel 野川、電話…)
_AFTER_LABEL = re.compile(rf"(?:{'|'.join(sorted(_LABELS, key=len, reverse=True))})"
                          rf"(?:(?:[ \u3000]*\|)?[ \u3000]+(?P<name>{_ACCENTED_NAME})|(?P<glued>{_ACCENTED_NAME})(?=[、，,（(]))")


@needs("様", "さん", *_LABELS, capital=True)
def latin_kanji_names_beside_persons_words(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`Kasongo 智恵` before 様, `Ferrante 航` after 申込者 and a space."""
    found: list[tuple[int, int]] = []
    if "様" in text or "さん" in text:
        found += [m.span("name") for m in anchored_finditer(_BEFORE_HONORIFIC, text, _HONORIFIC, 24, 3)
                  if m.group("name") not in public]
    if any(label in text for label in _LABELS):
        for match in _AFTER_LABEL.finditer(text):
            group = "name" if match.group("name") is not None else "glued"
            if match.group(group) not in public:
                found.append(match.span(group))
    return found
