"""How long `build.py import` takes over a city's archive of web pages.

Usage::

    python -m bench.import_speed [--pages 1000] [--keep]

Writes PAGES HTML pages shaped like a city's published minutes (site header, navigation,
breadcrumbs, side menu and footer around a header table and about 40 paragraphs of
question and answer, about 12 KB each; text invented here) into a temporary folder, then
runs the real command in-process — `import <folder> --council joho-kokai --content <tmp>` —
and prints the time it took and the exact command. The issue's figure: 1,000 pages in at
most 60 s on the project's 2-core build machine.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from redaction.cli import main

REPO = Path(__file__).resolve().parent.parent
FIRST_DAY = date(2000, 4, 3)
SPEAKERS = ("森下会長", "岡部委員", "川端委員", "野口委員", "総務課長", "情報公開係長")
SENTENCES = ("本件の委託では、受託者が扱う個人情報の範囲を契約書に明記します。",
             "再委託を認める場合は、事前に市の承諾を得ることを条件とします。",
             "記録媒体は施錠できる保管庫に入れ、持ち出しの記録を残します。",
             "作業の終了後は、データの消去を証明する書面を提出させます。",
             "前回の審議会でいただいたご意見を踏まえ、手順を見直しました。")


def _era(day: date) -> str:
    from redaction.core.wareki import format_date
    return format_date(day)


def page(number: int) -> str:
    day = FIRST_DAY + timedelta(days=7 * number)
    paragraphs = "\n".join(f"<p>{SPEAKERS[(number + i) % len(SPEAKERS)]}：{SENTENCES[(number * 3 + i) % len(SENTENCES)]}"
                           f"{SENTENCES[(number + 2 * i) % len(SENTENCES)]}</p>" for i in range(40))
    return f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>会議録 | すみれ市</title>
<link rel="stylesheet" href="/css/common.css"><script src="/js/common.js"></script></head><body>
<div id="tmp_header"><p><a href="/">すみれ市</a></p><ul id="tmp_gnavi"><li>くらし</li><li>子育て</li><li>市政</li></ul></div>
<div id="tmp_pankuzu"><a href="/">トップ</a> &gt; 審議会 &gt; 会議録</div>
<div id="tmp_side"><ul><li>審議会一覧</li><li>会議の公開</li></ul></div>
<div id="tmp_contents"><h1>第{number}回情報公開運営審議会 会議録</h1>
<table><tr><th>会議の名称</th><td>第{number}回すみれ市情報公開運営審議会</td></tr>
<tr><th>開催日時</th><td>{_era(day)}午後2時～午後3時30分</td></tr>
<tr><th>開催場所</th><td>市役所本庁舎3階 第1会議室</td></tr>
<tr><th>出席者</th><td>森下会長、岡部委員、川端委員、野口委員</td></tr>
<tr><th>傍聴の可否</th><td>可</td></tr>
<tr><th>会議次第</th><td>(1) 報告 (2) 諮問 (3) その他</td></tr></table>
<h2>会議経過</h2>
{paragraphs}
</div><div id="tmp_footer"><p>すみれ市役所 総務部総務課</p></div></body></html>
"""


def run(pages: int, keep: bool) -> float:
    scratch = Path(tempfile.mkdtemp(prefix="sumi-bench-import-"))
    try:
        folder = scratch / "pages"
        folder.mkdir()
        for number in range(1, pages + 1):
            (folder / f"kaigiroku{number:04d}.html").write_text(page(number), encoding="utf-8")
        content = scratch / "content"
        argv = ["import", str(folder), "--council", "joho-kokai", "--content", str(content),
                "--config", str(REPO / "mkdocs.yml")]
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()) as out:
            status = main(argv)
        seconds = time.perf_counter() - started
        written = len(out.getvalue().split())
        if status != 0 or written != pages:
            raise SystemExit(f"import failed: exit {status}, {written} of {pages} written")
        size = sum(p.stat().st_size for p in folder.iterdir()) / pages / 1024
        print(f"imported {pages} HTML pages ({size:.1f} KB each) in {seconds:.1f} s "
              f"({seconds / pages * 1000:.1f} ms a page)")
        print(f"command: python build.py {' '.join(argv[:1])} <{pages} pages> --council joho-kokai --content <tmp>")
        if keep:
            print(f"kept: {scratch}")
        return seconds
    finally:
        if not keep:
            shutil.rmtree(scratch, ignore_errors=True)


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.import_speed", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    run(args.pages, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(cli())
