"""The browsing pages of the live site: home, councils, fiscal years, search, archive — and the nav."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from redaction.archiving.bundles import BundleRef
from redaction.core.config import SumiConfig
from redaction.core.wareki import fiscal_year_label, format_date
from redaction.source.public_page import PublicDocument, front_matter

LATEST_COUNT = 10


def by_council_and_year(documents: Sequence[PublicDocument]) -> dict[str, dict[int, list[PublicDocument]]]:
    """Live documents grouped by council, then fiscal year; meetings in date order."""
    grouped: dict[str, dict[int, list[PublicDocument]]] = defaultdict(lambda: defaultdict(list))
    for document in sorted(documents, key=lambda d: (d.source.date, d.url_path)):
        grouped[document.source.council][document.fiscal_year].append(document)
    return grouped


def browse_pages(live: Sequence[PublicDocument], archived: Sequence[PublicDocument],
                 config: SumiConfig, bundles: Sequence[BundleRef] = ()) -> dict[str, str]:
    """Staging path -> Markdown of every page that is not a minutes document."""
    grouped = by_council_and_year(live)
    pages = {"index.md": home_page(live, grouped, config), "search.md": search_page(),
             "archive.md": archive_page(archived, config, bundles)}
    for council_id, years in grouped.items():
        pages[f"{council_id}/index.md"] = council_page(council_id, years, config)
        for fy, documents in years.items():
            pages[f"{council_id}/{fy}/index.md"] = fiscal_year_page(council_id, fy, documents, config)
    return pages


def home_page(live: Sequence[PublicDocument], grouped: Mapping[str, Mapping[int, Sequence[PublicDocument]]],
              config: SumiConfig) -> str:
    latest = sorted(live, key=lambda d: (d.source.date, d.url_path), reverse=True)[:LATEST_COUNT]
    lines = [front_matter({"title": "ホーム", "sumi": {"kind": "home"}}),
             f"# {config.city} 審議会会議録", "",
             f"{config.city}の審議会の会議録を掲載しています。個人情報など、{config.city}情報公開条例により"
             "公開できない部分は「■■■」で示し、その理由（非公開の区分）を添えています。", "",
             "## 新着の会議録", ""]
    for document in latest:
        council = config.councils[document.source.council]
        lines.append(f"- [{_link_text(document.title)}]({document.url_path}.md)（{council.name}）")
    if not latest:
        lines.append("掲載中の会議録はありません。")
    lines += ["", "## 審議会", ""]
    for council_id, council in config.councils.items():
        years = grouped.get(council_id, {})
        count = sum(len(v) for v in years.values())
        if count:
            lines.append(f"- [{council.name}]({council_id}/index.md)（会議録 {count}件）")
        else:
            lines.append(f"- {council.name}（掲載中の会議録はありません）")
    lines += ["", "## 会議録を探す", "",
              "- [会議録の検索](search.md)",
              "- [掲載期間を過ぎた会議録](archive.md)", ""]
    return "\n".join(lines)


def council_page(council_id: str, years: Mapping[int, Sequence[PublicDocument]], config: SumiConfig) -> str:
    council = config.councils[council_id]
    lines = [front_matter({"title": council.name,
                            "sumi": {"kind": "council", "council": council_id, "council_name": council.name}}),
             f"# {council.name}", "", "## 年度別の会議録", ""]
    for fy in sorted(years, reverse=True):
        lines.append(f"- [{fiscal_year_label(fy, western=True)}]({fy}/index.md)（{len(years[fy])}件）")
    lines.append("")
    return "\n".join(lines)


def fiscal_year_page(council_id: str, fy: int, documents: Sequence[PublicDocument], config: SumiConfig) -> str:
    council = config.councils[council_id]
    label = fiscal_year_label(fy, western=True)
    lines = [front_matter({"title": f"{council.name} {label}",
                            "sumi": {"kind": "fiscal_year", "council": council_id,
                                     "council_name": council.name, "fiscal_year": fy}}),
             f"# {council.name} {label}", "", "| 開催日 | 会議 | 会議次第 |", "| --- | --- | --- |"]
    for document in documents:
        agenda = "、".join(document.agenda)
        name = document.url_path.rsplit("/", 1)[-1]
        lines.append(f"| {format_date(document.source.date)} | [{_link_text(document.title)}]({name}.md) | "
                     f"{_cell(agenda) or '—'} |")
    lines.append("")
    return "\n".join(lines)


def search_page() -> str:
    return "\n".join([front_matter({"title": "会議録の検索", "template": "sumi-search.html",
                                     "sumi": {"kind": "search"}}),
                      "# 会議録の検索", "",
                      "言葉を入力すると、掲載中の会議録から探します。審議会や年度で絞り込めます。", ""])


def archive_page(archived: Sequence[PublicDocument], config: SumiConfig, bundles: Sequence[BundleRef] = ()) -> str:
    """Per council, the fiscal years that left the site, the bundle that keeps each, and where to read them."""
    lines = [front_matter({"title": "掲載期間を過ぎた会議録", "sumi": {"kind": "archive"}}),
             "# 掲載期間を過ぎた会議録", "",
             "会議録は、会議を開いた年度の翌年度から一定の期間（掲載期間）、このサイトに掲載しています。"
             "掲載期間を過ぎた会議録は、年度ごとにまとめて保存しています（保存用ファイル）。", "",
             "!!! note \"閲覧できる場所\"", "    " + " ".join(config.archive_notice.split()), ""]
    grouped = by_council_and_year(archived)
    files: dict[str, dict[int, BundleRef]] = defaultdict(dict)
    for bundle in bundles:
        files[bundle.council][bundle.fiscal_year] = bundle
    if not archived and not bundles:
        lines += ["現在、掲載期間を過ぎた会議録はありません。", ""]
    for council_id, council in config.councils.items():
        years = set(grouped.get(council_id, {})) | set(files.get(council_id, {}))
        if not years:
            continue
        lines += [f"## {council.name}", "", "| 年度 | 会議録の件数 | 保存用ファイル |", "| --- | --- | --- |"]
        for fy in sorted(years, reverse=True):
            bundle = files.get(council_id, {}).get(fy)
            count = len(grouped.get(council_id, {}).get(fy, ())) or (bundle.documents if bundle else 0)
            lines.append(f"| {fiscal_year_label(fy, western=True)} | {count}件 | "
                         f"{f'`{bundle.name}`' if bundle else '—'} |")
        lines.append("")
    return "\n".join(lines)


def navigation(live: Sequence[PublicDocument], config: SumiConfig) -> list[Any]:
    """The explicit nav: home, each council by fiscal year (newest first), search, archive."""
    grouped = by_council_and_year(live)
    nav: list[Any] = [{"ホーム": "index.md"}]
    for council_id, council in config.councils.items():
        years = grouped.get(council_id)
        if not years:
            continue
        sections: list[Any] = [f"{council_id}/index.md"]
        for fy in sorted(years, reverse=True):
            meetings: list[Any] = [f"{council_id}/{fy}/index.md"]
            meetings += [{d.date_label: f"{d.url_path}.md"} for d in years[fy]]
            sections.append({fiscal_year_label(fy): meetings})
        nav.append({council.name: sections})
    nav += [{"会議録の検索": "search.md"}, {"掲載期間を過ぎた会議録": "archive.md"}]
    return nav


def _link_text(text: str) -> str:
    return text.replace("[", "\\[").replace("]", "\\]")


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())
