"""Clerks' messages in one catalogue: an id, the Japanese, the English, and what to do.

The readers of the configuration, of the sources' front matter and of the tags take their
messages from here, and the manual's 「エラーと対処」 (docs/clerk/errors.md) is made from here by
`python -m docs.tools.messages`. A text's parts known only at run time are `{named}` fields
(str.format); the page shows them as 「…」. `fix` says what to do when the Japanese text does not
say it itself (「…してください」); the generator refuses a message that has neither.

Messages of other modules are still found in their code by the generator (see its docstring).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from redaction.errors import Problem, problem


@dataclass(frozen=True)
class Message:
    id: str        # "<section>.<what>": the section is the reader that gives it (config, source, tags)
    ja: str
    en: str
    fix: str = ""  # what to do, for the manual; "" when `ja` says it

    def texts(self, **parts: Any) -> tuple[str, str]:
        """The Japanese and the English with the run-time parts filled in."""
        return self.ja.format(**parts), self.en.format(**parts)

    def at(self, file: str, line: int, col: int, **parts: Any) -> Problem:
        """This message as a Problem at file:line:col."""
        return problem(file, line, col, *self.texts(**parts))


_ADMIN = "綴りを確認してください。使えるキーは「設定項目」のページにあります。"

# --- the configuration, redaction/config.py (the administrator's) ---------------------------------
CONFIG_MISSING = Message(
    "config.missing", "設定ファイルがありません。", "configuration file not found.",
    "`--config` でファイルを指定するか、mkdocs.yml のあるフォルダで実行してください。")
CONFIG_NOT_UTF8 = Message(
    "config.not_utf8", "設定ファイルがUTF-8ではありません。", "not UTF-8: {reason}",
    "mkdocs.yml を UTF-8 で保存し直してください。")
CONFIG_YAML = Message(
    "config.yaml", "設定ファイルのYAMLが読めません。", "YAML error: {error}",
    "示された行のインデント（字下げ）とコロンを確認してください。タブ文字は使えません。")
CONFIG_NOT_MAPPING = Message(
    "config.not_mapping", "設定ファイルはマッピングでなければなりません。", "configuration must be a mapping.",
    "mkdocs.yml は「キー: 値」の行で書きます。配布の mkdocs.yml と見比べてください。")
CONFIG_NO_SECTION = Message(
    "config.no_section", "製品設定の節がありません。", "the `sumi:` section is missing.",
    "mkdocs.yml に `sumi:` の節を加えてください（「設定項目」のページ）。")
CONFIG_UNKNOWN_KEY = Message("config.unknown_key", "不明なキーです。", "unknown key.", _ADMIN)
CONFIG_TEXT = Message("config.text", "空でない文字列を指定してください。", "must be a non-empty string.")
CONFIG_TEXTS = Message("config.texts", "文字列のリストを指定してください。", "must be a list of strings.")
CONFIG_WHOLE = Message("config.whole", "{minimum}以上の整数を指定してください。", "must be a whole number >= {minimum}.")
CONFIG_SHARE = Message("config.share", "0から1までの数を指定してください。", "must be a number from 0 to 1.")
CONFIG_ENTRIES = Message(
    "config.entries", "1件以上の定義が必要です。", "must define at least one entry.",
    "categories・retention・councils には、それぞれ少なくとも1件を定義してください。")
CONFIG_ID = Message("config.id", "IDは英小文字・数字・ハイフンで書いてください。",
                    "ids are lower-case letters, digits and hyphens.")
CONFIG_ENTRY = Message("config.entry", "マッピングを指定してください。", "must be a mapping.")
CONFIG_RESERVED = Message(
    "config.reserved", "「{word}」は予約語です。", "'{word}' is reserved.",
    "public・redact・非公開 はタグの書き方に使う語なので、区分のIDや別名にはできません。別の語にしてください。")
CONFIG_DUPLICATE = Message(
    "config.duplicate", "「{word}」は {other} と重複しています。", "'{word}' is also used by {other}.",
    "同じ語を2つの区分のIDや別名にはできません。どちらかから外してください。")
CONFIG_WORD_CHARACTERS = Message(
    "config.word_characters", "「{word}」に空白や記号は使えません。",
    "'{word}' may not contain spaces, colons, brackets or '='.",
    "区分のIDや別名には、空白・コロン・角括弧・= を含めないでください。")
CONFIG_YEARS = Message("config.years", "1以上の整数か null（常時掲載）を指定してください。",
                       "must be a whole number >= 1, or null for permanent.")
CONFIG_RETENTION = Message(
    "config.retention", "保存区分「{retention}」は定義されていません。",
    "retention class '{retention}' is not defined in sumi.retention.",
    "sumi.retention にある保存区分ID（web-3y など）を指定するか、その区分を sumi.retention に定義してください。")
CONFIG_SPEAKER_NAMES = Message("config.speaker_names", "shown か hidden を指定してください。",
                               "must be 'shown' or 'hidden'.")
CONFIG_ROSTER_MEMBER = Message("config.roster_member", "name と role の2つを指定してください。",
                               "each member needs exactly 'name' and 'role'.")
CONFIG_APPROVAL = Message("config.approval", "required か off を指定してください。", "must be 'required' or 'off'.")
CONFIG_DETECTOR = Message("config.detector", "種類ごとの方針（error/warn/off）のマッピングを指定してください。",
                          "must map finding types to error, warn or off.")
CONFIG_DETECTOR_POLICY = Message("config.detector_policy", "error, warn, off のいずれかを指定してください。",
                                 "must be error, warn or off.")


def catalogue() -> tuple[Message, ...]:
    """Every message of this module, in the order written."""
    return tuple(value for value in globals().values() if isinstance(value, Message))
