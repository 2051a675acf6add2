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


def test_when_the_cache_seeded_wrong_forms_then_the_leak_scan_still_looks_for_the_real_text() -> None:
    from redaction.source import redact

    text = "鵺野キャッシュ太郎"
    redact.known_forms({text: ("別の文字列",)})   # as a damaged cache entry's summary would
    try:
        needles = redact.withheld_needles([row(text)], fresh=True)
        assert LeakScanner(needles).scan_bytes("out", f"<p>{text}</p>".encode())
    finally:
        redact._FORMS.pop(text, None)



# --- the search index's shard files, read as their keys (LeakScanner.scan_shard) -------------------------

TEXT_ENCODINGS = {name: data.decode() for name, data in ENCODINGS.items() if name not in ("gzip", "zip", "gzip-in-zip")}
SHARD = "site/search-index/0/g/0001.bin"


def shard(*keys: str, positional: bool = False) -> bytes:
    from redaction.website.search import codec

    spots = codec.occurrences([3, 0]) if positional else b""
    return codec.pack(codec.encode_shard([(key, {0: spots, 7: spots}) for key in keys], positional))


@pytest.mark.parametrize("positional", [False, True], ids=["n-gram shard", "positional shard"])
@pytest.mark.parametrize("encoding", sorted(TEXT_ENCODINGS))
def test_when_a_shard_key_holds_withheld_text_in_any_encoding_then_the_shard_scan_finds_it(
        encoding: str, positional: bool) -> None:
    """A key is text: scanned in every view a file is (the writer's keys are at most four characters, but the
    scan does not rely on it), as the byte-by-byte scan of the same file finds it."""
    data = shard("会議", TEXT_ENCODINGS[encoding], "録", positional=positional)
    scanner = LeakScanner([(squeeze(SECRET), row())])
    assert [leak.needle for leak in scanner.scan_shard(SHARD, data)] == [squeeze(SECRET)]
    assert scanner.scan_shard(SHARD, data) == scanner.scan_bytes(SHARD, data)


@pytest.mark.parametrize("key", ["鵺野", "鵺野太", "の鵺野", "ｶﾞｽ鵺野", "&lt;鵺野", "鵺\u200b野", "鵺 野", "鵺<b>野"])
def test_when_a_short_withheld_text_is_a_key_or_in_one_then_the_shard_scan_finds_it(key: str) -> None:
    """As the index writes it (n-grams of up to four characters) and in forms it never writes (not squashed,
    markup, references): a key holding the text in any view is a leak."""
    scanner = LeakScanner([("鵺野", row("鵺野"))])
    assert [leak.needle for leak in scanner.scan_shard(SHARD, shard("会議", key, "録"))] == ["鵺野"]


def test_when_a_withheld_text_stands_only_across_two_keys_then_the_shard_scan_does_not_report_it() -> None:
    """Two keys side by side are no text of any page (the next key in code point order): not a leak."""
    scanner = LeakScanner([("鵺野", row("鵺野"))])
    assert scanner.scan_shard(SHARD, shard("あ鵺", "野い")) == []


def _shard_bytes_with(secret: bytes) -> dict[str, bytes]:
    """Files that are not exactly a shard, each with `secret` in it: the byte-by-byte scan must read them."""
    from redaction.website.search import codec

    raw = codec.encode_shard([("会議", {0: b"", 3: b""})], positional=False)
    long_posting = codec.MAGIC + codec.varint(6) + "会議".encode() + codec.varint(1) + codec.varint(0) + codec.varint(200)
    return {
        "plain gzip text": gzip.compress(b"<p>" + secret + b"</p>"),
        "not gzip": b"SUMI1" + secret,
        "raw shard, not gzipped": raw + secret,
        "bytes after the last entry": gzip.compress(raw + secret),
        "an entry cut short": gzip.compress(raw + b"\x40" + secret),
        "a posting past the end": gzip.compress(long_posting + secret),
        "a key not UTF-8": gzip.compress(codec.MAGIC + b"\x02\xff\xfe\x01\x00\x01\x00" + secret),
        "keys out of order": gzip.compress(codec.encode_shard([("録", {0: b""})], False)
                                           + codec.encode_entry("会議".encode(), 1, 0, b"\x00") + secret),
        "a gzip member after the shard": gzip.compress(raw) + gzip.compress(secret),
    }


@pytest.mark.parametrize("kind", sorted(_shard_bytes_with(b"")))
def test_when_a_shard_file_is_not_exactly_a_shard_then_it_is_scanned_byte_by_byte(kind: str) -> None:
    from redaction.website.search import codec

    data = _shard_bytes_with(SECRET.encode())[kind]
    with pytest.raises((ValueError, OSError, EOFError)):
        codec.keys(gzip.decompress(data))
    assert [leak.needle for leak in LeakScanner([(squeeze(SECRET), row())]).scan_shard(SHARD, data)] == [squeeze(SECRET)]
