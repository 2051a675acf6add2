"""The manual (docs/): it builds with --strict, its tutorial runs as written, its generated pages are current.

The tutorial (docs/clerk/tutorial.md) is read as a script:

* a ```markdown block with `title="PATH"` (and maybe `linenums`) is a file the clerk saves: written to PATH;
* a ```sh block holds commands, run one by one with bash in a fresh folder that holds only what an
  administrator installs (build.py, mkdocs.yml, theme/); each must exit 0, or 1 where the block
  follows an `<!-- exit 1 -->` comment;
* a ```text block right after a ```sh block is what the commands print: each of its lines must
  appear in their output, `…` standing for anything (a date, a time);
* `python -m http.server PORT -d DIR` is started, asked for its home page, and stopped
  (on a free port instead of PORT, so that tests never collide with a server already running).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from docs.tools import config_reference, messages, modules
from tests.conftest import REPO

TUTORIAL = REPO / "docs" / "clerk" / "tutorial.md"
FENCE = re.compile(r"^```(\w+)([^\n]*)\n(.*?)^```\n", re.S | re.M)
TITLE = re.compile(r'title="([^"]+)"')
EXIT_MARK = re.compile(r"<!-- exit (\d+) -->\s*$")


@dataclass(frozen=True)
class Step:
    kind: str            # "file", "sh"
    text: str
    path: str = ""       # for a file
    exit: int = 0        # for commands
    expect: str = ""     # for commands: the ```text block shown after them


def tutorial_steps(markdown: str) -> list[Step]:
    steps: list[Step] = []
    blocks = list(FENCE.finditer(markdown))
    for i, block in enumerate(blocks):
        lang, title, body = block.group(1), TITLE.search(block.group(2)), block.group(3)
        if title:
            steps.append(Step("file", body, path=title.group(1)))
        elif lang == "sh":
            mark = EXIT_MARK.search(markdown[: block.start()].rstrip("\n") + "\n")
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            between = markdown[block.end(): after.start()] if after else ""
            expect = after.group(3) if after and after.group(1) == "text" and "```" not in between else ""
            steps.append(Step("sh", body, exit=int(mark.group(1)) if mark else 0, expect=expect))
    return steps


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _expected(line: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(part) for part in line.strip().split("…")))


def _serve(command: str, cwd: Path, env: dict[str, str]) -> None:
    port = _free_port()
    command = re.sub(r"(http\.server) \d+", rf"\1 {port}", command)
    command = command.replace("python ", f"{sys.executable} ", 1)
    server = subprocess.Popen(["bash", "-c", f"exec {command} --bind 127.0.0.1"], cwd=cwd, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    assert response.status == 200
                    assert "審議会" in response.read().decode("utf-8")
                    return
            except OSError:
                time.sleep(0.1)
        pytest.fail(f"{command}: no answer on port {port}")
    finally:
        server.terminate()
        server.wait(timeout=10)


def run_tutorial(markdown: str, folder: Path) -> None:
    """Run every step of the tutorial in `folder`; fail at the first that does not do what the page says."""
    for name in ("build.py", "mkdocs.yml"):
        (folder / name).write_bytes((REPO / name).read_bytes())
    (folder / "theme").symlink_to(REPO / "theme", target_is_directory=True)
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("SUMI_TODAY", None)
    for step in tutorial_steps(markdown):
        if step.kind == "file":
            path = folder / step.path
            assert path.parent.is_dir(), f"the tutorial saves {step.path} before making its folder"
            path.write_text(step.text, encoding="utf-8")
            continue
        output = ""
        for command in (c for c in step.text.splitlines() if c.strip() and not c.lstrip().startswith("#")):
            if "http.server" in command:
                _serve(command, folder, env)
                continue
            done = subprocess.run(["bash", "-c", command.replace("python ", f"{sys.executable} ", 1)],
                                  cwd=folder, env=env, capture_output=True, text=True, timeout=600)
            output += done.stdout + done.stderr
            assert done.returncode == step.exit, f"{command}: exit {done.returncode}, the page says {step.exit}\n{output}"
        for line in (x for x in step.expect.splitlines() if x.strip()):
            assert _expected(line).search(output), f"{step.text.strip()}: the page shows\n{line}\nnot in\n{output}"


def test_tutorial_runs_as_written(tmp_path: Path) -> None:
    steps = tutorial_steps(TUTORIAL.read_text(encoding="utf-8"))
    assert sum(s.kind == "sh" for s in steps) >= 6 and sum(s.kind == "file" for s in steps) == 2
    assert any(s.exit == 1 for s in steps) and sum(bool(s.expect) for s in steps) >= 5
    run_tutorial(TUTORIAL.read_text(encoding="utf-8"), tmp_path)
    assert (tmp_path / "site" / "sumi-manifest.json").is_file()
    site = "".join(p.read_text(encoding="utf-8", errors="replace") for p in (tmp_path / "site").rglob("*.html"))
    # The price's tag has until=2027-04-01 and the tutorial builds with the real today: not checked here.
    assert "■■■" in site and "山田" not in site and "ファイアウォール" not in site


def test_when_the_page_shows_output_the_command_does_not_give_then_the_tutorial_fails(tmp_path: Path) -> None:
    page = "```sh\nmkdir -p content\n```\n\n```text\nこの表示は出ない\n```\n"
    with pytest.raises(AssertionError, match="the page shows"):
        run_tutorial(page, tmp_path)


def test_when_a_command_exits_otherwise_than_the_page_says_then_the_tutorial_fails(tmp_path: Path) -> None:
    page = "<!-- exit 1 -->\n```sh\nmkdir -p content\n```\n\n```markdown title=\"content/x.md\"\nx\n```\n"
    with pytest.raises(AssertionError, match="exit 0, the page says 1"):
        run_tutorial(page, tmp_path)


def test_manual_builds_strict(tmp_path: Path) -> None:
    site = tmp_path / "manual"
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", "docs/mkdocs.yml", "--strict",
                           "--site-dir", str(site)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    for page in ("index.html", "clerk/tutorial/index.html", "clerk/errors/index.html",
                 "admin/configuration/index.html", "auditor/index.html", "dev/architecture/index.html"):
        assert (site / page).is_file(), page
    assert not any((site / name).exists() for name in ("mkdocs.yml", "__init__.py", "tools"))
    html = "\n".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    foreign = re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="(https?://[^"]+)"', html)
    assert not foreign, f"the manual loads from other hosts: {sorted(set(foreign))[:5]}"
    assert 'lang="ja"' in (site / "index.html").read_text(encoding="utf-8")


def test_errors_page_is_current() -> None:
    assert messages.PAGE.read_text(encoding="utf-8") == messages.render(messages.collect()), \
        "run `python -m docs.tools.messages`"


def test_errors_page_lists_every_kind_of_message() -> None:
    found = {m.ja for m in messages.collect()}
    for expected in ("タグにコロンがありません。「[[区分: 文字列]]」と書いてください。",   # tags.py
                     "先頭にYAMLフロントマター（---で囲む）が必要です。",              # source.py
                     "製品設定の節がありません。",                                    # config.py
                     "このサイトの別のビルドが実行中です。終わってから、もう一度実行してください。",
                     "--site と --archive は別々のフォルダにしてください"):          # a usage error
        assert expected in found


def test_when_a_message_neither_says_what_to_do_nor_has_a_fix_then_the_generator_stops(tmp_path: Path) -> None:
    package = tmp_path / "redaction"
    package.mkdir()
    (package / "novel.py").write_text(
        'from redaction.core.errors import problem\n'
        'def f(name):\n'
        '    return problem(name, 1, 1, f"謎の状態「{name}」です。", "mystery.")\n', encoding="utf-8")
    found = messages.collect(package)
    assert [(m.ja, m.en) for m in found] == [("謎の状態「…」です。", "mystery.")]
    with pytest.raises(SystemExit, match="no fix"):
        messages.render(found)


def test_configuration_page_is_current() -> None:
    assert config_reference.PAGE.read_text(encoding="utf-8") == config_reference.page_text(), \
        "run `python -m docs.tools.config_reference`"


def test_when_a_key_is_declared_without_a_description_then_the_generator_stops() -> None:
    from redaction.core.config_keys import KEYS, TEXT, Key

    with pytest.raises(SystemExit, match=r"no description for sumi\.novel"):
        config_reference.render((*KEYS, Key("novel", TEXT, "x", "")), {})


def test_configuration_page_names_every_declared_key_with_its_default() -> None:
    from redaction.core.config_keys import KEYS

    text = config_reference.PAGE.read_text(encoding="utf-8")
    assert {"city", "councils.<id>.speaker_names", "councils.<id>.roster[].role", "retention.<id>.years"} <= \
        {k.path for k in KEYS}
    for key in KEYS:
        assert f"`sumi.{key.path}`" in text
    assert "### `sumi.expiry_warning_days`\n\n" in text and "- 既定値: `30`" in text


def test_module_table_is_current() -> None:
    current = modules.PAGE.read_text(encoding="utf-8")
    assert current == modules.page_text(current), "run `python -m docs.tools.modules`"


def test_module_table_names_every_module(tmp_path: Path) -> None:
    package = tmp_path / "redaction"
    (package / "stage" / "inner").mkdir(parents=True)
    (package / "tool").mkdir()
    (package / "one.py").write_text('"""Does one thing.\n\nDetails."""\n', encoding="utf-8")
    (package / "tool" / "__init__.py").write_text('"""A command | of its own."""\n', encoding="utf-8")
    (package / "stage" / "__init__.py").write_text('"""The first stage."""\n', encoding="utf-8")
    (package / "stage" / "step.py").write_text('"""One step of it."""\n', encoding="utf-8")
    (package / "stage" / "inner" / "__init__.py").write_text('"""A part of the stage."""\n', encoding="utf-8")
    assert modules.table(package, ["stage"]).splitlines()[2:] == [
        "| **`redaction/stage/`** | **The first stage.** |",
        "| `redaction/stage/step.py` | One step of it. |",
        "| `redaction/stage/inner/` | A part of the stage. |",
        "| `redaction/one.py` | Does one thing. |",
        "| `redaction/tool/` | A command \\| of its own. |"]


def test_auditor_page_explains_every_ledger_column() -> None:
    from redaction.auditing.ledger import COLUMNS

    text = (REPO / "docs" / "auditor" / "index.md").read_text(encoding="utf-8")
    missing = [c for c in COLUMNS if f"| `{c}` |" not in text]
    assert not missing, f"ledger columns without a row in docs/auditor/index.md: {missing}"


def test_readme_example_shows_what_the_readme_says(tmp_path: Path) -> None:
    from tests.conftest import build, write

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 300
    source = re.search(r"```markdown\n(.*?)```", readme, re.S).group(1)
    write(tmp_path / "content", "kojin-joho/2025/2025-06-10.md", source)
    assert build(tmp_path / "content", tmp_path / "out") == 0
    html = (tmp_path / "out" / "site" / "kojin-joho" / "2025" / "2025-06-10" / "index.html").read_text(encoding="utf-8")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    for shown in ("令和7年6月10日（火）", "午後2時～午後4時5分", "この会議録では、3か所を非公開としています（個人情報 1か所",
                  "非公開・個人情報", "会長：", "042-000-1111"):
        assert shown in text, shown
        assert shown in readme.replace("\n", ""), shown
    for withheld in ("山田", "1,200万円", "ファイアウォール", "入札公告前", "北村会長"):
        assert withheld not in text, withheld


@pytest.mark.parametrize(("source", "joined"), [
    ("正しかったか\nを確かめる", "正しかったかを確かめる"),            # a Japanese sentence over two lines
    ("ファイル\n`tests/x.py`）。", "ファイル`tests/x.py`）。"),       # Japanese, then inline code
    ("- 項目\n  続き", "- 項目続き"),                                 # a list item's continuation
    ("段落。\n\n次の段落", "段落。\n\n次の段落"),                      # paragraphs stay apart
    ("前\n- 項目", "前\n- 項目"),                                     # a list after a sentence
    ("## 見出し\n本文", "## 見出し\n本文"),                            # a heading stays a heading
    ("| 表 |\n| 行 |", "| 表 |\n| 行 |"),                             # table rows stay rows
    ("```text\nあ\nい\n```", "```text\nあ\nい\n```"),                  # code is left as written
    ("English line\nnext", "English line\nnext"),                     # English keeps its breaks
])
def test_japanese_lines_join_without_a_space(source: str, joined: str) -> None:
    from docs.tools.manual_hooks import join_japanese_lines

    assert join_japanese_lines(source) == joined


def _table_cells(markdown: str, header: str) -> list[str]:
    """The first cell of every row of each table under `header` (a header row as written)."""
    cells: list[str] = []
    for table in markdown.split(header)[1:]:
        for row in table.split("\n\n", 1)[0].splitlines()[1:]:
            cells.append(row.split(" | ")[0].removeprefix("| "))
    return cells


def _example(cell: str) -> str:
    spans = re.findall(r"`([^`]+)`", cell)
    if "<br>" in cell:
        return "\n".join(spans)
    if " … " in cell:
        return f"{spans[0]}\n本文\n{spans[1]}"
    return spans[0]


def test_writing_page_examples_do_what_it_says(config) -> None:
    from redaction.core.errors import ContentError
    from tests.test_tags import _lex

    page = (REPO / "docs" / "clerk" / "writing.md").read_text(encoding="utf-8")
    forms = [_example(c) for c in _table_cells(page, "| 書き方 | 意味 |\n") if c.startswith("`") and "title:" not in c]
    near_misses = [_example(c) for c in _table_cells(page, "| 書き方 | なぜエラーか |\n") if re.fullmatch(r"`[^`]+`", c)]
    assert len(forms) >= 8 and len(near_misses) >= 8
    for form in forms:
        assert _lex(form, config).tags, form
    for near_miss in near_misses:
        with pytest.raises(ContentError):
            _lex(near_miss, config)


def test_retention_page_examples_are_what_the_build_computes(config) -> None:
    from datetime import date

    from redaction.core.retention import posting_end

    page = (REPO / "docs" / "clerk" / "retention.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| 令和(\d+)年(\d+)月(\d+)日 \| 令和\d+年度 \| (\S+) \| (\S+) \|$", page, re.M)
    assert len(rows) >= 4
    for era_year, month, day, one_year, three_years in rows:
        meeting = date(2018 + int(era_year), int(month), int(day))
        assert (str(posting_end(meeting, 1)), str(posting_end(meeting, 3))) == (one_year, three_years), meeting
    classes = dict(re.findall(r"^\| `([a-z0-9-]+)` \| [^|]+ \| (\d+|サイトから外れない)", page, re.M))
    assert classes == {rid: str(c.years) if c.years else "サイトから外れない" for rid, c in config.retention.items()}


def test_categories_page_shows_the_shipped_categories(config) -> None:
    page = (REPO / "docs" / "clerk" / "categories.md").read_text(encoding="utf-8")
    rows = {m[0]: m[1:] for m in re.findall(r"^\| `([a-z-]+)` \| ([^|]+) \| 非公開・([^|]+) \|", page, re.M)}
    assert set(rows) == set(config.categories)
    for cid, (aliases, label) in rows.items():
        assert label.strip() == config.categories[cid].label
        assert [a.strip() for a in aliases.split("、")] == list(config.categories[cid].aliases)
