"""A question asked of a whole body answered sentence by sentence, the sentences seen before remembered (fourteenth pass).

Some readings first ask a body one question over all of it, and most bodies answer no: person_name's kanji-run
readings scan every kanji run and every kanji-and-kana pair for a full name (a fifth of a body's time over the
generated corpus), and no run of a clean body holds one. Minutes repeat their sentences (the speakers' formulas, the
agenda's wording, the clerk's notes): over the generated corpus 93 % of the bodies' characters stand in a sentence
an earlier body held, over the hand-written minutes 32 %. `RememberedSentences` keeps the sentences a question
answered no for and asks it, per body, only of the sentences it has not seen, joined into one text.

This is exact for a question that is the same asked of the body or of its sentences one by one, the answer yes if
any sentence's is: a question whose every match lies within one sentence (no match holds 。 or a newline, but as its
first or last character, and each reads 。 as it reads a newline), and which reads a sentence's start, after 。 or a
newline, as it reads the text's start. The body is cut after each 。 and newline (each kept with its sentence, read as
。); the text after the last one, which nothing follows, is asked as it stands. tests/detect/test_sentences.py asks
person_name's question of every hand-written text and fixture, whole and sentence by sentence, in several orders.
"""

from __future__ import annotations

from collections.abc import Callable

_END = "。"  # a sentence's end as the remembered sentences hold it (a newline is read as one)


class RememberedSentences:
    """`question(text)` for a long text, asked only of the sentences not yet known to answer no (see above)."""

    def __init__(self, question: Callable[[str], bool], most: int = 1 << 17) -> None:
        self._question = question
        self._most = most  # sentences remembered at most: past it, forgotten and gathered afresh
        self._no: set[str] = set()  # sentences the question answered no for, each with its 。
        self._last: tuple[str, bool] | None = None  # the last text asked and its answer (two readings ask one body)

    def ask(self, text: str) -> bool:
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        answer = self._asked(text)
        self._last = (text, answer)
        return answer

    def _asked(self, text: str) -> bool:
        sentences = text.replace("\n", _END).split(_END)
        tail = sentences.pop()  # after the last 。 or newline: nothing follows it
        if self._no.issuperset(sentences):
            return self._question(tail)
        new = set(sentences).difference(self._no)
        if self._question(_END.join(new) + _END + tail):
            return True
        if len(self._no) + len(new) > self._most:
            self._no.clear()
        self._no |= new
        return False
