"""The catalogue of clerks' messages: ids are unique, every text fills in, each names its reader."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from docs.tools import messages as page
from redaction.core.clerk_messages import Message, catalogue


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_catalogued_message_has_its_own_id_and_is_given_by_a_module_its_id_names() -> None:
    import redaction
    from redaction.core import clerk_messages

    ids = [m.id for m in catalogue()]
    assert len(ids) == len(set(ids))
    package = Path(redaction.__file__).parent
    for name, message in vars(clerk_messages).items():
        if isinstance(message, Message):
            section = message.id.split(".")[0]   # config: config.py, config_keys.py; importing: importing/*.py
            modules = [m for m in package.rglob("*.py")
                       if m.stem.startswith(section) or section in m.relative_to(package).parts[:-1]]
            assert any(f"say.{name}" in m.read_text(encoding="utf-8") for m in modules), f"no module gives {name}"


@pytest.mark.parametrize("message", catalogue(), ids=lambda m: m.id)
def test_every_catalogued_message_fills_in_its_parts(message: Message) -> None:
    parts = {name: "《x》" for name in _fields(message.ja) | _fields(message.en)}
    ja, en = message.texts(**parts)
    assert "{" not in ja + en and "}" not in ja + en
    assert all("《x》" in ja for name in _fields(message.ja))


def test_when_a_catalogued_message_neither_says_what_to_do_nor_has_a_fix_then_the_generator_stops(
        tmp_path: Path) -> None:
    novel = Message("config.novel", "謎の設定「{key}」です。", "mystery {key}.")
    found = page.collect(tmp_path, (novel,))
    assert [(m.ja, m.en) for m in found] == [("謎の設定「…」です。", "mystery ….")]
    with pytest.raises(SystemExit, match="no fix"):
        page.render(found)


def test_a_message_on_one_line_is_the_japanese_then_the_english_joined_as_asked() -> None:
    novel = Message("cli.novel", "「{word}」がありません", "no {word}")
    assert novel.line(word="x") == "「x」がありません / no x"
    assert novel.line(joined_by="\n", word="x") == "「x」がありません\nno x"
