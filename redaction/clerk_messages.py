"""Clerks' messages in one catalogue: an id, the Japanese, the English, and what to do.

The readers of the configuration, of the sources' front matter, of the tags and of the approvals
file take their messages from here, and the manual's 「エラーと対処」 (docs/clerk/errors.md) is made from here by
`python -m docs.tools.messages`. A text's parts known only at run time are `{named}` fields
(str.format); the page shows them as 「…」. `fix` says what to do when the Japanese text does not
say it itself (「…してください」), or is AS_SECTION when the general fix of the message's section of
the page applies; the generator refuses a message that has neither.

Messages of other modules are still found in their code by the generator (see its docstring).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from redaction.errors import Problem, problem


@dataclass(frozen=True)
class Message:
    id: str        # "<section>.<what>": the section is the reader that gives it (config, source, tags, approval)
    ja: str
    en: str
    fix: str = ""  # what to do, for the manual; "" when `ja` says it; AS_SECTION: its section's general fix

    def texts(self, **parts: Any) -> tuple[str, str]:
        """The Japanese and the English with the run-time parts filled in."""
        return self.ja.format(**parts), self.en.format(**parts)

    def at(self, file: str, line: int, col: int, **parts: Any) -> Problem:
        """This message as a Problem at file:line:col."""
        return problem(file, line, col, *self.texts(**parts))


AS_SECTION = "(the section's fix)"   # a message whose fix is the one its section of the page gives all
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


# --- the sources and their front matter, redaction/source.py (the clerk's) ------------------------
SOURCE_NOT_UTF8 = Message("source.not_utf8", "UTF-8として読めない文字があります。UTF-8で保存し直してください。",
                          "not valid UTF-8 ({reason}): save the file as UTF-8.")
SOURCE_NO_FRONT_MATTER = Message(
    "source.no_front_matter", "先頭にYAMLフロントマター（---で囲む）が必要です。",
    "the file must start with YAML front matter between '---' lines.",
    "ファイルの1行目を「---」にし、title・council・date を書いて「---」の行で閉じてください（「会議録の書き方」）。")
SOURCE_FRONT_MATTER_OPEN = Message(
    "source.front_matter_open", "フロントマターが「---」の行で閉じられていません。",
    "front matter is not closed by a '---' line.", "フロントマターの最後に「---」だけの行を加えてください。")
SOURCE_YAML = Message("source.yaml", "フロントマターのYAMLが読めません。タグを含む値は引用符で囲んでください。",
                      "front matter is not valid YAML ({hint}); quote values that contain tags.")
SOURCE_NOT_MAPPING = Message("source.not_mapping", "フロントマターは「キー: 値」の形で書いてください。",
                             "front matter must be a mapping.")
SOURCE_KEY_TWICE = Message("source.key_twice", "同じキーが2回あります。", "key given twice.",
                           "フロントマターから、同じキーの行を1つ消してください。")
SOURCE_UNKNOWN_KEY = Message(
    "source.unknown_key", "不明なキーです（使えるキー: {allowed}）。",
    "unknown key (a misspelt key could publish or hide text silently).",
    "キーの綴りを確認してください。綴り違いのキーで意図しない公開や非公開が起きないよう、知らないキーはエラーにしています。"
    "公開しないメモは `internal:` の下に書けます。")
SOURCE_UNREADABLE = Message("source.unreadable", "値が読めません（日付なら実在する日を YYYY-MM-DD で）。",
                            "value cannot be read ({error}); a date must be a real YYYY-MM-DD day.",
                            "日付が実在するか（2月30日など）と、書き方を確認してください。")
SOURCE_REQUIRED = Message("source.required", "必須のキーがありません。", "required key is missing.",
                          "title・council・date の3つは必ず書いてください。")
SOURCE_TAG_AS_LIST = Message("source.tag_as_list", "タグがリストとして読まれました。値全体を引用符（\"…\"）で囲んでください。",
                             "a tag was read by YAML as a list: put the whole value in quotes.")
SOURCE_TEXT = Message("source.text", "空でない文字列を書いてください。", "must be a non-empty string.")
SOURCE_LIST = Message("source.list", "1つの値か、リスト（- で始まる行）で書いてください。", "must be one string or a list.")
SOURCE_COUNCIL = Message(
    "source.council", "審議会ID「{council}」は設定にありません（{defined}）。",
    "council '{council}' is not defined in sumi.councils.",
    "`council:` には括弧内の審議会IDのどれかを書いてください。新しい審議会は管理者が設定に加えます。")
SOURCE_DATE = Message("source.date", "日付は YYYY-MM-DD（例: 2024-05-14）で書いてください。",
                      "the date must be ISO YYYY-MM-DD, e.g. 2024-05-14.")
SOURCE_TIME = Message("source.time", "時刻は \"14:00\" のように引用符で囲んだ HH:MM で書いてください。",
                      "times are quoted \"HH:MM\" strings (unquoted 14:00 is read by YAML as a number).")
SOURCE_HEARING = Message("source.hearing", "true（傍聴可）か false（傍聴不可）を書いてください。", "must be true or false.")
SOURCE_RETENTION = Message(
    "source.retention", "保存区分「{retention}」は設定にありません（{defined}）。",
    "retention class '{retention}' is not defined in sumi.retention.",
    "`retention:` には括弧内の保存区分IDのどれかを書くか、行を消して審議会の既定にしてください。")
SOURCE_STATUS = Message("source.status", "final（公開）か draft（下書き・非公開）を書いてください。",
                        "must be 'final' or 'draft'.")
SOURCE_INTERNAL = Message("source.internal", "マッピング（キー: 値）で書いてください。", "must be a mapping.")

# --- confidentiality tags, redaction/tags.py (the clerk's) ------------------------------------------
TAGS_BLOCK_NOT_HERE = Message("tags.block_not_here", "ここではブロックタグ（:::）は使えません。",
                              "block tags (:::) are not allowed here.",
                              "フロントマターの値の中では、インラインのタグ [[区分: 文字列]] を使ってください。")
TAGS_CLOSES_NOTHING = Message(
    "tags.closes_nothing", "閉じる対象のない「:::」です。対応する「::: redact 区分」を書くか、この行を削除してください。",
    "':::' closes no block: add the matching '::: redact CATEGORY' or remove the line.")
TAGS_BLOCK_IN_BLOCK = Message("tags.block_in_block", "ブロックの中で別のブロックは開けません。先のブロックを「:::」で閉じてください。",
                              "a block cannot open inside a block: close the first one with ':::'.")
TAGS_BLOCK_LINE = Message("tags.block_line", "「:::」の行は「::: redact 区分」か「:::」だけにしてください。",
                          "a ':::' line must be '::: redact CATEGORY' or ':::' alone.")
TAGS_BLOCK_OPEN = Message("tags.block_open", "ブロックが閉じられていません。最後に「:::」の行を加えてください。",
                          "block left open: add a ':::' line where it ends.")
TAGS_SINGLE_BRACKET = Message("tags.single_bracket", "タグは「[[区分: 文字列]]」のように角括弧を2つ重ねて書いてください。",
                              "a tag needs double brackets: [[CATEGORY: text]].")
TAGS_FULL_WIDTH = Message("tags.full_width", "全角の「［［」「］］」はタグになりません。半角の「[[」「]]」で書いてください。",
                          "full-width brackets do not make a tag: write [[ and ]] in half-width.")
TAGS_UNOPENED = Message("tags.unopened", "対応する「[[」のない「]]」です。文字として書くときは「\\]]」としてください。",
                        "']]' without a matching '[[': write '\\]]' for a literal ']]'.")
TAGS_UNCLOSED = Message("tags.unclosed", "「[[」が閉じられていません（空行をまたぐことはできません）。「]]」で閉じてください。",
                        "'[[' is not closed before a blank line or the end: close it with ']]'.")
TAGS_NESTED = Message("tags.nested", "タグの中に「[[」は書けません。文字として書くときは「\\[[」としてください。",
                      "'[[' inside a tag: tags do not nest; write '\\[[' for a literal '[['.")
TAGS_NO_COLON = Message("tags.no_colon", "タグにコロンがありません。「[[区分: 文字列]]」と書いてください。",
                        "tag without a colon: write [[CATEGORY: text]].")
TAGS_EMPTY = Message("tags.empty", "タグの中の文字列が空です。", "the tag has no text.",
                     "タグの中に非公開にする文字列を書くか、タグごと削除してください。")
TAGS_PUBLIC_ATTRIBUTES = Message("tags.public_attributes", "[[public: …]] には属性を付けられません。",
                                 "[[public: …]] takes no attributes.",
                                 "until や note は非公開のタグにだけ付けられます。[[public: …]] からは外してください。")
TAGS_UNKNOWN_CATEGORY = Message(
    "tags.unknown_category", "不明な区分「{word}」です。設定（mkdocs.yml の sumi.categories）にある区分IDか別名を使ってください。",
    "unknown category '{word}': use a category id or alias from sumi.categories in mkdocs.yml.")
TAGS_ATTRIBUTE_FORM = Message("tags.attribute_form", "属性は「until=YYYY-MM-DD」「note=\"…\"」の形で書いてください。",
                              "attributes are until=YYYY-MM-DD and note=\"…\".")
TAGS_UNKNOWN_ATTRIBUTE = Message("tags.unknown_attribute", "不明な属性「{name}」です（until と note が使えます）。",
                                 "unknown attribute '{name}' (until and note are allowed).",
                                 "属性は until=YYYY-MM-DD と note=\"…\" の2つだけです。綴りを確認してください。")
TAGS_ATTRIBUTE_TWICE = Message("tags.attribute_twice", "属性「{name}」が重複しています。", "attribute '{name}' given twice.",
                               "同じ属性（until や note）は1つのタグに1回だけ書いてください。")
TAGS_UNTIL = Message("tags.until", "until の日付「{until}」が正しくありません。YYYY-MM-DD で書いてください。",
                     "until date '{until}' is not a valid YYYY-MM-DD date.")

# --- the approvals file, redaction/approval.py (the clerk's and the superior's) ---------------------
APPROVALS_NOT_UTF8 = Message(
    "approval.not_utf8", "決裁記録がUTF-8ではありません。", "the approvals file is not UTF-8: {reason}.",
    "決裁記録を UTF-8 で保存し直してください（メモ帳なら「UTF-8」を選んで保存）。")
# What is wrong with one line; approval.py puts 「決裁記録の行が正しくありません：」 before it.
APPROVALS_LINE_NOT_JSON = Message("approval.line_not_json", "JSONとして読めません。", "not JSON ({error}).", AS_SECTION)
APPROVALS_LINE_KEYS = Message("approval.line_keys", "キー {keys} をもつオブジェクトが必要です。",
                              "must be an object with exactly the keys {keys}.", AS_SECTION)
APPROVALS_LINE_STRINGS = Message("approval.line_strings", "値はすべて文字列です。", "every value must be a string.",
                                 AS_SECTION)
APPROVALS_LINE_PATH = Message("approval.line_path", "path は原稿フォルダからの相対パス（/ 区切り）です。",
                              "path must be relative to the content folder, with / separators.", AS_SECTION)
APPROVALS_LINE_SHA256 = Message("approval.line_sha256", "sha256 は小文字16進64桁です。",
                                "sha256 must be 64 lower-case hex digits.", AS_SECTION)
APPROVALS_LINE_BY = Message("approval.line_by", "by（承認者）が空です。", "by (the approver) is empty.", AS_SECTION)
APPROVALS_LINE_DATE = Message("approval.line_date", "date は YYYY-MM-DD です。", "date must be YYYY-MM-DD.", AS_SECTION)
APPROVALS_REPLACED_FOLDER = Message(
    "approval.replaced_folder",
    "決裁記録がビルドで置き換えられるフォルダ {folder} の中にあります。sumi.approvals を変えてください。",
    "the approvals file lies inside {folder}, which a build replaces: change sumi.approvals.")

APPROVALS_WITHHELD_IN_NOTE = Message(
    "approval.withheld_in_note", "{options} に非公開の文字列が含まれています。決裁記録には書けません。",
    "{options} holds withheld text: it cannot go into the approvals file.",
    "`--by`・`--role`・`--note` から非公開の文字列を除いてください。決裁記録は非公開の文字列を持ちません。")

# --- the run itself -------------------------------------------------------------------------------
BUILD_LOCK_HELD = Message("build_lock.held", "このサイトの別のビルドが実行中です。終わってから、もう一度実行してください。",
                          "another build of this site is running: run again when it has finished.")
RENDER_MKDOCS_FAILED = Message(
    "render.mkdocs_failed", "MkDocsによるサイトの生成に失敗しました。", "MkDocs failed: {error}",
    "続いて表示される MkDocs のメッセージを管理者に伝えてください。原稿ではなく設定やテーマの問題です。")


def catalogue() -> tuple[Message, ...]:
    """Every message of this module, in the order written."""
    return tuple(value for value in globals().values() if isinstance(value, Message))
