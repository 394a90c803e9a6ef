"""RSS and Atom feeds (feedparser): from files, and from URLs when the user asks to fetch.

A feed file (.xml, .rss, .atom) yields one article per entry from what the feed carries (full
content when present, else the summary). Fetching (``newsweave run --fetch URL``) goes further:
it downloads the feed and each entry's linked page with a polite client (timeouts, retries with
backoff, a User-Agent naming newsweave, robots.txt obeyed, a delay between requests to one
host) and saves them as a JSON Lines file, which is then ingested like any other input. The saved
file makes a run repeatable without fetching again, and entries already saved are not fetched twice.
"""
from __future__ import annotations

import calendar
import json
import re
import time
import urllib.robotparser
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..errors import IngestError
from ..model import RawArticle

USER_AGENT = f"newsweave/{__version__} (news analysis; obeys robots.txt)"
ROBOTS_AGENT = "newsweave"
# seconds to wait for a connection / for any read; a slow news site should not stall a run
CONNECT_TIMEOUT, READ_TIMEOUT = 10.0, 30.0
# attempts per URL on timeouts, connection errors, 429 and 5xx; the wait doubles from BACKOFF_SECONDS
RETRIES, BACKOFF_SECONDS, MAX_RETRY_AFTER_SECONDS = 3, 1.0, 60.0
# the most seconds one response may take from request to last byte: a read timeout alone never fires
# on a server that trickles a byte every few seconds
TOTAL_SECONDS = 60.0
# redirects followed per URL; each target is checked against its own robots.txt and host delay
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# pause between two requests to the same host unless robots.txt asks for a longer Crawl-delay
HOST_DELAY_SECONDS = 1.0
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
HTML_TYPES = ("text/html", "application/xhtml+xml")
TAG = re.compile(r"<[a-zA-Z/!]")


# -- feeds from bytes --------------------------------------------------------------------------------

def _date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).strftime("%Y-%m-%d")


def _body(entry) -> tuple[str | None, str | None]:
    """(text, html) of what the entry carries: the fullest content, else the summary."""
    candidates = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content") or []]
    detail = entry.get("summary_detail") or {}
    candidates.append((entry.get("summary") or "", detail.get("type") or ""))
    value, kind = max(candidates, key=lambda c: len(c[0]))
    if not value.strip():
        return None, None
    if "html" in kind and TAG.search(value):
        return None, value
    return value, None


def parse_feed(data: bytes, source: str) -> tuple[dict, list]:
    """The feed's metadata and entries; raises IngestError when the bytes are not a feed."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise IngestError(f"not an RSS or Atom feed{f': {problem}' if problem else ''}")
    return parsed.feed, parsed.entries


def entry_article(entry, feed: dict, fallback_source: str) -> RawArticle | None:
    text, html = _body(entry)
    if text is None and html is None:
        return None
    link = entry.get("link") or None
    return RawArticle(source=link or fallback_source, text=text, html=html, url=link, title=entry.get("title"),
                      author=entry.get("author"), published=_date(entry), site=feed.get("title"))


def read_feed(path: Path, data: bytes) -> list[RawArticle]:
    """One article per entry of a feed file (entries with neither content nor summary are left out)."""
    feed, entries = parse_feed(data, str(path))
    out = []
    for n, entry in enumerate(entries, 1):
        article = entry_article(entry, feed, f"{path}#{n}")
        if article is not None:
            out.append(article)
    return out


# -- the polite client -------------------------------------------------------------------------------

class FetchError(IngestError):
    """A URL could not be fetched, or robots.txt does not allow it."""


@dataclass
class PoliteClient(AbstractContextManager):
    """httpx with timeouts, retries and backoff, our User-Agent, robots.txt and a per-host delay."""

    user_agent: str = USER_AGENT
    host_delay: float = HOST_DELAY_SECONDS
    retries: int = RETRIES
    backoff: float = BACKOFF_SECONDS
    max_bytes: int = 20_000_000
    total_seconds: float = TOTAL_SECONDS
    sleep: object = time.sleep
    clock: object = time.monotonic
    _robots: dict = field(default_factory=dict)
    _last: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        import httpx

        self._httpx = httpx
        self.client = httpx.Client(headers={"User-Agent": self.user_agent}, follow_redirects=False,
                                   timeout=httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT))

    def close(self) -> None:
        self.client.close()

    def __exit__(self, *exc):
        self.close()

    def _wait_for_host(self, url: str, delay: float) -> None:
        host = urlsplit(url).netloc
        last = self._last.get(host)
        if last is not None:
            remaining = delay - (time.monotonic() - last)
            if remaining > 0:
                self.sleep(remaining)
        self._last[host] = time.monotonic()

    def _request(self, url: str, delay: float):
        """GET with retries; returns the response (any status not worth retrying) or raises FetchError."""
        httpx = self._httpx
        problem = ""
        for attempt in range(self.retries):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            self._wait_for_host(url, delay)
            try:
                with self.client.stream("GET", url) as response:
                    if response.status_code in RETRY_STATUSES and attempt + 1 < self.retries:
                        problem = f"HTTP {response.status_code}"
                        retry_after = response.headers.get("Retry-After", "")
                        if retry_after.isdigit():
                            self.sleep(min(float(retry_after), MAX_RETRY_AFTER_SECONDS))
                        continue
                    body = bytearray()
                    started = self.clock()
                    for chunk in response.iter_bytes():
                        body.extend(chunk)
                        if len(body) > self.max_bytes:
                            raise FetchError(f"{url}: larger than {self.max_bytes:,} bytes")
                        if self.clock() - started > self.total_seconds:
                            raise FetchError(f"{url}: too slow (not complete after {self.total_seconds:g} s; "
                                             f"{len(body):,} bytes received)")
                    # the body is already decoded: keep headers that do not describe the transfer
                    headers = [(k, v) for k, v in response.headers.multi_items()
                               if k.lower() not in ("content-encoding", "transfer-encoding", "content-length")]
                    return httpx.Response(response.status_code, headers=headers, content=bytes(body),
                                          request=response.request)
            except httpx.TimeoutException:
                problem = "timed out"
            except httpx.TransportError as e:
                problem = f"{type(e).__name__}: {e}"
            except httpx.HTTPError as e:
                raise FetchError(f"{url}: {e}") from e
        raise FetchError(f"{url}: {problem} after {self.retries} attempts")

    def robots(self, url: str) -> urllib.robotparser.RobotFileParser:
        """The site's robots.txt, fetched once per origin (RFC 9309 rules for missing or failing files)."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            rp = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
            try:
                where = origin + "/robots.txt"
                for _hop in range(MAX_REDIRECTS + 1):  # RFC 9309: follow at least five redirects
                    response = self._request(where, self.host_delay)
                    status = response.status_code
                    location = response.headers.get("Location")
                    if status not in REDIRECT_STATUSES or not location:
                        break
                    where = urljoin(where, location)
                    if urlsplit(where).scheme not in ("http", "https"):
                        status = 404
                        break
            except FetchError:
                status = 503
            if 200 <= status < 300:
                rp.parse(response.text.splitlines())
            elif 400 <= status < 500:
                rp.allow_all = True   # no robots.txt: everything is allowed
            else:
                rp.disallow_all = True  # unreachable: assume nothing is allowed
            self._robots[origin] = rp
        return self._robots[origin]

    def get(self, url: str):
        """A successful response for ``url``, or FetchError (disallowed, unreachable, HTTP error).

        Redirects are followed by hand so that every target obeys its own robots.txt and host delay.
        """
        target = url
        for _hop in range(MAX_REDIRECTS + 1):
            if urlsplit(target).scheme not in ("http", "https"):
                raise FetchError(f"{url}: redirected to a non-web address {target!r}")
            rp = self.robots(target)
            if not rp.can_fetch(ROBOTS_AGENT, target):
                via = f" (redirected from {url})" if target != url else ""
                raise FetchError(f"{target}{via}: robots.txt does not allow newsweave to fetch it")
            delay = max(self.host_delay, float(rp.crawl_delay(ROBOTS_AGENT) or 0))
            response = self._request(target, delay)
            location = response.headers.get("Location")
            if response.status_code in REDIRECT_STATUSES and location:
                target = urljoin(target, location)
                continue
            if response.status_code >= 400:
                raise FetchError(f"{url}: HTTP {response.status_code}")
            return response
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")


# -- fetching a feed and its pages -------------------------------------------------------------------

@dataclass
class FetchReport:
    feed: str
    saved: Path | None = None
    articles: int = 0
    pages: int = 0
    problems: list[str] = field(default_factory=list)


def known_urls(folder: Path) -> set[str]:
    """URLs already saved by earlier fetches into ``folder`` (so they are not fetched again)."""
    urls: set[str] = set()
    for f in sorted(Path(folder).glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                url = json.loads(line).get("url")
            except (json.JSONDecodeError, AttributeError):
                continue
            if url:
                urls.add(url)
    return urls


def _file_name(feed_url: str) -> str:
    host = re.sub(r"[^\w.-]+", "_", urlsplit(feed_url).netloc) or "feed"
    return f"{host}-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S%fZ')}.jsonl"


def fetch_feed(feed_url: str, folder: str | Path, client: PoliteClient, seen: set[str] | None = None,
               fetch_pages: bool = True) -> FetchReport:
    """Download a feed and its entries' pages into ``folder``/HOST-TIME.jsonl; returns what happened.

    A page that cannot be fetched (robots.txt, errors, not HTML) falls back to the feed's own text
    for that entry. Raises FetchError when the feed itself cannot be had.
    """
    folder = Path(folder)
    seen = known_urls(folder) if seen is None else seen
    report = FetchReport(feed=feed_url)
    response = client.get(feed_url)
    feed, entries = parse_feed(response.content, feed_url)
    rows = []
    for n, entry in enumerate(entries, 1):
        article = entry_article(entry, feed, f"{feed_url}#{n}")
        link = entry.get("link")
        if link and link in seen:
            continue
        html = None
        fallback = "kept the feed's text" if article is not None else "entry left out (the feed has no text for it)"
        if fetch_pages and link:
            try:
                page = client.get(link)
                if page.headers.get("content-type", "").split(";")[0].strip().lower() in HTML_TYPES:
                    html = page.text
                    report.pages += 1
                else:
                    report.problems.append(f"{link}: not an HTML page; {fallback}")
            except FetchError as e:
                report.problems.append(f"{e}; {fallback}")
        if html is None and article is None:
            continue
        row = {"url": link or f"{feed_url}#{n}", "title": entry.get("title"), "author": entry.get("author"),
               "published": _date(entry), "site": feed.get("title"), "feed": feed_url}
        if html is not None:
            row["html"] = html
        else:
            row["text"], row["html"] = article.text, article.html
        rows.append(row)
        if link:
            seen.add(link)
    if rows:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / _file_name(feed_url)
        tmp = target.with_name(target.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps({k: v for k, v in row.items() if v is not None}, ensure_ascii=False) + "\n")
        tmp.replace(target)
        report.saved, report.articles = target, len(rows)
    return report


def fetch_feeds(urls: Iterable[str], folder: str | Path, client: PoliteClient) -> list[FetchReport]:
    """Every feed in turn; a feed that fails is reported and the others go on."""
    seen = known_urls(Path(folder))
    reports = []
    for url in urls:
        try:
            reports.append(fetch_feed(url, folder, client, seen))
        except IngestError as e:
            reports.append(FetchReport(feed=url, problems=[str(e) if url in str(e) else f"{url}: {e}"]))
    return reports
