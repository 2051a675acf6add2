"""Write docs/admin/configuration.md from the configuration reader, redaction/config.py.

    python -m docs.tools.config_reference           # write the page
    python -m docs.tools.config_reference --check   # exit 1 when the page is out of date

The keys come from the reader's syntax tree: the set of known keys of `sumi:`, every
`unknown_keys(entry, {...}, where)` of a nested mapping, and the members' keys of a roster;
defaults from the reader's `.get(key, default)`; the kind of value from the method that reads it.
What each key means is written below (DESCRIPTIONS, in Japanese). A key the reader knows that has
no description, or a description of a key it does not know, stops the generator, so the page
cannot drift from the code.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from docs.tools.generated import write_or_check

REPO = Path(__file__).resolve().parents[2]
READER = REPO / "redaction" / "config.py"
SHIPPED = REPO / "mkdocs.yml"
PAGE = REPO / "docs" / "admin" / "configuration.md"

# The reader's method that reads a top-level key -> what the value must be.
KINDS = {
    "string": "空でない文字列",
    "string_list": "文字列のリスト",
    "integer": "整数",
    "share": "0から1までの数",
    "detector": "種類 → error / warn / off のマッピング",
    "categories": "ID → 区分のマッピング（1件以上）",
    "retention": "ID → 保存区分のマッピング（1件以上）",
    "councils": "ID → 審議会のマッピング（1件以上）",
}

# Nested keys checked by code of their own rather than by a reader method of KINDS.
CHECKED_INLINE: dict[str, tuple[str, str]] = {
    "retention.<id>.years": ("1以上の整数か null", "null"),
    "councils.<id>.retention": ("`sumi.retention` のID", ""),
    "councils.<id>.speaker_names": ("`shown` か `hidden`", ""),
    "councils.<id>.roster": ("`name` と `role` の組のリスト", "[]"),
}

DESCRIPTIONS: dict[str, str] = {
    "city": "市の名前。ページの文言やフィードの題名に使います。",
    "categories": "非公開の区分。IDは英小文字・数字・ハイフン（例: `personal`）で、タグ `[[personal: …]]` に書きます。"
                  "条例の条番号は市ごとに違うので、区分と根拠は設定です。",
    "categories.<id>.label": "区分の日本語名（例: 個人情報）。公開ページの「■■■ 非公開・個人情報」に表示されます。",
    "categories.<id>.aliases": "タグに書ける別名（例: `[個人情報, 個人]` で `[[個人情報: …]]` が書けます）。空白・コロン・角括弧・= は使えません。"
                               "public・redact・非公開 は予約語です。",
    "categories.<id>.basis": "非公開の根拠（例: すみれ市情報公開条例第7条第1号（個人に関する情報））。ブロックの告知と監査台帳に出ます。",
    "retention": "掲載期間の区分（保存区分）。",
    "retention.<id>.label": "保存区分の日本語名（例: 翌年度から3年間）。",
    "retention.<id>.years": "会議の翌年度から数えて何年度の間サイトに載せるか（1以上の整数）。`null` は常時掲載（サイトから外れません）。",
    "councils": "審議会。IDは原稿の `council:` に書きます。",
    "councils.<id>.name": "審議会の名前（例: 個人情報保護運営審議会）。",
    "councils.<id>.retention": "この審議会の会議録の既定の保存区分（`sumi.retention` のID）。原稿の `retention:` で1件ずつ変えられます。",
    "councils.<id>.speaker_names": "`shown`: 発言者の名前を載せる。`hidden`: 名簿の委員を本文では役職だけで示す（「北村会長：」→「会長：」）。出席者欄の名前はそのままです。",
    "councils.<id>.roster": "委員の名簿（`name` と `role` の組のリスト）。`hidden` の審議会で名前を役職に置き換えるのに使い、個人情報の検出では公開の名前として扱います。",
    "councils.<id>.roster[].name": "委員の氏名（姓と名の間に空白、例: 北村 誠一）。",
    "councils.<id>.roster[].role": "役職（例: 会長、会長職務代理、委員）。",
    "archive_notice": "掲載期間を過ぎた会議録をどこで読めるか（情報コーナー、図書館など）。「掲載期間を過ぎた会議録」のページと保存用バンドルに出ます。",
    "public_terms": "公開してよいと確認済みの語（市の代表電話番号など）。整合性の検査・漏えい検査・個人情報の検出の対象になりません。",
    "detector": "個人情報の検出の方針を種類ごとに。`error`: ビルドを止める、`warn`: 警告して続ける、`off`: 検出しない。"
                "種類: phone, email, postal_address, birth_date, my_number, bank_account, personal_id, person_name。"
                "書かない種類は既定（person_name は warn、ほかは error）。",
    "expiry_warning_days": "掲載期間の終わりがこの日数以内の会議録を、ビルドの要約に警告として出します。",
    "review_share": "監査資料で「要確認」とする、非公開にした文字の割合（0.30 なら 30 % 超）。",
    "approvals": "承認（決裁）の記録ファイル。設定ファイルのあるフォルダからの相対パス。1行に1件の JSON（原稿のパス、内容の sha256、承認者、役職、日付、メモ）。",
    "councils.<id>.approval": "`required` にすると、この審議会の会議録は承認（`python build.py approve`）された内容のときだけ公開されます。",
}



@dataclass(frozen=True)
class Key:
    path: str          # "councils.<id>.roster[].name"
    kind: str          # what the value must be
    default: str       # "" when required or when it has no default


def _set_of_strings(node: ast.AST) -> list[str] | None:
    if isinstance(node, ast.Set) and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
        return [e.value for e in node.elts]  # type: ignore[union-attr]
    return None


def _literal(node: ast.AST, module: Any) -> Any:
    if isinstance(node, ast.Name):
        return getattr(module, node.id)
    return ast.literal_eval(node)


def _show(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, list) and not value:
        return "[]"
    if isinstance(value, dict) and not value:
        return "{}"
    return str(value)


def _reads(call: ast.Call, key: str) -> bool:
    """Whether a reader method's call reads `key`: `m(mapping, "key", …)` or `m(mapping.get("key", …), …)`."""
    return any(isinstance(a, ast.Constant) and a.value == key for a in call.args) or any(
        isinstance(a, ast.Call) and isinstance(a.func, ast.Attribute) and a.func.attr == "get"
        and a.args and isinstance(a.args[0], ast.Constant) and a.args[0].value == key for a in call.args)


def read_keys(source: str, module: Any) -> list[Key]:
    """Every key the reader accepts, with its kind and default, from its syntax tree."""
    tree = ast.parse(source)
    reader = next(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name == "_ConfigReader")
    methods = {n.name: n for n in reader.body if isinstance(n, ast.FunctionDef)}
    keys: list[Key] = []
    read = methods["read"]
    known = next(_set_of_strings(n.value) for n in ast.walk(read)
                 if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "known")
    for name in sorted(known or []):
        kind, default = "", ""
        for call in (n for n in ast.walk(read) if isinstance(n, ast.Call)):
            method = call.func.attr if isinstance(call.func, ast.Attribute) else ""
            args = call.args
            if method in KINDS and _reads(call, name):
                kind = KINDS[method]
                for a in args:
                    if isinstance(a, ast.Call) and getattr(a.func, "attr", "") == "get" and len(a.args) == 2:
                        default = _show(_literal(a.args[1], module))
                minimum = [k for k in call.keywords if k.arg == "minimum"]
                if method == "integer":
                    kind += f"（{_literal(minimum[0].value, module) if minimum else 0}以上）"
        keys.append(Key(name, kind or "—", default))
    for method_name, parent in (("categories", "categories"), ("retention", "retention"), ("councils", "councils")):
        method = methods[method_name]
        for call in (n for n in ast.walk(method) if isinstance(n, ast.Call)):
            if getattr(call.func, "attr", "") == "unknown_keys":
                for sub in sorted(_set_of_strings(call.args[1]) or []):
                    path = f"{parent}.<id>.{sub}"
                    kind, default = CHECKED_INLINE.get(path, ("", ""))
                    for inner in (n for n in ast.walk(method) if isinstance(n, ast.Call)):
                        name = getattr(inner.func, "attr", "")
                        if name == "get" and len(inner.args) == 2 and \
                                isinstance(inner.args[0], ast.Constant) and inner.args[0].value == sub:
                            default = _show(_literal(inner.args[1], module))
                        if name in KINDS and _reads(inner, sub):
                            kind = KINDS[name]
                    keys.append(Key(path, kind or "—", default))
        for compare in (n for n in ast.walk(method) if isinstance(n, ast.Compare)):
            members = next((_set_of_strings(c) for c in compare.comparators if _set_of_strings(c)), None)
            if members:
                keys += [Key(f"{parent}.<id>.roster[].{m}", "空でない文字列", "") for m in sorted(members)]
    return sorted(keys, key=lambda k: k.path)


def _shipped(path: str, sumi: dict[str, Any]) -> str:
    """The value in the shipped mkdocs.yml, for top-level scalar keys and lists."""
    if "." in path or path not in sumi:
        return ""
    value = sumi[path]
    if isinstance(value, (dict,)):
        return "、".join(f"`{k}`" for k in value)
    if isinstance(value, list):
        return "、".join(f"`{v}`" for v in value)
    return f"`{str(value).strip()}`"


def render(keys: list[Key], shipped: dict[str, Any]) -> str:
    paths = {k.path for k in keys}
    missing = sorted(p for p in paths if p not in DESCRIPTIONS)
    if missing:
        raise SystemExit(f"docs/tools/config_reference.py: no description for sumi.{', sumi.'.join(missing)}: "
                         "add it to DESCRIPTIONS")
    stale = sorted(set(DESCRIPTIONS) - paths)
    if stale:
        raise SystemExit(f"docs/tools/config_reference.py: the reader has no key sumi.{', sumi.'.join(stale)}")
    out = [
        "# 設定項目",
        "",
        "<!-- Generated by `python -m docs.tools.config_reference` from redaction/config.py. Do not edit by hand. -->",
        "",
        "サイトと Sumi の設定は1つのファイル `mkdocs.yml` にまとめて書きます。MkDocs と Material for MkDocs の設定"
        "（`site_name` など）の下に、Sumi の設定を `sumi:` の節として書きます。ビルドの最初にすべてのキーを検査し、"
        "問題があればキーの名前（例: `設定 sumi.councils.x.retention: …`）をすべて示して止まります（「エラーと対処」）。",
        "",
        "この表は設定を読むプログラム（`redaction/config.py`）から作っているので、ここにないキーは使えません。"
        "知らないキーはエラーになります（綴りの誤りで設定が黙って無視されないように）。",
        "",
        "## `sumi:` のキー",
        "",
        "`<id>` は英小文字・数字・ハイフンの ID です（例: `kojin-joho`）。既定値のないキーは必ず書きます。",
        "",
    ]
    for key in keys:
        text = DESCRIPTIONS[key.path]
        default = f"`{key.default}`" if key.default else "なし（必ず書く）"
        out += [f"### `sumi.{key.path}`", "", text, "", f"- 値: {key.kind}", f"- 既定値: {default}"]
        shipped_value = _shipped(key.path, shipped)
        if shipped_value:
            out.append(f"- 配布の設定: {shipped_value}")
        out.append("")
    out += [
        "## 配布の設定の例",
        "",
        "配布の `mkdocs.yml` の `sumi:` 節の一部です（区分・保存区分・審議会）。",
        "",
        "```yaml",
        "sumi:",
        "  city: すみれ市",
        "  categories:",
        "    personal:",
        "      label: 個人情報",
        "      aliases: [個人情報, 個人]",
        "      basis: すみれ市情報公開条例第7条第1号（個人に関する情報）",
        "  retention:",
        "    web-3y: {label: 翌年度から3年間, years: 3}",
        "    permanent: {label: 常時掲載, years: null}",
        "  councils:",
        "    kojin-joho:",
        "      name: 個人情報保護運営審議会",
        "      retention: web-3y",
        "      speaker_names: hidden",
        "      roster:",
        "        - {name: 北村 誠一, role: 会長}",
        "  detector: {person_name: error, phone: warn}",
        "```",
        "",
        "## MkDocs の設定で気をつけるキー",
        "",
        "| キー | 説明 |",
        "| --- | --- |",
        "| `site_name` | サイトの名前（ヘッダーとブラウザの題名）。 |",
        "| `site_url` | 公開するURL（例: `https://www.city.sumire.example.jp/kaigiroku/`）。フィードとサイトマップの絶対URLに使います。 |",
        "| `docs_dir` | `.sumi-work/public` のままにしてください。ビルドが非公開の部分を取り除いた原稿を置くフォルダで、"
        "MkDocs はここだけを読みます。`content/` に変えてはいけません。 |",
        "| `theme.custom_dir` | `theme`（Sumi のテーマの上書き。非公開の印、検索ページ、会議録の見出し表）。 |",
        "| `theme.font` | `false` のままにしてください。Google Fonts を読み込まず、閲覧者のブラウザがほかのサーバーに接続しないようにします。 |",
        "| `markdown_extensions` | `redaction.markdown_ext` は外せません（ビルドが必ず加えます）。`attr_list`・`md_in_html`・`pymdownx.snippets` は原稿からHTMLや属性を入れられるので、書いても拒否されます。 |",
        "",
    ]
    return "\n".join(out)


def page_text() -> str:
    from mkdocs.utils.yaml import get_yaml_loader

    import redaction.config as module

    shipped = yaml.load(SHIPPED.read_text(encoding="utf-8"), Loader=get_yaml_loader())["sumi"]
    return render(read_keys(READER.read_text(encoding="utf-8"), module), shipped)


def main(argv: list[str] | None = None) -> int:
    return write_or_check(PAGE, page_text(), sys.argv[1:] if argv is None else argv, "docs.tools.config_reference")


if __name__ == "__main__":
    sys.exit(main())
