"""The model's attribute ruler and rule lemmatizer, run with the same results for less.

spaCy's ``AttributeRuler`` hands all its patterns (179 in the small English model) to one ``Matcher``,
which tries each of them at every token: on the text corpus it cost about as much as the parser. All of
them test only a token's lower-case form, tag, dependency and whether it is white space, so
:class:`KeyedAttributeRuler` works out once per kind of token (those four values) which pattern tokens it
satisfies, keeps that, and finds the matches by look-ups; a pattern of another shape (an operator, another
attribute) is left to a ``Matcher``. Each pattern token is filed under a value it requires of one
attribute, so a new kind tests only the few filed under its own values (a cold run meets ~5,000 kinds).
The matches are the same, applied in the same order to the tokens the ruler's own ``set_annotations`` picks, so every
token ends with the same tag, part of speech, features and lemma.

spaCy's rule ``Lemmatizer`` caches only the words its rules change and works out every other word (most
of them: a singular noun, a base verb) again at each occurrence; :class:`CachedLemmatizer` reads the cache
keys (text, part of speech, features) of a whole Doc from one array, asks the lemmatizer once per key and
writes the lemmas back with one ``from_array``.
"""
from __future__ import annotations

import re

import numpy as np

# the token attributes a pattern may test to be read here; any other key (or an "OP") leaves the pattern
# to the Matcher
_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")
_CACHE_LIMIT = 100_000  # token kinds kept (lower, tag, dep, space); the cache starts again beyond it


def _test(key: str, value, strings):
    """A test of one attribute value (a string's hash, or 0/1) equal to what the Matcher tests; None when
    the value is of a kind read only by the Matcher."""
    if isinstance(value, bool):
        return lambda v, want=int(value): v == want
    if isinstance(value, str):
        return lambda v, want=strings.add(value): v == want
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            wanted = frozenset(strings.add(a) for a in arg)
            return (lambda v: v in wanted) if op == "IN" else (lambda v: v not in wanted)
        if op == "REGEX" and isinstance(arg, str):
            search = re.compile(arg).search
            return lambda v: bool(search(strings[v]))
    return None


def _token_test(token: dict, strings):
    """One pattern token as a test of a token's (lower, tag, dep, space) values; None if it needs the Matcher."""
    if not token or not set(token) <= set(_ATTRS):
        return None
    tests = [(_ATTRS.index(k), _test(k, v, strings)) for k, v in token.items()]
    if any(t is None for _, t in tests):
        return None
    return lambda values: all(t(values[i]) for i, t in tests)


def _wanted(token: dict, strings):
    """(attribute position, the values it may take) for the first attribute of ``_ATTRS`` that a pattern token
    tests for equality or ``IN``, without which the token cannot hold; None if it tests none so."""
    for i, attr in enumerate(_ATTRS):
        value = token.get(attr)
        if isinstance(value, (bool, str)):
            value = {"IN": [value]}
        if isinstance(value, dict) and list(value) == ["IN"]:
            return i, {int(a) if isinstance(a, bool) else strings.add(a) for a in value["IN"]}
    return None


class KeyedAttributeRuler:
    """``ruler``'s patterns read per kind of token (its lower-case form, tag, dependency and whether it is
    white space), once per kind, the rest through a ``Matcher``; the Doc ends exactly as ``ruler(doc)``
    leaves it."""

    def __init__(self, ruler) -> None:
        from spacy.matcher import Matcher

        self.ruler = ruler
        strings = ruler.vocab.strings
        self.patterns: list = []  # (rule id, target offset, tests of its tokens)
        self.rest = Matcher(ruler.vocab, validate=False)
        self.keys: list = []  # rule id -> its match id (the hash of str(rule id)), as the ruler's own matcher gives
        self.candidates: tuple = tuple({} for _ in _ATTRS)  # attribute -> value -> [(pattern, token position)]
        self.always: list = []  # (pattern, token position) of the tokens that require no one value
        for i, rule in enumerate(ruler.patterns):
            key = strings.add(str(i))
            self.keys.append(key)
            for pattern in rule["patterns"]:
                tests = [_token_test(t, strings) for t in pattern]
                index = rule["index"]
                if pattern and -len(pattern) <= index < len(pattern) and all(tests):
                    self._index(len(self.patterns), pattern, strings)
                    self.patterns.append((i, index % len(pattern), tests))
                else:
                    self.rest.add(key, [pattern])
        self.kinds: dict = {}

    def _index(self, number: int, pattern: list, strings) -> None:
        """Files each token of pattern ``number`` under a value it requires (``self.candidates``), or with the
        tokens tried at every kind (``self.always``: a REGEX or NOT_IN test only)."""
        for j, token in enumerate(pattern):
            wanted = _wanted(token, strings)
            if wanted is None:
                self.always.append((number, j))
            else:
                for value in wanted[1]:
                    self.candidates[wanted[0]].setdefault(value, []).append((number, j))

    def _kind(self, values: tuple) -> tuple:
        """For a kind of token, the (pattern number, token position) pairs it satisfies: of the pattern tokens
        filed under one of its values, or tried at every kind, those whose tests it passes."""
        if len(self.kinds) >= _CACHE_LIMIT:
            self.kinds.clear()
        tried = list(self.always)
        for candidates, value in zip(self.candidates, values):
            tried += candidates.get(value, ())
        patterns = self.patterns
        found = tuple(sorted(pair for pair in tried if patterns[pair[0]][2][pair[1]](values)))
        self.kinds[values] = found
        return found

    def match(self, doc) -> list:
        """The ruler's matches ``(rule id, match id, start, end)``, sorted as ``AttributeRuler.match`` sorts them."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        found = set()
        n = len(doc)
        if n:
            kinds, kind = self.kinds, self._kind
            rows = []
            for values in map(tuple, doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()):
                row = kinds.get(values)
                rows.append(kind(values) if row is None else row)
            patterns = self.patterns
            for start, row in enumerate(rows):
                for number, position in row:
                    if position:
                        continue
                    rule, target, tests = patterns[number]
                    end = start + len(tests)
                    if end > n or any((number, j) not in rows[start + j] for j in range(1, len(tests))):
                        continue
                    found.add((rule, start + target, start, end))
        if len(self.rest):
            strings = self.ruler.vocab.strings
            rest = self.rest(doc, allow_missing=True, as_spans=False)
            found.update((int(strings[m]), None, s, e) for m, s, e in rest)
        keys = self.keys
        return sorted({(r, keys[r], s, e) for r, _, s, e in found})

    def __call__(self, doc):
        set_annotations(self.ruler, doc, self.match(doc))
        return doc


def set_annotations(ruler, doc, matches) -> None:
    """``AttributeRuler.set_annotations(doc, matches)`` without a ``Span`` per match: the token a match's rule
    names is found as ``Span.__getitem__`` finds it (a negative index counts from the match's end) and given the
    rule's attributes with spaCy's own ``set_token_attrs``, match after match in the same order. An index outside
    its match is left to the ruler, which raises its own error."""
    from spacy.tokens._retokenize import set_token_attrs

    attrs, indices = ruler.attrs, ruler.indices
    for match in matches:
        attr_id, _match_id, start, end = match
        index = indices[attr_id]
        i = (end if index < 0 else start) + index
        if not start <= i < end:
            ruler.set_annotations(doc, [match])
            continue
        set_token_attrs(doc[i], attrs[attr_id])


def _pure(lemmatizer) -> bool:
    """Whether the lemma of a token is a function of its cache key (text, part of speech, features): true of
    spaCy's rule lemmatizer and the English one, whose ``is_base_form`` reads only those."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.pipeline import Lemmatizer

    kind = type(lemmatizer)
    return (lemmatizer.mode == "rule" and not lemmatizer.overwrite and kind.rule_lemmatize is Lemmatizer.rule_lemmatize
            and getattr(lemmatizer.lemmatize, "__func__", None) is Lemmatizer.rule_lemmatize
            and kind.is_base_form in (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form))


class CachedLemmatizer:
    """A rule-mode ``Lemmatizer`` over a whole Doc at once, each kind of token (the lemmatizer's own cache key:
    text, part of speech, features) lemmatized once: the lemmatizer caches only the words it changes, and
    asks again for every other word (most of them) at every occurrence."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.pure = _pure(lemmatizer)
        self.hashes: dict = {}  # cache key -> the hash of its lemma

    def __call__(self, doc):
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        lem = self.lemmatizer
        # another lemmatizer, and the first call (which checks the tables), go the usual way
        if not self.pure or not getattr(lem, "_validated", False) or not len(doc):
            return lem(doc)
        if len(self.hashes) >= _CACHE_LIMIT:
            self.hashes.clear()
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        hashes, strings = self.hashes, doc.vocab.strings
        missing = np.flatnonzero(lemmas == 0).tolist()
        for i, key in zip(missing, map(tuple, columns[missing, :3].tolist())):
            lemma = hashes.get(key)
            if lemma is None:
                lemma = strings.add(lem.lemmatize(doc[i])[0])
                if key[1]:  # no part of speech: spaCy warns at each one, so it is asked each time
                    hashes[key] = lemma
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas)
        return doc
