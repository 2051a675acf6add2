"""What a finding of each type does to the build: stop it, warn, or nothing."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .registry import RECOGNIZERS, STRUCTURED_TYPES

ERROR = "error"  # stops the build like any content error
WARN = "warn"  # listed; the build goes on
OFF = "off"
LEVELS: frozenset[str] = frozenset({ERROR, WARN, OFF})

DEFAULT_POLICY: Mapping[str, str] = MappingProxyType(
    {**{t: ERROR for t in STRUCTURED_TYPES}, "person_name": WARN}
)


class PolicyError(ValueError):
    """The configured policy names an unknown type or level; `keys` are the configured types at fault."""

    def __init__(self, message: str, keys: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.keys = keys


def resolve_policy(configured: Mapping[str, str] | None) -> Mapping[str, str]:
    """DEFAULT_POLICY overridden by the configuration; unknown keys or levels are errors."""
    configured = configured or {}
    unknown_types = sorted(set(configured) - set(RECOGNIZERS))
    bad_levels = sorted(f"{k}={v}" for k, v in configured.items() if v not in LEVELS)
    if unknown_types or bad_levels:
        raise PolicyError(
            "個人情報検出の設定が不正です / invalid detector policy: "
            + ", ".join([*(f"未知の種類 unknown type '{t}'" for t in unknown_types), *(f"不正な値 bad level '{b}'" for b in bad_levels)])
            + f" (種類 types: {', '.join(RECOGNIZERS)}; 値 levels: error, warn, off)",
            keys=tuple(k for k in configured if k in unknown_types or configured[k] not in LEVELS),
        )
    return MappingProxyType({**DEFAULT_POLICY, **configured})
