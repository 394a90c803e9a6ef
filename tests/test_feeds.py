"""RSS/Atom feeds from files, and fetching from URLs politely (only ever against 127.0.0.1 here)."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.errors import IngestError
from newsweave.sources import read_path
from newsweave.sources.feeds import FetchError, PoliteClient, fetch_feed, fetch_feeds

runner = CliRunner()

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Gazette</title><link>{base}/</link><description>Local news</description>
<item><title>Ferry strike ends</title><link>{base}/news/ferry.html</link>
  <pubDate>Tue, 04 Jun 2024 07:15:00 GMT</pubDate><author>desk@gazette.example (Ines Moreau)</author>
  <description>Short teaser about the ferry.</description>
  <content:encoded><![CDATA[<p>Ferry crews returned to work on Tuesday after a four-day strike over rosters.</p>
  <p>The operator said all crossings would run to the normal timetable from Wednesday.</p>]]></content:encoded>
</item>
<item><title>Council closes pier</title><link>{base}/private/pier.html</link>
  <pubDate>Mon, 03 Jun 2024 18:00:00 GMT</pubDate>
  <description>The council closed the old pier on Monday after engineers found cracks in two of its supports.</description>
</item>
<item><title>Market moves</title><link>{base}/news/market.html</link>
  <description>Plain summary: the Saturday market moves to the harbour car park for the summer months.</description>
</item>
<item><title>No body at all</title><link>{base}/news/empty.html</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Weekly</title><id>urn:valley</id>
<updated>2024-05-02T10:00:00Z</updated>
<entry><title>New bridge opens</title><link href="https://valley.example/bridge"/><id>urn:1</id>
<published>2024-05-01T09:30:00+02:00</published><author><name>Tomas Lind</name></author>
<content type="html">&lt;p&gt;The new river bridge opened to traffic on Wednesday, two months ahead of schedule.&lt;/p&gt;</content>
</entry></feed>"""

PAGE = """<html><head><title>{title}</title></head><body><nav>Home | Sport</nav><article><h1>{title}</h1>
<p>{text}</p><p>Residents welcomed the news, the harbour master said in a statement on Tuesday evening.</p>
</article></body></html>"""


class Site:
    """A tiny web site on 127.0.0.1 that records every request (path and User-Agent)."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, str]] = {}
        self.failures: dict[str, list[int]] = {}   # path -> statuses to answer before the route
        self.requests: list[tuple[str, str]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                site.requests.append((self.path, self.headers.get("User-Agent", "")))
                pending = site.failures.get(self.path)
                if pending:
                    status, ctype, body = pending.pop(0), "text/plain", "busy"
                else:
                    status, ctype, body = site.routes.get(self.path, (404, "text/plain", "not found"))
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def paths(self) -> list[str]:
        return [p for p, _ua in self.requests]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    s = Site()
    s.routes["/robots.txt"] = (200, "text/plain", "User-agent: *\nDisallow: /private/\n")
    s.routes["/feed.xml"] = (200, "application/rss+xml", RSS.format(base=s.base))
    s.routes["/news/ferry.html"] = (200, "text/html; charset=utf-8", PAGE.format(
        title="Ferry strike ends", text="Ferry crews went back to work on Tuesday morning after four days."))
    s.routes["/private/pier.html"] = (200, "text/html", PAGE.format(title="Pier", text="Never fetched."))
    s.routes["/news/market.html"] = (200, "application/pdf", "%PDF-1.4")
    yield s
    s.close()


def client(**kw) -> PoliteClient:
    return PoliteClient(host_delay=0.0, backoff=0.0, sleep=lambda s: None, **kw)


# -- feed files --------------------------------------------------------------------------------------

def test_rss_file_entries_become_articles(tmp_path):
    path = tmp_path / "gazette.rss"
    path.write_text(RSS.format(base="https://gazette.example"), encoding="utf-8")
    articles = read_path(path, 1_000_000)
    assert [a.title for a in articles] == ["Ferry strike ends", "Council closes pier", "Market moves"]
    ferry, pier, market = articles
    # the full content wins over the teaser, and it is HTML
    assert ferry.html and "four-day strike" in ferry.html and ferry.text is None
    assert (ferry.url, ferry.source) == ("https://gazette.example/news/ferry.html",) * 2
    assert (ferry.published, ferry.site) == ("2024-06-04", "Harbour Gazette")
    assert "Ines Moreau" in ferry.author
    assert pier.text and pier.text.startswith("The council closed") and pier.published == "2024-06-03"
    assert market.published is None


def test_atom_file_with_offset_dates(tmp_path):
    path = tmp_path / "valley.atom"
    path.write_text(ATOM, encoding="utf-8")
    (bridge,) = read_path(path, 1_000_000)
    assert bridge.url == "https://valley.example/bridge"
    assert bridge.published == "2024-05-01" and bridge.author == "Tomas Lind" and bridge.site == "Valley Weekly"
    assert "<p>The new river bridge" in bridge.html


@pytest.mark.parametrize("content", ["<html><body><p>just a page</p></body></html>", "no markup at all"])
def test_an_xml_file_that_is_not_a_feed_is_one_clear_error(tmp_path, content):
    path = tmp_path / "sitemap.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(IngestError, match="not an RSS or Atom feed"):
        read_path(path, 1_000_000)


# -- fetching ----------------------------------------------------------------------------------------

def test_fetch_saves_pages_obeys_robots_and_names_itself(site, tmp_path):
    with client() as c:
        report = fetch_feed(site.base + "/feed.xml", tmp_path, c)
    rows = [json.loads(line) for line in report.saved.read_text(encoding="utf-8").splitlines()]
    by_title = {r["title"]: r for r in rows}
    assert set(by_title) == {"Ferry strike ends", "Council closes pier", "Market moves"}
    # the linked page replaces the feed's copy when it can be fetched
    assert "went back to work" in by_title["Ferry strike ends"]["html"]
    # robots.txt forbids /private/: never requested, the feed's text is kept
    assert "/private/pier.html" not in site.paths()
    assert by_title["Council closes pier"]["text"].startswith("The council closed")
    # a linked file that is not HTML: the feed's text is kept
    assert by_title["Market moves"]["text"].startswith("Plain summary")
    assert report.pages == 1
    assert sorted(p.split(site.base)[1] for p in report.problems) == [
        "/news/empty.html: HTTP 404; entry left out (the feed has no text for it)",
        "/news/market.html: not an HTML page; kept the feed's text",
        "/private/pier.html: robots.txt does not allow newsweave to fetch it; kept the feed's text",
    ]
    assert site.paths().count("/robots.txt") == 1
    assert all(ua.startswith("newsweave/") for _p, ua in site.requests)
    assert all(r["site"] == "Harbour Gazette" and r["feed"] == site.base + "/feed.xml" for r in rows)


def test_fetching_again_skips_what_was_saved(site, tmp_path):
    with client() as c:
        first = fetch_feed(site.base + "/feed.xml", tmp_path, c)
        n_requests = len(site.requests)
        second = fetch_feed(site.base + "/feed.xml", tmp_path, c)
    assert first.articles == 3 and second.articles == 0 and second.saved is None
    # only the entry that yielded nothing is tried again (its page may exist by now)
    assert site.paths()[n_requests:] == ["/feed.xml", "/news/empty.html"]


def test_server_errors_are_retried_with_backoff(site, tmp_path):
    site.failures["/feed.xml"] = [503, 500]
    waits: list[float] = []
    with PoliteClient(host_delay=0.0, backoff=0.5, sleep=waits.append) as c:
        report = fetch_feed(site.base + "/feed.xml", tmp_path, c, fetch_pages=False)
    assert report.articles == 3
    assert site.paths().count("/feed.xml") == 3
    assert waits == [0.5, 1.0]


def test_persistent_errors_give_up_with_a_clear_message(site, tmp_path):
    site.failures["/feed.xml"] = [503] * 5
    with client(retries=2) as c:
        with pytest.raises(FetchError, match=r"feed\.xml: HTTP 503"):
            fetch_feed(site.base + "/feed.xml", tmp_path, c)
    assert site.paths().count("/feed.xml") == 2


@pytest.mark.parametrize("robots,allowed", [
    ((200, "text/plain", "User-agent: newsweave\nDisallow: /\n"), False),
    ((200, "text/plain", "User-agent: otherbot\nDisallow: /\n"), True),
    ((404, "text/plain", "none"), True),
    ((503, "text/plain", "down"), False),
])
def test_robots_rules(site, tmp_path, robots, allowed):
    site.routes["/robots.txt"] = robots
    with client(retries=1) as c:
        reports = fetch_feeds([site.base + "/feed.xml"], tmp_path, c)
    assert (reports[0].saved is not None) == allowed
    assert ("/feed.xml" in site.paths()) == allowed
    if not allowed:
        assert "robots.txt" in reports[0].problems[0]


def test_unreachable_host_is_reported_and_other_feeds_go_on(site, tmp_path):
    with client(retries=1) as c:
        reports = fetch_feeds(["http://127.0.0.1:9/feed.xml", site.base + "/feed.xml"], tmp_path, c)
    assert reports[0].saved is None and "127.0.0.1:9" in reports[0].problems[0]
    assert reports[1].articles == 3


def test_per_host_delay_between_requests(site, tmp_path):
    waits: list[float] = []
    with PoliteClient(host_delay=5.0, sleep=waits.append) as c:
        fetch_feed(site.base + "/feed.xml", tmp_path, c)
    # robots.txt, feed, two pages: every request after the first waits (almost) the full delay
    assert len(waits) == len(site.requests) - 1
    assert all(4.0 < w <= 5.0 for w in waits)


@pytest.mark.slow
def test_cli_fetch_then_ingest(site, tmp_path, nlp):
    db, fetched = str(tmp_path / "nw.duckdb"), tmp_path / "fetched"
    result = runner.invoke(app, ["run", "--fetch", site.base + "/feed.xml", "--fetch-dir", str(fetched),
                                 "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    assert len(list(fetched.glob("*.jsonl"))) == 1
    result = runner.invoke(app, ["sql", "--db", db, "SELECT source FROM documents ORDER BY source", "-f", "json"])
    sources = [r["source"] for r in json.loads(result.output)]
    assert sources == [site.base + p for p in ("/news/ferry.html", "/news/market.html", "/private/pier.html")]


def test_a_response_over_the_size_limit_is_refused(site, tmp_path):
    with client(max_bytes=200) as c:
        with pytest.raises(FetchError, match="larger than 200 bytes"):
            fetch_feed(site.base + "/feed.xml", tmp_path, c)
