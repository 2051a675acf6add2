"""Varints and the binary layout of the search index's shard files (read back by theme/assets/sumi-search.js).

A shard file is gzip (level 6, no name, mtime 0) of::

    "SUMI1" (5 bytes), then for each key (an n-gram, or a 4-gram with positions) in code point order:
        varint  UTF-8 length of the key, the key's UTF-8 bytes,
        varint  number of pages holding it,
        varint  the last (largest) of those page numbers,
        varint  byte length of the posting, the posting.

A posting lists the pages in ascending page number, each as a varint of its difference from the one
before (the first from 0). In a positional shard each page number is followed by the byte length of its
occurrences and the occurrences (`occurrences`): per occurrence, ascending by segment id then offset,
the segment id's difference from the previous occurrence's and the offset within the segment (its
difference from the previous offset when the segment is the same; the first occurrence's segment
difference is from 0 and its offset absolute). An n-gram shard has page numbers only. Varints are
LEB128: seven bits a byte, low bits first. The last page number and the lengths let a rebuild add a
page at the end of a posting, or skip a posting, without reading it (`patch_shard`).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import sub

MAGIC = b"SUMI1"
GZIP_LEVEL = 6


def _varint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


_SMALL = tuple(_varint(n) for n in range(1 << 16))  # every segment id


def varint(n: int) -> bytes:
    return _SMALL[n] if n < 65536 else _varint(n)


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


def occurrences(spots: Sequence[int]) -> bytes:
    """Occurrences given flat as segment id, offset, segment id, offset, … (ascending pairs), as the bytes
    that follow a page number in a positional posting."""
    small = _SMALL
    if len(spots) == 2:  # most keys occur once in a page
        segment, offset = spots
        return (small[segment] if segment < 65536 else _varint(segment)) + (small[offset] if offset < 65536 else _varint(offset))
    out: list[bytes] = []
    last_segment = 0
    last_offset = -1
    for i in range(0, len(spots), 2):
        segment, offset = spots[i], spots[i + 1]
        if segment == last_segment and last_offset >= 0:
            gap, value = 0, offset - last_offset
        else:
            gap, value = segment - last_segment, offset
        out.append(small[gap] if gap < 65536 else _varint(gap))
        out.append(small[value] if value < 65536 else _varint(value))
        last_segment, last_offset = segment, offset
    return b"".join(out)


def decode_occurrences(data: bytes) -> list[tuple[int, int]]:
    """Inverse of `occurrences`."""
    spots: list[tuple[int, int]] = []
    at = 0
    segment = offset = 0
    while at < len(data):
        gap, at = read_varint(data, at)
        value, at = read_varint(data, at)
        if gap == 0 and spots:
            offset += value
        else:
            segment += gap
            offset = value
        spots.append((segment, offset))
    return spots


Posting = Mapping[int, bytes] | Sequence[int]  # page number -> occurrence bytes, or (n-gram shards) page numbers


def encode_posting(posting: Posting, positional: bool) -> bytes:
    if not positional:
        pages = sorted(posting)
        return b"".join(map(varint, map(sub, pages, [0, *pages[:-1]])))
    body: list[bytes] = []
    last = 0
    for page in sorted(posting):
        body.append(varint(page - last))
        if positional:
            spots = posting[page]
            body += [varint(len(spots)), spots]
        last = page
    return b"".join(body)


def encode_entry(raw_key: bytes, count: int, last: int, body: bytes) -> bytes:
    return b"".join([varint(len(raw_key)), raw_key, varint(count), varint(last), varint(len(body)), body])


def encode_shard(postings: Iterable[tuple[str, Posting]], positional: bool) -> bytes:
    """The raw (not yet gzipped) shard of (key, posting) pairs, sorted here."""
    out = [MAGIC]
    for key, posting in sorted(postings):
        out.append(encode_entry(key.encode(), len(posting), max(posting), encode_posting(posting, positional)))
    return b"".join(out)


def pack(raw: bytes) -> bytes:
    return gzip.compress(raw, GZIP_LEVEL, mtime=0)


@dataclass(frozen=True)
class Entry:
    """One key of a raw shard, its posting not decoded."""

    key: str
    count: int
    last: int
    body: bytes


def entries(raw: bytes) -> list[Entry]:
    if not raw.startswith(MAGIC):
        raise ValueError("not a Sumi search shard")
    at = len(MAGIC)
    out: list[Entry] = []
    while at < len(raw):
        size, at = read_varint(raw, at)
        key = raw[at:at + size].decode()
        at += size
        count, at = read_varint(raw, at)
        last, at = read_varint(raw, at)
        length, at = read_varint(raw, at)
        out.append(Entry(key, count, last, raw[at:at + length]))
        at += length
    return out


def keys(raw: bytes) -> list[str]:
    """The keys of a raw shard, in order — its only text: the rest is numbers (counts, page numbers, lengths,
    occurrences). ValueError unless `raw` is exactly a shard: the magic, then entries to its last byte, each
    a non-empty key of valid UTF-8 greater than the one before, a page count of at least 1 and a posting that
    ends within the shard (what the leak scan relies on to read a shard as its keys: leakscan.scan_shard)."""
    if not raw.startswith(MAGIC):
        raise ValueError("not a Sumi search shard")
    at, end = len(MAGIC), len(raw)
    out: list[str] = []
    try:
        while at < end:
            size, at = read_varint(raw, at)
            if size == 0 or at + size > end:
                raise ValueError("a key out of the shard")
            key = raw[at:at + size].decode()   # strict UTF-8
            at += size
            count, at = read_varint(raw, at)
            _, at = read_varint(raw, at)
            length, at = read_varint(raw, at)
            at += length
            if count == 0 or at > end or (out and key <= out[-1]):
                raise ValueError("a malformed entry")
            out.append(key)
    except IndexError:   # a varint cut off by the end of the shard
        raise ValueError("a shard cut short") from None
    return out


def decode_posting(body: bytes, positional: bool) -> dict[int, bytes]:
    posting: dict[int, bytes] = {}
    at = page = 0
    while at < len(body):
        gap, at = read_varint(body, at)
        page += gap
        if positional:
            length, at = read_varint(body, at)
            posting[page] = body[at:at + length]
            at += length
        else:
            posting[page] = b""
    return posting


def decode_shard(packed: bytes, positional: bool) -> dict[str, dict[int, bytes]]:
    """A gzipped shard file as key -> page number -> occurrence bytes."""
    return {e.key: decode_posting(e.body, positional) for e in entries(gzip.decompress(packed))}


def patch_shard(raw: bytes, removed: frozenset[int], added: Mapping[str, Mapping[int, bytes]],
                touched: frozenset[str], positional: bool) -> bytes:
    """The raw shard with the pages `removed` taken out of the postings of the keys `touched` and the
    postings `added` put in: what `encode_shard` gives for the result. A key whose added pages all
    come after its last page, and that loses none, gets them appended without decoding its posting."""
    current = {e.key: e for e in entries(raw)} if raw else {}
    out = [MAGIC]
    for key in sorted(current.keys() | added.keys()):
        entry = current.get(key)
        extra = added.get(key, {})
        if entry is not None and key not in touched:
            out.append(encode_entry(key.encode(), entry.count, entry.last, entry.body))
            continue
        if entry is not None and extra and min(extra) > entry.last and not (removed and min(removed) <= entry.last):
            tail = encode_posting({entry.last: b"", **extra}, positional)
            tail = tail[len(varint(entry.last)) + (1 if positional else 0):]  # the entry of `last` is already there
            out.append(encode_entry(key.encode(), entry.count + len(extra), max(extra), entry.body + tail))
            continue
        posting = decode_posting(entry.body, positional) if entry is not None else {}
        for page in removed & posting.keys():
            del posting[page]
        posting.update(extra)
        if posting:
            out.append(encode_entry(key.encode(), len(posting), max(posting), encode_posting(posting, positional)))
    return b"".join(out)


def fnv1a(text: str) -> int:
    """FNV-1a (32 bits) of the UTF-8 bytes: which shard a key is in (the search page computes the same)."""
    h = 0x811C9DC5
    for byte in text.encode():
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h
