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

import re
from re import _constants as _c, _parser

# characters re.IGNORECASE matches with an ASCII letter that str.lower() does not turn into it
_ASCII_EQUIVALENTS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))


def fold(text: str) -> str:
    """``text`` in lower case, with every character a case-insensitive ASCII letter matches as that letter."""
    return text.translate(_ASCII_EQUIVALENTS).lower() if not text.isascii() else text.lower()


def may_contain(folded: str, word: str) -> bool:
    """False only when a case-insensitive pattern that needs ``word`` cannot match the text ``folded``
    came from (``folded`` from :func:`fold`); a word with non-ASCII letters is never ruled out."""
    return word in folded or not word.isascii()


Needles = frozenset[str] | None  # words of which a match holds at least one; None: no word is needed


def required_words(pattern: str, flags: int = 0) -> Needles:
    """Lower-case words of which every match of ``pattern`` holds at least one (in any case), or None when
    the pattern needs no word (or cannot be read). Read from the parsed pattern: a run of literal ASCII
    characters is a word; an alternation needs one of its branches' words; a group, or an item repeated at
    least once, needs what its content needs; of the needs of a sequence the most selective is kept."""
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, TypeError, ValueError):
        return None
    return _sequence_needs(list(parsed))


def _sequence_needs(items: list) -> Needles:
    best: Needles = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:  # a sentinel ends the last literal run
        if op is _c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            best = _more_selective(best, frozenset({"".join(run)}))
            run = []
        if op is _c.SUBPATTERN:
            best = _more_selective(best, _sequence_needs(list(av[-1])))
        elif op is _c.ATOMIC_GROUP:
            best = _more_selective(best, _sequence_needs(list(av)))
        elif op is _c.BRANCH:
            branches = [_sequence_needs(list(b)) for b in av[1]]
            if all(b is not None for b in branches):
                best = _more_selective(best, frozenset().union(*branches))
        elif op in _REPEATS and av[0] >= 1:
            best = _more_selective(best, _sequence_needs(list(av[2])))
    return best


def _more_selective(a: Needles, b: Needles) -> Needles:
    """Of two needs, the one whose shortest word is longer (then: with fewer words)."""
    if a is None or b is None:
        return b if a is None else a
    return max(a, b, key=lambda words: (min(map(len, words)), -len(words)))


def holds_any(folded: str, needles: Needles) -> bool:
    """False only when a text (``folded`` from :func:`fold`) holds none of the needed words."""
    return needles is None or any(w in folded for w in needles)
