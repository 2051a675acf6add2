"""Build, write and update the site's search index (`search/` in the site); see docs/dev/search.md.

The index is made from the public documents the build already holds (their staged Markdown,
`text.segments`), never from rendered HTML. Each live minutes page gets a page number (the pages in
order of date, then address: a new meeting is mostly the last number) and its text is cut into
segments (paragraphs, cells). In each segment's searchable form:

- every string of one to four characters (an n-gram, n ≤ 4) -> the pages holding it: a query of up
  to four characters is answered exactly by the one posting of the query itself;
- every string of four characters (a 4-gram) -> the pages holding it, each with the (segment id,
  offset) of every occurrence: a longer query is a page where 4-grams covering it sit at the right
  offsets of one segment — an exact substring test, with no page text needed.

A segment's id is a 16-bit hash of its text (a collision takes the next free id, in page order), not
its ordinal: inserting a paragraph changes no other paragraph's postings. Keys go to shard files by
FNV-1a of their UTF-8 (`codec`). The pages are in up to three parts (`parts`): those up to the last
multiple of TAIL, those up to the last multiple of NEWEST, and the newest; each part has its own shards
(their counts follow its number of pages) and counts its page numbers from its first page, so that a
meeting added among the newest changes only the last, smallest part. A full build is made in bulk (`bulk`, on every core).

A rebuild starts from the index it wrote last (kept in the work folder with the list of pages and
digests of their texts): a part whose pages are the same is kept, a part with a few pages edited is
patched (only the shards holding a key whose postings changed are written again), any other part is
written anew — byte for byte what a full build writes (the encoding is canonical: sorted keys, sorted
pages).
"""

from __future__ import annotations

import ctypes
import gzip
import hashlib
import json
import os
import pickle
import shutil
import tempfile
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import add
from pathlib import Path

from redaction.core.cores import map_on_every_core
from redaction.core.normalize import build_tables
from redaction.website.search import bulk, codec
from redaction.website.search.text import searchable, searchable_all, segments

FORMAT = "sumi-search/2"
FOLDER = "search-index"        # in the site: what the search page loads
CACHE = "search-index"         # in the work folder: the last index written, with its state
STATE = "state.json"           # in the cache only
PAGES = "pages.json"           # in the site: format, shard counts, filters and the page table
TEXTS = "text"                 # one gzipped text per page, for snippets: its segments, one a line
SEGMENT_IDS = 1 << 16
MAX_GRAM = 4                   # queries up to this length are one n-gram posting
PARALLEL_PAGES = 100           # below this, worker processes cost more than they save
REBUILD_SHARE = 8              # more than a part's pages/REBUILD_SHARE pages changed: write the part anew
SPILL_PREFIX = "keys-"          # the batch files' temporary folder, beside the index
SPILL_PAGES = 32               # pages a worker turns into keys and writes to one file (its memory)
TAIL = 512                     # the first part holds the pages up to the last multiple of TAIL
NEWEST = 64                    # the last part holds the pages after the last multiple of NEWEST (at most NEWEST - 1)


@dataclass(frozen=True)
class SearchPage:
    """One live minutes page as the search page lists it, with its text."""

    url: str                   # site path, "kojin-joho/2024/2024-07-11/"
    title: str
    council: str               # the council's name (a filter)
    year: str                  # the fiscal year's label, 令和6年度（2024年度） (a filter)
    date: str                  # ISO date (page order)
    date_label: str            # 令和6年7月11日（木）
    text: str | Callable[[], str]   # the staged page, or what gives it (read only if indexed)
    sha256: str = ""           # of the staged page's UTF-8 bytes, when known without reading it

    @cached_property
    def markdown(self) -> str:
        return self.text if isinstance(self.text, str) else self.text()

    @property
    def digest(self) -> str:
        return self.sha256 or hashlib.sha256(self.markdown.encode()).hexdigest()

    @cached_property
    def segments(self) -> tuple[str, ...]:
        """As shown (text.segments)."""
        return segments(self.markdown)


@dataclass(frozen=True)
class Forward:
    """One page's keys: its n-grams (n ≤ 4), and its 4-grams with their encoded occurrences."""

    grams: frozenset[str]
    positions: dict[str, bytes]


def search_page(url_path: str, title: str, council: str, year: str, date: str, date_label: str,
                markdown: str | Callable[[], str], sha256: str = "") -> SearchPage:
    """`markdown`: the staged page, or what gives it (`sha256`, when given, must be that of its UTF-8 bytes)."""
    return SearchPage(f"{url_path}/", title, council, year, date, date_label, markdown, sha256)


def segment_ids(texts: Sequence[str]) -> list[int]:
    """Each searchable segment's id: its text's hash (CRC-32) in 16 bits; equal texts share one, a collision
    of different texts takes the next free id (in page order)."""
    taken: dict[int, str] = {}
    ids: list[int] = []
    for text in texts:
        sid = zlib.crc32(text.encode()) % SEGMENT_IDS
        while sid in taken and taken[sid] != text:
            sid = (sid + 1) % SEGMENT_IDS
        taken[sid] = text
        ids.append(sid)
    return ids


def forward(page_segments: Sequence[str]) -> Forward:
    texts = [searchable(s) for s in page_segments]
    spots: dict[str, list[int]] = defaultdict(list)
    grams: set[str] = set()
    seen: set[int] = set()
    for sid, text in sorted(zip(segment_ids(texts), texts, strict=True)):
        if sid in seen:  # the same text again: the same occurrences
            continue
        seen.add(sid)
        pairs = list(map(add, text, text[1:]))
        triples = list(map(add, pairs, text[2:]))
        quads = list(map(add, triples, text[3:]))
        grams.update(text, pairs, triples, quads)
        for offset, key in enumerate(quads):
            spots[key] += (sid, offset)
    occurrences = codec.occurrences
    return Forward(frozenset(grams), {key: occurrences(where) for key, where in spots.items()})


def shard_counts(pages: int) -> tuple[int, int]:
    """(n-gram shards, positional shards) for a part of `pages` pages: powers of two, about one n-gram
    shard and four positional shards a page (positions are the larger part), at least 64 and at most
    4,096 of each."""
    count = min(4096, max(64, 1 << max(0, pages - 1).bit_length()))
    return count, min(4096, 4 * count)


def parts(pages: int) -> list[range]:
    """The index's parts (page number ranges): the pages up to the last multiple of TAIL, then those up to the
    last multiple of NEWEST, and the newest (at most NEWEST - 1). A page added among the newest changes only
    the last, smallest part; the middle one is written again once every NEWEST pages, the first once every TAIL
    (docs/dev/search.md)."""
    main = pages // TAIL * TAIL
    middle = max(main, pages // NEWEST * NEWEST)
    return [r for r in (range(0, main), range(main, middle), range(middle, pages)) if len(r)]


@dataclass(frozen=True)
class Layout:
    """Where one part's keys are: its folder (its first page number) and shard counts."""

    first: int
    gram_shards: int
    positional_shards: int

    @classmethod
    def of(cls, part: range) -> Layout:
        return cls(part.start, *shard_counts(len(part)))

    def gram_file(self, key: str) -> str:
        return _shard_file(f"{self.first}/g", key, self.gram_shards, 4)

    def positional_file(self, key: str) -> str:
        return _shard_file(f"{self.first}/p", key, self.positional_shards, 4)


@lru_cache(maxsize=1 << 20)
def _shard_file(kind: str, key: str, count: int, digits: int) -> str:
    return f"{kind}/{codec.fnv1a(key) % count:0{digits}x}.bin"


def ordered(pages: Iterable[SearchPage]) -> list[SearchPage]:
    """Page numbers: by date, then address (a new meeting is mostly appended)."""
    return sorted(pages, key=lambda p: (p.date, p.url))


def text_file(url: str) -> str:
    return f"{TEXTS}/{url.rstrip('/')}.txt.gz"


def _gz(data: bytes) -> bytes:
    return gzip.compress(data, codec.GZIP_LEVEL, mtime=0)


def pages_json(pages: Sequence[SearchPage]) -> bytes:
    councils = sorted({p.council for p in pages})
    years = sorted({p.year for p in pages}, key=lambda y: (_western(y), y), reverse=True)
    table = [[p.url, p.title, councils.index(p.council), years.index(p.year), p.date_label] for p in pages]
    data = {"format": FORMAT, "parts": _layouts(len(pages)),
            "councils": councils, "years": years, "pages": table}
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


def _western(label: str) -> int:
    digits = label.rsplit("（", 1)[-1][:4]
    return int(digits) if digits.isdigit() else 0


def _write(root: Path, name: str, data: bytes) -> None:
    """A new file in place of the old (never the old one rewritten: the site holds links to the files)."""
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = path.with_name(path.name + ".new")
    fresh.write_bytes(data)
    os.replace(fresh, path)


def _write_fresh(root: Path, name: str, data: bytes) -> None:
    """A file where there is none yet (a part's folder just emptied, a full build's fresh folder): written in place,
    without `_write`'s temporary name and rename (a system call fewer a file, and no folder made again for each:
    13,000 files at 10,000 documents). Exclusive: an existing file is an error, never rewritten."""
    path = root / name
    try:
        stream = path.open("xb")
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        stream = path.open("xb")
    with stream:
        stream.write(data)


def _link_or_copy(source: str, target: str) -> None:
    """The site's copy of an index file: a hard link when the work folder and the site share a file system."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


@dataclass(frozen=True)
class Written:
    """What one indexing run wrote: shard files written (of all), text files written, whether in full."""

    shards: int
    shards_total: int
    texts: int
    full: bool


def distinct_segments(markdown: str, _: None) -> tuple[bytes, tuple[int, ...], tuple[str, ...]]:
    """A page's text file (gzipped segments, as shown) and its distinct searchable segments by segment id."""
    page_segments = segments(markdown)
    texts = searchable_all(page_segments)
    by_id = dict(zip(segment_ids(texts), texts, strict=True))  # one id, one text
    ids = sorted(by_id)
    return _gz("\n".join(page_segments).encode()), tuple(ids), tuple(by_id[i] for i in ids)


def _batch_segments(item: tuple[int, str], pages: Sequence[SearchPage]) -> tuple[list[bytes], str]:
    """A batch of pages' distinct searchable segments (`distinct_segments`), written to `{path}.segments`:
    (the pages' text files, the characters of their segments). The pages are the workers' state: inherited
    by forked workers, never sent a batch at a time through a pipe."""
    first, path = item
    prepared = [distinct_segments(page.markdown, None) for page in pages[first:first + SPILL_PAGES]]
    with open(f"{path}.segments", "wb") as out:
        pickle.dump([(ids, searchable) for _, ids, searchable in prepared], out, protocol=pickle.HIGHEST_PROTOCOL)
    return [text for text, _, _ in prepared], bulk.characters("".join(t for _, _, s in prepared for t in s))


def _spilled_keys(item: tuple[int, str], tables: bulk.Tables) -> list[bulk.Spilled]:
    """A batch of pages' keys (`bulk.page_keys`, from `{path}.segments`), written to `{path}.keys` cut by group
    (`bulk.spill`)."""
    first, path = item
    with open(f"{path}.segments", "rb") as source:
        batch = pickle.load(source)
    return bulk.spill([bulk.page_keys(texts, ids, tables) for ids, texts in batch], first, tables, Path(f"{path}.keys"))


def _merged_group(item: tuple[int, bool], state: tuple[Path, Layout, list[tuple[str, list[bulk.Spilled]]], bulk.Tables]
                  ) -> None:
    """Write one group's shards, merged from its cut of every batch's file."""
    group, positional = item
    folder, layout, spills, tables = state
    cuts = [bulk.read_cut(Path(path), where[group], tables, positional) for path, where in spills]
    for shard, packed in bulk.merged(cuts, tables, positional):
        _write_fresh(folder, f"{layout.first}/{'p' if positional else 'g'}/{shard:04x}.bin", packed)


def build_part(folder: Path, pages: Sequence[SearchPage], part: range) -> dict[str, bytes]:
    """Write the shards of one part (`pages` all the site's pages, `ordered`) into `folder` (the index's
    folder; the part's own is emptied first). Returns the part's pages' text files, by address."""
    layout = Layout.of(part)
    shutil.rmtree(folder / str(layout.first), ignore_errors=True)
    build_tables()  # squash's tables, built once before worker processes fork
    chosen = pages[part.start:part.stop]
    parallel = len(chosen) >= PARALLEL_PAGES
    # Every page's keys, all together, would be the build's largest holding (about 600 MB at 3,239 pages), and
    # its searchable segments the next (about 350 MB): the workers take the pages a batch at a time, write the
    # batch's segments, then its keys cut by group, to files beside the index; each group's merge reads its cut
    # of every batch's file and writes the group's shards. No process holds more than a batch's segments and
    # keys or a group's records and shards; the parent holds the pages' text files (gzipped) and the alphabet.
    with tempfile.TemporaryDirectory(prefix=SPILL_PREFIX, dir=folder.parent) as spill_folder:
        batches = [(start, str(Path(spill_folder) / str(start))) for start in range(0, len(chosen), SPILL_PAGES)]
        read = map_on_every_core(_batch_segments, batches, chosen, worth_it=parallel)
        texts = {page.url: text for page, text in zip(chosen, (t for files, _ in read for t in files), strict=True)}
        tables = bulk.Tables(bulk.alphabet([chars for _, chars in read]), layout.gram_shards, layout.positional_shards)
        del read
        spilled = map_on_every_core(_spilled_keys, batches, tables, worth_it=parallel)
        spills = [(f"{path}.keys", where) for (_, path), where in zip(batches, spilled, strict=True)]
        del batches, spilled
        map_on_every_core(_merged_group, [(g, positional) for g, (positional, _) in enumerate(bulk.groups(tables))],
                          (folder, layout, spills, tables), worth_it=parallel)
    _give_back_freed_memory()
    return texts


def _give_back_freed_memory() -> None:
    """Return the pages freed above to the system (glibc's malloc_trim; nothing where the C library has none).

    Every page's keys arrived from the workers as small arrays among other objects: once freed, the C
    library keeps most of that memory (it returns only the heap's top), and the build's later steps (bundles,
    the leak scan) would start with a third of it still held (measured at 1,000 live pages: 107 of 204 MB
    given back)."""
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError, TypeError):
        return
    trim(0)


def build_index(folder: Path, pages: Sequence[SearchPage], log: Callable[[str], None] | None = None) -> Written:
    """Write the whole index of `pages` (already `ordered`) into the empty folder `folder` (`bulk`: the
    pages' segments and keys on every core, then the shards merged a group at a time)."""
    for part in parts(len(pages)):
        for url, text in build_part(folder, pages, part).items():
            _write_fresh(folder, text_file(url), text)
    _write(folder, PAGES, pages_json(pages))
    shards = _shard_count(folder)
    return Written(shards, shards, len(pages), True)


def _shard_count(folder: Path) -> int:
    return sum(1 for _ in folder.glob("*/[gp]/*.bin"))


def update_part(folder: Path, old: Sequence[tuple[str, str]], pages: Sequence[SearchPage], part: range) -> int | None:
    """Bring one part of the index in `folder`, written for `old` ((url, digest) per page number of the
    whole index; the same addresses in this part), to `pages` (`ordered`), when only a few of its pages'
    texts changed: only the shards that change are written. Returns their number; None when too many
    changed (the caller writes the part anew)."""
    layout = Layout.of(part)
    changed = [(n - part.start, url) for n, (url, digest) in enumerate(old[part.start:part.stop], part.start)
               if digest != pages[n].digest]
    if len(changed) > max(8, len(part) // REBUILD_SHARE):
        return None
    empty = Forward(frozenset(), {})
    touched: dict[str, set[str]] = defaultdict(set)     # shard file -> keys whose postings change
    added: dict[str, dict[str, dict[int, bytes]]] = defaultdict(lambda: defaultdict(dict))
    for number, url in changed:
        was = forward(_read_text(folder, url)) if (folder / text_file(url)).is_file() else empty
        now = forward(pages[part.start + number].segments)
        for key in was.grams ^ now.grams:
            touched[layout.gram_file(key)].add(key)
            if key in now.grams:
                added[layout.gram_file(key)][key][number] = b""
        for key in was.positions.keys() | now.positions.keys():
            if was.positions.get(key) != now.positions.get(key):
                touched[layout.positional_file(key)].add(key)
                if key in now.positions:
                    added[layout.positional_file(key)][key][number] = now.positions[key]
    removed = frozenset(number for number, _ in changed)
    for name in sorted(touched):
        path = folder / name
        raw = gzip.decompress(path.read_bytes()) if path.is_file() else b""
        patched = codec.patch_shard(raw, removed, added.get(name, {}), frozenset(touched[name]),
                                    name.split("/")[1] == "p")
        if patched != codec.MAGIC:
            _write(folder, name, codec.pack(patched))
        else:
            path.unlink(missing_ok=True)
    return len(touched)


def update_index(folder: Path, old: Sequence[tuple[str, str]], pages: Sequence[SearchPage]) -> Written:
    """Bring the index in `folder`, written for `old` ((url, digest) per page number), to `pages`
    (`ordered`): a part whose pages are the same is kept, one with a few pages edited is patched
    (`update_part`), any other written anew (`build_part`); text files only for the pages that changed."""
    old_digest = dict(old)
    written = 0
    texts: dict[str, bytes] = {}
    new_parts = parts(len(pages))
    for part in new_parts:
        same = (part in parts(len(old)) and (folder / str(part.start)).is_dir()
                and [u for u, _ in old[part.start:part.stop]] == [p.url for p in pages[part.start:part.stop]])
        if same and all(old[n][1] == pages[n].digest for n in part):
            continue
        patched = update_part(folder, old, pages, part) if same else None
        if patched is None:
            texts.update(build_part(folder, pages, part))
            written += _part_shards(folder, part)
        else:
            written += patched
    kept = {str(part.start) for part in new_parts}
    for stale in [p for p in folder.iterdir() if p.is_dir() and p.name.isdigit() and p.name not in kept]:
        shutil.rmtree(stale)
    current = {p.url for p in pages}
    for url in old_digest.keys() - current:
        (folder / text_file(url)).unlink(missing_ok=True)
    count = 0
    for page in pages:
        if old_digest.get(page.url) != page.digest:
            _write(folder, text_file(page.url), texts.get(page.url) or _gz("\n".join(page.segments).encode()))
            count += 1
    _write(folder, PAGES, pages_json(pages))
    return Written(written, _shard_count(folder), count, False)


def _part_shards(folder: Path, part: range) -> int:
    return sum(1 for _ in (folder / str(part.start)).glob("[gp]/*.bin"))


def _read_text(folder: Path, url: str) -> tuple[str, ...]:
    return tuple(gzip.decompress((folder / text_file(url)).read_bytes()).decode().split("\n"))


def index_search(site: Path, pages: Iterable[SearchPage], work: Path,
                 log: Callable[[str], None] | None = None) -> list[str]:
    """Write the site's `search/` folder for `pages`, updating the work folder's copy of the last
    index when it can, then copying it into the site. Returns warnings (none so far)."""
    started = time.perf_counter()
    pages = ordered(pages)
    cache = work / CACHE
    index = cache / FOLDER
    state_file = cache / STATE
    old = _read_state(state_file)
    for stale in cache.glob(f"{SPILL_PREFIX}*"):  # a build stopped while indexing (build_part's batch files)
        shutil.rmtree(stale, ignore_errors=True)
    state_file.unlink(missing_ok=True)  # the folder is being changed: unusable if this run stops midway
    if old is not None and index.is_dir():
        written = update_index(index, old, pages)
    else:
        shutil.rmtree(index, ignore_errors=True)
        index.mkdir(parents=True)
        written = build_index(index, pages, log)
    state_file.write_text(json.dumps({"format": FORMAT, "parts": _layouts(len(pages)),
                                      "pages": [[p.url, p.digest] for p in pages]}, ensure_ascii=False) + "\n",
                          encoding="utf-8")
    shutil.copytree(index, site / FOLDER, dirs_exist_ok=True, copy_function=_link_or_copy)
    if log is not None:
        what = "全体 / full" if written.full else f"{written.shards:,} / {written.shards_total:,} shards, {written.texts} texts"
        log(f"  検索索引 / search index: {len(pages):,} ページ / pages, {what} … {time.perf_counter() - started:.1f} s")
    return []


def _read_state(path: Path) -> list[tuple[str, str]] | None:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(state, dict) or state.get("format") != FORMAT:
        return None
    pages = [(url, digest) for url, digest in state["pages"]]
    # the parts the folder was written in, as this code would lay them out (another version's rule: written anew)
    return pages if state.get("parts") == _layouts(len(pages)) else None


def _layouts(pages: int) -> list[list[int]]:
    """The index's parts for `pages` pages as `pages.json` lists them: [first page, n-gram shards, positional shards]."""
    return [[x.first, x.gram_shards, x.positional_shards] for x in map(Layout.of, parts(pages))]


def cover(length: int) -> list[int]:
    """The offsets of the 4-grams that cover a query of `length` (> 4) characters: 0, 4, 8, … and the last."""
    return sorted({*range(0, length - MAX_GRAM + 1, MAX_GRAM), length - MAX_GRAM})


class IndexReader:
    """The index in a folder read back as the search page reads it (for the leak scan and the tests)."""

    def __init__(self, folder: Path) -> None:
        meta = json.loads((folder / PAGES).read_text(encoding="utf-8"))
        self.folder = folder
        self.urls = [row[0] for row in meta["pages"]]
        self.layouts = [Layout(*row) for row in meta["parts"]]
        self._shards: dict[str, dict[str, codec.Entry]] = {}
        self._postings: dict[tuple[str, bool, tuple[Layout, ...]], dict[int, bytes]] = {}

    def posting(self, key: str, positional: bool, layouts: Sequence[Layout] | None = None) -> dict[int, bytes]:
        """Page number -> occurrence bytes (positional shards) or b"" (n-gram shards) of one key, in every part
        (or in the parts of `layouts`)."""
        chosen = tuple(self.layouts if layouts is None else layouts)
        if (key, positional, chosen) not in self._postings:
            found: dict[int, bytes] = {}
            for layout in chosen:
                entry = self._shard(layout.positional_file(key) if positional else layout.gram_file(key)).get(key)
                if entry is not None:
                    found.update((layout.first + n, spots)
                                 for n, spots in codec.decode_posting(entry.body, positional).items())
            self._postings[key, positional, chosen] = found
        return self._postings[key, positional, chosen]

    def _shard(self, name: str) -> dict[str, codec.Entry]:
        """The entries of one shard file by key (none when the file is absent), read once."""
        if name not in self._shards:
            path = self.folder / name
            self._shards[name] = {e.key: e for e in codec.entries(gzip.decompress(path.read_bytes()))} if path.is_file() else {}
        return self._shards[name]

    def holds(self, key: str, positional: bool, layouts: Sequence[Layout] | None = None) -> bool:
        """Whether some part (of `layouts`, or any) has a posting for `key`, its posting not decoded."""
        return any(key in self._shard(layout.positional_file(key) if positional else layout.gram_file(key))
                   for layout in (self.layouts if layouts is None else layouts))

    def files_read(self, word: str) -> list[str]:
        """The shard files (paths in the folder, present or not) that `pages_holding(word)` reads: all it
        depends on besides the parts."""
        return [layout.positional_file(key) if positional else layout.gram_file(key)
                for positional, key in keys_read(word) for layout in self.layouts]

    def pages_holding(self, word: str, layouts: Sequence[Layout] | None = None) -> set[int]:
        """The page numbers holding `word` (already in `squash` form) within one segment, in every part (or in the
        parts of `layouts`: a part's answer depends on its own files alone). A key of it that no part holds
        answers at once: none (a withheld text's pieces are seldom all in public text)."""
        if not all(self.holds(key, positional, layouts) for positional, key in keys_read(word)):
            return set()
        if len(word) <= MAX_GRAM:
            return set(self.posting(word, False, layouts))
        postings = [(d, self.posting(word[d:d + MAX_GRAM], True, layouts)) for d in cover(len(word))]
        smallest = min((p for _, p in postings), key=len)
        found: set[int] = set()
        for number in smallest:
            if not all(number in p for _, p in postings):
                continue
            spots = [(d, set(codec.decode_occurrences(p[number]))) for d, p in postings]
            if any(all((sid, offset + d) in where for d, where in spots) for sid, offset in spots[0][1]):
                found.add(number)
        return found


def keys_read(word: str) -> list[tuple[bool, str]]:
    """The keys whose postings `IndexReader.pages_holding(word)` reads, each with whether it is a positional
    shard's (the 4-grams covering a word of five characters or more) or an n-gram shard's (the word itself):
    all its answer depends on besides the parts."""
    if len(word) <= MAX_GRAM:
        return [(False, word)]
    return [(True, word[d:d + MAX_GRAM]) for d in cover(len(word))]


def decoded_texts(folder: Path) -> dict[str, str]:
    """The text every positional shard of an index folder holds, rebuilt page by page (page number ->
    segment id -> characters by offset): what the leak scan reads besides the text files."""
    pages: dict[int, dict[int, dict[int, str]]] = defaultdict(lambda: defaultdict(dict))
    for layout in IndexReader(folder).layouts:
        for path in sorted((folder / str(layout.first) / "p").glob("*.bin")):
            for key, posting in codec.decode_shard(path.read_bytes(), positional=True).items():
                for number, spots in posting.items():
                    for sid, offset in codec.decode_occurrences(spots):
                        chars = pages[layout.first + number][sid]
                        for i, char in enumerate(key):
                            chars[offset + i] = char
    return {f"{number}": "\n".join("".join(chars[i] for i in sorted(chars)) for _, chars in sorted(segs.items()))
            for number, segs in sorted(pages.items())}
