"""Speaker-name policy: where a council hides names, members appear by their role only."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from redaction.core.config import Council, Member

ROLE_WORDS = ("会長職務代理", "副会長", "会長", "委員長", "委員")


def _name_variants(member: Member) -> list[str]:
    parts = member.name.split()
    joined = "".join(parts)
    variants = {member.name, joined, "\u3000".join(parts)}
    return sorted(variants, key=len, reverse=True)


def hide_names(text: str, council: Council) -> str:
    """Replace roster members' names by their role where the council hides speaker names.

    「北村 誠一」 and 「北村誠一会長」 become 「会長」; 「大野委員」 becomes 「委員」. A surname
    alone, without a role after it, is left as it is (it may be a place or a company).
    """
    if council.speaker_names != "hidden" or not council.roster:
        return text
    return _pattern(council.roster).sub(lambda m: _replacement(m, council.roster), text)


def name_replacements(text: str, council: Council) -> list[tuple[int, int, str]]:
    """Where hide_names replaces a name in `text`, and by what: (start, end, role), in order."""
    if council.speaker_names != "hidden" or not council.roster:
        return []
    return [(m.start(), m.end(), _replacement(m, council.roster)) for m in _pattern(council.roster).finditer(text)]


@cache  # one pattern per roster and process, not one per document
def _pattern(roster: tuple[Member, ...]) -> re.Pattern[str]:
    roles = "|".join(ROLE_WORDS)
    alternatives: list[str] = []
    initials = sorted({variant[0] for member in roster for variant in _name_variants(member)})
    for index, member in enumerate(roster):
        names = "|".join(re.escape(v) for v in _name_variants(member))
        surname = re.escape(member.name.split()[0])
        alternatives.append(f"(?P<full{index}>(?:{names})(?:{roles})?)")
        alternatives.append(f"(?P<sur{index}>{surname})(?P<role{index}>{roles})")
    # The lookahead lets the engine skip, at C speed, every position where no name can start.
    return re.compile(f"(?=[{''.join(re.escape(c) for c in initials)}])(?:{'|'.join(alternatives)})")


def _replacement(match: re.Match[str], roster: Sequence[Member]) -> str:
    """The role for a full name (group fullN), the role written after a surname (surN then roleN)."""
    group = match.lastgroup or ""      # the last group that closed: fullN, or roleN after surN
    if group.startswith("full"):
        return roster[int(group.removeprefix("full"))].role
    if group.startswith("role"):
        return match.group(group)
    return match.group(0)
