"""Where an archive bundle's time goes: the figures behind "a lighter renderer for bundles".

    python -m bench.bundle_cost --content C --config F [--today 2026-11-22] [--bundles 24] [--rounds 3]

Loads and redacts the sources as a build does, takes `--bundles` archive bundles spread over the
corpus, and times on one core, alternating, medians of `--rounds`:

* **as built**: each bundle rendered and zipped as the archive step does (one MkDocs + Material run
  over its pages, the theme's templates compiled once beforehand, as in a build);
* **Python-Markdown alone**: every page of those bundles, its front matter taken off as MkDocs
  does, converted with the renderer's Markdown extensions (Sumi's included), no MkDocs, no theme,
  no zip: the part a lighter renderer that kept Python-Markdown would still pay;
* **markdown-it-py alone**: the same pages with markdown-it-py (CommonMark and tables, raw HTML
  off), a faster engine that would change every page's HTML.

Prints milliseconds a page and each way's share of the time as built. A measurement for a product
decision, nothing a build uses.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

import markdown
from markdown_it import MarkdownIt
from mkdocs.utils.meta import get_data

from redaction.archive import OMITTED, _render_bundle, bundle_source, group_archived
from redaction.config import load_config
from redaction.pipeline import Build, Paths, load
from redaction.render import renderer_config, theme_environment_reused


def _python_markdown(settings: dict) -> markdown.Markdown:
    names: list[str] = []
    configs: dict[str, dict] = {}
    for entry in settings["markdown_extensions"]:
        name = next(iter(entry)) if isinstance(entry, dict) else entry
        names.append(name)
        if isinstance(entry, dict):
            configs[name] = entry[name] or {}
    return markdown.Markdown(extensions=names, extension_configs=configs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bundle_cost", description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, required=True)
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--today", default="2026-11-22")
    parser.add_argument("--bundles", type=int, default=24)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sumi-bundle-cost-") as folder:
        return measure(args, Path(folder))


def measure(args: argparse.Namespace, scratch: Path) -> int:
    config = load_config(args.config)
    build = Build(config, Paths(args.content, scratch / "site", scratch / "archive", args.config),
                  date.fromisoformat(args.today), log=lambda message: None)
    load(build)
    groups = sorted(group_archived(build.archived).items())
    step = max(1, len(groups) // args.bundles)
    chosen = groups[::step][:args.bundles]
    settings = renderer_config(config, scratch / "public", scratch / "out", [])
    sources = [bundle_source(council, fy, documents, config, settings) for (council, fy), documents in chosen]
    pages = [get_data(text)[0] for source in sources for text in source.pages.values()]  # as MkDocs: no front matter
    python_markdown = _python_markdown(settings)
    markdown_it = MarkdownIt("commonmark", {"html": False}).enable("table")

    def as_built() -> None:
        for source in sources:
            _render_bundle(source, (config, settings, scratch / "work"))

    def python_markdown_alone() -> None:
        for text in pages:
            python_markdown.reset().convert(text)

    def markdown_it_alone() -> None:
        for text in pages:
            markdown_it.render(text)

    ways = {"as built (MkDocs + Material, zip)": as_built, "Python-Markdown alone": python_markdown_alone,
            "markdown-it-py alone": markdown_it_alone}
    times: dict[str, list[float]] = {name: [] for name in ways}
    with theme_environment_reused(omit=OMITTED):
        as_built()  # templates compiled, caches warm: as in a build's workers after their first bundle
        for _ in range(args.rounds):
            for name, run in ways.items():
                started = time.perf_counter()
                run()
                times[name].append(time.perf_counter() - started)
    base = statistics.median(times["as built (MkDocs + Material, zip)"])
    print(f"{len(sources)} bundles, {len(pages)} pages (their meetings and index pages), one core, "
          f"medians of {args.rounds} rounds:")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:<36} {median / len(pages) * 1000:6.2f} ms a page  ({median / base:.2f} of as built)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
