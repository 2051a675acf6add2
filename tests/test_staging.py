"""The staging folder brought to exactly this build's pages (redaction/website/staging.py)."""

from __future__ import annotations

from pathlib import Path

from redaction.website.staging import sync_pages


def _files(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8") for p in folder.rglob("*") if p.is_file()}


def test_when_synced_then_the_folder_holds_exactly_the_pages_and_unchanged_ones_are_not_rewritten(tmp_path: Path) -> None:
    folder = tmp_path / "public"
    assert sync_pages(folder, {"index.md": "# ホーム\n", "a/2024/x.md": "旧\n", "b/2020/y.md": "消える\n"}) == 3
    kept = (folder / "index.md").stat().st_ino
    assert sync_pages(folder, {"index.md": "# ホーム\n", "a/2024/x.md": "新\n", "a/2025/z.md": "追加\n"}) == 2
    assert _files(folder) == {"index.md": "# ホーム\n", "a/2024/x.md": "新\n", "a/2025/z.md": "追加\n"}
    assert (folder / "index.md").stat().st_ino == kept          # the same bytes: left alone
    assert not (folder / "b").exists()                           # a folder left empty is removed
    assert (folder / "a" / "2024" / "x.md").read_bytes() == "新\n".encode()


def test_when_a_page_is_replaced_then_a_hard_link_to_the_old_file_keeps_the_old_bytes(tmp_path: Path) -> None:
    """The renderer's parts link staged pages into their folders: a changed page is a new file, not a rewrite."""
    folder = tmp_path / "public"
    sync_pages(folder, {"p.md": "一\n"})
    (tmp_path / "link.md").hardlink_to(folder / "p.md")
    sync_pages(folder, {"p.md": "二\n"})
    assert (tmp_path / "link.md").read_text(encoding="utf-8") == "一\n"
    assert (folder / "p.md").read_text(encoding="utf-8") == "二\n"


def test_when_stats_are_kept_then_unchanged_known_pages_are_not_read_and_a_page_changed_behind_them_is_rewritten(
        tmp_path: Path, monkeypatch) -> None:
    """With the staged files' digests by stat, a second sync reads none of its known pages; a staged file written
    since (another size and time) is hashed again and found changed."""
    import hashlib
    import os

    from redaction.core import stat_digests
    from redaction.core.stat_digests import StatDigests
    from redaction.website.staging import KnownPage

    folder, record = tmp_path / "public", tmp_path / "stats"
    texts = {f"a/{n}.md": f"# 頁{n}\n" for n in range(5)}
    pages = {name: KnownPage(hashlib.sha256(text.encode()).hexdigest(), lambda text=text: text)
             for name, text in texts.items()}
    assert sync_pages(folder, pages, StatDigests.read(record)) == 5
    old = os.stat(folder / "a/0.md").st_mtime_ns - 10 * stat_digests.RACY_NS   # hashed long ago: trusted
    for name in texts:
        os.utime(folder / name, ns=(old, old))
    assert sync_pages(folder, pages, StatDigests.read(record)) == 0   # hashes them, by their new stat
    read: list[Path] = []
    hashed = stat_digests.sha256_files
    monkeypatch.setattr(stat_digests, "sha256_files", lambda paths: read.extend(paths) or hashed(paths))
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: (path.is_relative_to(folder) and read.append(path)) or read_bytes(path))
    monkeypatch.setattr(stat_digests, "RACY_NS", 0)
    assert sync_pages(folder, pages, StatDigests.read(record)) == 0
    assert read == []
    (folder / "a/3.md").write_text("# 書き換え\n", encoding="utf-8")
    assert sync_pages(folder, pages, StatDigests.read(record)) == 1
    assert read == [folder / "a/3.md"]
    assert (folder / "a/3.md").read_text(encoding="utf-8") == texts["a/3.md"]
