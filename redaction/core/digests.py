"""sha256 of files: one, or many on a thread per core (reading and hashing release the GIL)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sha256_files(paths: Sequence[Path]) -> list[str]:
    """sha256_file of each path, in order, on a thread per core: reading and hashing release the GIL, so a
    rebuild's checks of every source and site file (a gigabyte at 10,000 documents) use both cores. Each
    thread takes one contiguous share (a task per file would cost more than hashing a small page)."""
    threads = min(os.cpu_count() or 1, max(1, len(paths) // 64))
    if threads < 2:
        return [sha256_file(path) for path in paths]
    shares = [paths[i * len(paths) // threads:(i + 1) * len(paths) // threads] for i in range(threads)]
    with ThreadPoolExecutor(threads) as pool:
        return [digest for share in pool.map(lambda share: [sha256_file(p) for p in share], shares) for digest in share]
