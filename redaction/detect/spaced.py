"""(round O) OCR'd text with a space between every character, read as its unspaced form.

A ledger read by OCR comes out as `0 4 2 - 3 7 4 - 5 0 6 8`, `昭 和 ５ ２ 年 ４ 月 １ ８ 日`,
`仙 波　 和 人`: no rule reads a value cut by spaces. A line whose characters are mostly joined
by single spaces is read once more with those spaces taken out (`仙波　和人`: an ideographic
space, the name's own gap, stays), and a finding that needed a removed space is mapped back
onto the spaced original.

Gate: the text holds three one-character words in a row (`0 4 2`), then each line is measured
and kept when it or a line beside it holds three such words;
a table's line (`| 1 | 正 |`) and English prose (spaces beside Latin letters) are never spaced.

(round AV) Digits spaced one by one inside a line otherwise written close (個人番号は 3 3 5 1 1 1 9 9 4 9 8 8 です,
携帯は 0 9 0、5 5 5 6、2 7 1 8, 普通 1 0 4 7 7 2 9: a number read out or copied digit by digit): the run alone — seven digits
or more, a hyphen or 、 between its groups — is read unspaced, found from the anchor's lines. And a form's boxes, one character
each (│0│4│2│-│5│5│5│…│, found where │ stands): read without the rules between them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# The cheap anchor: three single characters joined by single spaces (not Latin letters' words).
# Written from its first space (the first character, and what stands before it, looked behind at): a
# pattern that opens with a literal is searched by a fast skip to it, one opening with a lookbehind is
# tried at every position (30 times slower over a corpus). It matches where `(?<![^\s])X X X(?![^\s])`
# does, one character later.
ANCHOR = re.compile(r" (?<=(?<![^\s])[^\sA-Za-z] )[^\sA-Za-z] [^\sA-Za-z](?![^\s])")
# A joining space: one ASCII space between two characters that are not ASCII spaces.
_JOIN = re.compile(r"(?<=[^ \n]) (?=[^ \n])")
_WORD_GAP = re.compile(r"(?<=[^\sA-Za-z])   ?(?=[^\sA-Za-z])")  # (round Q) two spaces between spaced words; (round T) or three
_MIN_CHARACTERS = 4  # characters beside a joining space in a spaced line
# (round R) A spaced label, an ideographic space, and one word after it (the value, unspaced).
_SPACED_LABEL = re.compile(r"[>\-*]?[ ]?(?P<label>[^\s|] [^\s|] [^\s|](?: [^\s|])*)[ ]?\u3000+[^\s]+[ ]?$")


# (round X) A line of a form's head that ends with a number's label and the number read character by character
# (letters too), the line's other words written close.
_SPACED_VALUE_AT_END = re.compile(r"(?:番号|ID|No\.?)[ ]+(?:[0-9A-Za-z] ){2,}(?:- )?(?:[0-9A-Za-z-] ){2,}[0-9A-Za-z][ ]*$")


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def spaced_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line whose characters are mostly joined by single spaces."""
    if ANCHOR.search(text) is None:
        return
    lines = text.split("\n")
    # is_spaced_at, its cheap half first: only a line with the anchor in it or beside it is measured
    # (a table's lines hold the anchor, `1 | 正`, and the measure costs a Python step per character).
    anchored = [ANCHOR.search(line) is not None for line in lines]
    start = 0
    for n, line in enumerate(lines):
        end = start + len(line)
        if any(anchored[max(0, n - 1) : n + 2]) and _is_spaced(line):
            yield start, end
        start = end + 1


# (round AV) a run of single digits joined by single spaces, its groups parted by a hyphen or 、 (with a space or not)
_DIGIT_RUN = re.compile(r"(?<![0-9])[0-9](?: [0-9]| ?[-、] ?[0-9])+(?![0-9])")
_RUN_DIGITS = 7
# Where such a run stands: three digits joined by single spaces, written from its first space as ANCHOR is (a table's
# `| 1 | 2 |` holds ANCHOR on every row, not this)
_DIGIT_ANCHOR = re.compile(r" (?<=[0-9] )[0-9] [0-9]")


def spaced_ranges_of_an_anchored_text(text: str) -> list[tuple[int, int]]:
    """spaced_lines, and in the other lines holding ANCHOR (not a table's row) each run of seven or more digits spaced one
    by one, in the text's order."""
    lines = text.split("\n")
    anchored = [ANCHOR.search(line) is not None for line in lines]
    ranges: list[tuple[int, int]] = []
    start = 0
    for n, line in enumerate(lines):
        end = start + len(line)
        if any(anchored[max(0, n - 1) : n + 2]) and _is_spaced(line):
            ranges.append((start, end))
        elif anchored[n] and not line.startswith("|") and _DIGIT_ANCHOR.search(line) is not None:
            ranges.extend((start + run.start(), start + run.end()) for run in _DIGIT_RUN.finditer(line)
                          if " " in run.group() and sum(ch.isdigit() for ch in run.group()) >= _RUN_DIGITS)
        start = end + 1
    return ranges


# (round AV) a form's boxes, one character each (│0│4│2│-│5│5│5│-│3│9│0│7│): read without the rules between them
_BOX_RUN = re.compile("│(?:[0-9A-Za-z-]│){4,}")


def boxed_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of a form's one-character boxes."""
    return [run.span() for run in _BOX_RUN.finditer(text)]


def is_spaced_at(lines: list[str], n: int) -> bool:
    """Line n is mostly spaced, and it or a line beside it holds the anchor (`仙 波　 和 人` under a
    heading `申 請 者`): a list of short words (- 市長 三上) measures as spaced but holds none."""
    return _is_spaced(lines[n]) and any(ANCHOR.search(line) for line in lines[max(0, n - 1) : n + 2])


def _is_spaced(line: str) -> bool:
    if line.lstrip().startswith("|"):
        return False
    label = _SPACED_LABEL.match(line)
    if label is not None and _is_spaced(label.group("label")):
        return True  # (round R) 申 込 番 号　Ｐ－３５－０２１７: a label read by OCR, then its value as one word
    if _SPACED_VALUE_AT_END.search(line) is not None:
        return True  # (round X) 交付申請書          申請番号 K S 5 3 - 0 0 6 1: a number's label, then the number spaced
    beside: set[int] = set()
    for join in _JOIN.finditer(line):
        before, after = join.start() - 1, join.end()
        if _is_latin(line[before]) or _is_latin(line[after]):
            continue
        beside.update(i for i in (before, after) if not line[i].isspace())
    counted = sum(1 for ch in line if not ch.isspace() and not _is_latin(ch))
    return len(beside) >= _MIN_CHARACTERS and 2 * len(beside) >= counted


def unspaced(text: str, lines: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """The text with the joining spaces of `lines` taken out, and each character's original offset."""
    pieces: list[str] = []
    origin: list[int] = []
    done = 0
    for start, end in lines:
        pieces.append(text[done:start])
        origin.extend(range(done, start))
        if text.startswith("│", start):  # (round AV) a run of boxes: the rules between its characters go
            removed = {i for i in range(start, end) if text[i] == "│"}
            for i in range(start, end):
                if i not in removed:
                    pieces.append(text[i])
                    origin.append(i)
            done = end
            continue
        removed = {m.start() for m in _JOIN.finditer(text, start, end)}
        # (round Q) two spaces between spaced words are the gap of a name (佐 久 間  恒 夫): one stays
        removed |= {i for m in _WORD_GAP.finditer(text, start, end)
                    if m.start() - 2 in removed or m.end() + 1 in removed for i in range(m.start(), m.end() - 1)}
        for i in range(start, end):
            if i not in removed:
                pieces.append(text[i])
                origin.append(i)
        done = end
    pieces.append(text[done:])
    origin.extend(range(done, len(text)))
    origin.append(len(text))
    return "".join(pieces), origin
