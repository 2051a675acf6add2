"""Number plates of a public body's buses (round AI).

A plate is a vehicle's owner's: a citizen's car's plate is personal (相手方の車両（八王子 500 な 4821）). A community bus's,
a city bus's or a route bus's plates are the operator's, shown on the bus itself: when the line that lists a plate names
such a bus and calls the plate its 車両番号 (コミュニティバス「すみれ号」… 車両番号は多摩200か4417、…), the plate is no one's.
The test looks back along the plate's own line only, and only when the line holds バス.

(round OJ) Two more buses' plates on such a line: a bus the line says the city owns (車両は市の所有で、登録番号は多摩 200 な
41-07), and a bus company's named as a firm (株式会社すみれ観光バスから…車両の登録番号「多摩 200 さ 14-14」): a firm's vehicle
is no person's. A plate after 登録番号 on a line naming neither stays a finding.
"""

from __future__ import annotations

import re

_BUS = re.compile("(?:コミュニティ|市営|町営|村営|路線|循環|巡回|公営|送迎)バス")
_VEHICLE_NUMBER_BEFORE = re.compile(r"車両番号[^。\n]{0,40}\Z")
_REACH = 200
# (round OJ) the city owns the vehicle (市の所有, 市有), or a firm runs the buses (株式会社…バス), before the plate's 登録番号
_OWNED_BY_A_BODY = re.compile(r"(?:車両|バス)(?:は|も)?(?:市|町|村|県|都)(?:の所有|有)|(?:株式会社|有限会社|（株）|\(株\))[一-龯ァ-ヺぁ-ゖ]{1,12}バス")
_REGISTRATION_BEFORE = re.compile(r"(?:車両番号|登録番号)[^。\n]{0,40}\Z")


def a_public_bus_plate(text: str, start: int) -> bool:
    """Whether the plate at `start` is listed as a public bus's 車両番号 on a line that names the bus."""
    line_start = text.rfind("\n", max(0, start - _REACH), start) + 1 or max(0, start - _REACH)
    if "バス" not in text[line_start:start]:
        return False
    if (_BUS.search(text, line_start, start) is not None
            and _VEHICLE_NUMBER_BEFORE.search(text, line_start, start) is not None):
        return True
    return (("所有" in text[line_start:start] or "有" in text[line_start:start] or "会社" in text[line_start:start])
            and _OWNED_BY_A_BODY.search(text, line_start, start) is not None
            and _REGISTRATION_BEFORE.search(text, line_start, start) is not None)
