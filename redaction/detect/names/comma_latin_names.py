"""Latin names written surname first, a comma before the given name (round AL): `Tsuzuki, Reina` in a system's row of a
customer's particulars, `4. Ishikawa, Hiroto　すみれ市…　042-…` in a list, `| Yamaguchi, Daichi | りそな銀行 … |` in a table;
(round AX) a record's value after its key name= or name: (`name=Amadi, Chinonso`), the key saying it is a name.

The name: two capitalised words joined by ", " standing as a field of their own — a line's or a list item's head, or
between the fields' marks (|, /, a tab or an ideographic space) on both sides — on a line that holds a person's particular
further on or before (a run of four digits or more, an e-mail's @, an account's kind, 丁目 or 番地). Not a place written the
same way (Minato, Tokyo), nor a row's languages (Vietnamese, Japanese). Read from each ", " before a capital (a literal: most minutes hold none), only in texts
holding a capital letter.
"""

from __future__ import annotations

import re

from ..needs import needs
from .capitalised_surnames import is_romaji
from .public import PublicNames

# (round AV) a word's letters may carry accents (Szabó, Dénes; Alarcón), a surname may be written in capitals (WIJESINGHE)
# or of two words (Ruiz Alcántara), and a field may end with ; (a CSV row), or the given name run on to the bearer's
# bracket, mail address or です (Okonkwo, Chukwuemeka（…生）; Alarcón, Pilar <…>; ○審査請求人　Lindahl, Majaです)
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_WORD = rf"[{_UPPER}](?:[{_LOWER}]{{1,15}}|[{_UPPER}]{{1,15}})"
# (round BX) a fixed-width list's column (two spaces or more on both sides: `01   HOSHINO, Kaede        D-8817-…`), and a
# name key padded before its colon (`Name        : GALLAGHER, Siobhan`)
_SURNAME_BEFORE = re.compile(rf"(?:^|[|/\t\u3000;]|  |[0-9]{{1,3}}[.)．]|(?i:name)[ ]*[=:])[ \u3000]*(?P<surname>(?=[A-Z])(?:{_WORD} )?{_WORD})\Z", re.MULTILINE)
_GIVEN_AFTER = re.compile(rf"(?P<given>[{_UPPER}][{_LOWER}]{{1,15}})(?:[ \u3000]*(?=$|[|/\t\u3000;])|(?=（|\(| <|です|  ))",
                          re.MULTILINE)
_PARTICULAR = re.compile(r"@|[0-9０-９]{4,}|普通|当座|丁目|番地|生）|生\)|^○")
_NOT_A_PERSON = frozenset(("Japan", "Tokyo", "Osaka", "Kyoto", "Inc", "Ltd", "Co", "Jr", "Sr", "Esq", "City", "Ward", "Town",
                           "Prefecture", "Mr", "Ms", "Mrs", "Dr", "Yes", "No", "Note", "Sumire",
                           # languages a row lists (Vietnamese, Japanese): a column of languages spoken, no person
                           "English", "French", "German", "Spanish", "Portuguese", "Russian", "Arabic", "Hindi", "Thai",
                           "Tagalog", "Filipino", "Korean", "Indonesian", "Italian", "Turkish", "Persian", "Urdu",
                           "Bengali", "Mongolian", "Sinhala", "Nepali"))
_LANGUAGE_ENDING = "ese"  # Japanese, Chinese, Vietnamese, Burmese, Nepalese
_SURNAME_REACH = 24
_COMMA_BEFORE_A_CAPITAL = re.compile(f", (?=[{_UPPER}])")  # opens with a literal: the engine's fast skip


# (round BX) a surname in capitals and a given name, both romaji, need no other particular: a table's cell (`| ① |
# KANZAKI, Tetsuo | 無事 |`), or the name run into Japanese on both sides (`母はSAKURAGI, Michiyoとして`)
_JAPANESE = "ぁ-ゖァ-ヺ一-龯"
_IN_JAPANESE_BEFORE = re.compile(rf"[{_JAPANESE}「（](?P<surname>[A-Z]{{2,15}})\Z")
_IN_JAPANESE_AFTER = re.compile(rf"(?P<given>[A-Z][a-z]{{1,15}})(?=[{_JAPANESE}」）])")
_CELL_BEFORE = re.compile(r"\|[ \u3000]*\Z")


def _romaji_in_capitals(surname: str, given: str) -> bool:
    return surname.isupper() and is_romaji(surname) and is_romaji(given) and given not in _NOT_A_PERSON and surname.title() not in _NOT_A_PERSON


def _a_romaji_name_in_japanese(text: str, comma: int) -> tuple[int, int] | None:
    """(round BX) `SAKURAGI, Michiyo` run into Japanese on both sides: both words romaji, the surname in capitals."""
    before = _IN_JAPANESE_BEFORE.search(text, max(0, comma - 16), comma)
    after = _IN_JAPANESE_AFTER.match(text, comma + 2) if before is not None else None
    if before is None or after is None or not _romaji_in_capitals(before.group("surname"), after.group("given")):
        return None
    return before.start("surname"), after.end("given")


_NAME_KEYS = ("name=", "name:")


def _after_a_name_key(text: str, line_start: int, start: int) -> bool:
    """(round AX) a record's key says the field is a name (name=Amadi, Chinonso; NAME: …): no other particular needed.
    (round BX) the key may be padded before its colon (`Name        : GALLAGHER, Siobhan`)."""
    return text[line_start:start].rstrip(" ").lower().replace(" ", "").endswith(_NAME_KEYS)


def parts_around_a_comma(text: str, comma: int, width: int, surname_before: re.Pattern[str], given_after: re.Pattern[str],
                         reach: int) -> tuple[int, re.Match[str] | None, re.Match[str] | None]:
    """The comma's line start, the surname before it (searched within `reach`, on its line) and the given name after it
    (`width` the comma's and its space's), for the readings of names written surname, comma, given name."""
    line_start = text.rfind("\n", 0, comma) + 1
    before = surname_before.search(text, max(line_start, comma - reach), comma)
    after = given_after.match(text, comma + width) if before is not None else None
    return line_start, before, after


@needs(", ", capital=True)
def surname_comma_given_names(text: str, public: PublicNames) -> list[tuple[int, int]]:
    """`Surname, Given` standing as a field of its own on a line of a person's particulars."""
    found: list[tuple[int, int]] = []
    for opening in _COMMA_BEFORE_A_CAPITAL.finditer(text):
        line_start, before, after = parts_around_a_comma(text, opening.start(), 2, _SURNAME_BEFORE, _GIVEN_AFTER, _SURNAME_REACH)
        if before is not None and after is not None:
            start, end = before.start("surname"), after.end("given")
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            words = (*before.group("surname").split(" "), after.group("given"))
            if (not any(word in _NOT_A_PERSON or word.endswith(_LANGUAGE_ENDING) for word in words) and text[start:end] not in public
                    and (_PARTICULAR.search(text, end, line_end) or _PARTICULAR.search(text[line_start:start])
                         or _after_a_name_key(text, line_start, start)
                         or (len(words) == 2 and _CELL_BEFORE.search(text, line_start, start) is not None
                             and _romaji_in_capitals(*words)))):
                found.append((start, end))
        elif (span := _a_romaji_name_in_japanese(text, opening.start())) is not None and text[span[0]:span[1]] not in public:
            found.append(span)
    return found
