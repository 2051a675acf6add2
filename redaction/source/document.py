"""Reading one minutes document: UTF-8 check, front matter schema, tag lexing — fail closed.

Capture first, interpret elsewhere: this module only turns a file into a SourceDocument
(or a ContentError at file:line:col). What gets published is decided in redact.py.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from redaction.core import clerk_messages as say
from redaction.core.clerk_messages import Message
from redaction.core.config import SumiConfig
from redaction.core.errors import ContentError, Problem, problem
from redaction.source.raw_html import raw_html_problems
from redaction.source.tags import Lexed, lex

REQUIRED_KEYS = ("title", "council", "date")
STRING_KEYS = ("title", "place", "hearing_reason", "contact")
LIST_KEYS = ("attendees", "absentees", "secretariat", "agenda")
TIME_KEYS = ("start", "end")
ALLOWED_KEYS = frozenset({*REQUIRED_KEYS, *STRING_KEYS, *LIST_KEYS, *TIME_KEYS,
                          "hearing", "retention", "status", "internal"})
STATUSES = ("final", "draft")
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # libyaml: the same nodes and marks, ten times faster
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_FRONT_MATTER_END = re.compile(r"^(---|\.\.\.)[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class SourceDocument:
    """A minutes document as its source says, with every tag found."""

    path: Path
    rel: str                                  # path relative to the content folder, POSIX style
    council: str
    date: date
    status: str
    retention: str | None
    start: str | None
    end: str | None
    hearing: bool | None
    fields: Mapping[str, Lexed]               # title, place, hearing_reason, contact
    lists: Mapping[str, tuple[Lexed, ...]]    # attendees, absentees, secretariat, agenda
    body: Lexed
    body_line: int                            # file line of the body's first line
    internal_keys: tuple[str, ...] = field(default=())
    text_sha256: str = ""                     # of the text as read (UTF-8, line ends normalized): names this version
    file_sha256: str = ""                     # of the file's bytes as read: what the site manifest records

    @property
    def title(self) -> Lexed:
        return self.fields["title"]

    def all_lexed(self) -> list[tuple[str, Lexed]]:
        """Every lexed text of the document with a name: front-matter values, then the body."""
        named = [(key, value) for key, value in self.fields.items()]
        for key, values in self.lists.items():
            named.extend((f"{key}[{i}]", value) for i, value in enumerate(values))
        named.append(("body", self.body))
        return named


def decode_text(data: bytes, name: str) -> str:
    """A file's bytes as UTF-8 text (a BOM is fine; anything else is a ContentError naming the file)."""
    try:
        text = data.decode("utf-8-sig", errors="strict")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ContentError([say.SOURCE_NOT_UTF8.at(name, line, col, reason=exc.reason)]) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_document(path: Path, rel: str, config: SumiConfig) -> SourceDocument:
    """Read and check one source file; raise ContentError listing all its problems."""
    data = path.read_bytes()
    text = decode_text(data, rel)
    if not text.startswith("---\n"):
        raise ContentError([say.SOURCE_NO_FRONT_MATTER.at(rel, 1, 1)])
    end = _FRONT_MATTER_END.search(text, 4)
    if end is None:
        raise ContentError([say.SOURCE_FRONT_MATTER_OPEN.at(rel, 1, 1)])
    front = text[4:end.start()]
    body_offset = end.end() + 1 if end.end() < len(text) else len(text)
    body_line = text.count("\n", 0, body_offset) + 1
    reader = _FrontMatterReader(rel, front, config)
    values = reader.read()
    body = _lex_or_collect(reader.problems, text[body_offset:], rel, config, first_line=body_line,
                           first_col=1, allow_blocks=True)
    if reader.problems:
        raise ContentError(reader.problems)
    assert body is not None
    return SourceDocument(
        path=path, rel=rel, council=values["council"], date=values["date"],
        status=values.get("status", "final"), retention=values.get("retention"),
        start=values.get("start"), end=values.get("end"), hearing=values.get("hearing"),
        fields={k: values[k] for k in STRING_KEYS if k in values},
        lists={k: values[k] for k in LIST_KEYS if k in values},
        body=body, body_line=body_line,
        internal_keys=tuple(sorted(values.get("internal", {}))),
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        file_sha256=hashlib.sha256(data).hexdigest(),
    )


def _lex_or_collect(problems: list[Problem], text: str, file: str, config: SumiConfig, *, first_line: int,
                    first_col: int, allow_blocks: bool) -> Lexed | None:
    words = [w for c in config.categories.values() for w in (c.id, *c.aliases)] + ["public"]
    lookup = _lookup(config)
    try:
        lexed = lex(text, file, lookup, first_line=first_line, first_col=first_col,
                    allow_blocks=allow_blocks, near_miss_words=words)
    except ContentError as exc:
        problems.extend(exc.problems)
        return None
    problems.extend(raw_html_problems(lexed, file))  # Sumi publishes text, not markup (raw_html.py)
    return lexed


def _lookup(config: SumiConfig):
    def lookup(word: str) -> str | None:
        category = config.category_for(word)
        return category.id if category else None
    return lookup


class _FrontMatterReader:
    """Validates the front matter against the v1 schema, keeping YAML positions for messages."""

    def __init__(self, file: str, front: str, config: SumiConfig) -> None:
        self.file = file
        self.front = front
        self.config = config
        self.problems: list[Problem] = []

    def fail(self, node: yaml.Node | None, message: Message, key: str = "", **parts: Any) -> None:
        line, col = (node.start_mark.line + 2, node.start_mark.column + 1) if node is not None else (1, 1)
        prefix_ja, prefix_en = (f"「{key}」: ", f"'{key}': ") if key else ("", "")
        ja, en = message.texts(**parts)
        self.problems.append(problem(self.file, line, col, prefix_ja + ja, prefix_en + en))

    def read(self) -> dict[str, Any]:
        try:
            root = yaml.compose(self.front, Loader=YAML_LOADER)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line, col = (mark.line + 2, mark.column + 1) if mark else (1, 1)
            hint = getattr(exc, "problem", None) or str(exc)
            self.problems.append(say.SOURCE_YAML.at(self.file, line, col, hint=hint))
            return {}
        if not isinstance(root, yaml.MappingNode):
            self.fail(root, say.SOURCE_NOT_MAPPING)
            return {}
        values: dict[str, Any] = {}
        nodes: dict[str, yaml.Node] = {}
        constructor = yaml.constructor.SafeConstructor()  # what SafeLoader constructs with, without a parser
        for key_node, value_node in root.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            if key in nodes:
                self.fail(key_node, say.SOURCE_KEY_TWICE, key)
                continue
            if key not in ALLOWED_KEYS:
                self.fail(key_node, say.SOURCE_UNKNOWN_KEY, key, allowed=", ".join(sorted(ALLOWED_KEYS)))
                continue
            nodes[key] = value_node
            try:
                values[key] = constructor.construct_document(value_node)
            except (yaml.YAMLError, ValueError, TypeError) as exc:  # e.g. 2024-02-30 read as a date
                constructor = yaml.constructor.SafeConstructor()  # a failed construction leaves state behind
                self.fail(value_node, say.SOURCE_UNREADABLE, key, error=exc)
        for key in REQUIRED_KEYS:
            if key not in nodes and not any(p.ja.startswith(f"「{key}」") for p in self.problems):
                self.fail(None, say.SOURCE_REQUIRED, key)
        return self.check(values, nodes)

    def check(self, values: dict[str, Any], nodes: dict[str, yaml.Node]) -> dict[str, Any]:
        checked: dict[str, Any] = {}
        for key, value in values.items():
            node = nodes[key]
            result = getattr(self, f"check_{key}", self.check_string)(key, value, node)
            if result is not None:
                checked[key] = result
        return checked

    def lex_value(self, key: str, value: Any, node: yaml.Node) -> Lexed | None:
        if isinstance(value, list) and _looks_like_unquoted_tag(node):
            self.fail(node, say.SOURCE_TAG_AS_LIST, key)
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(node, say.SOURCE_TEXT, key)
            return None
        quoted = isinstance(node, yaml.ScalarNode) and node.style in ("'", '"')
        return _lex_or_collect(self.problems, value, self.file, self.config, first_line=node.start_mark.line + 2,
                               first_col=node.start_mark.column + 1 + int(quoted), allow_blocks=False)

    def check_string(self, key: str, value: Any, node: yaml.Node) -> Lexed | None:
        return self.lex_value(key, value, node)

    def check_list(self, key: str, value: Any, node: yaml.Node) -> tuple[Lexed, ...] | None:
        if isinstance(value, str) and isinstance(node, yaml.ScalarNode):  # `secretariat: 総務課`: a one-item list
            item = self.lex_value(f"{key}[0]", value, node)
            return None if item is None else (item,)
        if not isinstance(value, list) or not isinstance(node, yaml.SequenceNode):
            self.fail(node, say.SOURCE_LIST, key)
            return None
        items = [self.lex_value(f"{key}[{i}]", item, item_node)
                 for i, (item, item_node) in enumerate(zip(value, node.value, strict=True))]
        if any(item is None for item in items):
            return None
        return tuple(item for item in items if item is not None)

    check_attendees = check_absentees = check_secretariat = check_agenda = check_list

    def check_council(self, key: str, value: Any, node: yaml.Node) -> str | None:
        if value not in self.config.councils:
            self.fail(node, say.SOURCE_COUNCIL, key, council=value, defined=", ".join(self.config.councils))
            return None
        return str(value)

    def check_date(self, key: str, value: Any, node: yaml.Node) -> date | None:
        if isinstance(value, date) and not hasattr(value, "hour"):
            return value
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.fail(node, say.SOURCE_DATE, key)
        return None

    def check_start(self, key: str, value: Any, node: yaml.Node) -> str | None:
        if isinstance(value, str) and _TIME.match(value):
            return value
        self.fail(node, say.SOURCE_TIME, key)
        return None

    check_end = check_start

    def check_hearing(self, key: str, value: Any, node: yaml.Node) -> bool | None:
        if isinstance(value, bool):
            return value
        self.fail(node, say.SOURCE_HEARING, key)
        return None

    def check_retention(self, key: str, value: Any, node: yaml.Node) -> str | None:
        if value not in self.config.retention:
            self.fail(node, say.SOURCE_RETENTION, key, retention=value, defined=", ".join(self.config.retention))
            return None
        return str(value)

    def check_status(self, key: str, value: Any, node: yaml.Node) -> str | None:
        if value not in STATUSES:
            self.fail(node, say.SOURCE_STATUS, key)
            return None
        return str(value)

    def check_internal(self, key: str, value: Any, node: yaml.Node) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.fail(node, say.SOURCE_INTERNAL, key)
            return None
        return value


def _looks_like_unquoted_tag(node: yaml.Node) -> bool:
    """`title: [[personal: x]]` parses as a flow list inside a flow list: the tell-tale of a missing quote."""
    return (isinstance(node, yaml.SequenceNode) and node.flow_style is True and bool(node.value)
            and isinstance(node.value[0], yaml.SequenceNode) and node.value[0].flow_style is True)
