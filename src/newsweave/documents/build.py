"""Turn a RawArticle into a Document: main text, metadata (title, author, site, date), language."""
from __future__ import annotations

import re
from pathlib import Path

from ..config import Options
from ..errors import IngestError
from ..model import Document, RawArticle
from .html import extract_html
from .credits import find_credits, title_without_credit
from .language import detect_language
from .outlets import outlet_for
from .pubdate import choose_published
from .spin import spin_of
from .textclean import clean_text, strip_chrome_lines
from .textclean.charrefs import decode_charrefs

MARKDOWN_SUFFIXES = (".md", ".markdown")
# the source of one item read from a multi-article file (sources/files.py, sources/feeds.py)
ITEM_OF_FILE = re.compile(r"#\d+$")


def _clean_meta(value: object) -> str | None:
    if value is None:
        return None
    value = " ".join(decode_charrefs(str(value)).split())
    return value or None


def build_document(raw: RawArticle, options: Options) -> Document:
    """Clean one raw article; raises IngestError when nothing usable is left."""
    if raw.problem:
        raise IngestError(raw.problem)
    meta = {"title": raw.title, "author": raw.author, "site": raw.site}
    html_date = text_date = None
    # the page's own site name (feed or JSON Lines metadata, an HTML page's og:site_name), never a
    # name guessed from the first lines of copied text, which may be a menu or a language switcher
    own_site = raw.site
    if raw.html is not None and not raw.text:
        extracted = extract_html(raw.html, url=raw.url)
        own_site = own_site or extracted.site
        before_cleaning = extracted.text
        text = strip_chrome_lines(extracted.text, extracted.title, cue_files=options.cleaning_cue_files)
        html_date = extracted.published
        rule = f"documents:trafilatura {extracted.method}"
        for k in meta:
            meta[k] = meta[k] or getattr(extracted, k)
    else:
        before_cleaning = raw.text or ""
        markdown = raw.source.lower().endswith(MARKDOWN_SUFFIXES)
        cleaned = clean_text(raw.text or "", markdown=markdown, title=raw.title,
                             cue_files=options.cleaning_cue_files, line_classifier=options.line_classifier)
        text = cleaned.text
        text_date = cleaned.published
        rule = "documents:markdown text" if markdown else "documents:plain text"
        if cleaned.removed:  # lines the line classifier dropped: its rule and confidence, for `explain`
            rule += "; " + ", ".join(why for _, why in cleaned.removed)
        for k in meta:
            meta[k] = meta[k] or getattr(cleaned, k)
    text = (text or "").strip()
    if len(text) < options.min_text_chars:
        raise IngestError("empty: no article text left after cleaning" if not text
                          else f"too short after cleaning ({len(text)} characters; min_text_chars is "
                               f"{options.min_text_chars})")
    published = choose_published(metadata=raw.published, html_date=html_date, url=raw.url,
                                 text_date=text_date, text=text)
    credited = find_credits(before_cleaning or "", options.outlet_files)
    # a reposting site's title may end in the agency it credits ("Headline words Agency")
    title = _clean_meta(title_without_credit(meta["title"], credited, options.outlet_files))
    language = detect_language(text)
    # identity: the URL when there is one; an item of a multi-article file (a JSON Lines row, a feed
    # entry: source "file#n") without one is its content (title + text), never its file name or line
    # number, so a renamed file or a line added above stores nothing twice. A single-article file keeps
    # its file name: the same text saved as two files (a verbatim repost) stays two documents.
    if raw.url:
        source_key = raw.url
    elif ITEM_OF_FILE.search(raw.source):
        source_key = f"content:{title or ''}"
    else:
        source_key = Path(raw.source).name
    return Document(
        id=Document.make_id(source_key, text), source=raw.source, url=raw.url,
        title=title, author=_clean_meta(meta["author"]), site=_clean_meta(meta["site"]),
        published=published, language=language, text=text,
        outlet=outlet_for(raw.url, own_site, options.outlet_files),
        credit="; ".join(credited) or None, rule=rule,
        spun=spin_of(text, options.spin_files, language),
    )
