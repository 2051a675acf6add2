"""The cache of parsed and redacted sources: a rebuild reads again only the sources that changed.

Reading and redacting every source is most of a rebuild's own work at 10,000 documents (about
17 s on two cores). A parsed source holds the withheld texts, so the issue's rule (e) applies,
and this module keeps to it:

* **one private folder**, ``.sumi-cache`` beside the site folder (the site's parent holds the work
  folder too, but the cache is not in it: the work folder stays public-only), never inside
  ``site/`` or ``archive/``; the folder is created ``0700`` and every entry ``0600`` (owner only);
* **ignored by git** (``/.sumi-cache/`` in .gitignore);
* **never used by** ``audit`` (its build does not reuse records: ``Build.reuse_checks``) nor by
  ``verify --content`` (which rebuilds in a fresh temporary folder, so its cache starts empty and is
  deleted with it);
* **removed by** ``python -m redaction.source.cache clear [--site DIR]`` (or by deleting the folder:
  nothing else refers to it);
* ``tests/test_source_cache.py`` builds with it and proves that no public folder holds its bytes.

An entry is one document as ``public_document`` returns it, named by a digest of the source
file's path and bytes and of everything else its result depends on: the configuration file's
bytes, "today", Sumi's code and the Python and PyYAML versions. Anything else is a miss; an entry
that cannot be read is a miss (and is replaced). After each load, entries no current source named
are deleted, so the folder holds the current sources' documents only.

**Summaries first, texts when asked.** Unpickling a whole document (its source text, body and
staged page: 90 KB) cost 0.6 ms, 6 s of a rebuild at 10,000 documents, though a rebuild after one
edit needs the texts of the changed documents only. So an entry holds two pickles: a summary —
the document without its staged page and its source without its texts (the front matter's values,
the lists, the body), plus the staged page's sha256 and the digest of its views (`views_digest`)
on the entry's day and the `needle_forms` of its withheld texts (squashing them was 1.5 s of the
check's consistency part and again of the leak scan at 10,000 documents) — then the whole document,
the summary's length first. `get` reads the summary alone (its first 16 KB, about 0.06 ms) and
gives a `CachedDocument` whose `markdown` and source's texts (a `CachedSource`) are read from the
entry's second pickle the first time they are asked for. Steps that only compare (staging, the
search index, the bundles, the checks' records) use the sha256 and the digests; the rest of a
rebuild reads the texts of the pages it renders again.

**One file of summaries.** Opening 10,000 entries for their summaries was 3.0 s of a rebuild after one
edit at 10,000 documents: the summaries are also kept together in one file (``summaries``, owner-only,
`Summaries`), read at once, each used only while its entry is still the file it was taken from.

Beside the entries, two records of file digests by stat (redaction/core/stat_digests.py): the
sources' (a rebuild reads and hashes only the sources whose stat changed) and the published site's
and archive's (the check that nothing changed hashes only the files whose stat changed).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import pickle
import shutil
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from redaction.core.stat_digests import StatDigests
from redaction.source.document import SourceDocument
from redaction.source.public_page import PublicDocument
from redaction.source.redact import forms_of, known_forms

CACHE_DIR_NAME = ".sumi-cache"
SOURCE_STATS = "stats-sources"      # the sources' sha256 by their stat (redaction/core/stat_digests.py)
PUBLISHED_STATS = "stats-published"  # the published site's and archive's files' sha256 by their stat
SUMMARIES = "summaries"             # every entry's summary in one file (`Summaries`), read at once by a rebuild
RECORDS = frozenset({SOURCE_STATS, PUBLISHED_STATS, SUMMARIES})
CACHE_FORMAT = "sumi-source-cache/4"   # 2: entries named by the path as read; 3: a summary, then the document; 4: its length first
SUMMARY_READ = 16_384   # bytes read at once for a summary (its length first, 8 bytes): most summaries fit
SUMMARY_MAX = 1 << 26   # a larger length is a damaged entry
FOLDER_MODE = 0o700
ENTRY_MODE = 0o600


def cache_folder(site: Path) -> Path:
    """The cache's one folder for a site folder: beside it, never inside it."""
    return site.resolve().parent / CACHE_DIR_NAME


@dataclass(frozen=True)
class SourceCache:
    """The cache folder and the digest of everything besides a source that shapes its document."""

    folder: Path
    inputs: str

    @classmethod
    def open(cls, site: Path, config_sha256: str, today: date, code_sha256: str) -> SourceCache:
        folder = cache_folder(site)
        folder.parent.mkdir(parents=True, exist_ok=True)   # the site's parent: a first build may not have made it yet
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
        os.chmod(folder, FOLDER_MODE)            # also when it was made by hand, or with a looser umask
        inputs = "\0".join([CACHE_FORMAT, config_sha256, today.isoformat(), code_sha256, sys.version,
                            yaml.__version__, str(pickle.HIGHEST_PROTOCOL)])
        return cls(folder, hashlib.sha256(inputs.encode("utf-8")).hexdigest())

    def entry_name(self, path: Path, rel: str, file_sha256: str) -> str:
        """Named by the path as the build reads it (the document records that path), not resolved: resolving
        is a system call per folder of the path, 0.1 ms a source, twice a source in every rebuild."""
        key = "\0".join([self.inputs, str(path), rel, file_sha256])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    def holds_any(self) -> bool:
        """False for an empty folder (a first build): then no source is looked up in it."""
        with os.scandir(self.folder) as entries:
            return next(entries, None) is not None

    def source_stats(self) -> StatDigests:
        """The record of the sources' sha256 by their stat (stat_digests.py): kept here, as a source's size
        tells how long its withheld passages are. `save` it after use."""
        return StatDigests.read(self.folder / SOURCE_STATS)

    def summaries(self) -> Summaries:
        """The file of every entry's summary (`Summaries`); `save` it after the load."""
        return Summaries.read(self.folder / SUMMARIES)

    def get(self, path: Path, rel: str, file_sha256: str, summaries: Summaries | None = None) -> PublicDocument | None:
        """The cached document of the source file whose bytes have this sha256 (its summary: the texts are
        read when asked for, see `CachedDocument`), or None. `summaries`: its summary from there when the entry
        is still the file it was taken from (its size and mtime), else from the entry (and learnt there)."""
        name = self.entry_name(path, rel, file_sha256)
        entry = self.folder / name
        try:
            head = summaries.current(entry) if summaries is not None else None
            if head is None:
                with entry.open("rb") as stream:
                    head = stream.read(SUMMARY_READ)
                    size = int.from_bytes(head[:8], "little")
                    if size > SUMMARY_MAX:
                        return None
                    head = head[8:8 + size] if size <= len(head) - 8 else head[8:] + stream.read(size + 8 - len(head))
                    if summaries is not None:
                        summaries.learn(name, os.fstat(stream.fileno()), head)
            document, source, views, forms = pickle.loads(head)
            if not (isinstance(document, dict) and isinstance(source, dict) and source.get("file_sha256") == file_sha256):
                return None
            known_forms(forms)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None
        return CachedDocument.of(entry, document, source, views)

    def put(self, document: PublicDocument, views: tuple[date, str], whole: bytes | None = None) -> Kept:
        """Keep a document: its summary (with `views`, the digest of its views on a day), then itself (`whole`:
        pickled already). Written owner-only, then renamed into place: a reader never sees half an entry.
        Returns what `Summaries.learn` keeps of it."""
        source = document.source
        name = self.entry_name(source.path, source.rel, source.file_sha256)
        summary = ({**{k: v for k, v in vars(document).items() if k not in DEFERRED_DOCUMENT},
                    "url_path": "", "markdown_sha256": document.markdown_sha256},
                   {k: v for k, v in vars(source).items() if k not in DEFERRED_SOURCE}, views, forms_of(document.rows))
        head = pickle.dumps(summary, protocol=pickle.HIGHEST_PROTOCOL)
        if whole is None:
            whole = pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL)
        handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
        try:
            os.fchmod(handle, ENTRY_MODE)
            with os.fdopen(handle, "wb") as stream:
                stream.write(len(head).to_bytes(8, "little") + head)
                stream.write(whole)
                stream.flush()
                signature = _signature(os.fstat(stream.fileno()))
            os.replace(temporary, self.folder / name)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        return Kept(name, signature, head)

    def keep_only(self, documents: Iterable[PublicDocument]) -> set[str]:
        """Delete every entry (and leftover temporary file) that none of `documents` is kept under; the names kept."""
        names = {self.entry_name(d.source.path, d.source.rel, d.source.file_sha256) for d in documents}
        wanted = names | RECORDS
        for entry in self.folder.iterdir():
            if entry.name not in wanted:
                with contextlib.suppress(OSError):
                    entry.unlink()
        return names


@dataclass(frozen=True)
class Kept:
    """What the summaries file holds of an entry: its name, its file's size and mtime, its summary (pickled)."""

    name: str
    signature: tuple[int, int]
    head: bytes


def _signature(stat: os.stat_result) -> tuple[int, int]:
    return stat.st_size, stat.st_mtime_ns


@dataclass
class Summaries:
    """Every entry's summary in one file (``summaries``, owner-only like the entries), read at once.

    A rebuild at 10,000 documents opened and read 10,000 entries for their summaries (3.0 s of its 17 s on a
    quiet machine); one file of them all is one read. A summary is used from there only while its entry is the
    file it was taken from (same size and mtime: one stat, no open), else read from the entry as before — a
    damaged or replaced entry is never trusted through its old summary. The file is written again after a
    load that read or wrote any entry, for the current documents' entries only."""

    path: Path
    known: dict[str, tuple[tuple[int, int], bytes]]   # entry name -> its file's size and mtime, its summary
    changed: bool = False

    @classmethod
    def read(cls, path: Path) -> Summaries:
        try:
            with path.open("rb") as stream:
                data = pickle.load(stream)
            if not (isinstance(data, tuple) and len(data) == 2 and data[0] == CACHE_FORMAT and isinstance(data[1], dict)):
                return cls(path, {}, changed=True)
            return cls(path, {name: ((size, mtime), head) for name, (size, mtime, head) in data[1].items()})
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return cls(path, {}, changed=True)

    def current(self, entry: Path) -> bytes | None:
        """The summary of `entry`, if known and the entry is still that file."""
        kept = self.known.get(entry.name)
        if kept is None:
            return None
        try:
            return kept[1] if _signature(os.stat(entry)) == kept[0] else None
        except OSError:
            return None

    def learn(self, name: str, stat: os.stat_result | tuple[int, int], head: bytes) -> None:
        signature = stat if isinstance(stat, tuple) else _signature(stat)
        self.known[name] = (signature, head)
        self.changed = True

    def keep(self, kept: Kept) -> None:
        self.learn(kept.name, kept.signature, kept.head)

    def save(self, names: Iterable[str]) -> None:
        """Write the summaries of the entries `names` (owner-only, renamed into place), if anything changed."""
        wanted = set(names)
        if not self.changed and wanted == self.known.keys():
            return
        data = {name: (*signature, head) for name, (signature, head) in sorted(self.known.items()) if name in wanted}
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-")
        try:
            os.fchmod(handle, ENTRY_MODE)
            with os.fdopen(handle, "wb") as stream:
                pickle.dump((CACHE_FORMAT, data), stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise


DEFERRED_DOCUMENT = frozenset({"source", "markdown"})       # not in a summary (`source`: as a CachedSource)
DEFERRED_SOURCE = frozenset({"fields", "lists", "body"})    # the source's texts, read when asked for


class CacheEntryError(RuntimeError):
    """A cached document's texts were asked for, but its entry could no longer be read."""


def _whole(entry: Path) -> PublicDocument:
    """The whole document of an entry: its second pickle."""
    try:
        with entry.open("rb") as stream:
            stream.seek(8 + int.from_bytes(stream.read(8), "little"))
            document = pickle.load(stream)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError) as exc:
        raise CacheEntryError(f"the source cache's entry {entry} can no longer be read ({exc}); "
                        f"remove the cache (python -m redaction.source.cache clear) and build again") from exc
    if not isinstance(document, PublicDocument):
        raise CacheEntryError(f"the source cache's entry {entry} holds no document")
    return document


class CachedSource(SourceDocument):
    """A source from the cache: its texts (`DEFERRED_SOURCE`) are read from its entry when first asked for.
    `views_known`: the digest of its views (redaction.checks.mask.views_digest) on the entry's day."""

    def __getattr__(self, name: str) -> Any:   # only called for what the instance does not hold yet
        if name in DEFERRED_SOURCE and "entry_path" in vars(self):
            whole = _whole(vars(self)["entry_path"]).source
            for key in DEFERRED_SOURCE:
                object.__setattr__(self, key, getattr(whole, key))
            return vars(self)[name]
        raise AttributeError(name)

    def __eq__(self, other: object) -> bool:   # equal to the source it stands for (its texts read to compare)
        return _same_fields(self, other, SourceDocument)

    __hash__ = SourceDocument.__hash__


class CachedDocument(PublicDocument):
    """A document from the cache: its summary, the staged page (`markdown`) read from its entry when first
    asked for. Its `markdown_sha256` is known without it."""

    @classmethod
    def of(cls, entry: Path, document: dict[str, Any], source: dict[str, Any], views: tuple[date, str]
           ) -> CachedDocument:
        cached_source = object.__new__(CachedSource)
        vars(cached_source).update(source, entry_path=entry, views_known=views)
        cached = object.__new__(cls)
        vars(cached).update(document, source=cached_source, entry_path=entry)
        return cached

    def __getattr__(self, name: str) -> Any:
        if name == "markdown" and "entry_path" in vars(self):
            object.__setattr__(self, "markdown", _whole(vars(self)["entry_path"]).markdown)
            return vars(self)["markdown"]
        raise AttributeError(name)

    def __eq__(self, other: object) -> bool:   # equal to the document it stands for (its texts read to compare)
        return _same_fields(self, other, PublicDocument)

    __hash__ = PublicDocument.__hash__


def _same_fields(one: object, other: object, kind: type) -> bool:
    if not isinstance(other, kind):
        return NotImplemented
    return all(getattr(one, f.name) == getattr(other, f.name) for f in fields(kind))


def published_stats(site: Path, fresh: bool = False) -> StatDigests:
    """The record of the published site's and archive's file digests by stat, in the cache folder when
    there is one (a first build, `audit` and `verify --content` have none: then every file is hashed);
    `fresh`: an empty record to replace it."""
    folder = cache_folder(site)
    path = folder / PUBLISHED_STATS if folder.is_dir() else None
    return StatDigests(path) if fresh else StatDigests.read(path)


def source_stats(site: Path) -> StatDigests:
    """The record of the sources' digests by stat, for the check that nothing changed (see `published_stats`)."""
    folder = cache_folder(site)
    return StatDigests.read(folder / SOURCE_STATS if folder.is_dir() else None)


def clear(site: Path) -> bool:
    """Remove the cache folder of `site`; True when there was one."""
    folder = cache_folder(site)
    if not folder.exists():
        return False
    shutil.rmtree(folder)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m redaction.source.cache",
                                     description="Sumi's cache of parsed sources (withheld text included).")
    parser.add_argument("action", choices=["clear"], help="clear: remove the cache folder")
    parser.add_argument("--site", type=Path, default=Path("site"), help="the site folder it is beside (default site/)")
    args = parser.parse_args(argv)
    folder = cache_folder(args.site)
    if clear(args.site):
        print(f"キャッシュを削除しました / removed the cache: {folder}")
    else:
        print(f"キャッシュはありません / no cache: {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
