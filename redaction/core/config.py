"""The product configuration: the `sumi:` section of mkdocs.yml, validated at start.

What keys there are, what each must be and its default are declared once, in config_keys.py;
this module reads the file by that declaration into the records below. Every problem is reported
by key (mkdocs' habit) at the YAML file:line:col of the key or value, then the run stops once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.yaml import get_yaml_loader

from redaction.core import clerk_messages as say
from redaction.core.clerk_messages import Message
from redaction.core.config_keys import DEFAULT_APPROVALS, ID_PATTERN, REQUIRED, InvalidValueError, Key, children
from redaction.core.errors import ContentError, Problem, problem

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
    approval_required: bool = False   # approval: required — published only once approved (redaction/checks/approval.py)


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
    # Where each `sumi.detector.<type>` key is written (line, col): the safety net names it when the
    # policy it reads there is wrong (the detector's types are known only to detect/, a later stage).
    detector_positions: Mapping[str, tuple[int, int]] = field(default_factory=dict, repr=False, compare=False)

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


Where = tuple[str | int, ...]   # a key's path in the file: ("sumi", "councils", "kojin-joho", "roster", 0)


def load_config(path: Path) -> SumiConfig:
    """Read and validate mkdocs.yml; raise ContentError listing every bad key."""
    name = str(path)
    try:
        data = path.read_bytes()
        text = data.decode("utf-8-sig", errors="strict")
    except FileNotFoundError:
        raise ContentError([say.CONFIG_MISSING.at(name, 0, 0)]) from None
    except UnicodeDecodeError as exc:
        raise ContentError([say.CONFIG_NOT_UTF8.at(name, 0, 0, reason=exc.reason)]) from None
    try:
        raw, positions = _parse(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise ContentError([say.CONFIG_YAML.at(name, line, col, error=exc)]) from None
    if not isinstance(raw, dict):
        raise ContentError([say.CONFIG_NOT_MAPPING.at(name, 1, 1)])
    return replace(_ConfigReader(name, raw, positions).read(), file_sha256=hashlib.sha256(data).hexdigest())


def _parse(text: str) -> tuple[Any, Positions]:
    """The document as mkdocs reads it (`yaml.load` with its loader), and where its keys and values are."""
    loader = get_yaml_loader()(text)
    try:
        root = loader.get_single_node()
        return (loader.construct_document(root) if root is not None else None), Positions(root)
    finally:
        loader.dispose()


class Positions:
    """Where each key and each value of a YAML document starts (1-based line and column), by path."""

    def __init__(self, root: yaml.Node | None) -> None:
        self.keys: dict[Where, tuple[int, int]] = {}
        self.values: dict[Where, tuple[int, int]] = {}
        if root is not None:
            self._walk(root, (), ())

    def _walk(self, node: yaml.Node, where: Where, inside: tuple[int, ...]) -> None:
        if id(node) in inside:   # an alias of its own ancestor
            return
        self.values[where] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    self.keys[(*where, key.value)] = (key.start_mark.line + 1, key.start_mark.column + 1)
                    self._walk(value, (*where, key.value), (*inside, id(node)))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                self._walk(item, (*where, i), (*inside, id(node)))

    def of(self, where: Where, *, key: bool = False) -> tuple[int, int]:
        """The key's position (key=True) or its value's; a key not written: where its nearest parent is."""
        found = (self.keys if key else self.values).get(where)
        if found:
            return found
        for end in range(len(where) - 1, 0, -1):
            if where[:end] in self.keys:
                return self.keys[where[:end]]
        return 0, 0


def _shown(where: Where) -> str:
    """A path as messages show it: sumi.councils.kojin-joho.roster[0]."""
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in where).removeprefix(".")


class _ConfigReader:
    """Reads the `sumi:` section by its declaration (config_keys.py), collecting every problem before giving up."""

    def __init__(self, name: str, raw: dict[str, Any], positions: Positions) -> None:
        self.name = name
        self.raw = raw
        self.positions = positions
        self.problems: list[Problem] = []

    def fail(self, where: Where, message: Message, *, key: bool = False, **parts: Any) -> None:
        """A problem at the key (key=True) or its value, named by its path."""
        line, col = self.positions.of(where, key=key)
        ja, en = message.texts(**parts)
        shown = _shown(where)
        self.problems.append(problem(self.name, line, col, f"設定 {shown}: {ja}", f"config {shown}: {en}"))

    def read(self) -> SumiConfig:
        section = self.raw.get("sumi")
        if not isinstance(section, dict):
            self.fail(("sumi",), say.CONFIG_NO_SECTION)
            raise ContentError(self.problems)
        values = self.mapping(section, "", ("sumi",))
        categories = self.categories(values["categories"])
        retention = {rid: RetentionClass(rid, entry["label"], entry["years"])
                     for rid, entry in values["retention"].items()}
        councils = self.councils(values["councils"], retention)
        if self.problems:
            raise ContentError(self.problems)
        return SumiConfig(
            path=Path(self.name),
            city=values["city"],
            categories=categories,
            retention=retention,
            councils=councils,
            archive_notice=values["archive_notice"],
            public_terms=values["public_terms"],
            detector=values["detector"],
            expiry_warning_days=values["expiry_warning_days"],
            review_share=values["review_share"],
            mkdocs={k: v for k, v in self.raw.items() if k != "sumi"},
            approvals=Path(self.name).resolve().parent / values["approvals"],
            detector_positions={str(name): self.positions.of(("sumi", "detector", str(name)), key=True)
                                for name in values["detector"]},
        )

    def mapping(self, value: Mapping[Any, Any], parent: str, where: Where) -> dict[str, Any]:
        """The keys declared below `parent`, each read (or its default); every other key is unknown."""
        declared = children(parent)
        for unknown in sorted(set(value) - set(declared), key=str):
            self.fail((*where, str(unknown)), say.CONFIG_UNKNOWN_KEY, key=True)
        return {name: self.value(key, value[name] if name in value else None if key.default is REQUIRED
                                 else key.default, (*where, name))
                for name, key in declared.items()}

    def value(self, key: Key, value: Any, where: Where) -> Any:
        """One value read by its key's kind; None (with a problem) when it is wrong."""
        kind = key.kind
        if kind.shape == "entries":
            if not isinstance(value, dict) or not value:
                self.fail(where, kind.invalid)
                return {}
            entries: dict[str, dict[str, Any]] = {}
            for entry_id, entry in value.items():
                here = (*where, str(entry_id))
                if not isinstance(entry_id, str) or not ID_PATTERN.match(entry_id):
                    self.fail(here, say.CONFIG_ID, key=True)
                elif not isinstance(entry, dict):
                    self.fail(here, say.CONFIG_ENTRY)
                else:
                    entries[entry_id] = self.mapping(entry, f"{key.path}.<id>", here)
            return entries
        if kind.shape == "map":
            if not isinstance(value, dict):
                self.fail(where, kind.invalid)
                return {}
            (each,) = children(key.path).values()
            return {name: self.value(each, item, (*where, str(name))) for name, item in value.items()}
        if kind.shape == "members":
            declared = children(f"{key.path}[]")
            members: list[dict[str, Any]] = []
            for i, member in enumerate(value or []):
                try:
                    if not isinstance(member, dict) or set(member) != set(declared):
                        raise InvalidValueError(kind.invalid)
                    members.append({name: each.kind.read(member[name]) for name, each in declared.items()})
                except InvalidValueError:
                    self.fail((*where, i), kind.invalid)
            return members
        try:
            return kind.read(value)
        except InvalidValueError as exc:
            self.fail(where, exc.message, **exc.parts)
            return None

    def categories(self, entries: Mapping[str, Mapping[str, Any]]) -> dict[str, Category]:
        """The categories, once no two share a word and no word is reserved or unfit for a tag."""
        result: dict[str, Category] = {}
        seen_words: dict[str, str] = {}
        for cid, entry in entries.items():
            where = ("sumi", "categories", cid, "aliases")
            aliases = entry["aliases"] or ()
            for word in (cid, *aliases):
                if word in RESERVED_CATEGORY_WORDS:
                    self.fail(where, say.CONFIG_RESERVED, word=word)
                elif word in seen_words and seen_words[word] != cid:
                    self.fail(where, say.CONFIG_DUPLICATE, word=word, other=seen_words[word])
                elif any(ch.isspace() or ch in ":：[]=" for ch in word):
                    self.fail(where, say.CONFIG_WORD_CHARACTERS, word=word)
                seen_words[word] = cid
            result[cid] = Category(cid, entry["label"], aliases, entry["basis"])
        return result

    def councils(self, entries: Mapping[str, Mapping[str, Any]],
                 retention: Mapping[str, RetentionClass]) -> dict[str, Council]:
        """The councils, once each names a retention class that is defined."""
        result: dict[str, Council] = {}
        for cid, entry in entries.items():
            if entry["retention"] not in retention:
                self.fail(("sumi", "councils", cid, "retention"), say.CONFIG_RETENTION, retention=entry["retention"])
            roster = tuple(Member(member["name"], member["role"]) for member in entry["roster"])
            result[cid] = Council(cid, entry["name"], entry["retention"], str(entry["speaker_names"]), roster,
                                  approval_required=entry["approval"] == "required")
        return result
