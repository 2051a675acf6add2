"""Number plates of a public body's buses (round AI).

A plate is a vehicle's owner's: a citizen's car's plate is personal (相手方の車両（八王子 500 な 4821）). A community bus's,
a city bus's or a route bus's plates are the operator's, shown on the bus itself: when the line that lists a plate names
such a bus and calls the plate its 車両番号 (コミュニティバス「すみれ号」… 車両番号は多摩200か4417、…), the plate is no one's.
The test looks back along the plate's own line only, and only when the line holds バス.
"""

from __future__ import annotations

import re

_BUS = re.compile("(?:コミュニティ|市営|町営|村営|路線|循環|巡回|公営|送迎)バス")
_VEHICLE_NUMBER_BEFORE = re.compile(r"車両番号[^。\n]{0,40}\Z")
_REACH = 200


def a_public_bus_plate(text: str, start: int) -> bool:
    """Whether the plate at `start` is listed as a public bus's 車両番号 on a line that names the bus."""
    line_start = text.rfind("\n", max(0, start - _REACH), start) + 1 or max(0, start - _REACH)
    if "バス" not in text[line_start:start]:
        return False
    return (_BUS.search(text, line_start, start) is not None
            and _VEHICLE_NUMBER_BEFORE.search(text, line_start, start) is not None)
