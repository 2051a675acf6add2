"""Tests of the synthetic corpus generator (bench/generate.py).

The checks here re-implement just enough of source format v1 to find tags, so that they
do not depend on the build's own parser: every withheld text must be unique and must
never occur in the text that is left once tags are removed.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bench.generate import (
    CATEGORIES,
    DEFAULT_CONFIG,
    era_date,
    era_fiscal_year,
    generate,
    load_councils,
    plan_meetings,
    yaml_scalar,
)

REPO = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 23)
ALLOWED_KEYS = {
    "title",
    "council",
    "date",
    "start",
    "end",
    "place",
    "attendees",
    "absentees",
    "secretariat",
    "hearing",
    "hearing_reason",
    "agenda",
    "contact",
    "retention",
}
INLINE_TAG = re.compile(r"\[\[(?P<head>[^:：\]]+?)(?:: |：)(?P<text>.*?)\]\]", re.DOTALL)
BLOCK = re.compile(r"^::: (?:redact|非公開) (?P<head>[^\n]+)\n(?P<body>.*?)\n:::$", re.DOTALL | re.MULTILINE)
FILE_NAME = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})(?:-(?P<n>[2-9]|[1-9]\d+))?\.md")
PHONE = re.compile(r"\d{2,4}-\d{2,4}-\d{3,4}")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def _config() -> dict:
    return yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))["sumi"]


def _category_of(head: str, aliases: dict[str, str]) -> str:
    token = head.split()[0]
    return "public" if token == "public" else aliases[token]


def _alias_map() -> dict[str, str]:
    result = {}
    for cid, spec in _config()["categories"].items():
        result[cid] = cid
        for alias in spec.get("aliases", ()):
            result[alias] = cid
    return result


def _split(text: str) -> tuple[dict, str]:
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


def _public_text(text: str) -> str:
    """The text with withheld passages removed and public tags unwrapped."""
    text = BLOCK.sub("■", text)

    def replace(match: re.Match[str]) -> str:
        return match["text"] if match["head"].split()[0] == "public" else "■"

    return INLINE_TAG.sub(replace, text)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "content"
    generate(out, 30, seed=7)
    return out


@pytest.fixture(scope="module")
def documents(corpus: Path) -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.md"))}


def test_when_same_seed_then_same_bytes(tmp_path: Path, documents: dict[Path, str], corpus: Path) -> None:
    again = tmp_path / "again"
    generate(again, 30, seed=7)
    assert {p.relative_to(again): p.read_bytes() for p in again.rglob("*.md")} == {
        p.relative_to(corpus): t.encode("utf-8") for p, t in documents.items()
    }


def test_when_other_seed_then_other_corpus(tmp_path: Path, documents: dict[Path, str]) -> None:
    other = tmp_path / "other"
    generate(other, 30, seed=8)
    assert sorted(p.read_bytes() for p in other.rglob("*.md")) != sorted(t.encode() for t in documents.values())


def test_when_count_given_then_that_many_files_in_council_and_year_folders(
    documents: dict[Path, str], corpus: Path
) -> None:
    assert len(documents) == 30
    councils = set(_config()["councils"])
    for path, text in documents.items():
        council, year, name = path.relative_to(corpus).parts
        meta, _ = _split(text)
        match = FILE_NAME.fullmatch(name)
        assert match, name
        day = dt.date.fromisoformat(match["date"])
        assert meta["date"] == day
        assert council == meta["council"] and council in councils
        assert int(year) == (day.year if day.month >= 4 else day.year - 1)
        assert 2014 <= int(year) <= 2026 and day <= TODAY


def test_when_200_documents_then_average_size_near_43_kb(tmp_path: Path) -> None:
    stats = generate(tmp_path / "c", 200, seed=1)
    average = stats.total_bytes / stats.documents
    assert 43_000 * 0.7 <= average <= 43_000 * 1.3
    sizes = [p.stat().st_size for p in (tmp_path / "c").rglob("*.md")]
    assert len(sizes) == 200 and sum(sizes) == stats.total_bytes


def test_when_10000_documents_then_paths_unique_and_repeated_dates_suffixed() -> None:
    meetings = plan_meetings(load_councils(DEFAULT_CONFIG), 10_000, seed=3)
    paths = [m.path for m in meetings]
    assert len(paths) == len(set(paths)) == 10_000
    suffixed = [p for p in paths if FILE_NAME.fullmatch(p.rsplit("/", 1)[1])["n"]]
    assert suffixed, "10,000 meetings over 13 years must share some dates"
    for path in suffixed:
        folder, name = path.rsplit("/", 1)
        assert f"{folder}/{FILE_NAME.fullmatch(name)['date']}.md" in paths
    assert {m.date.year for m in meetings} >= set(range(2015, 2027))


def test_front_matter_uses_only_allowed_keys_and_quoted_times(documents: dict[Path, str]) -> None:
    rosters = {cid: {m["name"] for m in c["roster"]} for cid, c in _config()["councils"].items()}
    retention = set(_config()["retention"])
    for path, text in documents.items():
        meta, _ = _split(text)
        assert set(meta) <= ALLOWED_KEYS, path
        assert {"title", "council", "date"} <= set(meta)
        head = text.split("\n---\n", 1)[0]
        assert re.search(r'^start: "\d{2}:\d{2}"$', head, re.MULTILINE), path
        assert re.search(r'^end: "\d{2}:\d{2}"$', head, re.MULTILINE), path
        assert isinstance(meta["hearing"], bool)
        assert set(meta["attendees"]) | set(meta["absentees"]) == rosters[meta["council"]]
        assert meta.get("retention", "web-3y") in retention
        assert isinstance(meta["agenda"], list) and meta["agenda"]


def test_withheld_texts_are_unique_and_never_untagged(documents: dict[Path, str]) -> None:
    aliases = _alias_map()
    withheld: list[str] = []
    for text in documents.values():
        for match in INLINE_TAG.finditer(text):
            if _category_of(match["head"], aliases) != "public":
                withheld.append(match["text"])
        for match in BLOCK.finditer(text):
            withheld.extend(line.strip("- ") for line in match["body"].splitlines() if line.strip())
    assert len(withheld) > 30 * 3
    assert len(withheld) == len(set(withheld)), "a withheld text occurs twice"
    public = "\n".join(_public_text(t) for t in documents.values())
    flat = re.sub(r"\s+", "", public)
    for secret in withheld:
        assert secret not in public and re.sub(r"\s+", "", secret) not in flat, secret


def test_notes_never_appear_in_public_text(documents: dict[Path, str]) -> None:
    notes = {m for t in documents.values() for m in re.findall(r'note="([^"]+)"', t)}
    assert notes
    public = "\n".join(_public_text(t) for t in documents.values())
    for note in notes:
        assert note not in public.replace(f'note="{note}"', ""), note


def test_public_text_has_no_tag_syntax_html_or_private_contacts(documents: dict[Path, str]) -> None:
    for path, text in documents.items():
        public = _public_text(text)
        assert "[[" not in public and "]]" not in public, path
        assert not re.search(r"^:::", public, re.MULTILINE), path
        assert "<" not in text and ">" not in text, path
        assert set(PHONE.findall(public)) <= {"042-000-1111"}, path
        assert not EMAIL.search(public), path


def test_every_category_and_tag_form_appears(documents: dict[Path, str]) -> None:
    aliases = _alias_map()
    categories, heads = set(), []
    for text in documents.values():
        for match in INLINE_TAG.finditer(text):
            categories.add(_category_of(match["head"], aliases))
            heads.append(match.group(0))
        for match in BLOCK.finditer(text):
            categories.add(_category_of(match["head"], aliases))
    assert set(CATEGORIES) | {"public"} <= categories
    joined = "\n".join(heads)
    assert "：" in joined and ": " in joined and 'note="' in joined
    assert any(alias in joined for alias in ("[[個人情報", "[[個人", "[[入札", "[[セキュリティ", "[[審議検討"))
    untils = [dt.date.fromisoformat(d) for d in re.findall(r"until=(\d{4}-\d{2}-\d{2})", joined)]
    assert min(untils) < TODAY < max(untils)


def test_tags_per_document_look_like_real_minutes(documents: dict[Path, str]) -> None:
    counts = []
    for text in documents.values():
        inline = sum(1 for m in INLINE_TAG.finditer(text) if not m["head"].startswith("public"))
        counts.append(inline + len(BLOCK.findall(text)))
    assert min(counts) >= 3 and max(counts) <= 14
    blocks = sum(1 for t in documents.values() if BLOCK.search(t))
    assert 0 < blocks < len(documents)


@pytest.mark.parametrize(
    ("fy", "expected"),
    [
        (2014, "平成26年度"),
        (2018, "平成30年度"),
        (2019, "令和元年度"),  # FY2019 is called 令和元年度 by convention
        (2023, "令和5年度"),
    ],
)
def test_era_fiscal_year(fy: int, expected: str) -> None:
    assert era_fiscal_year(fy) == expected


def test_era_date_has_weekday_and_gannen() -> None:
    assert era_date(dt.date(2020, 5, 14)) == "令和2年5月14日（木）"
    assert era_date(dt.date(2019, 5, 7)) == "令和元年5月7日（火）"
    assert era_date(dt.date(2019, 4, 26)) == "平成31年4月26日（金）"


@pytest.mark.parametrize(
    "value",
    [
        "[[public: 高木]] 総務課 情報公開係主任",  # a tag must be quoted
        "諮問審議：令和5年度諮問第8号 a: b",
        "042-000-1111",
        "会長挨拶",
    ],
)
def test_yaml_scalar_round_trips(value: str) -> None:
    assert yaml.safe_load(f"key: {yaml_scalar(value)}") == {"key": value}
    if "[[" in value:
        assert yaml_scalar(value).startswith('"')


@pytest.mark.skipif(not (REPO / "build.py").exists(), reason="build.py is not written yet")
def test_when_generated_then_build_check_passes(tmp_path: Path) -> None:
    generate(tmp_path / "content", 20, seed=11)
    result = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "check", "--content", str(tmp_path / "content"), "--config",
         str(REPO / "mkdocs.yml")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_when_many_councils_then_the_corpus_spreads_over_them_and_passes_the_check(tmp_path: Path) -> None:
    """bench/councils.py: a configuration with 12 councils, each with its own roster (names that never
    come from the withheld-name lists), a corpus spread over all of them, and the build's check passes."""
    from bench.councils import write_config

    config = write_config(tmp_path / "mkdocs.yml", 12)
    councils = load_councils(config)
    assert len(councils) == 12 and [c.id for c in councils[:2]] == [c.id for c in load_councils(DEFAULT_CONFIG)]
    withheld = yaml.safe_load((REPO / "bench" / "words" / "names.yaml").read_text(encoding="utf-8"))
    for council in councils[2:]:
        assert 5 <= len(council.roster) <= 7
        for member in council.roster:
            surname, given = member.name.split()
            assert surname not in withheld["surnames"] and given not in withheld["given_names"]
    generate(tmp_path / "content", 60, seed=5, config=config)
    assert {p.name for p in (tmp_path / "content").iterdir()} == {c.id for c in councils}
    result = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "check", "--content", str(tmp_path / "content"), "--config",
         str(config)], cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
