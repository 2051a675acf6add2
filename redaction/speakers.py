"""Speaker-name policy: where a council hides names, members appear by their role only."""

from __future__ import annotations

import re
from collections.abc import Sequence

from redaction.config import Council, Member

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


def _pattern(roster: Sequence[Member]) -> re.Pattern[str]:
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
    for index, member in enumerate(roster):
        if match.group(f"full{index}"):
            return member.role
        if match.group(f"sur{index}"):
            return match.group(f"role{index}")
    return match.group(0)
