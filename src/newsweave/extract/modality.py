"""Hedging: is a statement speculative or conditional?  One reusable signal for claims and events.

Public, stable interface (the events stage imports it for auxiliary modes):

- :func:`hedge_cue` ``(span) -> str | None``: the first hedge cue in a spaCy ``Span`` (or ``Doc``) as
  written ("could", "if", "reportedly", "is expected to"), or ``None`` when the span is stated plainly.
- :func:`hedges` ``(span) -> list[Hedge]``: every hedge cue with its kind and character offsets.
- :func:`token_hedge_kind` ``(token) -> str | None``: the kind of hedge a single token is, if any.

Kinds (column ``kind`` of ``data/claims/hedges.tsv``): ``modal`` (could/may/might, tag MD only, so the
month "May" never counts), ``conditional`` (if/unless as a subordinator), ``adverb``, ``adjective``,
``verb`` (epistemic and evidential verbs, counted only when they take a clause or a to-infinitive:
"appear to", "believe that", never "appeared at the summit"), ``phrase`` (a contiguous lemma sequence
such as "be expect to").  Users add rows to the data file; no code change is needed.

Not hedges on purpose: "will" (certainty) and "would" (backshifted "will" in reported speech is plain
future; a hypothetical "would" almost always comes with an "if" clause, which is caught).
The functions read the parse only and keep no reference to it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..nlp.columns import doc_text
from ..tables import DATA_DIR, read_table

HEDGES_FILE = DATA_DIR / "claims" / "hedges.tsv"

# epistemic verbs only hedge when they govern a proposition, not when used literally
_PROPOSITION_DEPS = {"ccomp", "xcomp", "acomp"}


@dataclass(frozen=True, slots=True)
class Hedge:
    """One hedge cue: the words as written, its kind and its character offsets in the document."""
    cue: str
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class HedgeLexicon:
    words: dict  # lemma -> set of kinds
    phrases: tuple  # (tuple of lemmas, kind)


def hedge_rows(path: Path) -> list[dict]:
    """The rows of a hedge table (columns cue, kind, source), read by the one table reader."""
    return read_table(path, ("cue", "kind"), what="hedge table")


@lru_cache(maxsize=4)
def load_hedges(path: str | None = None) -> HedgeLexicon:
    words: dict[str, set[str]] = {}
    phrases = []
    for row in hedge_rows(Path(path) if path else HEDGES_FILE):
        cue, kind = row["cue"].lower(), row["kind"]
        if kind == "phrase" or " " in cue:
            phrases.append((tuple(cue.split()), kind))
        else:
            words.setdefault(cue, set()).add(kind)
    return HedgeLexicon(words=words, phrases=tuple(phrases))


def _lemma(token) -> str:
    return (token.lemma_ or token.text).lower()


def token_hedge_kind(token, lexicon: HedgeLexicon | None = None) -> str | None:
    """The hedge kind of one token in context, or None."""
    lex = lexicon or load_hedges()
    kinds = lex.words.get(_lemma(token)) or lex.words.get(token.lower_)
    if not kinds:
        return None
    if "modal" in kinds and token.tag_ == "MD":
        return "modal"
    if "conditional" in kinds and token.dep_ == "mark":
        return "conditional"
    if "adverb" in kinds and token.pos_ == "ADV":
        return "adverb"
    if "adjective" in kinds and token.pos_ == "ADJ":
        return "adjective"
    if "verb" in kinds and token.pos_ == "VERB":
        takes_proposition = any(c.dep_ in _PROPOSITION_DEPS for c in token.children)
        if takes_proposition or (token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"):
            return "verb"
    return None


def hedges(span, lexicon: HedgeLexicon | None = None) -> list[Hedge]:
    """Every hedge cue inside ``span`` (a spaCy Span or Doc), in text order."""
    lex = lexicon or load_hedges()
    tokens = list(span)
    found: list[Hedge] = []
    covered: set[int] = set()
    lemmas = [_lemma(t) for t in tokens]
    # a phrase is tried only where its first word stands (the positions in order)
    firsts = {seq[0] for seq, _kind in lex.phrases}
    opening = [i for i, lemma in enumerate(lemmas) if lemma in firsts]
    for seq, kind in lex.phrases:
        n = len(seq)
        for i in opening:
            if lemmas[i] == seq[0] and i + n <= len(tokens) and tuple(lemmas[i:i + n]) == seq:
                first, last = tokens[i], tokens[i + n - 1]
                end = last.idx + len(last)
                found.append(Hedge(doc_text(first.doc)[first.idx:end], kind, first.idx, end))
                covered.update(range(i, i + n))
    words = lex.words
    for i, t in enumerate(tokens):
        if i in covered or (lemmas[i] not in words and t.lower_ not in words):
            continue  # (``token_hedge_kind``'s first test: a word of no hedge kind)
        kind = token_hedge_kind(t, lex)
        if kind:
            found.append(Hedge(t.text, kind, t.idx, t.idx + len(t)))
    return sorted(found, key=lambda h: h.start)


def hedge_cue(span, lexicon: HedgeLexicon | None = None) -> str | None:
    """The first hedge cue in ``span`` as written, or None when the span is not hedged."""
    found = hedges(span, lexicon)
    return found[0].cue if found else None
