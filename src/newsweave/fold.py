"""A cheap test before a costly case-insensitive pattern: can the pattern match this text at all?

A pattern compiled with ``re.IGNORECASE`` (or ``(?i:...)``) that needs a literal word ("stated", "pivotal")
cannot match a text in which the word does not occur in any case. :func:`fold` gives the text in lower
case such that this is a plain substring test: ``word in fold(text)`` for a lower-case ASCII ``word`` is
True whenever a case-insensitive pattern could match ``word`` in ``text``. ``str.lower`` alone is not
enough: Python's case-insensitive matching also takes the dotted and dotless capital and small i
("İ", "ı") for "i" and the long s ("ſ") for "s" (the Kelvin sign lowers to "k" already).
``tests/test_fold.py`` checks this over every code point.

The test is one scan of the text per word (``str.__contains__``), where the pattern costs a regular
expression attempt at every position; a text without the word skips the pattern and gives the same
answer.
"""
from __future__ import annotations


# characters re.IGNORECASE matches with an ASCII letter that str.lower() does not turn into it
_ASCII_EQUIVALENTS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold(text: str) -> str:
    """``text`` in lower case, with every character a case-insensitive ASCII letter matches as that letter."""
    return text.translate(_ASCII_EQUIVALENTS).lower() if not text.isascii() else text.lower()


def may_contain(folded: str, word: str) -> bool:
    """False only when a case-insensitive pattern that needs ``word`` cannot match the text ``folded``
    came from (``folded`` from :func:`fold`); a word with non-ASCII letters is never ruled out."""
    return word in folded or not word.isascii()

