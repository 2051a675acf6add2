"""The labels of a meeting header, as councils write them, and the front-matter key each fills."""

from __future__ import annotations

import re
import unicodedata

LABELS: dict[str, tuple[str, ...]] = {
    "title": ("会議名", "会議の名称", "名称", "審議会名", "会議名称"),
    "when": ("開催日時", "日時", "開催日", "開催年月日", "日程"),
    "place": ("開催場所", "場所", "会場"),
    "attendees": ("出席者", "出席委員", "委員", "出席者氏名", "出席委員氏名"),
    "absentees": ("欠席者", "欠席委員", "欠席者氏名"),
    "attendance": ("出席者及び欠席者", "出席者・欠席者", "出欠", "出席者等"),
    "secretariat": ("事務局", "区側", "市側", "町側", "村側", "説明員", "説明員職氏名", "出席職員", "事務局職員"),
    "hearing": ("傍聴", "傍聴人", "傍聴の可否", "傍聴者", "傍聴者数", "傍聴人数", "公開・非公開", "会議の公開・非公開",
                "公開の可否"),
    "hearing_reason": ("傍聴不可の場合はその理由", "非公開の場合はその理由", "非公開の理由", "傍聴不可の理由", "非公開理由"),
    "agenda": ("会議次第", "議題", "次第", "議事", "議題他", "議題等", "案件"),
    "contact": ("問い合わせ先", "問合せ先", "問い合せ先", "問合わせ先", "担当", "担当課", "所管課", "事務局・問い合わせ先"),
}
# Where the header ends and the minutes proper begin (their row or line starts the body).
BODY_LABELS = frozenset({"会議経過", "会議録", "審議経過", "議事経過", "審議内容", "会議内容", "内容", "議事録",
                         "結果", "会議結果", "発言内容", "審議の経過", "会議の経過", "議事の経過"})

_KEY_OF = {label: key for key, labels in LABELS.items() for label in labels}
_NUMBERING = re.compile(r"^(?:第?[0-9]+[.)、.]?|\([0-9]+\)|[①-⑳]|[一二三四五六七八九十]+[、.]|[●○◯■□◆◇・])")
_SPACE = re.compile(r"\s+")
# A label line: optional numbering, a label, then a space or colon, then the value.
_LABEL_LINE = re.compile(r"^\s*(?:第?[0-9０-９]+[.)．、]?|[(（][0-9０-９]+[)）]|[①-⑳]|[一二三四五六七八九十]+[、．.]|[●○◯■□◆◇])?"
                         r"[\s\u3000]*([^\s\u3000:：]{1,14}?)[\s\u3000]*(?:(?:[:：][\s\u3000]*|[\s\u3000]+)(\S.*)?)?$")
# Labels that also start speaker lines in a body (「委員　…」): recognised in header tables only.
_TABLE_ONLY = frozenset({"委員", "担当"})


def squeeze(label: str) -> str:
    """A label as compared: NFKC, no white space, no leading numbering or bullet, no trailing colon."""
    text = _SPACE.sub("", unicodedata.normalize("NFKC", label))
    text = _NUMBERING.sub("", text)
    return text.rstrip(":：")


def key_of(label: str) -> str | None:
    """The front-matter key a header label fills ("title", "when", …), or None."""
    return _KEY_OF.get(squeeze(label))


def is_body_label(label: str) -> bool:
    return squeeze(label) in BODY_LABELS


def label_line(line: str) -> tuple[str, str, int] | None:
    """(label, value, value offset) when `line` is a known label followed by a space or colon."""
    match = _LABEL_LINE.match(line)
    if match is None or key_of(match.group(1)) is None or squeeze(match.group(1)) in _TABLE_ONLY:
        return None
    return match.group(1), match.group(2) or "", match.start(2) if match.group(2) else len(line)
