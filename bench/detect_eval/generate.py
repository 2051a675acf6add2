"""A seeded, labelled set of synthetic minutes: realistic ones and ones with personal data.

generate(seed, count) always returns the same documents for the same arguments.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from redaction.detect import DetectContext

from . import templates, values, vocab

PERSONAL_TYPES: tuple[str, ...] = tuple(templates.PERSONAL)
_SLOT = re.compile(r"\{(\w+)\}")
_SPEAKERS = ("（{dept}）", "{member}：", "事務局：")


@dataclass(frozen=True)
class Label:
    type: str
    start: int
    end: int
    text: str
    shape: str = ""  # for names: which rule is expected to catch it


@dataclass(frozen=True)
class EvalDoc:
    id: str
    kind: str  # "realistic": public look-alikes only; "injected": with labelled personal data
    text: str
    labels: tuple[Label, ...]


def context() -> DetectContext:
    """What the evaluation council's configuration and front matter make public."""
    officials = frozenset(vocab.OFFICIALS)
    return DetectContext(public_terms=frozenset(vocab.PUBLIC_TERMS), public_names=frozenset(vocab.ROSTER) | officials)


class _Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.parts: list[str] = []
        self.length = 0
        self.labels: list[Label] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def add_labelled(self, type_: str, text: str, shape: str = "") -> None:
        self.labels.append(Label(type_, self.length, self.length + len(text), text, shape))
        self.add(text)

    def add_template(self, template: str, personal: tuple[str, str, str, str, str] | None = None) -> None:
        """Fill the public slots; {V} takes personal = (type, before, value, after, shape)."""
        pos = 0
        for match in _SLOT.finditer(template):
            self.add(template[pos : match.start()])
            slot = match.group(1)
            if slot == "V" and personal is not None:
                type_, before, value, after, shape = personal
                self.add(before)
                self.add_labelled(type_, value, shape)
                self.add(after)
            else:
                self.add(values.public_value(slot, self.rng))
            pos = match.end()
        self.add(template[pos:])

    def text(self) -> str:
        return "".join(self.parts)


def _personal(type_: str, rng: random.Random) -> tuple[str, str, str, str, str]:
    maker = {
        "phone": lambda: ("", values.phone(rng), "", ""),
        "email": lambda: ("", values.email(rng), "", ""),
        "postal_address": lambda: ("", values.postal_address(rng), "", ""),
        "birth_date": lambda: (*values.birth_date(rng), ""),
        "my_number": lambda: (*values.my_number_text(rng), ""),
        "bank_account": lambda: ("", values.bank_account(rng), "", ""),
        "personal_id": lambda: (*values.personal_id(rng), ""),
        "person_name": lambda: values.person_name(rng),
    }[type_]
    before, value, after, shape = maker()
    return type_, before, value, after, shape


def _header(b: _Builder, number: int) -> None:
    rng = b.rng
    b.add(f"# {values.public_value('fy', rng)}第{number % 6 + 1}回すみれ市情報公開運営審議会 会議録\n\n")
    b.add("| 項目 | 内容 |\n| --- | --- |\n")
    b.add(f"| 開催日時 | {values.wareki_date(rng)} {values.public_value('time', rng)}～{values.public_value('time', rng)} |\n")
    b.add("| 開催場所 | すみれ市役所 本庁舎3階 第1会議室 |\n")
    members = "、".join(f"{n}{r}" for n, r in zip(vocab.ROSTER, vocab.ROSTER_ROLES, strict=True))
    b.add(f"| 出席者 | {members} |\n")
    officials = "、".join(f"{values.public_value('official', rng)}" for _ in range(3))
    b.add(f"| 事務局 | {officials} |\n")
    b.add(f"| 問い合わせ先 | 総務課 電話 {vocab.SWITCHBOARD}（内線{rng.randint(2000, 2999)}） {vocab.CITY_MAIL} |\n\n")


def _speaker(rng: random.Random) -> str:
    label = rng.choice(_SPEAKERS)
    return label.replace("{dept}", rng.choice(vocab.DEPARTMENTS)).replace("{member}", values.public_value("member", rng).split("委員")[0] + "委員" if "委員" in label else "")


def _document(doc_id: str, kind: str, rng: random.Random, number: int) -> EvalDoc:
    b = _Builder(rng)
    _header(b, number)
    sentences = rng.randint(60, 120)
    personal_at: dict[int, str] = {}
    if kind == "injected":
        for type_ in rng.sample(PERSONAL_TYPES, rng.randint(3, 6)):
            personal_at[rng.randrange(sentences)] = type_
    for i in range(sentences):
        if i % 8 == 0:
            b.add(f"\n## {values.public_value('doc_no', rng)} {values.public_value('project', rng)}（{rng.choice(vocab.DEPARTMENTS)}）\n\n")
        prefix = rng.choice(["", "- ", "", "**委員**：", "（" + rng.choice(vocab.DEPARTMENTS) + "）"])
        b.add(prefix)
        if i in personal_at:
            type_ = personal_at[i]
            b.add_template(rng.choice(templates.PERSONAL[type_]), _personal(type_, rng))
        else:
            b.add_template(rng.choice(templates.PUBLIC))
        b.add("\n\n" if rng.random() < 0.6 else "")
    return EvalDoc(doc_id, kind, b.text(), tuple(b.labels))


def generate(seed: int = 6, count: int = 200) -> list[EvalDoc]:
    """`count` documents, half realistic, half with 3-6 labelled personal values."""
    rng = random.Random(seed)
    docs = []
    for n in range(count):
        kind = "realistic" if n % 2 == 0 else "injected"
        docs.append(_document(f"{kind}-{n:03d}", kind, rng, n))
    return docs
