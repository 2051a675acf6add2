"""A reading's declared need (needs.py) holds for its whole body: on a text that does not meet it, the reading finds nothing.

Every declared reading is called (as `reading(doc, public)`, or `reading(doc.folded, public)` when its first
parameter is `text`) on the hand-written minutes and the fixtures' texts that
do not meet its need, and on every one of them made not to meet it (each of its words broken where it stands, the
capitals made small): a declaration that misses a word the reading fires on fails here, not in a clerk's build.
"""

from __future__ import annotations

import inspect

import pytest

from bench.detect_eval.hand import load_set
from redaction.detect import needs as needs_module
from redaction.detect.model import DetectContext, Doc
from redaction.detect.names.public import PublicNames
from redaction.detect.needs import DECLARED, Need, called, needs
from redaction.detect.recognizers import person_name, personal_id
from redaction.detect.text import fold

from .fixture_reader import all_cases

_NO_ONE = PublicNames.of(frozenset())


def _texts() -> list[str]:
    return ([doc.text for which in ("tune", "held") for doc in load_set(which)]
            + [case.text for case in all_cases()])


def _without(need: Need, text: str) -> str:
    """`text` made not to meet `need`'s words and capital: each word's last character put out where the word stands."""
    if need.capital:
        text = text.lower()
    for _ in range(10):  # putting one word out may make another (rarely): until none stands
        folded = fold(text)
        spans = sorted({(at, at + len(word)) for word in need.words for at in _starts(folded, word)})
        if not spans:
            return text
        for _start, end in spans:
            text = text[: end - 1] + "◇" + text[end:]  # fold() keeps each character's place
    raise AssertionError(f"could not put out {need.words} in {text[:60]!r}")


def _starts(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def test_when_a_text_does_not_meet_a_readings_declared_need_then_the_reading_finds_nothing() -> None:
    assert len(DECLARED) >= 40  # the person-name readings declare theirs
    texts = _texts()
    for reading, need in DECLARED.items():
        reads_the_fold = next(iter(inspect.signature(reading).parameters)) == "text"  # reading(doc.folded, public)
        checked = 0
        for text in texts:
            for variant in (text, _without(need, text)):
                doc = Doc.of(variant, DetectContext())
                if not need.met(doc):
                    assert list(reading(doc.folded if reads_the_fold else doc, _NO_ONE)) == [], (
                        reading.__name__, need, variant[:80])
                    checked += 1
        assert checked >= len(texts), reading.__name__


def test_when_a_text_is_read_then_called_leaves_out_exactly_the_readings_whose_need_it_does_not_meet() -> None:
    """The character index of `called` is exact: for a short text the readings it keeps are those whose need `Need.met`
    says is met, in the table's order, with the analyzer on and off (each hand text's opening as a short text too);
    for a body, every reading less those declaring the analyzer when it is off or a capital the body lacks."""
    for readings in (person_name._READINGS, person_name._READINGS_OF_THE_FOLDED_TEXT, personal_id._READINGS,
                     personal_id._UNLABELLED_READINGS):
        for text in _texts():
            doc = Doc.of(text, DetectContext())
            for analyzer in (True, False):
                if len(text) > needs_module._SHORT_TEXT:  # a body: every reading, its own gate deciding
                    expected = [r for r in readings if r not in DECLARED or ((analyzer or not DECLARED[r].analyzer)
                                                                             and (doc.has_capital or not DECLARED[r].capital))]
                else:
                    expected = [r for r in readings if r not in DECLARED or DECLARED[r].met(doc, analyzer)]
                assert list(called(readings, doc, analyzer)) == expected, text[:60]
            short = Doc.of(text[: needs_module._SHORT_TEXT], DetectContext())
            expected = [r for r in readings if r not in DECLARED or DECLARED[r].met(short)]
            assert list(called(readings, short)) == expected, text[:60]


def test_when_a_reading_is_declared_then_it_is_called_only_when_its_need_is_met() -> None:
    def plain(doc: Doc, public: PublicNames) -> list[tuple[int, int]]:
        return [(0, 1)]

    word = needs("うちは", "私は")(lambda doc, public: [(0, 2)])
    capital = needs("@", capital=True)(lambda doc, public: [(0, 3)])
    only_capital = needs(capital=True)(lambda doc, public: [(0, 4)])
    with_analyzer = needs(analyzer=True)(lambda doc, public: [(0, 5)])
    readings = (plain, word, capital, only_capital, with_analyzer)
    try:
        def names(text: str, analyzer: bool = True) -> list[object]:
            return list(called(readings, Doc.of(text, DetectContext()), analyzer))

        assert names("議事録") == [plain, with_analyzer]
        assert names("議事録", analyzer=False) == [plain]
        assert names("私は述べた") == [plain, word, with_analyzer]
        assert names("a@b.example") == [plain, with_analyzer]
        assert names("A@b.example") == [plain, capital, only_capital, with_analyzer]
        assert names("Ａ様") == [plain, only_capital, with_analyzer]  # a full-width capital folds to a capital
    finally:
        for reading in readings[1:]:
            del DECLARED[reading]
    with pytest.raises(ValueError):
        needs("")
