"""Numbers a label says are a thing's, not a person's (round BF): an auction's lots, a road sign's, a dog's registration.

An auction's lots (公売番号 V, 公売番号 V から V, a
form's 公売番号 line over its value, a table's | 公売番号 | column), road signs' management numbers (標識管理番号 V), a dog's
registration (登録番号 <city>犬第V号). The lot, the sign and the dog are things: their numbers name nobody, though a
bidder's or an owner's name may stand beside them. Read only where the label stands right before the number (its
particle, a colon or a space between), alone on the line above it, or heads its table column. A dog's tag (鑑札番号)
stays read: the tuning half calls it the owner's (its register leads to the owner).
"""

from __future__ import annotations

import re

from .particulars import table_cells
from .things_numbers import numbers_a_thing_or_a_notice

# (round BJ) a street tree's, a disaster well's and a measurement's numbers (樹木番号 緑-街-0412, 井戸番号　第井-058号,
# 測定番号 照152-0044): a tree, a well and a reading are things too; the label may open a bracket (樹木番号（…）)
# (round BN) a lift's registration (昇降機登録番号 すみれ昇第V号) and a parcel's waybill (送り状番号, 伝票番号, 追跡番号)
# (round BP) a street tree's, a bus stop's and a boat's (街路樹番号 G-…, 停留所番号 S-…, 船舶番号 …): things too
# (round BR) a taxi firm's dispatch (すみれ交通の配車記録（配車番号 D-…）)
# (round BX) a deposit of old documents (寄託番号 寄-0088、名主文書一括 312点): the deposit's, though its depositor is named beside it
_THINGS_LABEL = (r"(?:公売|売却区分|物件|標識(?:管理)?|樹木|井戸|測定|昇降機(?:の?登録)?|送り状|伝票|追跡|街路樹|停留所|船舶|配車|寄託)"
                 r"番号")
# the label, then は, a colon or spaces, and for a range's second number the first and から (公売番号 V から V)
_LABEL_BEFORE = re.compile(rf"{_THINGS_LABEL}(?:は|：|:|[ \u3000（(])*(?:[0-9]{{2,4}}-[0-9]{{2,5}}[ \u3000]?(?:から|～|〜)[ \u3000]?)?第?\Z")
_LABEL_LINE = re.compile(rf"{_THINGS_LABEL}[ \u3000]*\n\Z")
# (round BP) a road's fixture named, then its 管理番号 in brackets (カーブミラー設置（管理番号 M-…）, マンホール蓋（管理番号 MH-…）):
# the fixture's number; 管理番号 alone stays unread (a care service's user has one too)
_FIXTURES_NUMBER_BEFORE = re.compile(r"(?:ミラー|マンホール|蓋|街灯|防犯灯|消火栓|標識|電柱|側溝)(?:設置|の)?[（(]管理番号[ \u3000:：]*\Z")
_DOGS_REGISTRATION = re.compile(r"[一-龯ぁ-んァ-ヶ]{1,6}犬第[0-9]{2,4}-[0-9]{3,5}号")
_LABEL_REACH = 24


def a_things_labelled_number(text: str, start: int, end: int) -> bool:
    """The number at start:end follows a thing's number label (an auction lot's, a road sign's, a dog tag's), or is a
    dog's registration written with 犬第…号."""
    if "犬第" in text[max(0, start - 8) : end] and _DOGS_REGISTRATION.search(text, max(0, start - 8), end + 1):
        return True  # 登録番号 すみれ犬第V号: the dog's registration in the city's register
    if "番号" not in text[max(0, start - _LABEL_REACH) : start]:
        return False
    window = max(0, start - _LABEL_REACH)
    return (_LABEL_BEFORE.search(text, window, start) is not None or _LABEL_LINE.search(text, window, start) is not None
            or ("管理番号" in text[window:start] and _FIXTURES_NUMBER_BEFORE.search(text, window, start) is not None))


def in_a_lots_column(text: str, start: int, end: int) -> bool:
    """The number at start:end is a cell of a table column headed by a thing's number (| 公売番号 | 入札者 |)."""
    if not ("公売番号" in text or "物件番号" in text) or "|" not in text[max(0, start - 3) : start]:
        return False
    return any(lo <= start and end <= hi and numbers_a_thing_or_a_notice(header, text[start:end])
               for header, lo, hi in table_cells(text))
