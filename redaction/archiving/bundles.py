"""Archive bundles: what leaves the live site is kept, one zip per council and fiscal year.

A bundle holds the public pages of a council's fiscal year, rendered for offline reading
(redaction.archiving.bundle_pages: a plain index and one page per meeting, the same text and marks as
the live page, no script, no search, no links to the live site), the public Markdown of each
meeting and ``manifest.json`` (every document with its title, date, retention class and last
day on the site; the sha256 of every file).

Bundles are deterministic: entries sorted, every timestamp 1980-01-01 00:00, fixed
permissions, fixed compression, nothing that depends on the day of the build. The same
sources and configuration therefore give byte-identical zips, and a bundle rebuilt on a
later day replaces the old one only when its content really changed. The manifest records
a digest of everything a bundle is made from (pages, configuration it shows, templates, the
theme's stylesheet, the code and package versions that shape the output); when the bundle already in the archive
folder carries the same digest and still verifies, it is kept without rendering it again.

Nothing is ever deleted: every file already in the archive folder is carried into the new
one; a bundle that would lose a document (its source was deleted) is kept under a second
name (``<council>-fy<year>.<sha256 prefix>.zip``) beside the new bundle.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import zipfile
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redaction.archiving.bundle_pages import bundle_pages, page_name, template_files
from redaction.core import clerk_messages as say
from redaction.core.code_fingerprint import code_fingerprint, package_version
from redaction.core.config import SumiConfig
from redaction.core.cores import each_on_every_core, map_on_every_core
from redaction.core.errors import ContentError
from redaction.core.progress import Progress
from redaction.core.scan_record import known_clean, record_clean
from redaction.core.wareki import fiscal_year_label
from redaction.source.public_page import PublicDocument

BUNDLE_FORMAT = "sumi-archive-bundle/1"
BUNDLE_NAME = re.compile(r"^(?P<council>[a-z][a-z0-9-]*)-fy(?P<fy>\d{4})\.zip$")
ZIP_DATE = (1980, 1, 1, 0, 0, 0)          # the earliest date a zip can hold: no build day leaks in
FILE_MODE = 0o644


@dataclass(frozen=True)
class BundleRef:
    """One bundle as the archive page names it."""

    council: str
    fiscal_year: int
    name: str          # file name in the archive folder
    documents: int


@dataclass(frozen=True)
class ArchiveResult:
    """What the archive step did, for the build summary."""

    written: tuple[str, ...]      # new or changed bundles
    unchanged: tuple[str, ...]    # made from the same inputs as the bundle already there (kept as it is)
    kept: tuple[str, ...]         # earlier bundles (or other files) carried over untouched
    superseded: tuple[str, ...]   # old versions kept under a second name because they held more documents


def bundle_name(council_id: str, fy: int) -> str:
    """``kojin-joho-fy2021.zip``: ASCII, so that it survives every zip tool, file share and URL."""
    return f"{council_id}-fy{fy}.zip"


def group_archived(archived: Iterable[PublicDocument]) -> dict[tuple[str, int], list[PublicDocument]]:
    """Archived documents by (council, fiscal year), meetings in date order."""
    groups: dict[tuple[str, int], list[PublicDocument]] = defaultdict(list)
    for document in sorted(archived, key=lambda d: (d.source.date, d.url_path)):
        if document.state != "archived":
            raise ValueError(f"{document.url_path} is {document.state}, not archived")
        groups[(document.source.council, document.fiscal_year)].append(document)
    return dict(sorted(groups.items()))


def read_bundle_manifest(bundle: Path | bytes) -> dict[str, Any]:
    """The manifest.json of a bundle (a path or the zip's bytes)."""
    source = io.BytesIO(bundle) if isinstance(bundle, bytes) else bundle
    with zipfile.ZipFile(source) as archive:
        names = [n for n in archive.namelist() if n.count("/") == 1 and n.endswith("/manifest.json")]
        if len(names) != 1:
            raise ValueError("a bundle holds exactly one <folder>/manifest.json")
        return json.loads(archive.read(names[0]).decode("utf-8"))


def bundle_refs(archived: Sequence[PublicDocument], archive_dir: Path) -> list[BundleRef]:
    """The bundles the archive folder will hold after this build: this build's and earlier ones."""
    refs = {bundle_name(c, fy): BundleRef(c, fy, bundle_name(c, fy), len(docs))
            for (c, fy), docs in group_archived(archived).items()}
    if archive_dir.is_dir():
        for path in sorted(archive_dir.iterdir()):
            match = BUNDLE_NAME.match(path.name)
            if match and path.name not in refs and path.is_file():
                try:
                    count = len(read_bundle_manifest(path)["documents"])
                except (ValueError, KeyError, zipfile.BadZipFile, OSError):
                    count = 0
                refs[path.name] = BundleRef(match["council"], int(match["fy"]), path.name, count)
    return sorted(refs.values(), key=lambda r: (r.council, -r.fiscal_year))


# ---------------------------------------------------------------- bundle contents


THEME_STYLESHEET = "assets/sumi.css"   # the theme's marks and notices, copied into every bundle as it is


@dataclass(frozen=True)
class BundleSource:
    """Everything a bundle is made from; `digest` names it, so an unchanged bundle need not be rendered again."""

    council: str
    fiscal_year: int
    documents: tuple[PublicDocument, ...]
    digest: str


@dataclass(frozen=True)
class BundleLook:
    """What every bundle of a build shows besides its documents (the site's name, the theme's stylesheet),
    and a digest of what shapes every bundle's bytes alike (templates, code, packages), taken once a build."""

    site_name: str
    theme_css: bytes | None
    shaping: str = ""

    @classmethod
    def of(cls, settings: Mapping[str, Any]) -> BundleLook:
        custom = (settings.get("theme") or {}).get("custom_dir")
        css = Path(custom) / THEME_STYLESHEET if custom else None
        shaping = {
            "templates": {name: sha256_hex(data) for name, data in template_files().items()},
            "code": code_fingerprint(__name__).hexdigest(),   # this module and all it imports
            "packages": {name: package_version(name, "-") for name in _SHAPING_PACKAGES},
            "zlib": zlib.ZLIB_RUNTIME_VERSION,
        }
        return cls(str(settings.get("site_name") or ""), css.read_bytes() if css and css.is_file() else None,
                   sha256_hex(json.dumps(shaping, sort_keys=True).encode("utf-8")))


# Packages that shape a bundle's bytes besides its pages, configuration, templates and Sumi's code.
_SHAPING_PACKAGES = ("markdown-it-py", "mdit-py-plugins", "jinja2", "markupsafe", "markdown")


def bundle_source(council_id: str, fy: int, documents: Sequence[PublicDocument], config: SumiConfig,
                  look: BundleLook) -> BundleSource:
    payload = {
        "format": BUNDLE_FORMAT, "council": council_id, "council_name": config.councils[council_id].name,
        "fiscal_year": fy, "pages": {page_name(d): d.markdown_sha256 for d in documents},
        "documents": [_document_entry(d, config) for d in documents],
        "labels": {cid: category.label for cid, category in config.categories.items()},
        "city": config.city, "notice": config.archive_notice, "site_name": look.site_name,
        "theme_css": sha256_hex(look.theme_css) if look.theme_css is not None else None,
        "shaping": look.shaping,
    }
    digest = sha256_hex(json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8"))
    return BundleSource(council_id, fy, tuple(documents), digest)


def bundle_files(source: BundleSource, config: SumiConfig, look: BundleLook) -> dict[str, bytes]:
    """Every file of one bundle (paths relative to the bundle folder), manifest.json included."""
    council_id, fy, documents = source.council, source.fiscal_year, source.documents
    files = bundle_pages(council_id, fy, documents, config, look.site_name, look.theme_css is not None)
    if look.theme_css is not None:
        files[THEME_STYLESHEET] = look.theme_css
    for document in documents:
        files[f"markdown/{page_name(document)}.md"] = document.markdown.encode("utf-8")
    files["manifest.json"] = manifest(council_id, fy, documents, files, config, source.digest)
    return files


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _document_entry(document: PublicDocument, config: SumiConfig) -> dict[str, Any]:
    name = page_name(document)
    end = document.retention.posting_end
    return {
        "id": document.url_path,
        "title": document.title,
        "date": document.source.date.isoformat(),
        "date_label": document.date_label,
        "retention_class": document.retention_class,
        "retention_label": config.retention[document.retention_class].label,
        "posting_end": end.isoformat() if end else None,
        "page": f"{name}.html",
        "markdown": f"markdown/{name}.md",
    }


def manifest(council_id: str, fy: int, documents: Sequence[PublicDocument], files: Mapping[str, bytes],
             config: SumiConfig, inputs: str) -> bytes:
    """manifest.json: the documents of the bundle, the sha256 of every other file, the digest of the inputs."""
    council = config.councils[council_id]
    entries = []
    for document in documents:
        entry = _document_entry(document, config)
        entry["sha256"] = {path: sha256_hex(files[path]) for path in (entry["page"], entry["markdown"])}
        entries.append(entry)
    data = {
        "format": BUNDLE_FORMAT,
        "council": {"id": council_id, "name": council.name},
        "fiscal_year": fy,
        "fiscal_year_label": fiscal_year_label(fy),
        "inputs_sha256": inputs,
        "documents": entries,
        "files": [{"path": path, "size": len(files[path]), "sha256": sha256_hex(files[path])} for path in sorted(files)],
    }
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


# zlib's default level: bundles as small as at level 9 (0.56 of 3.01 MB for a bundle of 25 meetings)
# in two thirds of the time (42.6 against 27.8 MB/s).
ZIP_LEVEL = 6


def zip_bytes(folder: str, files: Mapping[str, bytes]) -> bytes:
    """A deterministic zip of `files` under `folder/`: sorted, fixed dates and permissions."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(files):
            info = zipfile.ZipInfo(f"{folder}/{path}", date_time=ZIP_DATE)
            info.create_system = 3                       # Unix, so the permissions below are read
            info.external_attr = (0o100000 | FILE_MODE) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, files[path], compresslevel=ZIP_LEVEL)
    return buffer.getvalue()


def verify_bundle(data: bytes, expected: Iterable[str] = ()) -> list[str]:
    """Problems with a bundle: a file whose sha256 differs from the manifest, or a missing document."""
    manifest_data = read_bundle_manifest(data)
    problems: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        folder = archive.namelist()[0].split("/", 1)[0]
        contents = {n.split("/", 1)[1]: archive.read(n) for n in archive.namelist()}
    listed = {entry["path"]: entry["sha256"] for entry in manifest_data["files"]}
    for path, digest in listed.items():
        if path not in contents or sha256_hex(contents[path]) != digest:
            problems.append(f"{folder}/{path}: missing or sha256 differs from the manifest")
    for path in sorted(set(contents) - set(listed) - {"manifest.json"}):
        problems.append(f"{folder}/{path}: not listed in the manifest")
    ids = {entry["id"] for entry in manifest_data["documents"]}
    problems += [f"{folder}: document {doc_id} is missing" for doc_id in expected if doc_id not in ids]
    return problems


def zip_entries(data: bytes) -> list[tuple[str, bytes]] | None:
    if not data.startswith(b"PK\x03\x04"):
        return None
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


# ---------------------------------------------------------------- the archive folder


def build_archive(archived: Sequence[PublicDocument], config: SumiConfig, base_settings: Mapping[str, Any],
                  old: Path, new: Path, work: Path, log: Callable[[str], None] = lambda _: None) -> ArchiveResult:
    """Fill the empty folder `new` with everything in `old` plus this build's bundles.

    `base_settings` are the live renderer's settings (the site's name and theme folder are read from them);
    `old` (the current archive folder) is only read. Raises ContentError if a bundle
    written does not hold every archived document of its council and fiscal year.
    """
    if old.is_dir():  # hard links where it can: a file of `new` is replaced, never written into (below)
        shutil.copytree(old, new, dirs_exist_ok=True, symlinks=True, copy_function=_link_or_copy)
    carried = {p.relative_to(new).as_posix() for p in new.rglob("*") if p.is_file()}
    written: list[str] = []
    unchanged: list[str] = []
    superseded: list[str] = []
    pending: list[tuple[str, list[str], BundleSource, bytes | None]] = []
    look = BundleLook.of(base_settings)
    wanted = [(bundle_name(council_id, fy), [d.url_path for d in documents],
               bundle_source(council_id, fy, documents, config, look))
              for (council_id, fy), documents in group_archived(archived).items()]
    on_disk = [(new / name, source.digest, ids) for name, ids, source in wanted if (new / name).is_file()]
    verified_code = code_fingerprint(__name__).hexdigest()
    verified_before = known_clean(work, verified_code, VERIFIED_RECORD)
    still = map_on_every_core(_still_made_from, on_disk, verified_before, worth_it=len(on_disk) >= PARALLEL_CHECKS)
    kept = {target.name for (target, _, _), same in zip(on_disk, still, strict=True) if same is not None}
    intact = [digest for digest in still if digest is not None]
    for name, ids, source in wanted:
        target = new / name
        carried.discard(name)
        if name in kept:
            unchanged.append(name)          # same inputs: rendering again would give these very bytes
            continue
        pending.append((name, ids, source, target.read_bytes() if target.is_file() else None))
    rendered = _render_bundles([source for _, _, source, _ in pending], config, look, log)
    for (name, _, _, previous), (data, problems, sha256) in zip(pending, rendered, strict=True):
        target = new / name
        if problems:
            raise ContentError([say.BUNDLE_INCOMPLETE.at(name, 0, 0, reason=p) for p in problems])
        if previous is not None:
            if previous == data:
                unchanged.append(name)
                continue
            if _loses_documents(previous, data):
                keep = f"{name.removesuffix('.zip')}.{sha256_hex(previous)[:12]}.zip"
                target.rename(new / keep)
                superseded.append(keep)
                log(f"  以前のバンドルを {keep} として残しました / kept the previous bundle as {keep}")
        target.unlink(missing_ok=True)      # it may be a hard link to the published archive's file
        target.write_bytes(data)
        written.append(name)
        intact.append(sha256)
    record_clean(work, verified_code, intact, VERIFIED_RECORD)
    return ArchiveResult(tuple(written), tuple(unchanged), tuple(sorted(carried)), tuple(superseded))


def _render_bundle(index: int, job: tuple[Sequence[BundleSource], SumiConfig, BundleLook]
                   ) -> tuple[bytes, list[str], str]:
    """One bundle's zip bytes, what verify_bundle finds wrong with them, and their sha256 (in the worker that
    made them: the parent only compares and writes)."""
    sources, config, look = job
    source = sources[index]
    data = zip_bytes(bundle_name(source.council, source.fiscal_year).removesuffix(".zip"),
                     bundle_files(source, config, look))
    return data, verify_bundle(data, [document.url_path for document in source.documents]), sha256_hex(data)


def _render_bundles(sources: Sequence[BundleSource], config: SumiConfig, look: BundleLook,
                    log: Callable[[str], None]) -> Iterator[tuple[bytes, list[str], str]]:
    """Each bundle as _render_bundle gives it, rendered on every core when there are several (the workers
    inherit the sources: only their numbers go through the pipe), one by one as they arrive: the caller writes
    each and lets it go, instead of holding every bundle's bytes at once."""
    return each_on_every_core(_render_bundle, range(len(sources)), (sources, config, look),
                             progress=Progress("バンドル / bundles", len(sources), log))


PARALLEL_CHECKS = 20  # bundles: below this, checking them in one process is faster than starting workers
# In the renderer's work folder for bundles: the sha256 of every bundle file the last build found intact
# (every entry as its manifest records) or wrote; digests only. A change of the verifying code (this
# module and all it imports) voids it.
VERIFIED_RECORD = "bundles-verified.json"


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _still_made_from(check: tuple[Path, str, Sequence[str]], verified_before: frozenset[str]) -> str | None:
    """The sha256 of the bundle file already there when it was made from exactly these inputs and is intact.

    A file whose sha256 an earlier build recorded as intact (VERIFIED_RECORD) has those very bytes:
    only its manifest is read again, not every entry (9 ms a bundle, 2 s of a rebuild at 10,000 documents).
    """
    target, digest, ids = check
    data = target.read_bytes()
    sha256 = sha256_hex(data)
    if sha256 in verified_before:
        same = _made_from_manifest(data, digest, ids)
    else:
        same = _made_from(data, digest, ids)
    return sha256 if same else None


def _made_from_manifest(previous: bytes, digest: str, ids: Sequence[str]) -> bool:
    """True when an intact bundle's manifest names exactly these inputs and every one of `ids`."""
    try:
        manifest_data = read_bundle_manifest(previous)
        listed = {entry["id"] for entry in manifest_data["documents"]}
        return manifest_data.get("inputs_sha256") == digest and all(doc_id in listed for doc_id in ids)
    except (ValueError, KeyError, TypeError, zipfile.BadZipFile):
        return False


def _made_from(previous: bytes, digest: str, ids: Sequence[str]) -> bool:
    """True when a bundle already there was made from exactly these inputs and is intact."""
    try:
        return _made_from_manifest(previous, digest, ids) and verify_bundle(previous, ids) == []
    except (ValueError, KeyError, TypeError, zipfile.BadZipFile):
        return False


def _loses_documents(previous: bytes, current: bytes) -> bool:
    """True when the previous bundle holds a document the new one does not (or cannot be read)."""
    try:
        before = {entry["id"] for entry in read_bundle_manifest(previous)["documents"]}
    except (ValueError, KeyError, TypeError, zipfile.BadZipFile):
        return True
    return not before <= {entry["id"] for entry in read_bundle_manifest(current)["documents"]}
