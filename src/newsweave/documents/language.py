"""Language identification on every document (py3langid: small, offline, fast)."""
from __future__ import annotations

import py3langid


# py3langid is as sure of a language from 1,000 characters as from the whole article (same answer
# on all 181 pages of the extraction benchmark), and its cost grows with the sample (5,000
# characters cost 2.5 times as much).
SAMPLE_CHARS = 1000


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < 20:
        return None
    lang, _score = py3langid.classify(sample)
    return lang
