"""Reading sources again only when they changed: each parsed document is kept in the work folder.

A SourceDocument depends only on the file's bytes, its path, the configuration and the
reading code (source.py, tags.py, …). Each successfully read document is stored under a
digest of exactly those (`.sumi-work/sources/<digest>.pickle`), so a rebuild reads the
bytes of every file (to compute the digest) but parses only the files that changed;
documents with problems are never stored, so their problems are reported on every run.
Entries no build asked for are deleted at the end of the load. The work folder is as
trusted as Sumi's own code (it is never published); `verify --content` and the audit
read every source afresh.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from redaction.config import SumiConfig
from redaction.scan_record import code_digest
from redaction.source import SourceDocument, read_document

FOLDER_NAME = "sources"
_READING_CODE = ("source.py", "tags.py", "errors.py", "config.py", "source_cache.py")


class SourceCache:
    """Parsed documents by the digest of everything they are made from."""

    def __init__(self, work: Path, config: SumiConfig) -> None:
        self.folder = work / FOLDER_NAME
        self.folder.mkdir(parents=True, exist_ok=True)
        reader = code_digest(_READING_CODE)
        reader.update(config.path.read_bytes())
        self.reader = reader.digest()
        self.used: set[str] = set()
        self.parsed = 0

    def read(self, path: Path, rel: str, config: SumiConfig) -> SourceDocument:
        """The document as read_document gives it: from the cache when its inputs are unchanged."""
        key = hashlib.sha256(self.reader + f"\0{path}\0{rel}\0".encode() + path.read_bytes()).hexdigest()
        self.used.add(key)
        entry = self.folder / f"{key}.pickle"
        try:
            with entry.open("rb") as stored:
                document = pickle.load(stored)
            if isinstance(document, SourceDocument):
                return document
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
            pass
        document = read_document(path, rel, config)
        self.parsed += 1
        temporary = entry.with_suffix(".tmp")
        temporary.write_bytes(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, entry)
        return document

    def forget_unused(self) -> None:
        """Delete the entries of files that no longer exist or changed."""
        for entry in self.folder.iterdir():
            if entry.stem not in self.used:
                entry.unlink(missing_ok=True)
