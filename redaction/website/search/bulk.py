"""The full build of the search index, with numpy: the same bytes as `codec` writes key by key, made in bulk.

A full index at 10,000 documents holds tens of millions of (key, page) pairs; as Python strings, dicts
and bytearrays they cost minutes (docs/dev/search.md). Here a page's searchable text becomes an array of
character codes (the site's characters in code point order, numbered from 1: `Alphabet`), and every key
(an n-gram, n ≤ 4) one integer of four `bits`-wide slots, the first character in the highest: integer
order is code point order, a shorter key before the longer keys it begins. Each page gives, sorted by
(shard, key), its n-grams and its 4-grams with their encoded occurrences (`page_keys`, on every core),
written to a file a batch of pages at a time, cut by group of shards (`spill`); each group is then read back
from every batch's file (`read_cut`) and merged by a stable sort (pages stay ascending within a key), and
every shard's entries are assembled as arrays of varint bytes (`_entries`).

`codec` stays the reference: `tests/test_search_index.py` checks that this writes what it writes.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from redaction.website.search import codec

SHARD_BITS = 12          # shard counts are at most 4,096 (index.shard_counts)
MAX_ALPHABET = (1 << 16) - 1
FNV_OFFSET = 0x811C9DC5
FNV_PRIME = 0x01000193
GROUPS = 64              # the merge works on 1/GROUPS of the shards at a time, on each core (its memory)
U64 = np.uint64


@dataclass(frozen=True)
class Alphabet:
    """The characters of a site's searchable text, in code point order, numbered from 1 (0: no character)."""

    chars: str

    @property
    def bits(self) -> int:
        return max(1, len(self.chars).bit_length())

    def codes(self) -> np.ndarray:
        """Code point -> character number (uint64; 0 for a character not in the alphabet)."""
        table = np.zeros(0x110000, dtype=U64)
        points = np.frombuffer(self.chars.encode("utf-32-le"), dtype=np.uint32)
        table[points] = np.arange(1, len(points) + 1, dtype=U64)
        return table

    def utf8(self) -> tuple[np.ndarray, np.ndarray]:
        """Per character number: its UTF-8 bytes (4 columns, zero-padded) and their count (0 for number 0)."""
        table = np.zeros((len(self.chars) + 1, 4), dtype=np.uint8)
        lengths = np.zeros(len(self.chars) + 1, dtype=np.int64)
        for number, char in enumerate(self.chars, 1):
            raw = char.encode()
            table[number, :len(raw)] = list(raw)
            lengths[number] = len(raw)
        return table, lengths


def characters(text: str) -> str:
    """The distinct characters of `text`, in code point order: `"".join(sorted(set(text)))` by a table of every code
    point (a page of 17,000 characters: 0.16 against 1.9 ms, as `set` makes a string of each character)."""
    seen = np.zeros(0x110000, dtype=bool)
    seen[np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)] = True
    return np.flatnonzero(seen).astype(np.uint32).tobytes().decode("utf-32-le")


def alphabet(texts: Sequence[str]) -> Alphabet:
    chars: set[str] = set()
    for text in texts:
        chars.update(set(text))
    if len(chars) > MAX_ALPHABET:
        raise ValueError(f"search index: {len(chars):,} distinct characters (at most {MAX_ALPHABET:,})")
    return Alphabet("".join(sorted(chars)))


@dataclass(frozen=True)
class Tables:
    """What a worker needs to turn a page's text into keys (inherited by forked workers, pickled otherwise)."""

    alphabet: Alphabet
    gram_shards: int
    positional_shards: int

    @property
    def bits(self) -> int:
        return self.alphabet.bits

    @property
    def packed(self) -> bool:
        """Whether (shard, key) fits one 64-bit integer (alphabets up to 8,191 characters)."""
        return 4 * self.bits + SHARD_BITS <= 64


class _Cache:
    tables: Tables | None = None
    codes: np.ndarray
    utf8: np.ndarray
    utf8_lengths: np.ndarray
    fnv_first: np.ndarray   # per character number: FNV-1a from the offset over its UTF-8 (a key's first character)


_cache = _Cache()


def _prepared(tables: Tables) -> _Cache:
    if _cache.tables != tables:
        _cache.codes = tables.alphabet.codes()
        _cache.utf8, _cache.utf8_lengths = tables.alphabet.utf8()
        _cache.fnv_first = _fnv1a_bytes(np.full(len(_cache.utf8_lengths), FNV_OFFSET, dtype=U64), _cache.utf8,
                                        _cache.utf8_lengths)
        _cache.tables = tables
    return _cache


def slots(keys: np.ndarray, bits: int) -> list[np.ndarray]:
    """The four character numbers of each key, first character first."""
    mask = U64((1 << bits) - 1)
    return [(keys >> U64(bits * (3 - j))) & mask for j in range(4)]


def key_utf8(keys: np.ndarray, tables: Tables) -> tuple[np.ndarray, np.ndarray]:
    """Each key's UTF-8 bytes: (lengths, the bytes of all keys one after another)."""
    cache = _prepared(tables)
    fields = []
    for code in slots(keys, tables.bits):
        code = code.astype(np.int64)
        lengths = cache.utf8_lengths[code]
        rows = np.repeat(code, lengths)
        columns = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        fields.append((lengths, cache.utf8[rows, columns]))
    return interleave(fields)


def fnv1a(keys: np.ndarray, tables: Tables) -> np.ndarray:
    """codec.fnv1a of each key's UTF-8 (uint64 holding 32 bits). The first character's part is looked up
    (`fnv_first`: every key starts from the same offset), the others worked out byte by byte."""
    cache = _prepared(tables)
    codes = slots(keys, tables.bits)
    h = cache.fnv_first[codes[0].astype(np.int64)]
    for code in codes[1:]:
        code = code.astype(np.int64)
        h = _fnv1a_bytes(h, cache.utf8[code], cache.utf8_lengths[code])
    return h


def _fnv1a_bytes(h: np.ndarray, utf8: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """FNV-1a steps from `h` over each row's UTF-8 bytes (`utf8`: 4 columns, `lengths` of them used)."""
    prime, low = U64(FNV_PRIME), U64(0xFFFFFFFF)
    for k in range(4):
        present = lengths > k
        if not present.any():
            break
        byte = utf8[:, k].astype(U64)
        h = np.where(present, ((h ^ byte) * prime) & low, h)
    return h


def varints(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """LEB128 of each value: (byte counts, the bytes one after another)."""
    values = values.astype(U64)
    lengths = np.ones(len(values), dtype=np.int64)
    for shift in range(7, 64, 7):
        lengths += values >= U64(1 << shift)
    total = int(lengths.sum())
    owner = np.repeat(np.arange(len(values)), lengths)
    index = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    out = (values[owner] >> (U64(7) * index.astype(U64))) & U64(0x7F)
    out |= (index < lengths[owner] - 1).astype(U64) << U64(7)
    return lengths, out.astype(np.uint8)


def interleave(fields: Sequence[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """Records made of variable-length fields: record i is field 0's i-th piece, then field 1's, … Each field is
    (piece lengths, the pieces one after another). Returns (record lengths, the records one after another)."""
    lengths = np.zeros(len(fields[0][0]), dtype=np.int64)
    for field_lengths, _ in fields:
        lengths += field_lengths
    out = np.empty(int(lengths.sum()), dtype=np.uint8)
    at = np.cumsum(lengths) - lengths
    for field_lengths, data in fields:
        starts = np.repeat(at - np.cumsum(field_lengths) + field_lengths, field_lengths)
        out[starts + np.arange(len(data))] = data
        at = at + field_lengths
    return lengths, out


def gather(data: np.ndarray, lengths: np.ndarray, order: np.ndarray) -> np.ndarray:
    """The pieces of `data` (one after another, of `lengths`) in `order`."""
    starts = np.cumsum(lengths) - lengths
    taken = lengths[order]
    index = np.repeat(starts[order] - (np.cumsum(taken) - taken), taken) + np.arange(int(taken.sum()))
    return data[index]


@dataclass(frozen=True)
class PageKeys:
    """One page's keys, each part sorted by (shard, key): its n-grams, and its 4-grams with their occurrences
    (the bytes `codec.occurrences` gives, one key's after another). Every page's are written to disk before
    the merge (`spill`), so they are kept small: when (shard, key) fits one integer (`Tables.packed`) a key is stored as that integer
    (`sort_keys`) and no shard arrays are kept."""

    grams: np.ndarray                  # uint64: sort keys (packed) or keys
    gram_shards: np.ndarray | None     # uint16, only when not packed
    quads: np.ndarray
    quad_shards: np.ndarray | None
    spot_ends: np.ndarray              # uint32: where each 4-gram's occurrences end in `spots`
    spots: np.ndarray                  # uint8


def sort_keys(keys: np.ndarray, shards: np.ndarray, tables: Tables) -> np.ndarray:
    """(shard, key) as one integer, in (shard, key) order (tables.packed)."""
    return (shards.astype(U64) << U64(4 * tables.bits)) | keys


def _span(keys: np.ndarray, shards: np.ndarray | None, chosen: range, tables: Tables) -> tuple[int, int]:
    """The slice of a page's keys (sorted by (shard, key)) whose shards are in `chosen`."""
    if shards is not None:
        a, b = np.searchsorted(shards, [chosen.start, chosen.stop])
        return int(a), int(b)
    shift = 4 * tables.bits
    a = int(np.searchsorted(keys, U64(chosen.start << shift)))
    b = len(keys) if chosen.stop << shift >= 1 << 64 else int(np.searchsorted(keys, U64(chosen.stop << shift)))
    return a, b


def _by_shard(keys: np.ndarray, shards: np.ndarray, tables: Tables) -> np.ndarray:
    """The order of (shard, key)."""
    if tables.packed:
        return np.argsort((shards << U64(4 * tables.bits)) | keys, kind="stable")
    return np.lexsort((keys, shards))


def page_keys(texts: Sequence[str], sids: Sequence[int], tables: Tables) -> PageKeys:
    """The keys of a page's distinct searchable segments (`texts`, ascending by their segment ids `sids`)."""
    cache = _prepared(tables)
    bits = tables.bits
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    points = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
    count = len(points)
    codes = np.concatenate([cache.codes[points], np.zeros(3, dtype=U64)])
    ends = np.repeat(np.cumsum(lengths), lengths)
    left = ends - np.arange(count)                   # characters from each one to its segment's end
    key = codes[:count] << U64(3 * bits)
    grams = [key]
    for n in range(2, 5):
        key = key | (codes[n - 1:count + n - 1] << U64((4 - n) * bits))
        grams.append(key[left >= n])
    quads = grams[-1]
    unique = np.sort(np.concatenate(grams))
    unique = unique[np.concatenate([[True], unique[1:] != unique[:-1]])] if len(unique) else unique
    gram_shards: np.ndarray | None = (fnv1a(unique, tables) % U64(tables.gram_shards)).astype(U64)
    if tables.packed:  # distinct keys: sorting (shard, key) as one integer needs no permutation
        unique, gram_shards = np.sort(sort_keys(unique, gram_shards, tables)), None
    else:
        order = _by_shard(unique, gram_shards, tables)
        unique, gram_shards = unique[order], gram_shards[order].astype(np.uint16)

    # 4-grams: occurrences by (key, segment id, offset), as codec.occurrences encodes them
    at = left >= 4
    sid = np.repeat(np.asarray(sids, dtype=np.int64), lengths)[at]
    offset = (np.arange(count) - np.repeat(np.cumsum(lengths) - lengths, lengths))[at]
    place_bits = max(1, len(quads).bit_length())
    if 4 * bits + place_bits <= 64:  # (key, place) as one integer: a plain sort is a stable one
        by_key = (np.sort((quads << U64(place_bits)) | np.arange(len(quads), dtype=U64))
                  & U64((1 << place_bits) - 1)).astype(np.int64)
    else:
        by_key = np.argsort(quads, kind="stable")
    quads, sid, offset = quads[by_key], sid[by_key], offset[by_key]
    first = np.ones(len(quads), dtype=bool)
    first[1:] = quads[1:] != quads[:-1]
    previous_sid = np.concatenate([[0], sid[:-1]])
    previous_offset = np.concatenate([[0], offset[:-1]])
    same = ~first & (sid == previous_sid)
    gap = np.where(first, sid, sid - previous_sid)
    value = np.where(same, offset - previous_offset, offset)
    pair_lengths, spot_bytes = varints(np.column_stack([gap, value]).ravel())
    occurrence_lengths = pair_lengths[0::2] + pair_lengths[1::2]
    starts = np.flatnonzero(first)
    distinct = quads[starts]
    spot_lengths = np.add.reduceat(occurrence_lengths, starts) if len(starts) else np.zeros(0, dtype=np.int64)
    quad_shards = (fnv1a(distinct, tables) % U64(tables.positional_shards)).astype(U64)
    if tables.packed:
        packed = sort_keys(distinct, quad_shards, tables)
        quad_order = np.argsort(packed)   # distinct keys: any sort is the stable one
        quads_kept, shards_kept = packed[quad_order], None
    else:
        quad_order = _by_shard(distinct, quad_shards, tables)
        quads_kept, shards_kept = distinct[quad_order], quad_shards[quad_order].astype(np.uint16)
    return PageKeys(unique, gram_shards, quads_kept, shards_kept,
                    np.cumsum(spot_lengths[quad_order]).astype(np.uint32), gather(spot_bytes, spot_lengths, quad_order))


def _entries(keys: np.ndarray, pages: np.ndarray, tables: Tables,
             spot_lengths: np.ndarray | None = None, spots: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Encoded entries of records (key, page[, occurrences]) sorted by (shard, key, page): (entry lengths, bytes);
    one entry per distinct key, in order."""
    first = np.ones(len(keys), dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    starts = np.flatnonzero(first)
    previous = np.concatenate([[0], pages[:-1]]).astype(np.int64)
    gaps = np.where(first, pages, pages - previous)
    gap_lengths, gap_bytes = varints(gaps)
    if spots is None:
        body_lengths, body = gap_lengths, gap_bytes
    else:
        assert spot_lengths is not None
        body_lengths, body = interleave([(gap_lengths, gap_bytes), varints(spot_lengths), (spot_lengths, spots)])
    lasts = np.concatenate([starts[1:], [len(keys)]]) - 1
    distinct = keys[starts]
    counts = np.diff(np.concatenate([starts, [len(keys)]]))
    posting_lengths = np.add.reduceat(body_lengths, starts)
    utf8_lengths, utf8 = key_utf8(distinct, tables)
    return interleave([varints(utf8_lengths), (utf8_lengths, utf8), varints(counts), varints(pages[lasts]),
                       varints(posting_lengths), (posting_lengths, body)])


def _shard_files(shards: np.ndarray, lengths: np.ndarray, data: np.ndarray) -> Iterator[tuple[int, bytes]]:
    """(shard, raw shard bytes) of entries sorted by shard."""
    if not len(shards):
        return
    first = np.ones(len(shards), dtype=bool)
    first[1:] = shards[1:] != shards[:-1]
    starts = np.flatnonzero(first)
    ends = np.concatenate([starts[1:], [len(shards)]])
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    blob = data.tobytes()
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        yield int(shards[start]), codec.MAGIC + blob[offsets[start]:offsets[end]]


def groups(tables: Tables) -> list[tuple[bool, range]]:
    """The merge's work: (positional, a range of shards), GROUPS of each kind."""
    out: list[tuple[bool, range]] = []
    for positional in (False, True):
        count = tables.positional_shards if positional else tables.gram_shards
        step = max(1, -(-count // GROUPS))
        out += [(positional, range(low, min(count, low + step))) for low in range(0, count, step)]
    return out


@dataclass(frozen=True)
class Cut:
    """The records of some pages in one group (`groups`), in page order: keys (sort keys when packed), their
    page numbers, shards (only when not packed) and, positional, each record's occurrences' length and bytes."""

    keys: np.ndarray                   # uint64
    numbers: np.ndarray                # int32
    shards: np.ndarray | None          # uint16
    spot_lengths: np.ndarray | None    # uint32
    spots: np.ndarray | None           # uint8


def cut(pages: Sequence[PageKeys], first: int, tables: Tables, positional: bool, chosen: range) -> Cut:
    """The records of `pages` (page numbers first, first + 1, …) whose shards of one kind are in `chosen`."""
    keys, shards, numbers, spot_lengths, spots = [], [], [], [], []
    for number, page in enumerate(pages, first):
        page_keys_, page_shards = (page.quads, page.quad_shards) if positional else (page.grams, page.gram_shards)
        a, b = _span(page_keys_, page_shards, chosen, tables)
        if a == b:
            continue
        keys.append(page_keys_[a:b])
        if page_shards is not None:
            shards.append(page_shards[a:b])
        numbers.append(np.full(b - a, number, dtype=np.int32))
        if positional:
            start = int(page.spot_ends[a - 1]) if a else 0
            spot_lengths.append(np.diff(page.spot_ends[a:b], prepend=np.uint32(start)))
            spots.append(page.spots[start:int(page.spot_ends[b - 1])])

    def joined(arrays: list[np.ndarray], dtype: type) -> np.ndarray:
        return np.concatenate(arrays) if arrays else np.zeros(0, dtype=dtype)

    return Cut(joined(keys, U64), joined(numbers, np.int32), None if tables.packed else joined(shards, np.uint16),
               joined(spot_lengths, np.uint32) if positional else None, joined(spots, np.uint8) if positional else None)


@dataclass(frozen=True)
class Spilled:
    """Where one group's cut of a batch of pages is in the batch's file (`spill`): its first byte, its number
    of records and of occurrence bytes."""

    offset: int
    records: int
    spot_bytes: int


def _parts(spilled: Spilled, tables: Tables, positional: bool) -> list[tuple[str, type, int]]:
    """A spilled cut's arrays in file order: (field, dtype, length)."""
    n = spilled.records
    fields: list[tuple[str, type, int]] = [("keys", U64, n), ("numbers", np.int32, n)]
    if positional:
        fields.append(("spot_lengths", np.uint32, n))
    if not tables.packed:
        fields.append(("shards", np.uint16, n))
    if positional:
        fields.append(("spots", np.uint8, spilled.spot_bytes))
    return fields


def spill(pages: Sequence[PageKeys], first: int, tables: Tables, path: Path) -> list[Spilled]:
    """Write a batch of pages' keys (page numbers first, first + 1, …) to `path` cut by group, one group after
    another (`groups` order), so that the merge of a group reads one piece of each batch's file and no process
    holds every page's keys. Returns where each group's cut is. Each group's cut is what `cut` gives, worked out
    for all the groups of a kind at once (`_cuts`)."""
    where: list[Spilled] = []
    offset = 0
    with path.open("wb") as out:
        for positional in (False, True):
            for piece in _cuts(pages, first, tables, positional):
                spilled = Spilled(offset, len(piece.keys), 0 if piece.spots is None else len(piece.spots))
                for field, _, _ in _parts(spilled, tables, positional):
                    data = getattr(piece, field).tobytes()
                    out.write(data)
                    offset += len(data)
                where.append(spilled)
    return where


def _cuts(pages: Sequence[PageKeys], first: int, tables: Tables, positional: bool) -> list[Cut]:
    """`cut` of `pages` for every group of one kind, in `groups` order: the pages' records put together in page
    order, then ordered by group by a stable sort (each page's records stay in (shard, key) order, the pages in
    theirs) and cut where the group changes. The same arrays as `cut` gives group by group, without its Python
    loop over every page for every group (4,224 calls, 18 % of the index's time at 1,000 live pages)."""
    chosen = [group for kind, group in groups(tables) if kind == positional]
    step = len(chosen[0]) if chosen else 1

    def joined(arrays: list[np.ndarray], dtype: type) -> np.ndarray:
        return np.concatenate(arrays).astype(dtype, copy=False) if arrays else np.zeros(0, dtype=dtype)

    own = [(page.quads, page.quad_shards) if positional else (page.grams, page.gram_shards) for page in pages]
    counts = np.fromiter((len(keys) for keys, _ in own), dtype=np.int64, count=len(own))
    keys = joined([keys for keys, _ in own], U64)
    shards = None if tables.packed else joined([shards for _, shards in own if shards is not None], np.uint16)
    numbers = np.repeat(np.arange(first, first + len(pages), dtype=np.int32), counts)
    shard_of = (keys >> U64(4 * tables.bits)) if shards is None else shards.astype(U64)
    group_of = (shard_of // U64(step)).astype(np.int64)
    order = np.argsort(group_of, kind="stable")
    bounds = np.concatenate([[0], np.cumsum(np.bincount(group_of, minlength=len(chosen)))]).tolist()
    keys, numbers = keys[order], numbers[order]
    shards = shards[order] if shards is not None else None
    spot_lengths = spots = spot_bounds = None
    if positional:
        lengths = joined([np.diff(page.spot_ends, prepend=np.uint32(0)) for page in pages], np.uint32)
        spots = gather(joined([page.spots for page in pages], np.uint8), lengths.astype(np.int64), order)
        spot_lengths = lengths[order]
        spot_bounds = np.concatenate([[0], np.cumsum(spot_lengths, dtype=np.int64)])[bounds].tolist()
    out: list[Cut] = []
    for g in range(len(chosen)):
        a, b = bounds[g], bounds[g + 1]
        out.append(Cut(keys[a:b], numbers[a:b], shards[a:b] if shards is not None else None,
                       spot_lengths[a:b] if spot_lengths is not None else None,
                       spots[spot_bounds[g]:spot_bounds[g + 1]] if spots is not None and spot_bounds is not None
                       else None))
    return out


def read_cut(path: Path, spilled: Spilled, tables: Tables, positional: bool) -> Cut:
    """One group's cut of a batch, read back from its file (`spill`)."""
    fields = _parts(spilled, tables, positional)
    with path.open("rb") as source:
        source.seek(spilled.offset)
        arrays = {field: np.frombuffer(source.read(np.dtype(dtype).itemsize * length), dtype=dtype)
                  for field, dtype, length in fields}
    return Cut(arrays["keys"], arrays["numbers"], arrays.get("shards"), arrays.get("spot_lengths"),
               arrays.get("spots"))


def merged(cuts: Sequence[Cut], tables: Tables, positional: bool) -> list[tuple[int, bytes]]:
    """The non-empty shards of one group, as (shard, gzipped bytes), from its cuts of the pages (in page order)."""
    cuts = [c for c in cuts if len(c.keys)]
    if not cuts:
        return []
    all_keys = np.concatenate([c.keys for c in cuts])
    if tables.packed:  # stable: pages stay ascending within a key
        order = np.argsort(all_keys, kind="stable")
        all_keys = all_keys[order]
        all_shards = all_keys >> U64(4 * tables.bits)
        all_keys &= U64((1 << 4 * tables.bits) - 1)
    else:
        all_shards = np.concatenate([c.shards for c in cuts if c.shards is not None]).astype(U64)
        order = _by_shard(all_keys, all_shards, tables)
        all_keys, all_shards = all_keys[order], all_shards[order]
    all_numbers = np.concatenate([c.numbers for c in cuts])[order]
    if positional:
        lengths = np.concatenate([c.spot_lengths for c in cuts if c.spot_lengths is not None]).astype(np.int64)
        entry_lengths, data = _entries(all_keys, all_numbers, tables, lengths[order],
                                       gather(np.concatenate([c.spots for c in cuts if c.spots is not None]),
                                              lengths, order))
    else:
        entry_lengths, data = _entries(all_keys, all_numbers, tables)
    first = np.ones(len(all_keys), dtype=bool)
    first[1:] = all_keys[1:] != all_keys[:-1]
    return [(shard, pack(raw)) for shard, raw in _shard_files(all_shards[first], entry_lengths, data)]


def pack(raw: bytes) -> bytes:
    """codec.pack, by zlib directly (it lets go of the GIL: shards are compressed on two threads)."""
    return zlib.compress(raw, codec.GZIP_LEVEL, wbits=31)
