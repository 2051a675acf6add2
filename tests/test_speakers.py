"""The speaker-name policy: where a council hides names, roster members appear by their role only."""

from __future__ import annotations

from redaction.core.config import Council, Member
from redaction.source.speakers import hide_names

ROSTER = (Member("北村 誠一", "会長"), Member("大野 花子", "委員"), Member("北原 一", "副会長"))
HIDDEN = Council("kojin-joho", "個人情報保護運営審議会", "web-3y", "hidden", ROSTER)


def test_when_a_full_name_is_written_then_it_becomes_the_members_role() -> None:
    assert hide_names("北村 誠一：開会します。北村誠一会長、大野　花子。", HIDDEN) == "会長：開会します。会長、委員。"


def test_when_a_surname_is_followed_by_a_role_then_the_written_role_is_kept() -> None:
    assert hide_names("大野委員：賛成です。北原副会長が補足した。北村会長職務代理", HIDDEN) == \
        "委員：賛成です。副会長が補足した。会長職務代理"


def test_when_a_surname_stands_alone_then_it_is_left_as_it_is() -> None:
    assert hide_names("大野川の堤防と北村地区", HIDDEN) == "大野川の堤防と北村地区"


def test_when_a_council_shows_names_then_the_text_is_unchanged() -> None:
    shown = Council("joho-kokai", "情報公開審査会", "web-3y", "shown", ROSTER)
    assert hide_names("北村 誠一会長", shown) == "北村 誠一会長"
