"""WARC and WARC.gz web archives (Common Crawl's news crawl format) through warcio.

Only ``response`` records whose HTTP status is 2xx and whose content type is HTML become
articles; requests, metadata, warcinfo, revisits and non-HTML responses (images, JSON, PDFs)
are passed over. The record's target URI becomes the article's url and source; its WARC-Date is
the published-date hint used when the page itself carries no date.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..errors import IngestError
from ..model import RawArticle

HTML_TYPES = ("text/html", "application/xhtml+xml")
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
# how far into a page a <meta charset> is looked for (browsers look at the first 1024 bytes)
CHARSET_SNIFF_BYTES = 2048


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _charset(content_type: str | None, body: bytes) -> str | None:
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.IGNORECASE)
    if m:
        return m.group(1)
    m = CHARSET.search(body[:CHARSET_SNIFF_BYTES])
    return m.group(1).decode("ascii", "ignore") if m else None


def decode_html(body: bytes, content_type: str | None) -> str:
    """The page's declared charset, else UTF-8, else Windows-1252 (what browsers fall back to)."""
    declared = _charset(content_type, body)
    for encoding in (declared, "utf-8"):
        if not encoding:
            continue
        try:
            return body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("cp1252", errors="replace")


def _date_hint(html: str, warc_date: str | None) -> str | None:
    """The page's own date when htmldate finds one cheaply, else the day of the capture."""
    try:
        from htmldate import find_date

        found = find_date(html, extensive_search=False, original_date=True)
    except Exception:  # a date heuristic must never lose the page
        found = None
    return found or (warc_date[:10] if warc_date else None)


def iter_warc(path: Path, max_record_bytes: int) -> Iterator[RawArticle]:
    """The HTML responses of one WARC file, in archive order; raises IngestError on a broken archive."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        fh = open(path, "rb")
    except FileNotFoundError as e:
        raise IngestError("no such file") from e
    except OSError as e:
        raise IngestError(f"cannot read: {e.strerror or e}") from e
    n = 0
    with fh:
        try:
            for record in ArchiveIterator(fh):
                n += 1
                if record.format != "warc":
                    # warcio reads any text as an old-style ARC record; we take WARC only
                    raise IngestError(f"not a WARC file (record {n} is in {record.format or 'no known'} format)")
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode() or ""
                content_type = record.http_headers.get_header("Content-Type")
                if not status.startswith("2") or _media_type(content_type) not in HTML_TYPES:
                    continue
                body = record.content_stream().read(max_record_bytes + 1)
                if len(body) > max_record_bytes:
                    continue
                if getattr(record.raw_stream, "limit", 0) > 0:
                    # fewer bytes than the record's Content-Length: the archive ends mid-record
                    raise EOFError(f"record {n} ({record.rec_headers.get_header('WARC-Target-URI')}) is cut short")
                if not body.strip():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                html = decode_html(body, content_type)
                yield RawArticle(source=url or f"{path}#{n}", html=html, url=url,
                                 published=_date_hint(html, record.rec_headers.get_header("WARC-Date")))
            if n == 0 and path.stat().st_size > 0:
                raise IngestError("not a valid WARC file: no records found")
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as e:
            if n <= 1:
                raise IngestError(f"not a valid WARC file: {type(e).__name__}: {e}") from e
            # a truncated download keeps the pages before the break; the break itself is reported
            yield RawArticle(source=f"{path}#record-{n}", problem=f"{path}: broken WARC record {n} "
                             f"({type(e).__name__}: {e}); the {n - 1} records before it were read")


def read_warc(path: Path, max_record_bytes: int = 20_000_000) -> list[RawArticle]:
    """Every HTML response of a WARC file. ``max_input_bytes`` applies per record, not to the file:
    archives are large by design (a Common Crawl news WARC is about a gigabyte)."""
    return list(iter_warc(Path(path), max_record_bytes))
