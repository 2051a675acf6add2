"""Shared kit of the leak-proof tests and of the soak (bench/soak.py).

- `Case`: one canary secret put into one construct of a minutes document with one tag form;
  `render_document()` writes the source; `random_case()` draws one with `random.Random`
  (the soak), `case_strategy()` with Hypothesis (the tests). Both draw from the same lists.
- `Project`: a throw-away project (mkdocs.yml, theme, content/) built in-process.
- `find_canaries()`: an independent leak scanner. It does not use redaction.publishing.leakscan: it
  looks for the canaries themselves (not for what the build thinks is withheld), in every
  file of the site, the archive and the renderer's work folder, after its own decoding
  (gzip, zip, HTML entities, JSON \\u escapes, percent-encoding, NFKC, no white space,
  with and without markup).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gzip
import html
import io
import json
import random
import re
import shutil
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

REPO = Path(__file__).resolve().parents[2]
TODAY = "2026-11-22"
TODAY_DATE = dt.date.fromisoformat(TODAY)
FUTURE = "2099-04-01"   # an `until` date that has not come: still withheld
PAST = "2020-04-01"     # an `until` date that has passed: disclosed

# Canary secrets always hold at least two of these characters, which appear nowhere in the
# theme, the sample configuration or the public text around them: a canary can only be
# found in an output if it leaked.
RARE = "鵺鰐鷲麒麟麝鼈鸚鵡鶚鷺鴎鶯鯱鰯鱈"
# The rest of a canary: full-width and half-width variants, ASCII, spaces, HTML-special.
MIXED = RARE + "ｶﾅﾘｱＡＢＣabcXYZ0123０１２＆&<>'・ー 　"

INLINE_CONSTRUCTS = (
    "paragraph", "heading", "table_cell", "list_item", "link_text", "link_url", "image_alt", "footnote",
    "code_span", "fenced_code", "emphasis", "blockquote", "line_break", "definition",
    "fm_title", "fm_place", "fm_agenda", "fm_attendee", "fm_contact", "fm_hearing_reason",
)
BLOCK_CONSTRUCTS = ("block_paragraph", "block_heading", "block_table", "block_list", "block_fence")
OTHER_CONSTRUCTS = ("note_attr", "internal", "draft")
CONSTRUCTS = INLINE_CONSTRUCTS + BLOCK_CONSTRUCTS + OTHER_CONSTRUCTS
# Where a secret may hold a line break (a tag broken over a line): not in one-line constructs.
MULTILINE_OK = frozenset({"paragraph", "emphasis", "blockquote", "line_break", "fenced_code",
                          "block_paragraph", "block_fence"})

CATEGORY_WORDS = {"personal": ("personal", "個人情報", "個人"), "corporate": ("corporate", "法人情報"),
                  "security": ("security", "セキュリティ"), "tender": ("tender", "入札"),
                  "deliberation": ("deliberation", "審議検討")}
# until: None (withheld), FUTURE (withheld), PAST (disclosed); "public" = [[public: …]] (disclosed)
INLINE_STATES = ("plain", "future", "note", "past", "public")
BLOCK_STATES = ("plain", "future", "past")


@dataclass(frozen=True)
class Case:
    """One canary in one construct with one tag form; `disclosed` cases must appear, others never."""

    construct: str
    secret: str
    category: str = "personal"
    word: str = "personal"        # the category id or an alias, as written
    colon: str = ":"              # ":" or "："
    state: str = "plain"          # see INLINE_STATES / BLOCK_STATES
    opener: str = "redact"        # block opener word: "redact" or "非公開"
    fence: str = ":::"            # ":::" or "：：："

    @property
    def disclosed(self) -> bool:
        return self.state in ("past", "public") and self.construct not in OTHER_CONSTRUCTS

    @property
    def checks_survival(self) -> bool:
        return self.construct not in ("internal", "draft")


@dataclass(frozen=True)
class Placed:
    """A case placed in a corpus: its file, its page and the public words around its secret."""

    case: Case
    index: int
    rel: str
    url_path: str
    before: str
    after: str

    @property
    def canary(self) -> str:
        return self.case.secret


def anchor_words(index: int) -> tuple[str, str]:
    """Public words before and after a secret: hiragana and digits only, never a canary's characters."""
    return f"まえのぶん{index:05d}", f"あとのぶん{index:05d}"


def inline_tag(case: Case) -> str:
    if case.state == "public":
        return f"[[public{case.colon} {case.secret}]]"
    attrs = {"plain": "", "future": f" until={FUTURE}", "past": f" until={PAST}",
             "note": ' note="確認済み"'}[case.state]
    return f"[[{case.word}{attrs}{case.colon} {case.secret}]]"


def block(case: Case, inner: str) -> str:
    attrs = {"plain": "", "future": f" until={FUTURE}", "past": f" until={PAST}"}.get(case.state, "")
    return f"{case.fence} {case.opener} {case.word}{attrs}\n{inner}\n{case.fence}"


def _yaml(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def render_document(case: Case, index: int, meeting: dt.date) -> str:
    """The source of a document that holds `case` (and nothing else secret)."""
    before, after = anchor_words(index)
    tag = inline_tag(case)
    fm: dict[str, str] = {"title": _yaml(f"会議録{before}")}
    extra: list[str] = []
    body = ""
    c = case.construct
    s = case.secret
    if c == "paragraph" or c == "line_break":
        body = f"{before}{tag}{after}"
    elif c == "heading":
        body = f"## {before}{tag}{after}\n\n本文です。"
    elif c == "table_cell":
        body = f"| 項目 | 内容 |\n| --- | --- |\n| {before}{tag}{after} | 二列目 |"
    elif c == "list_item":
        body = f"- 一つ目\n- {before}{tag}{after}\n- 三つ目"
    elif c == "link_text":
        body = f"[{before}{tag}{after}](https://www.city.sumire.example.jp/link/)"
    elif c == "link_url":
        body = f"[{before}{after}](https://www.city.sumire.example.jp/{tag}/)"
    elif c == "image_alt":
        body = f"![{before}{tag}{after}](https://www.city.sumire.example.jp/i.png)"
    elif c == "footnote":
        body = f"本文です[^1]。\n\n[^1]: {before}{tag}{after}"
    elif c == "code_span":
        body = f"`{before}{tag}{after}`"
    elif c == "fenced_code":
        body = f"```\n{before}{tag}{after}\n```"
    elif c == "emphasis":
        body = f"**{before}{tag}{after}**"
    elif c == "blockquote":
        body = f"> {before}{tag}{after}"
    elif c == "definition":
        body = f"用語\n:   {before}{tag}{after}"
    elif c == "fm_title":
        fm["title"] = _yaml(f"会議録{before}{tag}{after}")
    elif c == "fm_place":
        fm["place"] = _yaml(f"{before}{tag}{after}")
    elif c == "fm_agenda":
        extra.append(f"agenda:\n  - 議題一\n  - {_yaml(f'{before}{tag}{after}')}")
    elif c == "fm_attendee":
        extra.append(f"attendees:\n  - {_yaml(f'{before}{tag}{after}')}")
    elif c == "fm_contact":
        fm["contact"] = _yaml(f"{before}{tag}{after}")
    elif c == "fm_hearing_reason":
        extra.append("hearing: false")
        fm["hearing_reason"] = _yaml(f"{before}{tag}{after}")
    elif c in BLOCK_CONSTRUCTS:
        inner = {"block_paragraph": s, "block_heading": "## " + s,
                 "block_table": "| 氏名 | 住所 |\n| --- | --- |\n| " + s + " | 二列目 |",
                 "block_list": "- 一つ目\n- " + s, "block_fence": "```\n" + s + "\n```"}[c]
        body = f"{before}\n\n{block(case, inner)}\n\n{after}"
    elif c == "note_attr":  # the clerk's note is never published; nor is the text under the tag
        body = f'{before}[[{case.word} note="{s}"{case.colon} 非公開の部分]]{after}'
    elif c == "internal":
        extra.append(f"internal:\n  memo: {_yaml(s)}")
        body = f"{before}{after}"
    elif c == "draft":
        extra.append("status: draft")
        body = f"{before}{s}{after}"
    else:
        raise ValueError(c)
    lines = ["---", *(f"{k}: {v}" for k, v in fm.items()), "council: joho-kokai",
             f"date: {meeting.isoformat()}", *extra, "---", "", body, ""]
    return "\n".join(lines)


def random_secret(rng: random.Random, multiline: bool) -> str:
    body = "".join(rng.choice(MIXED) for _ in range(rng.randint(0, 10)))
    secret = rng.choice(RARE) + body + rng.choice(RARE)
    if multiline and rng.random() < 0.5:
        cut = rng.randint(1, len(secret) - 1)
        secret = secret[:cut] + "\n" + secret[cut:]
    return secret.strip() if secret.strip() == secret else secret


def random_case(rng: random.Random) -> Case:
    construct = rng.choice(CONSTRUCTS)
    category = rng.choice(sorted(CATEGORY_WORDS))
    states = BLOCK_STATES if construct in BLOCK_CONSTRUCTS else INLINE_STATES
    state = rng.choice(states) if construct not in OTHER_CONSTRUCTS else "plain"
    return normalized(Case(construct, random_secret(rng, construct in MULTILINE_OK), category,
                           rng.choice(CATEGORY_WORDS[category]), rng.choice(":："), state,
                           rng.choice(("redact", "非公開")), rng.choice((":::", "：：："))))


def normalized(case: Case) -> Case:
    """Keep a drawn case inside the source format.

    Line breaks only where the construct allows them (and always in "line_break"); no blank
    line inside a secret (a tag may not cross one); no '<' that opens an HTML tag (raw HTML in
    a source is an error: redaction/source/raw_html.py); block and "other" constructs only with the
    states they know.
    """
    secret = re.sub(r"<(?=[A-Za-z/!?])", "<鵺", case.secret)
    if case.construct in MULTILINE_OK:
        if case.construct == "line_break" and "\n" not in secret:
            secret = secret[:1] + "\n" + secret[1:]
        # no blank line (a tag may not cross one); no line that Markdown would read as a quote
        secret = "\n".join("鵺" + line if not line.strip() or line.lstrip().startswith(">") else line
                           for line in secret.split("\n"))
    else:
        secret = secret.replace("\n", "")
    state = case.state
    if case.construct in BLOCK_CONSTRUCTS and state not in BLOCK_STATES:
        state = "plain"
    if case.construct in OTHER_CONSTRUCTS:
        state = "plain"
    return Case(case.construct, secret, case.category, case.word, case.colon, state, case.opener, case.fence)


def case_strategy():  # -> SearchStrategy[Case]; hypothesis is imported lazily (the soak does not need it)
    from hypothesis import strategies as st

    secret = st.builds(lambda a, mid, b: a + mid + b, st.sampled_from(RARE),
                       st.text(alphabet=MIXED + "\n", max_size=10), st.sampled_from(RARE))

    @st.composite
    def draw(d) -> Case:
        construct = d(st.sampled_from(CONSTRUCTS))
        category = d(st.sampled_from(sorted(CATEGORY_WORDS)))
        states = BLOCK_STATES if construct in BLOCK_CONSTRUCTS else INLINE_STATES
        return normalized(Case(construct, d(secret), category, d(st.sampled_from(CATEGORY_WORDS[category])),
                               d(st.sampled_from(":：")), d(st.sampled_from(states)),
                               d(st.sampled_from(("redact", "非公開"))), d(st.sampled_from((":::", "：：：")))))

    return draw()


# --- a throw-away project ---------------------------------------------------------------


@dataclass
class Project:
    root: Path
    placed: list[Placed] = field(default_factory=list)

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def site(self) -> Path:
        return self.root / "site"

    @property
    def archive(self) -> Path:
        return self.root / "archive"

    @property
    def config(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def work(self) -> Path:
        return self.root / ".sumi-work"

    def argv(self, command: str = "build") -> list[str]:
        args = [command, "--content", str(self.content), "--config", str(self.config)]
        if command == "build":
            args += ["--site", str(self.site), "--archive", str(self.archive), "--today", TODAY]
        return args

    def write(self, rel: str, text: str) -> Path:
        path = self.content / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def build(self) -> tuple[int, str]:
        """Build in-process; returns (exit status, stderr)."""
        from redaction.cli import main

        err, out = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            status = main(self.argv())
        return status, err.getvalue() + out.getvalue()


def new_project(root: Path) -> Project:
    """mkdocs.yml and theme/ of the repository, and an empty content folder."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    (root / "theme").symlink_to(REPO / "theme", target_is_directory=True)
    (root / "content").mkdir()
    return Project(root)


def meeting_date(index: int) -> dt.date:
    """A distinct live meeting date for each index (FY2023 and later stay on the site until 2027-03-31)."""
    day = TODAY_DATE - dt.timedelta(days=1 + index)
    if day < dt.date(2023, 4, 1):
        raise ValueError("too many documents for one build")
    return day


def unique_code(index: int) -> str:
    """〔…〕 around the index in RARE digits: no canary can stand inside another canary."""
    digits = ""
    while True:
        index, digit = divmod(index, len(RARE))
        digits = RARE[digit] + digits
        if index == 0:
            return f"〔{digits}〕"


def place_cases(project: Project, cases: Sequence[Case], first_index: int = 0) -> list[Placed]:
    placed: list[Placed] = []
    for offset, case in enumerate(cases):
        index = first_index + offset
        case = dataclasses.replace(case, secret=case.secret + unique_code(index))
        day = meeting_date(index)
        rel = f"joho-kokai/{day.isoformat()}-{index:05d}.md"
        project.write(rel, render_document(case, index, day))
        before, after = anchor_words(index)
        from_fy = day.year if day.month >= 4 else day.year - 1
        placed.append(Placed(case, index, rel, f"joho-kokai/{from_fy}/{day.isoformat()}", before, after))
    project.placed.extend(placed)
    return placed


# --- the independent scanner --------------------------------------------------------------

_MARKUP = re.compile(r"<[^>]*>")
_U_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


# White space and the invisible format characters (Unicode category Cf) a page can hold.
_INVISIBLE = re.compile("[\\s\u00ad\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
                        "\ufeff\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f]+")


def squeeze(text: str) -> str:
    """NFKC without white space and without invisible format characters (a zero-width space between words)."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


def file_texts(name: str, data: bytes, depth: int = 0) -> Iterator[tuple[str, str]]:
    """(name, text) of a file and of everything packed inside it."""
    if depth < 3 and data[:2] == b"\x1f\x8b":
        with contextlib.suppress(OSError, EOFError):
            yield from file_texts(name, gzip.decompress(data), depth + 1)
            return
    if depth < 3 and data[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(data)) as bundle:
            for info in bundle.infolist():
                yield from file_texts(f"{name}!{info.filename}", bundle.read(info), depth + 1)
        return
    yield name, data.decode("utf-8", errors="replace")


def views(text: str) -> list[str]:
    """Every form in which a reader or a crawler could read the text."""
    forms = [text]
    current = text
    for _ in range(3):
        current = html.unescape(unquote(_U_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), current)))
        forms.append(current)
    forms += [_MARKUP.sub("", form) for form in list(forms)]
    return [squeeze(form) for form in dict.fromkeys(forms)]


def tree_files(roots: Iterable[Path]) -> Iterator[tuple[str, bytes]]:
    for root in roots:
        if root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                yield path.as_posix(), path.read_bytes()


def find_canaries(roots: Iterable[Path], canaries: Iterable[str]) -> list[tuple[str, str]]:
    """(file, canary) for every canary found in any file under the roots."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for canary in canaries:
        automaton.add_word(squeeze(canary), canary)
    if len(automaton) == 0:
        return []
    automaton.make_automaton()
    found: list[tuple[str, str]] = []
    for name, data in tree_files(roots):
        for inner, text in file_texts(name, data):
            hits = {canary for view in set(views(text)) for _, canary in automaton.iter(view)}
            found.extend((inner, canary) for canary in sorted(hits))
    return found


def page_text(project: Project, url_path: str) -> str:
    page = project.site / url_path / "index.html"
    return " ".join(views(page.read_text(encoding="utf-8"))) if page.exists() else ""


@dataclass(frozen=True)
class Outcome:
    cases: int
    leaks: list[tuple[str, str]]          # (output file, canary) of a withheld canary
    lost: list[str]                       # public text that did not make it: "file: words"
    status: int
    log: str


def build_and_check(project: Project) -> Outcome:
    """Build the project and check every placed case: withheld never found, public text found."""
    status, log = project.build()
    if status != 0:
        return Outcome(len(project.placed), [], [], status, log)
    withheld = [p.canary for p in project.placed if not p.case.disclosed]
    roots = [project.site, project.archive, project.work]
    leaks = find_canaries(roots, withheld)
    lost: list[str] = []
    for placed in project.placed:
        if not placed.case.checks_survival:
            continue
        text = page_text(project, placed.url_path)
        expected = [(placed.before,), (placed.after,)]
        if placed.case.disclosed:   # as written (an inline tag's text is literal), or as Markdown renders `\<`
            expected.append((squeeze(placed.canary), squeeze(placed.canary.replace("\\<", "<"))))
        missing = [forms[0] for forms in expected if not any(form in text for form in forms)]
        if missing:
            lost.append(f"{placed.rel} ({placed.case.construct}/{placed.case.state}): {missing}")
    return Outcome(len(project.placed), leaks, lost, status, log)


# --- the lexer fuzz -----------------------------------------------------------------------

LEX_TOKENS = ("[[", "]]", "[", "]", "\\", "\\[[", "\\]]", ":", "：", " ", "\n", "\n\n", "\t", "　",
              ":::", "：：：", "::: redact personal", "::: 非公開 個人情報", "::: redact", "  ::: redact tender\n",
              "\n:::\n", "personal", "個人情報", "public", "tender", "nosuch", " until=2027-04-01", " until=2020-01-01",
              " until=2027-02-30", ' note="', '"', "=", "鵺", "abc", "［［", "］］", "`", "```", "#", "|", "-", "*")


def lex_config():
    from redaction.core.config import load_config

    return load_config(REPO / "mkdocs.yml")


def lex_checker():
    """A function text -> "error" | "ok" | a description of a fail-open violation."""
    from redaction.core.errors import ContentError
    from redaction.source.redact import public_text
    from redaction.source.tags import lex

    config = lex_config()
    words = [w for c in config.categories.values() for w in (c.id, *c.aliases)] + ["public"]

    def lookup(word: str) -> str | None:
        category = config.category_for(word)
        return category.id if category else None

    placeholder = re.compile(r"\[\[■[a-z][a-z0-9-]*\]\]")
    block_line = re.compile(r"^[ \t]{0,3}(:::|：：：)", re.MULTILINE)

    def check(text: str) -> str:
        try:
            lexed = lex(text, "fuzz.md", lookup, near_miss_words=words)
        except ContentError as exc:
            if not exc.problems or any(p.location.file != "fuzz.md" or p.location.line < 1 for p in exc.problems):
                return f"error without a file:line:col: {exc.problems!r}"
            return "error"
        for tag in lexed.tags:
            empty_ok = tag.kind == "block"  # an empty block withholds nothing; an empty inline tag is an error
            if not (tag.start <= tag.text_start <= tag.text_end <= tag.end) or (
                    tag.text_start == tag.text_end and not empty_ok):
                return f"malformed offsets {tag!r}"
            if tag.kind in ("inline", "public") and (text[tag.start:tag.start + 2] != "[[" or
                                                     text[tag.end - 2:tag.end] != "]]"):
                return f"inline tag without brackets {tag!r}"
            if tag.kind != "public" and lookup(str(tag.category)) is None:
                return f"tag without a known category {tag!r}"
            if tag.kind == "block" and not block_line.match(text, tag.start):
                return f"block tag not at a ::: line {tag!r}"
        # The clerk's own text under an inline tag is published verbatim once disclosed; what must
        # never reach the public is tag syntax. So that text is blanked (same offsets) first.
        chars = list(text)
        for tag in lexed.tags:
            if tag.kind != "block":
                chars[tag.text_start:tag.text_end] = ["\n" if c == "\n" else "x" for c in text[tag.text_start:tag.text_end]]
        for escape in lexed.escapes:  # an escaped marker is literal text by the author's choice
            chars[escape.start:escape.start + 3] = ["\0"] * 3
        blanked = dataclasses.replace(lexed, text="".join(chars), escapes=())
        for today in (TODAY_DATE, dt.date(1900, 1, 1)):  # with `until` dates passed, and with none passed
            for form in ("markdown",):
                # marks and escaped markers are cut out; what they separated stays apart
                out = placeholder.sub("\0", public_text(blanked, today, config, form=form))
                if "[[" in out or "]]" in out:
                    return f"'[[' or ']]' published as text: {out!r}"
                if block_line.search(out):
                    return f"a ':::' line published as text: {out!r}"
        return "ok"

    return check


def random_lex_input(rng: random.Random) -> str:
    if rng.random() < 0.8:
        return "".join(rng.choice(LEX_TOKENS) for _ in range(rng.randint(0, 30)))
    return "".join(rng.choice("[]\\:：: \n\"=a鵺［］") for _ in range(rng.randint(0, 40)))


def lex_input_strategy():
    from hypothesis import strategies as st

    return st.one_of(st.lists(st.sampled_from(LEX_TOKENS), max_size=30).map("".join),
                     st.text(alphabet="[]\\:：: \n\"=a鵺［］", max_size=40),
                     st.text(max_size=40))
