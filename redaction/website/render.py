"""The renderer: MkDocs + Material over the staging folder (the search index is redaction/website/search).

This is the only module that knows the renderer. It reads nothing but the staging folder
of public Markdown and the theme, so that it can be replaced (Material reaches end of life
in 2027) without touching redaction.
"""

from __future__ import annotations

import contextlib
import copy
import io
import logging
import os
import re
import shutil
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml

from redaction.core import clerk_messages as say
from redaction.core.config import SumiConfig
from redaction.core.errors import ContentError

MARKDOWN_EXTENSION = "redaction.website.markdown_ext"
OWN_EXTENSION_NAMES = frozenset({MARKDOWN_EXTENSION, "redaction.markdown_ext"})  # the second: a mkdocs.yml written before the stage folders
FORBIDDEN_PLUGINS = frozenset({"search"})  # Material's search is unfit for Japanese; redaction/website/search indexes instead
FORBIDDEN_EXTENSIONS = frozenset({"attr_list", "md_in_html", "pymdownx.snippets"})  # attributes, raw HTML, file includes


def renderer_config(config: SumiConfig, docs_dir: Path, site_dir: Path, nav: Sequence[Any]) -> dict[str, Any]:
    """The MkDocs configuration the renderer runs with: the site part of mkdocs.yml, made safe."""
    base = config.path.resolve().parent
    derived = {key: value for key, value in config.mkdocs.items() if key not in ("docs_dir", "site_dir", "nav")}
    theme = dict(derived.get("theme") or {"name": "material"})
    if "custom_dir" in theme:
        theme["custom_dir"] = str((base / theme["custom_dir"]).resolve())
    derived["theme"] = theme
    labels = {cid: category.label for cid, category in config.categories.items()}
    extensions: list[Any] = []
    for entry in derived.get("markdown_extensions") or []:
        name = next(iter(entry)) if isinstance(entry, dict) else entry
        if name in OWN_EXTENSION_NAMES or name in FORBIDDEN_EXTENSIONS:
            continue
        extensions.append(entry)
    extensions.append({MARKDOWN_EXTENSION: {"labels": labels}})  # always: it is what keeps raw HTML out
    derived["markdown_extensions"] = extensions
    plugins = [p for p in derived.get("plugins") or []
               if (next(iter(p)) if isinstance(p, dict) else p) not in FORBIDDEN_PLUGINS]
    derived["plugins"] = plugins
    import redaction.website.markdown_ext as titles_hook  # its on_nav/on_page_markdown escape titles

    own = str(Path(titles_hook.__file__).resolve())
    listed = [str((base / hook).resolve()) for hook in derived.get("hooks") or []  # relative to mkdocs.yml
              if not Path(hook).as_posix().endswith(("redaction/website/markdown_ext.py", "redaction/markdown_ext.py"))]  # ours: added below
    derived["hooks"] = [*listed, own]  # always, and once
    derived.update(docs_dir=str(docs_dir.resolve()), site_dir=str(site_dir.resolve()), nav=list(nav))
    return derived


@contextlib.contextmanager
def _build_date(today: date) -> Iterator[None]:
    """Pin every date MkDocs writes (sitemap lastmod) to "today", for byte-identical builds."""
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(datetime(today.year, today.month, today.day,
                                                      tzinfo=UTC).timestamp()))
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


class _WarningCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def render_pages(settings: Mapping[str, Any], config_file: Path, today: date) -> list[str]:
    """Run MkDocs with `settings` as the configuration of the file `config_file` (not written: MkDocs only
    takes its folder as the configuration's): every page of docs_dir. Returns warnings."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.exceptions import MkDocsException

    logger = logging.getLogger("mkdocs")
    counter = _WarningCounter()
    logger.addHandler(counter)
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        with _build_date(today):
            mkdocs_config = _mkdocs_config(settings, config_file, record=False)
            mkdocs_config.plugins.on_startup(command="build", dirty=False)
            try:
                mkdocs_build(mkdocs_config)
            finally:
                mkdocs_config.plugins.on_shutdown()
    except (MkDocsException, SystemExit) as exc:
        raise ContentError([say.RENDER_MKDOCS_FAILED.at(str(config_file), 0, 0, error=exc)]) from None
    finally:
        logger.removeHandler(counter)
        logger.setLevel(level)
    return counter.messages


def _mkdocs_config(settings: Mapping[str, Any], config_file: Path, *, record: bool) -> Any:
    """MkDocs' configuration from `settings`, as if read from `config_file`; with `record`, the settings are
    also written there (for `mkdocs serve` and for a reader of the work folder).

    The settings are handed over as data, not as YAML text for MkDocs' pure-Python YAML reader (about
    10 ms per run, and 0.15 s for the nav of a large site), as a copy: MkDocs' validation may change
    what it is given. MkDocs ignores a setting given as data whose value is None, so those go through
    YAML as before.
    """
    from mkdocs.config import load_config as mkdocs_load_config

    if record:
        record_config(settings, config_file)
    unset = yaml.safe_dump({key: None for key, value in settings.items() if value is None})
    given = copy.deepcopy({key: value for key, value in settings.items() if value is not None})  # MkDocs may alter them
    return mkdocs_load_config(config_file=io.StringIO(unset), config_file_path=str(config_file), **given)


def record_config(settings: Mapping[str, Any], config_file: Path) -> None:
    """Write the settings to `config_file` (for `mkdocs serve` and for a reader of the work folder)."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    config_file.write_text(yaml.dump(dict(settings), Dumper=dumper, allow_unicode=True, sort_keys=True),
                           encoding="utf-8")


def write_sitemap(settings: Mapping[str, Any], config_file: Path, today: date) -> None:
    """(Re)write sitemap.xml and sitemap.xml.gz for every page of docs_dir, exactly as a full MkDocs build does.

    For a site assembled from partial renders (redaction.website.parts): no page is rendered here.
    """
    from mkdocs.commands.build import _build_theme_template, get_files
    from mkdocs.structure.pages import Page

    with _build_date(today):
        mkdocs_config = _mkdocs_config(settings, config_file, record=True)
        files = get_files(mkdocs_config)
        for file in files.documentation_pages():
            Page(None, file, mkdocs_config)
        _build_theme_template("sitemap.xml", mkdocs_config.theme.get_env(), files, mkdocs_config, None)  # type: ignore[arg-type]


@contextlib.contextmanager
def theme_environment_reused(omit: re.Pattern[str] | None = None, compiled: Path | None = None) -> Iterator[None]:
    """While open (and in worker processes forked meanwhile): renderer runs share the theme's
    template environment, its list of static files and the list of installed themes.

    MkDocs builds a new Jinja environment for every run, which compiles Material's templates
    again (about 0.4 s of CPU per run: most of the time of an archive bundle of a few pages), walks
    and filters the theme's 14,000 files (icons included) for the static files to copy (about
    0.2 s), and reads the installed packages' entry points for the list of themes (it empties its
    own cache of them on every theme load). For runs that render many small parts of one site with
    one theme: the theme must not change while this is open, and no plugin may alter the
    environment (none is configured). Jinja still checks each template file's modification time
    before using it. Theme static files whose path `omit` matches are not copied (an archive bundle
    leaves out Material's search scripts: copying them cost each bundle more than its pages' Markdown).
    `compiled`: a folder where the templates' compiled code is kept between runs (`_compiled_templates`).
    """
    import mkdocs.utils
    from mkdocs.structure.files import File, Files
    from mkdocs.theme import Theme

    original_env, original_add = Theme.get_env, Files.add_files_from_theme
    original_themes = mkdocs.utils.get_themes
    environments: dict[tuple[tuple[str, ...], str], Any] = {}
    theme_files: dict[tuple[tuple[str, ...], tuple[str, ...]], list[tuple[str, str]]] = {}
    themes = original_themes()

    def get_themes() -> Any:
        return themes

    get_themes.cache_clear = lambda: None  # type: ignore[attr-defined]

    def get_env(self: Theme) -> Any:
        key = (tuple(self.dirs), str(self.locale))
        if key not in environments:
            environments[key] = env = original_env(self)
            if compiled is not None:
                env.bytecode_cache = _compiled_templates(env, compiled)
        return environments[key]

    def add_files_from_theme(self: Files, env: Any, config: Any) -> None:
        key = (tuple(config.theme.dirs), tuple(config.theme.static_templates))
        if key not in theme_files:
            found = Files([])
            original_add(found, env, config)
            theme_files[key] = [(file.src_uri, file.src_dir) for file in found]
        for path, folder in theme_files[key]:
            if omit is not None and omit.match(path):
                continue
            if self.get_file_from_path(path) is None:  # as MkDocs: a docs file of that name wins
                self.append(File(path, folder, config.site_dir, config.use_directory_urls))

    Theme.get_env = get_env  # type: ignore[method-assign]
    Files.add_files_from_theme = add_files_from_theme  # type: ignore[method-assign]
    mkdocs.utils.get_themes = get_themes  # type: ignore[assignment]
    try:
        yield
    finally:
        Theme.get_env = original_env  # type: ignore[method-assign]
        Files.add_files_from_theme = original_add  # type: ignore[method-assign]
        mkdocs.utils.get_themes = original_themes


def _compiled_templates(env: Any, folder: Path) -> Any:
    """Jinja's cache of compiled templates (Python code, marshalled) in a subfolder of `folder` named by what the
    compiled code depends on besides each template's source: the Jinja, MkDocs and Material versions, the Python
    version, and the environment's compile-time options. Jinja itself uses an entry only for the template source
    it was compiled from (a checksum of the source in the entry). Every render worker compiled Material's 28
    templates again, about 0.2 s of CPU a worker; the templates are public, so is their code."""
    import hashlib
    import sys
    from importlib import metadata

    from jinja2 import FileSystemBytecodeCache

    versions = []
    for package in ("jinja2", "mkdocs", "mkdocs-material", "markupsafe"):
        try:
            versions.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package}=-")
    options = [env.block_start_string, env.block_end_string, env.variable_start_string, env.variable_end_string,
               env.comment_start_string, env.comment_end_string, env.line_statement_prefix,
               env.line_comment_prefix, env.trim_blocks, env.lstrip_blocks, env.newline_sequence,
               env.keep_trailing_newline, env.optimized, env.is_async, sorted(env.extensions),
               repr(env.autoescape) if not callable(env.autoescape) else getattr(env.autoescape, "__qualname__", "?")]
    key = hashlib.sha256(repr([TEMPLATES_FORMAT, sys.version, versions, options]).encode()).hexdigest()[:32]
    (folder / key).mkdir(parents=True, exist_ok=True)
    for other in folder.iterdir():   # another version's: never used again
        if other.name != key:
            shutil.rmtree(other, ignore_errors=True)
    return FileSystemBytecodeCache(str(folder / key))


TEMPLATES_FORMAT = "sumi-compiled-templates/1"


def renderer_fingerprint(settings: Mapping[str, Any]) -> str:
    """A hash of everything besides the settings and the pages that shapes the renderer's output:
    the renderer's versions, the theme overrides and the forced Markdown extension's code (and all it imports)."""
    import hashlib
    from importlib import metadata

    import redaction.website.markdown_ext
    from redaction.core.code_fingerprint import code_fingerprint

    digest = hashlib.sha256()
    for package in ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "pygments"):
        try:
            digest.update(f"{package}={metadata.version(package)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=-\n".encode())
    digest.update(code_fingerprint(redaction.website.markdown_ext.__name__).digest())
    custom = (settings.get("theme") or {}).get("custom_dir")
    if custom:
        root = Path(custom)
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def page_output(source: str) -> str:
    """The site path MkDocs writes for the staged page `source` (use_directory_urls: true)."""
    stem = source[:-3]
    if stem == "index" or stem.endswith("/index"):
        return stem + ".html"
    return stem + "/index.html"
