"""Write docs/clerk/errors.md from the messages in redaction/**: every message a run can give.

    python -m docs.tools.messages           # write the page
    python -m docs.tools.messages --check   # exit 1 when the page is out of date

The catalogue, redaction/core/clerk_messages.py, holds the messages of the readers clerks meet most
(configuration, front matter, raw HTML, tags, approvals file), of the command line (approve too), the import,
the preview and the audit, with their ids and fixes; it goes on the page as it is. The
messages of other modules are found in the code by its syntax tree, so that none is missed:

* calls of `problem(file, line, col, ja, en)` and of the readers' `fail(where, ja, en)`;
* `UsageError(...)` and `argparse.ArgumentTypeError(...)` (bad usage, exit status 2);
* `print(..., file=sys.stderr)` of a Japanese text (the report's head, warnings);
* bilingual f-strings of the warnings (`….warnings += […]`, functions named `*_warnings`).

Parts only known at run time (a file name, a category, a date) are shown as 「…」. Each message
needs a fix: a message that already says what to do (「…してください」) is its own fix; every other
one must have its fix in the catalogue or its entry in FIXES below, and a FIXES entry that matches
no message (or a catalogued one) is an error too, so the page cannot drift from the code.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from docs.tools.generated import write_or_check
from redaction.core import clerk_messages

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "redaction"
PAGE = REPO / "docs" / "clerk" / "errors.md"
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]")
RUNTIME = "…"

# Sections of the page, by module (first match wins; a module not listed goes to 「その他」): title,
# introduction, and the fix shown for a message that already says what to do (「…してください」).
SECTIONS: tuple[tuple[str, str, str, str], ...] = (
    ("cli.py", "コマンドの使い方と結果の表示",
     "`--` で始まるメッセージは終了コード 2 で、コマンドの書き方の誤りです（何も書き込んでいません）。ほかは実行の結果の表示です。",
     "コマンドをメッセージのとおりに直して、もう一度実行してください。"),
    ("config.py", "設定ファイル（mkdocs.yml）",
     "終了コード 1。管理者が直します。メッセージの前に、問題のあるキーが「設定 sumi.councils.kojin-joho.retention:」のように示されます。",
     "示されたキーの値を、メッセージのとおりに直してください（「設定項目」）。"),
    ("source.py", "原稿ファイルとフロントマター",
     "終了コード 1。原稿のファイル:行:列 を示します。フロントマターのキーについての問題は、先頭に「キー名」: が付きます。",
     "示された行の値を、メッセージのとおりに直してください（「会議録の書き方」のフロントマター）。"),
    ("raw_html.py", "原稿ファイルとフロントマター", "",
     "示された位置のHTMLを、メッセージのとおりに書き直してください（「会議録の書き方」）。"),
    ("tags.py", "タグ", "終了コード 1。原稿のファイル:行:列 で、タグの始まる位置を示します。",
     "示された位置のタグを、メッセージのとおりに直してください（「会議録の書き方」）。"),
    ("consistency.py", "非公開の文字列の整合性",
     "終了コード 1。同じ文字列を、ある場所では非公開にし、別の場所ではタグなしで書いている場合です。",
     "示された場所を確かめ、非公開なら同じ区分のタグで囲んでください。"),
    ("safety_net.py", "個人情報の検出",
     "方針（sumi.detector）が error の種類は終了コード 1 で止まり、warn の種類は警告として一覧に出て公開は続きます。"
     "対応のしかたは「検出結果への対応」のページにあります。",
     "示された文字列を確かめ、非公開なら [[personal: …]] で、公開してよければ [[public: …]] で囲んでください。"),
    ("detect/", "個人情報の検出", "", "示された文字列を確かめ、非公開なら [[personal: …]] で、公開してよければ [[public: …]] で囲んでください。"),
    ("approval", "決裁（承認）と決裁記録",
     "終了コード 1。決裁記録（approvals.jsonl）の問題は ファイル:行 を示します。build・check・approve のどれも、直すまで止まります。"
     "`approve` の書き方の誤り（`--by` がない、原稿でないファイルなど）は終了コード 2 で、何も記録していません。"
     "対処が「知らせです」で始まるものは承認を記録したうえでの表示です。詳しくは「承認（決裁）」のページにあります。",
     "示された行を直すか、誤って書き換えた行を元に戻してください（決裁記録は追記だけのファイルです）。"),
    ("importing/", "会議録の取り込み（import）",
     "終了コード 1。入力のファイルと段落（または表のセル・行）を示します。問題が一つでもあれば、どのファイルも書き込んでいません。"
     "詳しくは「Word・ホームページからの取り込み」のページにあります。",
     "示されたファイルの箇所を、メッセージのとおりに直してから、もう一度取り込んでください。"),
    ("pipeline.py", "ビルドの途中", "終了コード 1。何も公開していません。以前のサイトはそのままです。",
     "メッセージのとおりにしてから、もう一度実行してください。"),
    ("", "その他", "終了コード 1。何も公開していません。以前のサイトはそのままです。",
     "メッセージのとおりにしてから、もう一度実行してください。"),
)

# What to do, for messages that do not say it themselves (key: the Japanese text as on the page).
FIXES: dict[str, str] = {
    # (the fixes of the catalogued messages -- configuration, sources, raw HTML, tags, approvals file,
    # command line, approve, import, preview, audit, the checks, the run -- are in redaction/core/clerk_messages.py)
}


@dataclass(frozen=True, order=True)
class Message:
    section: int
    ja: str
    en: str
    where: str     # module path relative to redaction/, or clerk_messages.py#<id>, for developers
    fix: str = ""  # the catalogue's fix


def _text(node: ast.expr) -> str | None:
    """The text of a string or f-string node, with run-time parts as 「…」; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else RUNTIME for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        return None if left is None or right is None else left + right
    return None


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _split(text: str) -> tuple[str, str]:
    """A bilingual text: Japanese, then ` / ` (or a new line) and English."""
    parts = re.split(r" ?/ |\n", text, maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


LOCATION = re.compile(r"^(?:…:)*… ?: ?")  # a leading file:line:col or file, known at run time


def _clean(text: str) -> str:
    return LOCATION.sub("", re.sub(r"\s+", " ", text).strip())


def _in_warning_list(parents: list[ast.AST]) -> bool:
    for node in parents:
        if isinstance(node, ast.FunctionDef) and (node.name.endswith("_warnings")):
            return True
        if isinstance(node, (ast.AugAssign, ast.Assign)):
            targets = [node.target] if isinstance(node, ast.AugAssign) else node.targets
            if any(isinstance(t, ast.Attribute) and t.attr == "warnings" for t in targets):
                return True
        if isinstance(node, ast.Call) and _name(node.func) == "append" and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "warnings":
            return True
    return False


def _walk(node: ast.AST, parents: list[ast.AST]) -> Iterator[tuple[ast.AST, list[ast.AST]]]:
    yield node, parents
    for child in ast.iter_child_nodes(node):
        yield from _walk(child, [*parents, node])


def messages_of(tree: ast.AST) -> Iterator[tuple[str, str]]:
    """(ja, en) of every clerk message in one module's syntax tree."""
    for node, parents in _walk(tree, []):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            texts = [_text(a) for a in node.args]
            inside_wrapper = any(isinstance(p, ast.FunctionDef) and p.name == "fail" for p in parents)
            if name in ("problem", "fail") and not inside_wrapper:
                for i, text in enumerate(texts):
                    if text is not None and JAPANESE.search(text):
                        en = texts[i + 1] if i + 1 < len(texts) else None
                        yield _clean(text), _clean(en if en is not None else RUNTIME)
                        break
            elif name in ("UsageError", "ArgumentTypeError") and texts and texts[0] is not None:
                yield tuple(map(_clean, _split(texts[0])))  # type: ignore[misc]
            elif name == "print" and texts and texts[0] is not None and JAPANESE.search(texts[0]) and any(
                    k.arg == "file" and isinstance(k.value, ast.Attribute) and k.value.attr == "stderr"
                    for k in node.keywords):
                yield tuple(map(_clean, _split(texts[0].removeprefix("build.py: "))))  # type: ignore[misc]
        elif isinstance(node, ast.JoinedStr) and not any(isinstance(p, ast.JoinedStr) for p in parents) \
                and _in_warning_list(parents):
            text = _text(node)
            if text and JAPANESE.search(text) and " / " in text and not any(
                    isinstance(p, ast.Call) and _name(p.func) in ("problem", "fail") for p in parents):
                yield tuple(map(_clean, _split(text)))  # type: ignore[misc]


def _section(rel: str) -> int:
    return next(i for i, (prefix, _, _, _) in enumerate(SECTIONS) if prefix in rel)


FIELD = re.compile(r"\{[a-z_]+\}")   # a catalogue text's run-time part
CATALOGUE = "clerk_messages.py#"     # where a catalogued message comes from


def catalogued(catalogue: tuple[clerk_messages.Message, ...]) -> Iterator[Message]:
    """The catalogue's messages, each in the section of the module or package its id names ("config.…" ->
    config.py, "importing.…" -> importing/)."""
    for entry in catalogue:
        ja, en = (_clean(FIELD.sub(RUNTIME, text)) for text in (entry.ja, entry.en))
        name = entry.id.split(".")[0]
        yield Message(min(_section(f"{name}.py"), _section(f"{name}/")), ja, en, CATALOGUE + entry.id, entry.fix)


def collect(package: Path = PACKAGE, catalogue: tuple[clerk_messages.Message, ...] | None = None) -> list[Message]:
    """Every message: the catalogue's (redaction's own, unless another is given) and those found in the code."""
    if catalogue is None:
        catalogue = clerk_messages.catalogue() if package == PACKAGE else ()
    found: set[Message] = set(catalogued(catalogue))
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package).as_posix()
        for ja, en in messages_of(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            found.add(Message(_section(rel), ja, en, rel))
    unique: dict[tuple[int, str], Message] = {}
    for message in sorted(found):
        unique.setdefault((message.section, message.ja), message)
    return sorted(unique.values())


def _fix(message: Message) -> str | None:
    """The fix shown for a message; None when a message that does not say what to do has none."""
    if message.fix == clerk_messages.AS_SECTION:
        return SECTIONS[message.section][3]
    if message.fix:
        return message.fix
    if FIXES.get(message.ja):
        return FIXES[message.ja]
    if message.ja in FIXES or "ください" in message.ja:
        return SECTIONS[message.section][3]
    return None


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(messages: list[Message]) -> str:
    fixes = {m: _fix(m) for m in messages}
    missing = [f"  {m.ja!r} ({m.where})" for m, fix in fixes.items() if fix is None]
    if missing:
        raise SystemExit("docs/tools/messages.py: no fix for these messages: add them to FIXES\n" + "\n".join(missing))
    unused = set(FIXES) - {m.ja for m in messages}
    if unused:
        raise SystemExit(f"docs/tools/messages.py: FIXES for messages the code no longer gives: {sorted(unused)}")
    twice = sorted(set(FIXES) & {m.ja for m in messages if m.where.startswith(CATALOGUE)})
    if twice:
        raise SystemExit(f"docs/tools/messages.py: FIXES for catalogued messages (their fix is in the catalogue): {twice}")
    example = next(m for m in messages if m.ja.startswith("タグにコロンがありません"))
    out = [
        "# エラーと対処",
        "",
        "<!-- Generated by `python -m docs.tools.messages` from the messages in redaction/. Do not edit by hand. -->",
        "",
        "ビルド（`python build.py`）や `check`・`audit`・`verify` が出すエラーと警告の一覧です。"
        "プログラムの中のメッセージから自動で作っているので、ここにないエラーや警告はありません。"
        "（`verify` の検証結果の読み方は「監査資料と検証」にあります。）",
        "",
        "メッセージは次の形で出ます。まず日本語、次に同じ内容の英語です（警告など1行のものは ` / ` で区切ります）。",
        "",
        "```text",
        "エラー: 1件の問題があるため、何も公開していません（以前のサイトはそのままです）。",
        "error: 1 problem(s); nothing was published and the previous site is unchanged.",
        f"  kojin-joho/2025/2025-06-10.md:14:8: {example.ja}",
        f"      {example.en}",
        "```",
        "",
        "`kojin-joho/2025/2025-06-10.md:14:8` は、原稿フォルダの中のファイルと、その **14行目の8文字目** です。"
        "エディタの行番号を表示して、その位置を直してください。問題が1つでもあれば何も公開されず、"
        "以前に公開したサイトはそのまま残ります。問題はまとめて全部表示されるので、全部直してからもう一度実行します。",
        "",
        "下の表の「…」の部分には、実際にはファイル名・区分名・日付などが入ります。",
        "",
    ]
    shown: set[str] = set()
    for _, title, intro, _ in SECTIONS:
        if title in shown:
            continue
        shown.add(title)
        rows = [m for m in messages if SECTIONS[m.section][1] == title]
        if not rows:
            continue
        out += [f"## {title}", ""]
        if intro:
            out += [intro, ""]
        out += ["| メッセージ | 対処 |", "| --- | --- |"]
        out += [f"| {_cell(m.ja)}<br><small>{_cell(m.en)}</small> | {_cell(fixes[m])} |" for m in rows]
        out.append("")
    out += [f"（{len(messages)}件）", ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    return write_or_check(PAGE, render(collect()), sys.argv[1:] if argv is None else argv, "docs.tools.messages")


if __name__ == "__main__":
    sys.exit(main())
