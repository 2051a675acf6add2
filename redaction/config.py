"""The product configuration: the `sumi:` section of mkdocs.yml, validated at start.

Every problem is reported by key (mkdocs' habit), then the run stops once.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.yaml import get_yaml_loader

from redaction.errors import ContentError, Problem, problem

ID_PATTERN = re.compile(r"^[a-z][a-z0-9-]*$")
SPEAKER_POLICIES = ("shown", "hidden")
DETECTOR_POLICIES = ("error", "warn", "off")
APPROVAL_POLICIES = ("required", "off")   # sumi.councils.<id>.approval (YAML reads a bare off as false)
DEFAULT_APPROVALS = "approvals.jsonl"
RESERVED_CATEGORY_WORDS = frozenset({"public", "redact", "非公開"})


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    aliases: tuple[str, ...]
    basis: str


@dataclass(frozen=True)
class RetentionClass:
    id: str
    label: str
    years: int | None  # None: never leaves the site


@dataclass(frozen=True)
class Member:
    name: str
    role: str


@dataclass(frozen=True)
class Council:
    id: str
    name: str
    retention: str
    speaker_names: str  # "shown" or "hidden"
    roster: tuple[Member, ...] = ()
    approval_required: bool = False   # approval: required — published only once approved (redaction/approval.py)


@dataclass(frozen=True)
class SumiConfig:
    """What build.py needs from mkdocs.yml; `mkdocs` keeps the renderer's own settings."""

    path: Path
    city: str
    categories: Mapping[str, Category]
    retention: Mapping[str, RetentionClass]
    councils: Mapping[str, Council]
    archive_notice: str
    public_terms: tuple[str, ...]
    detector: Mapping[str, str]
    expiry_warning_days: int
    review_share: float
    mkdocs: Mapping[str, Any] = field(repr=False)
    file_sha256: str = ""          # of the file's bytes as read: what the site manifest records
    approvals: Path = Path(DEFAULT_APPROVALS)   # the approvals file (sumi.approvals, beside the configuration)

    @property
    def approval_required(self) -> bool:
        """Some council requires approval before its minutes are published."""
        return any(council.approval_required for council in self.councils.values())

    def category_for(self, word: str) -> Category | None:
        """The category named by an id or one of its Japanese aliases."""
        if word in self.categories:
            return self.categories[word]
        for category in self.categories.values():
            if word in category.aliases:
                return category
        return None


def load_config(path: Path) -> SumiConfig:
    """Read and validate mkdocs.yml; raise ContentError listing every bad key."""
    name = str(path)
    try:
        data = path.read_bytes()
        text = data.decode("utf-8-sig", errors="strict")
    except FileNotFoundError:
        raise ContentError([problem(name, 0, 0, "設定ファイルがありません。", "configuration file not found.")]) from None
    except UnicodeDecodeError as exc:
        raise ContentError([problem(name, 0, 0, "設定ファイルがUTF-8ではありません。", f"not UTF-8: {exc.reason}")]) from None
    try:
        raw = yaml.load(text, Loader=get_yaml_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise ContentError([problem(name, line, col, "設定ファイルのYAMLが読めません。", f"YAML error: {exc}")]) from None
    if not isinstance(raw, dict):
        raise ContentError([problem(name, 1, 1, "設定ファイルはマッピングでなければなりません。", "configuration must be a mapping.")])
    return replace(_ConfigReader(name, raw).read(), file_sha256=hashlib.sha256(data).hexdigest())


class _ConfigReader:
    """Collects every problem of the `sumi:` section before giving up."""

    def __init__(self, name: str, raw: dict[str, Any]) -> None:
        self.name = name
        self.raw = raw
        self.problems: list[Problem] = []

    def fail(self, key: str, ja: str, en: str) -> None:
        self.problems.append(problem(self.name, 0, 0, f"設定 {key}: {ja}", f"config {key}: {en}"))

    def read(self) -> SumiConfig:
        section = self.raw.get("sumi")
        if not isinstance(section, dict):
            self.fail("sumi", "製品設定の節がありません。", "the `sumi:` section is missing.")
            raise ContentError(self.problems)
        known = {"city", "categories", "retention", "councils", "archive_notice", "public_terms",
                 "detector", "expiry_warning_days", "review_share", "approvals"}
        for key in sorted(set(section) - known):
            self.fail(f"sumi.{key}", "不明なキーです。", "unknown key.")
        categories = self.categories(section.get("categories"))
        retention = self.retention(section.get("retention"))
        councils = self.councils(section.get("councils"), retention)
        config = SumiConfig(
            path=Path(self.name),
            city=self.string(section, "city", "sumi.city"),
            categories=categories,
            retention=retention,
            councils=councils,
            archive_notice=self.string(section, "archive_notice", "sumi.archive_notice"),
            public_terms=self.string_list(section.get("public_terms", []), "sumi.public_terms"),
            detector=self.detector(section.get("detector", {})),
            expiry_warning_days=self.integer(section.get("expiry_warning_days", 30), "sumi.expiry_warning_days"),
            review_share=self.share(section.get("review_share", 0.30), "sumi.review_share"),
            mkdocs={k: v for k, v in self.raw.items() if k != "sumi"},
            approvals=Path(self.name).resolve().parent / self.string(
                {"approvals": section.get("approvals", DEFAULT_APPROVALS)}, "approvals", "sumi.approvals"),
        )
        if self.problems:
            raise ContentError(self.problems)
        return config

    def string(self, mapping: Mapping[str, Any], key: str, where: str) -> str:
        value = mapping.get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(where, "空でない文字列を指定してください。", "must be a non-empty string.")
            return ""
        return value.strip()

    def string_list(self, value: Any, where: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.fail(where, "文字列のリストを指定してください。", "must be a list of strings.")
            return ()
        return tuple(value)

    def integer(self, value: Any, where: str, minimum: int = 0) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            self.fail(where, f"{minimum}以上の整数を指定してください。", f"must be a whole number >= {minimum}.")
            return minimum
        return value

    def share(self, value: Any, where: str) -> float:
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value <= 1:
            self.fail(where, "0から1までの数を指定してください。", "must be a number from 0 to 1.")
            return 0.0
        return float(value)

    def ids(self, value: Any, where: str) -> dict[str, dict[str, Any]]:
        if not isinstance(value, dict) or not value:
            self.fail(where, "1件以上の定義が必要です。", "must define at least one entry.")
            return {}
        good: dict[str, dict[str, Any]] = {}
        for key, entry in value.items():
            if not isinstance(key, str) or not ID_PATTERN.match(key):
                self.fail(f"{where}.{key}", "IDは英小文字・数字・ハイフンで書いてください。",
                          "ids are lower-case letters, digits and hyphens.")
            elif not isinstance(entry, dict):
                self.fail(f"{where}.{key}", "マッピングを指定してください。", "must be a mapping.")
            else:
                good[key] = entry
        return good

    def unknown_keys(self, entry: Mapping[str, Any], allowed: set[str], where: str) -> None:
        for key in sorted(set(entry) - allowed, key=str):
            self.fail(f"{where}.{key}", "不明なキーです。", "unknown key.")

    def categories(self, value: Any) -> dict[str, Category]:
        result: dict[str, Category] = {}
        seen_words: dict[str, str] = {}
        for cid, entry in self.ids(value, "sumi.categories").items():
            where = f"sumi.categories.{cid}"
            self.unknown_keys(entry, {"label", "aliases", "basis"}, where)
            aliases = self.string_list(entry.get("aliases", []), f"{where}.aliases")
            category = Category(cid, self.string(entry, "label", f"{where}.label"), aliases,
                                self.string(entry, "basis", f"{where}.basis"))
            for word in (cid, *aliases):
                if word in RESERVED_CATEGORY_WORDS:
                    self.fail(f"{where}.aliases", f"「{word}」は予約語です。", f"'{word}' is reserved.")
                elif word in seen_words and seen_words[word] != cid:
                    self.fail(f"{where}.aliases", f"「{word}」は {seen_words[word]} と重複しています。",
                              f"'{word}' is also used by {seen_words[word]}.")
                elif any(ch.isspace() or ch in ":：[]=" for ch in word):
                    self.fail(f"{where}.aliases", f"「{word}」に空白や記号は使えません。",
                              f"'{word}' may not contain spaces, colons, brackets or '='.")
                seen_words[word] = cid
            result[cid] = category
        return result

    def retention(self, value: Any) -> dict[str, RetentionClass]:
        result: dict[str, RetentionClass] = {}
        for rid, entry in self.ids(value, "sumi.retention").items():
            where = f"sumi.retention.{rid}"
            self.unknown_keys(entry, {"label", "years"}, where)
            years = entry.get("years")
            if years is not None and (not isinstance(years, int) or isinstance(years, bool) or years < 1):
                self.fail(f"{where}.years", "1以上の整数か null（常時掲載）を指定してください。",
                          "must be a whole number >= 1, or null for permanent.")
                years = None
            result[rid] = RetentionClass(rid, self.string(entry, "label", f"{where}.label"), years)
        return result

    def councils(self, value: Any, retention: Mapping[str, RetentionClass]) -> dict[str, Council]:
        result: dict[str, Council] = {}
        for cid, entry in self.ids(value, "sumi.councils").items():
            where = f"sumi.councils.{cid}"
            self.unknown_keys(entry, {"name", "retention", "speaker_names", "roster", "approval"}, where)
            rid = entry.get("retention")
            if rid not in retention:
                self.fail(f"{where}.retention", f"保存区分「{rid}」は定義されていません。",
                          f"retention class '{rid}' is not defined in sumi.retention.")
            policy = entry.get("speaker_names")
            if policy not in SPEAKER_POLICIES:
                self.fail(f"{where}.speaker_names", "shown か hidden を指定してください。",
                          "must be 'shown' or 'hidden'.")
            roster: list[Member] = []
            for i, member in enumerate(entry.get("roster", []) or []):
                if not isinstance(member, dict) or set(member) != {"name", "role"} or not all(
                        isinstance(member[k], str) and member[k].strip() for k in ("name", "role")):
                    self.fail(f"{where}.roster[{i}]", "name と role の2つを指定してください。",
                              "each member needs exactly 'name' and 'role'.")
                    continue
                roster.append(Member(member["name"].strip(), member["role"].strip()))
            approval = entry.get("approval", "off")
            if approval is False:
                approval = "off"
            if approval not in APPROVAL_POLICIES:
                self.fail(f"{where}.approval", "required か off を指定してください。", "must be 'required' or 'off'.")
            result[cid] = Council(cid, self.string(entry, "name", f"{where}.name"), str(rid),
                                  str(policy), tuple(roster), approval_required=approval == "required")
        return result

    def detector(self, value: Any) -> dict[str, str]:
        if not isinstance(value, dict):
            self.fail("sumi.detector", "種類ごとの方針（error/warn/off）のマッピングを指定してください。",
                      "must map finding types to error, warn or off.")
            return {}
        for key, policy in value.items():
            if policy not in DETECTOR_POLICIES:
                self.fail(f"sumi.detector.{key}", "error, warn, off のいずれかを指定してください。",
                          "must be error, warn or off.")
        return dict(value)
