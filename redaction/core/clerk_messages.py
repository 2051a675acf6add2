"""Clerks' messages in one catalogue: an id, the Japanese, the English, and what to do.

The readers of the configuration, of the sources (front matter, raw HTML), of the tags and of the
approvals file, the command line (approve too), the import, the preview and the audit take their
messages from here, and the manual's 「エラーと対処」 (docs/clerk/errors.md) is made from here by
`python -m docs.tools.messages`. `at()` gives a message as a Problem at file:line:col; `line()` as one
text, the Japanese then the English joined by " / " (or the joint a message had before it moved here).
A text's parts known only at run time are `{named}` fields (str.format); the page shows them as 「…」.
`fix` says what to do when the Japanese text does not say it itself (「…してください」), or is AS_SECTION
when the general fix of the message's section of the page applies; the generator refuses a message
that has neither.

Messages of other modules are still found in their code by the generator (see its docstring).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from redaction.core.errors import Problem, problem


@dataclass(frozen=True)
class Message:
    id: str        # "<section>.<what>": the section is the module (config.py) or package (importing/) that gives it
    ja: str
    en: str
    fix: str = ""  # what to do, for the manual; "" when `ja` says it; AS_SECTION: its section's general fix

    def texts(self, **parts: Any) -> tuple[str, str]:
        """The Japanese and the English with the run-time parts filled in."""
        return self.ja.format(**parts), self.en.format(**parts)

    def at(self, file: str, line: int, col: int, kind: str = "", **parts: Any) -> Problem:
        """This message as a Problem at file:line:col (`kind`: what made it, for tools and the report)."""
        return problem(file, line, col, *self.texts(**parts), kind=kind)

    def line(self, joined_by: str = " / ", **parts: Any) -> str:
        """This message as one text, the Japanese then the English (a usage error, a warning, a report's head)."""
        return joined_by.join(self.texts(**parts))


AS_SECTION = "(the section's fix)"   # a message whose fix is the one its section of the page gives all
_ADMIN = "綴りを確認してください。使えるキーは「設定項目」のページにあります。"

# --- the configuration, redaction/core/config.py (the administrator's) ---------------------------------
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


# --- the sources and their front matter, redaction/source/document.py (the clerk's) ------------------------
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
# Raw HTML in a source, redaction/source/raw_html.py (the page shows these with the sources').
RAW_HTML_COMMENT = Message(
    "raw_html.comment",
    "HTMLのコメント（<!-- -->）は使えません（コメントの中身も公開されてしまいます）。"
    "事務局のメモはフロントマターの internal: に書き、非公開にする文字列はタグ（[[personal: …]] など）で囲んでください。",
    "an HTML comment is not allowed (its text would be published): put a clerk's note under internal: "
    "in the front matter, and withheld text in a tag such as [[personal: …]].")
RAW_HTML_HIDING = Message(
    "raw_html.hiding",
    "隠す・動かすためのHTML（<{name}>）は使えません（中の文字列が公開されてしまいます）。"
    "非公開にする文字列はタグ（[[personal: …]] や ::: redact）で囲み、メモはフロントマターの internal: に書いてください。",
    "HTML that hides or runs content (<{name}>) is not allowed (its text would be published): withhold "
    "text with a tag ([[personal: …]] or ::: redact), and put notes under internal: in the front matter.")
RAW_HTML_TAG = Message(
    "raw_html.tag",
    "HTMLのタグ（{tag}）は使えません。Sumi は文字だけを公開します。強調や表は Markdown で書き、「<」を文字として書くときは「\\<」としてください。",
    "raw HTML ({tag}) is not published: Sumi publishes text, not markup. Use Markdown for emphasis "
    "and tables, and write \\< for a literal '<'.")

# --- confidentiality tags, redaction/source/tags.py (the clerk's) ------------------------------------------
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

# --- the approvals file, redaction/checks/approval.py (the clerk's and the superior's) ---------------------
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
# `approve`'s usage errors (exit status 2) and notes.
APPROVALS_NO_BY = Message("approval.no_by", "--by に承認者の氏名を指定してください", "--by needs the approver's name",
                          "`approve` に `--by 氏名` を付けて、もう一度実行してください。")
APPROVALS_IN_CONTENT = Message(
    "approval.in_content", "決裁記録 {file} が原稿フォルダの中にあります（sumi.approvals を変えてください）",
    "the approvals file lies inside the content folder: change sumi.approvals",
    "管理者が mkdocs.yml の sumi.approvals を、原稿フォルダの外の場所に変えます（決裁記録は原稿ではありません）。")
APPROVALS_NO_MATCH = Message(
    "approval.no_match", "{name}: 該当する原稿がありません", "no source matches",
    "承認する原稿のファイル名・フォルダ名を確かめて、もう一度実行してください。")
APPROVALS_NOT_A_SOURCE = Message(
    "approval.not_a_source", "{path}: 原稿フォルダ {content} の原稿（.md）ではありません",
    "not a source (.md) in the content folder", "原稿フォルダ（`--content`）の中の .md ファイルを指定してください。")
APPROVALS_NOT_REQUIRED = Message(
    "approval.not_required", "この審議会は決裁を必要としていません（記録のみ）", "{council} does not require approval: recorded only",
    "知らせです。承認は記録しましたが、この審議会の会議録は承認がなくても公開されます。")
APPROVALS_DRAFT = Message(
    "approval.draft", "下書き（status: draft）のため公開されません", "a draft: not published",
    "知らせです。公開するときは原稿の status を final にし、もう一度承認してください（原稿を直すと承認がやり直しになります）。")
APPROVALS_AGAIN = Message(
    "approval.again", "この版はすでに承認されています（承認を追記しました）",
    "this version was already approved: one more approval recorded", "知らせです。対処は要りません。")

# --- the run itself -------------------------------------------------------------------------------
BUILD_LOCK_HELD = Message("build_lock.held", "このサイトの別のビルドが実行中です。終わってから、もう一度実行してください。",
                          "another build of this site is running: run again when it has finished.")
RENDER_MKDOCS_FAILED = Message(
    "render.mkdocs_failed", "MkDocsによるサイトの生成に失敗しました。", "MkDocs failed: {error}",
    "続いて表示される MkDocs のメッセージを管理者に伝えてください。原稿ではなく設定やテーマの問題です。")
CONTENT_MISSING = Message(
    "pipeline.content_missing", "原稿フォルダがありません。", "content folder not found.",
    "`--content` に原稿フォルダを指定するか、content フォルダのある場所で実行してください。")
LEAK_FOUND = Message(
    "pipeline.leak_found", "公開ファイルに非公開の文字列（{place} のタグ）が見つかりました。公開を中止しました。",
    "withheld text found in an output file: nothing was published.",
    "示されたタグの文字列が、タグの外（見出し、ほかの文書、設定の文言など）から公開されるところでした。"
    "その箇所もタグで囲んでください。公開してよい語なら、管理者が sumi.public_terms に加えます。")
ONE_CHARACTER_UNSCANNED = Message(
    "pipeline.one_character", "1文字の非公開部分は漏えい検査の対象外です", "a one-character withheld text cannot be leak-scanned",
    "1文字だけのタグの文字列も公開はされませんが、整合性の検査と漏えい検査では探せません。前後の語も含めてタグで囲むと検査の対象になります。")
BUNDLE_INCOMPLETE = Message(
    "archiving.bundle_incomplete", "保存用バンドルが不完全です。", "{reason}",
    "保存用フォルダ（archive/）のファイルが壊れています。管理者に連絡し、バックアップから戻してください。")

# --- the checks before rendering, redaction/checks/ ---------------------------------------------------
UNTAGGED_USE = Message(
    "consistency.untagged_use",
    "非公開にした「{text}」（{place}）が、ここではタグなしで書かれています。ここもタグで囲むか、公開してよい語なら設定の sumi.public_terms に加えてください。",
    "withheld text tagged at {place} stands here untagged: tag it here too, or list it in sumi.public_terms if it is public.")
UNTAGGED_BLOCK_LINE = Message(
    "consistency.untagged_block_line",
    "非公開ブロック（{place} の ::: redact）の一文「{excerpt}」が、ここではタグなしで書かれています。ここもタグで囲むか、公開してよい文ならブロックから出してください。",
    "a line of the withheld block at {place} stands here untagged: tag it here too, or take it out of the block if it is public.")
POSSIBLE_PERSONAL_DATA = Message(
    "safety_net.possible_personal_data",
    "タグのない{what}の可能性「{text}」。非公開なら [[personal: …]] で囲み、公開してよいと確認した場合は [[public: …]] で囲んでください。",
    "possible untagged {what_en} \"{text}\": tag it [[personal: …]], or mark it reviewed-public with [[public: …]].")
DETECTOR_POLICY = Message(
    "safety_net.detector_policy", "設定 sumi.detector が不正です。", "{error}",
    "sumi.detector の種類名を確認してください（phone, email, postal_address, birth_date, my_number, bank_account, personal_id, person_name）。")


# --- the command line, redaction/cli.py (usage errors: exit status 2; the results' heads) ----------
CLI_DATE = Message("cli.date", "日付は YYYY-MM-DD で指定してください", "not a YYYY-MM-DD date: {value}")
CLI_INSIDE_CONTENT = Message(
    "cli.inside_content", "{option} は原稿フォルダの外に指定してください（原稿フォルダには書き込みません）",
    "{option} must lie outside the content folder: the build never writes there")
CLI_SITE_AND_ARCHIVE = Message("cli.site_and_archive", "--site と --archive は別々のフォルダにしてください",
                               "--site and --archive must not contain each other")
CLI_AUDIT_AROUND = Message(
    "cli.audit_around", "--out {out}: 監査フォルダは非公開の文字列を含むため、{name}フォルダの中や外側には置けません",
    "the audit folder holds withheld text: it must not be inside or around {path}",
    "公開サイト・保存用・原稿のどのフォルダとも重ならない場所（例: `--out ../audit`）を指定してください。")
CLI_AUDIT_HOLDS_CONFIG = Message("cli.audit_holds_config", "--out {out}: 設定ファイルを含むフォルダは指定できません",
                                 "must not contain the configuration", "mkdocs.yml のないフォルダを指定してください。")
CLI_AUDIT_NOT_AUDIT = Message(
    "cli.audit_not_audit", "--out {out}: 監査フォルダではない既存のフォルダです（置き換えません）",
    "an existing folder that is not an audit folder: it would be replaced",
    "監査フォルダは実行のたびに丸ごと置き換えるので、ほかのファイルがあるフォルダは使えません。新しいフォルダ名を指定してください。")
CLI_NO_COMPARE = Message(
    "cli.no_compare", "--compare {compare}: ファイルがありません", "no such file",
    "`--compare` に指定した台帳ファイル（以前の ledger.json か ledger.csv）の場所を確認してください。")
CLI_NO_SITE = Message(
    "cli.no_site", "--site {site}: フォルダがありません", "no such folder",
    "`verify` の `--site` には公開サイトのフォルダ（sumi-manifest.json のあるフォルダ）を指定してください。")
CLI_NO_CONTENT = Message("cli.no_content", "--content {content}: フォルダがありません", "no such folder",
                         "指定した原稿フォルダの場所を確認してください。")
CLI_CANNOT_VERIFY = Message(
    "cli.cannot_verify", "検証できません", "cannot verify: {reason}",
    "`--site` に公開サイトのフォルダ（sumi-manifest.json のあるフォルダ）を指定してください。続く英語の理由も確認してください。")
CLI_NOT_APPROVED = Message(
    "cli.not_approved", "承認できません。何も記録していません。", "not approved: nothing was recorded.",
    "続く一覧の問題（原稿の誤り、検出結果、決裁記録の誤り）を直してから、もう一度 `approve` を実行してください。")
CLI_WARNING = Message("cli.warning", "警告", "warning: {warning}",
                      "警告は公開を止めません。内容を確かめ、必要なら原稿を直してください。")
CLI_NO_PROBLEMS = Message("cli.no_problems", "問題はありません（{count}件）", "no problems in {count} documents",
                          "`check` で問題が見つからなかったときの表示です。対処は要りません。")
CLI_NOT_PUBLISHED = Message(
    "cli.not_published", "エラー: {count}件の問題があるため、何も公開していません（以前のサイトはそのままです）。",
    "error: {count} problem(s); nothing was published and the previous site is unchanged.",
    "続く一覧の問題をすべて直して、もう一度実行してください。")
CLI_PROBLEMS = Message("cli.problems", "エラー: {count}件の問題があります。", "error: {count} problem(s).",
                       "続く一覧の問題をすべて直して、もう一度実行してください。")
CLI_EXPIRING = Message(
    "cli.expiring", "掲載期間は {end} まで（あと{days}日）", "leaves the site after {end}",
    "掲載期間の終わりが近い会議録です。紙の写しや情報コーナーでの閲覧の準備をしてください（「掲載期間と保存用バンドル」）。")

# --- the import, redaction/importing/ (exit status 2 for usage, 1 for an input's problems) ----------
IMPORTING_COUNCIL = Message(
    "importing.council", "--council {council}: 設定にない審議会IDです（{defined}）", "not a council of {config}",
    "mkdocs.yml の `sumi.councils` にある審議会 ID（例: `kojin-joho`）を指定してください。")
IMPORTING_CONTENT_NOT_FOLDER = Message(
    "importing.content_not_folder", "--content {content}: フォルダではありません", "not a folder",
    "`--content` には原稿フォルダ（なければ作られます）を指定してください。同じ名前のファイルがあれば場所を変えます。")
IMPORTING_DONE = Message(
    "importing.done", "取り込みました: {count}件（{seconds} s）", "imported {count} file(s)",
    "取り込みが終わったときの表示です。書き込んだ原稿を `check` で確かめてから公開してください。")
IMPORTING_WARNING = Message("importing.warning", "警告", "warning: {warning}",
                            "警告は取り込みを止めません。内容を確かめ、必要なら取り込んだ原稿を直してください。")
IMPORTING_NOTHING_WRITTEN = Message(
    "importing.nothing_written", "エラー: {count}件の問題があるため、何も書き込んでいません。",
    "error: {count} problem(s); nothing was written.", "続く一覧の問題をすべて直して、もう一度取り込んでください。")
IMPORTING_LEFT_IN_BODY = Message(
    "importing.left_in_body", "「{label}」{why}本文に残しました", "{why_en}; kept in the body",
    "読み取れなかった見出し項目を本文に残したという知らせです。取り込んだ原稿を開き、必要ならフロントマターに移してください。")
# What is wrong with one input (a file, a paragraph, a cell); the import puts the place before it.
IMPORTING_NO_TITLE = Message("importing.no_title",
                             "題名がわかりません。「会議名」の行か見出し（Word の見出しスタイル）を入れてください。",
                             "no title: add a 会議名 line or a heading.")
IMPORTING_NO_DATE = Message("importing.no_date",
                            "開催日が読めません。「開催日時」の行を確かめるか、--date YYYY-MM-DD で指定してください。",
                            "no meeting date can be read: check the 開催日時 line, or give it with --date YYYY-MM-DD.")
IMPORTING_DATE_WITHHELD = Message("importing.date_withheld",
                                  "開催日時にはコメント（非公開の印）を付けられません。コメントを外してください。",
                                  "the meeting date and time cannot be withheld: remove the comment.")
IMPORTING_HEARING_WITHHELD = Message(
    "importing.hearing_withheld",
    "傍聴の可否の欄にはコメント（非公開の印）を付けられません。理由は「傍聴不可の理由」の欄に書き、そこにコメントを付けてください。",
    "the 傍聴 cell cannot be withheld: put the reason in its own row (傍聴不可の理由) and comment it there.")
IMPORTING_KIND = Message(
    "importing.kind", "取り込めない形式です（{suffixes} が取り込めます）。PDF は Word か テキストに書き出してから取り込んでください。",
    "cannot import this kind of file (only {suffixes}).")
IMPORTING_NO_SUCH = Message("importing.no_such", "ファイルもフォルダもありません。", "no such file or folder.",
                            "ファイル名・フォルダ名の綴りと、コマンドを実行している場所を確かめてください。")
IMPORTING_NOTHING_MATCHES = Message(
    "importing.nothing_matches", "取り込めるファイルがありません。", "matches no file that can be imported.",
    "指定したフォルダやワイルドカードに、取り込める形式（.docx・.html・.htm・.txt・.md）のファイルがあるか確かめてください。")
IMPORTING_UNREADABLE = Message(
    "importing.unreadable", "読めません（{reason}）。", "cannot read ({reason}).",
    "ファイルを読む権限があるか、ほかのプログラムが開いたままにしていないかを確かめてください。")
IMPORTING_NOT_TEXT = Message(
    "importing.not_text", "テキストファイルではありません。", "not a text file (it holds NUL bytes).",
    "テキスト（.txt・.md）として保存したファイルを指定してください。Word の文書は .docx のまま取り込めます。")
IMPORTING_ENCODING = Message("importing.encoding", "文字コードが読めません。UTF-8 か Shift_JIS で保存してください。",
                             "the text is neither UTF-8 nor Shift_JIS (CP932): save it as UTF-8.")
IMPORTING_NO_BODY = Message(
    "importing.no_body", "本文がありません。", "the page has no body.",
    "ホームページの会議録のページをブラウザで開き、「名前を付けて保存」し直してから取り込んでください。")
IMPORTING_UNKNOWN_ELEMENT = Message(
    "importing.unknown_element", "読めない要素（{name}）があります。その部分を文字として書き直してください。",
    "an element Sumi cannot read ({name}): rewrite that part as plain text.")
IMPORTING_SYMBOL_FONT = Message("importing.symbol_font",
                                "記号フォント（Wingdings など）の文字があります。通常の文字に置き換えてください。",
                                "a symbol-font character (w:sym): replace it with an ordinary character.")
IMPORTING_COMMENT_COVERS_NOTHING = Message(
    "importing.comment_covers_nothing",
    "コメント「{head}」が文字を囲んでいません。非公開にする文字を選んでからコメントを付け直してください。",
    "comment '{head}' covers no text: select the text to withhold and comment it again.")
IMPORTING_COMMENTS_OVERLAP = Message(
    "importing.comments_overlap", "区分の異なるコメントが重なっています。コメントの範囲が重ならないようにしてください。",
    "comments of different categories overlap: make their ranges separate.")
IMPORTING_HIGHLIGHT = Message(
    "importing.highlight",
    "蛍光ペンの文字に区分のコメントがありません。非公開なら区分（例:「個人情報」）のコメントを付け、公開してよいなら蛍光ペンを外してください。",
    "highlighted text without a category comment: comment it with its category, or remove the highlight.")
IMPORTING_SHADED = Message(
    "importing.shaded", "黒く塗られた（墨塗りの）文字に区分のコメントがありません。区分のコメントを付けるか、網掛けを外してください。",
    "text shaded black (墨) without a category comment: comment it with its category, or remove the shading.")
IMPORTING_WHITE = Message("importing.white", "白い文字（見えない文字）があります。区分のコメントを付けるか、文字の色を戻してください。",
                          "white (invisible) text: comment it with its category, or give it a visible colour.")
IMPORTING_COMMENT_NOT_TAG = Message(
    "importing.comment_not_tag",
    "コメント「{shown}」は非公開の区分ではありません。質問やメモのコメントは解決して削除してください"
    "（非公開にする箇所には「個人情報」「入札 until=2027-04-01」のように区分だけを書きます）。",
    "comment '{shown}' is not a tag head (a category id or alias with optional until= and note=): "
    "resolve and delete remarks and questions before importing.")
IMPORTING_TRACKED_CHANGE = Message(
    "importing.tracked_change",
    "承認または却下されていない変更履歴があります。［校閲］→［すべての変更を反映］（または元に戻す）を済ませ、変更履歴の記録を止めてから保存してください。",
    "a tracked change ({name}) is not yet accepted or rejected: accept or reject all changes in Word, then save.")
IMPORTING_HIDDEN_TEXT = Message(
    "importing.hidden_text", "隠し文字があります。［ホーム］→［フォント］の「隠し文字」を外して表示するか、文字を削除してください。",
    "hidden text: make it visible (Font → Hidden off) or delete it.")
IMPORTING_CONTAINER = Message("importing.container", "{what}があります。その文字は取り込めません。{fix}。",
                              "{what_en}: its text would be lost; move it into the body text and delete it.",
                              "その部品（テキストボックス・脚注・埋め込みオブジェクトなど）の文字を本文に移し、部品を削除してください。")
IMPORTING_FIELD = Message(
    "importing.field", "フィールド（{instruction}）があります。フィールドを選んで Ctrl+Shift+F9 で文字に変換してください。",
    "a field ({instruction_en}): its text would be guessed; convert it to text (select it, Ctrl+Shift+F9).")
IMPORTING_DIAGRAM = Message(
    "importing.diagram", "グラフ・図表（SmartArt など）があります。その文字は取り込めません。内容を本文に書き、図を削除してください。",
    "a chart or diagram (SmartArt): its text would be lost; write it in the body and delete it.")
IMPORTING_HIDDEN_ELEMENT = Message(
    "importing.hidden_element",
    "隠された要素（hidden・display:none）に文字があります。公開してよい文字なら表示し、そうでなければ削除してください。",
    "a hidden element (hidden, display:none) holds text: show it if it is public, delete it otherwise.")
IMPORTING_BLACK_BACKGROUND = Message(
    "importing.black_background",
    "黒く塗られた文字があります。Sumi では黒塗りではなく区分で非公開にします。文字を削除するか、Word で区分のコメントを付けてから取り込んでください。",
    "text on a black background: delete it, or mark it with a category comment in Word.")
IMPORTING_NOT_DOCX = Message(
    "importing.not_docx", "Wordの文書（.docx）として開けません。Wordで開いて「Word 文書 (*.docx)」として保存し直してください。",
    "cannot be opened as a Word document (.docx): save it again as .docx in Word.")
# Warnings of the import (the file's name goes before them); the import goes on.
IMPORTING_OWN_DATE = Message(
    "importing.own_date", "文書の開催日 {date} を使いました（--date {given} は日付の読めない文書だけに使います）",
    "the file's own date {date} was used, not --date",
    "取り込んだ原稿の date が正しいか確かめてください。違っていれば原稿の date の行を直します。")
IMPORTING_IMAGES_LEFT_OUT = Message(
    "importing.images_left_out",
    "画像{count}件は取り込みませんでした（Sumi は原稿の画像を公開しません。画像に個人情報が写っていることもあります）",
    "{count} image(s) left out: Sumi publishes no images",
    "画像の内容が会議録に必要なら、その内容を文章で原稿に書いてください。")
IMPORTING_EXISTS = Message(
    "importing.exists", "{path} は既にあります（上書きしません）。既存の原稿を確かめ、必要なら移動してから取り込んでください。",
    "{path} already exists: the import never overwrites.")
IMPORTING_SAME_TARGET = Message("importing.same_target",
                                "{other} と同じ日付の原稿 {rel} になります。どちらかの日付を確かめてください。",
                                "same target {rel} as {other}: check the dates.")
IMPORTING_NOT_A_SOURCE = Message(
    "importing.not_a_source", "取り込んだ結果が原稿の形式に合いません（{location}: {text}）。",
    "the imported text is not a valid source ({location}: {text_en}).",
    "括弧の中の問題（このページの該当する項目）を、元のファイルで直してから、もう一度取り込んでください。")
IMPORTING_CANNOT_WRITE = Message(
    "importing.cannot_write", "書き込めません（{reason}）。何も書き込んでいません。", "cannot write ({reason}); nothing was written.",
    "原稿フォルダに書き込めるか（権限、空き容量）を確かめてから、もう一度取り込んでください。")

# --- the preview, redaction/preview/ (`build.py serve`) ----------------------------------------------
PREVIEW_NO_CONFIG = Message(
    "preview.no_config", "--config {config}: ファイルがありません。設定ファイル（mkdocs.yml）を指定してください",
    "no such file: name the configuration file")
PREVIEW_PORT = Message("preview.port", "--port {port}: 0〜65535 で指定してください", "not a port number")
PREVIEW_TEMP_IN_CONTENT = Message(
    "preview.temp_in_content", "一時フォルダが原稿フォルダの中になります（TMPDIR を確認してください）",
    "the temporary folder would lie inside the content folder (check TMPDIR)")
PREVIEW_CANNOT_LISTEN = Message(
    "preview.cannot_listen", "{bind}:{port} で待ち受けできません。別の --port を指定してください（0 なら空いているポート）",
    "cannot listen ({error}): choose another --port (0: a free one)")
PREVIEW_TEMP_LEFT = Message(
    "preview.temp_left", "一時フォルダを削除できませんでした。非公開の文字列を含むため、手で削除してください: {folder}",
    "could not remove the temporary folder, which holds withheld text: remove it by hand")
PREVIEW_PROBLEMS = Message(
    "preview.problems",
    "エラー: {count}件の問題があります（一覧はブラウザにも表示しています）。直して保存してください。前回の正常なプレビューはそのままです。",
    "error: {count} problem(s), also listed in the browser: fix and save; the last good preview stays.")
# Why the browser may not see the review view (a 403 page).
PREVIEW_REVIEW_OFF = Message(
    "preview.review_off", "このプレビューは 127.0.0.1 以外のアドレス（--bind）で起動されたため、確認用表示は切ってあります。",
    "the preview listens on another address (--bind): the review view is off.",
    "確認用表示を使うときは、`--bind` を付けずに `serve` を起動し、そのパソコンのブラウザで開いてください。")
PREVIEW_NOT_THIS_PC = Message(
    "preview.not_this_pc", "このパソコン以外からの表示です。", "the request does not come from this PC.",
    "確認用表示は非公開の文字列を含むため、プレビューを起動したパソコンのブラウザでだけ開けます。")
PREVIEW_HOST = Message(
    "preview.host", "アドレス欄のホスト名が 127.0.0.1 または localhost ではありません。", "the Host header does not name this PC.",
    "アドレス欄を `http://127.0.0.1:ポート番号/` か `http://localhost:ポート番号/` にして開いてください。")
PREVIEW_NOT_BUILT = Message(
    "preview.not_built", "プレビューを作れませんでした（テーマや設定の誤り、または内部エラー）。端末の表示を確認してください: {error}",
    "the preview could not be built: {error}")

# --- the audit, redaction/auditing/ -------------------------------------------------------------------
AUDITING_COMPARE_UNREADABLE = Message(
    "auditing.compare_unreadable", "比較する台帳を読めません。", "{reason}",
    "`--compare` には、以前の `audit` が作った ledger.json か ledger.csv を指定してください。")


def catalogue() -> tuple[Message, ...]:
    """Every message of this module, in the order written."""
    return tuple(value for value in globals().values() if isinstance(value, Message))
