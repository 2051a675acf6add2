"""A body's kanji-run questions asked sentence by sentence (sentences.RememberedSentences, fourteenth pass): the same
answers as asked of the whole text, because each pattern's matches lie within a sentence and read its start as the
text's start."""

from __future__ import annotations

import random

from bench.detect_eval.hand import load_set
from redaction.detect.model import DetectContext, Doc, LongText
from redaction.detect.recognizers import person_name
from redaction.detect.sentences import RememberedSentences
from redaction.detect.text import fold

from .fixture_reader import all_cases


def _texts() -> list[str]:
    return [fold(text) for text in ([doc.text for which in ("tune", "held") for doc in load_set(which)]
                                    + [case.text for case in all_cases()])]


def _randoms(count: int, seed: int) -> list[str]:
    """Kanji runs (a surname and a given name among them), kana, spaces, the punctuation the patterns read, 。 and newlines."""
    chooser = random.Random(seed)
    words = ["山田", "太郎", "花子", "佐藤", "ゆき", "あい", "ケン", "アイ", "市", "長", "々", "ヶ", "ー", "の", "は", "します",
             " ", "\u3000", "、", "。", "。", "\n", "\n", "）", "「", "」", "（", "a", "1"]
    return ["".join(chooser.choice(words) for _ in range(chooser.randint(1, 30))) for _ in range(count)]


def _sentences(text: str) -> tuple[list[str], str]:
    """The text cut as RememberedSentences cuts it: each sentence with its end read as 。, and the tail."""
    *sentences, tail = text.replace("\n", "。").split("。")
    return [sentence + "。" for sentence in sentences], tail


def test_when_a_text_is_cut_into_sentences_then_each_pattern_finds_the_same_matches() -> None:
    """The three patterns' matches, over the whole text and over its sentences (and the tail) one by one: the same."""
    backwards = person_name._KANA_GIVEN_BACKWARDS
    for text in [*_texts(), *_randoms(20_000, 14)]:
        sentences, tail = _sentences(text)
        for pattern in (person_name._FULL_NAME_RUN, person_name._KANA_GIVEN):
            assert pattern.findall(text) == [m for piece in [*sentences, tail] for m in pattern.findall(piece)], (
                pattern.pattern, text[:80])
        whole = set(backwards.findall(text[::-1]))
        assert whole == {m for piece in [*sentences, tail] for m in backwards.findall(piece[::-1])}, text[:80]


def test_when_a_question_is_asked_sentence_by_sentence_then_it_answers_as_asked_of_the_whole_text() -> None:
    """person_name's question of every hand text and fixture, asked whole and through RememberedSentences, with the
    sentences of other texts remembered first (in two orders, and with a memory small enough to be forgotten)."""
    question = person_name._a_run_may_name_someone
    texts = [*_texts(), *_randoms(3_000, 15)]
    answers = [question(text) for text in texts]
    assert 0 < sum(answers) < len(texts)  # both answers occur
    for order, most in ((texts, 1 << 17), (texts[::-1], 1 << 17), (texts, 50)):
        remembered = RememberedSentences(question, most)
        for text in order:
            assert remembered.ask(LongText(text)) == answers[texts.index(text)], text[:80]


def test_when_a_body_names_no_one_in_its_runs_then_it_is_not_scanned_again() -> None:
    """A long text (a body) whose sentences are all known to answer no is not scanned again; one that names someone is."""
    named = "本日は山田太郎さんが出席した。" * 100
    plain = "本日は委員会を開催した。" * 100
    assert person_name._a_run_may_name_someone(named) and not person_name._a_run_may_name_someone(plain)
    for text in (plain, named, plain):
        doc = Doc.of(text, DetectContext())
        assert isinstance(doc.folded, LongText)
        assert person_name._names_someone_in_a_run(doc.folded) == (text == named)
    assert person_name._names_someone_in_a_run("本日は委員会を開催した。")  # a short text is read whole, never asked
