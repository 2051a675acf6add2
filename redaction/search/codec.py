"""Varints and the binary layout of the search index's shard files (read back by theme/assets/sumi-search.js).

A shard file is gzip (level 6, no name, mtime 0) of::

    "SUMI1" (5 bytes), then for each key (a unigram or a bigram) in code point order:
        varint  UTF-8 length of the key, the key's UTF-8 bytes,
        varint  number of pages holding it,
        varint  byte length of the posting, the posting.

A posting lists the pages in ascending page number, each as a varint of its difference from the
one before (the first from 0). In a bigram shard each page number is followed by its occurrences
(`occurrences`): a varint count, then per occurrence (ascending by segment id, then offset) the
segment id's difference from the previous occurrence's and the offset within the segment (its
difference from the previous offset when the segment is the same). A unigram shard has page
numbers only. Varints are LEB128: seven bits a byte, low bits first.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Mapping, Sequence

MAGIC = b"SUMI1"
GZIP_LEVEL = 6


def _varint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


_SMALL = tuple(_varint(n) for n in range(1 << 14))


def varint(n: int) -> bytes:
    return _SMALL[n] if n < 16384 else _varint(n)


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


def occurrences(spots: Sequence[tuple[int, int]]) -> bytes:
    """(segment id, offset) pairs, ascending, as the bytes that follow a page number in a bigram posting."""
    small = _SMALL
    out = [varint(len(spots))]
    last_segment = last_offset = 0
    for segment, offset in spots:
        if segment == last_segment and out[1:]:
            out += [small[0], varint(offset - last_offset)]
        else:
            out += [varint(segment - last_segment), varint(offset)]
        last_segment, last_offset = segment, offset
    return b"".join(out)


def decode_occurrences(data: bytes, at: int) -> tuple[list[tuple[int, int]], int]:
    """Inverse of `occurrences`, from `at`; returns the pairs and the offset after them."""
    count, at = read_varint(data, at)
    spots: list[tuple[int, int]] = []
    segment = offset = 0
    for i in range(count):
        gap, at = read_varint(data, at)
        value, at = read_varint(data, at)
        if gap == 0 and i > 0:
            offset += value
        else:
            segment += gap
            offset = value
        spots.append((segment, offset))
    return spots, at


Posting = Mapping[int, bytes]  # page number -> its occurrence bytes (b"" in a unigram shard)


def encode_shard(postings: Iterable[tuple[str, Posting]]) -> bytes:
    """The gzipped shard file of (key, posting) pairs (sorted here)."""
    out = [MAGIC]
    for key, posting in sorted(postings):
        body: list[bytes] = []
        last = 0
        for page in sorted(posting):
            body += [varint(page - last), posting[page]]
            last = page
        joined = b"".join(body)
        raw = key.encode()
        out += [varint(len(raw)), raw, varint(len(posting)), varint(len(joined)), joined]
    return gzip.compress(b"".join(out), GZIP_LEVEL, mtime=0)


def decode_shard(packed: bytes, positional: bool) -> dict[str, dict[int, bytes]]:
    """Inverse of `encode_shard`: key -> page number -> occurrence bytes."""
    data = gzip.decompress(packed)
    if not data.startswith(MAGIC):
        raise ValueError("not a Sumi search shard")
    at = len(MAGIC)
    shard: dict[str, dict[int, bytes]] = {}
    while at < len(data):
        size, at = read_varint(data, at)
        key = data[at:at + size].decode()
        at += size
        count, at = read_varint(data, at)
        length, at = read_varint(data, at)
        end = at + length
        posting: dict[int, bytes] = {}
        page = 0
        for _ in range(count):
            gap, at = read_varint(data, at)
            page += gap
            start = at
            if positional:
                _, at = decode_occurrences(data, at)
            posting[page] = data[start:at]
        if at != end:
            raise ValueError(f"shard posting of {key!r} is malformed")
        shard[key] = posting
    return shard


def fnv1a(text: str) -> int:
    """FNV-1a (32 bits) of the UTF-8 bytes: which shard a key is in (the search page computes the same)."""
    h = 0x811C9DC5
    for byte in text.encode():
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h
