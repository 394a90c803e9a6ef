"""Turn a RawArticle into a Document: main text, metadata, language."""
from __future__ import annotations

from pathlib import Path

from ..config import Options
from ..errors import IngestError
from ..model import Document, RawArticle
from .html import extract_html
from .language import detect_language
from .textclean import clean_text


def build_document(raw: RawArticle, options: Options) -> Document:
    """Clean one raw article; raises IngestError when nothing usable is left."""
    meta = {"title": raw.title, "author": raw.author, "published": raw.published, "site": raw.site}
    if raw.html is not None and not raw.text:
        extracted = extract_html(raw.html, url=raw.url)
        text = extracted.text
        for k in meta:
            meta[k] = meta[k] or getattr(extracted, k)
    else:
        cleaned = clean_text(raw.text or "")
        text = cleaned.text
        for k in ("title", "site"):
            meta[k] = meta[k] or getattr(cleaned, k)
    text = (text or "").strip()
    if len(text) < options.min_text_chars:
        raise IngestError("empty: no article text left after cleaning" if not text
                          else f"too short after cleaning ({len(text)} characters)")
    source_key = raw.url or Path(raw.source).name
    return Document(
        id=Document.make_id(source_key, text), source=raw.source, url=raw.url,
        title=meta["title"], author=meta["author"], site=meta["site"],
        published=meta["published"], language=detect_language(text), text=text,
    )
