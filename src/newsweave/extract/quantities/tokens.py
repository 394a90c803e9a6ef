"""Tokens and sentences of the parse a number is read in, and how a rule cites the data row it used."""
from __future__ import annotations


def cited(rule: str, row: str | None) -> str:
    """A rule name with the data row it used: ``unit-after-number units.tsv:42``."""
    return f"{rule} {row}" if row else rule


# -- tokens and sentences ---------------------------------------------------------------------------

def token_index_at(parsed, char: int) -> int | None:
    """Index of the token at (or just after the white space at) character ``char``, or None past the end."""
    span = parsed.char_span(char, char + 1, alignment_mode="expand")  # None past the end of the text
    return span.start if span is not None else None


def sentence_first(parsed, i: int) -> int:
    """Index of the first token of the sentence holding token ``i`` (``Token.sent`` rebuilds every sentence)."""
    while i > 0 and not parsed[i].is_sent_start:
        i -= 1
    return i


def sentence_end(parsed, i: int) -> int:
    """Index one past the last token of the sentence holding token ``i``."""
    n = len(parsed)
    if i >= n:
        return n
    j = i + 1
    while j < n and not parsed[j].is_sent_start:
        j += 1
    return j


def sentence_start(parsed, char: int) -> int:
    """The character where the sentence holding character ``char`` starts."""
    span = parsed.char_span(char, char + 1, alignment_mode="expand")
    return parsed[sentence_first(parsed, span[0].i)].idx if span is not None and len(span) else 0
