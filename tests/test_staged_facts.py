"""The render's facts of staged pages (sha256, links, title): kept between builds, read again when a page changes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import redaction.website.parts as parts
from redaction.core import stat_digests

PAGES = {
    "index.md": "---\ntitle: ホーム\n---\n\n[会議](a/2024/x.md) と [外部](https://example.jp/y.md)\n",
    "a/2024/index.md": "# 令和6年度\n\n[前](../2023/index.md)\n",
    "a/2024/x.md": "---\ntitle: 第1回\n---\n\n# 第1回\n\n[年度](index.md#top)\n",
    "a/2023/index.md": "# 令和5年度\n",
}


def facts_as_read(staging: Path) -> dict[str, tuple[str, set[str], str | None]]:
    """Each page's facts read from its file, as the plan read them before."""
    return {page: (hashlib.sha256((staging / page).read_bytes()).hexdigest(), parts._links(staging, page),
                   parts.page_title(staging / page)) for page in PAGES}


def facts_given(staging: Path, work: Path | None) -> dict[str, tuple[str, set[str], str | None]]:
    facts = parts.staged_facts(staging, work)
    given = {page: (facts.sha256(page), facts.links(page), facts.title(page)) for page in PAGES}
    facts.save()
    return given


def write_pages(staging: Path) -> None:
    for page, text in PAGES.items():
        (staging / page).parent.mkdir(parents=True, exist_ok=True)
        (staging / page).write_text(text, encoding="utf-8")


def test_when_pages_are_unchanged_then_their_facts_are_not_read_again_and_a_changed_page_is(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    staging, work = tmp_path / "public", tmp_path / "work"
    write_pages(staging)
    monkeypatch.setattr(stat_digests, "RACY_NS", 0)   # a file is trusted by its stat once hashed after its write
    assert facts_given(staging, work) == facts_as_read(staging) == facts_given(staging, None)
    assert facts_as_read(staging)["index.md"][1:] == ({"a/2024/x.md"}, "ホーム")
    read: list[Path] = []
    read_bytes, read_text = Path.read_bytes, Path.read_text
    monkeypatch.setattr(Path, "read_bytes",
                        lambda path: (path.is_relative_to(staging) and read.append(path)) or read_bytes(path))
    monkeypatch.setattr(Path, "read_text",
                        lambda path, *a, **k: (path.is_relative_to(staging) and read.append(path)) or read_text(path, *a, **k))
    given = facts_given(staging, work)
    assert read == []
    (staging / "a/2024/x.md").write_text("---\ntitle: 第2回\n---\n\n[ホーム](../../index.md)\n", encoding="utf-8")
    changed = facts_given(staging, work)
    assert read == [staging / "a/2024/x.md"]   # read once: its sha256, links and title from the same bytes
    assert changed == facts_as_read(staging) != given
    assert changed["a/2024/x.md"][1:] == ({"index.md"}, "第2回")


def test_when_the_memo_holds_facts_of_other_bytes_then_the_page_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A memo entry is used only for the bytes (sha256) it was made from."""
    import marshal

    from redaction.website import staged_facts

    staging, work = tmp_path / "public", tmp_path / "work"
    write_pages(staging)
    monkeypatch.setattr(stat_digests, "RACY_NS", 0)
    facts_given(staging, work)
    memo_file = work / staged_facts.MEMO
    form, memo = marshal.loads(memo_file.read_bytes())
    memo = {page: (digest, ("zz.md",), "偽") for page, (digest, _, _) in memo.items()}
    memo["a/2024/x.md"] = ("0" * 64, ("zz.md",), "偽")
    memo_file.write_bytes(marshal.dumps((form, memo)))
    given = facts_given(staging, work)
    assert given["a/2024/x.md"] == facts_as_read(staging)["a/2024/x.md"]
    assert given["index.md"][1:] == ({"zz.md"}, "偽")   # the same bytes as the memo's: the memo is used


def test_when_a_page_is_hashed_again_with_the_memos_bytes_then_it_is_not_parsed_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page whose stat is no longer trusted (its ctime changed, its bytes not) is hashed again, and its links and
    title are then the memo's for those bytes: at 10,000 documents parsing every title took 1.4 s of a rebuild."""
    staging, work = tmp_path / "public", tmp_path / "work"
    write_pages(staging)
    monkeypatch.setattr(stat_digests, "RACY_NS", 0)
    expected = facts_given(staging, work)
    for page in PAGES:   # a new inode, the same bytes: the stat record trusts nothing
        data = (staging / page).read_bytes()
        (staging / page).unlink()
        (staging / page).write_bytes(data)
    parsed: list[str] = []
    title_of = parts.page_title_of
    monkeypatch.setattr(parts, "page_title_of", lambda text: parsed.append(text) or title_of(text))
    assert facts_given(staging, work) == expected
    assert parsed == []


def test_when_a_parts_docs_are_prepared_then_the_staged_files_stat_is_left_as_it_was(tmp_path: Path) -> None:
    """The docs folder holds copies: a hard link would change each staged file's ctime (and its removal again),
    and the stat records (core/stat_digests.py) would then hash every staged page on the next build."""
    staging = tmp_path / "public"
    write_pages(staging)
    before = {page: (staging / page).stat() for page in PAGES}
    part = parts.Part("p", tuple(PAGES), (), ())
    parts.prepare_docs(part, staging, tmp_path / "docs")
    for page in PAGES:
        assert (tmp_path / "docs" / page).read_bytes() == (staging / page).read_bytes()
        now = (staging / page).stat()
        assert (now.st_nlink, now.st_ctime_ns) == (1, before[page].st_ctime_ns)


def test_when_staging_hashed_the_pages_then_the_render_does_not_read_them_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One stat record for the staged files: in the first rebuild after a full build (whose pages were written too
    recently to be trusted) staging hashes every page, and the render's facts then take those digests by stat
    instead of reading and hashing each page a second time. A file staging did not hash (a browse page given as
    text here) is read by the render, once; the render's record keeps it for the next build."""
    from redaction.core.stat_digests import StatDigests
    from redaction.website.staging import KnownPage, sync_pages

    staging, work = tmp_path / "public", tmp_path / "work"
    work.mkdir()
    write_pages(staging)
    monkeypatch.setattr(stat_digests, "RACY_NS", 0)
    pages: dict[str, str | KnownPage] = {
        page: KnownPage(hashlib.sha256(text.encode()).hexdigest(), lambda text=text: text)
        for page, text in PAGES.items() if page != "index.md"}
    pages["index.md"] = PAGES["index.md"]
    assert sync_pages(staging, pages, StatDigests.read(work / staged_facts_module().STATS)) == 0
    expected = {page: digest for page, (digest, _, _) in facts_as_read(staging).items()}
    hashed: list[bytes] = []
    sha256 = hashlib.sha256
    monkeypatch.setattr(staged_facts_module().hashlib, "sha256", lambda data: hashed.append(data) or sha256(data))
    facts = parts.staged_facts(staging, work)
    assert {page: facts.sha256(page) for page in PAGES} == expected
    assert hashed == [PAGES["index.md"].encode()]   # only the page staging compared as text
    facts.save()
    hashed.clear()
    assert sync_pages(staging, pages, StatDigests.read(work / staged_facts_module().STATS)) == 0
    again = parts.staged_facts(staging, work)
    assert {page: again.sha256(page) for page in PAGES} == expected
    assert hashed == []   # staging kept the render's entry of the page it does not hash


def staged_facts_module():  # the module, not parts.staged_facts (a function of the same name)
    from redaction.website import staged_facts

    return staged_facts
