"""Search at scale, an alternative design: a static, sharded, character-bigram inverted index.

Usage::

    python -m bench.bigram_index --staged DIR [--words FILE] [--shards 256 1024 4096]

DIR is a staging folder of public Markdown (`<folder>/.sumi-work/public`); it is only read. The
text indexed is exactly the text the search evaluation's ground truth greps (`bench.search_eval`:
`staged_minutes`, NFKC, whitespace removed), so index and ground truth agree by construction.

Every two adjacent characters of a page's text are a bigram (Lucene's CJK-bigram idea, applied to
every character). Two variants, both built in-process on one core:

* **(a) pages**: bigram → the page numbers holding it. A query's candidates are the pages that hold
  every bigram of the (normalized) query; a page may hold them apart, so candidates are checked
  against the page's text: the browser fetches one gzipped plain-text file per shown candidate.
* **(b) positions**: bigram → page numbers, each with the positions of the bigram in the page. A
  query matches a page where bigrams covering the query sit at consecutive positions (an exact
  phrase): no page text is needed to decide, only an excerpt (`SNIPPET_BYTES`) to show.

For each shard count S, every bigram goes to shard `crc32(UTF-8) % S`; a shard file lists its
bigrams sorted, each with a delta-varint posting list, gzipped at level 9 as a web server would
send it. A page table (url, title per page number) is one more gzipped file. A query downloads the
shards of its bigrams, the page table and the texts (a) or excerpts (b) of the first `SHOWN` results.
A one-character query cannot be bigrammed: it is not supported here (a unigram shard set would be
needed); the word list has none.

Incremental update: one page gets a sentence more (at its end, and in a second run in its middle);
only the shard files whose postings changed are re-encoded and gzipped from the in-memory index
("changed"), against re-encoding every shard holding any bigram of the page ("whole page").

Prints the tables and the exact command.
"""

from __future__ import annotations

import argparse
import bisect
import functools
import gzip
import re
import shlex
import statistics
import sys
import tempfile
import time
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import add, sub
from pathlib import Path

from bench.search_eval import (
    DEFAULT_WORDS,
    MAX_QUERY_BYTES,
    Quality,
    ground_truth,
    normalized,
    read_words,
    staged_minutes,
)

DEFAULT_SHARDS = (256, 1024, 4096)
SHOWN = 10            # results shown (and, for (a), checked) on the first screen
SNIPPET_BYTES = 300   # one excerpt of a (b) result
GZIP_LEVEL = 9
APPENDED = "本日の審議では新たに追加の説明がありました。ズミレ基金とヴォルテ計画について質疑があった。"
_TITLE = re.compile(r"^title:\s*(.+?)\s*$", re.MULTILINE)
_HEADING = re.compile(r"^# (.+?)\s*$", re.MULTILINE)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


# --- records -------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """One row of the page table."""

    url: str
    title: str


@dataclass(frozen=True)
class Found:
    """One query against one shard set."""

    word: str
    pages: tuple[int, ...]   # candidates (a) or matches (b), page numbers ascending
    shards: int              # shard files downloaded
    shard_bytes: int         # their gzipped size


@dataclass(frozen=True)
class Update:
    """One page edited and its shard files re-encoded."""

    shards: int      # shard files re-encoded and gzipped
    seconds: float


@dataclass(frozen=True)
class ShardStats:
    """One shard set written from scratch."""

    count: int
    raw_bytes: int
    gzip_bytes: int
    largest_gzip: int
    seconds: float   # encode, gzip and write every shard


# --- varints -------------------------------------------------------------------------


def _varint(n: int) -> bytes:
    """LEB128: seven bits a byte, low bits first, high bit set on all but the last byte."""
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


_SMALL = tuple(_varint(n) for n in range(1 << 14))  # one and two byte varints, precomputed


def varint(n: int) -> bytes:
    return _SMALL[n] if n < 16384 else _varint(n)


def delta_varints(values: Sequence[int]) -> bytes:
    """Ascending integers as varints of their differences (the first from 0)."""
    small = _SMALL
    gaps = map(sub, values, [0, *values[:-1]])
    return b"".join([small[g] if g < 16384 else _varint(g) for g in gaps])


def read_varint(data: bytes, at: int) -> tuple[int, int]:
    """The varint at `at` and the offset after it."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, at
        shift += 7


def read_deltas(data: bytes, at: int, end: int) -> list[int]:
    """Inverse of `delta_varints` for the bytes data[at:end]."""
    values: list[int] = []
    last = 0
    while at < end:
        gap, at = read_varint(data, at)
        last += gap
        values.append(last)
    return values


# --- pages ---------------------------------------------------------------------------


def page_title(markdown: str) -> str:
    """The front matter's title, else the first `# ` heading, else empty."""
    front = _FRONT_MATTER.match(markdown)
    found = _TITLE.search(front.group(0)) if front else None
    if found is None:
        found = _HEADING.search(markdown)
    return found.group(1).strip("'\"") if found else ""


def page_table(staged: Path, urls: Sequence[str]) -> list[Page]:
    """Page number → url and title (urls as `staged_minutes` gives them: `/council/fy/name/`)."""
    return [Page(url, page_title((staged / f"{url.strip('/')}.md").read_text(encoding="utf-8"))) for url in urls]


def encode_page_table(pages: Sequence[Page]) -> bytes:
    return "".join(f"{p.url}\t{p.title}\n" for p in pages).encode()


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data, GZIP_LEVEL, mtime=0)


# --- the index -----------------------------------------------------------------------


@dataclass
class BigramIndex:
    """The in-memory index: page → its bigrams (with encoded positions for (b)), and bigram → pages."""

    positional: bool
    forward: list[dict[str, bytes]]   # page number → bigram → delta-varint positions (b"" for (a))
    postings: dict[str, list[int]]    # bigram → page numbers ascending


def bigrams(text: str) -> Iterable[str]:
    """Every two adjacent characters, in order."""
    return map(add, text, text[1:])


def page_postings(text: str, positional: bool) -> dict[str, bytes]:
    """One page's bigrams; with `positional`, each with its positions as delta varints."""
    intern = sys.intern
    if not positional:
        return {intern(b): b"" for b in set(bigrams(text))}
    where: dict[str, list[int]] = {}
    for i, b in enumerate(bigrams(text)):
        spot = where.get(b)
        if spot is None:
            where[b] = [i]
        else:
            spot.append(i)
    return {intern(b): delta_varints(spots) for b, spots in where.items()}


def build_index(texts: Sequence[str], positional: bool) -> BigramIndex:
    forward = [page_postings(text, positional) for text in texts]
    postings: dict[str, list[int]] = defaultdict(list)
    for number, page in enumerate(forward):
        for b in page:
            postings[b].append(number)
    return BigramIndex(positional, forward, dict(postings))


def encode_posting(index: BigramIndex, bigram: str) -> bytes:
    """(a): delta-varint page numbers. (b): per page, the page number's delta, the byte length of
    its positions and the positions (delta varints)."""
    pages = index.postings[bigram]
    if not index.positional:
        return delta_varints(pages)
    out: list[bytes] = []
    last = 0
    for number in pages:
        spots = index.forward[number][bigram]
        out += [varint(number - last), varint(len(spots)), spots]
        last = number
    return b"".join(out)


def encode_shard(index: BigramIndex, members: Iterable[str]) -> bytes:
    """Each bigram sorted: its UTF-8 length and bytes, its page count, its posting's byte length and the posting."""
    out: list[bytes] = []
    for b in sorted(members):
        key = b.encode()
        body = encode_posting(index, b)
        out += [varint(len(key)), key, varint(len(index.postings[b])), varint(len(body)), body]
    return b"".join(out)


def find_in_shard(data: bytes, bigram: str, positional: bool) -> dict[int, list[int]]:
    """Page number → positions of `bigram` (empty lists for (a)) as read back from a shard file."""
    key = bigram.encode()
    at = 0
    while at < len(data):
        size, at = read_varint(data, at)
        here = data[at:at + size]
        at += size
        _, at = read_varint(data, at)
        length, at = read_varint(data, at)
        if here == key:
            return _posting(data, at, at + length, positional)
        at += length
    return {}


def _posting(data: bytes, at: int, end: int, positional: bool) -> dict[int, list[int]]:
    if not positional:
        return {number: [] for number in read_deltas(data, at, end)}
    found: dict[int, list[int]] = {}
    number = 0
    while at < end:
        gap, at = read_varint(data, at)
        length, at = read_varint(data, at)
        number += gap
        found[number] = read_deltas(data, at, at + length)
        at += length
    return found


# --- shard files ---------------------------------------------------------------------


def shard_of(bigram: str, count: int) -> int:
    return zlib.crc32(bigram.encode()) % count


@dataclass
class ShardFiles:
    """One shard set on disk: which bigrams each shard holds and each file's gzipped size."""

    folder: Path
    count: int
    members: list[set[str]]
    raw: list[int]
    sizes: list[int]

    def path(self, shard: int) -> Path:
        return self.folder / f"{shard:04x}.bin.gz"

    def write(self, index: BigramIndex, shard: int) -> None:
        data = encode_shard(index, self.members[shard])
        packed = gzipped(data)
        self.path(shard).write_bytes(packed)
        self.raw[shard], self.sizes[shard] = len(data), len(packed)


def write_shards(index: BigramIndex, count: int, folder: Path) -> tuple[ShardFiles, ShardStats]:
    """Every shard file from scratch."""
    started = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    members: list[set[str]] = [set() for _ in range(count)]
    for b in index.postings:
        members[shard_of(b, count)].add(b)
    files = ShardFiles(folder, count, members, [0] * count, [0] * count)
    for shard in range(count):
        files.write(index, shard)
    seconds = time.perf_counter() - started
    return files, ShardStats(count, sum(files.raw), sum(files.sizes), max(files.sizes), seconds)


# --- queries -------------------------------------------------------------------------


def query_bigrams(word: str, positional: bool) -> list[tuple[int, str]]:
    """(offset, bigram) pairs of the normalized word. (a): every bigram (the more, the fewer false
    candidates). (b): a cover of the word by bigrams at offsets 0, 2, 4, … and len − 2 — enough for an
    exact phrase, with fewer shards to fetch."""
    text = normalized(word)
    if len(text) < 2:
        raise ValueError(f"{word!r}: one character cannot be bigrammed (not supported)")
    if not positional:
        return [(i, text[i:i + 2]) for i in range(len(text) - 1)]
    offsets = sorted({*range(0, len(text) - 1, 2), len(text) - 2})
    return [(i, text[i:i + 2]) for i in offsets]


def search(files: ShardFiles, word: str, positional: bool) -> Found:
    """The pages for `word`, read back from the gzipped shard files."""
    wanted = query_bigrams(word, positional)
    shards = sorted({shard_of(b, files.count) for _, b in wanted})
    data = {shard: gzip.decompress(files.path(shard).read_bytes()) for shard in shards}
    postings = [(offset, find_in_shard(data[shard_of(b, files.count)], b, positional)) for offset, b in wanted]
    common = set.intersection(*(set(p) for _, p in postings))
    if positional:
        common = {page for page in common if _phrase_at(page, postings)}
    return Found(word, tuple(sorted(common)), len(shards), sum(files.sizes[s] for s in shards))


def _phrase_at(page: int, postings: Sequence[tuple[int, dict[int, list[int]]]]) -> bool:
    """Whether the bigrams sit at their offsets from one common start in `page`."""
    (first, spots), rest = postings[0], postings[1:]
    later = [(offset - first, set(p[page])) for offset, p in rest]
    return any(all(start + shift in where for shift, where in later) for start in spots[page])


# --- incremental update --------------------------------------------------------------


def edit_page(index: BigramIndex, files: ShardFiles, number: int, text: str, whole_page: bool) -> Update:
    """Replace page `number`'s text; re-encode and gzip the shard files it touches (only the shards
    whose postings changed, or with `whole_page` every shard holding any of the page's bigrams),
    and its gzipped plain-text file."""
    started = time.perf_counter()
    new = page_postings(text, index.positional)
    old = index.forward[number]
    for b in old.keys() - new.keys():
        pages = index.postings[b]
        del pages[bisect.bisect_left(pages, number)]
        if not pages:
            del index.postings[b]
            files.members[shard_of(b, files.count)].discard(b)
    for b in new.keys() - old.keys():
        pages = index.postings.setdefault(b, [])
        if not pages:
            files.members[shard_of(b, files.count)].add(b)
        bisect.insort(pages, number)
    index.forward[number] = new
    touched = old.keys() | new.keys() if whole_page else {b for b in old.keys() | new.keys() if old.get(b) != new.get(b)}
    shards = {shard_of(b, files.count) for b in touched}
    for shard in shards:
        files.write(index, shard)
    (files.folder / f"page-{number}.txt.gz").write_bytes(gzipped(text.encode()))
    return Update(len(shards), time.perf_counter() - started)


def timed_edit(index: BigramIndex, files: ShardFiles, number: int, old: str, new: str, whole_page: bool) -> Update:
    """Edit the page, then put its old text back (untimed), so the index stays as built."""
    update = edit_page(index, files, number, new, whole_page)
    edit_page(index, files, number, old, whole_page=False)
    return update


# --- one variant ---------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One variant and shard count."""

    variant: str
    stats: ShardStats
    kb: tuple[float, ...]        # per word: KB downloaded
    append: Update
    middle: Update
    whole: Update


@dataclass(frozen=True)
class Variant:
    """One variant on every shard count."""

    name: str
    build_seconds: float
    bigrams: int
    quality: list[Quality]
    found: dict[str, int]                 # word → candidates (a) or matches (b)
    kb: dict[int, list[float]]            # shard count → per word KB
    verify_all_kb: list[float]            # (a): KB to check every candidate's text
    rows: list[Row]


class TextSizes:
    """Gzipped size of each page's plain text (computed when first asked)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts

    @functools.cache  # noqa: B019 (one instance per run)
    def __call__(self, number: int) -> int:
        return len(gzipped(self.texts[number].encode()))


def run_variant(name: str, positional: bool, urls: Sequence[str], texts: Sequence[str], words: Sequence[str],
                expected: dict[str, frozenset[str]], table_bytes: int, text_sizes: TextSizes,
                shard_counts: Sequence[int], scratch: Path) -> Variant:
    started = time.perf_counter()
    index = build_index(texts, positional)
    build_seconds = time.perf_counter() - started
    number = len(texts) // 2
    old = texts[number]
    middle = len(old) // 2
    edits = (old + normalized(APPENDED), old[:middle] + normalized(APPENDED) + old[middle:])
    rows: list[Row] = []
    kb: dict[int, list[float]] = {}
    founds: list[Found] = []
    for count in shard_counts:
        files, stats = write_shards(index, count, scratch / f"{name}-{count}")
        founds = [search(files, w, positional) for w in words]
        kb[count] = [query_bytes(f, positional, table_bytes, text_sizes) / 1000 for f in founds]
        append = timed_edit(index, files, number, old, edits[0], whole_page=False)
        inside = timed_edit(index, files, number, old, edits[1], whole_page=False)
        whole = timed_edit(index, files, number, old, edits[0], whole_page=True)
        rows.append(Row(name, stats, tuple(kb[count]), append, inside, whole))
    quality = [Quality(f.word, expected[f.word], frozenset(urls[p] for p in f.pages)) for f in founds]
    verify_all = [] if positional else [(table_bytes + sum(map(text_sizes, f.pages))) / 1000 for f in founds]
    return Variant(name, build_seconds, len(index.postings), quality, {f.word: len(f.pages) for f in founds},
                   kb, verify_all, rows)


def query_bytes(found: Found, positional: bool, table_bytes: int, text_sizes: TextSizes) -> int:
    """Shards + page table + the first screen: texts to check (a) or excerpts (b)."""
    shown = found.pages[:SHOWN]
    screen = len(shown) * SNIPPET_BYTES if positional else sum(map(text_sizes, shown))
    return found.shard_bytes + table_bytes + screen


# --- report --------------------------------------------------------------------------


def word_table(variant: Variant, shard_counts: Sequence[int]) -> str:
    extra = " | KB to check all candidates" if variant.verify_all_kb else ""
    head = "| word | docs containing | " + ("candidates" if variant.verify_all_kb else "matches") + \
        " | recall | precision | " + " | ".join(f"KB S={s}" for s in shard_counts) + extra + " |"
    lines = [head, "|---|---:|---:|---:|---:|" + "---:|" * (len(shard_counts) + bool(extra))]
    for i, q in enumerate(variant.quality):
        cells = [f"{variant.kb[s][i]:.0f}" for s in shard_counts]
        if variant.verify_all_kb:
            cells.append(f"{variant.verify_all_kb[i]:.0f}")
        lines.append(f"| {q.word} | {len(q.expected)} | {variant.found[q.word]} | {q.recall:.1%} | {q.precision:.1%} | "
                     + " | ".join(cells) + " |")
    return "\n".join(lines)


def summary_table(variants: Sequence[Variant]) -> str:
    lines = ["| variant | S | index gz MB | raw MB | largest shard gz KB | write all shards s | query KB median | "
             "query KB max | queries > 1 MB | recall mean / min | precision mean / min | "
             "edit at end: shards, s | edit in middle: shards, s | whole page: shards, s |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for v in variants:
        recalls = [q.recall for q in v.quality]
        precisions = [q.precision for q in v.quality]
        for row in v.rows:
            s = row.stats
            over = sum(kb * 1000 > MAX_QUERY_BYTES for kb in row.kb)
            lines.append(
                f"| {v.name} | {s.count} | {s.gzip_bytes / 1e6:.1f} | {s.raw_bytes / 1e6:.1f} | {s.largest_gzip / 1000:.0f} "
                f"| {s.seconds:.1f} | {statistics.median(row.kb):.0f} | {max(row.kb):.0f} | {over} "
                f"| {statistics.mean(recalls):.1%} / {min(recalls):.1%} "
                f"| {statistics.mean(precisions):.1%} / {min(precisions):.1%} "
                f"| {row.append.shards}, {row.append.seconds:.2f} | {row.middle.shards}, {row.middle.seconds:.2f} "
                f"| {row.whole.shards}, {row.whole.seconds:.2f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bigram_index", description=__doc__.split("\n")[0])
    parser.add_argument("--staged", type=Path, required=True, help="staged public Markdown (read only)")
    parser.add_argument("--words", type=Path, default=DEFAULT_WORDS, help="one word a line")
    parser.add_argument("--shards", type=int, nargs="+", default=list(DEFAULT_SHARDS), help="shard counts S")
    args = parser.parse_args(argv)
    staged = args.staged.resolve()
    if not staged.is_dir():
        parser.error(f"no staged Markdown at {staged}")
    words = read_words(args.words)
    started = time.perf_counter()
    minutes = staged_minutes(staged)
    urls = list(minutes)
    texts = [minutes[u] for u in urls]
    pages = page_table(staged, urls)
    extract_seconds = time.perf_counter() - started
    expected = ground_truth(minutes, words)
    table = gzipped(encode_page_table(pages))
    text_sizes = TextSizes(texts)
    with tempfile.TemporaryDirectory(prefix="sumi-bigram-") as scratch:
        variants = [run_variant(name, positional, urls, texts, words, expected, len(table), text_sizes,
                                args.shards, Path(scratch))
                    for name, positional in (("(a) pages", False), ("(b) positions", True))]
    chars = sum(map(len, texts))
    print(f"staged {staged}: {len(texts)} minutes pages, {chars:,} characters (normalized), "
          f"{sum(len(t.encode()) for t in texts) / 1e6:.1f} MB UTF-8; text extraction {extract_seconds:.1f} s; "
          f"page table {len(table) / 1000:.1f} KB gzipped; {len(words)} words")
    for v in variants:
        print(f"{v.name}: index built in memory in {v.build_seconds:.1f} s (one core), {v.bigrams:,} distinct bigrams")
    print()
    print(summary_table(variants))
    for v in variants:
        print()
        print(f"{v.name}, per word (KB: shards + page table + "
              + ("the first 10 candidates' gzipped texts)" if v.verify_all_kb else f"{SHOWN} excerpts of {SNIPPET_BYTES} B)"))
        print(word_table(v, args.shards))
    print()
    print(f"edited page: number {len(texts) // 2} ({urls[len(texts) // 2]}), {len(texts[len(texts) // 2]):,} characters, "
          f"+{len(normalized(APPENDED))} characters; one-character queries: not supported")
    print("command: python -m bench.bigram_index " + shlex.join(sys.argv[1:] if argv is None else argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
