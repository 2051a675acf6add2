"""Scale: rendering in parts equals one full renderer run; a rebuild from the cache equals a full build."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

import jinja2
import pytest

import redaction.website.parts as parts
from bench.generate import generate
from redaction.cli import main
from redaction.core.config import load_config
from redaction.pipeline import CHECK_STEPS, Build, Paths, run, stage
from redaction.website import nav_links
from redaction.website.browse import navigation
from redaction.website.render import render_pages, renderer_config

REPO = Path(__file__).resolve().parent.parent
CONFIG = REPO / "mkdocs.yml"
TODAY = "2026-11-22"


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def differences(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    content = tmp_path_factory.mktemp("scale") / "content"
    generate(content, 24, seed=3, config=CONFIG)
    return content


@pytest.fixture(scope="module")
def staged(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, list]:
    root = tmp_path_factory.mktemp("staged")
    config = load_config(CONFIG)
    build = Build(config, Paths(corpus, root / "site", root / "archive", CONFIG), date.fromisoformat(TODAY),
                  log=lambda _: None)
    run(build, CHECK_STEPS)
    stage(build)
    return build, navigation(build.live, config)


@pytest.mark.parametrize("part_max_pages", [0, 1, parts.PART_MAX_PAGES])
def test_when_rendered_in_parts_then_every_byte_equals_one_full_run(staged, tmp_path: Path, part_max_pages: int,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Each section alone (0), each page alone (1: a section in slices, its other pages stubs), and consecutive
    sections of a council together (the sample's two councils: one part each, plus the outer part)."""
    build, nav = staged
    monkeypatch.setattr(parts, "SPLIT_MIN_PAGES", 0)
    monkeypatch.setattr(parts, "PART_MAX_PAGES", part_max_pages)
    staging = build.paths.work / "public"
    full = renderer_config(build.config, staging, tmp_path / "full", nav)
    render_pages(full, tmp_path / "full.yml", build.today)
    in_parts = renderer_config(build.config, staging, tmp_path / "parts", nav)
    report = parts.render_in_parts(in_parts, tmp_path / "work", build.today, workers=2)
    sections = parts._leaf_sections(nav)
    expected = {0: len(sections), 1: sum(len(children) for _, children in sections)}.get(part_max_pages, 2) + 1
    assert report.parts == expected and report.rendered == report.parts
    assert len(sections) > 3
    assert differences(tree(tmp_path / "full"), tree(tmp_path / "parts")) == []


@pytest.mark.parametrize("shape", ["sections", "flat"])
def test_sidebar_links_rendered_once_per_run_give_the_same_bytes_as_rendered_per_page(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shape: str) -> None:
    """redaction/website/nav_links.py: the site with the link cache equals the site without it (the theme then calls
    Material's macro for every link), and the cache was used. The newest fiscal year gets three more
    meetings, so that a link to one page is written from its section's index page and from its siblings.
    "flat": every page at the top level of the nav (as in an archive bundle: partials/nav.html)."""
    content = tmp_path / "content"
    shutil.copytree(corpus, content)
    newest = max(content.rglob("*.md"), key=lambda p: p.relative_to(content).as_posix())
    text = newest.read_text(encoding="utf-8")
    for n in range(2, 5):
        newest.with_name(f"{newest.stem}-{n}.md").write_text(text.replace("title: ", f"title: 追加{n} ", 1),
                                                             encoding="utf-8")
    config = load_config(CONFIG)
    build = Build(config, Paths(content, tmp_path / "site", tmp_path / "archive", CONFIG),
                  date.fromisoformat(TODAY), log=lambda _: None)
    run(build, CHECK_STEPS)
    stage(build)
    nav = navigation(build.live, config)
    if shape == "flat":
        nav = parts.flatten(nav)
    staging = build.paths.work / "public"
    render_pages(renderer_config(build.config, staging, tmp_path / "cached", nav), tmp_path / "a.yml", build.today)
    calls: list[int] = []
    sections: list[str] = []            # a section handed to the cache, then "rendered" if the macro ran
    original = nav_links.nav_item_renderer

    def counting() -> nav_links.NavItemRenderer:
        inner = original()

        @jinja2.pass_context
        def sumi_nav_item(context, render, item, *args):  # type: ignore[no-untyped-def]
            calls.append(1)

            def counted(*rendered):  # type: ignore[no-untyped-def]
                if rendered[0].is_section:
                    sections.append("rendered")
                return render(*rendered)

            if item.is_section:
                sections.append("seen")
            return inner(context, counted, item, *args)
        return sumi_nav_item

    monkeypatch.setattr(nav_links, "nav_item_renderer", counting)
    render_pages(renderer_config(build.config, staging, tmp_path / "counted", nav), tmp_path / "b.yml", build.today)
    monkeypatch.setattr(nav_links, "nav_item_renderer", lambda: None)
    render_pages(renderer_config(build.config, staging, tmp_path / "plain", nav), tmp_path / "c.yml", build.today)
    assert len(calls) > 20
    if shape == "sections":  # pruned sections (the other council, other fiscal years) came from the cache
        assert 0 < sections.count("rendered") < sections.count("seen")
    assert differences(tree(tmp_path / "plain"), tree(tmp_path / "cached")) == []


def test_sections_are_packed_within_a_council_up_to_the_page_limit() -> None:
    def section(name: str, pages: int) -> tuple[str, list[str]]:
        return name, [f"{name}/index.md", *(f"{name}/{n}.md" for n in range(pages - 1))]

    sections = [section("a/2020", 3), section("a/2021", 4), section("a/2022", 2), section("b/2020", 1),
                section("b/2021", 9), section("b/2022", 2)]
    packs = parts._packed(sections, 8)
    assert [[name for name, _ in pack] for pack in packs] == [
        ["a/2020", "a/2021"], ["a/2022"], ["b/2020"], ["b/2021"], ["b/2022"]]
    pages = [f"{n}.md" for n in range(9)]
    assert parts._sliced(pages, 8) == [pages[:5], pages[5:]]   # nearly equal, in order
    assert parts._sliced(pages, 9) == [pages] == parts._sliced(pages, 0)


def test_when_nothing_changed_then_every_part_is_reused_with_the_same_bytes(staged, tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    build, nav = staged
    monkeypatch.setattr(parts, "SPLIT_MIN_PAGES", 0)
    staging = build.paths.work / "public"
    first = parts.render_in_parts(renderer_config(build.config, staging, tmp_path / "a", nav),
                                     tmp_path / "work", build.today)
    second = parts.render_in_parts(renderer_config(build.config, staging, tmp_path / "b", nav),
                                      tmp_path / "work", build.today)
    assert (first.reused, second.rendered, second.reused) == (0, 0, first.parts)
    assert differences(tree(tmp_path / "a"), tree(tmp_path / "b")) == []


def test_when_a_page_of_a_changed_part_kept_its_inputs_then_it_is_reused_and_the_part_equals_a_full_run(
        staged, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Page reuse inside a part: an edited meeting renders alone; a new index-page title (shown in its
    neighbour's footer) or a new nav label (in every sidebar of the part) renders the pages that show it
    again. Each time every byte equals one full run."""
    build, nav = staged
    monkeypatch.setattr(parts, "SPLIT_MIN_PAGES", 0)
    monkeypatch.setattr(parts, "PART_MAX_PAGES", 0)
    staging = tmp_path / "public"
    shutil.copytree(build.paths.work / "public", staging)
    _, children = next((name, c) for name, c in parts._leaf_sections(nav) if len(c) >= 2)
    index_page, (label, meeting) = children[0], next(iter(children[1].items()))

    def settings(site: Path, nav: list) -> dict:
        """The site's settings with Material's footer on: each page shows its neighbours' titles."""
        config = renderer_config(build.config, staging, site, nav)
        theme = dict(config["theme"])
        theme["features"] = [*theme["features"], "navigation.footer"]
        return {**config, "theme": theme}

    def render_both(round_name: str, nav: list = nav) -> parts.RenderReport:
        render_pages(settings(tmp_path / f"{round_name}-full", nav), tmp_path / "full.yml", build.today)
        report = parts.render_in_parts(settings(tmp_path / round_name, nav), tmp_path / "work", build.today)
        assert differences(tree(tmp_path / f"{round_name}-full"), tree(tmp_path / round_name)) == []
        return report

    render_both("first")
    edited = staging / meeting
    edited.write_text(edited.read_text(encoding="utf-8") + "\n委員から追加の意見があった。\n", encoding="utf-8")
    assert (render_both("edited").rendered_pages, render_both("again").rendered) == (1, 0)
    for entry in (tmp_path / "work" / "cache").iterdir():  # the parts' entries gone, their pages kept
        if entry.name != parts.PAGES:
            shutil.rmtree(entry)
    report = render_both("from-pages")
    section_pages = sum(len(c) for _, c in parts._leaf_sections(nav))
    assert report.rendered_pages == report.pages - section_pages  # the outer part alone: every section's page reused
    titled = staging / index_page
    text = titled.read_text(encoding="utf-8")
    titled.write_text(text.replace("title: ", "title: 改訂 ", 1).replace("\n# ", "\n# 改訂 ", 1), encoding="utf-8")
    assert render_both("retitled").rendered_pages >= 2  # the index page and the meeting after it
    relabelled = json.loads(json.dumps(nav, ensure_ascii=False).replace(json.dumps(label, ensure_ascii=False),
                                                                        json.dumps(f"{label}（延期）", ensure_ascii=False)))
    assert render_both("relabelled", relabelled).rendered_pages >= len(children)


def _build(content: Path, root: Path) -> int:
    return main(["build", "--content", str(content), "--site", str(root / "site"), "--archive",
                 str(root / "archive"), "--today", TODAY, "--config", str(CONFIG)])


def test_when_one_document_changed_then_the_rebuild_reuses_parts_and_equals_full_builds(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(parts, "SPLIT_MIN_PAGES", 0)
    monkeypatch.setattr(parts, "PART_MAX_PAGES", 0)  # a part per section: the finest reuse
    content = tmp_path / "content"
    shutil.copytree(corpus, content)
    incremental = tmp_path / "incremental"
    assert _build(content, incremental) == 0
    newest = max(content.rglob("*.md"), key=lambda p: p.relative_to(content).as_posix())
    text = newest.read_text(encoding="utf-8")
    newest.write_text(text + "\n委員から追加の意見があった。\n", encoding="utf-8")
    capsys.readouterr()
    assert _build(content, incremental) == 0
    reuse = re.search(r"rendered (\d+) of (\d+) parts, reused (\d+) \(\d+ pages, (\d+) of them rendered", capsys.readouterr().err)
    assert reuse is not None and int(reuse[1]) == 1 and int(reuse[3]) > 0  # its section's part
    assert int(reuse[4]) == 1  # and of it only the edited page: the others' inputs (its title) are unchanged
    assert _build(content, tmp_path / "full") == 0
    assert differences(tree(incremental / "site"), tree(tmp_path / "full" / "site")) == []
    # A new title is in the sidebar of every page of its section: they are rendered again, not reused.
    section_pages = len(list(newest.parent.glob("*.md"))) + 1  # its meetings and the section's index page
    newest.write_text(newest.read_text(encoding="utf-8").replace("title: ", "title: 改 ", 1), encoding="utf-8")
    capsys.readouterr()
    assert _build(content, incremental) == 0
    reuse = re.search(r"reused (\d+) \(\d+ pages, (\d+) of them rendered", capsys.readouterr().err)
    assert reuse is not None and int(reuse[2]) >= section_pages
    assert _build(content, tmp_path / "full1") == 0
    assert differences(tree(incremental / "site"), tree(tmp_path / "full1" / "site")) == []
    # An added document changes its own section's part, the outer part (listings) and at most the part of
    # the section whose first page follows it (its "previous" link): a pruned section's HTML does not
    # depend on how many pages it holds (theme/partials/nav-item.html).
    newest.with_name(newest.stem + "-2.md").write_text(text.replace("title: ", "title: 追加 ", 1), encoding="utf-8")
    capsys.readouterr()
    assert _build(content, incremental) == 0
    reuse = re.search(r"rendered (\d+) of (\d+) parts, reused (\d+)", capsys.readouterr().err)
    assert reuse is not None and int(reuse[1]) <= 3 < int(reuse[2]) and int(reuse[3]) == int(reuse[2]) - int(reuse[1])
    assert _build(content, tmp_path / "full2") == 0
    assert differences(tree(incremental / "site"), tree(tmp_path / "full2" / "site")) == []


def test_when_a_page_is_added_to_a_section_then_the_other_sections_of_its_part_are_reused_and_it_equals_a_full_run(
        staged, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sections of one council share a part; a page's key holds its own section, not its part (parts.page_keys):
    a meeting added to one fiscal year renders that year's pages (their sidebar) and its neighbours again, the
    part's other years' pages are reused, and every byte equals one full run."""
    import copy

    build, nav = staged
    monkeypatch.setattr(parts, "SPLIT_MIN_PAGES", 0)
    staging = tmp_path / "public"
    shutil.copytree(build.paths.work / "public", staging)
    sections = parts._leaf_sections(nav)
    council = max({posixpath_dirname(name) for name, _ in sections},
                  key=lambda c: sum(len(ch) for name, ch in sections if posixpath_dirname(name) == c))
    mine = [(name, children) for name, children in sections if posixpath_dirname(name) == council]
    assert len(mine) >= 2

    def render_both(round_name: str, nav: list) -> parts.RenderReport:
        config = renderer_config(build.config, staging, tmp_path / f"{round_name}-full", nav)
        render_pages(config, tmp_path / "full.yml", build.today)
        report = parts.render_in_parts(renderer_config(build.config, staging, tmp_path / round_name, nav),
                                       tmp_path / "work", build.today)
        assert differences(tree(tmp_path / f"{round_name}-full"), tree(tmp_path / round_name)) == []
        return report

    first = render_both("first", nav)
    grown = copy.deepcopy(nav)
    name, children = next((n, c) for n, c in parts._leaf_sections(grown) if n == mine[-1][0])
    meeting = parts._entry_path(children[-1]) or ""
    added = meeting.replace(".md", "-2.md")
    text = (staging / meeting).read_text(encoding="utf-8")
    (staging / added).write_text(text.replace("title: ", "title: 追加 ", 1), encoding="utf-8")
    children.append(added)
    report = render_both("added", grown)
    outer = first.pages - sum(len(c) for _, c in sections)
    others = sum(len(c) for n, c in mine if n != name)
    assert report.rendered_pages <= len(children) + 1 + outer   # its year (and the page after it), the listings
    assert report.pages - report.rendered_pages >= others        # the council's other years: reused


def posixpath_dirname(path: str) -> str:
    import posixpath
    return posixpath.dirname(path)


def _page_keys_walking_the_nav_per_section(part: parts.Part, staging: Path) -> dict[str, str]:
    """page_keys as first written (before the cut nav was written once per part): for each page, the nav with
    every section but its own cut to its index page, written whole, with every page it shows and its title."""
    pages = [p for p in part.pages if p.endswith(".md")]
    titles = {p: parts.page_title(staging / p) for p in pages}
    labels = parts._labels(part.nav)
    order = parts.flatten(part.nav)
    present = set(order) | set(part.pages) | set(part.stubs)
    sections = parts._leaf_sections(part.nav)
    keys: dict[str, str] = {}
    for page in pages:
        own = next((children for _, children in sections if any(parts._entry_path(c) == page for c in children)), None)
        view = parts._view(part.nav, {id(children) for _, children in sections}, id(own))
        shown = [[path, labels.get(path) or titles.get(path)] for path in parts.flatten(view)]
        i = order.index(page) if page in order else None
        neighbours = [[order[j], labels.get(order[j]) or titles.get(order[j])] if i is not None and 0 <= j < len(order)
                      else None for j in ((i or 0) - 1, (i or 0) + 1)]
        links = sorted(target for target in parts._links(staging, page) if target in present)
        keys[page] = json.dumps([page, (staging / page).read_bytes().hex(), view, shown, neighbours, links],
                                ensure_ascii=False, sort_keys=True)
    return keys


def test_page_keys_tell_pages_apart_exactly_as_the_whole_nav_of_each_page_does(
        staged, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """parts.page_keys writes the part's cut nav once and each section once: over several plans of one site
    and of the site with one meeting's nav title changed, two pages get one key exactly when everything the
    first way wrote out per page (its whole nav view, titles, neighbours, links, bytes) is the same."""
    import copy

    build, nav = staged
    monkeypatch.setattr(parts, "SPLIT_MIN_PAGES", 0)
    staging = build.paths.work / "public"
    retitled = copy.deepcopy(nav)
    _, children = parts._leaf_sections(retitled)[0]
    children[-1] = {"別の題": parts._entry_path(children[-1])}
    fast: dict[tuple[int, str], str] = {}
    slow: dict[tuple[int, str], str] = {}
    plans = 0
    for variant in (nav, retitled):
        for limit in (1, 3, parts.PART_MAX_PAGES):
            monkeypatch.setattr(parts, "PART_MAX_PAGES", limit)
            for part in parts.plan(variant, staging)[:-1]:   # the outer part has no page keys
                for page, key in parts.page_keys(part, staging, "base").items():
                    fast[plans, page] = key
                for page, key in _page_keys_walking_the_nav_per_section(part, staging).items():
                    slow[plans, page] = key
            plans += 1
    assert fast.keys() == slow.keys()
    names = sorted(fast)
    same_fast = {(a, b) for a in names for b in names if fast[a] == fast[b]}
    same_slow = {(a, b) for a in names for b in names if slow[a] == slow[b]}
    assert same_fast == same_slow
    assert len(set(slow.values())) < len(slow) and any(fast[3, p] != fast[0, p] for _, p in names)   # both kinds


def test_the_sitemap_is_taken_from_the_cache_only_for_the_same_pages_and_date(staged, tmp_path: Path) -> None:
    """The sitemap kept in the render's cache equals one written afresh: for the same pages and date it is
    copied, a new date or a page removed writes it again (each time equal to MkDocs' own)."""
    from redaction.website.render import write_sitemap

    build, nav = staged
    staging = tmp_path / "public"
    shutil.copytree(build.paths.work / "public", staging)
    cache, work = tmp_path / "work" / "cache", tmp_path / "work"
    cache.mkdir(parents=True)
    base = parts._base_key(renderer_config(build.config, staging, tmp_path / "x", nav), build.today)

    def both(name: str, today: date) -> tuple[str, bytes]:
        site, fresh = tmp_path / name, tmp_path / f"{name}-fresh"
        site.mkdir()
        fresh.mkdir()
        key = parts._sitemap(renderer_config(build.config, staging, site, nav), work, today, base, cache)
        write_sitemap(renderer_config(build.config, staging, fresh, nav), tmp_path / "fresh.yml", today)
        for written in parts.WRITTEN_LATER:
            assert (site / written).read_bytes() == (fresh / written).read_bytes(), (name, written)
        assert (work / "mkdocs.yml").is_file()
        return key, (site / "sitemap.xml").read_bytes()

    first = both("first", build.today)
    assert both("again", build.today) == first and (cache / first[0]).is_dir()
    later = both("later", date(2026, 12, 1))
    assert later[0] != first[0] and later[1] != first[1]
    removed = max(p for p in staging.rglob("*.md") if p.name != "index.md")
    removed.unlink()
    gone = both("removed", build.today)
    assert gone[0] != first[0] and gone[1] != first[1]


def test_the_themes_compiled_templates_are_kept_and_used_only_by_the_same_jinja(
        staged, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A render worker compiled Material's templates again in every build (about 0.2 s of CPU a worker): with a
    folder for them, a later run compiles none and writes the same bytes; another Jinja version compiles them
    again (the folder is named by the versions; Jinja checks each template's source itself), and the folder of the
    version no longer used is removed."""
    from importlib import metadata

    from redaction.website import render

    build, nav = staged
    staging = build.paths.work / "public"
    compiled = tmp_path / "compiled"

    def run_once(name: str) -> int:
        settings = renderer_config(build.config, staging, tmp_path / name, nav)
        count = 0
        original = jinja2.Environment.compile

        def counting(self, *args, **kwargs):
            nonlocal count
            count += 1
            return original(self, *args, **kwargs)

        monkeypatch.setattr(jinja2.Environment, "compile", counting)
        with render.theme_environment_reused(compiled=compiled):
            render_pages(settings, tmp_path / f"{name}.yml", build.today)
        monkeypatch.setattr(jinja2.Environment, "compile", original)
        return count

    assert run_once("a") > 10
    assert run_once("b") == 0
    assert differences(tree(tmp_path / "a"), tree(tmp_path / "b")) == []
    version = metadata.version
    monkeypatch.setattr(metadata, "version", lambda name: "0.0-other" if name == "jinja2" else version(name))
    assert run_once("c") > 10
    assert differences(tree(tmp_path / "a"), tree(tmp_path / "c")) == []
    assert len(list(compiled.iterdir())) == 1   # the other version's folder removed
