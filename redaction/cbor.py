"""A minimal CBOR codec (RFC 8949) for the index files Pagefind writes.

Only what Pagefind uses: unsigned and negative integers, byte and text strings, arrays,
maps, and the simple values false, true and null. Encoding uses the shortest length form,
as Pagefind's encoder does, so that decode → encode gives back the same bytes.
"""

from __future__ import annotations

import struct
from typing import Any

_SIMPLE = {20: False, 21: True, 22: None}


class CborError(ValueError):
    """The bytes are not CBOR of the subset this codec knows."""


def decode(data: bytes) -> Any:
    value, end = _decode(data, 0)
    if end != len(data):
        raise CborError(f"{len(data) - end} trailing bytes")
    return value


def _length(data: bytes, pos: int, info: int) -> tuple[int, int]:
    if info < 24:
        return info, pos
    sizes = {24: 1, 25: 2, 26: 4, 27: 8}
    if info not in sizes:
        raise CborError(f"unsupported length encoding {info} at {pos}")
    size = sizes[info]
    if pos + size > len(data):
        raise CborError("truncated")
    return int.from_bytes(data[pos:pos + size], "big"), pos + size


def _decode(data: bytes, pos: int) -> tuple[Any, int]:
    if pos >= len(data):
        raise CborError("truncated")
    head = data[pos]
    major, info = head >> 5, head & 0x1F
    pos += 1
    if major == 7:
        if info in _SIMPLE:
            return _SIMPLE[info], pos
        if info == 27:
            return struct.unpack(">d", data[pos:pos + 8])[0], pos + 8
        raise CborError(f"unsupported simple value {info}")
    length, pos = _length(data, pos, info)
    if major == 0:
        return length, pos
    if major == 1:
        return -1 - length, pos
    if major in (2, 3):
        chunk = data[pos:pos + length]
        if len(chunk) != length:
            raise CborError("truncated string")
        return (bytes(chunk) if major == 2 else chunk.decode("utf-8")), pos + length
    if major == 4:
        items = []
        for _ in range(length):
            item, pos = _decode(data, pos)
            items.append(item)
        return items, pos
    if major == 5:
        mapping = {}
        for _ in range(length):
            key, pos = _decode(data, pos)
            mapping[key], pos = _decode(data, pos)
        return mapping, pos
    raise CborError(f"unsupported major type {major}")


def _head(major: int, length: int) -> bytes:
    if length < 24:
        return bytes([major << 5 | length])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if length < 1 << (8 * size):
            return bytes([major << 5 | info]) + length.to_bytes(size, "big")
    raise CborError("length too large")


def encode(value: Any) -> bytes:
    if value is False or value is True or value is None:
        return bytes([0xE0 | {False: 20, True: 21, None: 22}[value]])
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, float):
        return b"\xfb" + struct.pack(">d", value)
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return _head(3, len(raw)) + raw
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(encode(v) for v in value)
    if isinstance(value, dict):
        return _head(5, len(value)) + b"".join(encode(k) + encode(v) for k, v in value.items())
    raise CborError(f"cannot encode {type(value).__name__}")
