"""Every construct × every output: withheld canaries are in no public byte, public text survives.

One corpus, built once for the module (one MkDocs build): a document per construct and tag
form (front-matter values, headings, tables, lists, link text and URLs, image alt text,
footnotes, code, emphasis, a tag broken over a line, blocks, clerk's notes, `internal`,
drafts, an archived document), each with its own canary. The independent scanner of
leakkit.py reads every file of the site, the archive bundles and the renderer's work
folder (HTML, search index, sitemap.xml and .gz, 404, feeds, manifest, zips) decoded from
entities, JSON escapes, percent-encoding, gzip and zip, NFKC-normalized.

Disclosed canaries (an `until` date passed, [[public: …]]) are published; finding them in
each output kind proves that the scanner reads that kind — so that it would see a leak there.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from leakkit import (
    BLOCK_CONSTRUCTS,
    INLINE_CONSTRUCTS,
    INLINE_STATES,
    Case,
    Outcome,
    Placed,
    Project,
    build_and_check,
    find_canaries,
    new_project,
    place_cases,
)

SECRET_PARTS = "鵺鰐鷲麒麟麝鼈鸚鵡鶚鷺鴎鶯鯱鰯鱈"


def canary(index: int) -> str:
    """A distinct canary, mixing full-width, half-width and ASCII so that every variant is exercised
    (a '<' is escaped: raw HTML in a source is an error, redaction/source/raw_html.py)."""
    a, b = SECRET_PARTS[index % 16], SECRET_PARTS[(index // 16) % 16]
    return [f"{a}ｶﾅﾘｱ{b}", f"{a}ＡＢＣ{index}{b}", f"{a} & \\<b>{b}", f"{a}野 太郎{b}"][index % 4]


def matrix() -> list[Case]:
    cases: list[Case] = [Case("fm_title", canary(0), state="public")]  # the newest: in the feeds too
    words = {"personal": "個人情報", "corporate": "法人情報", "security": "セキュリティ", "tender": "入札"}
    for construct in INLINE_CONSTRUCTS:
        cases.append(Case(construct, canary(len(cases))))
    for state in INLINE_STATES:           # every tag form, in a paragraph and in a table cell
        for (category, word), colon in itertools.product(list(words.items())[:2], ":："):
            for construct in ("paragraph", "table_cell"):
                cases.append(Case(construct, canary(len(cases)), category, word, colon, state))
    cases.append(Case("line_break", canary(len(cases)).replace("ｶﾅ", "ｶ\nﾅ") + "\n続き"))
    for construct in BLOCK_CONSTRUCTS:
        for opener, fence, state in itertools.product(("redact", "非公開"), (":::", "：：："), ("plain", "future")):
            cases.append(Case(construct, canary(len(cases)), "security", "セキュリティ", state=state,
                              opener=opener, fence=fence))
        cases.append(Case(construct, canary(len(cases)), state="past"))
    for construct in ("fm_title", "link_url", "image_alt", "heading", "table_cell", "code_span"):
        cases.append(Case(construct, canary(len(cases)), state="public"))
    for construct in ("note_attr", "internal", "draft"):
        cases.append(Case(construct, canary(len(cases))))
    return cases


CASES = matrix()


def case_id(case: Case) -> str:
    return f"{case.construct}-{case.state}-{case.word}-{'fw' if case.colon == '：' else 'hw'}-{case.opener}-{case.fence}"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, Outcome, list[Placed]]:
    project = new_project(tmp_path_factory.mktemp("constructs") / "p")
    placed = place_cases(project, CASES)
    project.write("joho-kokai/2019-06-10-archived.md", ARCHIVED)
    outcome = build_and_check(project)
    assert outcome.status == 0, outcome.log
    return project, outcome, placed


ARCHIVED = """---
title: "古い会議録 [[personal: 鯱古文書鱈]] の件"
council: joho-kokai
date: 2019-06-10
agenda:
  - "議題 [[corporate: 鯱議題鱈]]"
---

掲載期間を過ぎたのこるぶん。[[personal: 鯱本文鱈]]ここまで。

::: redact security
鯱ブロック鱈の内容
:::
"""
ARCHIVED_CANARIES = ("鯱古文書鱈", "鯱議題鱈", "鯱本文鱈", "鯱ブロック鱈")


@pytest.mark.parametrize("index", range(len(CASES)), ids=[case_id(c) for c in CASES])
def test_when_canary_is_in_construct_then_no_output_holds_it_and_public_text_survives(
        built: tuple[Project, Outcome, list[Placed]], index: int) -> None:
    _, outcome, placed = built
    case = placed[index]
    if not case.case.disclosed:
        assert [leak for leak in outcome.leaks if leak[1] == case.canary] == []
    assert [lost for lost in outcome.lost if lost.startswith(case.rel)] == []


def test_when_the_corpus_is_built_then_there_are_no_leaks_at_all(built: tuple[Project, Outcome, list[Placed]]) -> None:
    _, outcome, _ = built
    assert (outcome.leaks, outcome.lost) == ([], [])


def test_when_a_document_is_archived_then_its_bundle_holds_public_text_and_no_canary(
        built: tuple[Project, Outcome, list[Placed]]) -> None:
    project, _, _ = built
    bundles = sorted(project.archive.glob("*.zip"))
    assert [b.name for b in bundles] == ["joho-kokai-fy2019.zip"]
    assert find_canaries([project.archive], ARCHIVED_CANARIES) == []
    assert find_canaries([project.archive], ["掲載期間を過ぎたのこるぶん", "古い会議録"]) != []
    assert find_canaries([project.site, project.work], ARCHIVED_CANARIES) == []


def outputs_of_kind(site: Path) -> dict[str, list[Path]]:
    files = [p for p in site.rglob("*") if p.is_file()]
    return {
        "page": [p for p in files if p.name == "index.html" and "joho-kokai" in p.parts],
        "home": [site / "index.html"],
        "listing": sorted((site / "joho-kokai").glob("*/index.html")),
        "404": [site / "404.html"],
        "sitemap.xml": [site / "sitemap.xml"],
        "sitemap.xml.gz": [site / "sitemap.xml.gz"],
        "search index": [p for p in files if "search-index" in p.parts and p.name.endswith((".txt.gz", ".json"))],
        "feed": [p for p in files if p.name == "feed.xml"],
    }


def test_when_site_is_built_then_every_output_kind_exists(built: tuple[Project, Outcome, list[Placed]]) -> None:
    project, _, _ = built
    missing = [kind for kind, paths in outputs_of_kind(project.site).items()
               if not paths or not all(p.exists() for p in paths)]
    assert missing == []


@pytest.mark.parametrize(("kind", "words"), [
    ("page", ["public-fm_title"]),
    ("listing", ["public-fm_title"]),
    ("search index", ["public-fm_title", "past-paragraph"]),
    ("feed", ["public-fm_title"]),
    ("page", ["public-link_url", "public-image_alt", "public-code_span", "past-block_table"]),
])
def test_when_canary_is_disclosed_then_the_scanner_finds_it_in_that_output_kind(
        built: tuple[Project, Outcome, list[Placed]], kind: str, words: list[str]) -> None:
    """The scanner can see into this kind of output: a leak there would not go unnoticed."""
    project, _, placed = built
    files = outputs_of_kind(project.site)[kind]
    for word in words:
        state, construct = word.split("-", 1)
        case = next(p for p in placed if p.case.construct == construct and p.case.state == state)
        roots = [f for f in files if kind != "page" or case.url_path in f.as_posix()]
        assert roots, word
        found = [hit for f in roots for hit in find_canaries_in_file(f, case.canary)]
        assert found, f"{word} not found in {kind}"


def test_when_the_search_shards_are_decoded_then_they_hold_no_withheld_canary(
        built: tuple[Project, Outcome, list[Placed]]) -> None:
    """The bigram shards are binary: decoded together (as the build's leak scan decodes them) they spell
    the public text, the disclosed canaries among it, and no withheld one."""
    import leakkit

    from redaction.website.search.index import decoded_texts

    project, _, placed = built
    views = {view for text in decoded_texts(project.site / "search-index").values() for view in leakkit.views(text)}
    held = "\n".join(views)
    disclosed = next(p for p in placed if p.case.construct == "paragraph" and p.case.state == "past")
    assert leakkit.squeeze(disclosed.canary) in held
    assert [p.canary for p in placed if not p.case.disclosed and leakkit.squeeze(p.canary) in held] == []


def find_canaries_in_file(path: Path, canary_text: str) -> list[tuple[str, str]]:
    import leakkit

    return [(name, canary_text) for name, text in leakkit.file_texts(path.as_posix(), path.read_bytes())
            if any(leakkit.squeeze(canary_text) in view for view in leakkit.views(text))]


def test_when_staging_folder_is_read_then_it_holds_no_canary(built: tuple[Project, Outcome, list[Placed]]) -> None:
    project, _, placed = built
    staging = project.work / "public"
    assert any(staging.rglob("*.md"))
    assert find_canaries([staging], [p.canary for p in placed if not p.case.disclosed]) == []
