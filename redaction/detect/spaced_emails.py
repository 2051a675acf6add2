"""An e-mail address written with spaces around its @ and its dots, after a mail label (round BV).

A form's filer writes the address spaced out (`メール tooru azumi @ example . com`), so that no rule for a joined address
reads it. Read right after a mail label (メール, E-mail, e-mail, Mail and a colon or a space): Latin words, ` @ `, then
the domain's labels parted by ` . `. Only where ` @ ` stands (a literal test first).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

ANCHOR = " @ "
_SPACED = re.compile(r"(?:メール(?:アドレス)?|[Ee]-?[Mm]ail|Mail)[ \u3000]*[:：]?[ \u3000]*"
                     r"(?P<address>[A-Za-z0-9._+-]+(?: [A-Za-z0-9._+-]+){0,3} @ [A-Za-z0-9-]+(?: \. [A-Za-z0-9-]+)+)")


def spaced_addresses_after_a_label(text: str) -> Iterator[tuple[int, int]]:
    """`tooru azumi @ example . com` after メール."""
    for match in _SPACED.finditer(text):
        yield match.span("address")
