"""Verify, don't trust: scan every output byte for every withheld text.

Each file is decoded the ways a reader or a crawler could decode it — gzip, JSON \\u
escapes, percent-encoding, HTML entities — then NFKC-normalized with white space removed,
both with and without its markup, and searched for every needle at once (Aho-Corasick).

The search index's shard files are the one binary format Sumi writes: a shard that is exactly one
(`codec.keys`) is read as what it holds — its keys, the only text in it, each scanned in those same
views; the rest are numbers, and the text they spell together through positions is searched as a
reader's query would (`scan_search_index`). Anything else is scanned byte by byte as above.
"""

from __future__ import annotations

import functools
import gzip
import html
import json
import os
import re
import unicodedata
import zipfile
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import ahocorasick

from redaction.archiving.bundles import sha256_hex, zip_entries
from redaction.core.any_of import Needles
from redaction.core.cores import map_on_every_core
from redaction.core.normalize import (
    beyond_bmp,
    build_tables,
    character_class,
    decompositions,
    joining_characters,
    squash,
)
from redaction.core.progress import Progress
from redaction.source.redact import Redaction
from redaction.website.search import codec

_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
# The same runs as (?:%[0-9A-Fa-f]{2})+, written to start with a literal: the engine then skips to
# each "%" at C speed (1.6 -> 0.04 ms for a large index file; the group made it try every position).
_PERCENT_RUN = re.compile(r"%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})*")
_TAG = re.compile(r"<[^>]*>")
_DECODABLE = re.compile(r"[\\%&<>]")   # what a decoding round or markup removal may change (_decode_round, _TAG)
_GZIP_MAGIC = b"\x1f\x8b"
_ZIP_MAGIC = b"PK\x03\x04"
_MAX_DEPTH = 3


@dataclass(frozen=True)
class Leak:
    """A withheld text found in an output file."""

    file: str          # the output file (inside an archive: "bundle.zip!inner/path")
    needle: str
    row: Redaction


class LeakScanner:
    def __init__(self, needles: Sequence[tuple[str, Redaction]], many_bytes: bool = False) -> None:
        """`many_bytes`: much is to be scanned, so the fast first pass is worth its building (any_of.py)."""
        self.needles = list(needles)
        first: dict[str, Redaction] = {}
        for needle, row in self.needles:
            first.setdefault(needle, row)
        self.found = Needles(first)
        self.empty = len(self.found) == 0
        if not self.empty:
            if many_bytes:
                self.found.with_first_pass()
            else:   # little to scan (a rebuild): no automaton unless a text holds a needle (any_of.py)
                self.found.with_pair_pass()
            _context_sensitive()  # built once here, so that forked workers inherit them
            _context_sensitive_bmp()
            _context_characters_bmp()
            build_tables()

    def scan_bytes(self, name: str, data: bytes, depth: int = 0) -> list[Leak]:
        if self.empty:
            return []
        if depth < _MAX_DEPTH and data.startswith(_GZIP_MAGIC):
            try:
                return self.scan_bytes(name, gzip.decompress(data), depth + 1)
            except (OSError, EOFError):
                pass
        if depth < _MAX_DEPTH and data.startswith(_ZIP_MAGIC):
            leaks: list[Leak] = []
            with zipfile.ZipFile(BytesIO(data)) as archive:
                for info in archive.infolist():
                    leaks += self.scan_bytes(f"{name}!{info.filename}", archive.read(info), depth + 1)
            return leaks
        return self._hits(name, decoded_views(data.decode("utf-8", errors="replace")))

    def scan_shard(self, name: str, data: bytes) -> list[Leak]:
        """A search index shard file (gzip of `codec`'s layout) read as its keys, each in the views of
        `decoded_views`: the leaks `scan_bytes` finds in the keys, without decoding the numbers between them as
        text (several times the work; what they spell together is `scan_search_index`'s). Bytes that are not
        exactly a shard — another gzip, a shard cut short or with bytes after its last entry — are scanned
        byte by byte (`scan_bytes`)."""
        if self.empty:
            return []
        try:
            keys = codec.keys(gzip.decompress(data))
        except (OSError, EOFError, ValueError, zlib.error):
            return self.scan_bytes(name, data)
        return self._hits(name, key_views(keys))

    def _hits(self, name: str, texts: Iterable[str]) -> list[Leak]:
        found: dict[str, Leak] = {}
        previous = None
        for text in texts:
            if text is previous:   # the same view again (a text without markup): its hits are found already
                continue
            previous = text
            for _, (needle, row) in self.found.hits(text):
                found.setdefault(needle, Leak(name, needle, row))
        return list(found.values())

    def scan_tree(self, root: Path, label: str = "", skip: frozenset[Path] = frozenset(),
                  log: Callable[[str], None] | None = None, shards: frozenset[Path] = frozenset(),
                  listing: Iterable[Path] | None = None) -> list[Leak]:
        """Scan every file under `root` (`listing`: every file under it, when the caller has listed them already)
        but those in `skip`, those in `shards` as search index shards (`scan_shard`); large trees are shared
        out over every core."""
        listed = (sorted(p for p in listing if p not in skip) if listing is not None
                  else [p for p in sorted(root.rglob("*")) if p.is_file() and p not in skip])
        files = [(f"{label}{p.relative_to(root).as_posix()}", p) for p in listed]
        return on_every_core(_scan_file, files, (self, shards), chunksize=8, log=log)


PARALLEL_BYTES = 32 * 1024 * 1024  # below this, starting worker processes costs more than it saves
FileItem = tuple[str, Path]                      # (name in messages, path)


def on_every_core(scan_one: Callable[[FileItem, Any], list[Leak]], files: Sequence[FileItem],
                  state: Any, chunksize: int = 1, log: Callable[[str], None] | None = None) -> list[Leak]:
    """`scan_one(item, state)` for every file, in order; a large set is shared out over every core."""
    large = sum(p.stat().st_size for _, p in files) > PARALLEL_BYTES
    progress = Progress("ファイル / files", len(files), log) if large else None
    return [leak for leaks in map_on_every_core(scan_one, files, state, worth_it=large, chunksize=chunksize,
                                                progress=progress) for leak in leaks]


def _scan_file(item: FileItem, state: tuple[LeakScanner, frozenset[Path]]) -> list[Leak]:
    name, path = item
    scanner, shards = state
    return scanner.scan_shard(name, path.read_bytes()) if path in shards else scanner.scan_bytes(name, path.read_bytes())


def index_shards(folder: Path, listing: Iterable[Path] | None = None) -> frozenset[Path]:
    """The shard files of the search index in `folder` (`*.bin` in a part's `g/` and `p/`), for `scan_tree`; of
    `listing` when the caller has listed the files already."""
    if listing is None:
        return frozenset(p for p in folder.glob("*/[gp]/*.bin") if p.is_file())
    inside = f"{folder}{os.sep}"   # as strings: pathlib's parents cost 30 µs a file, 16,000 files at 10,000 documents
    return frozenset(p for p in listing if _bin(name := str(p)) and name.startswith(inside)
                     and name[len(inside):].count(os.sep) == 2 and name.rsplit(os.sep, 2)[1] in ("g", "p"))


def _bin(name: str) -> bool:
    """Whether the path `name` has the suffix .bin (Path.suffix: a file named ".bin" has none)."""
    return name.endswith(".bin") and not name.endswith(f"{os.sep}.bin")


def key_views(keys: Sequence[str]) -> Iterator[str]:
    """Texts that hold what `decoded_views` of each key holds and no string across two keys (a needle holds no
    line break: it is squashed). Keys already in their squashed form with nothing to decode or remove — all of
    them, as Sumi writes them — are one text, a key a line; any other key gives its own views."""
    joined = "\n".join(keys)
    if _DECODABLE.search(joined) is None and _squashed_apart(joined, len(keys)):
        yield joined
        return
    plain = [key for key in keys if _DECODABLE.search(key) is None and squash(key) == key]
    yield "\n".join(plain)
    if len(plain) < len(keys):
        kept = set(plain)
        for key in keys:
            if key not in kept:
                yield from decoded_views(key)


def _squashed_apart(joined: str, count: int) -> bool:
    """Whether each of the `count` lines of `joined` (lines with no other break) equals its squash: the text is
    NFKC (a line break is a character NFKC never joins, so each line is then NFKC) and its only ignorable
    characters are the count - 1 line breaks."""
    breaks = joined.count("\n")
    return (breaks == count - 1 and unicodedata.is_normalized("NFKC", joined)
            and len(joined) - len(squash(joined)) == breaks)


def decoded_views(text: str) -> Iterator[str]:
    """The normalized forms of an output text in which a needle is looked for: as it is, and without markup.

    Removing markup after normalizing gives the same text as before normalizing, unless NFKC
    makes an angle bracket (＜ → <) or joins a character to one before it across a bracket
    (か<b>゙</b> reads が; < and U+0338 make ≮); only such texts are normalized twice.
    """
    decoded = _decode_round(text)
    if decoded != text:
        decoded = _decode_round(decoded)  # double-escaped text decodes in two rounds
    flat = squash(decoded)
    yield flat
    if "<" not in decoded:   # no tag: both views are the one text (NFKC makes "<" only of what _TAG.sub sees first)
        yield flat
        return
    yield squash(_TAG.sub("", decoded)) if _is_context_sensitive(decoded) else _TAG.sub("", flat)


def _decode_round(text: str) -> str:
    """One round of JSON \\u escapes, percent-encoding (runs of %XX as UTF-8) and HTML references."""
    if "\\u" in text:
        text = _JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    if "%" in text:
        text = _PERCENT_RUN.sub(lambda m: unquote(m.group(0)), text)
    return html.unescape(text) if "&" in text else text


def _is_context_sensitive(text: str) -> bool:
    if beyond_bmp(text):
        return next(_context_sensitive().iter(text), None) is not None
    # Most pages hold none of the characters the test is about: one class finds that five times faster.
    return _context_characters_bmp().search(text) is not None and _context_sensitive_bmp().search(text) is not None



@functools.cache
def _context_patterns() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The characters NFKC turns into an angle bracket, and every character that may join the one
    before it once a tag between them is gone (< and U+0338 make ≮; か</b>゙ reads が).

    The second kind: redaction.core.normalize.joining_characters, and their compatibility forms (ﾞ of
    ｶﾞ becomes ゙). Built once.
    """
    # Only a character with a decomposition can normalize to another (a Hangul syllable, whose decomposition
    # is not listed, normalizes to itself): the rest of the 1.1 million need not be normalized.
    normalized = {char: unicodedata.normalize("NFKC", char) for char in decompositions()}   # in code point order
    brackets = [char for char, form in normalized.items() if char not in "<>" and ("<" in form or ">" in form)]
    joining = set(joining_characters())
    joining |= {char for char, decomposition in decompositions().items()
                if decomposition.startswith("<") and normalized[char][:1] in joining}
    return tuple(brackets), tuple(sorted(joining))


@functools.cache
def _context_sensitive() -> Any:
    """An automaton (Aho-Corasick, one pass in C) that finds a context-sensitive character
    (_context_patterns) or an angle bracket followed by one that may join: for texts with
    characters beyond the Basic Multilingual Plane, where a regular expression with such
    characters in a class is slow."""
    brackets, joining = _context_patterns()
    automaton = ahocorasick.Automaton()
    for pattern in [*brackets, *(bracket + char for bracket in "<>" for char in joining)]:
        automaton.add_word(pattern, pattern)
    automaton.make_automaton()
    return automaton


@functools.cache
def _context_characters_bmp() -> re.Pattern[str]:
    """Any character of the Basic Multilingual Plane that _context_sensitive_bmp needs for a match."""
    brackets, joining = _context_patterns()
    return re.compile(f"[{character_class(sorted({ord(c) for c in (*brackets, *joining) if ord(c) < 0x10000}))}]")


@functools.cache
def _context_sensitive_bmp() -> re.Pattern[str]:
    """The automaton's test as a regular expression over the Basic Multilingual Plane (about twice as fast)."""
    brackets, joining = _context_patterns()
    bmp = [char for char in joining if ord(char) < 0x10000]
    return re.compile(f"[<>][{character_class(sorted(map(ord, bmp)))}]|[{character_class(sorted(map(ord, brackets)))}]")


@dataclass(frozen=True)
class IndexState:
    """What a query of a search index folder depends on: its parts (pages.json) and its shard files' sha256 by
    path (a file not listed is absent)."""

    parts: tuple[tuple[int, ...], ...]
    files: Mapping[str, str]

    @classmethod
    def of(cls, folder: Path, digests: Mapping[Path, str]) -> IndexState | None:
        """The state of the index in `folder` (None without one), from the sha256 of its files (`digests`)."""
        try:
            parts = json.loads((folder / "pages.json").read_text(encoding="utf-8"))["parts"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        inside = f"{folder}{os.sep}"   # as strings, as index_shards
        return cls(tuple(tuple(part) for part in parts),
                   {name[len(inside):].replace(os.sep, "/"): d for p, d in digests.items()
                    if _bin(name := str(p)) and name.startswith(inside)})

    def as_json(self) -> dict[str, Any]:
        return {"parts": [list(part) for part in self.parts], "files": dict(sorted(self.files.items()))}

    @classmethod
    def from_json(cls, data: Any) -> IndexState | None:
        try:
            parts = tuple(tuple(int(n) for n in part) for part in data["parts"])
            files = {str(k): str(v) for k, v in data["files"].items()}
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        return cls(parts, files)


def scan_search_index(scanner: LeakScanner, folder: Path, label: str, now: IndexState | None = None,
                      clean: IndexState | None = None, before: Path | None = None) -> list[Leak]:
    """Search the site's search index for every withheld text, as a reader's query would: no shard file
    is plain text, but together the bigram shards spell out every paragraph they index, and a page
    whose paragraph holds a withheld text (its bigrams at consecutive positions of one segment) is a
    leak. The index's text files and page table are plain (gzip) files that `scan_tree` reads.

    `clean`: the index's state when the last scan found it clean, looking for these same withheld texts with
    this same code (scan_record.py), `now` its state today, and `before` the folder that may still hold the
    clean index's files (the published site's index). A query's answer depends only on the withheld text, the
    parts and the postings of the keys it reads (`index.keys_read`) in each part: a withheld text none of whose
    keys has a posting other than then gives the same answer as then — none — and is not asked again. A key's
    posting can differ only in a shard file whose bytes changed (`_changed_keys`): there it is compared with
    the clean file's entry when `before` holds that file with the clean bytes, and is taken as changed
    otherwise (a rebuild after one edit changes a few keys, so asks again only the texts that read one)."""
    from redaction.website.search.index import IndexReader, Layout

    if scanner.empty or not (folder / "pages.json").is_file():
        return []
    index = IndexReader(folder)
    asked: list[tuple[tuple[Layout, ...], Sequence[tuple[str, Redaction]]]] = [(tuple(index.layouts), scanner.needles)]
    if now is not None and clean is not None:
        # A part's answer depends only on its own layout and files: in a part laid out as then, only the texts reading
        # a key whose entry changed are asked again; a part laid out otherwise is asked for every text.
        # A file absent then and now reads the same (nothing): only a file listed on one side can have changed.
        changed_files = {path for path in now.files.keys() | clean.files.keys() if now.files.get(path) != clean.files.get(path)}
        asked = []
        for layout in index.layouts:
            if (layout.first, layout.gram_shards, layout.positional_shards) not in clean.parts:
                asked.append(((layout,), scanner.needles))
                continue
            inside = f"{layout.first}/"
            changed = _changed_keys(folder, sorted(f for f in changed_files if f.startswith(inside)), clean, before)
            asked.append(((layout,), reading_any(scanner.needles, changed)))
    found: dict[str, set[int]] = defaultdict(set)
    for layouts, needles in asked:
        for needle, _ in needles:
            found[needle] |= index.pages_holding(needle, layouts)
    return [Leak(f"{label}{index.urls[number]}", needle, row) for needle, row in scanner.needles
            for number in sorted(found.get(needle, ()))]


def reading_any(needles: Sequence[tuple[str, Redaction]], keys: set[tuple[bool, str]]) -> list[tuple[str, Redaction]]:
    """The needles whose query reads one of `keys` (`index.keys_read`: a text of up to four characters reads its own
    n-gram key, a longer one the positional 4-grams at `index.cover`'s offsets), in order. The same test as
    `any(key in keys for key in keys_read(needle))`, without making each needle's list of keys: 68,000 needles
    were 1.5 s of a rebuild's leak scan under load whenever an edit brought a new word."""
    from redaction.website.search.index import MAX_GRAM

    if not keys:
        return []
    grams = {key for positional, key in keys if not positional}
    positions = {key for positional, key in keys if positional}
    found: list[tuple[str, Redaction]] = []
    for needle, row in needles:
        if len(needle) <= MAX_GRAM:
            if needle in grams:
                found.append((needle, row))
        elif positions and any(needle[d:d + MAX_GRAM] in positions for d in _cover(len(needle))):
            found.append((needle, row))
    return found


@functools.lru_cache(maxsize=4096)
def _cover(length: int) -> tuple[int, ...]:
    from redaction.website.search.index import cover

    return tuple(cover(length))


def _changed_keys(folder: Path, files: Iterable[str], clean: IndexState, before: Path | None) -> set[tuple[bool, str]]:
    """(positional, key) of every key of the changed shard `files` (paths in the index folder) whose entry is not
    the one the clean index held: every key of a file when the clean file's bytes are not at hand (`before`
    lacks it or holds other bytes). A key absent now has no pages: a text that reads it holds none of it."""
    changed: set[tuple[bool, str]] = set()
    for name in files:
        path = folder / name
        if not path.is_file():
            continue
        now = {entry.key: entry for entry in codec.entries(gzip.decompress(path.read_bytes()))}
        then: dict[str, codec.Entry] = {}
        old = before / name if before is not None and name in clean.files else None
        if old is not None and old.is_file():
            data = old.read_bytes()
            if sha256_hex(data) == clean.files[name]:
                then = {entry.key: entry for entry in codec.entries(gzip.decompress(data))}
        positional = Path(name).parent.name == "p"
        changed.update((positional, key) for key, entry in now.items() if then.get(key) != entry)
    return changed


def scan_files(scanner: LeakScanner, files: Iterable[tuple[str, bytes]]) -> list[Leak]:
    leaks: list[Leak] = []
    for name, data in files:
        leaks += scanner.scan_bytes(name, data)
    return leaks


def scan_archive(scanner: LeakScanner, folder: Path, label: str, seen: set[str],
                 skip: frozenset[Path] = frozenset(), log: Callable[[str], None] | None = None) -> list[Leak]:
    """Leak-scan every file of the archive folder but those in `skip`, opening each zip entry by entry.

    Every bundle carries the same theme files as the site; an entry whose sha256 is in
    `seen` (bytes already scanned by the same scanner) gives the same answer and is skipped.
    Other files go to the scanner whole, so nested archives are still opened. A large folder
    is shared out over every core, a file per task (each worker then keeps its own `seen`).
    """
    files = [(f"{label}{p.relative_to(folder).as_posix()}", p) for p in sorted(folder.rglob("*"))
             if p.is_file() and p not in skip]
    return on_every_core(_scan_archive_file, files, (scanner, seen), log=log)


def _scan_archive_file(item: tuple[str, Path], scan: tuple[LeakScanner, set[str]]) -> list[Leak]:
    name, path = item
    scanner, seen = scan
    data = path.read_bytes()
    try:
        entries = zip_entries(data)
    except (zipfile.BadZipFile, ValueError):
        entries = None
    if entries is None:
        return scanner.scan_bytes(name, data)
    leaks: list[Leak] = []
    for inner, entry in entries:
        digest = sha256_hex(entry)
        if digest not in seen:
            leaks += scanner.scan_bytes(f"{name}!{inner}", entry, 1)
            seen.add(digest)
    return leaks
