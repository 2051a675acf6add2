"""Problems as a clerk reads them: one message per finding however often it repeats, a line per kind.

A withheld sentence that stands untagged in a thousand documents, or one switchboard number
on every page, is one finding: it is printed once, with its count and its first few places
(`check --format json` lists every place). After the messages, one closing line per kind
says how many there are. At most MAX_GROUPS messages are printed; the rest are counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from redaction.core.errors import Problem

SHOWN_PLACES = 5    # the first place and four more
MAX_GROUPS = 40

_KINDS: dict[str, tuple[str, str]] = {
    "consistency": ("非公開の文字列がタグなしで書かれている", "withheld text standing untagged"),
    "raw_html": ("HTMLが書かれている", "raw HTML in a source"),
    "leak": ("公開ファイルに非公開の文字列がある", "withheld text in an output file"),
    "": ("原稿・設定の誤り", "content or configuration error"),
}


@dataclass(frozen=True)
class Group:
    """One finding and every place it stands, in order."""

    first: Problem
    places: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.places)


def groups_of(problems: Sequence[Problem]) -> list[Group]:
    """Problems with the same message, grouped; groups in the order of their first place."""
    places: dict[tuple[str, str, str], list[Problem]] = {}
    for item in sorted(problems):
        places.setdefault((item.kind, item.ja, item.en), []).append(item)
    found = [Group(items[0], tuple(str(p.location) for p in items)) for items in places.values()]
    return sorted(found, key=lambda g: g.first.location)


def kind_label(kind: str) -> tuple[str, str]:
    if kind.startswith("detector:"):
        from redaction.detect.messages import TYPE_LABELS  # only when a finding is reported

        type_ = kind.split(":", 1)[1]
        ja, en = TYPE_LABELS.get(type_, (type_, type_))
        return f"タグのない{ja}の可能性", f"possible untagged {en}"
    return _KINDS.get(kind, (kind, kind))


def _more(group: Group) -> str:
    shown = ", ".join(group.places[1:SHOWN_PLACES])
    rest = group.count - SHOWN_PLACES
    tail_ja = f" ほか{rest}か所" if rest > 0 else ""
    tail_en = f" and {rest} more" if rest > 0 else ""
    return (f"同じ指摘が計{group.count}か所: {shown}{tail_ja} / the same at {group.count} places: "
            f"{shown}{tail_en} (全箇所 every place: build.py check --format json)")


def report_lines(problems: Sequence[Problem]) -> list[str]:
    """The lines of the error report, after its first line."""
    groups = groups_of(problems)
    lines: list[str] = []
    for group in groups[:MAX_GROUPS]:
        lines.append(f"  {group.first.location}: {group.first.ja}\n      {group.first.en}")
        if group.count > 1:
            lines.append(f"      {_more(group)}")
    if len(groups) > MAX_GROUPS:
        hidden = groups[MAX_GROUPS:]
        lines.append(f"  … ほか{len(hidden)}種類・{sum(g.count for g in hidden)}か所（build.py check --format json で全件）"
                     f" / … {len(hidden)} more findings at {sum(g.count for g in hidden)} places (all of them: "
                     "build.py check --format json)")
    lines.append("── 種類別 / by kind ──")
    by_kind: Counter[str] = Counter()
    kinds_groups: Counter[str] = Counter()
    for group in groups:
        by_kind[group.first.kind] += group.count
        kinds_groups[group.first.kind] += 1
    for kind in sorted(by_kind, key=lambda k: (-by_kind[k], k)):
        ja, en = kind_label(kind)
        lines.append(f"  {ja}: {by_kind[kind]}か所（{kinds_groups[kind]}件）/ {en}: {by_kind[kind]} place(s), "
                     f"{kinds_groups[kind]} distinct")
    return lines


def grouped_warnings(problems: Sequence[Problem]) -> list[str]:
    """Warnings, one line per finding, with the count and the first places when it repeats."""
    return [f"{g.first.location}: {g.first.ja} / {g.first.en}" + (f" — {_more(g)}" if g.count > 1 else "")
            for g in groups_of(problems)]
