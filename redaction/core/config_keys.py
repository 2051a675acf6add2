"""The `sumi:` configuration declared once: every key's path, kind of value, default and meaning.

From this one table come the reader's checks and defaults (redaction/core/config.py: unknown keys,
wrong values, missing keys) and the manual's 「設定項目」 (docs/admin/configuration.md, written by
`python -m docs.tools.config_reference`). A key that is not declared here is an unknown key.

Paths are below `sumi:`. `<id>` stands for an entry's id (lower-case letters, digits and
hyphens), `<type>` for any key of a free mapping, `[]` for each member of a list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from redaction.core import clerk_messages as say
from redaction.core.clerk_messages import Message

ID_PATTERN = re.compile(r"^[a-z][a-z0-9-]*$")
SPEAKER_POLICIES = ("shown", "hidden")
DETECTOR_POLICIES = ("error", "warn", "off")
APPROVAL_POLICIES = ("required", "off")   # sumi.councils.<id>.approval (YAML reads a bare off as false)
DEFAULT_APPROVALS = "approvals.jsonl"


class InvalidValueError(Exception):
    """A value its kind refuses, with the message that says why."""

    def __init__(self, message: Message, **parts: Any) -> None:
        super().__init__(message.id)
        self.message = message
        self.parts = parts


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Any = _Required()   # the default of a key that must be written


@dataclass(frozen=True)
class Kind:
    """What a value must be: `shown` in the manual, `read` by the reader.

    shape: "value" — `read` takes the value as written and gives the value kept, or raises InvalidValueError;
    "entries" — a mapping of ids to mappings whose keys are declared as `<path>.<id>.<key>`;
    "map" — a mapping of any keys to values of the kind declared as `<path>.<type>`;
    "members" — a list of mappings whose keys are declared as `<path>[].<key>`.
    `invalid` is the message for a value of the wrong shape (or, for members, of a wrong member).
    """

    shown: str
    read: Callable[[Any], Any] = lambda value: value
    shape: str = "value"
    invalid: Message | None = None


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(say.CONFIG_TEXT)
    return value.strip()


def _texts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise InvalidValueError(say.CONFIG_TEXTS)
    return tuple(value)


def _whole(minimum: int) -> Callable[[Any], int]:
    def read(value: Any) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            raise InvalidValueError(say.CONFIG_WHOLE, minimum=minimum)
        return value
    return read


def _share(value: Any) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value <= 1:
        raise InvalidValueError(say.CONFIG_SHARE)
    return float(value)


def _years(value: Any) -> int | None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
        raise InvalidValueError(say.CONFIG_YEARS)
    return value


def _choice(values: tuple[str, ...], message: Message, false_is: str | None = None) -> Callable[[Any], str]:
    def read(value: Any) -> str:
        if value is False and false_is is not None:
            value = false_is
        if value not in values:
            raise InvalidValueError(message)
        return str(value)
    return read


TEXT = Kind("空でない文字列", _text)
TEXTS = Kind("文字列のリスト", _texts)
WHOLE_FROM_0 = Kind("整数（0以上）", _whole(0))
SHARE = Kind("0から1までの数", _share)
YEARS = Kind("1以上の整数か null", _years)
RETENTION_ID = Kind("`sumi.retention` のID", str)   # checked against sumi.retention once that is read
SPEAKER_NAMES = Kind("`shown` か `hidden`", _choice(SPEAKER_POLICIES, say.CONFIG_SPEAKER_NAMES))
APPROVAL = Kind("`required` か `off`", _choice(APPROVAL_POLICIES, say.CONFIG_APPROVAL, false_is="off"))
DETECTOR_POLICY = Kind("`error`・`warn`・`off` のどれか", _choice(DETECTOR_POLICIES, say.CONFIG_DETECTOR_POLICY))
DETECTOR = Kind("種類 → error / warn / off のマッピング", shape="map", invalid=say.CONFIG_DETECTOR)
ROSTER = Kind("`name` と `role` の組のリスト", shape="members", invalid=say.CONFIG_ROSTER_MEMBER)


def entries(noun: str) -> Kind:
    return Kind(f"ID → {noun}のマッピング（1件以上）", shape="entries", invalid=say.CONFIG_ENTRIES)


@dataclass(frozen=True)
class Key:
    path: str          # below `sumi:`: "councils.<id>.roster[].name"
    kind: Kind
    default: Any       # REQUIRED when the key must be written; otherwise read like a written value
    description: str   # what it means, in Japanese: the manual's text for administrators


KEYS: tuple[Key, ...] = (
    Key("city", TEXT, REQUIRED, "市の名前。ページの文言やフィードの題名に使います。"),
    Key("categories", entries("区分"), REQUIRED,
        "非公開の区分。IDは英小文字・数字・ハイフン（例: `personal`）で、タグ `[[personal: …]]` に書きます。"
        "条例の条番号は市ごとに違うので、区分と根拠は設定です。"),
    Key("categories.<id>.label", TEXT, REQUIRED,
        "区分の日本語名（例: 個人情報）。公開ページの「■■■ 非公開・個人情報」に表示されます。"),
    Key("categories.<id>.aliases", TEXTS, [],
        "タグに書ける別名（例: `[個人情報, 個人]` で `[[個人情報: …]]` が書けます）。空白・コロン・角括弧・= は使えません。"
        "public・redact・非公開 は予約語です。"),
    Key("categories.<id>.basis", TEXT, REQUIRED,
        "非公開の根拠（例: すみれ市情報公開条例第7条第1号（個人に関する情報））。ブロックの告知と監査台帳に出ます。"),
    Key("retention", entries("保存区分"), REQUIRED, "掲載期間の区分（保存区分）。"),
    Key("retention.<id>.label", TEXT, REQUIRED, "保存区分の日本語名（例: 翌年度から3年間）。"),
    Key("retention.<id>.years", YEARS, None,
        "会議の翌年度から数えて何年度の間サイトに載せるか（1以上の整数）。`null` は常時掲載（サイトから外れません）。"),
    Key("councils", entries("審議会"), REQUIRED, "審議会。IDは原稿の `council:` に書きます。"),
    Key("councils.<id>.name", TEXT, REQUIRED, "審議会の名前（例: 個人情報保護運営審議会）。"),
    Key("councils.<id>.retention", RETENTION_ID, REQUIRED,
        "この審議会の会議録の既定の保存区分（`sumi.retention` のID）。原稿の `retention:` で1件ずつ変えられます。"),
    Key("councils.<id>.speaker_names", SPEAKER_NAMES, REQUIRED,
        "`shown`: 発言者の名前を載せる。`hidden`: 名簿の委員を本文では役職だけで示す（「北村会長：」→「会長：」）。"
        "出席者欄の名前はそのままです。"),
    Key("councils.<id>.roster", ROSTER, [],
        "委員の名簿（`name` と `role` の組のリスト）。`hidden` の審議会で名前を役職に置き換えるのに使い、"
        "個人情報の検出では公開の名前として扱います。"),
    Key("councils.<id>.roster[].name", TEXT, REQUIRED, "委員の氏名（姓と名の間に空白、例: 北村 誠一）。"),
    Key("councils.<id>.roster[].role", TEXT, REQUIRED, "役職（例: 会長、会長職務代理、委員）。"),
    Key("councils.<id>.approval", APPROVAL, "off",
        "`required` にすると、この審議会の会議録は承認（`python build.py approve`）された内容のときだけ公開されます。"),
    Key("archive_notice", TEXT, REQUIRED,
        "掲載期間を過ぎた会議録をどこで読めるか（情報コーナー、図書館など）。「掲載期間を過ぎた会議録」のページと保存用バンドルに出ます。"),
    Key("public_terms", TEXTS, [],
        "公開してよいと確認済みの語（市の代表電話番号など）。整合性の検査・漏えい検査・個人情報の検出の対象になりません。"),
    Key("detector", DETECTOR, {},
        "個人情報の検出の方針を種類ごとに。`error`: ビルドを止める、`warn`: 警告して続ける、`off`: 検出しない。"
        "種類: phone, email, postal_address, birth_date, my_number, bank_account, personal_id, person_name。"
        "書かない種類は既定（person_name は warn、ほかは error）。"),
    Key("detector.<type>", DETECTOR_POLICY, REQUIRED, "その種類の方針（例: `phone: warn`）。"),
    Key("expiry_warning_days", WHOLE_FROM_0, 30,
        "掲載期間の終わりがこの日数以内の会議録を、ビルドの要約に警告として出します。"),
    Key("review_share", SHARE, 0.30, "監査資料で「要確認」とする、非公開にした文字の割合（0.30 なら 30 % 超）。"),
    Key("approvals", TEXT, DEFAULT_APPROVALS,
        "承認（決裁）の記録ファイル。設定ファイルのあるフォルダからの相対パス。"
        "1行に1件の JSON（原稿のパス、内容の sha256、承認者、役職、日付、メモ）。"),
)


def children(parent: str, keys: tuple[Key, ...] = KEYS) -> dict[str, Key]:
    """The keys declared directly below `parent` ("" for `sumi:` itself), by their last name."""
    prefix = f"{parent}." if parent else ""
    return {key.path[len(prefix):]: key for key in keys
            if key.path.startswith(prefix) and "." not in key.path[len(prefix):]}
