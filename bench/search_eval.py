"""Search at scale: speed, download size and recall/precision of the site's Pagefind search.

Usage::

    python -m bench.search_eval --site S [--words FILE] [--staged DIR] [--content DIR]
                                [--today 2026-11-22] [--withheld N]

Serves the built site `S` on 127.0.0.1 (http.server in a thread, port 0) and drives headless
Chromium (Python playwright, Debian's /usr/bin/chromium):

* **Typing.** For each word a fresh browser context opens `search/`, waits until the search
  page is ready (Pagefind loaded, filters read), then types the word (fill + End) and times
  until the first result list (or "not found") is rendered by `theme/assets/sumi-search.js`.
  Bytes are the sum of the response bodies of the requests made for that query (after the
  page was ready, so the page's own assets are excluded). A fresh context per word means an
  empty cache: every query is measured as a first query.
* **Recall/precision.** The search page's own `window.sumiSearch.find(word)` is called (Pagefind's
  plain and exact-phrase search, each loaded result's text checked for the word) with every
  candidate loaded, as a reader gets them 10 at a time with 「さらに読み込む」: every result the page
  lists as holding the word counts, not only the first screen. Ground
  truth: the staged public Markdown of the live minutes (`<S parent>/.sumi-work/public/`)
  whose text (front matter removed, NFKC, whitespace removed) contains the word, mapped to
  its URL `<council>/<fy>/<name>/`.
* **Withheld.** With `--content` (the generated sources), N withheld inline texts of live
  documents are searched (whole text, as a citizen would paste it): each must find nothing.

Prints a table and the totals; exit status 1 when a target is missed (recall or precision
below 95 %, first result later than 1 s, more than 1 MB for a query, or a withheld text found).
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
MIN_RECALL = 0.95
MIN_PRECISION = 0.95
MAX_FIRST_RESULT_MS = 1000.0
MAX_QUERY_BYTES = 1_000_000
_WHITESPACE = re.compile(r"\s+")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


# --- records -------------------------------------------------------------------------


@dataclass(frozen=True)
class Typed:
    """One query typed into the search page."""

    ms: float          # from typing to the first result list (or "not found") rendered
    complete_ms: float  # from typing until the page's second pass (other query forms) is in (polled)
    bytes: int         # response bodies downloaded for the query, both passes
    requests: int
    shown: int         # results on the rendered page


@dataclass(frozen=True)
class Quality:
    """One word: the documents containing it (grep) against the documents Pagefind returns."""

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
    from redaction.config import load_config
    from redaction.redact import decisions
    from redaction.source import read_document

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

_API_SEARCH = """async ([words, limit]) => {
  const out = {};
  for (const word of words) {
    const found = await window.sumiSearch.find(word, {}, limit);
    const unchecked = await Promise.all(found.unchecked.map(x => x.data()));
    out[word] = found.holding.concat(unchecked).map(d => d.url);
  }
  return out;
}"""
# As many results as a reader can load with 「さらに読み込む」 (10 at a time: `SHOWN` in
# theme/assets/sumi-search.js): every candidate is loaded and checked.
ALL_RESULTS = 1_000_000


_WITHHELD_SEARCH = """async (texts) => {
  const pf = window.sumiSearch.pagefind;  // Pagefind's own API, every part of the index merged
  const flat = s => s.normalize('NFKC').replace(/[\\s\\u200b]+/g, '');
  const out = {};
  for (const text of texts) {
    const exact = await pf.search('"' + text + '"');
    const loose = await pf.search(text);
    const data = await Promise.all(loose.results.map(x => x.data()));
    const holding = data.filter(d => flat(d.content + d.excerpt).includes(flat(text))).map(d => d.url);
    const page = await window.sumiSearch.find(text, {}, 1000000);
    const listed = (await Promise.all(page.unchecked.map(x => x.data()))).map(d => d.url);
    out[text] = [exact.results.length, loose.results.length, holding.concat(page.holding.map(d => d.url), listed)];
  }
  return out;
}"""


@dataclass(frozen=True)
class Withheld:
    """One withheld text searched: as an exact phrase, as typed (Pagefind may fall back to pages
    holding only some of its words, which is no leak as long as none holds the text), and through
    the search page's own `find` (its split phrases and prefixes included)."""

    text: str
    exact_results: int
    loose_results: int
    holding: frozenset[str]   # result pages whose indexed text contains the withheld text, or listed by the page

    @property
    def found(self) -> bool:
        return self.exact_results > 0 or bool(self.holding)


def withheld_results(browser: Any, base: str, texts: Sequence[str]) -> list[Withheld]:
    """Search each withheld text in Pagefind's JS API (see `Withheld`)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base + "search/", wait_until="load")
        page.wait_for_function("() => window.sumiSearch !== undefined")
        found = page.evaluate(_WITHHELD_SEARCH, list(texts))
        return [Withheld(t, found[t][0], found[t][1], frozenset(found[t][2])) for t in texts]
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
        complete_ms = page.evaluate("() => performance.now() - window.__sumiTyped")
        page.wait_for_timeout(300)  # let the last requestfinished events arrive
        size = sum(r.sizes()["responseBodySize"] for r in requests)
        shown = page.locator("#sumi-results > li").count()
        return Typed(ms=ms, complete_ms=complete_ms, bytes=size, requests=len(requests), shown=shown)
    finally:
        context.close()


def api_results(browser: Any, base: str, words: Sequence[str]) -> dict[str, frozenset[str]]:
    """Word → URLs of every result the search page lists as holding the word once every candidate
    is loaded (「さらに読み込む」), through the page's own `window.sumiSearch.find`."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base + "search/", wait_until="load")
        page.wait_for_function("() => window.sumiSearch !== undefined")
        found = page.evaluate(_API_SEARCH, [list(words), ALL_RESULTS])
        return {w: frozenset(found[w]) for w in words}
    finally:
        context.close()


# --- report --------------------------------------------------------------------------


def table(quality: Sequence[Quality], typed: dict[str, Typed]) -> str:
    lines = ["| word | docs containing | returned | recall | precision | first result (ms) | complete (ms) | KB downloaded |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for q in quality:
        t = typed.get(q.word)
        ms = f"{t.ms:.0f}" if t else "–"
        complete = f"{t.complete_ms:.0f}" if t else "–"
        kb = f"{t.bytes / 1000:.0f}" if t else "–"
        lines.append(f"| {q.word} | {len(q.expected)} | {len(q.returned)} | {q.recall:.1%} | {q.precision:.1%} "
                     f"| {ms} | {complete} | {kb} |")
    return "\n".join(lines)


def totals(quality: Sequence[Quality], typed: dict[str, Typed]) -> str:
    recalls = [q.recall for q in quality]
    precisions = [q.precision for q in quality]
    parts = [f"recall mean {statistics.mean(recalls):.1%}, min {min(recalls):.1%}",
             f"precision mean {statistics.mean(precisions):.1%}, min {min(precisions):.1%}"]
    if typed:
        ms = [t.ms for t in typed.values()]
        kb = [t.bytes / 1000 for t in typed.values()]
        complete = [t.complete_ms for t in typed.values()]
        parts += [f"first result max {max(ms):.0f} ms (median {statistics.median(ms):.0f})",
                  f"complete max {max(complete):.0f} ms (median {statistics.median(complete):.0f})",
                  f"download max {max(kb):.0f} KB (median {statistics.median(kb):.0f})"]
    return "; ".join(parts)


def failures(quality: Sequence[Quality], typed: dict[str, Typed], withheld: Sequence[Withheld]) -> list[str]:
    out: list[str] = []
    for q in quality:
        if q.recall < MIN_RECALL:
            out.append(f"{q.word}: recall {q.recall:.1%} (missed e.g. {sorted(q.missed)[:3]})")
        if q.precision < MIN_PRECISION:
            out.append(f"{q.word}: precision {q.precision:.1%} (extra e.g. {sorted(q.extra)[:3]})")
    for word, t in typed.items():
        if t.ms > MAX_FIRST_RESULT_MS:
            out.append(f"{word}: first result after {t.ms:.0f} ms")
        if t.bytes > MAX_QUERY_BYTES:
            out.append(f"{word}: {t.bytes / 1000:.0f} KB downloaded")
    out += [f"withheld text found: {w.text!r} ({w.exact_results} exact, pages {sorted(w.holding)})"
            for w in withheld if w.found]
    return out


def query(word: str, quoted: bool) -> str:
    """What is typed: the word, or the word in double quotes (Pagefind's exact-phrase search)."""
    return f'"{word}"' if quoted else word


def evaluate(site: Path, words: Sequence[str], staged: Path, content: Path | None, today: dt.date,
             withheld_count: int, typing: bool = True, quoted: bool = False,
             config_file: Path = REPO / "mkdocs.yml") -> int:
    from playwright.sync_api import sync_playwright

    pages = staged_minutes(staged)
    expected = ground_truth(pages, words)
    secrets = withheld_texts(content, staged, today, withheld_count, config_file) if content else []
    leaked_in_text = [s for s in secrets if any(normalized(s) in t for t in pages.values())]
    with serve(site) as base, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            started = time.perf_counter()
            found = api_results(browser, base, [query(w, quoted) for w in words])
            returned = {w: found[query(w, quoted)] for w in words}
            withheld = withheld_results(browser, base, secrets)
            api_seconds = time.perf_counter() - started
            typed = {w: type_query(browser, base, query(w, quoted)) for w in words} if typing else {}
        finally:
            browser.close()
    quality = [Quality(w, expected[w], returned[w]) for w in words]
    print(f"site {site}: {len(pages)} minutes pages; {len(words)} words{' (quoted)' if quoted else ''}; "
          f"API pass {api_seconds:.1f} s")
    print(table(quality, typed))
    print()
    print("Totals: " + totals(quality, typed))
    for w in withheld:
        print(f"withheld {w.text!r}: exact phrase {w.exact_results} results; as typed {w.loose_results} "
              f"results, {len(w.holding)} holding the text")
    if leaked_in_text:
        print(f"WARNING: withheld texts present in the staged public text: {leaked_in_text}")
    problems = failures(quality, typed, withheld)
    for line in problems:
        print("MISSED: " + line)
    print(json.dumps({"words": len(words), "withheld_checked": len(withheld), "misses": len(problems)}))
    return 1 if problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search_eval", description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, required=True, help="the built site folder")
    parser.add_argument("--words", type=Path, default=DEFAULT_WORDS, help="one word a line")
    parser.add_argument("--staged", type=Path, help="staged public Markdown (default <site parent>/.sumi-work/public)")
    parser.add_argument("--content", type=Path, help="the sources, to take withheld texts from")
    parser.add_argument("--config", type=Path, default=REPO / "mkdocs.yml",
                        help="the mkdocs.yml the site was built with (its councils and categories)")
    parser.add_argument("--today", default=TODAY, help="the build's --today (decides what is withheld)")
    parser.add_argument("--withheld", type=int, default=5, help="how many withheld texts to search")
    parser.add_argument("--no-typing", action="store_true", help="recall/precision only (no timed typing)")
    parser.add_argument("--quoted", action="store_true", help='search "word" (Pagefind exact phrase)')
    args = parser.parse_args(argv)
    site = args.site.resolve()
    staged = (args.staged or site.parent / ".sumi-work" / "public").resolve()
    if not (site / "pagefind" / "pagefind.js").is_file() or not staged.is_dir():
        parser.error(f"no Pagefind site at {site} or no staged Markdown at {staged}")
    return evaluate(site, read_words(args.words), staged, args.content, dt.date.fromisoformat(args.today),
                    args.withheld, typing=not args.no_typing, quoted=args.quoted, config_file=args.config)


if __name__ == "__main__":
    sys.exit(main())
