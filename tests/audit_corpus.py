"""A small corpus for the audit, verify and determinism tests (original text)."""

from __future__ import annotations

from pathlib import Path

from redaction.cli import main
from tests.conftest import CONFIG, TODAY

DOC_A = """---
title: 令和7年度第1回個人情報保護運営審議会
council: kojin-joho
date: 2025-06-05
contact: "総務課　電話 [[public: 042-000-1111]]"
---

## 1 開会

北村会長が開会を宣言した。

（総務課）本日は、個人情報の取扱いに関する苦情の処理状況と、来年度に予定している委託契約の準備状況を報告します。
いずれも資料に沿って説明し、委員の皆様から御意見をいただきたいと考えています。

西田会長職務代理：苦情の件数は前年度と比べて増えているのか、減っているのか。説明の中で触れてほしい。

（総務課）件数は前年度とほぼ同じですが、電話による申出が減り、電子申請による申出が増えています。
申出の内容は、案内文書の誤送付と、窓口での説明の不足に関するものが多くを占めています。

（総務課）苦情の申出人は[[personal note="申出人の氏名": 河原崎 美津子 さん]]です。

（契約課）委託の予定価格は[[tender until=2030-04-01: 予定価格 1,840万円]]です。

（契約課）昨年度の落札額は[[tender until=2025-10-01: 落札額 960万円]]でした。

::: redact security note="対策の詳細"
サーバー室の入退室は静脈認証で管理し、鍵は総務課長が保管している。
監視カメラの録画は九十日間保存している。
:::

閉会した。
"""

DOC_B = """---
title: 令和7年度第2回情報公開運営審議会
council: joho-kokai
date: 2025-08-21
---

## 審議

[[deliberation: 検討中の条例改正案の第三案の全文をここに記す長い文章である]]

森下会長：以上で終わる。
"""

DOC_C = """---
title: 令和5年度第2回個人情報保護運営審議会
council: kojin-joho
date: 2023-10-19
---

## 報告

（総務課）窓口の案内表示を改めました。委員からの質問はなかった。
"""


def write_corpus(root: Path) -> Path:
    content = root / "content"
    for rel, text in (("kojin-joho/2025/2025-06-05.md", DOC_A), ("joho-kokai/2025/2025-08-21.md", DOC_B),
                      ("kojin-joho/2023/2023-10-19.md", DOC_C)):
        path = content / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return content


def build(content: Path, site: Path, today: str = TODAY) -> int:
    return main(["build", "--content", str(content), "--site", str(site), "--archive",
                 str(site.parent / "archive"), "--today", today, "--config", str(CONFIG)])


def audit(content: Path, out: Path, *extra: str, today: str = TODAY) -> int:
    return main(["audit", "--content", str(content), "--out", str(out), "--today", today,
                 "--config", str(CONFIG), *extra])


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
