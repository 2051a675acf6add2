"""The anchored scans find what a scan of the whole text finds (scan.line_anchored_finditer).

Each anchor's bound is argued in a comment beside it; this checks the argument on every
hand-written minute, both halves, and on texts made to sit at the edges of the bounds.
"""

from __future__ import annotations

import re

import pytest

from bench.detect_eval.hand import load_set
from redaction.detect.recognizers import birth_date, email, personal_id
from redaction.detect.scan import line_anchored_finditer, windows
from redaction.detect.text import fold

ANCHORED = [
    (personal_id._LABELLED, personal_id._LABEL_ANCHOR, personal_id._LABEL_BEFORE),
    (personal_id._LABEL_BEHIND, personal_id._LABEL_BEHIND_ANCHOR, None),
    (personal_id._PASSPORT, personal_id._PASSPORT_ANCHOR, 0),
    (personal_id._CARD, personal_id._CARD_ANCHOR, 0),
    (personal_id._PLATE, personal_id._PLATE_ANCHOR, personal_id._PLATE_BEFORE),
]
EDGES = [
    "精神障害者保健福祉手帳の記号・番号 12345678",
    "後期高齢者医療被保険者番号：0012345678\n次の行 1234-5678-9012-3456",
    "あいうえおかきくけこアカウントカードアカウント番号 sumire-2271",
    "本文 00998877665544（後期高齢者医療被保険者番号） と 123456（療育手帳）",
    "旅券 TK1234567 在留 AB12345678CD カード 4111 1111 1111 1111",
    "車両は足立区多 500 あ 12-34、品川300さ・・・7",
]


def _texts() -> list[str]:
    return [fold(doc.text) for which in ("tune", "held") for doc in load_set(which)] + [fold(t) for t in EDGES]


@pytest.mark.parametrize(("pattern", "anchor", "before"), ANCHORED, ids=lambda v: getattr(v, "pattern", str(v))[:12])
def test_when_a_pattern_is_read_on_its_anchors_lines_then_it_finds_what_the_whole_text_holds(
        pattern: re.Pattern[str], anchor: re.Pattern[str], before: int | None) -> None:
    for text in _texts():
        whole = [m.span() for m in pattern.finditer(text)]
        anchored = [m.span() for m in line_anchored_finditer(pattern, text, anchor, before)]
        assert anchored == whole, text[:80]


def test_when_the_edge_texts_are_read_then_every_anchored_pattern_finds_something() -> None:
    texts = [fold(t) for t in EDGES]
    for pattern, _anchor, _before in ANCHORED:
        assert any(pattern.search(text) for text in texts), pattern.pattern[:40]


def test_when_anchors_are_rewritten_for_speed_then_they_find_the_same_occurrences() -> None:
    old_email = re.compile(r"@|[\[(（]at[\])）]|アット|あっとまーく")
    old_date = re.compile(rf"月{birth_date._S}{birth_date._MD}日|[0-9]{birth_date._PART_SEP}[0-9]{{1,2}}{birth_date._PART_SEP}[0-9]")
    extra = "a(at)b ［at］ c（at）d.jp 12・3・4 5月 6日 7/8/9 アットマーク あっとまーく"
    for text in [*_texts(), fold(extra)]:
        assert [m.span() for m in email._ANCHOR.finditer(text)] == [m.span() for m in old_email.finditer(text)]
        assert [m.span() for m in birth_date._DATE_ANCHOR.finditer(text)] == [m.span() for m in old_date.finditer(text)]


def test_when_birth_date_windows_lack_a_numeral_then_no_labelled_pattern_matches_there() -> None:
    for text in _texts():
        for lo, hi in windows(text, birth_date._ANCHOR, before=30, after=40):
            if not birth_date._NUMERAL.search(text, lo, hi):
                for pattern in (birth_date._BEFORE, birth_date._AFTER, birth_date._LABEL_AFTER):
                    assert pattern.search(text, lo, hi) is None
