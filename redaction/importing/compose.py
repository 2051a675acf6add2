"""A Draft → the text of one format-v1 source: front matter (header, provenance) and Markdown body."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import yaml

from redaction.core import clerk_messages as say
from redaction.core.errors import Problem
from redaction.importing import spans as sp
from redaction.importing.header import read_header
from redaction.importing.header_find import find_header
from redaction.importing.markdown import body, escape_value, inline
from redaction.importing.model import Block, Draft, place_problem

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)   # libyaml when present: the same YAML, faster
FRONT_ORDER = ("title", "council", "date", "start", "end", "place", "attendees", "absentees", "secretariat",
               "hearing", "hearing_reason", "agenda", "contact", "internal")


@dataclass(frozen=True)
class Composed:
    """One input made into a source text, or the problems that stop it."""

    draft: Draft
    date: date | None = None
    text: str = ""
    warnings: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()


def compose(draft: Draft, council: str, fallback_date: date | None) -> Composed:
    if draft.problems:
        return Composed(draft, problems=draft.problems)
    raw = draft.kind == "markdown"
    entries, blocks = find_header(draft.blocks)
    header = read_header(draft.name, entries, raw=raw)
    values: dict[str, object] = dict(header.values)
    problems = list(header.problems)
    warnings = list(header.warnings)
    if "title" not in values:
        heading = next((b for b in blocks if b.kind == "heading"), None)
        if heading is not None:
            values["title"] = inline(heading.spans, escape=(lambda t: t) if raw else escape_value, line_break=" ")
            blocks = [b for b in blocks if b is not heading]
        else:
            problems.append(place_problem(draft.name, "", *say.IMPORTING_NO_TITLE.texts()))
    if "date" not in values:
        if fallback_date is None:
            problems.append(place_problem(draft.name, "", *say.IMPORTING_NO_DATE.texts()))
        else:
            values["date"] = fallback_date
    elif fallback_date is not None and values["date"] != fallback_date:
        own_date = say.IMPORTING_OWN_DATE.line(joined_by="/ ", date=values["date"], given=fallback_date)
        warnings.append(f"{draft.name}: {own_date}")
    if draft.images:
        warnings.append(f"{draft.name}: {say.IMPORTING_IMAGES_LEFT_OUT.line(joined_by='/ ', count=draft.images)}")
    if problems:
        return Composed(draft, warnings=tuple(warnings), problems=tuple(problems))
    values["council"] = council
    values["internal"] = _provenance(draft)
    text = _front_matter(values) + "\n" + body([*header.leftovers, *_drop_empty(blocks)]) + "\n"
    found = values["date"]
    assert isinstance(found, date)
    return Composed(draft, found, text, tuple(warnings))


def _provenance(draft: Draft) -> dict[str, str]:
    """Where the source came from: for the audit trail only (`internal:` is never published)."""
    record = {"imported_from": draft.name.replace("\\", "/").rsplit("/", 1)[-1], "sha256": draft.sha256,
              "format": draft.kind}
    if draft.encoding:
        record["encoding"] = draft.encoding
    return record


def _front_matter(values: dict[str, object]) -> str:
    ordered = {key: values[key] for key in FRONT_ORDER if key in values}
    dumped = yaml.dump(ordered, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, default_flow_style=False,
                       width=10**6)
    return f"---\n{dumped}---\n"


def _drop_empty(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.kind in ("table", "markdown") or sp.plain(b.spans).strip(" \t\u3000\n")]
