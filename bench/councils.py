"""A configuration with many councils, for benchmarks of a site shaped like a real city's.

The sample configuration has two councils, so a 10,000-document corpus generated from it
holds about 385 meetings per council and fiscal year; a city's councils meet a few to a dozen
times a year, and a site of 10,000 minutes has dozens of councils. ``write_config`` writes a
copy of mkdocs.yml whose ``sumi.councils`` lists ``count`` councils: the sample's first, then
those of ``bench/words/councils.yaml``, each with a roster of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CONFIG = REPO / "mkdocs.yml"
COUNCILS_FILE = Path(__file__).resolve().parent / "words" / "councils.yaml"
ROLES = ("会長", "会長職務代理", "委員", "委員", "委員", "委員", "委員")


def councils(count: int, base: dict[str, Any]) -> dict[str, Any]:
    """``count`` council entries: the base configuration's, then the benchmark list's."""
    words = yaml.safe_load(COUNCILS_FILE.read_text(encoding="utf-8"))
    chosen = dict(list(base.items())[:count])
    extra = words["councils"][: max(0, count - len(chosen))]
    if len(chosen) + len(extra) < count:
        raise ValueError(f"at most {len(base) + len(words['councils'])} councils")
    surnames, given = words["roster_surnames"], words["roster_given_names"]
    template = next(iter(base.values()))
    for index, council in enumerate(extra):
        size = 5 + index % 3
        roster = [{"name": f"{surnames[(index * 7 + j) % len(surnames)]} {given[(index * 11 + j * 3) % len(given)]}",
                   "role": ROLES[j]} for j in range(size)]
        chosen[council["id"]] = {"name": council["name"], "retention": template["retention"],
                                 "speaker_names": "shown" if index % 2 else "hidden", "roster": roster}
    return chosen


def write_config(out: Path, count: int, base_config: Path = DEFAULT_CONFIG) -> Path:
    """Write ``out``: ``base_config`` with ``count`` councils and its theme folder made absolute."""
    settings = yaml.safe_load(base_config.read_text(encoding="utf-8"))
    settings["sumi"]["councils"] = councils(count, settings["sumi"]["councils"])
    theme = settings.get("theme") or {}
    if "custom_dir" in theme:
        theme["custom_dir"] = str((base_config.parent / theme["custom_dir"]).resolve())
    out.write_text(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out
