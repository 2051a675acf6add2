"""The build's leak scan (redaction/publishing/leakscan.py) sees a withheld text in every encoding a
reader or crawler could decode, and the independent test scanner (leakkit) does too."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from urllib.parse import quote

import pytest
from leakkit import file_texts, squeeze, views

from redaction.publishing.leakscan import LeakScanner
from redaction.source.redact import Redaction

SECRET = "鵺野ＡＢ太郎"


def row(text: str = SECRET) -> Redaction:
    return Redaction("a.md", "body", 1, 1, "inline", "personal", None, False, None, text, False)


def zipped(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as bundle:
        bundle.writestr(name, data)
    return buffer.getvalue()


ENCODINGS = {
    "plain": "<p>鵺野ＡＢ太郎</p>".encode(),
    "half-width": "<p>鵺野AB太郎</p>".encode(),
    "entities-decimal": "".join(f"&#{ord(c)};" for c in SECRET).encode(),
    "entities-hex": "".join(f"&#x{ord(c):x};" for c in SECRET).encode(),
    "entities-double": "".join(f"&amp;#{ord(c)};" for c in SECRET).encode(),
    "json-u": json.dumps({"t": SECRET}, ensure_ascii=True).encode(),
    "percent": quote(SECRET).encode(),
    "percent-in-href": f'<a href="/x/{quote(SECRET)}/">x</a>'.encode(),
    "markup-inside": "<p>鵺野<strong>ＡＢ</strong><em>太</em>郎</p>".encode(),
    "spaces-and-breaks": "鵺野 ＡＢ\n太　郎".encode(),
    "zero-width": "鵺\u200b野\u200bＡＢ\u200b太郎".encode(),
    "gzip": gzip.compress("<p>鵺野ＡＢ太郎</p>".encode()),
    "zip": zipped("page.html", "<p>鵺野ＡＢ太郎</p>".encode()),
    "gzip-in-zip": zipped("x.pf_fragment", gzip.compress(json.dumps({"c": SECRET}).encode())),
}


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_when_withheld_text_is_encoded_then_the_build_scanner_finds_it(encoding: str) -> None:
    leaks = LeakScanner([(squeeze(SECRET), row())]).scan_bytes("out", ENCODINGS[encoding])
    assert [leak.needle for leak in leaks] == [squeeze(SECRET)]


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_when_withheld_text_is_encoded_then_the_test_scanner_finds_it(encoding: str) -> None:
    texts = list(file_texts("out", ENCODINGS[encoding]))
    assert any(squeeze(SECRET) in view for _, text in texts for view in views(text))


def test_when_text_is_only_similar_then_no_scanner_reports_it() -> None:
    data = "<p>鵺野ＡＣ太郎 鵺野 太</p>".encode()
    assert LeakScanner([(squeeze(SECRET), row())]).scan_bytes("out", data) == []
    assert not any(squeeze(SECRET) in view for _, text in file_texts("out", data) for view in views(text))


def test_when_needles_come_from_a_markup_secret_then_rendered_form_is_scanned() -> None:
    from redaction.source.redact import withheld_needles

    needles = withheld_needles([row("**鵺強調**太郎")])
    leaks = LeakScanner(needles).scan_bytes("out", "<p>鵺強調太郎</p>".encode())
    assert len(leaks) == 1

