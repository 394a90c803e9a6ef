"""Paths, folders and globs of .txt, .md, .html/.htm, .html.gz and .jsonl files."""
from __future__ import annotations

import glob
import gzip
import json
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import IngestError
from ..model import RawArticle

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
SUPPORTED = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in sorted(SUPPORTED, key=len, reverse=True) if name.endswith(s)), path.suffix.lower())


def expand_paths(paths: Iterable[str]) -> Iterator[Path]:
    """Each argument as a file, a folder (walked, supported files only) or a glob; sorted, deduplicated."""
    seen: set[Path] = set()
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and _suffix(f) in SUPPORTED)
        elif any(ch in arg for ch in "*?["):
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
    if size > max_bytes:
        raise IngestError(f"too large ({size:,} bytes; the limit is {max_bytes:,}, set max_input_bytes)")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise IngestError(f"cannot read: {e.strerror or e}") from e
    if path.name.lower().endswith(".gz"):
        try:
            with gzip.GzipFile(fileobj=__import__("io").BytesIO(data)) as fh:
                data = fh.read(max_bytes + 1)
        except (OSError, EOFError) as e:
            raise IngestError(f"not a valid gzip file: {e}") from e
        if len(data) > max_bytes:
            raise IngestError(f"too large once decompressed (over {max_bytes:,} bytes)")
    return data


def decode_text(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with BOM; binary is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise IngestError(f"not valid UTF-16 text: {e.reason}") from e
    if b"\x00" in data[:4096]:
        raise IngestError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise IngestError(f"not valid UTF-8 (byte {e.start}: {e.reason}); re-save it as UTF-8") from e


def read_path(path: Path, max_bytes: int = 20_000_000) -> list[RawArticle]:
    """Read one file into raw articles; raises IngestError naming the problem."""
    suffix = _suffix(path)
    if suffix not in SUPPORTED:
        raise IngestError(f"unsupported file type {suffix or '(none)'}; expected one of {', '.join(SUPPORTED)}")
    text = decode_text(_read_bytes(path, max_bytes))
    source = str(path)
    if suffix in TEXT_SUFFIXES:
        return [RawArticle(source=source, text=text)]
    if suffix in HTML_SUFFIXES:
        return [RawArticle(source=source, html=text)]
    return list(_read_jsonl(source, text))


def _read_jsonl(source: str, text: str) -> Iterator[RawArticle]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise IngestError(f"line {n}: not JSON ({e.msg})") from e
        if not isinstance(obj, dict) or not (obj.get("text") or obj.get("html")):
            raise IngestError(f"line {n}: an article needs a 'text' or 'html' field")
        yield RawArticle(
            source=obj.get("url") or f"{source}#{n}",
            text=obj.get("text"), html=obj.get("html"), url=obj.get("url"),
            title=obj.get("title"), author=obj.get("author"),
            published=obj.get("published"), site=obj.get("site"),
        )
