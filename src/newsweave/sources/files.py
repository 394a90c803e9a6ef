"""Paths, folders and globs of .txt, .md, .html/.htm, .html.gz and .jsonl files.

Whole-file problems (missing, unreadable, empty, binary, wrongly encoded, too large, broken gzip,
unsupported type) raise :class:`IngestError` with a message naming the problem. In a JSON Lines
file a bad line spoils that line only: it comes back as a RawArticle whose ``problem`` names
``file:line`` and what is wrong, and the other lines go on.
"""
from __future__ import annotations

import codecs
import glob
import gzip
import io
import json
import re
import zlib
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import IngestError
from ..model import RawArticle

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
# readers of their own in sources/warc.py and sources/feeds.py (they parse bytes, not decoded text)
WARC_SUFFIXES = (".warc", ".warc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
SUPPORTED = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES + FEED_SUFFIXES

# JSON Lines fields copied into RawArticle (besides text/html)
METADATA_FIELDS = ("url", "title", "author", "published", "site")
# a few bytes that identify common binary formats renamed or saved with a text suffix
BINARY_MAGIC = {
    b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image", b"PK\x03\x04": "a ZIP archive (or Office document)", b"\x1f\x8b": "gzip data",
    b"\x7fELF": "an executable", b"MZ": "an executable", b"RIFF": "a RIFF media file",
    b"\xd0\xcf\x11\xe0": "an old Office document", b"SQLite format": "an SQLite database",
}
# control characters (other than tab, newline, carriage return, form feed) in this share of the
# first 4 KB mean binary data; real text has none
CONTROL_SHARE_MAX = 0.01
# where an HTML page declares its encoding (first bytes only, as browsers do)
CHARSET_SNIFF_BYTES = 4096
_NOT_CONTROL = bytes([9, 10, 12, 13]) + bytes(range(32, 256))  # deleting these leaves the control bytes
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in sorted(SUPPORTED, key=len, reverse=True) if name.endswith(s)), path.suffix.lower())


def expand_paths(paths: Iterable[str]) -> Iterator[Path]:
    """Each argument as a file, a folder (walked, supported files only, hidden ones skipped) or a glob;
    sorted, deduplicated."""
    seen: set[Path] = set()
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and _suffix(f) in SUPPORTED
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
        elif any(ch in arg for ch in "*?[") and not p.exists():
            found = sorted(Path(f) for f in glob.glob(arg, recursive=True) if Path(f).is_file())
        else:
            found = [p]
        for f in found:
            if f not in seen:
                seen.add(f)
                yield f


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError as e:
        raise IngestError("no such file") from e
    except OSError as e:
        raise IngestError(f"cannot read: {e.strerror or e}") from e
    if path.is_dir():
        raise IngestError("is a folder, not a file")
    if size > max_bytes:
        raise IngestError(f"too large ({size:,} bytes; the limit is {max_bytes:,}, set max_input_bytes)")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise IngestError(f"cannot read: {e.strerror or e}") from e
    if path.name.lower().endswith(".gz"):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
                data = fh.read(max_bytes + 1)
        except (OSError, EOFError, zlib.error) as e:
            raise IngestError(f"not a valid gzip file ({e})") from e
        if len(data) > max_bytes:
            raise IngestError(f"too large once decompressed (over {max_bytes:,} bytes, set max_input_bytes)")
    if not data:
        raise IngestError("empty file (0 bytes)")
    return data


def _refuse_binary(data: bytes) -> None:
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise IngestError(f"binary file ({what}), not text")
    head = data[:4096]
    if b"\x00" in head:
        raise IngestError("binary file (contains NUL bytes), not text")
    controls = len(head.translate(None, _NOT_CONTROL))
    if controls > CONTROL_SHARE_MAX * len(head):
        raise IngestError("binary file (control characters), not text")


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or a ``declared`` encoding
    (an HTML page's meta charset); binary and undecodable data are refused with the reason."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise IngestError(f"not valid UTF-16 text: {e.reason}") from e
    _refuse_binary(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        utf8_error = e
    if declared:
        try:
            return data.decode(declared)
        except LookupError:
            pass
        except UnicodeDecodeError as e:
            raise IngestError(f"not valid {declared} text as the page declares (byte {e.start}: {e.reason})") from e
    e = utf8_error
    raise IngestError(f"not valid UTF-8 (byte {e.start}: {e.reason}); wrongly encoded? re-save it as UTF-8")


def _declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def read_path(path: Path, max_bytes: int = 20_000_000) -> list[RawArticle]:
    """Read one file into raw articles; raises IngestError naming the problem."""
    path = Path(path)
    suffix = _suffix(path)
    if suffix not in SUPPORTED:
        raise IngestError(f"unsupported file type {suffix or '(none)'}; expected one of {', '.join(SUPPORTED)}")
    if suffix in WARC_SUFFIXES:
        from .warc import read_warc  # max_bytes applies per archived page: archives are large by design

        return read_warc(path, max_bytes)
    data = _read_bytes(path, max_bytes)
    if suffix in FEED_SUFFIXES:
        from .feeds import read_feed

        return read_feed(path, data)
    source = str(path)
    if suffix in HTML_SUFFIXES:
        text = decode_text(data, declared=_declared_charset(data))
    else:
        text = decode_text(data)
    if not text.strip():
        raise IngestError("empty file (only white space)")
    if suffix in TEXT_SUFFIXES:
        return [RawArticle(source=source, text=text)]
    if suffix in HTML_SUFFIXES:
        return [RawArticle(source=source, html=text)]
    articles = list(_read_jsonl(source, text))
    if not articles:
        raise IngestError("no articles: every line is blank")
    return articles


def _line_problem(obj: object) -> str | None:
    if not isinstance(obj, dict):
        return f"a line must be a JSON object, not {type(obj).__name__}"
    body = {k: obj.get(k) for k in ("text", "html") if obj.get(k) is not None}
    if not any(isinstance(v, str) and v.strip() for v in body.values()):
        if any(not isinstance(v, str) for v in body.values()):
            return "'text'/'html' must be a string"
        return "an article needs a non-empty 'text' or 'html' field"
    for k in METADATA_FIELDS:
        v = obj.get(k)
        if v is not None and not isinstance(v, (str, int, float)):
            return f"field {k!r} must be a string, not {type(v).__name__}"
    return None


def _read_jsonl(source: str, text: str) -> Iterator[RawArticle]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield RawArticle(source=where, problem=f"line {n}: not JSON ({e.msg} at column {e.colno})")
            continue
        except RecursionError:
            yield RawArticle(source=where, problem=f"line {n}: JSON nested too deeply to read")
            continue
        except ValueError as e:  # e.g. an integer of more digits than Python converts (sys.int_info)
            yield RawArticle(source=where, problem=f"line {n}: unreadable JSON value ({str(e).split(';')[0]})")
            continue
        problem = _line_problem(obj)
        if problem:
            yield RawArticle(source=where, problem=f"line {n}: {problem}")
            continue
        meta = {k: (str(obj[k]) if obj.get(k) is not None else None) for k in METADATA_FIELDS}
        text_v, html_v = obj.get("text"), obj.get("html")
        yield RawArticle(
            source=meta["url"] or f"{source}#{n}",
            text=text_v if isinstance(text_v, str) and text_v.strip() else None,
            html=html_v if isinstance(html_v, str) and html_v.strip() else None,
            **meta,
        )
