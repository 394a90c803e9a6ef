"""spaCy's English stop list, without importing spaCy where nothing else of it is needed."""
from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop list (capitalised only because they open a sentence, so not names), read
    from its module's file when spaCy is not imported yet: importing spaCy costs two seconds, which
    the process storing the records of a worker pool (and nothing else of spaCy) would pay."""
    if "spacy" not in sys.modules:
        spec = importlib.util.find_spec("spacy")
        if spec is not None and spec.origin:
            source = Path(spec.origin).parent / "lang" / "en" / "stop_words.py"
            if source.is_file():
                namespace: dict = {}
                exec(compile(source.read_text(encoding="utf-8"), str(source), "exec"), namespace)
                if isinstance(namespace.get("STOP_WORDS"), set):
                    return frozenset(namespace["STOP_WORDS"])
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def stock_trigrams() -> frozenset[tuple[str, str, str]]:
    """The word 3-grams of news-writing formulas (``data/crossdoc/stock_phrases.tsv``: attribution frames and
    hedges such as "said in a statement", "is believed to be"), casefolded: wording every newsroom shares."""
    source = Path(__file__).resolve().parent.parent / "data" / "crossdoc" / "stock_phrases.tsv"
    out = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words = line.split("\t")[0].casefold().split()
            out.update(zip(words, words[1:], words[2:]))
    return frozenset(out)
