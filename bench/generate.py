"""Generate a synthetic corpus of council minutes in Sumi source format v1.

Usage::

    python -m bench.generate --out DIR --count N [--seed S] [--config mkdocs.yml]

Layout: ``DIR/<council>/<fiscal year>/<YYYY-MM-DD>[-n].md``. The output depends only on
``count``, ``seed`` and the councils/rosters/category aliases in the configuration, so the
same arguments always give the same bytes.

Rules the corpus keeps (the build enforces them):

* every withheld text carries a code derived from a corpus-wide counter, so it is unique
  and never occurs untagged anywhere;
* untagged text holds no private persons' names, phone numbers, e-mails or addresses
  (tagged secrets are the only source of those);
* no raw HTML, no ``[[`` outside tags, no stray ``:::`` lines.

Paragraphs are assembled from the phrase pools in ``bench/words`` so that 10,000
documents (≈ 430 MB) take well under a minute on one core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

WORDS_DIR = Path(__file__).resolve().parent / "words"
DEFAULT_CONFIG = Path(__file__).resolve().parents[1] / "mkdocs.yml"

FIRST_DAY = dt.date(2014, 4, 1)  # FY2014
LAST_DAY = dt.date(2026, 11, 20)  # FY2026, before the reference "today" 2026-11-23
TARGET_BYTES = 43_000
# UTF-8 bytes per character of the generated text (mostly 3-byte kana/kanji plus
# ASCII Markdown and front matter); measured on generated corpora.
BYTES_PER_CHAR = 3.0
SECRETS_PER_DOC = 100  # counter stride per document: ids never collide across documents
# The smallest code space (7-digit e-mail numbers) bounds the corpus size.
MAX_DOCUMENTS = 10_000_000 // SECRETS_PER_DOC
CATEGORIES = ("personal", "corporate", "security", "tender", "deliberation")
CATEGORY_WEIGHTS = (40, 12, 16, 20, 12)
OFFICIAL_SURNAMES = ("高木", "清水", "武田", "斎藤", "原田", "杉山")
PUBLIC_PHONE = "042-000-1111"
_KATAKANA_SPACE = 44 * 44 * 10_000


# --- records -------------------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    """A roster entry of a council."""

    name: str
    role: str

    @property
    def surname(self) -> str:
        return self.name.split()[0]


@dataclass(frozen=True)
class Council:
    """A council as configured in mkdocs.yml."""

    id: str
    name: str
    roster: tuple[Member, ...]


@dataclass(frozen=True)
class Topic:
    """A subject of 諮問 items, with its own (possibly rare) vocabulary."""

    id: str
    weight: int
    councils: tuple[str, ...]
    dept: str
    titles: tuple[str, ...]
    obj: str
    biz: str
    q: tuple[str, ...]
    a: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    """All word lists and phrase pools, loaded once."""

    phrases: dict[str, list[str]]
    notes: dict[str, list[str]]
    names: dict[str, list[str]]
    topics: tuple[Topic, ...]
    aliases: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Meeting:
    """One document to generate: where it goes and what it is."""

    index: int
    council: Council
    date: dt.date
    number: int  # 第n回 within the fiscal year
    path: str  # relative to the output folder


@dataclass(frozen=True)
class GenerationStats:
    """Summary of one run."""

    documents: int
    total_bytes: int
    seconds: float


# --- loading -------------------------------------------------------------------------


def _load_yaml(path: Path) -> object:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def load_councils(config: Path) -> tuple[Council, ...]:
    """Read councils and rosters from the ``sumi:`` section of mkdocs.yml."""
    sumi = _load_yaml(config)["sumi"]
    councils = []
    for council_id, spec in sumi["councils"].items():
        roster = tuple(Member(name=m["name"], role=m["role"]) for m in spec["roster"])
        councils.append(Council(id=council_id, name=spec["name"], roster=roster))
    return tuple(councils)


def load_vocabulary(config: Path) -> Vocabulary:
    """Read the phrase pools and the category aliases."""
    phrases = _load_yaml(WORDS_DIR / "phrases.yaml")
    notes = phrases.pop("notes")
    names = _load_yaml(WORDS_DIR / "names.yaml")
    topics = tuple(
        Topic(
            id=t["id"],
            weight=t["weight"],
            councils=tuple(t.get("councils", ())),
            dept=t["dept"],
            titles=tuple(t["titles"]),
            obj=t["obj"],
            biz=t["biz"],
            q=tuple(t["q"]),
            a=tuple(t["a"]),
        )
        for t in _load_yaml(WORDS_DIR / "topics.yaml")
    )
    categories = _load_yaml(config)["sumi"]["categories"]
    aliases = {cid: tuple(categories[cid].get("aliases", ())) for cid in CATEGORIES}
    return Vocabulary(phrases=phrases, notes=notes, names=names, topics=topics, aliases=aliases)


# --- calendar ------------------------------------------------------------------------


def fiscal_year(day: dt.date) -> int:
    """The fiscal year (April to March) a date belongs to."""
    return day.year if day.month >= 4 else day.year - 1


def era_fiscal_year(fy: int) -> str:
    """和暦 label of a fiscal year: 2019 → 令和元年度 (by convention), 2018 → 平成30年度."""
    if fy >= 2019:
        n = fy - 2018
        return f"令和{'元' if n == 1 else n}年度"
    return f"平成{fy - 1988}年度"


def era_date(day: dt.date) -> str:
    """和暦 date with weekday, e.g. 令和2年5月14日（木）."""
    if day >= dt.date(2019, 5, 1):
        era, n = "令和", day.year - 2018
    else:
        era, n = "平成", day.year - 1988
    weekday = "月火水木金土日"[day.weekday()]
    return f"{era}{'元' if n == 1 else n}年{day.month}月{day.day}日（{weekday}）"


def plan_meetings(councils: Sequence[Council], count: int, seed: int) -> list[Meeting]:
    """Spread ``count`` meetings over the councils and FY2014–FY2026, weekdays only.

    Dates may repeat within a council when ``count`` is large; the file name then gets a
    ``-2``, ``-3`` … suffix so that paths stay unique.
    """
    rng = random.Random(f"{seed}:plan")
    span = (LAST_DAY - FIRST_DAY).days + 1
    per_council = [count // len(councils) + (1 if i < count % len(councils) else 0) for i in range(len(councils))]
    planned: list[tuple[Council, dt.date]] = []
    for council, n in zip(councils, per_council, strict=True):
        days = []
        for _ in range(n):
            day = FIRST_DAY + dt.timedelta(days=rng.randrange(span))
            while day.weekday() >= 5:  # move weekend meetings to the next weekday
                day += dt.timedelta(days=1)
            if day > LAST_DAY:
                day -= dt.timedelta(days=7)
            days.append(day)
        planned.extend((council, day) for day in sorted(days))
    meetings = []
    seen_dates: dict[tuple[str, dt.date], int] = {}
    numbers: dict[tuple[str, int], int] = {}
    for index, (council, day) in enumerate(planned):
        fy = fiscal_year(day)
        numbers[(council.id, fy)] = numbers.get((council.id, fy), 0) + 1
        repeat = seen_dates[(council.id, day)] = seen_dates.get((council.id, day), 0) + 1
        suffix = f"-{repeat}" if repeat > 1 else ""
        path = f"{council.id}/{fy}/{day.isoformat()}{suffix}.md"
        meetings.append(Meeting(index, council, day, numbers[(council.id, fy)], path))
    return meetings


# --- unique withheld texts -------------------------------------------------------------


def _scramble(n: int, modulus: int, factor: int) -> int:
    """A bijection on range(modulus) (factor coprime to modulus) to hide the counter."""
    return (n * factor + 12_345) % modulus


class SecretFactory:
    """Makes withheld texts that are unique across the corpus.

    Each text embeds a code derived from ``counter``; distinct counters give distinct
    codes, so no withheld text can equal another or occur in untagged text.
    """

    def __init__(self, vocab: Vocabulary, rng: random.Random, counter: int) -> None:
        self._names = vocab.names
        self._rng = rng
        self._counter = counter
        self._limit = counter + SECRETS_PER_DOC

    def _next(self) -> int:
        n = self._counter
        self._counter += 1
        if n >= self._limit:
            raise RuntimeError("too many withheld texts in one document")
        return n

    def _kana_code(self, n: int) -> str:
        m = _scramble(n, _KATAKANA_SPACE, 2_654_435_761)
        kana = self._names["katakana"]
        high, digits = divmod(m, 10_000)
        return f"{kana[high // 44]}{kana[high % 44]}-{digits:04d}"

    def _model_code(self, n: int) -> str:
        m = _scramble(n, 32**4 * 10_000, 2_246_822_519)
        high, digits = divmod(m, 10_000)
        alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWX"
        body = "".join(alphabet[(high >> shift) & 31] for shift in (15, 10, 5, 0))
        prefix = self._names["model_prefixes"][n % len(self._names["model_prefixes"])]
        return f"{prefix}-{body}-{digits:04d}"

    @staticmethod
    def _yen(n: int) -> str:
        amount = 10_000_000 + _scramble(n, 900_000_000, 3_266_489_917)
        man, rest = divmod(amount, 10_000)
        return f"{man:,}万{rest:,}円" if rest else f"{man:,}万円"

    def _person(self) -> str:
        rng = self._rng
        return f"{rng.choice(self._names['surnames'])} {rng.choice(self._names['given_names'])}"

    def _company(self) -> str:
        rng, names = self._rng, self._names
        return (
            f"{rng.choice(names['company_forms'])}"
            f"{rng.choice(names['company_heads'])}{rng.choice(names['company_tails'])}"
        )

    def make(self, category: str) -> str:
        """A new withheld text of ``category``."""
        n = self._next()
        rng = self._rng
        form = rng.randrange(4)
        if category == "personal":
            if form == 0:
                return f"{self._person()}（受付番号 {self._kana_code(n)}）"
            if form == 1:
                town = rng.choice(self._names["towns"])
                return f"{town}{rng.randint(1, 5)}丁目在住の{self._person()}（{self._kana_code(n)}）"
            if form == 2:
                m = _scramble(n, 100_000_000, 668_265_263)
                return f"{self._person()}、携帯電話 090-{m // 10_000:04d}-{m % 10_000:04d}"
            m = _scramble(n, 10_000_000, 374_761_393)
            return f"{self._person()}（連絡先 s{m:07d}@mail.example.jp）"
        if category == "corporate":
            if form in (0, 1):
                return f"{self._company()}（評価点 {rng.randint(52, 96)}点・{self._kana_code(n)}）"
            if form == 2:
                return f"{self._company()}の見積単価 1件あたり{rng.randint(40, 900)}円（{self._kana_code(n)}）"
            return f"従業員{rng.randint(12, 480)}名、うち有資格者{rng.randint(2, 40)}名（{self._kana_code(n)}）"
        if category == "security":
            if form in (0, 1):
                return f"{self._model_code(n)} 型の装置"
            if form == 2:
                return f"保存期間{rng.randint(90, 730)}日、設定番号 {self._model_code(n)}"
            return f"毎日{rng.randint(0, 5)}時の取得、世代数{rng.randint(3, 30)}（{self._model_code(n)}）"
        if category == "tender":
            if form == 0:
                return f"予定価格 {self._yen(n)}"
            if form == 1:
                return f"概算額 {self._yen(n)}（税込）"
            if form == 2:
                return f"参考見積額 {self._yen(n)}"
            return f"限度額 {self._yen(n)}、案件番号 {self._kana_code(n)}"
        if category == "deliberation":
            if form in (0, 1):
                return f"手数料を1件{rng.randint(1, 30) * 10}円とする案（検討資料 {self._kana_code(n)}）"
            if form == 2:
                return f"対象を{rng.randint(6, 16) * 5}歳以上に限る案（資料番号 {self._kana_code(n)}）"
            return f"受付窓口を{rng.randint(2, 9)}か所に集約する案（{self._kana_code(n)}）"
        raise ValueError(f"unknown category: {category}")

    def block_lines(self, k: int) -> list[str]:
        """``k`` unique lines of a security block's content (each holds its own code)."""
        return [self._block_line(i) for i in self._rng.sample(range(5), k)]

    def _block_line(self, form: int) -> str:
        n = self._next()
        rng = self._rng
        items = (
            f"境界の装置は {self._model_code(n)} とし、管理画面は庁内の特定の端末からのみ操作できる",
            f"管理者アカウントは{rng.randint(2, 6)}個に限定し、パスワードは{rng.randint(12, 24)}桁以上"
            f"（台帳番号 {self._model_code(n)}）",
            f"不正侵入検知の通知先は当番職員の端末とし、閾値は毎分{rng.randint(20, 400)}件"
            f"（設定 {self._model_code(n)}）",
            f"外部記録媒体は登録番号 {self._model_code(n)} 以外の接続を遮断する",
            f"ログは別系統の装置 {self._model_code(n)} に{rng.randint(1, 7)}年間保存する",
        )
        return items[form]


# --- tags ----------------------------------------------------------------------------


@dataclass(frozen=True)
class TagStyle:
    """How a tag is spelt; varied so that every form of the syntax is exercised."""

    token: str
    colon: str
    attrs: str


def _tag_style(vocab: Vocabulary, rng: random.Random, category: str, day: dt.date) -> TagStyle:
    aliases = vocab.aliases[category]
    token = category if not aliases or rng.random() < 0.6 else rng.choice(aliases)
    colon = "：" if rng.random() < 0.35 else ": "
    attrs = []
    until_share = {"tender": 0.7, "deliberation": 0.4, "corporate": 0.1, "personal": 0.04}
    if rng.random() < until_share.get(category, 0.0):
        until = day + dt.timedelta(days=rng.randint(60, 720))
        attrs.append(f"until={until.isoformat()}")
    if rng.random() < 0.25:
        attrs.append(f'note="{rng.choice(vocab.notes[category])}"')
    return TagStyle(token, colon, "".join(f" {a}" for a in attrs))


def inline_tag(style: TagStyle, text: str) -> str:
    """``[[token attrs: text]]``."""
    return f"[[{style.token}{style.attrs}{style.colon}{text}]]"


# --- YAML front matter -----------------------------------------------------------------

_YAML_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`0-9][^:#\[\]{}]*")


def yaml_scalar(value: str) -> str:
    """A YAML scalar for ``value``: plain when safe, else double-quoted (JSON ⊂ YAML)."""
    if _YAML_PLAIN.fullmatch(value) and value.strip() == value:
        return value
    return json.dumps(value, ensure_ascii=False)


def _yaml_list(key: str, values: Sequence[str]) -> str:
    if not values:
        return f"{key}: []\n"
    return f"{key}:\n" + "".join(f"  - {yaml_scalar(v)}\n" for v in values)


# --- document ------------------------------------------------------------------------


class DocumentWriter:
    """Renders one meeting. Body text is a list of paragraphs; tags go in afterwards."""

    def __init__(self, meeting: Meeting, vocab: Vocabulary, seed: int) -> None:
        self.m = meeting
        self.v = vocab
        self.p = vocab.phrases
        self.rng = random.Random(f"{seed}:doc:{meeting.index}")
        self.secrets = SecretFactory(vocab, self.rng, meeting.index * SECRETS_PER_DOC)
        self.fy_label = era_fiscal_year(fiscal_year(meeting.date))
        self.paragraphs: list[str] = []
        self.answer_slots: list[int] = []  # indices of department answers (taggable)
        self.size = 0
        self.tag_count = 0

    # -- helpers --
    def _add(self, text: str, *, taggable: bool = False) -> None:
        if taggable:
            self.answer_slots.append(len(self.paragraphs))
        self.paragraphs.append(text)
        self.size += len(text) + 2

    def _tag(self, category: str, *, multiline: bool = False, front_matter: bool = False) -> str:
        self.tag_count += 1
        style = _tag_style(self.v, self.rng, category, self.m.date)
        if front_matter:  # no note="…": its quotes would need escaping inside YAML
            style = TagStyle(style.token, style.colon, re.sub(r' note="[^"]*"', "", style.attrs))
        text = self.secrets.make(category)
        if multiline:  # the format allows a tag's text to run over a line break
            text = text.replace(" ", "\n", 1)
        return inline_tag(style, text)

    def _speaker(self, member: Member) -> str:
        role = "会長" if member.role == "会長" else "委員"
        return f"{member.surname}{role}："

    # -- front matter --
    def front_matter(self, attendees: Sequence[Member], absentees: Sequence[Member], agenda: Sequence[str]) -> str:
        rng, m = self.rng, self.m
        kojin = m.council.id == "kojin-joho"
        start_h = rng.choice((18, 18, 19) if kojin else (10, 14, 14, 15))
        start_m = rng.choice((0, 0, 30))
        length = rng.randint(80, 200)
        end_total = start_h * 60 + start_m + length
        secretariat = ["総務部長", "総務課長", "総務課 情報公開係長", "総務課 情報公開係主任"]
        if rng.random() < 0.5:
            secretariat.insert(1, "総務部次長")
        if rng.random() < 0.15:
            secretariat[-1] = f"[[public: {rng.choice(OFFICIAL_SURNAMES)}]] 総務課 情報公開係主任"
        hearing = not kojin and rng.random() < 0.7
        place = rng.choice(
            (
                "すみれ市役所 本庁舎3階 第1会議室",
                "すみれ市役所 本庁舎4階 第3会議室",
                "すみれ市役所 北庁舎2階 第2会議室",
                "すみれ市民センター 2階 会議室",
            )
        )
        lines = [
            "---\n",
            f"title: {yaml_scalar(f'{self.fy_label}第{m.number}回{m.council.name}')}\n",
            f"council: {m.council.id}\n",
            f"date: {m.date.isoformat()}\n",
            f'start: "{start_h:02d}:{start_m:02d}"\n',
            f'end: "{end_total // 60:02d}:{end_total % 60:02d}"\n',
            f"place: {yaml_scalar(place)}\n",
            _yaml_list("attendees", [a.name for a in attendees]),
            _yaml_list("absentees", [a.name for a in absentees]),
            _yaml_list("secretariat", secretariat),
            f"hearing: {'true' if hearing else 'false'}\n",
        ]
        if not hearing:
            reason = (
                "会議の中で、すみれ市情報公開条例第7条各号に規定する非公開情報"
                "（個人情報や市の情報セキュリティ対策の詳細など）を含む事項を審議するため"
            )
            lines.append(f"hearing_reason: {yaml_scalar(reason)}\n")
        lines.append(_yaml_list("agenda", agenda))
        lines.append(f"contact: {yaml_scalar(f'総務部 総務課 情報公開係 電話 {PUBLIC_PHONE}（内線2317）')}\n")
        roll = rng.random()
        if roll < 0.02:
            lines.append("retention: permanent\n")
        elif roll < 0.06:
            lines.append("retention: web-10y\n")
        lines.append("---\n")
        return "".join(lines)

    # -- body pieces --
    def _question(self, speaker: Member, topic: Topic) -> tuple[str, int]:
        """A member's question; returns the topic question index, or -1 if generic."""
        rng, p = self.rng, self.p
        slots = {"obj": topic.obj, "biz": topic.biz, "dept": topic.dept}
        if rng.random() < 0.2:
            k = rng.randrange(len(topic.q))
            core = topic.q[k]
        else:
            k = -1
            core = rng.choice(p["q_core"]).format(**slots)
            if rng.random() < 0.3:
                core += "また、" + rng.choice(p["q_core"]).format(**slots)
        text = f"{self._speaker(speaker)}{rng.choice(p['q_prefix'])}{core}{rng.choice(p['q_suffix'])}"
        return text, k

    def _answer(self, topic: Topic, k: int) -> str:
        rng, p = self.rng, self.p
        slots = {"obj": topic.obj, "biz": topic.biz, "dept": topic.dept, "num": rng.randint(2, 40)}
        parts = [f"（{topic.dept}）", rng.choice(p["a_prefix"])]
        if k >= 0:
            parts.append(topic.a[k % len(topic.a)])
        for _ in range(rng.randint(1, 3)):
            parts.append(rng.choice(p["a_core"]).format(**slots))
        parts.append(rng.choice(p["a_suffix"]))
        return "".join(parts)

    def _summary_table(self, topic: Topic, title: str) -> str:
        rng = self.rng
        rows = [
            "| 項目 | 内容 |",
            "| --- | --- |",
            f"| 件名 | {title} |",
            f"| 担当課 | {topic.dept} |",
            f"| 取り扱う情報 | {topic.obj} |",
            f"| 対象件数 | 約{rng.randint(2, 400) * 50:,}件 |",
            f"| 期間 | 契約締結日から{rng.choice(('年度末まで', '1年間', '3年間'))} |",
        ]
        if rng.random() < 0.3:
            rows.append(f"| 契約予定額 | {self._tag('tender')} |")
        return "\n".join(rows)

    def _security_block(self, dept: str) -> None:
        rng = self.rng
        self._add(f"（{dept}）技術的な対策の詳細については、次のとおり説明した。")
        opener = rng.choice(
            (
                "::: redact security",
                "::: 非公開 セキュリティ",
                "::: redact 情報セキュリティ",
                '::: redact security note="機器構成の詳細"',
            )
        )
        self.tag_count += 1
        first, *rest = self.secrets.block_lines(rng.randint(3, 5))
        lines = [opener, "", f"（{dept}）{first}。", ""]
        lines += [f"- {line}" for line in rest]
        lines += ["", ":::"]
        self._add("\n".join(lines))

    def _consultation(
        self, number: int, topic: Topic, budget: int, members: Sequence[Member], chair: Member, with_block: bool
    ) -> str:
        rng, p = self.rng, self.p
        title = f"{rng.choice(topic.titles)}について"
        heading = f"{self.fy_label}諮問第{number}号 {title}"
        self._add(f"### {heading}（{topic.dept}）")
        hold = rng.random() < 0.05
        outcome = rng.choice(p["outcome_hold"] if hold else p["outcome_ok"])
        self._add(f"○ 結果：{outcome}")
        slots = {"obj": topic.obj, "biz": topic.biz, "dept": topic.dept, "num": rng.randint(2, 40)}
        explain = "".join(s.format(**slots) for s in rng.sample(p["explain"], rng.randint(3, 6)))
        self._add(f"（{topic.dept}）{explain}")
        if rng.random() < 0.5:
            self._add(self._summary_table(topic, title))
        start = self.size
        block_at = budget // 2 if with_block else -1
        while self.size - start < budget:
            roll = rng.random()
            if roll < 0.1:
                self._add(f"{self._speaker(rng.choice(members))}{rng.choice(p['opinion'])}")
            elif roll < 0.16:
                self._add(f"{self._speaker(chair)}{rng.choice(p['chair_mid'])}")
            else:
                question, k = self._question(rng.choice(members), topic)
                self._add(question)
                self._add(self._answer(topic, k), taggable=True)
            if block_at >= 0 and self.size - start >= block_at:
                self._security_block(topic.dept)
                block_at = -1
        self._add(f"{self._speaker(chair)}{rng.choice(p['chair_close'])}")
        self._add(rng.choice(p["members_reply"]))
        return f"諮問審議：{heading}（{topic.dept}）"

    def _report(self, title: str) -> None:
        rng = self.rng
        self._add(f"### {title}")
        lines = rng.sample(self.p["report_lines"], rng.randint(2, 4))
        self._add("\n".join(f"- {line}" for line in lines))
        if "処理状況" in title:
            counts = [rng.randint(0, 60) for _ in range(4)]
            self._add(
                "\n".join(
                    [
                        "| 区分 | 件数 |",
                        "| --- | ---: |",
                        f"| 開示 | {counts[0]} |",
                        f"| 一部開示 | {counts[1]} |",
                        f"| 非開示 | {counts[2]} |",
                        f"| 取下げ | {counts[3]} |",
                    ]
                )
            )

    def _pick_topics(self, k: int) -> list[Topic]:
        topics = [t for t in self.v.topics if not t.councils or self.m.council.id in t.councils]
        return self.rng.choices(topics, weights=[t.weight for t in topics], k=k)

    # -- whole document --
    def render(self) -> str:
        rng, p, m = self.rng, self.p, self.m
        roster = m.council.roster
        chair_member = next((r for r in roster if r.role == "会長"), roster[0])
        absent_count = rng.choice((0, 0, 1, 1, 2))
        absentees = rng.sample(list(roster[1:]), absent_count)
        attendees = [r for r in roster if r not in absentees]
        members = [r for r in attendees if r is not chair_member]
        scale = min(max(rng.gauss(1.0, 0.25), 0.45), 1.9)
        target_chars = int(TARGET_BYTES * scale / BYTES_PER_CHAR)

        agenda = ["会長挨拶", "諮問書授受"]
        self._add("## （1）会長挨拶")
        self._add(f"{self._speaker(chair_member)}" + "".join(rng.sample(p["chair_open"], rng.randint(2, 4))))
        self._add("## （2）諮問書授受")
        self._add(rng.choice(p["handover"]))
        self._add("## （3）諮問審議")
        n_items = rng.randint(2, 6)
        first_number = rng.randint(1, 20)
        block_item = rng.randrange(n_items) if rng.random() < 0.34 else -1
        per_item = max(600, (target_chars - 2_500) // n_items)
        for i, topic in enumerate(self._pick_topics(n_items)):
            budget = int(per_item * rng.uniform(0.7, 1.3))
            agenda.append(self._consultation(first_number + i, topic, budget, members, chair_member, i == block_item))
        self._add("## （4）報告")
        reports = rng.sample(p["reports"], rng.randint(1, 2))
        for title in reports:
            self._report(title)
        agenda += [f"報告：{title}" for title in reports]
        if rng.random() < 0.05:
            agenda.append(f"報告：保有個人情報の訂正請求（請求者 {self._tag('personal', front_matter=True)}）")
        self._add("## （5）その他")
        self._add(
            f"次回の審議会は{era_date(m.date + dt.timedelta(days=rng.randint(28, 70)))}を予定している。"
            if rng.random() < 0.5
            else rng.choice(p["closing"])
        )
        agenda.append("その他")
        self._place_tags()
        front = self.front_matter(attendees, absentees, agenda)
        return front + "\n" + "\n\n".join(self.paragraphs) + "\n"

    def _place_tags(self) -> None:
        """Append tagged sentences to randomly chosen department answers."""
        rng, p = self.rng, self.p
        wanted = max(0, rng.randint(3, 12) - self.tag_count)
        if self.m.index == 0:  # the first document shows every category at least once
            categories = list(CATEGORIES) + rng.choices(CATEGORIES, CATEGORY_WEIGHTS, k=wanted)
        else:
            categories = rng.choices(CATEGORIES, CATEGORY_WEIGHTS, k=wanted)
        slots = rng.sample(self.answer_slots, min(len(categories), len(self.answer_slots)))
        for slot, category in zip(slots, categories, strict=False):
            tag = self._tag(category, multiline=category == "personal" and rng.random() < 0.05)
            sentence = rng.choice(p[f"tag_{category}"]).format(S=tag)
            self.paragraphs[slot] += sentence
        if rng.random() < 0.25 and self.answer_slots:
            slot = rng.choice(self.answer_slots)
            self.paragraphs[slot] += rng.choice(p["tag_public"]).format(S=f"[[public: {PUBLIC_PHONE}]]")


# --- driver --------------------------------------------------------------------------


def generate(out: Path, count: int, seed: int = 0, config: Path = DEFAULT_CONFIG) -> GenerationStats:
    """Write ``count`` documents under ``out`` (which must be empty or absent)."""
    started = time.perf_counter()
    if not 1 <= count <= MAX_DOCUMENTS:
        raise ValueError(f"count must be between 1 and {MAX_DOCUMENTS}")
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"output folder is not empty: {out}")
    councils = load_councils(config)
    vocab = load_vocabulary(config)
    total = 0
    made_dirs: set[Path] = set()
    for meeting in plan_meetings(councils, count, seed):
        data = DocumentWriter(meeting, vocab, seed).render().encode("utf-8")
        path = out / meeting.path
        if path.parent not in made_dirs:
            path.parent.mkdir(parents=True, exist_ok=True)
            made_dirs.add(path.parent)
        path.write_bytes(data)
        total += len(data)
    return GenerationStats(count, total, time.perf_counter() - started)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="output folder (empty or absent)")
    parser.add_argument("--count", type=int, required=True, help="number of documents")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG, help="mkdocs.yml with the sumi: section")
    args = parser.parse_args(argv)
    if not 1 <= args.count <= MAX_DOCUMENTS:
        parser.error(f"--count must be between 1 and {MAX_DOCUMENTS}")
    try:
        stats = generate(args.out, args.count, args.seed, args.config)
    except FileExistsError as exc:
        print(f"出力先が空ではありません / {exc}", file=sys.stderr)
        return 2
    print(
        f"{stats.documents} documents, {stats.total_bytes / 1e6:.1f} MB "
        f"(avg {stats.total_bytes / stats.documents / 1e3:.1f} KB) in {stats.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
