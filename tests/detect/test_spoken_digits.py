"""The runs of digits read aloud, kept for the text last read: each text gets its own runs, whichever was read before."""

from redaction.detect.spoken_digits import digits_read_aloud

PHONE_SAID = "電話は 0、8、0、5、5、5、2、6、4、1、9 です。"
KATAKANA_SAID = "番号は ゼロ、キュウ、ゼロ、ゴ、ゴ、ゴ、ハチ、イチ、ナナ、ゼロ、サン と言われました。"


def test_when_two_texts_are_read_in_turn_then_each_gets_its_own_runs() -> None:
    for _ in range(2):
        assert [digits for _, _, digits in digits_read_aloud(PHONE_SAID)] == ["08055526419"]
        assert [digits for _, _, digits in digits_read_aloud(KATAKANA_SAID)] == ["09055581703"]
        assert digits_read_aloud("、のない文、数字なし") == ()


def test_when_a_run_is_found_then_its_span_covers_the_digits_said() -> None:
    ((start, end, _),) = digits_read_aloud(PHONE_SAID)
    assert PHONE_SAID[start:end] == "0、8、0、5、5、5、2、6、4、1、9"
