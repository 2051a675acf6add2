"""A tiny corpus and configuration for retention and archive tests (original text)."""

from __future__ import annotations

from pathlib import Path

import yaml

from redaction.cli import main

REPO = Path(__file__).resolve().parent.parent
NOTICE = "掲載を終えた会議録は、本庁舎2階の市政情報コーナーと市立中央図書館の行政資料室でご覧いただけます。"
SECRET = "榊原 千鶴子"          # withheld in every meeting below; must never reach an output byte
PUBLIC_WORD = "雨水貯留タンク"   # public text, present in every meeting


def write_config(root: Path, *, expiry_warning_days: int | None = None) -> Path:
    """The shipped mkdocs.yml with an absolute theme folder and a recognisable archive notice."""
    raw = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    raw["theme"]["custom_dir"] = str(REPO / raw["theme"]["custom_dir"])
    raw["sumi"]["archive_notice"] = NOTICE
    if expiry_warning_days is not None:
        raw["sumi"]["expiry_warning_days"] = expiry_warning_days
    path = root / "mkdocs.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def minutes(day: str, number: int, *, council: str = "joho-kokai", retention: str | None = None,
            status: str | None = None) -> str:
    extra = (f"retention: {retention}\n" if retention else "") + (f"status: {status}\n" if status else "")
    return f"""---
title: 第{number}回情報公開運営審議会
council: {council}
date: {day}
{extra}---

## 1 開会

会長が開会を宣言した。

## 2 報告

事務局から、{PUBLIC_WORD}の設置状況に関する文書の公開請求について報告があった。
請求者は [[personal: {SECRET}]] 氏である。

委員：公開の範囲は妥当と考える。
"""


def write_minutes(content: Path, day: str, number: int, **options: str) -> Path:
    council = options.get("council", "joho-kokai")
    path = content / council / day[:4] / f"{day}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(minutes(day, number, **options), encoding="utf-8")
    return path


def run_build(root: Path, today: str, *, site: str = "site", archive: str = "archive",
              config: Path | None = None) -> int:
    return main(["build", "--content", str(root / "content"), "--site", str(root / site),
                 "--archive", str(root / archive), "--today", today,
                 "--config", str(config or root / "mkdocs.yml")])
