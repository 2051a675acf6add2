"""Byte-identical builds: put Pagefind's unordered output into one canonical order.

Pagefind (1.5) writes its filter files and the filter list of its metadata file in the
iteration order of a Rust HashMap, which is random per run: two builds of the same site
give different bytes and different file names (a filter's name is a hash of its content).
Everything else it writes is stable (fragments since 1.3; checked by tests/test_determinism.py).

`canonicalize_pagefind(index)` sorts what is unordered, re-encodes it (CBOR, the encoding
Pagefind itself uses), renames the files by a hash of their new content, and rewrites the
references: filter files are named in the metadata file, which is named in
pagefind-entry.json. Anything it does not recognise is left exactly as it was, with a warning.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

from redaction import cbor

SIGNATURE = b"pagefind_dcd"


def _read(path: Path) -> Any:
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise cbor.CborError(f"{path.name}: no Pagefind signature")
    return cbor.decode(raw[len(SIGNATURE):])


def _write(folder: Path, prefix: str, digits: int, suffix: str, value: Any) -> str:
    """Write `value` as a Pagefind file named by its content; return the new hash name."""
    raw = SIGNATURE + cbor.encode(value)
    name = f"{prefix}{hashlib.sha256(raw).hexdigest()[:digits]}"
    (folder / f"{name}{suffix}").write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    return name


def _split(name: str) -> tuple[str, int]:
    """'ja_659e4c5' -> ('ja_', 7): keep Pagefind's language prefix and hash length."""
    prefix, _, digest = name.rpartition("_")
    return prefix + "_", len(digest)


def canonicalize_pagefind(root: Path) -> list[str]:
    """Make the Pagefind index in the folder `root` independent of hash order. Returns warnings."""
    entry_path = root / "pagefind-entry.json"
    if not entry_path.is_file():
        return []
    entry_text = entry_path.read_text(encoding="utf-8")
    try:
        entry = json.loads(entry_text)
        for language in sorted(entry.get("languages", {})):
            old_meta = entry["languages"][language]["hash"]
            new_meta = _canonical_language(root, old_meta)
            if new_meta != old_meta:
                entry_text = entry_text.replace(f'"hash":"{old_meta}"', f'"hash":"{new_meta}"')
                entry["languages"][language]["hash"] = new_meta
    except (OSError, KeyError, TypeError, ValueError) as exc:
        return [f"Pagefind の索引を正規化できませんでした（同一入力でもバイトが変わる可能性）/ "
                f"could not canonicalize the Pagefind index, builds may differ: {exc}"]
    if json.loads(entry_text) != entry:
        return ["pagefind-entry.json の書き換えに失敗しました / could not rewrite pagefind-entry.json"]
    entry_path.write_text(entry_text, encoding="utf-8")
    return []


def _canonical_language(root: Path, meta_name: str) -> str:
    meta_path = root / f"pagefind.{meta_name}.pf_meta"
    meta = _read(meta_path)
    if not (isinstance(meta, list) and len(meta) > 3 and isinstance(meta[3], list)):
        raise cbor.CborError("unexpected metadata layout")
    renamed: list[list[str]] = []
    for filter_name, filter_hash in meta[3]:
        path = root / "filter" / f"{filter_hash}.pf_filter"
        name, values = _read(path)
        canonical = [name, sorted(([v, sorted(pages)] for v, pages in values), key=lambda item: item[0])]
        prefix, digits = _split(filter_hash)
        new_hash = _write(path.parent, prefix, digits, ".pf_filter", canonical)
        if new_hash != filter_hash:
            path.unlink()
        renamed.append([filter_name, new_hash])
    meta = [*meta[:3], sorted(renamed), *meta[4:]]
    prefix, digits = _split(meta_name)
    new_meta = _write(root, f"pagefind.{prefix}", digits, ".pf_meta", meta)[len("pagefind."):]
    if new_meta != meta_name:
        meta_path.unlink()
    return new_meta
