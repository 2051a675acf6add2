"""Search at scale: speed, download size and recall/precision of the site's search page.

Usage::

    python -m bench.search_eval --site S [--words FILE] [--staged DIR] [--content DIR]
                                [--config FILE] [--today 2026-11-22] [--withheld N]
    python -m bench.search_eval --text-from DIR --make-corpus OUT [--pages 1000] [--seed 0]

Serves the built site `S` on 127.0.0.1 (http.server in a thread, port 0) and drives headless
Chromium (Python playwright, Debian's /usr/bin/chromium):

* **Typing.** For each word a fresh browser context opens `search/`, waits until the search
  page is ready (its page table and filters read), then types the word (fill + End) and times
  until the first result list (or "not found") is rendered by `theme/assets/sumi-search.js`.
  Bytes are the sum of the response bodies of the requests made for that query (after the
  page was ready, so the page's own assets are excluded). A fresh context per word means an
  empty cache: every query is measured as a first query.
* **Recall/precision.** The search page's own `window.sumiSearch.match(word)` is called: every
  page the page counts as holding the word (a reader gets them 10 at a time with 「さらに読み込む」),
  not only the first screen. Ground
  truth: the staged public Markdown of the live minutes (`<S parent>/.sumi-work/public/`)
  whose text (front matter removed, NFKC, whitespace removed) contains the word, mapped to
  its URL `<council>/<fy>/<name>/`.
* **Withheld.** With `--content` (the generated sources), N withheld inline texts of live
  documents are searched (whole text, as a citizen would paste it): each must find nothing.
* **Real minutes text.** `--text-from DIR --make-corpus OUT` writes, into OUT (outside the
  project), a content folder of `--pages` minutes made at run time from the paragraphs of the
  text files in DIR (each page a seeded draw of their lines, for a corpus richer in words than the
  generator's), a configuration for it (the personal-data detector off: real minutes name
  people), and `words.txt`: 30 words drawn from that text at run time — one-character queries,
  katakana inside longer katakana, two kanji that stand only inside longer kanji compounds, and
  substrings of 2–8 characters. Build OUT/content with `--config OUT/mkdocs.yml`, then measure
  with `--words OUT/words.txt`. Nothing of DIR is written into the project.

Prints a table and the totals; exit status 1 when a target is missed (recall or precision below
100 %, first result later than 1 s, more than 1 MB for a query, or a withheld text found).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import http.server
import json
import re
import statistics
import sys
import threading
import time
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_WORDS = Path(__file__).resolve().parent / "search_words.txt"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
TODAY = "2026-11-22"
MAX_FIRST_RESULT_MS = 1000.0
MAX_QUERY_BYTES = 1_000_000
_WHITESPACE = re.compile(r"\s+")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


# --- records -------------------------------------------------------------------------


@dataclass(frozen=True)
class Typed:
    """One query typed into the search page."""

    ms: float          # from typing to the first result list (or "not found") rendered
    bytes: int         # response bodies downloaded for the query
    requests: int
    shown: int         # results on the rendered page


@dataclass(frozen=True)
class Quality:
    """One word: the documents containing it (grep) against the documents the search returns."""

    word: str
    expected: frozenset[str]
    returned: frozenset[str]

    @property
    def recall(self) -> float:
        return len(self.expected & self.returned) / len(self.expected) if self.expected else 1.0

    @property
    def precision(self) -> float:
        return len(self.expected & self.returned) / len(self.returned) if self.returned else 1.0

    @property
    def missed(self) -> frozenset[str]:
        return self.expected - self.returned

    @property
    def extra(self) -> frozenset[str]:
        return self.returned - self.expected


# --- inputs --------------------------------------------------------------------------


def read_words(path: Path) -> list[str]:
    """One word a line; blank lines and lines starting with # are skipped."""
    words = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return [w for w in words if w and not w.startswith("#")]


def normalized(text: str) -> str:
    """What grep compares: NFKC, whitespace removed."""
    return _WHITESPACE.sub("", unicodedata.normalize("NFKC", text))


def staged_minutes(staged: Path) -> dict[str, str]:
    """URL (`council/fy/name/`) → normalized public text, for every staged minutes page."""
    pages: dict[str, str] = {}
    for path in sorted(staged.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        front = _FRONT_MATTER.match(text)
        if front is None or "kind: minutes" not in front.group(0):
            continue
        rel = path.relative_to(staged).with_suffix("").as_posix()
        pages[f"/{rel}/"] = normalized(text[front.end():])
    return pages


def ground_truth(pages: dict[str, str], words: Sequence[str]) -> dict[str, frozenset[str]]:
    """Word → URLs of the pages whose public text contains it."""
    return {w: frozenset(url for url, text in pages.items() if normalized(w) in text) for w in words}


def withheld_texts(content: Path, staged: Path, today: dt.date, count: int,
                   config_file: Path = REPO / "mkdocs.yml") -> list[str]:
    """`count` withheld inline texts (not disclosed, not inside a block) of live documents.

    One per document, spread over the live documents, cycling through the categories;
    deterministic for the same corpus.
    """
    from redaction.core.config import load_config
    from redaction.source.document import read_document
    from redaction.source.redact import decisions

    config = load_config(config_file)
    live = sorted(p.relative_to(staged).as_posix() for p in staged.rglob("*.md") if p.parent != staged)
    live = [rel for rel in live if (content / rel).is_file()]
    chosen: list[str] = []
    used: set[str | None] = set()
    for rel in live[:: max(1, len(live) // max(1, count * 2))]:
        document = read_document(content / rel, rel, config)
        rows = [row for field, lexed in document.all_lexed() for row in decisions(lexed, rel, field, today)]
        fresh = [row.text.strip() for row in rows if row.withheld and row.kind == "inline" and not row.in_block
                 and len(row.text.strip()) >= 6 and row.category not in used]
        if fresh:
            chosen.append(fresh[0])
            used.add(next(r.category for r in rows if r.text.strip() == fresh[0]))
            used = set() if len(used) >= 5 else used
        if len(chosen) == count:
            break
    return chosen


# --- the local server ----------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve `site` on 127.0.0.1 (a free port) in a thread; yields the base URL ending in /."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


# --- in the browser ------------------------------------------------------------------

_WATCH_RENDER = """() => {
  const status = document.getElementById('sumi-status');
  window.__sumiRendered = null;
  new MutationObserver((_, observer) => {
    if (status.textContent && !status.textContent.includes('準備')) {
      window.__sumiRendered = performance.now();
      observer.disconnect();
    }
  }).observe(status, {childList: true, characterData: true, subtree: true});
  window.__sumiTyped = performance.now();
}"""

_API_SEARCH = """async (words) => {
  const out = {};
  for (const word of words) {
    out[word] = (await window.sumiSearch.match(word)).map(url => '/' + url);
  }
  return out;
}"""

_WITHHELD_SEARCH = """async (texts) => {
  const out = {};
  for (const text of texts) {
    out[text] = (await window.sumiSearch.match(text)).map(url => '/' + url);
  }
  return out;
}"""


@dataclass(frozen=True)
class Withheld:
    """One withheld text searched through the search page's own `match`."""

    text: str
    holding: frozenset[str]   # pages the search lists for it

    @property
    def found(self) -> bool:
        return bool(self.holding)


def withheld_results(browser: Any, base: str, texts: Sequence[str]) -> list[Withheld]:
    """Search each withheld text (see `Withheld`)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base + "search/", wait_until="load")
        page.wait_for_function("() => window.sumiSearch !== undefined")
        found = page.evaluate(_WITHHELD_SEARCH, list(texts))
        return [Withheld(t, frozenset(found[t])) for t in texts]
    finally:
        context.close()


def open_search_page(browser: Any, base: str) -> tuple[Any, Any]:
    """A fresh context (empty cache) with the search page loaded and ready for a query."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "search/", wait_until="load")
    page.wait_for_load_state("networkidle")
    page.wait_for_function("() => !document.getElementById('sumi-status').textContent.includes('準備')")
    return context, page


def type_query(browser: Any, base: str, word: str) -> Typed:
    """Type `word` into the search page of a fresh context; time and weigh the first results."""
    context, page = open_search_page(browser, base)
    try:
        requests: list[Any] = []
        page.on("requestfinished", lambda request: requests.append(request))
        page.evaluate(_WATCH_RENDER)
        field = page.locator("#sumi-q")
        field.fill(word)
        field.press("End")
        page.wait_for_function("() => window.__sumiRendered !== null", timeout=60_000)
        ms = page.evaluate("() => window.__sumiRendered - window.__sumiTyped")
        page.wait_for_function("() => !document.getElementById('sumi-results').hasAttribute('aria-busy')",
                               timeout=60_000)
        page.wait_for_load_state("networkidle")  # the last requestfinished events are in
        size = sum(r.sizes()["responseBodySize"] for r in requests)
        shown = page.locator("#sumi-results > li").count()
        return Typed(ms=ms, bytes=size, requests=len(requests), shown=shown)
    finally:
        context.close()


def api_results(browser: Any, base: str, words: Sequence[str]) -> dict[str, frozenset[str]]:
    """Word -> URLs of every page the search page counts as holding the word (`window.sumiSearch.match`)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base + "search/", wait_until="load")
        page.wait_for_function("() => window.sumiSearch !== undefined")
        found = page.evaluate(_API_SEARCH, list(words))
        return {w: frozenset(found[w]) for w in words}
    finally:
        context.close()


# --- report --------------------------------------------------------------------------


def table(quality: Sequence[Quality], typed: dict[str, Typed]) -> str:
    lines = ["| word | docs containing | returned | recall | precision | first result (ms) | KB downloaded |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for q in quality:
        t = typed.get(q.word)
        ms = f"{t.ms:.0f}" if t else "–"
        kb = f"{t.bytes / 1000:.0f}" if t else "–"
        lines.append(f"| {q.word} | {len(q.expected)} | {len(q.returned)} | {q.recall:.1%} | {q.precision:.1%} "
                     f"| {ms} | {kb} |")
    return "\n".join(lines)


def totals(quality: Sequence[Quality], typed: dict[str, Typed]) -> str:
    recalls = [q.recall for q in quality]
    precisions = [q.precision for q in quality]
    exact = sum(q.recall == 1.0 and q.precision == 1.0 for q in quality)
    parts = [f"recall mean {statistics.mean(recalls):.1%}, min {min(recalls):.1%}",
             f"precision mean {statistics.mean(precisions):.1%}, min {min(precisions):.1%}",
             f"{exact} of {len(quality)} words exact"]
    if typed:
        ms = [t.ms for t in typed.values()]
        kb = [t.bytes / 1000 for t in typed.values()]
        parts += [f"first result max {max(ms):.0f} ms (median {statistics.median(ms):.0f})",
                  f"download max {max(kb):.0f} KB (median {statistics.median(kb):.0f})"]
    return "; ".join(parts)


def failures(quality: Sequence[Quality], typed: dict[str, Typed], withheld: Sequence[Withheld]) -> list[str]:
    out: list[str] = []
    for q in quality:
        if q.recall < 1.0:
            out.append(f"{q.word}: recall {q.recall:.1%} (missed e.g. {sorted(q.missed)[:3]})")
        if q.precision < 1.0:
            out.append(f"{q.word}: precision {q.precision:.1%} (extra e.g. {sorted(q.extra)[:3]})")
    for word, t in typed.items():
        if t.ms > MAX_FIRST_RESULT_MS:
            out.append(f"{word}: first result after {t.ms:.0f} ms")
        if t.bytes > MAX_QUERY_BYTES:
            out.append(f"{word}: {t.bytes / 1000:.0f} KB downloaded")
    out += [f"withheld text found: {w.text!r} (pages {sorted(w.holding)})" for w in withheld if w.found]
    return out


def evaluate(site: Path, words: Sequence[str], staged: Path, content: Path | None, today: dt.date,
             withheld_count: int, typing: bool = True, config_file: Path = REPO / "mkdocs.yml") -> int:
    from playwright.sync_api import sync_playwright

    pages = staged_minutes(staged)
    expected = ground_truth(pages, words)
    secrets = withheld_texts(content, staged, today, withheld_count, config_file) if content else []
    leaked_in_text = [s for s in secrets if any(normalized(s) in t for t in pages.values())]
    with serve(site) as base, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            started = time.perf_counter()
            returned = api_results(browser, base, words)
            withheld = withheld_results(browser, base, secrets)
            api_seconds = time.perf_counter() - started
            typed = {w: type_query(browser, base, w) for w in words} if typing else {}
        finally:
            browser.close()
    quality = [Quality(w, expected[w], returned[w]) for w in words]
    print(f"site {site}: {len(pages)} minutes pages; {len(words)} words; API pass {api_seconds:.1f} s")
    print(table(quality, typed))
    print()
    print("Totals: " + totals(quality, typed))
    for w in withheld:
        print(f"withheld {w.text!r}: {len(w.holding)} pages listed")
    if leaked_in_text:
        print(f"WARNING: withheld texts present in the staged public text: {leaked_in_text}")
    problems = failures(quality, typed, withheld)
    for line in problems:
        print("MISSED: " + line)
    print(json.dumps({"words": len(words), "withheld_checked": len(withheld), "misses": len(problems)}))
    return 1 if problems else 0


# --- a corpus of real minutes text, made at run time ----------------------------------

_KATAKANA_RUN = re.compile(r"[ァ-ヺー]{5,}")
_KANJI_RUN = re.compile(r"[一-龥々]+")
REAL_COUNCILS = ("kojin-joho", "joho-kokai")


def real_lines(folder: Path) -> list[str]:
    """Every non-empty line of the text files in `folder`, white space runs as one space, made safe as
    format-v1 text (no tag opener, no block fence)."""
    lines: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = " ".join(line.split()).replace("[[", "\\[[")
            if text and not text.startswith(("::", "---")):
                lines.append(text)
    return lines


def make_corpus(text_from: Path, out: Path, pages: int, seed: int) -> None:
    """Write OUT/content, OUT/mkdocs.yml and OUT/words.txt (see the module's text)."""
    import random

    import yaml

    from redaction.detect.policy import RECOGNIZERS

    lines = real_lines(text_from)
    if len(lines) < 20:
        raise SystemExit(f"{text_from}: too little text ({len(lines)} lines)")
    rng = random.Random(seed)
    content = out / "content"
    start = dt.date(2023, 4, 3)
    for number in range(pages):
        council = REAL_COUNCILS[number % len(REAL_COUNCILS)]
        day = start + dt.timedelta(days=(number * 1300) // max(1, pages))
        fy = day.year if day.month >= 4 else day.year - 1
        body = "\n\n".join(rng.sample(lines, min(len(lines), rng.randint(12, 40))))
        path = content / council / str(fy) / f"{day.isoformat()}-{number:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\ntitle: 会議録{number + 1}\ncouncil: {council}\ndate: {day.isoformat()}\n---\n\n"
                        f"## 会議の経過\n\n{body}\n", encoding="utf-8")
    settings = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    settings["sumi"]["detector"] = {kind: "off" for kind in RECOGNIZERS}
    if "custom_dir" in settings.get("theme", {}):
        settings["theme"]["custom_dir"] = str((REPO / settings["theme"]["custom_dir"]).resolve())
    (out / "mkdocs.yml").write_text(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8")
    words = real_words("\n".join(normalized(line) for line in lines), rng)
    (out / "words.txt").write_text("# drawn at run time from " + str(text_from) + "\n" + "\n".join(words) + "\n",
                                   encoding="utf-8")
    print(f"{out}: {pages} pages from {len(lines)} lines of {text_from}; words: {' '.join(words)}")


def real_words(text: str, rng: Any) -> list[str]:
    """30 query words drawn from `text` (normalized lines, one a line), none across a line: 6 one-character (kanji and kana), 6 katakana pieces of longer
    katakana words, 6 two-kanji pieces that never stand as a compound of their own, 12 substrings of
    2–8 characters."""
    words: list[str] = []

    def add(candidates: Sequence[str], count: int) -> None:
        pool = sorted(set(candidates) - set(words))
        words.extend(rng.sample(pool, min(count, len(pool))))

    add([c for c in text if "一" <= c <= "龥" or "ぁ" <= c <= "ゖ"], 6)
    katakana = _KATAKANA_RUN.findall(text)
    add([run[i:i + n] for run in katakana for n in (2, 3) for i in range(1, len(run) - n)], 6)
    runs = _KANJI_RUN.findall(text)
    alone = {run for run in runs if len(run) == 2}
    add([run[i:i + 2] for run in runs if len(run) >= 4 for i in range(len(run) - 1) if run[i:i + 2] not in alone], 6)
    starts = [rng.randrange(len(text) - 8) for _ in range(400)]
    add([text[i:i + rng.randint(2, 8)] for i in starts if not any(c in text[i:i + 8] for c in "\n#|*_`\\[]<>")], 12)
    return words


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search_eval", description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, help="the built site folder")
    parser.add_argument("--words", type=Path, default=DEFAULT_WORDS, help="one word a line")
    parser.add_argument("--staged", type=Path, help="staged public Markdown (default <site parent>/.sumi-work/public)")
    parser.add_argument("--content", type=Path, help="the sources, to take withheld texts from")
    parser.add_argument("--config", type=Path, default=REPO / "mkdocs.yml",
                        help="the mkdocs.yml the site was built with (its councils and categories)")
    parser.add_argument("--today", default=TODAY, help="the build's --today (decides what is withheld)")
    parser.add_argument("--withheld", type=int, default=5, help="how many withheld texts to search")
    parser.add_argument("--no-typing", action="store_true", help="recall/precision only (no timed typing)")
    parser.add_argument("--text-from", type=Path, help="a folder of real minutes text (*.txt), read at run time")
    parser.add_argument("--make-corpus", type=Path, help="with --text-from: write a corpus into this folder")
    parser.add_argument("--pages", type=int, default=1000, help="pages of the real-text corpus")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.text_from or args.make_corpus:
        if not (args.text_from and args.make_corpus):
            parser.error("--text-from and --make-corpus go together")
        make_corpus(args.text_from, args.make_corpus, args.pages, args.seed)
        return 0
    if args.site is None:
        parser.error("--site is required")
    site = args.site.resolve()
    staged = (args.staged or site.parent / ".sumi-work" / "public").resolve()
    if not (site / "search-index" / "pages.json").is_file() or not staged.is_dir():
        parser.error(f"no search index at {site} or no staged Markdown at {staged}")
    return evaluate(site, read_words(args.words), staged, args.content, dt.date.fromisoformat(args.today),
                    args.withheld, typing=not args.no_typing, config_file=args.config)


if __name__ == "__main__":
    sys.exit(main())
