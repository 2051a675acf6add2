"""Person names, from context and (when installed) the morphological analyzer.

Context rules (always):
  山田太郎さん / 佐藤氏 / 鈴木様 / マイケルさん      honorifics: a finding unless public
  日下委員 / 北村会長                              council roles: a finding unless public
  氏名：山田 太郎 / 申請者 山田太郎 / 口座名義 ヤマダ タロウ      labels
Analyzer rule (SudachiPy, only on short kanji runs): a surname directly followed
by a given name (山田太郎が来庁した) is a finding.
Never a finding: public names (roster, attendees, officials; with or without the
space, surname alone), a name next to an official title (総務課長 三宅, 三宅課長),
generic nouns (皆さん, 利用者様, 民生委員), names inside company names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ..model import MASK, Doc
from ..names import analyzer
from ..names.candidates import is_kanji, run_after, run_before
from ..names.lexicon import (
    COMPANY_PREFIXES,
    COMPANY_SUFFIXES,
    GENERIC_WORDS,
    HONORIFICS,
    NAME_LABELS,
    OFFICIAL_TITLES,
    PERSON_LABELS,
    ROLES,
    is_generic,
)
from ..names.public import PublicNames

TYPE = "person_name"

_SUFFIX = re.compile(
    "(?:"
    + "|".join(re.escape(w) for w in HONORIFICS + ROLES)
    + ")(?![式子々相態名場会])"
)
_LABEL = re.compile(
    "(?:"
    + "|".join(re.escape(w) for w in NAME_LABELS)
    + r")[ \u3000]*[:：は]?[ \u3000]*|(?:"
    + "|".join(re.escape(w) for w in PERSON_LABELS)
    + r")(?:[ \u3000]*[:：][ \u3000]*|[ \u3000]+)"
)
_CUT_WORDS = tuple(
    sorted(
        {w for w in GENERIC_WORDS if len(w) >= 2} | set(OFFICIAL_TITLES) | set(ROLES) | set(PERSON_LABELS) | set(COMPANY_PREFIXES),
        key=len,
        reverse=True,
    )
)
_MIN_FULL_NAME = 2


def _cut_by_rules(text: str, start: int, end: int) -> int:
    """Move start past any known word inside the run (相談者佐藤 -> 佐藤)."""
    run = text[start:end]
    cut = 0
    for word in _CUT_WORDS:
        at = run.rfind(word)
        if at >= 0 and at + len(word) < len(run):
            cut = max(cut, at + len(word))
    start += cut
    while start < end and text[start] in " \u3000・":
        start += 1
    return start


def _cut_by_analyzer(text: str, start: int, end: int) -> int | None:
    """Keep the trailing tokens that are names or unknown words; None when the last is not."""
    tokens = analyzer.analyse(text[start:end])
    keep = len(tokens)
    while keep > 0:
        tok = tokens[keep - 1]
        if tok.is_proper or tok.oov or (tok.surface.strip(" \u3000・") == "" and keep < len(tokens)):
            keep -= 1
        else:
            break
    if keep == len(tokens):
        return None
    new_start = start + tokens[keep].start
    while new_start < end and text[new_start] in " \u3000・":
        new_start += 1
    return new_start


def _after_title(text: str, start: int) -> bool:
    """True when an official title stands right before the name (総務課長 三宅)."""
    before = text[max(0, start - 8) : start].rstrip(" \u3000")
    return before.endswith(OFFICIAL_TITLES)


def _in_company(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 6) : start].rstrip(" \u3000")
    return before.endswith(COMPANY_PREFIXES) or text.startswith(COMPANY_SUFFIXES, end)


def _accept(doc: Doc, public: PublicNames, start: int, end: int) -> bool:
    candidate = doc.folded[start:end]
    if not candidate or MASK in candidate:
        return False
    return not (is_generic(candidate) or candidate in public or _after_title(doc.folded, start) or _in_company(doc.folded, start, end))


def _trim(doc: Doc, start: int, end: int, use_analyzer: bool) -> int | None:
    start = _cut_by_rules(doc.folded, start, end)
    if start >= end:
        return None
    if use_analyzer:
        return _cut_by_analyzer(doc.folded, start, end)
    return start


def _from_suffixes(doc: Doc, public: PublicNames, use_analyzer: bool) -> Iterator[tuple[int, int]]:
    text = doc.folded
    for match in _SUFFIX.finditer(text):
        end = match.start()
        start = run_before(text, end)
        if start is None:
            continue
        trimmed = _trim(doc, start, end, use_analyzer)
        if trimmed is not None and _accept(doc, public, trimmed, end):
            yield trimmed, end


def _from_labels(doc: Doc, public: PublicNames, use_analyzer: bool) -> Iterator[tuple[int, int]]:
    text = doc.folded
    for match in _LABEL.finditer(text):
        start = match.end()
        end = run_after(text, start)
        if end is None:
            continue
        if use_analyzer and is_kanji(text[start]):
            tokens = analyzer.analyse(text[start:end])
            if not tokens or not (tokens[0].is_proper or tokens[0].oov):
                continue
        if _accept(doc, public, start, end):
            yield start, end


def _full_names(doc: Doc, public: PublicNames) -> Iterator[tuple[int, int]]:
    """Surname + given name in any kanji run (analyzer only)."""
    text = doc.folded
    pos = 0
    length = len(text)
    while pos < length:
        if not is_kanji(text[pos]):
            pos += 1
            continue
        end = run_after(text, pos) or pos + 1
        if end - pos >= _MIN_FULL_NAME + 1:
            yield from _full_names_in_run(doc, public, pos, end)
        pos = end
    return


def _full_names_in_run(doc: Doc, public: PublicNames, start: int, end: int) -> Iterator[tuple[int, int]]:
    tokens = analyzer.analyse(doc.folded[start:end])
    words = [t for t in tokens if t.surface.strip(" \u3000")]
    for first, second in pairwise(words):
        if first.is_surname and second.is_given_name:
            s, e = start + first.start, start + second.end
            following = doc.folded[e : e + 4]
            if following.startswith(OFFICIAL_TITLES + ROLES):
                continue  # 三宅太郎課長: an official; 北村誠一委員: handled by the role rule
            if _accept(doc, public, s, e):
                yield s, e


def recognize_with(doc: Doc, use_analyzer: bool) -> Iterator[tuple[int, int]]:
    """The recognizer with the analyzer switched on or off (for measurement)."""
    public = PublicNames.of(doc.context.public_names)
    yield from _from_suffixes(doc, public, use_analyzer)
    yield from _from_labels(doc, public, use_analyzer)
    if use_analyzer:
        yield from _full_names(doc, public)


def recognize(doc: Doc) -> Iterator[tuple[int, int]]:
    yield from recognize_with(doc, use_analyzer=analyzer.available())
