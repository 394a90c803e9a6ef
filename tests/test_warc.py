"""WARC archives: only HTML responses become articles; everything else in the archive is passed over."""
from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsweave.config import load_options
from newsweave.errors import IngestError
from newsweave.pipeline import load_documents
from newsweave.model import Document, Skipped
from newsweave.sources import read_path
from newsweave.sources.warc import decode_html

DATED_PAGE = """<html><head><title>Port talks resume</title>
<meta property="article:published_time" content="2024-03-05T09:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Port talks resume</h1>
<p>Negotiators from Chile and Peru met in Lima on Tuesday to discuss the shared port project.</p>
<p>A spokesperson said the two delegations expected to sign a draft agreement within a month.</p>
</article></body></html>"""
UNDATED_PAGE = """<html><head><title>Grain convoy reaches the coast</title></head>
<body><article><h1>Grain convoy reaches the coast</h1>
<p>A convoy of forty lorries carrying wheat reached the coastal city late on Friday, aid workers said.</p>
<p>The regional governor thanked the drivers and promised a second convoy before the winter.</p>
</article></body></html>"""
LATIN1_PAGE = """<html><head><meta charset="iso-8859-1"><title>Caf\u00e9 owners protest</title></head>
<body><article><p>Caf\u00e9 owners in the old town protested on Monday against the new licence fees, the \u00e9lus said.</p>
<p>The council agreed to review the fees at its next session in the spring.</p></article></body></html>"""

DATED_URL = "https://news.example.org/2024/03/port-talks"
UNDATED_URL = "https://wire.example.net/convoy"
LATIN1_URL = "https://local.example.fr/cafes"


def _response(w, uri, body: bytes, content_type: str, status: str = "200 OK", date: str = "2024-06-20T08:00:00Z"):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers,
                                warc_headers_dict={"WARC-Date": date})


def write_archive(path, gzip: bool = True) -> None:
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gzip)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "newsweave-test", "format": "WARC/1.1"}))
        request = StatusAndHeaders("GET /2024/03/port-talks HTTP/1.1", [("Host", "news.example.org")],
                                   is_http_request=True)
        w.write_record(w.create_warc_record(DATED_URL, "request", payload=io.BytesIO(b""), http_headers=request))
        w.write_record(_response(w, DATED_URL, DATED_PAGE.encode("utf-8"), "text/html; charset=utf-8"))
        w.write_record(w.create_warc_record(DATED_URL, "metadata", payload=io.BytesIO(b"fetchTimeMs: 212\r\n"),
                                            warc_content_type="application/warc-fields"))
        w.write_record(_response(w, "https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
                                 "image/png"))
        w.write_record(_response(w, "https://news.example.org/api/latest",
                                 b'{"text": "A JSON body with plenty of words in it, but it is no article page."}',
                                 "application/json"))
        w.write_record(_response(w, "https://news.example.org/moved", UNDATED_PAGE.encode("utf-8"), "text/html",
                                 status="404 Not Found"))
        w.write_record(_response(w, UNDATED_URL, UNDATED_PAGE.encode("utf-8"), "text/html",
                                 date="2024-07-01T10:30:00Z"))
        w.write_record(_response(w, LATIN1_URL, LATIN1_PAGE.encode("iso-8859-1"), "application/xhtml+xml"))


@pytest.mark.parametrize("name,gzip", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_only_html_responses_become_articles(tmp_path, name, gzip):
    path = tmp_path / name
    write_archive(path, gzip=gzip)
    articles = read_path(path, 1_000_000)
    assert [a.url for a in articles] == [DATED_URL, UNDATED_URL, LATIN1_URL]
    assert [a.source for a in articles] == [DATED_URL, UNDATED_URL, LATIN1_URL]
    assert all(a.html and a.text is None for a in articles)


def test_page_date_wins_over_capture_date_which_is_the_fallback(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_archive(path)
    published = {a.url: a.published for a in read_path(path, 1_000_000)}
    assert published[DATED_URL] == "2024-03-05"
    assert published[UNDATED_URL] == "2024-07-01"


def test_declared_charset_is_used(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_archive(path)
    page = next(a for a in read_path(path, 1_000_000) if a.url == LATIN1_URL)
    assert "Caf\u00e9 owners" in page.html


@pytest.mark.parametrize("body,content_type,expected", [
    ("na\u00efve".encode("utf-8"), "text/html", "na\u00efve"),
    ("na\u00efve".encode("cp1252"), "text/html", "na\u00efve"),
    ("na\u00efve".encode("latin-1"), "text/html; charset=ISO-8859-1", "na\u00efve"),
    ('<meta charset="koi8-r">\u043c\u0438\u0440'.encode("koi8-r"), "text/html", '<meta charset="koi8-r">\u043c\u0438\u0440'),
    ("na\u00efve".encode("utf-8"), "text/html; charset=no-such-codec", "na\u00efve"),
])
def test_decode_html(body, content_type, expected):
    assert decode_html(body, content_type) == expected


def test_archive_pages_become_documents_with_their_urls(tmp_path, options):
    path = tmp_path / "crawl.warc.gz"
    write_archive(path)
    items = list(load_documents([str(path)], options))
    docs = [i for i in items if isinstance(i, Document)]
    assert not [i for i in items if isinstance(i, Skipped)]
    assert {d.url for d in docs} == {DATED_URL, UNDATED_URL, LATIN1_URL}
    convoy = next(d for d in docs if d.url == UNDATED_URL)
    assert "forty lorries" in convoy.text and "Home | World" not in convoy.text


def test_size_limit_applies_per_page_not_to_the_archive(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_archive(path)
    limit = len(UNDATED_PAGE.encode("utf-8")) + 1
    assert len(DATED_PAGE.encode("utf-8")) > limit > len(LATIN1_PAGE.encode("iso-8859-1"))
    assert [a.url for a in read_path(path, limit)] == [UNDATED_URL, LATIN1_URL]


@pytest.mark.parametrize("content", [b"this is not an archive at all\n" * 5, b"\x1f\x8b\x08\x00garbage"])
def test_a_broken_archive_is_one_clear_error(tmp_path, content):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(content)
    with pytest.raises(IngestError, match="WARC"):
        read_path(path, 1_000_000)


def test_a_truncated_archive_keeps_the_pages_before_the_break(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_archive(path)
    data = path.read_bytes()
    path.write_bytes(data[:-120])  # cut into the last record, as an interrupted download does
    articles = read_path(path, 1_000_000)
    assert [a.url for a in articles[:-1]] == [DATED_URL, UNDATED_URL]
    assert articles[-1].problem and "broken WARC record" in articles[-1].problem
    items = list(load_documents([str(path)], load_options()))
    assert len([i for i in items if isinstance(i, Document)]) == 2
    assert [i.reason for i in items if isinstance(i, Skipped)] == [articles[-1].problem]
